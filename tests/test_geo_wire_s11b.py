"""Recognition of small places in wire copy (W19, session 11): a town's quarter typed by the word after it ("houses
in the Tankoro neighbourhood"), a country that spaCy calls a person with its possessive ("Sri Lanka's new
government"), and a town's name in the middle of an institution's name in a story from that town ("a professor at
Fort Hays State University" in a story from Hays). Invented names on small in-memory gazetteers; each rule has a
guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.records import Article

from geo_spans import ent, full_stop_sentences
from geo_spans import read_places as _read

RECORDS = [
    GazRecord(1, 1, "Sierrana", 8.5, -11.8, "SLX", "PCLI", 8_000_000, resolution=1),
    GazRecord(2, 2, "Freetowna", 8.48, -13.23, "SLX", "PPLC", 1_000_000, resolution=4),
    GazRecord(3, 3, "Koida", 8.64, -10.97, "SLX", "PPL", 120_000, resolution=4),
    GazRecord(4, 4, "Lankara", 7.8, 80.7, "LKX", "PCLI", 22_000_000, resolution=1),
    GazRecord(5, 5, "Colomba", 6.93, 79.85, "LKX", "PPLC", 650_000, resolution=4),
    GazRecord(6, 6, "Smithvale", 7.2, 80.1, "LKX", "PPL", 4_000, resolution=4),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=True)


@pytest.fixture(scope="module")
def gazetteer_only() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


# --- a town's quarter typed by the word after it --------------------------------------------------------------------

def test_named_neighbourhood_is_seated_in_the_town(gazetteer_only: GeoParser) -> None:
    text = ("FREETOWNA, Sierrana (Reuters) - Residents of Koida said compensation offered for houses in the Tankora "
            "neighbourhood was far too low.")
    got = _read(gazetteer_only, text)
    assert "Tankora" in got and (got["Tankora"].lat, got["Tankora"].lon) == (8.64, -10.97)


def test_suburb_list_is_typed(gazetteer_only: GeoParser) -> None:
    text = "Police in Koida said shops in the Bandara and Yengema suburbs were looted on Sunday."
    got = _read(gazetteer_only, text)
    assert "Bandara" in got and "Yengema" in got


def test_adjective_before_neighbourhood_is_no_place(gazetteer_only: GeoParser) -> None:
    # (guard: "the Christian neighbourhood", "a Koida neighbourhood" name no quarter)
    text = "Residents of Koida said houses in the Christian neighbourhood and a Freetowna neighbourhood were hit."
    got = _read(gazetteer_only, text)
    assert "Christian" not in got
    assert [k for k in got if "neighbourhood" in k] == []


# --- a country that spaCy calls a person with its possessive ---------------------------------------------------------

def test_country_with_possessive_labelled_person_is_read(parser: GeoParser) -> None:
    text = "Lankara's new government said on Wednesday that officials in Colomba would revisit the deal."
    got = _read(parser, text, [ent(text, "Lankara's", "PERSON"), ent(text, "Colomba", "GPE")])
    assert "Lankara" in got and got["Lankara"].country_code == "LKX"


def test_small_town_with_possessive_labelled_person_stays_a_person(parser: GeoParser) -> None:
    # (guard: a small town's name is a person's as often)
    text = "Smithvale's lawyer said on Wednesday that officials in Colomba would revisit the deal."
    got = _read(parser, text, [ent(text, "Smithvale's", "PERSON"), ent(text, "Colomba", "GPE")])
    assert "Smithvale" not in got


# --- a town's name inside an institution's name ---------------------------------------------------------------------

KANSAS = [
    GazRecord(10, 10, "Kansa", 38.5, -98.0, "USX", "ADM1", 2_900_000, "Kansa", 10, resolution=2),
    GazRecord(11, 11, "Ellisa County", 38.92, -99.32, "USX", "ADM2", 29_000, "Kansa", 10, resolution=3),
    GazRecord(12, 12, "Haysa", 38.88, -99.33, "USX", "PPL", 21_000, "Kansa", 10, "Ellisa County", resolution=4),
    GazRecord(13, 13, "Salinia", 38.84, -97.61, "USX", "PPL", 46_000, "Kansa", 10, resolution=4),
]


@pytest.fixture(scope="module")
def kansas() -> GeoParser:
    return GeoParser(InMemoryGazetteer(KANSAS, {}), WEIGHTS, ner_plus_gazetteer=False)


def test_town_inside_an_institutions_name_is_no_place(kansas: GeoParser) -> None:
    text = ("HAYSA, Kansa - A wind farm plan in Ellisa County splits ranchers. A professor at Fort Haysa State "
            "University told the meeting that turbines near Salinia were noisy.")
    assert _starts(kansas, text, "Haysa") == [0] and _starts(kansas, text, "Salinia")


def test_town_with_a_place_word_after_it_stays_a_place(kansas: GeoParser) -> None:
    # (guard: "Haysa City Council" after a lower-case word, and "Haysa officials", are the town)
    text = ("HAYSA, Kansa - A wind farm plan in Ellisa County splits ranchers. The Haysa City Council and Haysa "
            "officials said turbines near Salinia were noisy.")
    assert len(_starts(kansas, text, "Haysa")) == 3


def _starts(gp: GeoParser, text: str, name: str) -> list[int]:
    """Where the places read as `name` (any case) start."""
    places = gp.places(Article("a1", text), full_stop_sentences(text), [], set())
    return [p.start for p in places if text[p.start:p.end].casefold() == name.casefold()]


# --- a stoplisted town at one end of a stretch "between X and Y" ------------------------------------------------------

OMAN = [
    GazRecord(20, 20, "Omana", 21.0, 57.0, "OMX", "PCLI", 4_500_000, resolution=1),
    GazRecord(21, 21, "Muscata", 23.61, 58.59, "OMX", "PPLC", 1_000_000, "Muscata", 30, resolution=4),
    GazRecord(22, 22, "Sharqa", 22.0, 59.0, "OMX", "ADM1", 300_000, "Sharqa", 31, resolution=2),
    GazRecord(23, 23, "Sur", 22.57, 59.53, "OMX", "PPL", 71_000, "Sharqa", 31, resolution=4),
    GazRecord(24, 24, "Ras Hadda", 22.53, 59.8, "OMX", "CAPE", 0, "Sharqa", 31, resolution=4),
]


@pytest.fixture(scope="module")
def oman() -> GeoParser:
    return GeoParser(InMemoryGazetteer(OMAN, {}), WEIGHTS, ner_plus_gazetteer=False)


def test_stoplisted_town_between_it_and_a_cape_is_a_place(oman: GeoParser) -> None:
    text = ("MUSCATA, Omana (Reuters) - Officials in Sharqa said the storm would make landfall between Sur and Ras "
            "Hadda on Tuesday.")
    assert _starts(oman, text, "Sur")


def test_stoplisted_word_listed_with_a_cape_without_between_stays_a_word(oman: GeoParser) -> None:
    # (guard: only "between" makes a cape one end of a stretch; a plain list may be of other things)
    text = ("MUSCATA, Omana (Reuters) - Officials in Sharqa said families were moved from Sur and Ras Hadda on "
            "Tuesday.")
    assert not _starts(oman, text, "Sur")
