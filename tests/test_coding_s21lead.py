"""Lead (session 21): a ship, plane or vehicle hijacked is an assault whose people are taken (ASSAULT abduct, ACLED
"Abduction/forced disappearance"), also where the classifier abstains on a bare sentence with no date or source; a
hijacked website, an adjective ("the hijacked tanker") and a denied or planned hijacking are not this reading.
Sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "leads21", ner=False)


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


@pytest.mark.parametrize("text", [
    "Somali pirates hijacked a Bangladeshi cargo ship off the coast of Puntland.",
    "A fishing trawler was hijacked by pirates off Eyl on Wednesday.",
    "Armed men hijacked a passenger bus on the highway north of Kano.",
])
def test_a_conveyance_hijacked_is_an_abduction(nlp: Any, coder: Any, text: str) -> None:
    evs = [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]
    assert evs, text
    assert evs[0].acled_sub_event_type == "Abduction/forced disappearance"
    assert evs[0].trigger is not None and evs[0].trigger.text.startswith("hijack")
    assert not evs[0].aux


@pytest.mark.parametrize("text", [
    "Hackers hijacked the ministry's website on Monday.",   # no conveyance
    "The hijacked tanker was released on Friday.",           # an adjective: no new deed
    "Pirates did not hijack the ship.",                      # negated
    "",                                                      # odd input
    "hijacked",
])
def test_not_a_conveyance_hijacked(nlp: Any, text: str) -> None:
    from newsevents.coding.readings import conveyance_hijacked

    assert conveyance_hijacked(_doc(nlp, text)) is None


def test_the_reading_finds_the_verb(nlp: Any) -> None:
    from newsevents.coding.readings import conveyance_hijacked

    tok = conveyance_hijacked(_doc(nlp, "Gunmen hijacked a minibus carrying traders near Zurmi."))
    assert tok is not None and tok.lemma_ == "hijack"
