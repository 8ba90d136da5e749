"""English spellings of Arabic place names and curated rows for places in international news (W17, session 10).
Wire copy writes Levantine "Bayt" as "Beit" with a French-style "ou" ("Beit Sahour", GeoNames "Bayt Sāḩūr") and a
governorate's final "ah" as "a" ("Shabwa", GeoNames "Shabwah"); the build adds those spellings as aliases, only where
they are safe (towns keep their "ah": "Rafa" is a first name). Built on a one-place builder. A country written as
based somewhere is a firm named like it ("Emirates, based in Dubai"). Each rule has a guard."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import CountryCheck, _arabic_spellings, _Builder, _Place, _tsv, _write
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, KIND_ALTERNATE, KIND_MAIN, GazRecord, InMemoryGazetteer

from geo_spans import read_places


def _place(name: str, country: str, feature: str, population: int = 15_000) -> _Place:
    return _Place(id=1, geonameid=1, name=name, lat=31.7, lon=35.2, country=country, feature=feature,
                  population=population, admin1=None, admin1_id=None, admin2=None, resolution=4, auto=True)


def _texts(p: _Place, kind: int = KIND_MAIN) -> set[str]:
    return {t for t, _ in _arabic_spellings(p, p.name, kind)}


def test_levantine_bayt_is_written_beit_with_ou() -> None:
    p = _place("Bayt S\u0101\u1e29\u016br", "PSE", "PPL")
    assert _texts(p) == {"Beit Sahour", "Beit Sahur"}
    assert {k for _, k in _arabic_spellings(p, p.name, KIND_MAIN)} == {KIND_ALIAS}


def test_bayt_outside_the_levant_keeps_its_spelling() -> None:
    assert _texts(_place("Bayt al Faq\u012bh", "YEM", "PPL")) == set()


def test_bayt_only_opens_a_name() -> None:
    assert _texts(_place("Kafr Bayt", "SYR", "PPL")) == set()


def test_governorate_final_ah_is_written_a() -> None:
    assert _texts(_place("Shabwah", "YEM", "ADM1", 500_000)) == {"Shabwa"}


def test_a_town_keeps_its_final_ah() -> None:
    assert _texts(_place("Rafah", "PSE", "PPL", 150_000)) == set()


def test_only_arabic_speaking_countries() -> None:
    assert _texts(_place("Kelantah", "MYS", "ADM1", 1_000_000)) == set()
    assert _texts(_place("Bayt Lamo", "KEN", "PPL")) == set()


def test_an_alternate_gives_an_alternate() -> None:
    p = _place("Al Mahrah", "YEM", "ADM1", 150_000)
    assert _arabic_spellings(p, "Mahrah", KIND_ALTERNATE) == [("Mahra", KIND_ALTERNATE)]


def _built(tmp_path: Path, p: _Place) -> dict[str, int]:
    b = _Builder()
    b.places.append(p)
    _write(b, tmp_path / "g.sqlite", CountryCheck(counts={}, disagree=()))
    conn = sqlite3.connect(tmp_path / "g.sqlite")
    rows = {norm: auto for norm, auto in conn.execute("SELECT norm, auto FROM name")}
    conn.close()
    return rows


def test_the_build_writes_the_spellings_into_the_automaton(tmp_path: Path) -> None:
    rows = _built(tmp_path, _place("Bayt S\u0101\u1e29\u016br", "PSE", "PPL"))
    assert rows["beit sahour"] >= 1 and rows["beit sahur"] >= 1 and rows["bayt sahur"] >= 1


def test_the_build_leaves_a_town_s_ah_alone(tmp_path: Path) -> None:
    rows = _built(tmp_path, _place("Rafah", "PSE", "PPL", 150_000))
    assert "rafa" not in rows


@pytest.mark.parametrize("name", ["features.tsv"])
def test_curated_rows_are_well_formed(name: str) -> None:
    # 2-decimal points on the globe, a known feature code shape and a 1-5 resolution on every row
    for cols in _tsv(name):
        assert len(cols) >= 7, cols
        lat, lon = float(cols[2]), float(cols[3])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, cols
        assert len(cols[2].split(".")[-1]) <= 2 or "." not in cols[2], cols
        assert cols[5].isupper() and 1 <= int(cols[6]) <= 5, cols


# --- a firm named like a country: "Emirates, based in Dubai" ---------------------------------------------------------


RECORDS = [
    GazRecord(1, 1, "Emiratia", 24.0, 54.0, "AEX", "PCLI", 9_000_000, resolution=1),
    GazRecord(2, 2, "Dubaya", 25.2, 55.27, "AEX", "PPL", 3_000_000, resolution=4),
    GazRecord(3, 3, "Sudana", 15.5, 30.0, "SDX", "PCLI", 45_000_000, resolution=1),
    GazRecord(4, 4, "Port Sudana", 19.62, 37.22, "SDX", "PPL", 500_000, resolution=4),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


def test_a_country_named_as_based_somewhere_is_a_firm(parser: GeoParser) -> None:
    got = read_places(parser, "Qantas and Emiratia, based in Dubaya, both fly the route.")
    assert "Emiratia" not in got and got["Dubaya"].country_code == "AEX"


def test_a_country_in_a_place_slot_before_based_in_stays(parser: GeoParser) -> None:
    # (guard: "based in" then tells where the people are, and the country is a place)
    got = read_places(parser, "Aid workers in Sudana, based in Port Sudana, said food ran out.")
    assert got["Sudana"].country_code == "SDX"


def test_a_country_without_based_in_stays(parser: GeoParser) -> None:
    got = read_places(parser, "Emiratia, the Gulf state, said flights to Dubaya would resume.")
    assert got["Emiratia"].country_code == "AEX"
