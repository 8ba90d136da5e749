"""Coder round C25 (session 16): routed coding errors of issue 3, fixed in the rules after the classifier.

- A weapon "used against" people pressing a claim, and a count ("thousands of miners calling for ..."), meet
  demonstrators: ACLED "Protest with intervention".
- An occupation by unarmed people that police or soldiers end by removing them is a protest met by intervention.
- Unorganised crowds fighting each other ("youths clashed with residents") are ACLED "Mob violence"; the arrests
  after such a clash are ACLED "Arrests" (no protest told), and the clash of an "after" clause is its own event.
- Calling off one's own activity after an act told before ("cancelled classes after the riot") is no event; the
  arrest a protest is against ("protested against the detention of ...") is the grievance, no new arrest.
- A crowd gathered before a building voicing a demand is a protest, also where the parser hangs the demand on a
  time phrase or the place; what the demand is about (an accusation, killings) is no event of its own.
- A fight breaking out is an armed clash; a series or wave of airstrikes launched is an air strike.
- A meeting in the simple present with its weekday is scheduled: AGREE (session 14 convention).
- Firing or dismissing staff is SANCTION, never a shot; a vote against sanctions is REJECT; help to an armed group
  (backing, arming) is SUPPORT or AID, and a denial gives it `negation`.
Sentences written for these tests (none is an item of the round's held or development set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")

_PWI = "Protest with intervention"


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c25s16", ner=False)


def _of(events: list[Any], kind: str) -> list[Any]:
    return [e for e in events if e.event == kind]


def _subs(events: list[Any]) -> set[Any]:
    return {e.acled_sub_event_type for e in events}


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


# --- force on claimants ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police used water cannon against hundreds of bus drivers calling for safer roads in Kisii on Monday.",
    "Police used tear gas against thousands of cocoa farmers calling for better prices near Daloa on Tuesday.",
    "Police fired water cannon at thousands of teachers calling for a pay rise outside parliament in Accra.",
])
def test_weapon_used_against_claimants_is_an_intervention(nlp: Any, coder: Any, text: str) -> None:
    subs = _subs(_events(nlp, coder, text))
    assert _PWI in subs and "Attack" not in subs


def test_weapon_used_against_villagers_by_gunmen_stays_an_attack(nlp: Any, coder: Any) -> None:
    subs = _subs(_events(nlp, coder, "Gunmen used axes against villagers walking to a farm near Djugu, killing four."))
    assert _PWI not in subs


def test_occupiers_removed_by_police_is_an_intervention(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Nurses occupied the hospital lobby in Mzuzu and police evicted them with batons.")
    assert _PWI in _subs(events)


def test_rebels_occupying_a_town_are_no_protest(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Rebels occupied the town of Masisi and soldiers drove them out on Tuesday.")
    assert _PWI not in _subs(events) and not _of(events, "PROTEST")


# --- crowds clashing, arrests after a clash -------------------------------------------------------------------------

def test_youths_clashing_with_traders_is_mob_violence(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Youths clashed with taxi drivers in the town of Mbarara on Monday, injuring "
                                 "several people.")
    assert "Mob violence" in _subs(events) and _of(events, "ASSAULT")
    assert "Armed clash" not in _subs(events)


def test_youths_clashing_with_police_stays_a_riot(nlp: Any, coder: Any) -> None:
    assert "Mob violence" not in _subs(_events(nlp, coder, "Youths clashed with police in Mathare on Tuesday."))


def test_army_clashing_with_fighters_stays_an_armed_clash(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "The army clashed with ADF fighters near Oicha on Wednesday.")
    assert "Armed clash" in _subs(events) and "Mob violence" not in _subs(events)


def test_arrests_after_a_crowd_clash_are_their_own_event(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Police arrested 25 people after students clashed with residents in Kericho.")
    arrests = [e for e in _of(events, "COERCE") if "arrest" in e.mode]
    assert arrests and arrests[0].acled_sub_event_type == "Arrests"
    assert any(e.acled_sub_event_type == "Mob violence" for e in _of(events, "ASSAULT"))


def test_arrests_of_protesters_stay_with_the_protest(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Police arrested 30 protesters during a march against fuel prices in Mombasa.")
    assert _subs(_of(events, "COERCE")) == {_PWI}  # (session 14 convention)


# --- reactions and grievances ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The regional council postponed its session after the attack.",
    "The university suspended lectures for a week after the riot.",
])
def test_own_activity_called_off_after_an_event_is_no_event(nlp: Any, coder: Any, text: str) -> None:
    events = _events(nlp, coder, text)
    assert not [e for e in events if e.trigger.text in ("postponed", "suspended")]


def test_talks_suspended_with_a_party_stay_an_event(nlp: Any, coder: Any) -> None:
    from newsevents.coding.nonevents import activity_called_off
    doc = _doc(nlp, "The government suspended talks with the rebels after the attack.")
    assert activity_called_off(doc[2]) is None


def test_a_protest_against_a_detention_adds_no_arrest(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Doctors marched in Blantyre on Monday against the detention of a union leader.")
    assert _of(events, "PROTEST") and not _of(events, "COERCE")


# --- gatherings voicing a demand ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Relatives of the missing miners gathered outside the mine offices in Kolwezi on Friday demanding information.",
    "Wives of the detained sailors gathered outside the navy base in Lamu on Tuesday demanding answers.",
])
def test_a_gathering_voicing_a_demand_is_a_protest(nlp: Any, coder: Any, text: str) -> None:
    events = _events(nlp, coder, text)
    assert [e.acled_sub_event_type for e in events] == ["Peaceful protest"]


def test_the_content_of_a_demand_is_no_event(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Some 300 families gathered in front of the military court in Goma calling for the "
                                 "trial of the soldiers accused of the killings.")
    assert _of(events, "PROTEST") and not _of(events, "ACCUSE") and not _of(events, "ASSAULT")


# --- fights and airstrikes ------------------------------------------------------------------------------------------

def test_fighting_breaking_out_is_an_armed_clash(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Fighting erupted in the centre of Kalemie on Monday.")
    assert [(e.event, e.acled_sub_event_type) for e in events] == [("ASSAULT", "Armed clash")]


def test_a_fire_breaking_out_is_no_fight(nlp: Any, coder: Any) -> None:
    from newsevents.coding.readings import fighting_erupted
    assert fighting_erupted(_doc(nlp, "A fire broke out at a market in Kano on Monday.")) is None


def test_a_series_of_airstrikes_is_an_air_strike(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Egypt carried out a series of airstrikes on militant hideouts in north Sinai "
                                 "overnight.")
    assert [(e.event, e.acled_sub_event_type) for e in events] == [("ASSAULT", "Air/drone strike")]


def test_a_series_of_strikes_by_workers_stays_a_protest(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Dock workers staged a series of strikes in Mombasa last month.")
    assert not _of(events, "ASSAULT")


# --- scheduled meetings, dismissals, votes, backing -----------------------------------------------------------------

def test_a_meeting_told_with_its_weekday_is_agree(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "The foreign minister meets his Zambian counterpart in Lusaka on Tuesday, the "
                                 "ministry said.")
    assert [e.event for e in events] == ["AGREE"]


def test_a_past_meeting_stays_a_consultation(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "The foreign minister met his Zambian counterpart in Lusaka on Tuesday.")
    assert "AGREE" not in [e.event for e in events]


@pytest.mark.parametrize("text", [
    "The bakery fired 25 strike organisers in Kitwe on Monday.",
    "The railway company sacked 80 workers who had joined the stoppage.",
])
def test_staff_fired_is_a_sanction(nlp: Any, coder: Any, text: str) -> None:
    events = _events(nlp, coder, text)
    assert _of(events, "SANCTION") and not _of(events, "ASSAULT")


def test_rubber_bullets_fired_at_workers_stay_force(nlp: Any) -> None:
    from newsevents.coding.readings import staff_dismissed
    assert staff_dismissed(_doc(nlp, "Police fired rubber bullets at striking workers in Rustenburg.")) is None


def test_a_vote_against_sanctions_is_a_refusal(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Deputies voted against the sanctions bill on Thursday.")
    assert _of(events, "REJECT") and not _of(events, "SANCTION")


@pytest.mark.parametrize("text,kind", [
    ("Kigali denies backing the Twirwaneho militia.", "SUPPORT"),
    ("Eritrea denies arming rebel groups in Tigray.", "AID"),
])
def test_denied_help_to_an_armed_group_is_negated_help(nlp: Any, coder: Any, text: str, kind: str) -> None:
    events = _events(nlp, coder, text)
    assert [e.event for e in events] == [kind] and "negation" in events[0].aux


def test_soldiers_supporting_a_militia_attack_keep_the_attack(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Soldiers supporting the militia attacked the village of Rubaya on Sunday.")
    assert _of(events, "ASSAULT") and not _of(events, "SUPPORT")


def test_a_plain_dismissal_is_no_reprisal(nlp: Any) -> None:
    from newsevents.coding.readings import staff_dismissed
    assert staff_dismissed(_doc(nlp, "The bank fired 150 employees last year to cut costs.")) is None
