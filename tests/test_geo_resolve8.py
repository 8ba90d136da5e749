"""Resolution, session 6: a town read outside the curated region written after it ("Crofton, Yorkshore."), an
unknown typed village placed by the city the reader met before it rather than a city later in its sentence (a
club's name, "who cost Liverpol"), and a US state's offices and parties after a name that is also a country
("Georgia Gov. ...", "Georgia Republicans"). Invented names on a small in-memory gazetteer."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences

RECORDS = [
    GazRecord(1, 1, "Anglia", 53.0, -1.5, "ANG", "PCLI", 60_000_000, resolution=1),
    # a curated region of one country: no admin codes of its own
    GazRecord(2, None, "Yorkshore", 53.96, -1.3, "ANG", "RGN", 1_000_000, resolution=3),
    GazRecord(3, 3, "Crofton", 52.56, -1.25, "ANG", "PPL", 1_770, "Englund", 9, "Leicester", resolution=4),
    GazRecord(4, 4, "Crofton", 53.43, -2.55, "ANG", "PPL", 1_492, "Englund", 9, "Warring", resolution=4),
    GazRecord(5, 5, "Paddock", 53.7, -1.6, "ANG", "PPL", 3_000, "Englund", 9, "Kirklee", resolution=4),
    GazRecord(6, 6, "Cheshore", 53.16, -2.78, "ANG", "ADM2", 700_000, "Englund", 9, resolution=3),
    GazRecord(7, 7, "Bigton", 52.6, 1.3, "ANG", "PPL", 200_000, "Englund", 9, "Norfolk", resolution=4),
    # a province-sized curated region: towns far from its middle still lie in it
    GazRecord(8, None, "Darfor", 53.0, 1.0, "ANG", "RGN", 5_000_000, resolution=2),
    GazRecord(10, 10, "Egyptia", 27.0, 30.0, "EGY", "PCLI", 98_000_000, resolution=1),
    GazRecord(11, 11, "New Cairon", 30.03, 31.47, "EGY", "PPL", 1_000_000, "Cairon", 12, resolution=4),
    GazRecord(13, 13, "Liverpol", 53.41, -2.98, "ANG", "PPL", 860_000, "Englund", 9, resolution=4),
    GazRecord(20, 20, "Georgia", 32.75, -83.5, "USA", "ADM1", 10_000_000, "Georgia", 20, resolution=2),
    GazRecord(21, 21, "Georgia", 42.0, 43.5, "GEO", "PCLI", 3_700_000, resolution=1),
]


def _places(text: str) -> list[Place]:
    parser = GeoParser(InMemoryGazetteer(RECORDS), weights=WEIGHTS)
    return parser.places(Article("a1", text), full_stop_sentences(text), [], set())


def _at(text: str, name: str) -> list[str | None]:
    return [p.resolved_place for p in _places(text) if p.text == name]


def _country(text: str, name: str) -> list[str | None]:
    return [p.country_code for p in _places(text) if p.text == name]


# --- a curated region written after a town


def test_town_outside_the_region_after_it_gives_way_to_the_region() -> None:
    text = "The calendar: 9/10 June: Oulby Park, Cheshore. 23/24 June: Crofton, Yorkshore. 28/29 July: home."
    assert _at(text, "Crofton") == ["Yorkshore"]


def test_town_inside_the_region_after_it_keeps_its_reading() -> None:
    text = "The calendar: 23/24 June: Paddock, Yorkshore. 28/29 July: home."
    assert _at(text, "Paddock") == ["Paddock"]


def test_city_or_large_region_keeps_the_reading() -> None:
    # a city of 100,000+ far from the region's middle, and a province-sized region ("Nyala, Darfur")
    assert _at("The calendar: 23/24 June: Bigton, Yorkshore. 28/29 July: home.", "Bigton") == ["Bigton"]
    assert _at("The calendar: 23/24 June: Crofton, Darfor. 28/29 July: home.", "Crofton") == ["Crofton"]


def test_region_opening_a_longer_phrase_is_no_qualifier() -> None:
    text = "He moved to Crofton, Yorkshore Water said on Monday."
    assert _at(text, "Crofton") != ["Yorkshore"]


# --- unknown typed villages


def test_typed_village_takes_the_city_met_before_it_not_a_club_later_in_its_sentence() -> None:
    text = ("The academy has other branches in New Cairon that are also new. And the setting is a world away from "
            "the dirt roads of his modest home village of Nagrik, it is his rise to the player who cost Liverpol "
            "44 million pounds.")
    assert _at(text, "Nagrik") == ["New Cairon"]


def test_typed_village_with_no_city_before_it_takes_one_later_in_its_sentence() -> None:
    text = "Fighting reached the village of Nagrik, 20 km from New Cairon, on Monday."
    assert _at(text, "Nagrik") == ["New Cairon"]


# --- a US state's offices and parties


def test_state_offices_and_parties_name_the_us_state() -> None:
    assert _country("Georgia Gov. Brian Kemp signed the bill on Tuesday.", "Georgia") == ["USA"]
    assert _country("Georgia Republicans backed the bill on Tuesday.", "Georgia") == ["USA"]


def test_bare_country_name_stays_the_country() -> None:
    assert _country("Russian troops remain in parts of Georgia, the ministry said.", "Georgia") == ["GEO"]
