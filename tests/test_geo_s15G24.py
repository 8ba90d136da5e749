"""Resolution and data, session 15 (round G24, issue 4): the build writes an ayn mark next to an "a" as a second "a"
("Tall Rif'at" is also "Tall Rifaat"), a name's opening "Tall" as "Tal" and "Tell" ("Tal Rifaat") and an "ay"
diphthong as "ai" ("Sulaimaniyah", looked up only); a curated region named as a part of its state ("Nebraska
Panhandle") is filed under that state, and names it, so the story's towns are read there; "Town, Province" with a town
of the province's name abroad ("Stroud, Ontario": Ontario, California) still places the town in the province when it
has a reading there, also when the country after the province ends the sentence; a curated town may give its own
population; curated rows and spellings the packaged data lacks (Kibera, Mathare, Mukuru, Masnaa, Chtaura, Ashulia,
Fort Detrick, Bradford and Stroud in Ontario, the Nebraska and Idaho panhandles, Rugen, Yanacocha, "Shirqat");
"North Waziristan" is its own district, not the wider Waziristan. Invented names on a small in-memory gazetteer; real
places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import _ai_forms, _ayn_vowel_forms, _Builder, _Place, _tall_forms
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, KIND_ALTERNATE, KIND_MAIN, GazRecord, InMemoryGazetteer
from newsevents.records import Place

from geo_spans import gold_article

# -- "Town, Province" with a namesake city of the province's name abroad ----------------------------------------------

RECORDS = [
    GazRecord(1, 1, "Kanadia", 56.0, -106.0, "CAN", "PCLI", 38_000_000, resolution=1),
    GazRecord(2, 2, "Ontaria", 49.25, -84.5, "CAN", "ADM1", 14_000_000, "Ontaria", 2, resolution=2),
    # a city of the province's name in another country
    GazRecord(3, 3, "Ontaria", 34.06, -117.65, "USA", "PPL", 170_000, "Califo", 4, resolution=4),
    GazRecord(4, 4, "Califo", 37.0, -120.0, "USA", "ADM1", 39_000_000, "Califo", 4, resolution=2),
    # an English town big enough to outrank the province's pull, and a curated Ontaria hamlet filed under no
    # admin-1 area
    GazRecord(5, 5, "Strood", 51.75, -2.2, "GBR", "PPL", 5_000_000, "Englund", 6, resolution=4),
    GazRecord(7, None, "Strood", 44.32, -79.62, "CAN", "PPL", 2_000, resolution=4),
    # a city-state: its name is a city of its own country too ("Copenhagen, Hamburg" is a list)
    GazRecord(10, 10, "Doitschland", 51.0, 10.0, "DEU", "PCLI", 83_000_000, resolution=1),
    GazRecord(11, 11, "Hambourg", 53.55, 10.0, "DEU", "ADM1", 1_800_000, "Hambourg", 11, resolution=2),
    GazRecord(12, 12, "Hambourg", 53.55, 10.0, "DEU", "PPL", 1_800_000, "Hambourg", 11, resolution=4),
    GazRecord(13, 13, "Kopenhagn", 55.68, 12.57, "DNK", "PPLC", 1_300_000, "Hovedstaden", 14, resolution=4),
    # a state, a region named as its part, and two towns of each of two names, in that state and in another
    GazRecord(30, 30, "Nebrasca", 41.5, -99.75, "USA", "ADM1", 1_900_000, "Nebrasca", 30, resolution=2),
    GazRecord(31, None, "Nebrasca Panhandle", 42.0, -103.0, "USA", "RGN", 1_000_000, "Nebrasca", 30, resolution=3),
    GazRecord(32, 32, "Sydnee", 41.14, -102.98, "USA", "PPL", 6_000, "Nebrasca", 30, resolution=4),
    GazRecord(33, 33, "Sydnee", 40.28, -84.16, "USA", "PPL", 20_000, "Ohyo", 35, resolution=4),
    GazRecord(34, 34, "Aliance", 42.1, -102.87, "USA", "PPL", 8_000, "Nebrasca", 30, resolution=4),
    GazRecord(36, 36, "Aliance", 40.92, -81.11, "USA", "PPL", 22_000, "Ohyo", 35, resolution=4),
    GazRecord(35, 35, "Ohyo", 40.25, -83.0, "USA", "ADM1", 11_000_000, "Ohyo", 35, resolution=2),
    # a town with no reading in the province at all
    GazRecord(20, 20, "Brigtown", 53.8, -1.75, "GBR", "PPL", 300_000, "Englund", 6, resolution=4),
]


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, {})


def _gold(text: str, *names: str) -> list[Place]:
    return GeoParser(_gaz(), weights=WEIGHTS).places(gold_article(text, *names), [], [], set())


def _ids(text: str, *names: str) -> list[int | None]:
    return [p.geonameid for p in _gold(text, *names)]


def _coords(text: str, *names: str) -> list[tuple[float | None, float | None]]:
    return [(p.lat, p.lon) for p in _gold(text, *names)]


@pytest.mark.parametrize("text", [
    "Firefighters in Strood, Ontaria, battled a barn fire overnight.",
    "A man from Strood, Ontaria, was charged after a break-in, police said.",
    "STROOD, Ontaria - A barn burned down overnight.",
    # (the country after the province ends its sentence: "Kanadia. He" is no list of places)
    "Police stopped a truck on a highway in Strood, Ontaria, Kanadia. He was charged with impaired driving.",
])
def test_a_town_with_its_province_written_after_is_read_in_the_province(text: str) -> None:
    name = "STROOD" if text.startswith("STROOD") else "Strood"
    assert _coords(text, name, "Ontaria")[0] == (44.32, -79.62)


def test_without_the_province_the_bigger_namesake_stands() -> None:
    assert _ids("Shops in Strood reopened on Monday.", "Strood")[0] == 5


def test_a_city_state_after_a_city_is_still_a_list() -> None:
    text = "Flights from Kopenhagn, Hambourg and Doitschland were cancelled."
    assert _ids(text, "Kopenhagn", "Hambourg", "Doitschland")[0] == 13


def test_a_town_with_no_reading_in_the_province_is_left_alone() -> None:
    # (the province's namesake city abroad still makes it unclear whether "Ontaria" qualifies it)
    text = "Brigtown, Ontaria, and Califo were named in the report."
    assert _ids(text, "Brigtown", "Ontaria", "Califo")[0] == 20


# -- a region named as part of a state names that state ---------------------------------------------------------------

def test_the_towns_of_a_story_about_part_of_a_state_are_read_in_that_state() -> None:
    text = "Blizzards struck the Nebrasca Panhandle, closing schools in Sydnee and Aliance."
    assert _ids(text, "Nebrasca Panhandle", "Sydnee", "Aliance")[1:] == [32, 34]


def test_without_the_region_the_bigger_namesakes_stand() -> None:
    assert _ids("Schools closed in Sydnee and Aliance.", "Sydnee", "Aliance") == [33, 36]


def test_the_other_state_named_keeps_its_towns() -> None:
    text = "Blizzards struck Sydnee and Aliance, Ohyo, on Monday."
    assert _ids(text, "Sydnee", "Aliance", "Ohyo")[:2] == [33, 36]


# -- Arabic spellings at build time ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind", "forms"), [
    ("Tall Rif\u2018at", KIND_MAIN, [("Tall Rifaat", KIND_ALIAS)]),
    ("Sa\u2018dah", KIND_ALTERNATE, [("Saadah", KIND_ALTERNATE)]),
    ("Al Ba\u2018th", KIND_ALIAS, [("Al Baath", KIND_ALIAS)]),
    ("Kafr Ra\u2018i", KIND_MAIN, []),  # between two vowels the mark is only dropped (`_ain_forms`, inner marks)
])
def test_an_ayn_next_to_an_a_is_written_as_a_second_a(name: str, kind: int, forms: list[tuple[str, int]]) -> None:
    assert _ayn_vowel_forms(name, kind) == forms


@pytest.mark.parametrize("name", ["Ma\u2018arrat an Nu\u2018m\u0101n", "Ta\u2018izz", "Qamishli", "", "'"])
def test_no_ayn_by_an_a_no_doubled_form(name: str) -> None:
    assert _ayn_vowel_forms(name, KIND_MAIN) == []


@pytest.mark.parametrize(("name", "kind", "forms"), [
    ("Tall Abya\u1e11", KIND_MAIN, [("Tal Abya\u1e11", KIND_ALIAS), ("Tell Abya\u1e11", KIND_ALIAS)]),
    ("Tall-Tamr", KIND_ALTERNATE, [("Tal-Tamr", KIND_ALTERNATE), ("Tell-Tamr", KIND_ALTERNATE)]),
])
def test_tall_is_also_written_tal_and_tell(name: str, kind: int, forms: list[tuple[str, int]]) -> None:
    assert _tall_forms(name, kind) == forms


@pytest.mark.parametrize("name", ["Tallahassee", "Tall", "Tall ", "Al Tall", "Tel Aviv", ""])
def test_no_opening_tall_no_form(name: str) -> None:
    assert _tall_forms(name, KIND_MAIN) == []


@pytest.mark.parametrize(("name", "kind", "forms"), [
    ("As Sulaym\u0101n\u012byah", KIND_MAIN, [("As Sulaimaniyah", KIND_ALIAS)]),
    ("Bayj\u012b", KIND_ALTERNATE, [("Baiji", KIND_ALTERNATE)]),
    ("Az Zubayr", KIND_ALIAS, [("Az Zubair", KIND_ALIAS)]),
    ("Dayr az Zawr", KIND_MAIN, [("Dair az Zawr", KIND_ALIAS)]),
])
def test_a_diphthong_ay_is_also_written_ai(name: str, kind: int, forms: list[tuple[str, int]]) -> None:
    assert _ai_forms(name, kind) == forms


@pytest.mark.parametrize("name", ["Sayyidah", "Fayad", "Ayn Isa", "Baiji", ""])
def test_ay_before_a_vowel_or_opening_a_word_no_ai_form(name: str) -> None:
    # ("Ayn" opens the word: its own form is "Ain", `_ain_forms`)
    assert _ai_forms(name, KIND_MAIN) == []


# -- a curated region named after its state is filed under it ----------------------------------------------------------

def _region(name: str, country: str | None, feature: str = "RGN") -> _Place:
    return _Place(id=100, geonameid=None, name=name, lat=42.0, lon=-103.0, country=country, feature=feature,
                  population=1_000_000, admin1=None, admin1_id=None, admin2=None, resolution=3, auto=True)


def _builder_with_states() -> _Builder:
    b = _Builder()
    for code, name, country in (("US.NE", "Nebraska", "USA"), ("US.ID", "Idaho", "USA"), ("CA.ON", "Ontario", "CAN"),
                                ("NG.NI", "Niger", "NGA")):
        b.a1_by_code[code] = b.add(geonameid=None, name=name, lat=41.5, lon=-99.7, country=country, feature="ADM1",
                                   population=2_000_000, admin1=name, admin1_id=None, admin2=None, resolution=2)
    return b


def test_a_region_named_after_its_state_is_filed_under_it() -> None:
    b = _builder_with_states()
    p = _region("Nebraska Panhandle", "USA")
    b._file_region_under_state(p)
    assert (p.admin1, p.admin1_id) == ("Nebraska", b.a1_by_code["US.NE"].id)


@pytest.mark.parametrize(("name", "state"), [("Idaho Panhandle", "Idaho"), ("Ontario Highlands", "Ontario")])
def test_other_parts_of_a_state_are_filed_under_it(name: str, state: str) -> None:
    b = _builder_with_states()
    p = _region(name, "CAN" if state == "Ontario" else "USA")
    b._file_region_under_state(p)
    assert p.admin1 == state


@pytest.mark.parametrize(("name", "country", "feature"), [
    ("Ontario Panhandle", "USA", "RGN"),  # the state of that name is in another country
    ("Nebraska", "USA", "RGN"),  # the whole name: no region of it
    ("Nebraskan Plains", "USA", "RGN"),  # not the state's name as a word
    ("Niger Delta", "NGA", "RGN"),  # opens with a state's name but is no part of it
    ("Idaho Valley", "USA", "RGN"),  # not a word for a part of a state
    ("Panhandle", "USA", "RGN"),
    ("Idaho Lake", "USA", "LK"),  # not a region
    ("Idaho Panhandle", None, "RGN"),  # no country
])
def test_other_curated_rows_stay_unfiled(name: str, country: str | None, feature: str) -> None:
    b = _builder_with_states()
    p = _region(name, country, feature)
    b._file_region_under_state(p)
    assert p.admin1_id is None


# -- the built gazetteer (slow) ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


# (text, gold spans, the span checked, lat, lon): the reading must lie within 0.3 degrees
REAL_GOLD = [
    ("Kurdish fighters pulled out of Tal Rifaat under a deal brokered by Russia, a monitor said.",
     ("Tal Rifaat", "Russia"), "Tal Rifaat", 36.47, 37.09),
    ("Shells fell on Tell Rifaat and nearby villages north of Aleppo.", ("Tell Rifaat", "Aleppo"), "Tell Rifaat",
     36.47, 37.09),
    ("Two soldiers were killed near al-Shirqat, north of Tikrit, Iraqi officials said.",
     ("al-Shirqat", "Tikrit"), "al-Shirqat", 35.52, 43.23),
    ("Thousands of teachers rallied in Sulaimaniyah over unpaid salaries.", ("Sulaimaniyah",), "Sulaimaniyah",
     35.56, 45.43),
    ("A curfew was imposed in Razmak and other towns of North Waziristan after the attack.",
     ("Razmak", "North Waziristan"), "North Waziristan", 32.95, 69.91),
    ("Police in Nairobi fired tear gas at residents of Kibera who were protesting evictions.",
     ("Nairobi", "Kibera"), "Kibera", -1.31, 36.79),
    ("Floods swept through Mathare and Mukuru kwa Reuben, Kenya's Red Cross said.",
     ("Mathare", "Mukuru kwa Reuben", "Kenya"), "Mukuru kwa Reuben", -1.31, 36.88),
    ("Trucks queued for miles at Masnaa as Syrians fled the fighting, Lebanese officials said.",
     ("Masnaa",), "Masnaa", 33.70, 35.95),
    ("The Lebanese army set up checkpoints in Chtoura and Zahle after the strike.", ("Chtoura", "Zahle"), "Chtoura",
     33.82, 35.85),
    ("Thousands of garment workers walked out in Ashulia, an industrial belt outside Dhaka.",
     ("Ashulia", "Dhaka"), "Ashulia", 23.89, 90.32),
    ("The Army suspended research at Fort Detrick after safety lapses, officials said.", ("Fort Detrick",),
     "Fort Detrick", 39.44, -77.43),
    ("Firefighters in Stroud, Ontario, battled a barn fire overnight.", ("Stroud", "Ontario"), "Stroud", 44.32, -79.62),
    ("Police stopped a pickup on Highway 11 in Stroud, Ontario, Canada. The driver was taken to a Bradford, Ontario "
     "court.", ("Stroud", "Ontario", "Canada", "Bradford", "Ontario"), "Stroud", 44.32, -79.62),
    ("A man was charged after a stabbing at a Bradford, Ontario, plaza, York police said.",
     ("Bradford", "Ontario"), "Bradford", 44.11, -79.57),
    ("Hail flattened wheat across the Nebraska Panhandle on Sunday.", ("Nebraska Panhandle",), "Nebraska Panhandle",
     42.0, -103.0),
    ("Wildfires burned near Bonners Ferry in the Idaho Panhandle.", ("Bonners Ferry", "Idaho Panhandle"),
     "Idaho Panhandle", 47.8, -116.5),
    # the towns of a story about a region named after its state are read in that state
    ("Blizzards struck the Nebraska Panhandle, closing schools in Sidney and Alliance.",
     ("Nebraska Panhandle", "Sidney", "Alliance"), "Sidney", 41.14, -102.98),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g24_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    places = real.places(gold_article(text, *names), [], [], set())
    p = places[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)
    # (a reading of its own, not the fallback to another place of the story: Kibera lies 4 km from Nairobi's point)
    assert all(q.resolved_place != p.resolved_place for q, n in zip(places, names) if n != name)


# Namesakes the new rows must not take over: the same names in stories elsewhere.
REAL_KEEP = [
    ("Shops in Stroud reopened on Monday after the floods.", ("Stroud",), "Stroud", 51.75, -2.2),
    ("Police in Stroud, Gloucestershire, closed the high street after a fire.", ("Stroud", "Gloucestershire"),
     "Stroud", 51.75, -2.2),
    ("Flooding closed roads between Stroud and Cheltenham on Tuesday.", ("Stroud", "Cheltenham"), "Stroud",
     51.75, -2.2),
    ("Bradford City fans marched through Bradford and Leeds on Saturday.", ("Bradford", "Leeds"), "Bradford",
     53.79, -1.75),
    ("Fire crews in Sidney and Piqua, Ohio, fought a warehouse blaze.", ("Sidney", "Piqua", "Ohio"), "Sidney",
     40.28, -84.16),
    ("Flights from Los Angeles, Ontario and Burbank were delayed by the storm.",
     ("Los Angeles", "Ontario", "Burbank"), "Ontario", 34.06, -117.65),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g24_namesakes_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                          lat: float, lon: float) -> None:
    places = real.places(gold_article(text, *names), [], [], set())
    p = places[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)


# -- a curated town's own population (features.tsv, ninth column) ------------------------------------------------------

def test_a_curated_town_takes_the_population_its_row_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.geo import build
    rows = [["Strood", "", "44.32", "-79.62", "CAN", "PPL", "4", "", "2000"],
            ["Thornhyll", "", "43.81", "-79.42", "CAN", "PPL", "4", ""],
            ["Thornhyll Vale", "", "43.81", "-79.42", "CAN", "PPL", "5"],
            ["Panhandl", "", "36.0", "-101.0", "USA", "RGN", "3", "", ""]]
    monkeypatch.setattr(build, "_tsv", lambda name: iter(rows))
    b = _Builder()
    b.features()
    assert [p.population for p in b.places] == [2_000, 100_000, 100_000, 1_000_000]
