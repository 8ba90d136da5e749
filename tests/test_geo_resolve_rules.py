"""Reading rules of the resolver added in session 3: an admin area holding another named place, a town
qualified by its area (and its unqualified repeats), mid-sized stray towns, compass words before wide
features. Each rule is checked both ways (it fires, and it leaves the ordinary reading alone)."""
from __future__ import annotations

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import Resolver
from geo_spans import gold_article as _gold

RECORDS = [
    GazRecord(1, 1, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(2, 2, "New York", 43.0, -75.5, "USA", "ADM1", 19_000_000, "New York", 2, resolution=2),
    GazRecord(3, 3, "Massachusetts", 42.3, -71.8, "USA", "ADM1", 6_900_000, "Massachusetts", 3, resolution=2),
    GazRecord(4, 4, "Suffolk County", 40.94, -72.69, "USA", "ADM2", 1_500_000, "New York", 2, "Suffolk County",
              resolution=3),
    GazRecord(5, 5, "Suffolk County", 42.35, -71.06, "USA", "ADM2", 2_000_000, "Massachusetts", 3,
              "Suffolk County", resolution=3),
    GazRecord(6, 6, "Southold", 41.06, -72.43, "USA", "PPL", 5_700, "New York", 2, "Suffolk County",
              resolution=4),
    GazRecord(7, 7, "Florida", 28.75, -82.5, "USA", "ADM1", 16_000_000, "Florida", 7, resolution=2),
    GazRecord(8, 8, "Washington", 47.5, -120.5, "USA", "ADM1", 7_000_000, "Washington", 8, resolution=2),
    GazRecord(9, 9, "Parkland", 26.31, -80.24, "USA", "PPL", 30_000, "Florida", 7, resolution=4),
    GazRecord(10, 10, "Parkland", 47.16, -122.43, "USA", "PPL", 36_000, "Washington", 8, resolution=4),
    GazRecord(11, 11, "Tacoma", 47.25, -122.44, "USA", "PPL", 210_000, "Washington", 8, resolution=4),
    GazRecord(20, 20, "South Africa", -29.0, 24.0, "ZAF", "PCLI", 57_000_000, resolution=1),
    GazRecord(21, 21, "Western Cape", -33.5, 20.0, "ZAF", "ADM1", 6_000_000, "Western Cape", 21, resolution=2),
    GazRecord(22, 22, "Cape Town", -33.93, 18.42, "ZAF", "PPLC", 3_400_000, "Western Cape", 21, resolution=4),
    GazRecord(23, 23, "Delft", 52.01, 4.36, "NLD", "PPL", 95_000, "South Holland", 24, resolution=4),
    GazRecord(24, 24, "Netherlands", 52.25, 5.75, "NLD", "PCLI", 17_000_000, resolution=1),
    GazRecord(30, None, "Europe", 48.69, 9.14, None, "CONT", 700_000_000, resolution=1),
    GazRecord(31, None, "Nile", 30.0, 31.0, None, "STM", 0, resolution=1),
]


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS)


def _places(text: str, *names: str, **weights: float) -> list[tuple[str | None, str | None]]:
    parser = GeoParser(_gaz(), weights={**WEIGHTS, **weights})
    return [(p.province, p.country_code) for p in parser.places(_gold(text, *names), [], [], set())]


def test_admin_area_holding_a_named_place_is_preferred() -> None:
    text = "Suffolk County detectives searched a colonial-era home in Southold."
    # Without the feature the larger namesake wins; with it, the county that holds Southold.
    other = {"focus_admin1": 0.0, "near": 0.0}
    assert _places(text, "Suffolk County", "Southold", holds_named=0.0, **other)[0] == ("Massachusetts", "USA")
    assert _places(text, "Suffolk County", "Southold", holds_named=3.0, **other)[0] == ("New York", "USA")


def test_holds_named_ignores_the_area_itself_and_its_namesakes() -> None:
    # Two mentions of "Suffolk County" lend each other nothing: no town of the story lies in either.
    text = "Suffolk County officials met. Suffolk County police agreed."
    resolver = Resolver(_gaz(), {**WEIGHTS, "holds_named": 3.0})
    slots = resolver.slots(text, [(0, 14), (30, 44)])
    feats = resolver.features(text, slots, None)
    assert all(f["holds_named"] == 0.0 for fs in feats for f in fs)


def test_town_named_with_its_state_keeps_that_reading_at_every_mention() -> None:
    text = ("A shooting in Parkland, Florida shocked the nation. Students from Tacoma, Washington joined "
            "the Parkland students in Washington.")
    places = _places(text, "Parkland", "Florida", "Tacoma", "Washington", "Parkland", "Washington",
                     near=6.0, focus_admin1=6.0)
    assert places[0] == ("Florida", "USA")
    assert places[4] == ("Florida", "USA")


