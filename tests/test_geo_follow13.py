"""Session-7 geo follow-up (G7b): a first sentence that opens after its dateline ("FRANKLIN, Tenn. - The Williamson
County school board"), stoplisted town names listed among the story's places ("from Jackson, Memphis and New
Orleans") or in a place's slot after "nearby", "sank off X", "across the border to X" (a state or a country, not the
city named like it), and natural features the gazetteer lacks seated only at a place their own sentence names.
Invented names on a small in-memory gazetteer (the stoplist is the package's: "Jackson", "Clinton" are on it);
each rule has a guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences

RECORDS = [
    GazRecord(1, 1, "Unitara", 39.0, -98.0, "USX", "PCLI", 300_000_000, resolution=1),
    GazRecord(2, 2, "Missa", 32.75, -89.75, "USX", "ADM1", 3_000_000, "Missa", 2, resolution=2),
    GazRecord(3, 3, "Tenna", 35.75, -86.25, "USX", "ADM1", 7_000_000, "Tenna", 3, resolution=2),
    GazRecord(4, 4, "Louisa", 31.0, -92.0, "USX", "ADM1", 4_600_000, "Louisa", 4, resolution=2),
    GazRecord(5, 5, "Jackson", 32.3, -90.18, "USX", "PPLA", 150_000, "Missa", 2, resolution=4),
    GazRecord(6, 6, "Jackson", 35.61, -88.81, "USX", "PPL", 67_000, "Tenna", 3, resolution=4),
    GazRecord(7, 7, "Memphia", 35.15, -90.05, "USX", "PPL", 630_000, "Tenna", 3, resolution=4),
    GazRecord(8, 8, "New Orlea", 29.95, -90.08, "USX", "PPL", 380_000, "Louisa", 4, resolution=4),
    GazRecord(9, 9, "Cantona", 32.61, -90.04, "USX", "PPL", 13_000, "Missa", 2, resolution=4),
    GazRecord(10, 10, "Madisa County", 32.52, -90.18, "USX", "ADM2", 110_000, "Missa", 2, resolution=3),
    GazRecord(11, 11, "Clinton", 32.34, -90.32, "USX", "PPL", 28_000, "Missa", 2, resolution=4),
    GazRecord(12, 12, "Franka", 35.93, -86.87, "USX", "PPL", 80_000, "Tenna", 3, resolution=4),
    GazRecord(13, 13, "Willam County", 35.92, -86.9, "USX", "ADM2", 250_000, "Tenna", 3, resolution=3),
    GazRecord(14, 14, "Hellasa", 39.0, 22.0, "GRX", "PCLI", 10_000_000, resolution=1),
    GazRecord(15, 15, "Pylosa", 36.91, 21.7, "GRX", "PPL", 2_300, resolution=4),
    GazRecord(16, 16, "Athena", 37.98, 23.73, "GRX", "PPLC", 3_000_000, resolution=4),
    GazRecord(17, 17, "Canadia", 60.0, -96.0, "CAX", "PCLI", 38_000_000, resolution=1),
    GazRecord(18, 18, "Quebeca", 49.0, -72.0, "CAX", "ADM1", 8_500_000, "Quebeca", 18, resolution=2),
    GazRecord(19, 19, "Quebeca", 46.81, -71.21, "CAX", "PPLA", 530_000, "Quebeca", 18, resolution=4),
    GazRecord(20, 20, "Gorhama", 44.39, -71.17, "USX", "PPL", 2_800, "Hampa", 21, resolution=4),
    GazRecord(21, 21, "Hampa", 43.67, -71.5, "USX", "ADM1", 1_300_000, "Hampa", 21, resolution=2),
    GazRecord(22, 22, "Mexica", 23.0, -102.0, "MXX", "PCLI", 126_000_000, resolution=1),
    GazRecord(23, 23, "Mexica", 19.35, -99.63, "MXX", "ADM1", 17_000_000, "Mexica", 23, resolution=2),
    GazRecord(24, 24, "Kinsha", -4.33, 15.31, "CDX", "PPLC", 15_000_000, resolution=4),
    GazRecord(25, 25, "Congolia", -2.88, 23.66, "CDX", "PCLI", 100_000_000, resolution=1),
    GazRecord(26, 26, "Shreveporta", 32.53, -93.75, "USX", "PPL", 180_000, "Louisa", 4, resolution=4),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS), WEIGHTS, ner_plus_gazetteer=False)


def _read(gp: GeoParser, text: str) -> dict[str, Place]:
    return {p.text: p for p in gp.places(Article("a", text), full_stop_sentences(text), [], set())}


# --- the first sentence after a dateline -----------------------------------------------------------------------

def test_a_name_after_the_opening_article_of_a_datelined_story_is_a_place(parser: GeoParser) -> None:
    got = _read(parser, "FRANKA, Tenna \u2014 The Willam County school board voted Monday to build a school.")
    assert got["Willam County"].lat == pytest.approx(35.92)


def test_an_agency_dateline_opens_the_sentence_too(parser: GeoParser) -> None:
    got = _read(parser, "FRANKA (AP) - The Willam County school board voted Monday to build a school.")
    assert "Willam County" in got


def test_a_capitalised_word_before_the_name_later_in_the_story_still_makes_it_a_longer_name(
        parser: GeoParser) -> None:
    # (guard: only the first sentence's opening word follows the dateline)
    got = _read(parser, "FRANKA, Tenna \u2014 The board met. Fans of Big Willam County cheered.")
    assert "Willam County" not in got


# --- stoplisted names listed among places, or after "nearby" ----------------------------------------------------

def test_a_stoplisted_name_listed_among_places_is_the_town_in_the_storys_area(parser: GeoParser) -> None:
    got = _read(parser, "CANTONA, Missa \u2014 The Madisa County flea market drew crowds. Shoppers came from "
                        "Jackson, Memphia and New Orlea.")
    assert got["Jackson"].lat == pytest.approx(32.3)  # Missa's Jackson, not Tenna's


def test_a_stoplisted_name_listed_with_no_namesake_in_the_storys_areas_stays_out(parser: GeoParser) -> None:
    # (guard: Clinton lies in Missa only; the story names Tenna and Louisa)
    got = _read(parser, "Visitors came from Clinton, Memphia and New Orlea for the fair.")
    assert "Clinton" not in got and "Memphia" in got


def test_a_stoplisted_name_after_in_nearby_is_a_place_of_the_storys_area(parser: GeoParser) -> None:
    got = _read(parser, "CANTONA, Missa \u2014 The Madisa County supervisors met. Officials in nearby Clinton "
                        "offered tanker trucks.")
    assert got["Clinton"].lat == pytest.approx(32.34)


def test_a_stoplisted_name_after_nearby_outside_the_storys_areas_stays_out(parser: GeoParser) -> None:
    got = _read(parser, "FRANKA, Tenna \u2014 Officials in nearby Clinton offered tanker trucks.")
    assert "Clinton" not in got


# --- "sank off X" -----------------------------------------------------------------------------------------------

def test_a_small_coastal_town_after_sank_off_is_a_place(parser: GeoParser) -> None:
    got = _read(parser, "ATHENA (Reuters) - Hundreds died when their boat sank off Pylosa in June.")
    assert got["Pylosa"].country_code == "GRX"


def test_off_after_other_verbs_is_no_place_slot(parser: GeoParser) -> None:
    # (guard: "fended off", "paid off" take people and debts)
    assert "Pylosa" not in _read(parser, "ATHENA (Reuters) - The champion fended off Pylosa in the final.")


# --- "from X to Y", "move to X" ---------------------------------------------------------------------------------------

def test_the_far_end_of_a_stretch_from_a_place_is_a_place(parser: GeoParser) -> None:
    got = _read(parser, "ATHENA (Reuters) - Hotels were booked from Athena to Pylosa for the festival.")
    assert got["Pylosa"].country_code == "GRX"


def test_a_stretch_from_a_month_is_no_place_slot(parser: GeoParser) -> None:
    # (guard: "from May to Pylosa" starts at a month)
    assert "Pylosa" not in _read(parser, "ATHENA (Reuters) - The champion lost from May to Pylosa.")


def test_move_to_is_a_place_slot(parser: GeoParser) -> None:
    got = _read(parser, "ATHENA (Reuters) - Older residents move to Pylosa in the summer.")
    assert got["Pylosa"].country_code == "GRX"


# --- across a border ------------------------------------------------------------------------------------------------

def test_across_the_border_to_a_name_shared_by_a_province_and_its_capital_is_the_province(
        parser: GeoParser) -> None:
    got = _read(parser, "Many residents of Gorhama, Hampa now drive across the border to Quebeca for work.")
    assert got["Quebeca"].lat == pytest.approx(49.0)


def test_a_trip_to_the_same_name_stays_the_city(parser: GeoParser) -> None:
    # (guard: with no border cue the area named like its main city means the city)
    got = _read(parser, "Many residents of Gorhama, Hampa now drive to Quebeca for work.")
    assert got["Quebeca"].lat == pytest.approx(46.81)


def test_across_the_border_a_country_stays_the_country(parser: GeoParser) -> None:
    got = _read(parser, "Migrants from Unitara crossed the border into Mexica on Sunday.")
    assert got["Mexica"].lat == pytest.approx(23.0)


# --- natural features the gazetteer lacks ---------------------------------------------------------------------------

def test_a_river_is_not_seated_at_a_city_another_sentence_names(parser: GeoParser) -> None:
    got = _read(parser, "KINSHA (Reuters) - Congolia confirmed an outbreak. Congolia has had many since the virus "
                        "was found in 1976 near the Ebola River.")
    assert "Ebola River" not in got


def test_a_river_is_seated_at_a_city_its_own_sentence_names(parser: GeoParser) -> None:
    # (guard: a city of the same sentence still seats it)
    got = _read(parser, "Floods hit Shreveporta on Monday. Crews in Shreveporta said the Red River would crest.")
    assert got["Red River"].lat == pytest.approx(32.53)


# --- the same on the built gazetteer (slow) -------------------------------------------------------------------------

REAL = [
    ("FRANKLIN, Tenn. \u2014 The Williamson County school board voted Monday to build two new schools.",
     "Williamson County", 35.92, -86.9),
    ("CANTON, Miss. \u2014 The Madison County flea market drew big crowds. Shoppers came from Jackson, Memphis and "
     "New Orleans.", "Jackson", 32.3, -90.18),
    ("BERLIN, N.H. \u2014 Many residents now drive to Gorham or across the border to Quebec for work.",
     "Quebec", 52.0, -72.0),
    ("ATHENS (Reuters) - Hundreds of migrants died when their boat sank off Pylos in June.", "Pylos", 36.91, 21.7),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL)
def test_real_gazetteer_follow_up(real_parser: GeoParser, text: str, name: str, lat: float, lon: float) -> None:
    got = [p for p in real_parser.places(Article("r", text), full_stop_sentences(text), [], set()) if p.text == name]
    assert got and all(p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.5
                       and abs(p.lon - lon) < 0.5 for p in got)
