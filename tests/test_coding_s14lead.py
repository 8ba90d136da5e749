"""The lead's checks of session 14 (issue 3), on sentences written for these tests: a body's word ("federation",
"union", "coalition") is a party a pronoun can stand for, unlike an abstract subject ("the move", "the decision")."""
from __future__ import annotations

from typing import Any

import pytest

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
