"""Lead's review of session 11 (issue 3): "the two countries" after a clause in which one party takes a named place
from another are those two parties, not the taker and the place (seen on a story set: "China seized the Paracel
Islands from South Vietnam in 1974, and the two countries fought a brief border war in 1979" gave China and the
Paracel Islands). Sentences written for this test, parsed without NER as the default pipeline does."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import roles


def _sides(nlp: Any, text: str, trigger: str) -> tuple[list[str], list[str]]:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    a, r = roles(next(t for t in doc if t.text == trigger))
    return [t.text for t in a], [t.text for t in r]


def test_a_place_taken_is_no_side_whom_it_was_taken_from_is(nlp: Any) -> None:
    actors, _ = _sides(nlp, "Ruritania seized the Koral Islands from Freedonia in 1974 , and the two countries fought "
                            "a brief border war in 1979 .", "fought")
    assert actors == ["Ruritania", "Freedonia"]


def test_named_heights_taken_are_no_side(nlp: Any) -> None:
    actors, _ = _sides(nlp, "Ruritania captured the Vorn Heights from Freedonia in 1967 , and the two countries "
                            "have never signed a peace treaty .", "signed")
    assert actors == ["Ruritania", "Freedonia"]


def test_two_parties_of_talks_stay_the_sides(nlp: Any) -> None:
    actors, recips = _sides(nlp, "Kenya held talks with Ethiopia on Monday , and the two sides agreed to reopen the "
                                 "border .", "agreed")
    assert actors == ["Kenya", "Ethiopia"] and recips == ["Kenya", "Ethiopia"]
