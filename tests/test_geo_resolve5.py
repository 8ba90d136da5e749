"""Reading rules added in session 5 for toponyms we found but placed far away: other names of small towns in
another state, streets named before a plural street word, names read from part of a facility's name, a
town written with an admin area it is not in, the possessive owner of a place, compass-word regions, the
place that ends an institution's name; and admin-1 points keyed by name in the build. Each rule is checked
both ways, on an in-memory gazetteer."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.build import _Builder, _Place
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, KIND_ABBREV, GazRecord, InMemoryGazetteer
from newsevents.records import Article
from geo_spans import gold_article as _gold

RECORDS = [
    GazRecord(1, 1, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 2, "Illinois", 40.0, -89.0, "USA", "ADM1", 12_800_000, "Illinois", 2, resolution=2),
    GazRecord(3, 3, "Rivertown", 41.88, -87.63, "USA", "PPL", 2_700_000, "Illinois", 2, resolution=4),
    GazRecord(4, 4, "Oakvale", 42.03, -87.84, "USA", "PPL", 37_000, "Illinois", 2, resolution=4),
    GazRecord(5, 5, "Ohio", 40.25, -82.75, "USA", "ADM1", 11_700_000, "Ohio", 5, resolution=2),
    # a small Ohio town that also goes by "Lower Side", and one named like a Rivertown street
    GazRecord(6, 6, "Millbrook", 41.16, -80.57, "USA", "PPL", 9_000, "Ohio", 5, resolution=4),
    GazRecord(7, 7, "Hubbleton", 41.15, -80.56, "USA", "PPL", 7_600, "Ohio", 5, resolution=4),
    GazRecord(8, 8, "Washington", 47.5, -120.5, "USA", "ADM1", 7_600_000, "Washington", 8, resolution=2),
    GazRecord(9, 9, "Seaport", 47.6, -122.33, "USA", "PPL", 750_000, "Washington", 8, resolution=4),
    GazRecord(20, 20, "New Zealand", -42.0, 174.0, "NZL", "PCLI", 4_900_000, resolution=1),
    GazRecord(21, 21, "Harbourton", -36.85, 174.76, "NZL", "PPL", 1_500_000, "Harbourton", 22, resolution=4),
    GazRecord(23, 23, "United Kingdom", 54.0, -2.0, "GBR", "PCLI", 66_000_000, resolution=1),
    GazRecord(24, 24, "Eastbury", 51.54, -0.1, "GBR", "PPL", 320_000, "England", 25, resolution=4),
    GazRecord(26, 26, "Grantchester", 52.2, 0.12, "GBR", "PPL", 145_000, "England", 25, resolution=4),
    GazRecord(27, 27, "Canada", 60.0, -96.0, "CAN", "PCLI", 37_000_000, resolution=1),
    GazRecord(28, 28, "Ontario", 49.25, -84.5, "CAN", "ADM1", 14_000_000, "Ontario", 28, resolution=2),
    GazRecord(29, 29, "Stroudley", 51.75, -2.2, "GBR", "PPL", 32_000, "England", 25, resolution=4),
    GazRecord(30, 30, "Haiti", 19.0, -72.4, "HTI", "PCLI", 11_000_000, resolution=1),
    GazRecord(31, 31, "Artibonite", 19.33, -72.7, "HTI", "ADM1", 1_700_000, "Artibonite", 31, resolution=2),
    GazRecord(32, 32, "Port-au-Prince", 18.54, -72.34, "HTI", "PPLC", 1_200_000, "Ouest", 33, resolution=4),
    GazRecord(34, 34, "Nigeria", 9.1, 8.7, "NGA", "PCLI", 190_000_000, resolution=1),
    GazRecord(35, 35, "Plateau", 9.36, 9.35, "NGA", "ADM1", 3_200_000, "Plateau", 35, resolution=2),
    GazRecord(36, 36, "West Coast", -42.47, 171.2, "NZL", "ADM1", 3_000_000, "West Coast", 36, resolution=2),
    GazRecord(37, None, "West Coast", 40.0, -122.0, "USA", "RGN", 0, resolution=1),
    GazRecord(38, 38, "Dubai", 25.26, 55.3, "ARE", "PPL", 3_000_000, "Dubai", 39, resolution=4),
    GazRecord(40, 40, "Robinson", 39.0, -87.7, "USA", "PPL", 7_000, "Illinois", 2, resolution=4),
]
NAMES = {6: [("Lower Side", KIND_ALTERNATE)], 8: [("Wash.", KIND_ABBREV)], 1: [("USA", KIND_ABBREV)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _read(text: str, *names: str) -> list[str | None]:
    parser = GeoParser(_gaz(), weights=WEIGHTS)
    return [p.resolved_place for p in parser.places(_gold(text, *names), [], [], set())]


def _country(text: str, *names: str) -> list[str | None]:
    parser = GeoParser(_gaz(), weights=WEIGHTS)
    return [p.country_code for p in parser.places(_gold(text, *names), [], [], set())]


# -- other names of small towns in another state ---------------------------------------------------

def test_other_name_of_a_small_town_in_another_state_gives_way_to_the_story_city() -> None:
    text = "A Lower Side man was charged on Monday. Police in Rivertown said he lived in Oakvale."
    assert _read(text, "Lower Side", "Rivertown", "Oakvale")[0] == "Rivertown"


def test_other_name_of_a_small_town_kept_when_the_story_is_in_its_state() -> None:
    text = "A Lower Side man was charged on Monday, police in Ohio said."
    assert _read(text, "Lower Side", "Ohio")[0] == "Millbrook"


# -- streets named before a plural street word ------------------------------------------------------

def test_name_before_plural_street_word_is_a_street_of_the_story_city() -> None:
    text = "Police in Rivertown said the man was stabbed near Maple and Hubbleton streets in Oakvale."
    assert _read(text, "Rivertown", "Hubbleton", "Oakvale")[1] in ("Rivertown", "Oakvale")


def test_town_name_without_street_word_keeps_its_reading() -> None:
    text = "Police in Rivertown said the man had moved to Hubbleton last year."
    assert _read(text, "Rivertown", "Hubbleton")[1] == "Hubbleton"


# -- a facility's or bay's name read through part of it, abroad ----------------------------------------

def test_bay_named_after_a_foreign_town_is_not_placed_there() -> None:
    text = "The seal was seen at Eastbury Bay, a short ferry ride from Harbourton, New Zealand."
    assert _read(text, "Eastbury Bay", "Harbourton", "New Zealand")[0] == "Harbourton"


def test_bay_named_after_a_town_of_the_story_country_keeps_it() -> None:
    text = "The seal was seen at Eastbury Bay, a short ride from Grantchester, United Kingdom."
    assert _read(text, "Eastbury Bay", "Grantchester", "United Kingdom")[0] == "Eastbury"


# -- a town written with an admin area it is not in ----------------------------------------------------

def test_town_written_with_an_area_it_is_not_in_takes_the_area() -> None:
    text = "He was stopped on a highway in Stroudley, Ontario, Canada, police said."
    assert _read(text, "Stroudley", "Ontario", "Canada")[0] == "Ontario"


def test_list_of_places_is_no_qualifier() -> None:
    # "Stroudley, Ontario and ...": a list, the town keeps its own reading
    text = "Flights go to Stroudley, Ontario and Haiti this week."
    assert _read(text, "Stroudley", "Ontario", "Haiti")[0] == "Stroudley"


def test_unknown_place_with_area_goes_to_the_story_city_in_that_area() -> None:
    text = "CAMP WILLOW, Wash. - The guard unit trains here. Its crews flew from Seaport last week."
    assert _read(text, "CAMP WILLOW", "Wash.", "Seaport")[0] == "Seaport"


def test_unknown_place_with_area_and_no_city_there_takes_the_area() -> None:
    text = "CAMP WILLOW, Wash. - The guard unit trains here. Its crews flew from Rivertown last week."
    assert _read(text, "CAMP WILLOW", "Wash.", "Rivertown")[0] == "Washington"


# -- compass-word regions ----------------------------------------------------------------------------

def test_compass_region_is_not_a_foreign_admin_area() -> None:
    text = "Most cases are in the Central Plateau and Artibonite regions, north of Port-au-Prince, Haiti."
    got = _country(text, "Central Plateau", "Artibonite", "Port-au-Prince", "Haiti")
    assert got[0] == "HTI"


def test_admin_area_named_whole_is_kept() -> None:
    text = "Most cases are in Plateau state, officials in Nigeria said, and in Haiti."
    assert _read(text, "Plateau", "Nigeria", "Haiti")[0] == "Plateau"


# -- the possessive owner of a place -----------------------------------------------------------------

def test_possessive_country_holds_the_place() -> None:
    # a New Zealand story, but "the USA's West Coast" is in the USA
    text = "In Harbourton, New Zealand, punters backed the USA's West Coast."
    assert _country(text, "Harbourton", "New Zealand", "West Coast")[2] == "USA"


def test_without_possessive_the_story_reading_stands() -> None:
    text = "In Harbourton, New Zealand, punters backed the West Coast."
    assert _country(text, "Harbourton", "New Zealand", "West Coast")[2] == "NZL"


# -- the place that ends an institution's name --------------------------------------------------------

def test_place_ending_an_institution_name_beats_a_founder_name() -> None:
    text = "She studied at Robinson College Grantchester."
    assert _read(text, "Robinson College Grantchester")[0] == "Grantchester"


def test_founder_name_alone_still_read() -> None:
    text = "She studied at Robinson College."
    assert _read(text, "Robinson College")[0] == "Robinson"


# -- local places with no context --------------------------------------------------------------------

def test_lagoon_named_after_a_small_town_abroad_with_no_context_is_not_placed() -> None:
    parser = GeoParser(_gaz(), weights=WEIGHTS)
    text = "Walkers on the shore of Hubbleton Lagoon watched the birds."
    got = parser.places(Article("a1", text), [], [], set())
    assert all(p.resolved_place != "Hubbleton" for p in got)


# -- build: admin-1 points keyed by name ----------------------------------------------------------------

def _province(b: _Builder, name: str) -> _Place:
    p = b.add(geonameid=None, name=name, lat=16.17, lon=107.83, country="VNM", feature="ADM1", population=0,
              admin1=name, admin1_id=None, admin2=None, resolution=2, borrowed_point=True)
    p.admin1_id = p.id
    b.sub_place[len(b.sub_place) + 1] = p
    return p


def test_area_without_code_takes_its_curated_point_and_its_districts_follow() -> None:
    b = _Builder()
    area = _province(b, "Bình Phước")
    district = b.add(geonameid=None, name="Some District", lat=16.17, lon=107.83, country="VNM", feature="ADM2",
                     population=0, admin1=area.name, admin1_id=area.id, admin2=None, resolution=3,
                     borrowed_point=True)
    b.sub_place[len(b.sub_place) + 1] = district
    b.admin_abbreviations()
    assert (round(area.lat or 0, 2), round(area.lon or 0, 2)) == (11.53, 106.88)
    assert (district.lat, district.lon) == (area.lat, area.lon)
    assert not area.borrowed_point


def test_area_not_listed_keeps_its_point() -> None:
    b = _Builder()
    area = _province(b, "Nowhere Province")
    b.admin_abbreviations()
    assert (area.lat, area.lon) == (16.17, 107.83)


# -- one sense per story for unknown names -------------------------------------------------------------

def test_unknown_name_keeps_the_place_of_its_first_mention() -> None:
    # the second "Fernbrook" sits next to Eastbury, but the story placed it near Harbourton first
    text = ("Harbourton clinics opened in Fernbrook last year. " + "The clinics grew. " * 20
            + "A new clinic in Fernbrook, funded by an Eastbury charity, opened this week.")
    got = _read(text, "Harbourton", "Fernbrook", "Fernbrook", "Eastbury")
    assert got[1] == got[2] == "Harbourton"
