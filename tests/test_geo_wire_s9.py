"""Recognition on international wire news (W11, session 9): a generic head before "of" and another name is the
head of a longer name ("the Gulf of Uraba", "the Bay of Fires"), never a place of its own; "a World Heritage village"
describes, it names nothing; a small town that opens a sentence before a verb ("Napira will host the first test")
or is listed beside a town the story placed by a slot ("around Adra and Farcha") counts on the story's evidence as
a weaker slot does. Invented names on a small in-memory gazetteer; each rule has a guard."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer

from geo_spans import read_places as _read

RECORDS = [
    GazRecord(1, 1, "Kolombia", 4.0, -73.0, "COX", "PCLI", 50_000_000, resolution=1),
    GazRecord(2, 2, "Necocla", 8.42, -76.78, "COX", "PPL", 40_000, resolution=4),
    GazRecord(3, 3, "Gulf", 26.0, 52.0, None, "GULF", 0, resolution=2),
    GazRecord(4, 4, "Bay", 2.5, 43.5, "SOX", "ADM1", 800_000, resolution=2),
    GazRecord(5, 5, "Tasmana", -42.0, 146.6, "AUX", "ADM1", 500_000, resolution=2),
    GazRecord(6, 6, "Australa", -25.0, 134.0, "AUX", "PCLI", 26_000_000, resolution=1),
    GazRecord(7, 7, "Japona", 36.0, 138.0, "JPX", "PCLI", 125_000_000, resolution=1),
    GazRecord(8, 8, "Gifa", 35.8, 136.9, "JPX", "ADM1", 2_000_000, resolution=2),
    GazRecord(9, 9, "Zelandia", -41.5, 172.8, "NZX", "PCLI", 5_000_000, resolution=1),
    GazRecord(10, 10, "Wellingta", -41.29, 174.78, "NZX", "PPLC", 200_000, resolution=4),
    GazRecord(11, 11, "Napira", -39.49, 176.91, "NZX", "PPL", 60_000, resolution=4),
    GazRecord(12, 12, "Chada", 15.0, 19.0, "TDX", "PCLI", 17_000_000, resolution=1),
    GazRecord(13, 13, "Adra", 13.47, 22.20, "TDX", "PPL", 20_000, resolution=4),
    GazRecord(14, 14, "Farcha", 13.55, 21.33, "TDX", "PPL", 5_000, resolution=4),
    GazRecord(15, 15, "Helena", 40.5, -75.0, "USX", "PPL", 2_000, resolution=4),
    GazRecord(16, 16, "Unitia", 39.76, -98.5, "USX", "PCLI", 330_000_000, resolution=1),
    GazRecord(17, 17, "Bostona", 42.36, -71.06, "USX", "PPL", 600_000, resolution=4),
    GazRecord(18, 18, "Ouadaia", 13.5, 21.0, "TDX", "ADM1", 700_000, resolution=2),
    GazRecord(19, 19, "Scotia", 56.8, -4.2, "GBX", "ADM1", 5_000_000, resolution=2),
    GazRecord(20, 20, "Frasera", 57.69, -2.01, "GBX", "PPL", 12_000, resolution=4),
    GazRecord(21, 21, "Wales", 52.3, -3.7, "GBX", "ADM1", 3_000_000, resolution=2),
    GazRecord(22, 22, "Newporta", 51.58, -3.0, "GBX", "PPL", 150_000, resolution=4),
    GazRecord(23, 23, "Newporta", 41.49, -71.31, "USX", "PPL", 25_000, resolution=4),
    GazRecord(24, 24, "Rhoda", 41.7, -71.5, "USX", "ADM1", 1_000_000, resolution=2),
    GazRecord(25, 25, "Isle of Wighta", 50.69, -1.3, "GBX", "ADM2", 140_000, resolution=3),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


# --- a generic head is no place of its own -------------------------------------------------------------------------

def test_gulf_of_a_name_is_not_the_gulf(parser: GeoParser) -> None:
    got = _read(parser, "NECOCLA, Kolombia (AP) - Migrants cross the Gulf of Uraba by boat every morning.")
    assert "Gulf" not in got and "Kolombia" in got


def test_bay_of_a_name_is_not_a_region_called_bay(parser: GeoParser) -> None:
    got = _read(parser, "Campers at the Bay of Fires in northeast Tasmana were moved on Tuesday.")
    assert "Bay" not in got and "Tasmana" in got


def test_the_gulf_alone_is_still_read(parser: GeoParser) -> None:
    # (guard: "the Gulf" with no "of" after it keeps its reading)
    assert "Gulf" in _read(parser, "Tankers waited in the Gulf on Monday, officials in Kolombia said.")


# --- a description is no name -------------------------------------------------------------------------------------

def test_a_world_heritage_village_names_nothing(parser: GeoParser) -> None:
    got = _read(parser, "Tourists crowd Shirakawa-go, a World Heritage village in Gifa, every winter.")
    assert "World Heritage" not in got and "Gifa" in got


def test_the_named_village_is_still_typed(parser: GeoParser) -> None:
    # (guard: a name typed by a following "village" with no article before it stays a place)
    got = _read(parser, "Floods cut off Kumbara village in Gifa, Japona, on Monday.")
    assert "Kumbara" in got


# --- a small town opening a sentence, and a list beside a slotted town ---------------------------------------------

def test_a_town_opening_a_sentence_before_a_verb(parser: GeoParser) -> None:
    got = _read(parser, "WELLINGTA, Zelandia (AP) - Two tests are set for next month. Napira will host the first.")
    assert got["Napira"].country_code == "NZX"


def test_a_sentence_opening_name_seen_after_a_first_name_is_a_person(parser: GeoParser) -> None:
    # (guard: "Tom Napira ... Napira will" is a person's surname)
    got = _read(parser, "WELLINGTA, Zelandia (AP) - Coach Tom Napira picked his side. Napira will name it today.")
    assert "Napira" not in got


def test_a_sentence_opening_name_before_said_is_a_person(parser: GeoParser) -> None:
    got = _read(parser, "WELLINGTA, Zelandia (AP) - The squad flew home. Napira said the tour had gone well.")
    assert "Napira" not in got


def test_a_town_listed_after_a_town_in_a_strong_slot(parser: GeoParser) -> None:
    got = _read(parser, "Aid groups in Chada said camps around Adra and Farcha were full.")
    assert got["Adra"].country_code == "TDX" and got["Farcha"].country_code == "TDX"


def test_a_list_of_people_after_a_slotted_town_in_another_country(parser: GeoParser) -> None:
    # (guard: the listed name is a town only far away in another country)
    got = _read(parser, "Relief workers in Bostona, Unitia, thanked Adra and Helena for the donation.")
    assert "Helena" not in got or got["Helena"].country_code == "USX"


# --- event location: joint drills of two countries -----------------------------------------------------------------

def test_joint_drills_of_two_countries_are_on_neither_ground() -> None:
    from newsevents.geo.locate import event_location
    from newsevents.records import Article
    from newsevents.segment import split_sentences
    from story_parts import dateline, trigger
    demonym = {"Philippine": "PHL", "Japanese": "JPN", "Iranian": "IRN"}.get
    text = ("MANILA (Wire) - Philippine and Japanese forces are due to hold joint naval exercises in the area "
            "from Oct. 12 to 16.")
    s = split_sentences(text)[0]
    loc = event_location(Article("a", text), s, trigger(text, "hold"), [], dateline=dateline("MANILA"),
                         demonym=demonym)  # type: ignore[arg-type]
    assert loc is None or loc.country_code != "JPN"
    # (guard: one country's forces holding drills stage them at home)
    text = "DUBAI (Wire) - Iranian forces held naval exercises on Monday, state media said."
    s = split_sentences(text)[0]
    loc = event_location(Article("a", text), s, trigger(text, "held"), [], dateline=dateline("DUBAI"),
                         demonym=demonym)  # type: ignore[arg-type]
    assert loc is not None and loc.country_code == "IRN"


def test_a_town_placed_in_a_province_of_the_story(parser: GeoParser) -> None:
    got = _read(parser, "Storms hit Chada on Monday. Floods also hit Farcha in the province of Adra, officials said.")
    assert got["Farcha"].country_code == "TDX"



def test_a_town_off_which_wind_farms_lie(parser: GeoParser) -> None:
    got = _read(parser, "Wind energy projects off Frasera were approved in Scotia on Monday.")
    assert got["Frasera"].country_code == "GBX"


def test_fended_off_is_no_place(parser: GeoParser) -> None:
    # (guard: "off" after a verb of fighting governs an opponent)
    assert "Frasera" not in _read(parser, "In Scotia on Monday, the champion fended off Frasera in five sets.")


def test_an_island_named_with_of_after_on(parser: GeoParser) -> None:
    got = _read(parser, "Ferries from Scotia sailed for months on the Isle of Wighta and back.")
    assert got["Isle of Wighta"].country_code == "GBX"


def test_bare_repeats_keep_the_datelines_sense_not_a_qualified_ones(parser: GeoParser) -> None:
    got = _read(parser, "NEWPORTA, Wales (AP) - Emails asked about the mansions of Newporta, Rhoda. "
                        "The council offered free crossings for residents of Newporta.")
    text_last = [p for p in got.values()]
    assert got["Newporta"].country_code == "GBX", text_last
