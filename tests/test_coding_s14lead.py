"""The lead's checks of session 14 (issue 3), on sentences written for these tests: a body's word ("federation",
"union", "coalition") is a party a pronoun can stand for, unlike an abstract subject ("the move", "the decision");
tear gas fired at a crowd is crowd control, not ACLED's "Chemical weapon"."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.evidence import lacks_evidence
from roles import role_texts


@pytest.mark.parametrize("text,trigger,expected", [
    ("The dockers' federation said it would hold a national strike on Monday .", "strike", "dockers' federation"),
    ("The nurses' union said it would stage a walkout next week .", "walkout", "nurses' union"),
    ("The opposition coalition said it would march on parliament on Friday .", "march", "opposition coalition"),
])
def test_a_pronoun_after_a_bodys_word_is_that_body(nlp: Any, text: str, trigger: str, expected: str) -> None:
    actors, _ = role_texts(nlp, text, trigger)
    assert actors and expected.endswith(actors[0]) and actors[0] not in ("dockers", "nurses", "opposition")


def test_a_pronoun_after_an_abstract_subject_still_skips_it(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The decision by the miners came a day after they blocked the highway .", "blocked")
    assert actors == ["miners"]


# ------------------------------------------------------------------ tear gas is crowd control, no chemical weapon

@pytest.mark.parametrize("text", [
    "Police fired rubber bullets and tear gas at hundreds of dock workers demanding back pay in Chittagong.",
    "Riot police fired tear gas at students marching on the parliament in Kampala on Tuesday.",
    "Security forces used tear-gas and water cannon to disperse opposition supporters in Conakry.",
])
def test_tear_gas_is_no_evidence_of_a_chemical_weapon(text: str) -> None:
    assert lacks_evidence("Chemical weapon", text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Government helicopters dropped barrels of chlorine gas on the rebel-held town of Kafr Zita.",
    "Troops fired gas shells that left dozens of villagers choking near the front line.",
])
def test_a_chemical_attack_is_still_evidence(text: str) -> None:  # guard
    assert not lacks_evidence("Chemical weapon", text, "ASSAULT")


def test_tear_gas_on_a_crowd_is_coded_as_crowd_control(nlp: Any, coder: Any) -> None:
    events = code_sentence(nlp, coder, "Riot police fired tear gas at students marching on the parliament in Kampala"
                           " on Tuesday.", "s14lead", ner=False)
    assert events and all(e.acled_sub_event_type != "Chemical weapon" for e in events)
