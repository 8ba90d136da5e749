"""Resolution and data, session 25 (round G35, issue 4): local news names its own state's places (a county or town
read in another state than every other place of the story is that state's: "Hillsborough County" after "MANCHESTER,
N.H." is New Hampshire's, not Florida's); a first-level area that does not hold the county written beside it gives
way to the county's town ("Middlesex County officials opened a shelter in New Brunswick" is New Brunswick, N.J.); an
unknown village is placed by the town written as its reference point ("the village of Berdychi, northwest of
Avdiivka"); build 72: US townships of 25,000+ people the packaged towns lack (`us_townships.tsv`: "Lower Merion
Township", "Howell Township") and Bwindi. Invented names on a small in-memory gazetteer; real places on the built
gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import _DATA_FILES, _Builder, _data_text, _tsv
from newsevents.geo.gazetteer import KIND_MAIN, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import _one_state_namesakes, _reference_after, _Slot, load_weights
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences, gold_article

RECORDS = [
    GazRecord(1, 1, "Unistatia", 39.8, -98.5, "USA", "PCLI", 330_000_000, resolution=1),
    GazRecord(2, 2, "Hampshira", 43.7, -71.6, "USA", "ADM1", 1_300_000, "Hampshira", 2, resolution=2),
    GazRecord(3, 3, "Floridia", 28.0, -82.0, "USA", "ADM1", 21_000_000, "Floridia", 3, resolution=2),
    GazRecord(4, 4, "Manchestra", 42.99, -71.46, "USA", "PPL", 110_000, "Hampshira", 2, resolution=4),
    GazRecord(5, 5, "Bedfordia", 42.95, -71.52, "USA", "PPL", 23_000, "Hampshira", 2, resolution=4),
    # a county of one name in two states, the bigger far away
    GazRecord(6, 6, "Hillsboro County", 27.93, -82.37, "USA", "ADM2", 1_300_000, "Floridia", 3, resolution=3),
    GazRecord(7, 7, "Hillsboro County", 42.92, -71.64, "USA", "ADM2", 350_000, "Hampshira", 2, resolution=3),
    # a town of one name in two states: the far one much bigger, then a peer
    GazRecord(8, 8, "Tampella", 27.95, -82.46, "USA", "PPL", 400_000, "Floridia", 3, resolution=4),
    GazRecord(9, 9, "Tampella", 43.1, -71.3, "USA", "PPL", 1_500, "Hampshira", 2, resolution=4),
    GazRecord(10, 10, "Nashwick", 27.5, -82.5, "USA", "PPL", 90_000, "Floridia", 3, resolution=4),
    GazRecord(11, 11, "Nashwick", 42.76, -71.47, "USA", "PPL", 88_000, "Hampshira", 2, resolution=4),
    # a Canadian province and county, and a US county holding a town of the province's name
    GazRecord(20, 20, "Canadia", 56.0, -106.0, "CAN", "PCLI", 38_000_000, resolution=1),
    GazRecord(21, 21, "Ontaria", 50.0, -85.0, "CAN", "ADM1", 14_000_000, "Ontaria", 21, resolution=2),
    GazRecord(22, 22, "Brunswicka", 46.5, -66.0, "CAN", "ADM1", 780_000, "Brunswicka", 22, resolution=2),
    GazRecord(23, 23, "Middlesexa County", 43.0, -81.4, "CAN", "ADM2", 500_000, "Ontaria", 21, resolution=3),
    GazRecord(24, 24, "Jerseya", 40.1, -74.5, "USA", "ADM1", 9_000_000, "Jerseya", 24, resolution=2),
    GazRecord(25, 25, "Middlesexa County", 40.44, -74.41, "USA", "ADM2", 860_000, "Jerseya", 24, resolution=3),
    GazRecord(26, 26, "Brunswicka", 40.49, -74.45, "USA", "PPL", 55_000, "Jerseya", 24, "Middlesexa County",
              resolution=4),
    # a township the packaged towns lack, known by its full name only
    GazRecord(27, None, "Howella Township", 40.17, -74.20, "USA", "PPL", 52_000, "Jerseya", 24, "Monmoutha County",
              resolution=4),
    # a war story: a dateline capital, a region and a town written as a reference point
    GazRecord(30, 30, "Ukrainia", 49.0, 32.0, "UKR", "PCLI", 40_000_000, resolution=1),
    GazRecord(31, 31, "Kyivo", 50.45, 30.52, "UKR", "PPLC", 2_900_000, "Kyivo", 32, resolution=4),
    GazRecord(33, 33, "Donetsa Oblast", 48.0, 37.8, "UKR", "ADM1", 4_000_000, "Donetsa Oblast", 33, resolution=2),
    GazRecord(34, 34, "Avdiivo", 48.14, 37.74, "UKR", "PPL", 30_000, "Donetsa Oblast", 33, resolution=4),
]


def _parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), weights=load_weights())


def _gold(text: str, *names: str) -> list[Place]:
    return _parser().places(gold_article(text, *names), [], [], set())


def _near(p: Place, lat: float, lon: float, tol: float = 0.2) -> bool:
    return p.lat is not None and p.lon is not None and abs(p.lat - lat) < tol and abs(p.lon - lon) < tol


# -- a county or town of the story's one state ---------------------------------------------------------------------
def test_a_county_of_the_storys_state_beats_a_bigger_one_elsewhere() -> None:
    got = _gold("MANCHESTRA, Hampshira - A man was arrested after a standoff at a home in Bedfordia, and the "
                "Hillsboro County attorney said he faces charges.", "MANCHESTRA", "Hampshira", "Bedfordia",
                "Hillsboro County")
    assert _near(got[3], 42.92, -71.64)


def test_a_county_alone_keeps_its_bigger_reading() -> None:
    got = _gold("The Hillsboro County attorney said the man faces charges.", "Hillsboro County")
    assert _near(got[0], 27.93, -82.37)


def _slot(text: str, start: int = 0, qualifiers: list[GazRecord] | None = None) -> _Slot:
    return _Slot(start, start + len(text), text, [], False, qualifiers or [], [])


_BY_ID = {r.id: r for r in RECORDS}
_GAZ = InMemoryGazetteer(RECORDS, {})


def test_one_state_namesakes_moves_a_peer_town_but_not_a_far_bigger_one() -> None:
    slots = [_slot("Manchestra"), _slot("Bedfordia", 20), _slot("Nashwick", 40)]
    got = _one_state_namesakes(_GAZ, slots, [_BY_ID[4], _BY_ID[5], _BY_ID[10]])
    assert got[2] is not None and got[2].id == 11  # a peer namesake in the state
    slots = [_slot("Manchestra"), _slot("Bedfordia", 20), _slot("Tampella", 40)]
    got = _one_state_namesakes(_GAZ, slots, [_BY_ID[4], _BY_ID[5], _BY_ID[8]])
    assert got[2] is not None and got[2].id == 8  # "flights to Tampella": the big city stays


def test_one_state_namesakes_keeps_readings_of_a_story_of_two_states_or_qualified() -> None:
    slots = [_slot("Manchestra"), _slot("Tampella", 20), _slot("Hillsboro County", 40)]
    out: list[GazRecord | None] = [_BY_ID[4], _BY_ID[8], _BY_ID[6]]
    assert _one_state_namesakes(_GAZ, slots, out) == out  # Hampshira and Floridia both named
    slots = [_slot("Manchestra"), _slot("Bedfordia", 20), _slot("Hillsboro County", 40, [_BY_ID[3]])]
    out = [_BY_ID[4], _BY_ID[5], _BY_ID[6]]
    assert _one_state_namesakes(_GAZ, slots, out) == out  # "Hillsboro County, Floridia"
    assert _one_state_namesakes(_GAZ, [], []) == []
    assert _one_state_namesakes(_GAZ, [_slot("Hillsboro County")], [None]) == [None]


def test_a_bare_name_left_unread_is_the_states_township() -> None:
    slots = [_slot("Brunswicka"), _slot("Middlesexa County", 20), _slot("Howella", 40)]
    got = _one_state_namesakes(_GAZ, slots, [_BY_ID[26], _BY_ID[25], None])
    assert got[2] is not None and got[2].id == 27
    # not in a story of another state, nor when the name is qualified
    slots = [_slot("Manchestra"), _slot("Bedfordia", 20), _slot("Howella", 40)]
    assert _one_state_namesakes(_GAZ, slots, [_BY_ID[4], _BY_ID[5], None])[2] is None
    slots = [_slot("Brunswicka"), _slot("Middlesexa County", 20), _slot("Howella", 40, [_BY_ID[3]])]
    assert _one_state_namesakes(_GAZ, slots, [_BY_ID[26], _BY_ID[25], None])[2] is None


def test_one_state_needs_two_places_of_the_state() -> None:
    slots = [_slot("Manchestra"), _slot("Hillsboro County", 40)]
    out: list[GazRecord | None] = [_BY_ID[4], _BY_ID[6]]
    assert _one_state_namesakes(_GAZ, slots, out) == out


# -- a province beside a county that holds a town of its name ------------------------------------------------------
def test_a_province_beside_a_county_that_holds_its_namesake_town_is_the_town() -> None:
    got = _gold("A water main break flooded streets on Monday, and Middlesexa County officials opened a shelter in "
                "Brunswicka.", "Middlesexa County", "Brunswicka")
    assert _near(got[0], 40.44, -74.41) and _near(got[1], 40.49, -74.45)


def test_a_province_holding_the_county_or_in_another_sentence_stays() -> None:
    got = _gold("Middlesexa County officials said on Monday. Brunswicka has had floods too.", "Middlesexa County",
                "Brunswicka")
    assert _near(got[1], 46.5, -66.0, 0.5)


# -- an unknown village by its reference point ---------------------------------------------------------------------
_WAR = "KYIVO - Russian forces captured the village of Berdychi, northwest of Avdiivo in the Donetsa Oblast."


def test_an_unknown_village_is_placed_by_the_town_written_as_its_reference() -> None:
    places = _parser().places(Article("w", _WAR), full_stop_sentences(_WAR), [], set())
    berd = [p for p in places if p.text == "Berdychi"]
    assert berd and _near(berd[0], 48.14, 37.74)


@pytest.mark.parametrize(("after", "expected"), [
    (", northwest of Avdiivo in", 34),
    (", 20 km south of Avdiivo", 34),
    (" near Avdiivo", 34),
    (", 500 km east of Avdiivo", None),  # too far to place it
    (", 300 miles east of Avdiivo", None),
    (", northwest of Nowhere", None),  # no such town
    (", which Avdiivo", None),
    ("", None),
])
def test_reference_after(after: str, expected: int | None) -> None:
    text = "the village of Berdychi" + after
    sl = _slot("Berdychi", text.index("Berdychi"))
    found = [(0, _BY_ID[31])]
    got = _reference_after(_GAZ, text, sl, found)
    assert (got.id if got is not None else None) == expected


def test_reference_after_prefers_a_found_place_at_the_reference() -> None:
    text = "the village of Berdychi, near Avdiivo"
    sl = _slot("Berdychi", 15)
    got = _reference_after(_GAZ, text, sl, [(text.index("Avdiivo"), _BY_ID[34])])
    assert got is not None and got.id == 34
    assert _reference_after(_GAZ, text, sl, []) is None  # no country the story is in: no lookup


# -- build: US townships -------------------------------------------------------------------------------------------
def test_townships_file_has_a_source_and_well_formed_rows() -> None:
    assert _data_text("us_townships.tsv").startswith("# source:") and "us_townships.tsv" in _DATA_FILES
    rows = list(_tsv("us_townships.tsv"))
    assert len(rows) >= 20
    for name, state, county, lat, lon, pop, bare in rows:
        assert not name.endswith("Township") and county.endswith("County") and bare in ("0", "1")
        assert state in ("New Jersey", "Pennsylvania", "Michigan", "Ohio")
        assert 38.0 < float(lat) < 43.0 and -85.0 < float(lon) < -74.0 and int(pop) >= 25_000


def test_townships_are_filed_under_their_state() -> None:
    b = _Builder()
    jersey = b.add(geonameid=None, name="New Jersey", lat=40.1, lon=-74.5, country="USA", feature="ADM1",
                   population=9_000_000, admin1="New Jersey", admin1_id=None, admin2=None, resolution=2)
    jersey.admin1_id = jersey.id
    b.a1_by_code["US.NJ"] = jersey
    before = len(b.places)
    n = b.townships()
    added = b.places[before:]
    assert n == len(added) >= 5  # only the New Jersey rows: the other states are not in this builder
    howell = next(p for p in added if p.name == "Howell Township")
    assert howell.admin1_id == jersey.id and howell.country == "USA" and howell.feature == "PPL"
    names = {n for n, _ in howell.names}
    assert "Howell Twp" in names and "Howell" not in names  # a bare name only where it is no common word
    manalapan = next(p for p in added if p.name == "Manalapan Township")
    assert "Manalapan" in {n for n, _ in manalapan.names}


def test_townships_without_their_states_add_nothing() -> None:
    assert _Builder().townships() == 0


# -- real gazetteer (slow) -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL_GOLD = [
    ("MANCHESTER, N.H. - A man was arrested after a standoff at a home in Bedford, and the Hillsborough County "
     "attorney's office said he faces charges.", ("MANCHESTER", "Bedford", "Hillsborough County"),
     "Hillsborough County", 42.92, -71.64),
    ("A water main break flooded streets in Edison Township on Monday, and Middlesex County officials opened a "
     "shelter in New Brunswick.", ("Edison Township", "Middlesex County", "New Brunswick"), "New Brunswick",
     40.49, -74.45),
    ("Police in Lower Merion Township said a man was charged with robbing a bank.", ("Lower Merion Township",),
     "Lower Merion Township", 40.03, -75.28),
    ("LAKEWOOD, N.J. - Police in Howell Township arrested two men, and Ocean County prosecutors said a third was "
     "sought in Toms River.", ("LAKEWOOD", "Howell Township", "Ocean County", "Toms River"), "Howell Township",
     40.17, -74.20),
    ("LAKEWOOD, N.J. - Police in Howell arrested two men, and Ocean County prosecutors said a third was sought in "
     "Toms River.", ("LAKEWOOD", "Howell", "Ocean County", "Toms River"), "Howell", 40.17, -74.20),
    ("KAMPALA - Gunmen attacked a tourist vehicle near Bwindi in western Uganda on Tuesday.",
     ("KAMPALA", "Bwindi", "Uganda"), "Bwindi", -1.02, 29.68),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g35_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)


REAL_SPOTTED = [
    ("KYIV - Russian forces captured the village of Berdychi, northwest of Avdiivka in the Donetsk region.",
     "Berdychi", 48.14, 37.75),
    ("Residents of Upper Darby protested outside the municipal building on Tuesday.", "Upper Darby", 39.96, -75.27),
    ("KAMPALA - Gunmen attacked a tourist vehicle near Bwindi on Tuesday, police said.", "Bwindi", -1.02, 29.68),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL_SPOTTED)
def test_real_gazetteer_g35_spotted(real: GeoParser, text: str, name: str, lat: float, lon: float) -> None:
    got = [p for p in real.places(Article("r", text), full_stop_sentences(text), [], set()) if p.text == name]
    assert got and all(p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3
                       and abs(p.lon - lon) < 0.3 for p in got), [(p.text, p.resolved_place) for p in got]


REAL_KEEP = [
    # Florida's county in a Florida story; New Brunswick, Canada, with its own city; Howell, Mich., written so
    ("TAMPA, Fla. - Deputies in Hillsborough County arrested a man in Brandon on Friday.",
     ("TAMPA", "Hillsborough County", "Brandon"), "Hillsborough County", 27.93, -82.37),
    ("Floods hit Moncton and Fredericton, and New Brunswick declared an emergency.",
     ("Moncton", "Fredericton", "New Brunswick"), "New Brunswick", 46.5, -66.0),
    ("LAKEWOOD, N.J. - A man from Howell, Mich., was arrested in Toms River, Ocean County officials said.",
     ("LAKEWOOD", "Howell", "Toms River", "Ocean County"), "Howell", 42.61, -83.93),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g35_readings_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                          lat: float, lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 1.0 and abs(p.lon - lon) < 1.0, (
        p.resolved_place, p.lat, p.lon)


def test_odd_input_never_crashes() -> None:
    for text in ("", "County", ", near", "Township Township", "the village of , northwest of"):
        _parser().places(Article("o", text), full_stop_sentences(text), [], set())
    record = GazRecord(99, None, "X", None, None, None, "PPL", 0, kind=KIND_MAIN)
    assert _one_state_namesakes(_GAZ, [_slot("X")], [record]) == [record]
