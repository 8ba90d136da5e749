"""Local-news rules (session 4, second round): small towns placed by the county the story names or by the area
written after them, courts and prosecutors that make a US state name the state, streets and squares that are
no small town of another state, and a country's name that is a state of the country the story is about.
Each rule is checked both ways, with sentences written for these tests."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ABBREV, KIND_ALIAS, GazRecord, InMemoryGazetteer
from newsevents.records import Article, Sentence, Span

RECORDS = [
    GazRecord(1, 1, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 2, "Florida", 28.1, -81.6, "USA", "ADM1", 16_000_000, "Florida", 2, resolution=2),
    GazRecord(3, 3, "Lee County", 26.6, -81.8, "USA", "ADM2", 700_000, "Florida", 2, resolution=3),
    # two towns of Lee County, Florida, small enough to need a reason to be read as places
    GazRecord(4, 4, "Alva", 26.72, -81.61, "USA", "PPL", 2_600, "Florida", 2, "Lee County", resolution=4),
    GazRecord(5, 5, "Tice", 26.67, -81.81, "USA", "PPL", 4_500, "Florida", 2, "Lee County", resolution=4),
    GazRecord(6, 6, "Kentucky", 37.5, -85.0, "USA", "ADM1", 4_400_000, "Kentucky", 6, resolution=2),
    GazRecord(7, 7, "Ohio", 40.25, -83.0, "USA", "ADM1", 11_600_000, "Ohio", 7, resolution=2),
    GazRecord(8, 8, "Glasgow", 37.0, -85.91, "USA", "PPL", 14_000, "Kentucky", 6, "Barren County", resolution=4),
    GazRecord(9, 9, "Corning", 40.99, -82.09, "USA", "PPL", 500_000, "Ohio", 7, resolution=4),
    GazRecord(10, 10, "New York", 43.0, -75.5, "USA", "ADM1", 19_000_000, "New York", 10, resolution=2),
    GazRecord(11, 11, "New York City", 40.71, -74.0, "USA", "PPL", 8_800_000, "New York", 10, resolution=4),
    GazRecord(12, 12, "Louisiana", 31.0, -92.0, "USA", "ADM1", 4_600_000, "Louisiana", 12, resolution=2),
    GazRecord(13, 13, "Lafayette", 30.22, -92.02, "USA", "PPL", 120_000, "Louisiana", 12, resolution=4),
    GazRecord(14, 14, "Pennsylvania", 40.9, -77.7, "USA", "ADM1", 12_800_000, "Pennsylvania", 14, resolution=2),
    GazRecord(15, 15, "Washington Square", 40.17, -75.26, "USA", "PPL", 13_000, "Pennsylvania", 14, resolution=4),
    GazRecord(16, 16, "Pittsburgh", 40.44, -79.99, "USA", "PPL", 304_000, "Pennsylvania", 14, resolution=4),
    GazRecord(17, 17, "Georgia", 32.75, -83.5, "USA", "ADM1", 10_000_000, "Georgia", 17, resolution=2),
    GazRecord(18, 18, "Georgia", 42.0, 43.5, "GEO", "PCLI", 3_700_000, resolution=1),
    GazRecord(19, 19, "Tbilisi", 41.69, 44.83, "GEO", "PPLC", 1_100_000, "Tbilisi", 20, resolution=4),
    GazRecord(21, 21, "Alabama", 32.75, -86.75, "USA", "ADM1", 4_900_000, "Alabama", 21, resolution=2),
    GazRecord(22, 22, "Iowa", 42.0, -93.5, "USA", "ADM1", 3_100_000, "Iowa", 22, resolution=2),
    GazRecord(23, 23, "Texas", 31.25, -99.25, "USA", "ADM1", 28_000_000, "Texas", 23, resolution=2),
    GazRecord(24, 24, "Scotland", 56.5, -4.0, "GBR", "ADM1", 5_400_000, "Scotland", 24, resolution=2),
    GazRecord(25, 25, "Canada", 60.0, -96.0, "CAN", "PCLI", 37_000_000, resolution=1),
    GazRecord(26, 26, "British Columbia", 53.99, -125.0, "CAN", "ADM1", 5_000_000, "British Columbia", 26,
              resolution=2),
    GazRecord(27, 27, "Ontario", 49.25, -84.5, "CAN", "ADM1", 14_000_000, "Ontario", 27, resolution=2),
    GazRecord(28, 28, "Castlegar", 49.32, -117.66, "CAN", "PPL", 8_000, "British Columbia", 26, resolution=4),
    GazRecord(29, 29, "Kenora", 49.77, -94.49, "CAN", "PPL", 15_000, "Ontario", 27, resolution=4),
    # "Nelson" is on the stoplist (a name far more often than a place)
    GazRecord(30, 30, "Nelson", 49.48, -117.29, "CAN", "PPL", 10_600, "British Columbia", 26, resolution=4),
    GazRecord(31, 31, "Walker County", 34.74, -85.3, "USA", "ADM2", 690_000, "Georgia", 17, resolution=3),
    GazRecord(32, 32, "Maryland", 39.0, -76.75, "USA", "ADM1", 6_000_000, "Maryland", 32, resolution=2),
    GazRecord(33, 33, "Severn", 39.14, -76.7, "USA", "PPL", 44_000, "Maryland", 32, resolution=4),
    GazRecord(34, 34, "Michigan", 44.25, -85.5, "USA", "ADM1", 10_000_000, "Michigan", 34, resolution=2),
    # two counties of one name; the Iowa one sits next to Ames, a town the story also names
    GazRecord(35, 35, "Monroe County", 41.93, -83.5, "USA", "ADM2", 150_000, "Michigan", 34, resolution=3),
    GazRecord(36, 36, "Monroe County", 41.03, -92.87, "USA", "ADM2", 8_000, "Iowa", 22, resolution=3),
    GazRecord(37, 37, "Ames", 42.03, -93.62, "USA", "PPL", 66_000, "Iowa", 22, resolution=4),
    GazRecord(38, 38, "Japan", 35.69, 139.75, "JPN", "PCLI", 126_000_000, resolution=1),
    GazRecord(39, 39, "Akita Prefecture", 39.72, 140.1, "JPN", "ADM1", 1_000_000, "Akita", 39, resolution=2),
    GazRecord(40, 40, "Tokyo", 35.69, 139.69, "JPN", "PPLC", 9_000_000, "Tokyo", 41, resolution=4),
    GazRecord(42, 42, "Illinois", 40.0, -89.25, "USA", "ADM1", 12_700_000, "Illinois", 42, resolution=2),
    GazRecord(43, 43, "Chicago", 41.85, -87.65, "USA", "PPL", 2_700_000, "Illinois", 42, resolution=4),
    # a neighbourhood of Chicago and a suburb named like a surname, both small enough to need a reason
    GazRecord(44, 44, "Near North Side", 41.9, -87.63, "USA", "PPL", 85_000, "Illinois", 42, resolution=4),
    GazRecord(45, 45, "Clarkdale", 41.75, -87.8, "USA", "PPL", 20_000, "Illinois", 42, resolution=4),
    GazRecord(46, 46, "Boston", 42.36, -71.06, "USA", "PPL", 690_000, "Massachusetts", 47, resolution=4),
]
NAMES = {11: [("New York", KIND_ALIAS)], 17: [("Ga.", KIND_ABBREV)], 32: [("Md.", KIND_ABBREV)]}


# The fake weights read "New York" as the state anywhere; these trust a city of millions as the real ones do.
CITY_WEIGHTS = {**WEIGHTS, "major_city": 12.0}
# ... and these read "Georgia" as the country, as the real ones do when nothing else decides.
COUNTRY_WEIGHTS = {**WEIGHTS, "country": 8.0}


def _parser(weights: dict[str, float] = WEIGHTS) -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=weights)


def _found(text: str) -> dict[str, str | None]:
    """Places the parser finds itself (no gold spans), by mention text."""
    places = _parser().places(Article("a1", text), [Sentence(0, 0, len(text), text)], [], set())
    return {p.text: p.province for p in places}


def _read(text: str, *names: str, weights: dict[str, float] = WEIGHTS) -> list[tuple[str | None, str | None]]:
    """(place, feature code) per given span."""
    spans, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        spans.append(Span(i, i + len(n)))
        pos = i + len(n)
    places = _parser(weights).places(Article("a1", text, toponyms=tuple(spans)), [], [], set())
    return [(p.resolved_place, p.feature_code) for p in places]


# -- small towns placed by the text ------------------------------------------------------------------

def test_small_town_of_a_county_the_story_names_is_a_place() -> None:
    text = "Lee County commissioners approved the grant. Farmers welcome Alva's new water plant."
    assert _found(text).get("Alva") == "Florida"


def test_small_town_without_its_county_stays_unread() -> None:
    assert "Alva" not in _found("Farmers welcome Alva's new water plant.")


def test_titled_name_is_no_town_of_the_county() -> None:
    text = "Lee County commissioners approved the grant, and Senator Tice Morgan praised it."
    assert "Tice" not in _found(text)


def test_small_town_followed_by_the_state_that_holds_it_is_a_place() -> None:
    # "GM's" before the name would make it part of an organisation's name
    found = _found("The plant will be built at GM's Glasgow, Kentucky site next year.")
    assert found.get("Glasgow") == "Kentucky"
    # a state that does not hold any town of the name places nothing
    assert "Glasgow" not in _found("The plant will be built at GM's Glasgow, Ohio site next year.")


def test_stoplisted_town_in_a_place_slot_of_the_storys_province_is_a_place() -> None:
    text = "Residents in Castlegar welcomed the office. Services will expand into Nelson next year."
    assert _found(text).get("Nelson") == "British Columbia"


def test_stoplisted_town_outside_the_storys_province_stays_a_name() -> None:
    text = "Residents in Kenora welcomed the office. Services will expand into Nelson next year."
    assert "Nelson" not in _found(text)


def test_state_in_brackets_after_a_place_is_a_place() -> None:
    assert _found("The Walker County (Ga.) Sheriff's Office asked for help.").get("Ga.") == "Georgia"
    # not after a place: brackets hold anything
    assert "Ga." not in _found("The sheriff's office (Ga.) asked for help.")


def test_state_after_a_datelines_place_is_a_place() -> None:
    text = "SEVERN, Md. (ABC7) \u2014 A man was arrested on Tuesday, police said."
    assert _found(text).get("Md.") == "Maryland"


def test_neighbourhood_of_a_city_the_story_names_is_a_place() -> None:
    text = "A man was stabbed in Chicago on Friday. Police found him on the Near North Side hours later."
    assert _found(text).get("Near North Side") == "Illinois"


def test_neighbourhood_name_far_from_the_storys_cities_or_inside_a_name_stays_out() -> None:
    text = "A man was stabbed in Boston on Friday. Police found him on the Near North Side hours later."
    assert "Near North Side" not in _found(text)
    text = "Police in Chicago shot Ann Clarkdale on Friday. Clarkdale was unarmed."
    assert "Clarkdale" not in _found(text)


# -- the level of a US state's name ----------------------------------------------------------------------

def test_a_states_court_is_the_state() -> None:
    got = _read("The ruling by a New York court surprised lawyers.", "New York", weights=CITY_WEIGHTS)
    assert got == [("New York", "ADM1")]
    got = _read("New York prosecutors filed the charges on Monday.", "New York", weights=CITY_WEIGHTS)
    assert got == [("New York", "ADM1")]


def test_new_york_alone_keeps_the_city() -> None:
    got = _read("The ruling surprised lawyers in New York.", "New York", weights=CITY_WEIGHTS)
    assert got == [("New York City", "PPL")]


# -- streets and squares ------------------------------------------------------------------------------

def test_square_of_a_story_in_another_state_is_no_small_town_there() -> None:
    text = "The Louisiana Purchase made Lafayette grow. Royal Street runs past Washington Square today."
    got = _read(text, "Louisiana", "Lafayette", "Washington Square")
    assert got[2] != ("Washington Square", "PPL")
    assert got[2][0] == "Lafayette"


def test_square_of_a_story_in_its_own_state_keeps_the_town() -> None:
    text = "Commuters from Pittsburgh, Pennsylvania, drove to Washington Square today."
    assert _read(text, "Pittsburgh", "Pennsylvania", "Washington Square")[2] == ("Washington Square", "PPL")


# -- the state a sentence names --------------------------------------------------------------------------

def test_county_in_the_state_named_earlier_in_its_sentence() -> None:
    text = "Swans died in Michigan near the game area in Monroe County. Tests were run in Ames, Iowa."
    places = _parser().places(Article("a1", text, toponyms=tuple(
        Span(text.index(n), text.index(n) + len(n)) for n in ("Michigan", "Monroe County", "Ames", "Iowa"))),
        [], [], set())
    assert places[1].province == "Michigan"


def test_county_of_a_sentence_naming_no_state_keeps_its_reading() -> None:
    text = "Swans died near the game area in Monroe County. Tests were run in Ames, Iowa. Michigan waits."
    places = _parser().places(Article("a1", text, toponyms=tuple(
        Span(text.index(n), text.index(n) + len(n)) for n in ("Monroe County", "Ames", "Iowa", "Michigan"))),
        [], [], set())
    assert places[0].province == "Iowa"


def test_unknown_town_located_in_an_area_goes_to_that_area() -> None:
    text = "Flights from Tokyo resumed. Six died in the city of Kitaakita located in the Akita Prefecture of Japan."
    got = _read(text, "Tokyo", "Kitaakita", "Akita Prefecture", "Japan")
    assert got[1] == ("Akita Prefecture", "ADM1")


# -- a country's name that is also a state -------------------------------------------------------------

def test_country_name_reads_as_a_state_among_the_states_of_the_story() -> None:
    text = "Cases in Alabama and Iowa were confirmed. A lab in Georgia found a third; Texas has none."
    got = _read(text, "Alabama", "Iowa", "Georgia", "Texas", weights=COUNTRY_WEIGHTS)
    assert got[2] == ("Georgia", "ADM1")


def test_country_keeps_its_reading_with_its_own_places_or_few_states() -> None:
    text = "Cases in Alabama and Iowa were confirmed. Tbilisi says Georgia found a third; Texas has none."
    got = _read(text, "Alabama", "Iowa", "Tbilisi", "Georgia", "Texas", weights=COUNTRY_WEIGHTS)
    assert got[3] == ("Georgia", "PCLI")
    text = "Cases in Scotland and Alabama were confirmed. A lab in Georgia found a third."
    assert _read(text, "Scotland", "Alabama", "Georgia", weights=COUNTRY_WEIGHTS)[2] == ("Georgia", "PCLI")
