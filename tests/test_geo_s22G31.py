"""Resolution and data, session 22 (round G31, issue 4): bare names of a named city's neighbourhoods read as towns
elsewhere are that city's parts ("Germantown ... Philadelphia fire officials ... Mount Airy"); a town's own offices
("Athens police") in a story writing the town's state make it the state's town even against a capital abroad; a
district with no member places that borrowed its province's point takes the point of its seat town ("Kazungula
District"); rows for Mugling, Narayangadh and Philadelphia's Mount Airy, "Hiraan" for Somalia's Hiiraan and Gorkha
district's point. Invented names on a small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.geo import GeoParser, automaton_cache
from newsevents.geo.build import _district_seat, _district_seats, _Place
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import load_weights
from newsevents.records import Place

from geo_spans import gold_article
from test_perf_s21P30 import _real_gazetteer_path

RECORDS = [
    GazRecord(1, 1, "United Statia", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    # a big city with a neighbourhood named like a bigger town 200 km away, and that town's neighbours
    GazRecord(2, 2, "Pennia", 40.9, -77.8, "USA", "ADM1", 13_000_000, "Pennia", 2, resolution=2),
    GazRecord(3, 3, "Philadelphis", 39.95, -75.17, "USA", "PPL", 1_500_000, "Pennia", 2, resolution=4),
    GazRecord(4, 4, "Germanton", 40.04, -75.18, "USA", "PPL", 10_700, "Pennia", 2, resolution=4),
    GazRecord(5, 5, "Airyville", 40.06, -75.19, "USA", "PPLX", 5_000, "Pennia", 2, resolution=5),
    GazRecord(6, 6, "Marylandia", 39.0, -76.7, "USA", "ADM1", 6_000_000, "Marylandia", 6, resolution=2),
    GazRecord(7, 7, "Germanton", 39.17, -77.27, "USA", "PPL", 86_000, "Marylandia", 6, resolution=4),
    GazRecord(8, 8, "Airyville", 39.38, -77.16, "USA", "PPL", 9_400, "Marylandia", 6, resolution=4),
    GazRecord(9, 9, "Gaithersby", 39.14, -77.20, "USA", "PPL", 68_000, "Marylandia", 6, resolution=4),
    GazRecord(10, 10, "Bigtown", 39.10, -77.00, "USA", "PPL", 900_000, "Marylandia", 6, resolution=4),
    GazRecord(11, 11, "Bigtown", 40.00, -75.20, "USA", "PPL", 8_000, "Pennia", 2, resolution=4),
    # a capital abroad and a college town of its name in a state the story writes
    GazRecord(20, 20, "Hellas", 39.0, 22.0, "GRC", "PCLI", 10_000_000, resolution=1),
    GazRecord(21, 21, "Athenai", 37.98, 23.73, "GRC", "PPLC", 664_000, "Attika", 22, resolution=4),
    GazRecord(23, 23, "Piraia", 37.94, 23.65, "GRC", "PPL", 163_000, "Attika", 22, resolution=4),
    GazRecord(24, 24, "Ohia", 40.3, -82.8, "USA", "ADM1", 11_000_000, "Ohia", 24, resolution=2),
    GazRecord(25, 25, "Athenai", 39.33, -82.10, "USA", "PPL", 25_000, "Ohia", 24, resolution=4),
    # ... and one in a state named like a country
    GazRecord(30, 30, "Georgica", 32.7, -83.4, "USA", "ADM1", 10_000_000, "Georgica", 30, resolution=2),
    GazRecord(31, 31, "Georgica", 42.0, 43.5, "GEO", "PCLI", 3_700_000, resolution=1),
    GazRecord(32, 32, "Athenai", 33.96, -83.38, "USA", "PPL", 127_000, "Georgica", 30, resolution=4),
    # a country and a county seat of its name
    GazRecord(40, 40, "Mejico", 23.0, -102.0, "MEX", "PCLI", 126_000_000, resolution=1),
    GazRecord(41, 41, "Missouria", 38.5, -92.5, "USA", "ADM1", 6_000_000, "Missouria", 41, resolution=2),
    GazRecord(42, 42, "Audra County", 39.2, -91.8, "USA", "ADM2", 25_000, "Missouria", 41, resolution=3),
    GazRecord(43, 43, "Mejico", 39.17, -91.88, "USA", "PPL", 11_500, "Missouria", 41, "Audra County", resolution=4),
]


def _gold(text: str, *names: str) -> list[Place]:
    gp = GeoParser(InMemoryGazetteer(RECORDS, {}), weights=load_weights())
    return gp.places(gold_article(text, *names), [], [], set())


def _near(p: Place, lat: float, lon: float) -> bool:
    return p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.2 and abs(p.lon - lon) < 0.2


# -- parts of a named city -----------------------------------------------------------------------------------------
def test_bare_neighbourhoods_of_a_named_city_are_its_parts() -> None:
    text = ("A fire tore through a rowhouse in Germanton early Sunday, Philadelphis fire officials said. Two people "
            "were taken to a hospital in Airyville.")
    got = _gold(text, "Germanton", "Philadelphis", "Airyville")
    assert _near(got[0], 40.04, -75.18) and _near(got[2], 40.06, -75.19)


def test_a_town_its_neighbours_surround_keeps_its_reading() -> None:
    text = ("A crash closed a road in Germanton, and police in Gaithersby searched for the driver. Philadelphis "
            "police said they had no link.")
    got = _gold(text, "Germanton", "Gaithersby", "Philadelphis")
    assert _near(got[0], 39.17, -77.27)


def test_a_part_much_smaller_than_the_reading_does_not_take_it() -> None:
    # Bigtown, Marylandia (900,000) is no town a Philadelphis neighbourhood of 8,000 outranks
    got = _gold("Philadelphis officials met the mayor of Bigtown on Monday.", "Philadelphis", "Bigtown")
    assert _near(got[1], 39.10, -77.00)


def test_without_a_named_city_the_reading_stays() -> None:
    got = _gold("A fire tore through a rowhouse in Germanton early Sunday, officials said.", "Germanton")
    assert _near(got[0], 39.17, -77.27)


def test_a_qualified_town_is_no_part() -> None:
    text = "Germanton, Marylandia, sent firefighters, and Philadelphis fire officials praised them."
    got = _gold(text, "Germanton", "Marylandia", "Philadelphis")
    assert _near(got[0], 39.17, -77.27)


def test_one_sense_per_story_after_a_qualified_mention() -> None:
    text = ("A shooting in Germanton, Marylandia shocked the region. Philadelphis students joined the Germanton "
            "students on Monday.")
    got = _gold(text, "Germanton", "Marylandia", "Philadelphis", "Germanton")
    assert _near(got[0], 39.17, -77.27) and _near(got[3], 39.17, -77.27)


# -- a town's own offices ------------------------------------------------------------------------------------------
def test_a_towns_police_in_a_story_writing_its_state_is_that_town() -> None:
    text = "Athenai police said a student at Ohia University was struck by a car on Friday."
    got = _gold(text, "Athenai")
    assert got[0].country_code == "USA" and _near(got[0], 39.33, -82.10)


@pytest.mark.parametrize(("text", "names"), [
    # no office word: the capital stays (a conference in Athenai)
    ("A student at Ohia University spoke at a conference in Athenai on Friday.", ("Athenai",)),
    # the state not written
    ("Athenai police said a student was struck by a car on Friday.", ("Athenai",)),
    # another place of the reading's country
    ("Athenai police said a man from Ohia was robbed in Piraia on Friday.", ("Athenai", "Piraia")),
    # a state named like a country: a Greek story about Georgians
    ("Athenai police said on Monday they arrested two men from Georgica.", ("Athenai", "Georgica")),
])
def test_a_capitals_police_stay_without_sure_local_evidence(text: str, names: tuple[str, ...]) -> None:
    assert _gold(text, *names)[0].country_code == "GRC"


# -- a town named like a country, with its county ----------------------------------------------------------------
def test_a_towns_police_with_its_county_in_the_sentence_is_the_town() -> None:
    text = "Mejico police said a man was killed in a crash on Route 22, Audra County officials said."
    got = _gold(text, "Mejico", "Audra County")
    assert got[0].country_code == "USA" and _near(got[0], 39.17, -91.88)


@pytest.mark.parametrize("text", [
    # no office of the town after the name
    "Troops returned from Mejico on Tuesday, Audra County officials said.",
    # the county in another sentence
    "Mejico police said a man was killed. Audra County officials said the road reopened.",
])
def test_a_country_stays_without_the_towns_offices_beside_its_county(text: str) -> None:
    assert _gold(text, "Mejico", "Audra County")[0].country_code == "MEX"


# -- a district's seat for a borrowed point ----------------------------------------------------------------------
def _place(pid: int, name: str, feature: str, lat: float, lon: float, population: int = 0, admin1_id: int = 100,
           ) -> _Place:
    return _Place(pid, None, name, lat, lon, "ZMB", feature, population, "Southern", admin1_id, None,
                  3 if feature == "ADM2" else 4)


def test_a_district_that_borrowed_its_provinces_point_sits_at_its_seat() -> None:
    seats = _district_seats([_place(1, "Kazungula", "PPL", -17.79, 25.27, 12_000),
                             _place(2, "Kazungula", "PPL", -15.0, 28.0, 500, admin1_id=200)])
    seat = _district_seat(seats, _place(3, "Kazungula District", "ADM2", -16.79, 27.06))
    assert seat is not None and seat.id == 1


@pytest.mark.parametrize("name", ["Municipio de Kazungula", "Daïra de Kazungula", "Shahrestān-e Kazungula",
                                  "Kazungula district"])
def test_a_district_written_with_the_word_for_its_kind_sits_at_its_seat(name: str) -> None:
    seats = _district_seats([_place(1, "Kazungula", "PPL", -17.79, 25.27, 12_000)])
    seat = _district_seat(seats, _place(3, name, "ADM2", -16.79, 27.06))
    assert seat is not None and seat.id == 1


@pytest.mark.parametrize("name", ["Kazungula County", "Kazungula", "Districtville District", ""])
def test_only_a_district_named_for_a_town_of_its_province_has_a_seat(name: str) -> None:
    seats = _district_seats([_place(1, "Kazungula", "PPL", -17.79, 25.27, 12_000)])
    assert _district_seat(seats, _place(3, name, "ADM2", -16.79, 27.06)) is None


def test_a_seat_in_another_province_is_none() -> None:
    seats = _district_seats([_place(1, "Kazungula", "PPL", -17.79, 25.27, 12_000, admin1_id=200)])
    assert _district_seat(seats, _place(3, "Kazungula District", "ADM2", -16.79, 27.06)) is None


def test_a_seat_is_a_town_not_an_area() -> None:
    seats = _district_seats([_place(1, "Kazungula", "ADM1", -17.79, 25.27, 12_000)])
    assert _district_seat(seats, _place(3, "Kazungula District", "ADM2", -16.79, 27.06)) is None


# -- real gazetteer (slow) ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL_GOLD = [
    ("A fire tore through a rowhouse in Germantown early Sunday, Philadelphia fire officials said. Two people were "
     "taken to a hospital in Mount Airy.", ("Germantown", "Philadelphia", "Mount Airy"), "Germantown", 40.04, -75.18),
    ("A fire tore through a rowhouse in Germantown early Sunday, Philadelphia fire officials said. Two people were "
     "taken to a hospital in Mount Airy.", ("Germantown", "Philadelphia", "Mount Airy"), "Mount Airy", 40.06, -75.19),
    ("Athens police said a student at Ohio University was struck by a car. The driver was arrested in Nelsonville.",
     ("Athens", "Ohio", "Nelsonville"), "Athens", 39.33, -82.10),
    ("KATHMANDU - A bus plunged into the Trishuli river near Mugling on its way from Narayangadh, police said.",
     ("KATHMANDU", "Mugling", "Narayangadh"), "Mugling", 27.86, 84.56),
    ("KATHMANDU - A bus plunged into the Trishuli river near Mugling on its way from Narayangadh, police said.",
     ("KATHMANDU", "Mugling", "Narayangadh"), "Narayangadh", 27.70, 84.43),
    ("Traders in Narayangarh closed their shops on Monday.", ("Narayangarh",), "Narayangarh", 27.70, 84.43),
    ("MOGADISHU - Al-Shabaab fighters attacked a base in the Hiraan region, officials said.", ("MOGADISHU", "Hiraan"),
     "Hiraan", 4.06, 45.40),
    ("KATHMANDU - Rescuers reached villages in Gorkha district, officials said.", ("KATHMANDU", "Gorkha"),
     "Gorkha", 28.00, 84.63),
    ("LUSAKA - Floods cut roads in Kazungula District on Monday, officials said.", ("LUSAKA", "Kazungula District"),
     "Kazungula District", -17.79, 25.27),
    ("NAIROBI - Herders clashed in Moyale District on Monday, police said.", ("NAIROBI", "Moyale District"),
     "Moyale District", 3.53, 39.06),
    ("Lebanon police said a man was killed in a crash, and Wilson County deputies closed the road to Mt. Juliet.",
     ("Lebanon", "Wilson County", "Mt. Juliet"), "Lebanon", 36.21, -86.29),
    ("GUATEMALA CITY - Floods cut roads in Municipio de Zacapa on Monday.", ("GUATEMALA CITY", "Municipio de Zacapa"),
     "Municipio de Zacapa", 14.97, -89.53),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g31_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)


@pytest.mark.slow
def test_real_gazetteer_g31_stray_town_of_a_written_county(real: GeoParser) -> None:
    # a town dropped as a stray abroad is the town of the county written in its sentence (it had been placed at
    # Smyrna, the nearest place read)
    text = ("Dover police said a man was shot near the state Capitol, and Kent County deputies arrested a suspect in "
            "Smyrna.")
    p = real.places(gold_article(text, "Dover", "Kent County", "Smyrna"), [], [], set())[0]
    assert p.resolved_place == "Dover" and p.country_code == "USA" and p.lat is not None and abs(p.lat - 39.16) < 0.1


REAL_KEEP = [
    # a bare Mount Airy with nothing else named stays the biggest (North Carolina)
    ("A fire damaged a store in Mount Airy on Friday, the fire chief said.", ("Mount Airy",), "Mount Airy", 36.50,
     -80.61),
    # Germantown among Maryland towns stays Maryland's though Philadelphia is named
    ("A crash closed a road in Germantown, and police in Gaithersburg and Rockville searched for the driver. "
     "Philadelphia police said they had no link.", ("Germantown", "Gaithersburg", "Rockville", "Philadelphia"),
     "Germantown", 39.17, -77.27),
    # the Greek capital's police with Greek places, and with the country Georgia written
    ("Athens police detained two men after a robbery in Piraeus, and a third was held in Ohio.",
     ("Athens", "Piraeus", "Ohio"), "Athens", 37.98, 23.73),
    ("Athens police said on Monday they arrested a man from Tbilisi, Georgia.", ("Athens", "Tbilisi", "Georgia"),
     "Athens", 37.98, 23.73),
    ("NEW YORK (Reuters) - HSBC said it would move 1,000 jobs to Birmingham from London.",
     ("NEW YORK", "Birmingham", "London"), "Birmingham", 52.48, -1.90),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g31_readings_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                          lat: float, lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)


# -- the name automaton warmed at build time ----------------------------------------------------------------------
def test_warming_a_missing_database_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_HOME", str(tmp_path))
    assert automaton_cache.warm(tmp_path / "gazetteer-0123456789ab.sqlite") is False
    assert not list(tmp_path.glob("automaton-*"))


def test_warming_a_garbage_database_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_HOME", str(tmp_path))
    bad = tmp_path / "gazetteer-0123456789ab.sqlite"
    bad.write_bytes(b"not a database")
    assert automaton_cache.warm(bad) is False




@pytest.mark.slow
def test_warming_caches_the_automaton_the_first_parser_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    from newsevents.geo.gazetteer import Gazetteer

    real = _real_gazetteer_path()
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    (home / real.name).symlink_to(real)
    (elsewhere / real.name).symlink_to(real)
    monkeypatch.setenv("NEWSEVENTS_HOME", str(home))
    # a database outside the home is never cached
    assert automaton_cache.warm(elsewhere / real.name) is False and not list(elsewhere.glob("automaton-*"))
    assert automaton_cache.warm(home / real.name) is True
    files = list(home.glob("automaton-*.pickle"))
    assert len(files) == 1
    built: list[int] = []
    parser = GeoParser(Gazetteer.open(home / real.name))
    monkeypatch.setattr(parser, "_build_automaton", lambda: built.append(1))  # (it must be loaded, not built)
    assert parser.automaton.size > 100_000 and not built
