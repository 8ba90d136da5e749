"""Coder round C26 (session 17): routed coding errors of issue 3, fixed in the rules after the classifier.

- Citizenship stripped or revoked is SANCTION; a charge laid ("charged X with fraud") is ACCUSE allege; envoys ordered
  out ("ordered a Malian official to leave Conakry", "ordered two envoys out of X") are SANCTION expel, also where the
  classifier abstains.
- A party urged to act ("urged Peru to explain the detention of ...") is a REQUEST, first; the act asked for is no
  event, an attack of an "after" clause stays beside it.
- Talks under way ("said it was in talks with Kenya") are CONSULT, not a type read from the copula.
- A vote against a policy text is REJECT `change`, never `yield` or `meet` read from the text voted on.
- A party noun ("Hackers") is never the trigger: the verb it is the subject of is.
- The strike of dismissed staff ("fired 25 workers who had joined the strike") is background, no PROTEST; a meeting
  postponed after an act told before is no CONSULT.
- A fight breaking out carries the event and its toll ("fighting broke out ..., and 11 people were killed").
- A riot told with its dead is an event: Mob violence in a prison, else a violent demonstration; its toll is not an
  arrest's.
- Two coordinated clauses with their own subjects tell two events ("arrested two union leaders on Monday, and their
  members protested against the arrests on Tuesday"); the arrests protested are no intervention in the protest.
Sentences written for these tests (none is an item of the round's held or development set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c26s17", ner=False)


def _types(events: list[Any]) -> list[str]:
    return [e.event for e in events]


def _of(events: list[Any], kind: str) -> list[Any]:
    return [e for e in events if e.event == kind]


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


# --- reductions of relations: citizenship, charges, envoys ordered out ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cuba stripped 21 exiled dissidents of their citizenship on Monday.",
    "Azerbaijan revoked the citizenship of nine opposition bloggers living in Berlin.",
])
def test_citizenship_taken_away_is_a_sanction(nlp: Any, coder: Any, text: str) -> None:
    assert _types(_events(nlp, coder, text))[:1] == ["SANCTION"]


def test_things_stripped_of_parts_are_no_citizenship(nlp: Any) -> None:
    from newsevents.coding.readings import citizenship_stripped
    assert citizenship_stripped(_doc(nlp, "Thieves stripped the abandoned car of its wheels.")) is None
    assert citizenship_stripped(_doc(nlp, "Cuba will not strip dissidents of their citizenship.")) is None


def test_charge_laid_is_an_accusation(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The attorney general said his office had charged two former police chiefs with murder.")
    assert _types(evs)[:1] == ["ACCUSE"] and "allege" in evs[0].mode


def test_baton_charge_is_no_legal_charge(nlp: Any) -> None:
    from newsevents.coding.readings import charge_laid
    assert charge_laid(_doc(nlp, "Police charged the crowd with batons outside the stadium.")) is None
    assert charge_laid(_doc(nlp, "Prosecutors charged the former governor with embezzlement.")) is not None


@pytest.mark.parametrize("text", [
    "Guinea ordered a Malian official to leave Conakry within 72 hours on Monday.",
    "Gabon ordered three Cameroonian envoys out of Libreville on Tuesday.",
])
def test_envoys_ordered_out_are_expelled(nlp: Any, coder: Any, text: str) -> None:
    evs = _events(nlp, coder, text)
    assert _types(evs)[:1] == ["SANCTION"] and "expel" in evs[0].mode


def test_traders_told_to_leave_a_square_are_no_expulsion(nlp: Any) -> None:
    from newsevents.coding.readings import envoy_ordered_out
    assert envoy_ordered_out(_doc(nlp, "The mayor ordered the traders to leave the square.")) is None


# --- requests and talks -----------------------------------------------------------------------------------------------

def test_party_urged_to_explain_an_arrest_is_a_request(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Chile's foreign ministry on Tuesday urged Peru to explain the detention of two Chilean "
                              "fishermen near Ilo.")
    assert _types(evs) == ["REQUEST"]


def test_urging_keeps_the_attack_of_its_after_clause(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Niger's government said on Monday it had urged Bamako to act against the jihadists after "
                              "an ambush killed five soldiers near the border.")
    assert _types(evs)[:1] == ["REQUEST"] and "ASSAULT" in _types(evs)


def test_urging_needs_a_party_and_an_act_asked(nlp: Any) -> None:
    from newsevents.coding.readings import party_urged
    assert party_urged(_doc(nlp, "The coach urged calm after the match.")) is None
    assert party_urged(_doc(nlp, "Togo urged Ghana to reopen the border.")) is not None


def test_talks_under_way_are_a_consultation(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Somalia said on Friday it was in talks with Kenya over the maritime border.")
    assert _types(evs) == ["CONSULT"]


def test_talks_denied_are_none(nlp: Any) -> None:
    from newsevents.coding.readings import in_talks
    assert in_talks(_doc(nlp, "Somalia said it was not in talks with Kenya.")) is None
    assert in_talks(_doc(nlp, "The country was in trouble with its creditors.")) is None


# --- votes and party nouns ----------------------------------------------------------------------------------------------

def test_vote_against_a_bill_refuses_a_change(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Opposition senators voted against the mining bill on Thursday."), "REJECT")
    assert evs and evs[0].mode == ("change",)


def test_vote_against_a_sanctions_text_yields_nothing(nlp: Any, coder: Any) -> None:
    evs = _of(_events(nlp, coder, "Two deputies voted against the sanctions package on Monday."), "REJECT")
    assert evs and not {"yield", "meet"} & set(evs[0].mode)


def test_party_noun_is_no_trigger(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Hackers broke into the servers of the central bank in Lusaka on Monday.")
    assert evs and all(e.trigger.text != "Hackers" for e in evs)


# --- background acts ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The cement maker dismissed 45 workers who had joined the strike.",
    "The transport firm sacked 70 drivers who had taken part in the strike.",
])
def test_strike_of_the_dismissed_is_background(nlp: Any, coder: Any, text: str) -> None:
    assert _types(_events(nlp, coder, text)) == ["SANCTION"]


def test_meeting_postponed_after_a_riot_is_no_meeting(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The farmers' cooperative postponed its general meeting after the riot.")
    assert "CONSULT" not in _types(evs)


# --- fights and riots with their toll ---------------------------------------------------------------------------------------

def test_fight_noun_carries_the_clash_and_its_toll(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Heavy fighting broke out between the army and a local militia near Uvira on Tuesday, "
                              "and at least 11 people were killed.")
    clash = _of(evs, "ASSAULT")
    assert clash and clash[0].trigger.text == "fighting" and clash[0].size.dead == 11
    assert clash[0].acled_sub_event_type == "Armed clash"


def test_prison_riot_with_its_dead_is_mob_violence(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "A riot at the main prison in Goma left nine inmates dead on Sunday.")
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Mob violence"
    assert evs[0].size.dead == 9


def test_street_riot_with_its_dead_is_a_violent_demonstration(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Rioting in the port city of Mombasa left six people dead on Monday.")
    assert evs and evs[0].event == "PROTEST" and evs[0].acled_sub_event_type == "Violent demonstration"


def test_riot_toll_is_not_the_arrests(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Police arrested 25 inmates on Monday, a day after a riot at the jail left eight "
                              "inmates dead.")
    arrest = _of(evs, "COERCE")
    riot = [e for e in evs if e.acled_sub_event_type == "Mob violence"]
    assert arrest and not arrest[0].size.dead and riot and riot[0].size.dead == 8


def test_riot_police_and_riots_without_dead_are_no_toll(nlp: Any) -> None:
    from newsevents.coding.readings import riot_with_toll
    assert riot_with_toll(_doc(nlp, "Riot police arrested 30 people in Kano.")) is None
    assert riot_with_toll(_doc(nlp, "The riot left several shops damaged.")) is None


def test_torn_toll_verb_needs_a_count(nlp: Any) -> None:
    from newsevents.coding.size import torn_toll_verb
    doc = _doc(nlp, "Guards regained control, a day after a riot at the prison left 17 inmates dead.")
    riot = next(t for t in doc if t.lower_ == "riot")
    assert torn_toll_verb(riot) is not None and torn_toll_verb(doc[0]) is None


# --- two clauses, two events ------------------------------------------------------------------------------------------------

def test_protest_against_arrests_told_beside_them(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Police arrested two union leaders in Bamako on Monday, and their members protested "
                              "against the arrests on Tuesday.")
    assert _types(evs)[:2] == ["COERCE", "PROTEST"]
    assert _of(evs, "PROTEST")[0].acled_sub_event_type == "Peaceful protest"


def test_a_said_clause_adds_no_event(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The minister met the Nigerien ambassador on Monday and he said the talks were useful.")
    assert _types(evs) == ["CONSULT"]


def test_denied_funding_in_a_reported_statement(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Kampala denies funding the rebels in Ituri, a government spokesman said.")
    assert _types(evs)[:1] == ["AID"] and "negation" in evs[0].aux


@pytest.mark.parametrize("text", ["", "...", "Stripped.", "Urged to."])
def test_odd_input_gives_no_reading(nlp: Any, text: str) -> None:
    from newsevents.coding import readings
    doc = _doc(nlp, text)
    for find in (readings.citizenship_stripped, readings.charge_laid, readings.envoy_ordered_out,
                 readings.party_urged, readings.in_talks, readings.riot_with_toll):
        assert find(doc) is None


def test_an_attempt_is_no_trial(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Armed men barged into a clinic in Sukma and tried to extort cash from the nurses.")
    assert "ACCUSE" not in _types(evs)


def test_people_tried_in_court_stay_accused(nlp: Any) -> None:
    from newsevents.coding.nonevents import attempt_told
    doc = _doc(nlp, "The former general was tried for treason in Freetown.")
    assert attempt_told(next(t for t in doc if t.lower_ == "tried")) is None


def test_prison_officials_arrest_nobody(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "A day earlier, a riot at the Tamale central prison left five inmates dead, prison "
                              "officials said.")
    assert _types(evs) == ["ASSAULT"] and evs[0].acled_sub_event_type == "Mob violence"


def test_talks_with_people_named_by_a_noun(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Uganda's interior ministry said it was in talks with clan elders over the disarmament "
                              "of herders.")
    assert _types(evs) == ["CONSULT"]
