"""Lead's coding fixes of session 13.

- "There were no immediate reports of casualties" is no event (it was a negated ASSAULT on "casualties"); a report
  that there were casualties is kept.
- Things captured are nobody arrested: "the RSF said it captured several army vehicles" gave the clash it merged
  into `size.arrested` 3 (the vague "several"), and a list of captives and vehicles summed both.
"""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.size import extract_size


@pytest.mark.parametrize(("text", "arrested"), [
    ("The RSF said it had captured several army vehicles.", None),
    ("Troops captured three tanks and 40 fighters.", 40),
    ("Rebels captured 15 soldiers and two armoured vehicles.", 15),
    ("Troops captured two tanks and three trucks.", None),
    ("Insurgents captured 11 rifles near the border.", None),
    # people still count
    ("Police captured 12 suspects.", 12),
    ("Soldiers captured two rebel commanders.", 2),
    ("Police arrested two men and a woman in Kano.", 3),
    ("", None),
])
def test_materiel_captured_is_no_arrest(text: str, arrested: int | None) -> None:
    assert extract_size(text).arrested == arrested


def test_dead_lists_unchanged() -> None:
    assert extract_size("Gunmen killed two policemen and a civilian.").dead == 3
    assert extract_size("Soldiers killed five militants and two suspected collaborators.").dead == 7


@pytest.mark.parametrize("text", [
    "There were no immediate reports of casualties.",
    "There was no word on casualties, police said.",
    "However there were no reports of injuries.",
    "There was no information on fatalities.",
])
def test_no_reported_harm_is_no_event(nlp: Any, coder: Any, text: str) -> None:
    pytest.importorskip("spacy")
    assert code_sentence(nlp, coder, text, "lead13") == []


def test_a_bomb_with_no_reported_injuries_keeps_the_bomb(nlp: Any, coder: Any) -> None:
    pytest.importorskip("spacy")
    evs = code_sentence(nlp, coder, "A roadside bomb hit an army convoy near Kidal on Friday, but there were no "
                        "reports of injuries.", "lead13")
    assert [e.event for e in evs] == ["ASSAULT"] and evs[0].trigger.text == "hit"
