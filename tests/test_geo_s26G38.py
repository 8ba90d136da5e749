"""Resolution and data, session 26 (round G38): in a local story whose places lie in one US state, a namesake town
of that state near the story's places beats another state's town under LOCAL_OVER_OTHER_STATE_MAX people
("Clarksville" in a Lamar County, Texas story) and, with nothing in the story pointing abroad, a province or capital
abroad ("New Brunswick" in a Somerset County, N.J. story, "Paris" in a Red River County, Texas story); a bare name read
as a US town that also names a capital abroad is the capital when the text writes the capital's country ("flew to
Paris ... French buyers"); build 74: Lacey, Berkeley and Manchester Townships and Jackson's point (Ocean County,
N.J.). Invented names on a small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import _data_text, _tsv
from newsevents.geo.gazetteer import KIND_DEMONYM, KIND_MAIN, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import (_capitals_pointed_abroad, _country_written, _county_home, _local_namesake,
                                    _one_state_namesakes, _points_abroad, _Slot, load_weights)
from newsevents.records import Article

from geo_spans import full_stop_sentences, gold_article

RECORDS = [
    GazRecord(1, 1, "Unistatia", 39.8, -98.5, "USA", "PCLI", 330_000_000, resolution=1),
    GazRecord(2, 2, "Texa", 31.0, -99.0, "USA", "ADM1", 29_000_000, "Texa", 2, resolution=2),
    GazRecord(3, 3, "Tenna", 35.8, -86.4, "USA", "ADM1", 7_000_000, "Tenna", 3, resolution=2),
    GazRecord(4, 4, "Lamara County", 33.67, -95.57, "USA", "ADM2", 50_000, "Texa", 2, resolution=3),
    GazRecord(5, 5, "Parisa", 33.66, -95.56, "USA", "PPL", 25_000, "Texa", 2, "Lamara County", resolution=4),
    # a town of one name in the story's state (small) and in another state (a city)
    GazRecord(6, 6, "Clarka", 33.61, -95.05, "USA", "PPL", 3_000, "Texa", 2, "Redra County", resolution=4),
    GazRecord(7, 7, "Clarka", 36.53, -87.36, "USA", "PPL", 170_000, "Tenna", 3, "Montga County", resolution=4),
    # a capital and a province abroad, and their country (with its demonym)
    GazRecord(8, 8, "Parisa", 48.86, 2.35, "FRX", "PPLC", 2_100_000, resolution=4),
    GazRecord(9, 9, "Franca", 46.0, 2.0, "FRX", "PCLI", 68_000_000, resolution=1),
    GazRecord(10, 10, "Frenchy", 46.0, 2.0, "FRX", "PCLI", 68_000_000, resolution=1, kind=KIND_DEMONYM),
    GazRecord(11, 11, "New Brunsa", 46.5, -66.0, "CAX", "ADM1", 800_000, "New Brunsa", 11, resolution=2),
    GazRecord(12, 12, "New Brunsa", 40.49, -74.45, "USA", "PPL", 57_000, "Jerseya", 13, "Middla County",
              resolution=4),
    GazRecord(13, 13, "Jerseya", 40.1, -74.5, "USA", "ADM1", 9_000_000, "Jerseya", 13, resolution=2),
    GazRecord(14, 14, "Somersa County", 40.56, -74.62, "USA", "ADM2", 340_000, "Jerseya", 13, resolution=3),
    GazRecord(15, 15, "Somervilla", 40.57, -74.61, "USA", "PPL", 12_000, "Jerseya", 13, resolution=4),
    GazRecord(16, 16, "Londa", 51.5, -0.13, "GBX", "PPLC", 9_000_000, resolution=4),
    # a big city of another state that stands alone, with a small namesake near the story
    GazRecord(17, 17, "Metropa", 36.17, -86.78, "USA", "PPL", 300_000, "Tenna", 3, resolution=4),
    GazRecord(18, 18, "Metropa", 33.70, -95.40, "USA", "PPL", 800, "Texa", 2, resolution=4),
    GazRecord(19, 19, "Bourba County", 38.2, -84.2, "USA", "ADM2", 20_000, "Kenta", 20, resolution=3),
    GazRecord(20, 20, "Kenta", 37.5, -85.0, "USA", "ADM1", 4_500_000, "Kenta", 20, resolution=2),
    GazRecord(21, 21, "Parisa", 38.21, -84.25, "USA", "PPL", 10_000, "Kenta", 20, "Bourba County", resolution=4),
    GazRecord(22, 22, "Lexa", 38.05, -84.50, "USA", "PPL", 320_000, "Kenta", 20, resolution=4),
]
_BY_ID = {r.id: r for r in RECORDS}
_GAZ = InMemoryGazetteer(RECORDS, {})


def _slot(text: str, start: int = 0, qualifiers: list[GazRecord] | None = None) -> _Slot:
    return _Slot(start, start + len(text), text, [], False, qualifiers or [], [])


def _story(text: str, names: list[tuple[str, int | None]]) -> tuple[list[_Slot], list[GazRecord | None]]:
    slots, at = [], 0
    for name, _ in names:
        at = text.index(name, at)
        slots.append(_slot(name, at))
        at += len(name)
    return slots, [_BY_ID[rid] if rid is not None else None for _, rid in names]


def _ids(out: list[GazRecord | None]) -> list[int | None]:
    return [None if r is None else r.id for r in out]


# -- a namesake among the story's places ----------------------------------------------------------------------------
def test_another_states_city_is_the_namesake_near_the_story() -> None:
    text = "Lamara County deputies arrested a man in Clarka, and the victim was flown to a hospital in Parisa."
    slots, out = _story(text, [("Lamara County", 4), ("Clarka", 7), ("Parisa", 5)])
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == [4, 6, 5]


def test_a_capital_abroad_is_the_namesake_near_the_story_with_nothing_abroad() -> None:
    text = "Lamara County deputies arrested a woman in Clarka, and a second suspect was held in Parisa."
    slots, out = _story(text, [("Lamara County", 4), ("Clarka", 6), ("Parisa", 8)])
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == [4, 6, 5]


def test_a_province_abroad_is_the_namesake_near_the_story() -> None:
    text = "Somersa County prosecutors said a man was held in New Brunsa, and another in Somervilla."
    slots, out = _story(text, [("Somersa County", 14), ("New Brunsa", 11), ("Somervilla", 15)])
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == [14, 12, 15]


def test_one_county_tells_the_state_for_a_namesake_among_the_storys_places() -> None:
    text = "Police arrested a man, and Somersa County prosecutors said he was held in New Brunsa."
    slots, out = _story(text, [("Somersa County", 14), ("New Brunsa", 11)])
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == [14, 12]
    text = "Lamara County deputies said a man was held in Clarka."
    slots, out = _story(text, [("Lamara County", 4), ("Clarka", 7)])
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == [4, 6]


def test_one_county_is_too_little_against_a_capital() -> None:
    text = "Lamara County deputies said a man was held in Parisa."
    slots, out = _story(text, [("Lamara County", 4), ("Parisa", 8)])
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == [4, 8]


def test_county_home() -> None:
    text = "Somersa County prosecutors said he was held in New Brunsa."
    slots, out = _story(text, [("Somersa County", 14), ("New Brunsa", 11)])
    assert _county_home(slots, out, 1) == "jerseya"
    # a town alone is no county; a place abroad or of another state leaves no one state
    slots, out = _story("Deputies in Somervilla held him in New Brunsa.", [("Somervilla", 15), ("New Brunsa", 11)])
    assert _county_home(slots, out, 1) is None
    text = "Somersa County prosecutors said he fled from Lamara County to New Brunsa."
    slots, out = _story(text, [("Somersa County", 14), ("Lamara County", 4), ("New Brunsa", 11)])
    assert _county_home(slots, out, 2) is None


@pytest.mark.parametrize("text, names", [
    # the text writes the capital's country, or names another place abroad
    ("Lamara County officials met Frenchy buyers in Clarka, then flew to Parisa.",
     [("Lamara County", 4), ("Clarka", 6), ("Parisa", 8)]),
    ("Lamara County officials in Clarka flew to Parisa and Londa.",
     [("Lamara County", 4), ("Clarka", 6), ("Parisa", 8), ("Londa", 16)]),
    # the reading's own state is named
    ("Lamara County deputies said a man from Parisa fled to Clarka in Tenna.",
     [("Lamara County", 4), ("Parisa", 5), ("Clarka", 7), ("Tenna", 3)]),
    # a city of another state big enough to stand alone (LOCAL_OVER_OTHER_STATE_MAX)
    ("Lamara County deputies in Parisa said the suspect fled to Metropa.",
     [("Lamara County", 4), ("Parisa", 5), ("Metropa", 17)]),
])
def test_readings_that_stay(text: str, names: list[tuple[str, int]]) -> None:
    slots, out = _story(text, names)
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == _ids(out)


def test_a_qualified_or_titled_mention_stays() -> None:
    text = "Lamara County deputies in Parisa said the man fled to Clarka, Tenna."
    slots, out = _story(text, [("Lamara County", 4), ("Parisa", 5), ("Clarka", 7)])
    slots[2] = _slot("Clarka", slots[2].start, [_BY_ID[3]])
    assert _ids(_one_state_namesakes(_GAZ, slots, out, text)) == [4, 5, 7]


def test_local_namesake_needs_a_home_state_and_a_far_reading() -> None:
    text = "Deputies in Parisa arrested a man in Clarka."
    slots, out = _story(text, [("Parisa", 5), ("Clarka", 7)])
    assert _local_namesake(_GAZ, text, slots, out, 1, _BY_ID[7], None) is None
    assert _local_namesake(_GAZ, text, slots, out, 1, _BY_ID[7], "texa") is not None
    # the reading already in the story's state, or a state read as a province, moves nowhere
    assert _local_namesake(_GAZ, text, slots, out, 1, _BY_ID[6], "texa") is None
    assert _local_namesake(_GAZ, text, slots, out, 1, _BY_ID[3], "texa") is None
    # a reading close to the story's places is no stray of it
    near = GazRecord(99, 99, "Clarka", 33.9, -95.3, "USA", "PPL", 9_000, "Okla", 98, resolution=4)
    assert _local_namesake(_GAZ, text, slots, out, 1, near, "texa") is None


def test_points_abroad_and_country_written() -> None:
    text = "Lamara County officials flew to Parisa for talks with Frenchy ministers."
    slots, out = _story(text, [("Lamara County", 4), ("Parisa", 8)])
    assert _country_written(_GAZ, text, "FRX") and not _country_written(_GAZ, text, "GBX")
    assert not _country_written(_GAZ, text, None) and not _country_written(_GAZ, "", "FRX")
    assert _points_abroad(_GAZ, text, slots, out, 1, "FRX")
    plain = "Lamara County officials flew to Parisa."
    slots, out = _story(plain, [("Lamara County", 4), ("Parisa", 8)])
    assert not _points_abroad(_GAZ, plain, slots, out, 1, "FRX")


# -- a capital the text points to -----------------------------------------------------------------------------------
def test_a_us_town_named_like_a_capital_is_the_capital_when_its_country_is_written() -> None:
    text = "LEXA, Kenta - Horse breeders flew to Parisa on Monday to meet Frenchy buyers."
    slots, out = _story(text, [("LEXA", 22), ("Kenta", 20), ("Parisa", 21)])
    assert _ids(_capitals_pointed_abroad(_GAZ, text, slots, out)) == [22, 20, 8]
    # ... or another of its places
    text = "LEXA, Kenta - Horse breeders flew to Parisa on Monday, then to Franca's south."
    slots, out = _story(text, [("LEXA", 22), ("Kenta", 20), ("Parisa", 21), ("Franca", 9)])
    assert _ids(_capitals_pointed_abroad(_GAZ, text, slots, out))[2] == 8


@pytest.mark.parametrize("text, names", [
    ("LEXA, Kenta - Horse breeders flew to Parisa on Monday.", [("LEXA", 22), ("Kenta", 20), ("Parisa", 21)]),
    ("LEXA, Kenta - Parisa police said Frenchy buyers were robbed.", [("LEXA", 22), ("Kenta", 20), ("Parisa", 21)]),
    ("Bourba County deputies said Frenchy tourists were robbed in Parisa.", [("Bourba County", 19), ("Parisa", 21)]),
])
def test_a_us_town_named_like_a_capital_stays(text: str, names: list[tuple[str, int]]) -> None:
    slots, out = _story(text, names)
    assert _ids(_capitals_pointed_abroad(_GAZ, text, slots, out)) == _ids(out)


def test_a_town_the_story_sets_itself_stays_though_its_capital_is_named() -> None:
    text = "PARISA, Kenta - A man was shot in Parisa. The town shares its name with the capital of Franca."
    slots, out = _story(text, [("PARISA", 21), ("Kenta", 20), ("Parisa", 21), ("Franca", 9)])
    assert _ids(_capitals_pointed_abroad(_GAZ, text, slots, out)) == [21, 20, 21, 9]


def test_odd_input_never_crashes() -> None:
    record = GazRecord(99, None, "X", None, None, None, "PPLC", 0, kind=KIND_MAIN)
    assert _one_state_namesakes(_GAZ, [_slot("X")], [record], "X") == [record]
    assert _capitals_pointed_abroad(_GAZ, "", [], []) == []
    assert _capitals_pointed_abroad(_GAZ, "X", [_slot("X")], [record]) == [record]
    assert _capitals_pointed_abroad(_GAZ, "X", [_slot("X")], [None]) == [None]
    assert _local_namesake(_GAZ, "X", [_slot("X")], [record], 0, record, "texa") is None
    parser = GeoParser(InMemoryGazetteer(RECORDS, {}), weights=load_weights())
    for text in ("", "LEXA, Kenta -", "Parisa Parisa Parisa", "New Brunsa Township"):
        parser.places(Article("o", text), full_stop_sentences(text), [], set())


# -- data (build 74) ------------------------------------------------------------------------------------------------
def test_build_74_rows_have_sources() -> None:
    towns = {(row[0], row[1]): row for row in _tsv("us_townships.tsv")}
    for name in ("Lacey", "Berkeley", "Manchester"):
        row = towns[(name, "New Jersey")]
        assert row[2] == "Ocean County" and 39.7 < float(row[3]) < 40.2 and -74.5 < float(row[4]) < -74.1
        assert row[6] == "0"  # (bigger namesakes elsewhere: no bare alias)
    points = {row[0]: row for row in _tsv("city_points.tsv")}
    assert points["4502434"][1] == "Jackson" and float(points["4502434"][2]) > 40.0
    assert "G38" in _data_text("us_townships.tsv") and "G38" in _data_text("city_points.tsv")


# -- real gazetteer (slow) ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL_GOLD = [
    ("LAKEWOOD, N.J. - Police in Lacey arrested a man, and Ocean County prosecutors said a second suspect was held "
     "in Toms River.", ("LAKEWOOD", "Lacey", "Ocean County", "Toms River"), "Lacey", 39.86, -74.26),
    ("Police in Berkeley Township said a woman was charged after a crash, and the driver was taken to Toms River.",
     ("Berkeley Township", "Toms River"), "Berkeley Township", 39.90, -74.20),
    ("LAKEWOOD, N.J. - Police in Manchester said a man was arrested, and Ocean County prosecutors said he was held "
     "in Toms River.", ("LAKEWOOD", "Manchester", "Ocean County", "Toms River"), "Manchester", 39.98, -74.37),
    ("Police in Jackson Township said two teens were charged, and Ocean County prosecutors said they were held in "
     "Toms River.", ("Jackson Township", "Ocean County", "Toms River"), "Jackson Township", 40.10, -74.36),
    ("Lamar County deputies said a man was arrested in Clarksville, and the victim was flown to a hospital in Paris.",
     ("Lamar County", "Clarksville", "Paris"), "Clarksville", 33.61, -95.05),
    ("Red River County deputies said a woman was arrested in Clarksville, and a second suspect was held in Paris.",
     ("Red River County", "Clarksville", "Paris"), "Paris", 33.66, -95.56),
    ("LEXINGTON, Ky. - Kentucky horse breeders flew to Paris on Monday to meet French buyers at an auction.",
     ("LEXINGTON", "Kentucky", "Paris"), "Paris", 48.86, 2.35),
]
REAL_KEEP = [
    ("Montgomery County deputies in Tennessee said a man was arrested in Clarksville, and a woman was held in "
     "Nashville.", ("Montgomery County", "Tennessee", "Clarksville", "Nashville"), "Clarksville", 36.53, -87.36),
    ("DALLAS - Texas officials flew to Kingston, Jamaica, on Monday, and a delegation later visited Paris and Berlin.",
     ("DALLAS", "Texas", "Kingston", "Jamaica", "Paris", "Berlin"), "Paris", 48.86, 2.35),
    ("Ulster County deputies arrested a man in Kingston on Wednesday, and a second suspect was picked up in New "
     "Paltz.", ("Ulster County", "Kingston", "New Paltz"), "Kingston", 41.93, -74.00),
    ("HOUSTON - Texas oil executives met government officials in Paris and Brussels on Monday.",
     ("HOUSTON", "Texas", "Paris", "Brussels"), "Paris", 48.86, 2.35),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD + REAL_KEEP)
def test_real_gazetteer_g38_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.5 and abs(p.lon - lon) < 0.5, (
        p.resolved_place, p.lat, p.lon)
