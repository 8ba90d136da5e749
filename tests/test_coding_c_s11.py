"""Coder round C18 (session 11, issue 3): conflict snippets, hard negatives and dated re-mentions of old deeds.

Convention (issue 3 item 5): a dated re-mention of an old deed inside a sentence about something else ("the
rebels, who captured Lashio in August 2024, said ...", "hostages seized in the attack of Oct. 7, 2023") is an
event of its own, flagged historical and dated by the reference; it is not today's event and is not dropped.
Also: a bomb named by its delivery from the air ("a glide bomb") is an air strike. Review: the background-statement
kinds are a table of named tests (`background_kind`), and phrasal verbs are read by one helper (`frames.phrasal`).
Sentences written for these tests (none is an item of the round's set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.story_guards import background_kind, is_background_statement

spacy = pytest.importorskip("spacy")


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c18s11", ner=False)


def _on(events: list[Any], word: str) -> list[Any]:
    return [e for e in events if e.trigger is not None and e.trigger.text == word]


# --- dated re-mentions of old deeds ------------------------------------------------------------------------------

def test_participle_remention_is_a_historical_attack_of_its_own(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The harbour at Beira, seized by militiamen in July 2019, reopened to fishing boats "
                              "this month.")
    old = _on(evs, "seized")
    assert old and all(e.event == "ASSAULT" and "historical" in e.aux for e in old)
    assert old[0].acled_sub_event_type != "Change to group/activity"  # no strategic reading for an attack
    assert all("historical" not in e.aux for e in evs if e.trigger is not None and e.trigger.text != "seized")


def test_remention_beside_todays_attack_stays_two_events(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The militia, which burned the market in Bambari in May 2021, ambushed a patrol near "
                              "Alindao on Sunday.")
    today, old = _on(evs, "ambushed"), _on(evs, "burned")
    assert today and today[0].event == "ASSAULT" and "historical" not in today[0].aux
    assert old and old[0].event == "ASSAULT" and "historical" in old[0].aux


def test_abduction_remembered_beside_a_rally(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Parents of the pupils abducted in the raid of Feb. 26, 2020, rallied in Jos on "
                              "Tuesday.")
    assert evs[0].event == "PROTEST" and "historical" not in evs[0].aux
    old = _on(evs, "abducted")
    assert old and old[0].acled_sub_event_type == "Abduction/forced disappearance" and "historical" in old[0].aux


def test_remention_in_a_sentence_with_no_event_of_its_own(nlp: Any, coder: Any) -> None:
    # the classifier gives the sentence nothing; the dated seizure in its relative clause is still coded
    evs = _events(nlp, coder, "The bridge, which insurgents captured in 2019, carries most of the region's cattle "
                              "trade.")
    assert evs and evs[0].trigger.text == "captured" and "historical" in evs[0].aux


def test_year_dated_attack_noun_counts_only_as_what_the_clause_is_about(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The bombing of the cathedral in 2011 still divides the town's two communities.")
    assert any(e.event == "ASSAULT" and "historical" in e.aux for e in _on(evs, "bombing"))
    # guard: an attack named in passing with a year is no re-mention of a deed ("after the 9/11 attacks in 2001")
    text = "Mortgage rates have climbed from the lows reached not long after the 9/11 attacks in 2001."
    assert not any(e.quad_code == 4 for e in _events(nlp, coder, text))


def test_undated_or_negated_relative_adds_no_historical_event(nlp: Any, coder: Any) -> None:
    # guards: a relative clause with no date of its own is no re-mention; a deed denied is no deed
    for text in ("The rebels, who captured the town, said on Monday they would leave it.",
                 "The rebels, who had not attacked the town in 2021, said on Monday they would leave it.",
                 # (no month in "market", "decision" or "separatists")
                 "The separatists, who looted the market after the decision, said on Monday they would leave."):
        assert not any("historical" in e.aux for e in _events(nlp, coder, text)), text


def test_noun_naming_how_the_act_was_done_is_no_second_event(nlp: Any, coder: Any) -> None:
    # guard: "killed in the massacre of June 5, 2021": the massacre is the killing, one event
    evs = _events(nlp, coder, "Widows of the farmers killed in the massacre of June 5, 2021, marched through "
                              "Bamenda on Friday.")
    assert len([e for e in evs if e.event == "ASSAULT"]) == 1


# --- weapons ---------------------------------------------------------------------------------------------------

def test_glide_bomb_is_an_air_strike(nlp: Any, coder: Any) -> None:
    for text in ("A Russian glide bomb hit a supermarket in Kostiantynivka, killing three shoppers.",
                 "Two guided aerial bombs struck a hospital in Sumy overnight, the governor said."):
        evs = _events(nlp, coder, text)
        assert evs and evs[0].acled_sub_event_type == "Air/drone strike", text


def test_car_bomb_stays_an_explosive(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "A car bomb exploded near a market in Baidoa, killing five traders.")
    assert evs and evs[0].acled_sub_event_type == "Remote explosive/landmine/IED"


# --- review: named background kinds, one phrasal-verb helper ---------------------------------------------------

def test_background_kinds_are_named() -> None:
    assert background_kind("Ethnic clashes in the hill districts have killed hundreds of people over the past "
                           "decade.") == "long-running tally"
    assert background_kind("The province has been under a state of emergency since 2021.") is not None
    assert background_kind("Gunmen killed 12 villagers in Zamfara on Tuesday.") is None
    assert not is_background_statement("Gunmen killed 12 villagers in Zamfara on Tuesday.")


def test_phrasal_verbs_read_once(nlp: Any) -> None:
    from newsevents.coding.frames import phrasal, yielding
    doc = nlp("The union called off the strike and the rebels laid down their arms.")
    called = next(t for t in doc if t.lower_ == "called")
    laid = next(t for t in doc if t.lower_ == "laid")
    assert phrasal(called, {"call": "off"}) and not yielding(called)
    assert yielding(laid) and phrasal(laid, {"lay": "down"})
