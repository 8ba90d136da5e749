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


# --- force used on a crowd in a town ----------------------------------------------------------------------------

def _parties(evs: list[Any]) -> tuple[list[str], list[str]]:
    ev = next(e for e in evs if e.event == "ASSAULT")
    return [a.entity_text for a in ev.actor], [r.entity_text for r in ev.recipient]


@pytest.mark.parametrize("text, recipient", [
    ("Police used water cannon to disperse students in Skopje.", "students"),
    ("Riot police used tear gas to disperse hundreds of traders in Accra on Tuesday.", "traders"),
])
def test_force_used_to_disperse_a_crowd_falls_on_the_crowd(nlp: Any, coder: Any, text: str, recipient: str) -> None:
    actors, recips = _parties(_code(nlp, coder, text))
    assert actors and recipient in recips[0]
    assert not any(r in ("Skopje", "Accra") for r in recips)


@pytest.mark.parametrize("text, recipient", [
    ("Police used tear gas in Lilongwe on Monday.", None),                                   # a town is no party
    ("Police fired rubber bullets at nurses outside the ministry in Harare.", "nurses"),     # aimed at: kept
    ("Troops opened fire on mourners in Kidal.", "mourners"),
])
def test_the_town_force_is_used_in_is_no_recipient(nlp: Any, coder: Any, text: str, recipient: str | None) -> None:
    _, recips = _parties(_code(nlp, coder, text))
    assert recips == ([] if recipient is None else [recipient])
