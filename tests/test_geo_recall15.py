"""Recall of small places in travel and feature writing (W9, session 8): a town the gazetteer holds, in a weaker slot
("buses run past X to Y", "land on X and Y", "the ruins of X", "islands including X") or listed beside a big place
("Szczecina and Swinoa"), counts when the gazetteer places it in a country the story's other places are in; a name
with a capital letter that carries a mark ("Łeba") ends a list's look-back like any other; "Villages such as X",
"Residents of X" open sentences too; "X airport" names the town. Invented names on a small in-memory gazetteer;
each rule has a guard (another country, a person's name, a word for what happens to a person, an acronym, a list of
people)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer

from geo_spans import read_places as _read

RECORDS = [
    GazRecord(1, 1, "Croatica", 45.1, 15.2, "HRX", "PCLI", 4_000_000, resolution=1),
    GazRecord(2, 2, "Splitta", 43.51, 16.44, "HRX", "PPL", 150_000, resolution=4),
    GazRecord(3, 3, "Makarsa", 43.30, 17.02, "HRX", "PPL", 13_000, resolution=4),
    GazRecord(4, 4, "Dubrava", 42.65, 18.09, "HRX", "PPL", 27_000, resolution=4),
    GazRecord(5, 5, "Grecia", 39.0, 22.0, "GRX", "PCLI", 10_000_000, resolution=1),
    GazRecord(6, 6, "Naxa", 37.1, 25.38, "GRX", "PPL", 7_000, resolution=4),
    GazRecord(7, 7, "Mykona", 37.45, 25.33, "GRX", "PPL", 10_000, resolution=4),
    GazRecord(8, 8, "Oya", 36.46, 25.38, "GRX", "PPL", 1_000, resolution=4),
    GazRecord(9, 9, "Polska", 52.0, 19.0, "PLX", "PCLI", 38_000_000, resolution=1),
    GazRecord(10, 10, "Szczecina", 53.43, 14.55, "PLX", "PPL", 400_000, resolution=4),
    GazRecord(11, 11, "Swinoa", 53.91, 14.25, "PLX", "PPL", 40_000, resolution=4),
    GazRecord(12, 12, "Łeba", 54.76, 17.56, "PLX", "PPL", 4_000, resolution=4),
    GazRecord(13, 13, "Władysławo", 54.79, 18.40, "PLX", "PPL", 10_000, resolution=4),
    GazRecord(14, 14, "Portugala", 39.5, -8.0, "PTX", "PCLI", 10_000_000, resolution=1),
    GazRecord(15, 15, "Mertola", 37.64, -7.66, "PTX", "PPL", 7_000, resolution=4),
    GazRecord(16, 16, "Marvana", 39.39, -7.38, "PTX", "PPL", 3_000, resolution=4),
    GazRecord(17, 17, "Italica", 42.8, 12.8, "ITX", "PCLI", 59_000_000, resolution=1),
    GazRecord(18, 18, "Olbya", 40.92, 9.50, "ITX", "PPL", 60_000, resolution=4),
    GazRecord(19, 19, "Helena", 40.5, -75.0, "USX", "PPL", 2_000, resolution=4),
    GazRecord(20, 20, "Clarenca", 40.6, -75.1, "USX", "PPL", 3_000, resolution=4),
    GazRecord(21, 21, "Unitia", 39.76, -98.5, "USX", "PCLI", 330_000_000, resolution=1),
    GazRecord(22, 22, "Cira", 46.0, -0.9, "FRX", "PPL", 1_000, resolution=4),
    GazRecord(23, 23, "Francia", 46.0, 2.0, "FRX", "PCLI", 67_000_000, resolution=1),
    GazRecord(24, 24, "Kyota", 35.01, 135.77, "JPX", "PPL", 1_400_000, resolution=4),
    GazRecord(25, None, "Giona", 35.0, 135.78, "JPX", "PPLX", 10_000, resolution=5),
    GazRecord(26, 26, "Giona", 34.43, 132.47, "JPX", "PPL", 68_000, resolution=4),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


# --- weaker slots, confirmed by the story's country ---------------------------------------------------------------

def test_past_and_to_in_a_journey(parser: GeoParser) -> None:
    got = _read(parser, "Ferries leave Splitta in Croatica at dawn. Buses run south past Makarsa to Dubrava daily.")
    assert got["Makarsa"].country_code == "HRX" and got["Dubrava"].country_code == "HRX"


def test_on_an_island_and_the_next_in_its_list(parser: GeoParser) -> None:
    got = _read(parser, "Grecia will charge cruise passengers a fee to land on Naxa and Mykona from July.")
    assert got["Naxa"].country_code == "GRX" and got["Mykona"].country_code == "GRX"


def test_a_weak_slot_needs_the_storys_country(parser: GeoParser) -> None:
    # (guard: the only other place is in another country: "to Dubrava" may be a person or a firm)
    assert "Dubrava" not in _read(parser, "Officials in Grecia said the contract was awarded to Dubrava last week.")


def test_a_name_seen_after_a_first_name_is_a_person(parser: GeoParser) -> None:
    # (guard: "Ana Makarsa" elsewhere in the story makes the name a person's)
    got = _read(parser, "Hotels in Croatica are full. Ana Makarsa runs one. Guests wrote to Makarsa in May.")
    assert "Makarsa" not in got


def test_according_to_is_no_slot(parser: GeoParser) -> None:
    assert "Dubrava" not in _read(parser, "Prices rose in Croatica. According to Dubrava, hotels are full.")


def test_a_departure_for_a_town(parser: GeoParser) -> None:
    got = _read(parser, "The night train from Splitta in Croatica splits for Makarsa at dawn.")
    assert got["Makarsa"].country_code == "HRX"
    # (guard: "for" after another word governs a person or a cause)
    assert "Makarsa" not in _read(parser, "The night train from Splitta in Croatica was named for Makarsa.")


def test_the_ruins_of_a_town(parser: GeoParser) -> None:
    got = _read(parser, "Tourists in Croatica flock to the coast, and the ruins of Makarsa draw crowds.")
    assert got["Makarsa"].country_code == "HRX"


def test_the_deaths_of_people_named_like_towns(parser: GeoParser) -> None:
    # (guard: a word for what happens to a person or whom a person has, before "of")
    assert "Helena" not in _read(parser, "Police in Unitia are investigating the death of Helena last week.")
    assert "Helena" not in _read(parser, "Police in Unitia spoke to the wife of Helena on Monday.")
    # (the same name after a noun for a place's parts is the town)
    assert "Helena" in _read(parser, "Police in Unitia closed the streets of Helena on Monday.")


def test_an_acronym_in_a_slot_is_no_town(parser: GeoParser) -> None:
    assert "CIRA" not in _read(parser, "In Francia, an epidemiologist of the CIRA said cases rose.")


# --- lists --------------------------------------------------------------------------------------------------------

def test_a_town_listed_beside_a_big_city(parser: GeoParser) -> None:
    got = _read(parser, "Polska is expanding ports. Szczecina and Swinoa on the border are building terminals.")
    assert got["Swinoa"].country_code == "PLX"


def test_a_list_after_a_marked_capital(parser: GeoParser) -> None:
    got = _read(parser, "Wind farms in Polska are planned north of Łeba and Władysławo, officials said.")
    assert got["Władysławo"].country_code == "PLX"


def test_villages_such_as_opening_a_sentence(parser: GeoParser) -> None:
    got = _read(parser, "The young left Portugala. Villages such as Mertola and Marvana now depend on tourism.")
    assert got["Mertola"].country_code == "PTX" and got["Marvana"].country_code == "PTX"


def test_residents_of_opening_a_sentence(parser: GeoParser) -> None:
    got = _read(parser, "Crowds fill Grecia's islands. Residents of Oya have complained about the noise.")
    assert got["Oya"].country_code == "GRX"


def test_a_towns_airport(parser: GeoParser) -> None:
    got = _read(parser, "Hotels in Italica use their own water. Olbya airport expects a record year.")
    assert got["Olbya"].country_code == "ITX"
    # (guard: the same name before a verb is no place)
    assert "Olbya" not in _read(parser, "Hotels in Italica use their own water. Olbya expects a record year.")


def test_a_curated_quarter_is_the_reading_near_the_story(parser: GeoParser) -> None:
    got = _read(parser, "Crowds in Kyota grew. Police closed the lanes of Giona to photographers.")
    assert (got["Giona"].lat, got["Giona"].lon) == (35.0, 135.78)


def test_a_compound_adjective_before_a_type_word_is_no_name(parser: GeoParser) -> None:
    # (inbox: "Visitors should avoid the Russian-occupied regions of Abkhazia" was a place seated in the story)
    got = _read(parser, "Ferries leave Splitta in Croatica. Visitors avoid the Ruthenian-occupied regions, officials say.")
    assert "Ruthenian-occupied" not in got
    # (guard: a hyphenated name of two capitalised parts stays a typed name)
    got = _read(parser, "Ferries leave Splitta in Croatica. Floods hit the Kiva-Lenga district on Monday.")
    assert "Kiva-Lenga" in got
