"""Toponym recognition on wire news (W21, session 12).

- A journey's start or end ("Flights to Darwin and Bali were cancelled", "ships arriving from Sur", "trucks bound
  for Mobile"): a stoplisted name (a common word or a surname the automaton leaves out) written there is the town of
  the name in a country the story's other places are in, when the town has COUNTRY_TOWN people or more; other
  occurrences of it are the same town. Guards: days and months ("moved to Sunday"), words that send things to people
  and bodies ("sent to Congress", "links to Jackson"), a name the story gives a person ("Charles Darwin"), a longer
  capitalised name ("to Darwin Harbour"), a town in no country of the story, a hamlet.
- An armed group's taking or entering is a capture ("M23 rebels took Goma", "troops entered Kherson", "took control
  of Bukavu"), also where spaCy calls the town a person; "took Jackson to lunch" is not.
- "northeast to Pibor": a compound compass point before "to" is a move's direction like "north to".

The stoplist is the shipped one; the towns are on a small in-memory gazetteer (real names of the stoplist, invented
countries and figures)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import Mention, locative_context, travel_mentions
from newsevents.records import Article

from geo_spans import ent, full_stop_sentences, read_places as _read

RECORDS = [
    GazRecord(1, 1, "Austra", -25.0, 134.0, "AUX", "PCLI", 26_000_000, resolution=1),
    GazRecord(2, 2, "Sidnea", -33.87, 151.21, "AUX", "PPL", 5_000_000, resolution=4),
    GazRecord(3, 3, "Darwin", -12.46, 130.84, "AUX", "PPL", 140_000, resolution=4),
    GazRecord(4, 4, "Balia", -8.34, 115.09, "IDX", "ADM1", 4_300_000, resolution=2),
    GazRecord(5, 5, "Omana", 21.0, 57.0, "OMX", "PCLI", 4_500_000, resolution=1),
    GazRecord(6, 6, "Muscata", 23.59, 58.41, "OMX", "PPL", 800_000, resolution=4),
    GazRecord(7, 7, "Sur", 22.57, 59.53, "OMX", "PPL", 71_000, resolution=4),
    GazRecord(8, 8, "Francia", 46.0, 2.0, "FRX", "PCLI", 67_000_000, resolution=1),
    GazRecord(9, 9, "Parisa", 48.86, 2.35, "FRX", "PPL", 2_100_000, resolution=4),
    GazRecord(10, 10, "Nice", 43.70, 7.27, "FRX", "PPL", 340_000, resolution=4),
    GazRecord(11, 11, "Unitia", 39.8, -98.6, "USX", "PCLI", 330_000_000, resolution=1),
    GazRecord(12, 12, "Houstona", 29.76, -95.37, "USX", "PPL", 2_300_000, resolution=4),
    GazRecord(13, 13, "Mobile", 30.69, -88.04, "USX", "PPL", 183_000, resolution=4),
    GazRecord(14, 14, "Jackson", 32.30, -90.18, "USX", "PPL", 154_000, resolution=4),
    GazRecord(15, 15, "Congress", 34.16, -112.85, "USX", "PPL", 2_000, resolution=4),
    GazRecord(16, 16, "Sunday", 30.0, -90.0, "USX", "PPL", 25_000, resolution=4),
    GazRecord(17, 17, "Britannia", 54.0, -2.0, "GBX", "PCLI", 67_000_000, resolution=1),
    GazRecord(18, 18, "Londra", 51.51, -0.13, "GBX", "PPL", 8_900_000, resolution=4),
    GazRecord(19, 19, "Reading", 51.45, -0.97, "GBX", "PPL", 318_000, resolution=4),
    GazRecord(20, 20, "Lincoln", 53.23, -0.54, "GBX", "PPL", 9_000, resolution=4),
    GazRecord(21, 21, "Congoa", -2.9, 23.6, "CDX", "PCLI", 100_000_000, resolution=1),
    GazRecord(22, 22, "Kinsha", -4.32, 15.31, "CDX", "PPL", 11_000_000, resolution=4),
    GazRecord(23, 23, "Gomba", -1.68, 29.22, "CDX", "PPL", 670_000, resolution=4),
    GazRecord(24, 24, "Bukava", -2.51, 28.86, "CDX", "PPL", 870_000, resolution=4),
    GazRecord(25, 25, "Sudana", 7.0, 30.0, "SSX", "PCLI", 11_000_000, resolution=1),
    GazRecord(26, 26, "Jubba", 4.85, 31.58, "SSX", "PPL", 400_000, resolution=4),
    GazRecord(27, 27, "Pibora", 6.80, 33.13, "SSX", "PPL", 3_000, resolution=4),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


@pytest.fixture(scope="module")
def ner_parser() -> GeoParser:
    """As the pipeline runs with spaCy: gazetteer names count in parsed sentences too."""
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS)


# --- a journey's start or end -----------------------------------------------------------------------------------

def test_flights_to_a_stoplisted_town_and_the_next_in_its_list(parser: GeoParser) -> None:
    got = _read(parser, "SIDNEA (Reuters) - Flights to Darwin and Balia were cancelled on Monday.")
    assert got["Darwin"].geonameid == 3 and got["Balia"].geonameid == 4


def test_a_stoplisted_town_listed_after_a_found_place_and_its_repeat(parser: GeoParser) -> None:
    text = "SIDNEA (Reuters) - Flights to Balia and Darwin were cancelled. Darwin airport stayed shut on Tuesday."
    places = [p for p in parser.places(Article("a", text), full_stop_sentences(text), [], set()) if p.text == "Darwin"]
    assert len(places) == 2 and all(p.geonameid == 3 for p in places)


def test_ships_arriving_from_a_town(parser: GeoParser) -> None:
    got = _read(parser, "MUSCATA (Reuters) - Ships arriving from Sur were held at anchor as the storm approached.")
    assert got["Sur"].geonameid == 7


def test_flew_to_and_bound_for(parser: GeoParser) -> None:
    assert _read(parser, "PARISA (AFP) - The minister flew to Nice on Friday for talks.")["Nice"].geonameid == 10
    got = _read(parser, "HOUSTONA (Reuters) - Trucks bound for Mobile were stuck on the highway in Unitia.")
    assert got["Mobile"].geonameid == 13


def test_a_sentence_opening_travel_word(parser: GeoParser) -> None:
    got = _read(parser, "LONDRA (Reuters) - Trains from Reading to Londra were cancelled.")
    assert got["Reading"].geonameid == 19


def test_a_day_is_no_destination(parser: GeoParser) -> None:
    # (guard: "Sunday" is a town of the story's country in this gazetteer)
    got = _read(parser, "HOUSTONA (Reuters) - Flights were moved to Sunday. Passengers flying to Sunday were told.")
    assert "Sunday" not in got


def test_words_that_send_things_to_bodies_and_people(parser: GeoParser) -> None:
    got = _read(parser, "HOUSTONA (Reuters) - The bill was sent to Congress and its links to Jackson were studied.")
    assert "Congress" not in got and "Jackson" not in got


def test_a_name_the_story_gives_a_person(parser: GeoParser) -> None:
    got = _read(parser, "SIDNEA (Reuters) - Students travelled to Darwin last week. Charles Darwin wrote the book.")
    assert "Darwin" not in got


def test_a_town_in_no_country_of_the_story(parser: GeoParser) -> None:
    # (guard: the story names only Britannia; "Nice" would be a town of Francia)
    assert "Nice" not in _read(parser, "LONDRA (Reuters) - Flights to Nice were cancelled on Monday.")


def test_a_hamlet_is_not_taken(parser: GeoParser) -> None:
    # (guard: this gazetteer's Lincoln has 9,000 people: too small to vouch for a surname)
    assert "Lincoln" not in _read(parser, "LONDRA (Reuters) - Passengers travelling to Lincoln were delayed.")


def test_travel_mentions_odd_input() -> None:
    names = frozenset({"Darwin", "Sunday"})
    assert travel_mentions("", [], names) == []
    assert travel_mentions("Flights to", [], names) == []
    assert travel_mentions("flights to darwin", [], names) == []
    # (the whole capitalised run must be the stoplisted name)
    assert travel_mentions("Ships sailed to Darwin Harbour.", [], names) == []
    taken = [Mention(11, 17, "Darwin", "gaz")]
    assert travel_mentions("Flights to Darwin, then on.", taken, names) == []
    got = travel_mentions("Flights to Darwin, then on.", [], names)
    assert [(m.start, m.end, m.source) for m in got] == [(11, 17, "travel")]


# --- an armed group's taking --------------------------------------------------------------------------------------

def test_rebels_took_a_town_spacy_calls_a_person(ner_parser: GeoParser) -> None:
    text = "KINSHA (Reuters) - M23 rebels took Gomba on Tuesday after days of fighting."
    got = _read(ner_parser, text, [ent(text, "Gomba", "PERSON")])
    assert got["Gomba"].geonameid == 23


def test_took_control_of_a_town(ner_parser: GeoParser) -> None:
    text = "KINSHA (Reuters) - The rebels took control of Bukava on Sunday."
    got = _read(ner_parser, text, [ent(text, "Bukava", "PERSON")])
    assert got["Bukava"].geonameid == 24


def test_took_a_person_somewhere_is_no_capture() -> None:
    text = "He took Jackson to lunch. The troops took Gomba. Fighters entered Bukava."
    assert not locative_context(text, 8, 15)
    i, j = text.index("Gomba"), text.index("Bukava")
    assert locative_context(text, i, i + 5) and locative_context(text, j, j + 6)


# --- compound compass points --------------------------------------------------------------------------------------

def test_northeast_to_a_town() -> None:
    text = "Aid workers drove from the capital, Jubba, northeast to Pibora."
    i = text.index("Pibora")
    assert locative_context(text, i, i + 6)


# --- an adverb inside a move --------------------------------------------------------------------------------------

def test_moved_back_to_a_place() -> None:
    text = "She has now moved back to Khayeli where her sister lives. He flew home to Jubba."
    i, j = text.index("Khayeli"), text.index("Jubba")
    assert locative_context(text, i, i + 7) and locative_context(text, j, j + 5)
    # (guard: no move before the adverb)
    assert not locative_context("He looked back to Khayeli.", 18, 25)


def test_a_place_spacy_finds_after_moved_back_to(ner_parser: GeoParser) -> None:
    # (the gazetteer lacks Khayeli: spaCy's place in a move's slot goes to the story's focus)
    text = "JUBBA (Reuters) - After the clinic closed, she moved back to Khayeli to live with her sister in Jubba."
    got = _read(ner_parser, text, [ent(text, "Khayeli", "GPE")])
    assert got["Khayeli"].geonameid == 26
