"""Coder and actor errors left by the story reviews (round C8): a country's name that begins a region's or
valley's name ("Niger state", "the Jordan Valley"), acts described as habitual ("is hit regularly by missiles"),
and the victims of an attack given the attacker's country. Sentences written for these tests; each rule has a
guard for what must not change."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c8", ner=False)


def _codes(nlp: Any, coder: Any, text: str) -> set[str | None]:
    return {p.code for e in _code(nlp, coder, text) for p in e.actor + e.recipient}


# --- a country's name inside a region's name --------------------------------------------------------------

@pytest.mark.parametrize("text,wrong", [
    ("Bandits attacked farmers in Niger state on Sunday, killing five people.", "NER"),
    ("Gunmen kidnapped 14 traders on a road in Niger State.", "NER"),
    ("Settlers attacked shepherds in the Jordan Valley on Friday.", "JOR"),
    ("Troops detained 30 protesters at a rally in the Georgia state capital.", "GEO"),
])
def test_region_named_after_country(nlp: Any, coder: Any, text: str, wrong: str) -> None:
    assert wrong not in _codes(nlp, coder, text)


@pytest.mark.parametrize("text,code", [  # guard: the country itself, and a demonym before "state"
    ("Bandits attacked farmers in Niger on Sunday, killing five people.", "NER"),
    ("Police in Jordan arrested 12 protesters.", "JOR"),
])
def test_region_named_after_country_guard(nlp: Any, coder: Any, text: str, code: str) -> None:
    assert code in _codes(nlp, coder, text)


def test_region_name_article_focus() -> None:
    from newsevents.coding.actors import article_country_focus
    text = "Gunmen attacked a village in Niger state. Residents of Niger state fled. Police in Nigeria said."
    assert article_country_focus(text) == "NGA"
    assert article_country_focus("Niger said the Niger state attack was ...  Niger closed its border.") == "NER"


# --- habitual acts -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The port city lies near the front and is hit regularly by Russian missiles and drones.",
    "The border villages are frequently shelled by artillery.",
    "Militants often ambush convoys on the highway.",
])
def test_habitual_description(nlp: Any, coder: Any, text: str) -> None:
    assert "ASSAULT" not in [e.event for e in _code(nlp, coder, text)]


@pytest.mark.parametrize("text", [  # guard: one act, and past or perfect forms
    "The port city was hit by Russian missiles on Monday.",
    "Troops regularly raided the village last year.",
    "Militants ambushed a convoy on the highway on Tuesday.",
])
def test_habitual_description_guard(nlp: Any, coder: Any, text: str) -> None:
    assert "ASSAULT" in [e.event for e in _code(nlp, coder, text)]


# --- victims of an attack ----------------------------------------------------------------------------------

def test_victims_not_attackers_country(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Russian missiles struck the city on Monday, and 64 people were wounded.")
    recips = [r for e in evs for r in e.recipient if "people" in r.entity_text]
    assert recips and all(r.code != "RUS" for r in recips)


def test_victims_named_country_guard(nlp: Any, coder: Any) -> None:
    # the victims' own country word stays; the attacker keeps its country
    evs = _code(nlp, coder, "Russian troops killed four Russian civilians.")
    assert any(r.code == "RUS" for e in evs for r in e.recipient)
    assert any(a.code == "RUS" for e in evs for a in e.actor)


def test_attacker_country_helper(nlp: Any) -> None:
    from newsevents.coding.actors import attacker_country
    with nlp.select_pipes(disable=["ner"]):
        assert attacker_country(nlp("Russian drones hit the town, wounding five people."), "RUS")
        assert not attacker_country(nlp("Russian drones hit the town, wounding five Russian soldiers."), "RUS")
        assert not attacker_country(nlp("Police in Russia arrested five people."), "RUS")


# --- a drug courier arrested at a place --------------------------------------------------------------------

def test_courier_is_the_recipient(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police arrested a suspected drug courier at the port of Calapan.")
    texts = [r.entity_text for e in evs for r in e.recipient]
    assert any("courier" in t for t in texts) and "Calapan" not in texts


def test_arrested_at_place_guard(nlp: Any, coder: Any) -> None:  # guard: a known party noun stays the recipient
    evs = _code(nlp, coder, "Police arrested a suspected smuggler at the port of Calapan.")
    assert any("smuggler" in r.entity_text for e in evs for r in e.recipient)


# --- a coercive act of the main clause before an "after" clause's attack ------------------------------------

def test_curfew_after_clashes(nlp: Any, coder: Any) -> None:
    text = ("Officials imposed a curfew in the city of Kota on Monday after clashes between two castes left two men "
            "dead and 15 people injured, police said.")
    types = [e.event for e in _code(nlp, coder, text)]
    assert "COERCE" in types and "ASSAULT" in types


@pytest.mark.parametrize("text", [  # guard: an attack in the main clause, and a side clause with no coercion
    "Troops killed five militants after an attack on a checkpoint.",
    "Gunmen killed three farmers after they refused to pay.",
])
def test_curfew_after_clashes_guard(nlp: Any, coder: Any, text: str) -> None:
    assert [e.event for e in _code(nlp, coder, text)] == ["ASSAULT"]
