"""Recognition of well-known places written with no place word before them (W16, session 10): wire copy names
famous cities bare ("A railway links Mecca with Medina", "Venice in Italy began a charge", "DUBROVNIK - Dubrovnik
will allow fewer ships", "Bayern Munich ... Munich will face"). A big city's other name counts in a story of its
country; a town counts before "in <its country>"; the dateline's place is the same place when the body repeats it
in normal case; a place name before a city is no first name. Invented names on a small in-memory gazetteer; each
rule has a guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import find_mentions
from newsevents.records import Article

from geo_spans import full_stop_sentences
from geo_spans import read_places as _read

RECORDS = [
    GazRecord(1, 1, "Saudya", 24.0, 45.0, "SAX", "PCLI", 35_000_000, resolution=1),
    GazRecord(2, 2, "Makkala", 21.42, 39.83, "SAX", "PPL", 1_578_000, resolution=4),
    GazRecord(3, 3, "Madinala", 24.47, 39.61, "SAX", "PPL", 1_300_000, resolution=4),
    # (small namesakes abroad: these give the other names their place in the automaton, as in the real gazetteer)
    GazRecord(4, 4, "Mekka", 39.0, -84.0, "USX", "PPL", 8_000, resolution=4),
    GazRecord(5, 5, "Medena", 41.1, -81.9, "USX", "PPL", 26_000, resolution=4),
    GazRecord(6, 6, "Unitia", 39.8, -98.6, "USX", "PCLI", 330_000_000, resolution=1),
    GazRecord(7, 7, "Italya", 42.8, 12.8, "ITX", "PCLI", 60_000_000, resolution=1),
    GazRecord(8, 8, "Venize", 45.44, 12.33, "ITX", "PPL", 51_000, resolution=4),
    GazRecord(9, 9, "Croatya", 45.1, 15.2, "HRX", "PCLI", 4_000_000, resolution=1),
    GazRecord(10, 10, "Dubrova", 42.65, 18.09, "HRX", "PPL", 27_000, resolution=4),
    GazRecord(11, 11, "Hamlo", 45.0, 13.0, "ITX", "PPL", 900, resolution=4),
    GazRecord(12, 12, "Germania", 51.0, 10.0, "DEX", "PCLI", 83_000_000, resolution=1),
    GazRecord(13, 13, "Bayerna", 48.8, 11.5, "DEX", "ADM1", 13_000_000, resolution=2),
    GazRecord(14, 14, "Munika", 48.14, 11.58, "DEX", "PPL", 500_000, resolution=4),
    GazRecord(15, 15, "Tampo", 27.95, -82.46, "USX", "PPL", 400_000, resolution=4),
    GazRecord(16, 16, "Jiddah", 21.54, 39.17, "SAX", "PPL", 3_400_000, resolution=4),
    GazRecord(17, 17, "Sudana", 15.0, 30.0, "SDX", "PCLI", 45_000_000, resolution=1),
    GazRecord(18, 18, "Kordofa", 11.0, 30.0, "SDX", "ADM1", 1_400_000, resolution=2),
    GazRecord(19, 19, "Kadugla", 11.01, 29.72, "SDX", "PPL", 87_000, admin1="Kordofa", admin1_id=18, resolution=4),
    GazRecord(20, 20, "Dillina", 12.05, 29.65, "SDX", "PPL", 60_000, admin1="Kordofa", admin1_id=18, resolution=4),
    GazRecord(21, 21, "Egypta", 26.8, 30.8, "EGX", "PCLI", 100_000_000, resolution=1),
    GazRecord(22, 22, "Marsena", 35.88, 14.49, "MTX", "ADM1", 5_000, resolution=2),  # (a local council)
    GazRecord(23, 23, "Marsena Matruk", 31.35, 27.24, "EGX", "PPL", 176_000, resolution=4),
]
NAMES = {2: [("Mekka", KIND_ALTERNATE)], 3: [("Medena", KIND_ALTERNATE)]}


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


def _all(gp: GeoParser, text: str) -> list[tuple[str, int, str | None]]:
    """(mention, start, country) of every place found, in text order (repeats kept)."""
    return [(p.text, p.start, p.country_code) for p in gp.places(Article("a", text), full_stop_sentences(text), [],
                                                                  set())]


# --- a big city's other name in a story of its country --------------------------------------------------------------

def test_big_city_other_name_in_its_country_story(parser: GeoParser) -> None:
    got = _read(parser, "Pilgrims are arriving in Saudya for the hajj. A new railway links Mekka with Medena, "
                        "officials said.")
    assert got["Mekka"].country_code == "SAX" and got["Medena"].country_code == "SAX"


def test_big_city_other_name_near_another_big_city(parser: GeoParser) -> None:
    # (a story that names another big city of the country: the suburb rule finds nothing, the city's name still counts)
    got = _read(parser, "Pilgrims are arriving in Jiddah for the hajj. A new railway links Jiddah with Medena, "
                        "officials said.")
    assert got["Medena"].country_code == "SAX"


def test_big_city_other_name_needs_its_country_in_the_story(parser: GeoParser) -> None:
    # (guard: with no place of that country in the story, the name may be the small namesake, a person or a word)
    got = _read(parser, "A new railway links Mekka with Medena, officials said.")
    assert "Mekka" not in got and "Medena" not in got


def test_big_city_other_name_not_part_of_a_longer_name(parser: GeoParser) -> None:
    # (guard: "Mekka Holdings" is a firm, even in a story of the city's country)
    got = _read(parser, "Pilgrims are arriving in Saudya for the hajj. Mekka Holdings said profits rose.")
    assert "Mekka" not in got


def test_big_city_other_name_used_as_a_first_name_is_not_taken(parser: GeoParser) -> None:
    # (guard: a city's other name that is also a first name, written before a surname somewhere in the story)
    got = _read(parser, "Pilgrims are arriving in Saudya for the hajj. Mekka Alharbi, a guide, met them. "
                        "Mekka said the buses were late.")
    assert "Mekka" not in got


# --- "X in <its country>" -------------------------------------------------------------------------------------------

def test_town_before_in_its_country(parser: GeoParser) -> None:
    got = _read(parser, "Venize in Italya began charging day-trippers this spring, and other cities may follow.")
    assert got["Venize"].country_code == "ITX"


def test_town_before_in_another_country_is_not_taken(parser: GeoParser) -> None:
    # (guard: the country after "in" must hold a town of the name)
    got = _read(parser, "Dubrova in Italya began charging day-trippers this spring.")
    assert "Dubrova" not in got


def test_hamlet_before_in_its_country_is_not_taken(parser: GeoParser) -> None:
    # (guard: a country is too coarse to vouch for a hamlet's name, which is a word or a person as often)
    got = _read(parser, "Hamlo in Italya began charging day-trippers this spring.")
    assert "Hamlo" not in got


def test_towns_listed_before_in_their_area(parser: GeoParser) -> None:
    got = _read(parser, "Aid agencies warned that Kadugla and Dillina in Kordofa were cut off by the fighting.")
    assert got["Kadugla"].country_code == "SDX" and got["Dillina"].country_code == "SDX"


def test_list_before_another_area_does_not_place_the_town(parser: GeoParser) -> None:
    # (guard: the area after the list must hold the town)
    got = _read(parser, "Aid agencies warned that Dubrova and Dillina in Kordofa were cut off by the fighting.")
    assert "Dubrova" not in got


# --- the dateline's place repeated in the body ----------------------------------------------------------------------

def test_dateline_name_repeated_in_body(parser: GeoParser) -> None:
    text = "DUBROVA, Croatya (Reuters) - Dubrova will allow fewer cruise ships next year, the mayor said."
    got = _all(parser, text)
    assert ("Dubrova", text.index("Dubrova will"), "HRX") in got


def test_dateline_name_before_a_capitalised_word_is_not_repeated(parser: GeoParser) -> None:
    # (guard: "Dubrova Holdings" is a firm's name)
    text = "DUBROVA, Croatya (Reuters) - Dubrova Holdings will buy two cruise ships, the firm said."
    got = _all(parser, text)
    assert not any(start == text.index("Dubrova Holdings") for _, start, _ in got)


# --- a place before a city's name is no first name ------------------------------------------------------------------

def test_place_before_city_is_no_first_name() -> None:
    gaz = InMemoryGazetteer(RECORDS, NAMES)
    gp = GeoParser(gaz, WEIGHTS, ner_plus_gazetteer=False)
    text = "Bayerna Munika beat the holders 3-1 on Wednesday. Munika will face Leeda in the next round."
    got = [m.text for m in find_mentions(text, full_stop_sentences(text), [], set(), gp.automaton)]
    assert got.count("Munika") == 2


def test_first_name_before_city_still_marks_a_surname() -> None:
    # (guard: "Johan Munika" is a person, so the bare name is the person too)
    gaz = InMemoryGazetteer(RECORDS, NAMES)
    gp = GeoParser(gaz, WEIGHTS, ner_plus_gazetteer=False)
    text = "Johan Munika scored twice on Wednesday. Munika will face Leeda in the next round."
    got = [m.text for m in find_mentions(text, full_stop_sentences(text), [], set(), gp.automaton)]
    assert "Munika" not in got


def test_city_before_city_still_leads_a_longer_name() -> None:
    # (guard: only a country's or a first-level area's name is sure to be no first name; "the airport at Tampa
    # Padang" is one name, and the town's bare name stays a surname's reading)
    gaz = InMemoryGazetteer(RECORDS, NAMES)
    gp = GeoParser(gaz, WEIGHTS, ner_plus_gazetteer=False)
    text = "Flights to Tampo Munika were cancelled on Wednesday. Munika will face Leeda in the next round."
    got = [m.text for m in find_mentions(text, full_stop_sentences(text), [], set(), gp.automaton)]
    assert got.count("Munika") <= 1


def test_club_head_is_no_first_name() -> None:
    gaz = InMemoryGazetteer(RECORDS, NAMES)
    gp = GeoParser(gaz, WEIGHTS, ner_plus_gazetteer=False)
    text = "Inter Munika lost 2-0 on Wednesday. Munika will face Leeda in the next round."
    got = [m.text for m in find_mentions(text, full_stop_sentences(text), [], set(), gp.automaton)]
    assert got.count("Munika") == 2


# --- a name taken in part runs on into another spelling of a longer name --------------------------------------------

def test_partial_name_runs_on_into_another_spelling(parser: GeoParser) -> None:
    got = _read(parser, "Trains will run from Egypta's capital to Marsena Matrouk on the coast, officials said.")
    assert "Marsena" not in got and got["Marsena Matrouk"].country_code == "EGX"


def test_partial_name_before_an_unrelated_capital_stays(parser: GeoParser) -> None:
    # (guard: the run must be a name the gazetteer holds in another spelling)
    got = _read(parser, "Tourists in Marsena Thoumas said the ferries were late.")
    assert "Marsena" in got

