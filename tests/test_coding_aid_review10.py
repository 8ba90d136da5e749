"""Lead review (session 10) of round C16's aid reading on the story sets: relief goods distributed with no receiver
named stay out of the classifier (it read "began distributing the food at two camps" as a protest); relief goods
handed out to people are AID, not a handover (the classifier reads "handed" as RETREAT); ground handed over stays
RETREAT; a closure announced ahead ("will remain closed on Monday") is a measure ordered, not a state. Sentences
written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in code_sentence(nlp, coder, text, "aid10", ner=False)]


def test_aid_distribution_with_no_receiver_is_no_protest(nlp: Any, coder: Any) -> None:
    text = "Local volunteers began distributing the food at two camps for displaced people on Thursday afternoon."
    assert "PROTEST" not in _types(nlp, coder, text)


def test_goods_handed_out_to_people_are_aid(nlp: Any, coder: Any) -> None:
    assert _types(nlp, coder, "The agency handed out blankets and tents to 300 displaced families.")[:1] == ["AID"]


def test_ground_handed_over_stays_a_retreat(nlp: Any, coder: Any) -> None:
    # guard: a handover of ground or control is no aid
    for text in ("Rebels handed the town over to government forces.",
                 "The army handed over control of the base to the police."):
        assert _types(nlp, coder, text)[:1] == ["RETREAT"], text


def test_closure_announced_ahead_is_a_measure(nlp: Any, coder: Any) -> None:
    # round C17 reads a closure told as a state ("stayed closed") as no event; one announced ahead by an authority
    # is a restriction ordered
    # (the type is the classifier's: COERCE restrict for some wordings, not for all; the test holds the rule's part,
    # that the sentence is not dropped as a state)
    text = "Schools in Quetta and Sibi will remain closed on Monday and Tuesday, the provincial government said."
    assert _types(nlp, coder, text) != []


def test_closure_as_a_state_stays_quiet(nlp: Any, coder: Any) -> None:
    # guard (round C17's reading)
    assert _types(nlp, coder, "Shops and schools stayed closed in the town on Friday.") == []