def test_unqualified_town_follows_the_story_without_a_qualified_mention() -> None:
    text = "Students from Tacoma, Washington joined the Parkland students in Washington."
    places = _places(text, "Tacoma", "Washington", "Parkland", "Washington", near=6.0, focus_admin1=6.0)
    assert places[2] == ("Washington", "USA")


def test_mid_sized_foreign_town_in_a_story_clearly_elsewhere_gets_the_story_place() -> None:
    text = "She opened a case at the Delft police station in Cape Town, in the Western Cape."
    places = GeoParser(_gaz(), weights=WEIGHTS).places(_gold(text, "Delft", "Cape Town", "Western Cape"),
                                                        [], [], set())
    assert places[0].country_code == "ZAF" and places[0].resolved_place == "Cape Town"


def test_mid_sized_town_kept_with_only_one_place_elsewhere() -> None:
    text = "The Delft team travelled to Cape Town."
    places = GeoParser(_gaz(), weights=WEIGHTS).places(_gold(text, "Delft", "Cape Town"), [], [], set())
    assert places[0].country_code == "NLD"


def test_compass_word_before_a_continent_or_river_gives_no_reading() -> None:
    resolver = Resolver(_gaz(), WEIGHTS)
    text = "West Nile virus spread across Northern Europe, not Europe as a whole."
    nile, north_europe, europe = text.index("Nile"), text.index("Europe"), text.rindex("Europe")
    out = resolver.resolve(text, [(nile, nile + 4), (north_europe, north_europe + 6), (europe, europe + 6)])
    assert out[0] is None and out[1] is None
    assert out[2] is not None and out[2].name == "Europe"


PARTIAL = [
    GazRecord(40, 40, "Virginia", 37.5, -78.9, "USA", "ADM1", 8_500_000, "Virginia", 40, resolution=2),
    GazRecord(41, 41, "Haymarket", 38.81, -77.64, "USA", "PPL", 8_000, "Virginia", 40, resolution=4),
    GazRecord(42, 42, "Buckland", 42.59, -72.79, "USA", "PPL", 1_900, "Massachusetts", 3, resolution=4),
    GazRecord(43, 43, "Old Town", 44.93, -68.65, "USA", "PPL", 7_500, "Maine", 44, resolution=4),
    GazRecord(45, 45, "Charleston", 44.95, -69.0, "USA", "PPL", 1_400, "Maine", 44, resolution=4),
    GazRecord(46, 46, "Charleston", 38.35, -81.63, "USA", "PPL", 47_000, "West Virginia", 47, resolution=4),
]


def test_town_read_from_part_of_a_name_outside_the_story_states_is_dropped() -> None:
    text = "Schools: Buckland Elementary serves Haymarket, Virginia."
    parser = GeoParser(InMemoryGazetteer(PARTIAL), weights=WEIGHTS)
    places = parser.places(_gold(text, "Buckland Elementary", "Haymarket", "Virginia"), [], [], set())
    assert places[0].resolved_place == "Haymarket"
    # with no state named in the story the partial reading stays
    alone = parser.places(_gold("Schools: Buckland Elementary.", "Buckland Elementary"), [], [], set())
    assert alone[0].resolved_place == "Buckland"


def test_partial_name_reading_lends_no_nearness() -> None:
    resolver = Resolver(InMemoryGazetteer(PARTIAL), {**WEIGHTS, "near": 10.0, "focus_admin1": 0.0})
    text = "The Old Town Library looks like the architecture in Charleston."
    spans = [(4, 20), (text.index("Charleston"), len(text) - 1)]
    out = resolver.resolve(text, spans)
    assert out[1] is not None and out[1].admin1 == "West Virginia"


TITLED = [
    GazRecord(50, 50, "Texas", 31.25, -99.25, "USA", "ADM1", 28_000_000, "Texas", 50, resolution=2),
    GazRecord(51, 51, "Washington", 38.9, -77.04, "USA", "PPLC", 690_000, "District of Columbia", 52,
              resolution=4),
    GazRecord(53, 53, "Washington", 30.32, -96.16, "USA", "PPL", 300, "Texas", 50, resolution=4),
]


def test_area_after_the_comma_of_an_office_title_is_no_qualifier() -> None:
    # a weak qualifier weight, as learned: the reading rule, not the score, decides
    resolver = Resolver(InMemoryGazetteer(TITLED), {**WEIGHTS, "qualifier": 1.0})
    for text, want in (("In Washington, Texas Gov. Greg Abbott met the president.", "District of Columbia"),
                       ("The fair opened in Washington, Texas on Sunday.", "Texas")):
        i = text.index("Washington")
        [rec] = resolver.resolve(text, [(i, i + 10)])
        assert rec is not None and rec.admin1 == want
