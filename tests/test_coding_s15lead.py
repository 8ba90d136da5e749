"""The lead's checks of session 15 (issue 3), on sentences written for these tests: a plural pronoun ("they",
"their") never stands for one person named with an honorific or read as a person, so such a person is not made
the actor of what "they" did to him."""
from __future__ import annotations

from typing import Any

import pytest

from roles import role_texts


@pytest.mark.parametrize("text,trigger,person", [
    ("When Mr Haroon challenged the suspects , they opened fire at him .", "opened", "Mr Haroon"),
    ("When Dr Salma Begum questioned the strangers , they shot at her and fled .", "shot", "Dr Salma Begum"),
])
def test_a_plural_pronoun_is_not_one_named_person(nlp: Any, text: str, trigger: str, person: str) -> None:
    actors, _ = role_texts(nlp, text, trigger)
    assert not any(person.split()[-1] in a for a in actors)


def test_a_plural_pronoun_still_stands_for_a_named_group(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Hamas said they had fired rockets at Ashkelon .", "fired")
    assert actors == ["Hamas"]


def test_a_pair_of_people_can_be_they(nlp: Any) -> None:
    # guard: coordinated people are several, "they" may stand for them
    from newsevents.coding.actors.normalise import _one_person

    doc = nlp("Ali Khan and his brother said they were attacked .")
    assert not _one_person(doc[1])
