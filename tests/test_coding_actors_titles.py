"""Actor normalisation details (round 3): maker adjectives, sector nouns whose modifier changes their meaning,
named ships, and titles read by `introduced_as`. All sentences are written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.actors import introduced_as, sentence_country
from roles import normalised as _norm
from roles import sentence_roles as _roles

spacy = pytest.importorskip("spacy")




# ------------------------------------------------------------------ "-made", "-built": the maker, not the user

@pytest.mark.parametrize("text,phrase,sector", [
    ("An Iranian-made drone hit a tanker off Oman.", "Iranian-made drone", "MIL"),
    ("A Russian-built helicopter crashed into a hotel in Kenya.", "Russian-built helicopter", "MIL"),
    ("Chinese-designed warplanes bombed a village.", "Chinese-designed warplanes", "MIL"),
    ("A North Korean-made missile hit an apartment block.", "North Korean-made missile", None),
])
def test_maker_adjective_gives_no_country(nlp: Any, text: str, phrase: str, sector: str | None) -> None:
    code, got_sector, _ = _norm(nlp, text, phrase)
    assert code is None
    assert got_sector == sector  # the head noun still gives its sector where it names a party


def test_maker_adjective_is_no_fallback_country(nlp: Any) -> None:
    # neither the maker nor the tanker's waters say whose drone it was
    actors, _ = _roles(nlp, "An Iranian-made drone hit a tanker off Oman.", "hit")
    assert [(e.entity_text, e.code) for e in actors] == [("Iranian-made drone", None)]


def test_maker_adjective_is_not_the_sentence_country(nlp: Any) -> None:
    actors, recips = _roles(nlp, "Rebels shot down a Turkish-made drone over the city.", "shot")
    assert [e.code for e in actors] == [None]  # was TUR, the drone's maker
    assert [e.entity_text for e in recips] == ["Turkish-made drone"]
    assert sentence_country(nlp("Rebels shot down a Turkish-made drone in Syria.")) == "SYR"


def test_demonym_without_maker_still_counts(nlp: Any) -> None:
    assert _norm(nlp, "Ukrainian forces destroyed a Russian tank.", "Russian tank")[:2] == ("RUS", "MIL")


# ------------------------------------------------------------------ a head noun's sector depends on its modifier

@pytest.mark.parametrize("text,phrase,sector", [
    ("Protest leaders called for a general strike.", "Protest leaders", "CVL"),  # PLOVER: CVL = protesters
    ("Police detained two rally leaders in Lagos.", "rally leaders", "CVL"),
    ("Gunmen attacked a wedding party in Nigeria.", "wedding party", "CVL"),
    ("A bomb hit a birthday party in the capital.", "birthday party", "CVL"),
])
def test_civilian_modifiers(nlp: Any, text: str, phrase: str, sector: str) -> None:
    assert _norm(nlp, text, phrase)[1] == sector


@pytest.mark.parametrize("text,phrase", [
    ("A search party found the bodies of two hikers.", "search party"),
    ("Militants ambushed a rescue party near the border.", "rescue party"),
])
def test_work_party_is_no_political_party(nlp: Any, text: str, phrase: str) -> None:
    assert _norm(nlp, text, phrase)[1] is None


@pytest.mark.parametrize("text,phrase,sector", [
    ("Gang leaders attacked a police station.", "Gang leaders", "CRM"),
    ("Police arrested the party leaders in Lagos.", "party leaders", "PTY"),
    ("The ruling party accused the army of a coup.", "ruling party", "PTY"),
    ("Union leaders threatened a strike.", "Union leaders", "LAB"),
    ("The army search party found the wreck.", "army search party", "MIL"),
    # a party's own name keeps PTY, whatever words it is made of
    ("Police detained leaders of the National Rescue Party.", "National Rescue Party", "PTY"),
    ("The Tea Party rallied outside the Capitol.", "Tea Party", "PTY"),
])
def test_sector_nouns_kept(nlp: Any, text: str, phrase: str, sector: str) -> None:
    assert _norm(nlp, text, phrase)[1] == sector


@pytest.mark.parametrize("text,phrase", [
    ("Houthi rebels seized the Galaxy Leader in the Red Sea.", "Galaxy Leader"),
    ("Pirates boarded the MV Ocean Commander near Somalia.", "MV Ocean Commander"),
])
def test_named_ship_is_not_government(nlp: Any, text: str, phrase: str) -> None:
    assert _norm(nlp, text, phrase)[1] is None


@pytest.mark.parametrize("text,phrase,code,sector", [
    ("Iran's Supreme Leader condemned the strike.", "Iran's Supreme Leader", "IRN", "GOV"),
    ("The Hamas Leader rejected the deal.", "Hamas Leader", "PSE", "REB"),
])
def test_capitalised_titles_are_not_ship_names(nlp: Any, text: str, phrase: str, code: str, sector: str) -> None:
    assert _norm(nlp, text, phrase)[:2] == (code, sector)


# ------------------------------------------------------------------ titles an article introduces a person with

@pytest.mark.parametrize("intro,name,want", [
    ("Pakistani army chief Asim Munir met Saudi officials.", "Munir", ("PAK", "MIL")),
    ("Asim Munir, Pakistan's army chief, met Saudi officials.", "Munir", ("PAK", "MIL")),
    ("Nigerian army chief of staff General Ahmed Bello condemned the raid.", "Bello", ("NGA", "MIL")),
    ("The Nigerian chief of defence staff, General Ahmed Bello, condemned the raid.", "Bello", ("NGA", "MIL")),
    ("Ghana's Chief of Defence Staff Kofi Mensah toured the border.", "Mensah", ("GHA", "MIL")),
    ("The Kenyan police chief, John Mwangi, ordered a crackdown.", "Mwangi", ("KEN", "COP")),
    ("Kenya's police chief, John Mwangi, ordered a crackdown.", "Mwangi", ("KEN", "COP")),
    # no country written: the sector alone
    ("The police chief, John Mwangi, ordered a crackdown.", "Mwangi", (None, "COP")),
    ("The army chief of staff General Yaakov Levi visited the front.", "Levi", (None, "MIL")),
])
def test_titles_read(intro: str, name: str, want: tuple[str | None, str | None]) -> None:
    text = intro + f" {name} said the operation would continue."
    assert introduced_as(name, text, len(text) - 10) == want


def test_country_title_beats_earlier_bare_title() -> None:
    text = ("The police chief, John Mwangi, spoke first. Later the Kenyan police chief John Mwangi returned. "
            "Mwangi said more.")
    assert introduced_as("Mwangi", text, len(text) - 5) == ("KEN", "COP")


@pytest.mark.parametrize("intro", [
    "The former police chief John Smith spoke.",
    "Soldiers shot John Smith on Monday.",
])
def test_no_title(intro: str) -> None:
    text = intro + " Smith said it was wrong."
    assert introduced_as("Smith", text, len(text) - 10) is None
