"""Coder round C27 (session 18): routed coding errors of issue 3, fixed in the rules after the classifier.

- An envoy given hours or days to leave is expelled (SANCTION expel), no gift (AID).
- A licence, permit or accreditation taken back from a named holder is SANCTION `discontinue`, no retreat.
- An act its actor says it has "no plans"/"no intention" to do is no event.
- Force against armed men pursued ("chased the raiders and killed 14 of them") is an Armed clash; by aircraft
  only, an Air/drone strike.
- A riot told with its toll keeps the riot noun as trigger; a patrol a day later is no riot.
- Crowds fighting crowds are Mob violence even when one crowd was protesting; the crowds' fight told in an arrest's
  "after" clause is an event of its own.
- Arrests a later protest demands freed were made outside it (ACLED "Arrests"); the protest is peaceful; each
  clause told on its own day keeps its own counts.
- A rallying crowd described by an arrest or abduction ("families of the detained activists gathered ...") is a
  protest, triggered on the gathering; a hyphenated trigger is the whole word ("sit-in").
- A command to close institutions is COERCE restrict (newspapers: censor).
Sentences written for these tests (none is an item of the round's held or development set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c27s18", ner=False)


def _types(events: list[Any]) -> list[str]:
    return [e.event for e in events]


def _of(events: list[Any], kind: str) -> list[Any]:
    return [e for e in events if e.event == kind]


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


# --- envoys given time to leave ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Guinea gave the Senegalese ambassador 72 hours to leave Conakry on Friday.",
    "Togo gave the head of the UN mission two weeks to leave the country.",
])
def test_envoy_given_hours_to_leave_is_expelled(nlp: Any, coder: Any, text: str) -> None:
    events = _events(nlp, coder, text)
    assert _types(events)[:1] == ["SANCTION"]
    assert "expel" in events[0].mode
    assert not _of(events, "AID")


def test_deadline_to_leave_needs_an_envoy(nlp: Any) -> None:
    from newsevents.coding.phrases import deadline_to_leave
    doc = _doc(nlp, "The council gave the squatters 48 hours to leave the building.")
    assert not any(deadline_to_leave(t) for t in doc)
    doc = _doc(nlp, "The minister gave the ambassador a medal.")
    assert not any(deadline_to_leave(t) for t in doc)


# --- licences taken back ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tanzania withdrew the operating licence of an independent newspaper on Monday.",
    "The telecoms regulator revoked the broadcasting licence of a private radio station in Harare.",
])
def test_licence_revoked_is_a_sanction(nlp: Any, coder: Any, text: str) -> None:
    events = _events(nlp, coder, text)
    assert _types(events)[:1] == ["SANCTION"]
    assert events[0].mode == ("discontinue",)
    assert not _of(events, "RETREAT")


def test_licence_guards(nlp: Any) -> None:
    from newsevents.coding.readings import licence_revoked
    # (the holder must be named; a licence not revoked is none)
    assert licence_revoked(_doc(nlp, "The company withdrew its licence application.")) is None
    assert licence_revoked(_doc(nlp, "The regulator did not revoke the licence of the station.")) is None
    assert licence_revoked(_doc(nlp, "Kenya revoked the work permit of a Chinese engineer.")) is not None


# --- no plans to act --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Burundi's army said on Monday it had no plans to withdraw its soldiers from Somalia.",
    "Ghana said it had no intention of expelling the Nigerian traders.",
])
def test_no_plans_to_act_is_no_event(nlp: Any, coder: Any, text: str) -> None:
    assert not _events(nlp, coder, text)


def test_intent_disclaimed_only_under_a_negated_plan(nlp: Any) -> None:
    from newsevents.coding.nonevents import intent_disclaimed
    doc = _doc(nlp, "Kenya said it had no plans to recall its ambassador.")
    assert intent_disclaimed(next(t for t in doc if t.lower_ == "recall")) is not None
    doc = _doc(nlp, "Kenya said it plans to recall its ambassador.")
    assert intent_disclaimed(next(t for t in doc if t.lower_ == "recall")) is None
    doc = _doc(nlp, "Soldiers killed five fighters who had no plan.")
    assert intent_disclaimed(next(t for t in doc if t.lower_ == "killed")) is None


# --- force against armed men pursued ----------------------------------------------------------------------------------

def test_armed_men_pursued_and_killed_is_a_clash(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Gendarmes chased the gunmen into the bush and killed eight of them on Sunday.")
    assert [e.acled_sub_event_type for e in _of(events, "ASSAULT")][:1] == ["Armed clash"]


def test_aircraft_pursuing_armed_men_is_an_air_strike(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Army helicopters pursued the bandits and killed 15 of them near Zurmi.")
    assert [e.acled_sub_event_type for e in _of(events, "ASSAULT")][:1] == ["Air/drone strike"]


def test_pursuit_needs_armed_men(nlp: Any) -> None:
    from newsevents.coding.acled_rules import attackers_pursued
    doc = _doc(nlp, "Soldiers chased the villagers and killed eight of them.")
    assert not attackers_pursued(next(t for t in doc if t.lower_ == "killed"))
    doc = _doc(nlp, "Soldiers chased the militants and killed eight of them.")
    assert attackers_pursued(next(t for t in doc if t.lower_ == "killed"))


# --- riots told with their toll; a patrol is no riot ------------------------------------------------------------------

def test_patrol_after_deadly_riot_triggers_on_the_riot(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Police patrolled the streets of Kabale on Sunday, a day after a riot at the "
                                 "taxi park left 8 people dead.")
    assert events and events[0].trigger.text == "riot"
    assert events[0].size.dead == 8
    assert not any(e.trigger.text == "patrolled" for e in events)


# --- crowds fighting crowds -------------------------------------------------------------------------------------------

def test_protesting_students_clashing_with_activists_is_mob_violence(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Students protesting the closure of their hostel clashed with ruling-party "
                                 "activists in Legon, leaving 40 people injured.")
    assert [e.acled_sub_event_type for e in events][:1] == ["Mob violence"]


def test_protesters_clashing_with_police_stay_a_demonstration(nlp: Any) -> None:
    from newsevents.coding.acled_rules import crowd_clash
    assert crowd_clash(_doc(nlp, "Students protesting the fee rise clashed with police in Legon.")) is None
    assert crowd_clash(_doc(nlp, "Traders clashed with activists in Legon.")) is not None


def test_fight_told_after_arrests_is_its_own_event(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Police arrested 25 people after supporters of two chiefs clashed in Tamale.")
    assert _types(events)[:1] == ["COERCE"]
    assert events[0].acled_sub_event_type == "Arrests"
    assert [e.acled_sub_event_type for e in _of(events, "ASSAULT")] == ["Mob violence"]


def test_arrests_with_no_fight_add_no_clash(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Police arrested 25 people after a raid in Tamale.")
    assert not any(e.acled_sub_event_type == "Mob violence" for e in events)


# --- arrests then a march for the release of those held ---------------------------------------------------------------

def test_march_for_release_after_arrests(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Police detained five students on Monday, and hundreds of their classmates "
                                 "marched on Tuesday to demand their release.")
    assert sorted(_types(events)) == ["COERCE", "PROTEST"]
    assert _of(events, "COERCE")[0].acled_sub_event_type == "Arrests"
    assert _of(events, "PROTEST")[0].acled_sub_event_type == "Peaceful protest"
    assert _of(events, "PROTEST")[0].size.arrested is None
    assert _of(events, "COERCE")[0].size.arrested == 5


def test_arrests_made_at_the_march_stay_an_intervention(nlp: Any, coder: Any) -> None:
    from newsevents.coding.acled_rules import arrests_before_protest
    doc = _doc(nlp, "Hundreds marched to demand the release of the students, and police detained 20 of them.")
    assert not arrests_before_protest(next(t for t in doc if t.lower_ == "detained"))


# --- a rallying crowd described by a deed done to its people ----------------------------------------------------------

def test_families_of_the_detained_gathering_is_a_protest(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Wives of the detained officers gathered outside the army headquarters in Bamako "
                                 "demanding their release.")
    assert _types(events)[:1] == ["PROTEST"]
    assert not _of(events, "COERCE")


def test_sit_in_is_triggered_on_the_whole_word(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "Teachers staged a sit-in at the education ministry in Blantyre.")
    assert events and events[0].trigger.text == "sit-in"


# --- institutions closed by order -------------------------------------------------------------------------------------

def test_universities_ordered_closed_is_a_restriction(nlp: Any, coder: Any) -> None:
    events = _events(nlp, coder, "The education ministry ordered the closure of all private schools in Kigali.")
    assert _types(events)[:1] == ["COERCE"]
    assert events[0].mode == ("restrict",)


def test_closure_modes_and_guard(nlp: Any) -> None:
    from newsevents.coding.phrases import closure_ordered
    doc = _doc(nlp, "The ministry ordered the closure of three radio stations.")
    assert closure_ordered(next(t for t in doc if t.lower_ == "ordered")) == "censor"
    doc = _doc(nlp, "The general ordered his troops to attack the town.")
    assert closure_ordered(next(t for t in doc if t.lower_ == "ordered")) is None

