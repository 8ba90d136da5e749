"""The lead's checks of session 15 (issue 3), on sentences written for these tests: a plural pronoun ("they",
"their") never stands for one person named with an honorific or read as a person, so such a person is not made
the actor of what "they" did to him; revenge a party says it will take ("they would avenge the deaths", "vowed to
avenge the killing") is a threat."""
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


# ------------------------------------------------------------------ revenge told as what a party will do is a threat

@pytest.fixture(scope="module")
def coder() -> Any:
    from newsevents.coding.coder import EventCoder

    return EventCoder.load()


@pytest.mark.parametrize("text", [
    "The Shabaab said in a statement they would avenge the deaths of their fighters .",
    "The clan elders vowed to avenge the killing of their chief .",
    "The rebels said they will avenge the massacre in Kalehe .",
])
def test_revenge_a_party_will_take_is_a_threat(nlp: Any, coder: Any, text: str) -> None:
    from coding_parts import code_sentence

    events = code_sentence(nlp, coder, text, ner=False)
    assert [e.event for e in events] == ["THREATEN"]


def test_revenge_ruled_out_is_no_threat(nlp: Any, coder: Any) -> None:
    from coding_parts import code_sentence

    events = code_sentence(nlp, coder, "The army said it would not retaliate for the border incident .", ner=False)
    assert all("negation" in e.aux for e in events if e.event == "THREATEN")  # (a denied threat keeps its flag)
    events = code_sentence(nlp, coder, "Relatives said they would seek justice for the deaths .", ner=False)
    assert "THREATEN" not in [e.event for e in events]


def test_the_pakistani_taliban_are_pakistans(nlp: Any, coder: Any) -> None:
    # (data, session 15) "Pakistani Taliban" is Tehreek-e-Taliban Pakistan (PAK REB), not the Afghan Taliban
    from coding_parts import code_sentence

    events = code_sentence(nlp, coder, "The Pakistani Taliban said in a statement they would avenge the deaths .",
                           ner=False)
    assert [(a.code, a.sector) for e in events for a in e.actor] == [("PAK", "REB")]
