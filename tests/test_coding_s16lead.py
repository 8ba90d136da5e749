"""Lead, session 16: a combined-tree regression found on story material and fixed.

Round C25 made help to an armed group ("denies backing M23") the sentence's event in place of an attack or arrest
the classifier read into it. Its first reading was replaced even where a deed of its own is told outside the help
("they support the Islamic State, and two people were killed in a bomb explosion"): an SATP snippet lost its bomb
attack. The first reading now stays ahead of the help when its own cue lies outside the help's phrase.

From the lead's held stories, after their end score: a foreign mission's staff member ordered to leave a named
capital is expelled ("Pakistan ordered an Indian official to leave Islamabad within 24 hours" was REQUEST)."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in code_sentence(nlp, coder, text, "s16lead", ner=False)]


def test_a_deed_told_beside_the_help_keeps_its_event(nlp: Any, coder: Any) -> None:
    text = ("The two men said they support the Islamic State, and two people were killed in a bomb explosion at "
            "the shrine on Friday.")
    assert _types(nlp, coder, text)[:2] == ["ASSAULT", "SUPPORT"]


def test_help_alone_still_replaces_the_attack_read_into_it(nlp: Any, coder: Any) -> None:
    events = code_sentence(nlp, coder, "Rwanda denies backing M23.", "s16lead", ner=False)
    assert [e.event for e in events] == ["SUPPORT"] and "negation" in events[0].aux


def test_arming_alone_is_aid(nlp: Any, coder: Any) -> None:
    assert _types(nlp, coder, "Uganda denies arming rebel groups.") == ["AID"]


def test_a_foreign_official_ordered_to_leave_the_capital_is_expelled(nlp: Any, coder: Any) -> None:
    text = "Algeria ordered a French official to leave Algiers within 48 hours on Friday."
    assert _types(nlp, coder, text)[:1] == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "The ministry ordered a senior official to leave the meeting.",  # no nationality, no named place
    "Police ordered the protesters to leave Tahrir Square.",  # a crowd told to leave a square
])
def test_others_told_to_leave_are_not_expelled(nlp: Any, coder: Any, text: str) -> None:
    assert "SANCTION" not in _types(nlp, coder, text)


# From the lead's held stories, after their end score: a settlement or civil building attacked with its toll told on
# unarmed people is ACLED "Attack" (the Haitian gang attack on a town had read "Armed clash").
@pytest.mark.parametrize("text", [
    "Militia fighters armed with machetes attacked the town of Djugu on Friday, killing 22 people and torching houses, "
    "officials said.",
])
def test_a_civil_place_attacked_with_a_civilian_toll_is_an_attack(nlp: Any, coder: Any, text: str) -> None:
    events = code_sentence(nlp, coder, text, "s16lead", ner=False)
    assert events and events[0].acled_sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "Rebels attacked the town of Kidal on Sunday, killing 12 soldiers.",  # the toll is on an armed side
    "Fighters attacked the town and clashed with soldiers, killing 20 people.",  # a fight is told
])
def test_a_town_attacked_with_an_armed_side_is_no_plain_attack(nlp: Any, coder: Any, text: str) -> None:
    events = code_sentence(nlp, coder, text, "s16lead", ner=False)
    assert events and events[0].acled_sub_event_type != "Attack"
