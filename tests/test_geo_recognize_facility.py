"""Local places typed by the word that closes their name ("Fifth Avenue", "Glenrock Lagoon", "a Benghazi
hospital"): recognised end to end, placed in the story's nearest city as sub-city places, never at a country's
centre, and never moving an event's location away from its city."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_DEMONYM, GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import Mention, facility_mentions
from newsevents.records import Article, Sentence, Trigger

RECORDS = [
    GazRecord(1, 1, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 2, "New York City", 40.71, -74.01, "USA", "PPL", 8_000_000, "New York", 3, resolution=4),
    GazRecord(4, 4, "Australia", -25.0, 134.0, "AUS", "PCLI", 25_000_000, resolution=1),
    GazRecord(5, 5, "Newcastle", -32.93, 151.78, "AUS", "PPL", 300_000, "New South Wales", 6, resolution=4),
    GazRecord(7, 7, "Glenrock", 42.86, -105.87, "USA", "PPL", 2_500, "Wyoming", 8, resolution=4),
    GazRecord(9, 9, "Libya", 27.0, 17.0, "LBY", "PCLI", 6_700_000, resolution=1),
    GazRecord(10, 10, "Benghazi", 32.12, 20.07, "LBY", "PPL", 650_000, "Benghazi", 11, resolution=4),
    GazRecord(12, 12, "Bulgaria", 42.7, 25.5, "BGR", "PCLI", 7_000_000, resolution=1),
    GazRecord(13, 13, "Sofia", 42.7, 23.32, "BGR", "PPLC", 1_200_000, "Sofia", 14, resolution=4),
    GazRecord(15, 15, "United Kingdom", 54.0, -2.0, "GBR", "PCLI", 66_000_000, resolution=1),
    GazRecord(16, 16, "London", 51.5, -0.13, "GBR", "PPLC", 8_900_000, "England", 17, resolution=4),
    GazRecord(18, 18, "Leicester", 52.63, -1.13, "GBR", "PPL", 350_000, "England", 17, resolution=4),
    GazRecord(19, 19, "Italy", 42.8, 12.8, "ITA", "PCLI", 60_000_000, resolution=1),
]
NAMES = {15: [("British", KIND_DEMONYM)], 1: [("New York", 1)]}


def _parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=WEIGHTS)


def _places(text: str) -> dict[str, tuple[str | None, int | None]]:
    sents = [Sentence(0, 0, len(text), text)]
    return {p.text: (p.resolved_place, p.resolution) for p in _parser().places(Article("a", text), sents, [], set())}


def _names(text: str, found: list[Mention] | None = None) -> list[str]:
    return [m.text for m in facility_mentions(text, found or [], lambda n: n == "British")[0]]


def test_type_word_closes_a_local_name() -> None:
    text = ("Crowds filled Fifth Avenue near Seoul's Jamsil Stadium and the Dawson Creek bridge. The Royal Street "
            "parade passed British hospital staff on Monday Street.")
    # the owner before a possessive, a leading article, a demonym and a weekday are no part of a name
    assert _names(text) == ["Fifth Avenue", "Jamsil Stadium", "Dawson Creek bridge", "Royal Street"]


def test_institutions_and_untyped_names_are_left_alone() -> None:
    # a hospital or a park names an organisation or a company as often as a place
    assert _names("Doctors at St Mary's Hospital joined Hyde Park Capital and Oxford University.") == []


def test_local_name_swallows_a_town_read_from_part_of_it_but_not_a_spacy_place() -> None:
    text = "The Glenrock Lagoon walk"
    part = Mention(4, 12, "Glenrock", "gaz")
    got, gone = facility_mentions(text, [part], lambda n: False)
    assert [m.text for m in got] == ["Glenrock Lagoon"] and gone == [part]
    # spaCy's FAC span of the same place is taken over; its GPE spans stand
    assert _names("New York Avenue", [Mention(0, 15, "New York Avenue", "ner", "FAC")]) == ["New York Avenue"]
    assert _names("Paris Road", [Mention(0, 5, "Paris", "ner", "GPE")]) == []
    assert _names("Paris Road", [Mention(0, 5, "Paris", "gaz")]) == ["Paris Road"]


def test_local_place_goes_to_the_nearest_city_as_a_sub_city_place() -> None:
    got = _places("Police cleared protesters from Fifth Avenue in New York City on Tuesday.")
    assert got["Fifth Avenue"] == ("New York City", 5)
    assert got["New York City"] == ("New York City", 4)


def test_lagoon_named_after_a_foreign_town_stays_in_the_story() -> None:
    got = _places("Rain hit Newcastle overnight. Walkers on the shore of Glenrock Lagoon were rescued.")
    assert got["Glenrock Lagoon"] == ("Newcastle", 5)  # not Glenrock, Wyoming


def test_no_city_no_local_place() -> None:
    # a street is never put at a country's centre
    assert "Main Street" not in _places("Protesters gathered on Main Street, officials in Italy said.")


def test_lower_case_type_word_makes_the_name_a_modifier_place() -> None:
    got = _places("Gunmen attacked a Benghazi hospital, officials in Sofia said.")
    assert got["Benghazi hospital"] == ("Benghazi", 5)
    # with a capitalised type word the name is the street's own: London Road in Leicester is in Leicester
    got = _places("Shops on London Road were looted, police in Leicester said.")
    assert got["London Road"] == ("Leicester", 5)


def test_event_location_stays_in_the_city() -> None:
    text = "Police cleared protesters from Fifth Avenue in New York City on Tuesday."
    sents = [Sentence(0, 0, len(text), text)]
    gp = _parser()
    art = Article("a", text)
    places = gp.places(art, sents, [], set())
    i = text.index("cleared")
    loc = gp.event_location(art, sents[0], Trigger(i, i + 7, "cleared"), places)
    assert loc is not None and (loc.lat, loc.lon) == (40.71, -74.01)
