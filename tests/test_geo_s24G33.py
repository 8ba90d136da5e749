"""Resolution and data, session 24 (round G33, issue 4): a dateline names a city, so its village namesakes in the same
country are no readings ("JAYAPURA, Indonesia" is not a West Java hamlet); "Puncak regency" is the regency
(Kabupaten Puncak), an area known by its own name without the word for its kind; a township the gazetteer knows only
through its first word lies in its story's state ("Washington Township" among Glassboro and Gloucester County is not
the capital); build 71: towns of unknown population seating a district of their name are recognised (Birnin Gwari),
a city-point override file (`city_points.tsv`: Banki), districts still on their province's point take their curated
seat's point (DR Congo's Walikale, Kalehe, Shabunda ... territories), rows for the Sambisa and Boni forests, the Jubba
river, Sévaré, Kéniéba and seven eastern Congo seats, "Tana river", and "North Sinai" is the governorate, not the
peninsula. Invented names on a small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import _Builder, _data_text, _Place, _seat_key, _seats_by_other_name, _tsv
from newsevents.geo.gazetteer import KIND_ALTERNATE, KIND_MAIN, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import Resolver, _dateline_towns, _own_name_of_area, _Slot, load_weights
from newsevents.records import Article, Place, Span

from geo_spans import full_stop_sentences, gold_article

RECORDS = [
    GazRecord(1, 1, "Indonesa", -2.0, 118.0, "IDN", "PCLI", 270_000_000, resolution=1),
    # a provincial capital far east, and a hamlet of its name in the west next to a hamlet named like a regency
    GazRecord(10, 10, "Papuana", -4.0, 138.0, "IDN", "ADM1", 4_000_000, "Papuana", 10, resolution=2),
    GazRecord(11, 11, "Jayapuri", -2.53, 140.72, "IDN", "PPL", 410_000, "Papuana", 10, resolution=4),
    GazRecord(12, 12, "Jawa Baratia", -7.0, 107.5, "IDN", "ADM1", 48_000_000, "Jawa Baratia", 12, resolution=2),
    GazRecord(13, 13, "Jayapuri", -7.35, 108.03, "IDN", "PPL", 0, "Jawa Baratia", 12, resolution=4),
    GazRecord(14, 14, "Puncaka", -7.45, 107.13, "IDN", "PPL", 0, "Jawa Baratia", 12, resolution=4),
    GazRecord(15, 15, "Kabupaten Puncaka", -3.89, 137.28, "IDN", "ADM2", 0, "Papuana", 10, resolution=3),
    # a US city and a small town of its name in another state
    GazRecord(20, 20, "Unistatia", 39.8, -98.5, "USA", "PCLI", 330_000_000, resolution=1),
    GazRecord(21, 21, "Hampshira", 43.7, -71.6, "USA", "ADM1", 1_300_000, "Hampshira", 21, resolution=2),
    GazRecord(22, 22, "Manchestra", 42.99, -71.46, "USA", "PPL", 110_000, "Hampshira", 21, resolution=4),
    GazRecord(23, 23, "Vermonta", 44.0, -72.7, "USA", "ADM1", 640_000, "Vermonta", 23, resolution=2),
    GazRecord(24, 24, "Manchestra", 43.16, -73.07, "USA", "PPL", 4_400, "Vermonta", 23, resolution=4),
    # a capital, and a township's towns and county in another state
    GazRecord(30, 30, "Columbia Dist", 38.9, -77.0, "USA", "ADM1", 700_000, "Columbia Dist", 30, resolution=2),
    GazRecord(31, 31, "Washingtonia", 38.9, -77.04, "USA", "PPLC", 700_000, "Columbia Dist", 30, resolution=4),
    GazRecord(32, 32, "Jerseya", 40.1, -74.5, "USA", "ADM1", 9_000_000, "Jerseya", 32, resolution=2),
    GazRecord(33, 33, "Sewello", 39.77, -75.14, "USA", "PPL", 37_000, "Jerseya", 32, resolution=4),
    GazRecord(34, 34, "Glassborough", 39.70, -75.11, "USA", "PPL", 20_000, "Jerseya", 32, resolution=4),
    GazRecord(35, 35, "Gloucestra County", 39.71, -75.16, "USA", "ADM2", 300_000, "Jerseya", 32, resolution=3),
]
NAMES = {15: [("Puncaka", KIND_ALTERNATE)]}


def _parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=load_weights())


def _gold(text: str, *names: str) -> list[Place]:
    return _parser().places(gold_article(text, *names), [], [], set())


def _near(p: Place, lat: float, lon: float) -> bool:
    return p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.2 and abs(p.lon - lon) < 0.2


# -- a dateline names a city ---------------------------------------------------------------------------------------
def test_a_dateline_is_the_city_not_its_village_namesake() -> None:
    got = _gold("JAYAPURI, Indonesa - Rebels shot dead two workers in Puncaka on Friday, police said.",
                "JAYAPURI", "Indonesa", "Puncaka")
    assert _near(got[0], -2.53, 140.72)


def test_a_dateline_whose_written_state_holds_only_the_small_town_keeps_it() -> None:
    got = _gold("MANCHESTRA, Vermonta - A storm cut power on Friday.", "MANCHESTRA", "Vermonta")
    assert _near(got[0], 43.16, -73.07)


@pytest.mark.parametrize("text", ["Rebels shot dead two workers near Jayapuri on Friday, police said.",
                                  "Jayapuri police said rebels shot dead two workers on Friday.",
                                  "Rebels attacked.\nJayapuri was calm on Friday."])
def test_the_village_reading_outside_a_dateline_is_left_to_the_context(text: str) -> None:
    i = text.index("Jayapuri")
    slots = Resolver(InMemoryGazetteer(RECORDS, NAMES), load_weights()).slots(text, [(i, i + len("Jayapuri"))])
    assert {r.id for r in slots[0].cands} == {11, 13}


def test_odd_spans_at_a_dateline_never_crash() -> None:
    text = "JAYAPURI, Indonesa - Rebels attacked."
    spans = (Span(0, 8), Span(50, 60), Span(5, 5), Span(9, 8), Span(0, 0))
    places = _parser().places(Article("odd", text, toponyms=spans), [], [], set())
    assert _near(places[0], -2.53, 140.72)


def _slot(text: str, cands: list[GazRecord], quals: list[GazRecord] | None = None) -> _Slot:
    return _Slot(0, len(text), text, cands, False, quals or [], quals or [])


def test_dateline_towns_drops_only_villages_of_the_big_citys_country() -> None:
    by_id = {r.id: r for r in RECORDS}
    kept = _dateline_towns(_slot("JAYAPURI", [by_id[11], by_id[13]]))
    assert [r.id for r in kept] == [11]
    # no city of SMALL_TOWN people: nothing dropped; an empty list stays empty
    assert [r.id for r in _dateline_towns(_slot("PUNCAKA", [by_id[14]]))] == [14]
    assert _dateline_towns(_slot("NOWHERE", [])) == []
    # the written state does not hold the big city
    assert [r.id for r in _dateline_towns(_slot("MANCHESTRA", [by_id[22], by_id[24]], [by_id[23]]))] == [22, 24]


# -- "Puncak regency" ----------------------------------------------------------------------------------------------
def test_a_regency_is_the_area_named_so_without_its_kind_word() -> None:
    got = _gold("JAYAPURI, Indonesa - Rebels shot dead two workers in Puncaka regency on Friday, police said.",
                "JAYAPURI", "Puncaka")
    assert _near(got[1], -3.89, 137.28)


@pytest.mark.parametrize(("written", "name", "feature", "expected"), [
    ("Puncak", "Kabupaten Puncak", "ADM2", True),
    ("Bourem", "Cercle de Bourem", "ADM2", True),
    ("Puncak", "Kabupaten Puncak Jaya", "ADM2", False),  # another area that only opens with the name
    ("Puncak", "Puncak", "ADM2", False),  # the main name itself: no alternate needed
    ("Puncak", "Kabupaten Puncak", "PPL", False),  # a town is no area
    ("Jaya", "Province of the Very Long Kind Word Jaya", "ADM1", False),  # too much before the name
    ("", "Kabupaten Puncak", "ADM2", False),
])
def test_own_name_of_area(written: str, name: str, feature: str, expected: bool) -> None:
    rec = GazRecord(1, 1, name, 0.0, 0.0, "IDN", feature, 0, kind=KIND_MAIN)
    assert _own_name_of_area(written, rec) is expected


# -- a township in its story's state -------------------------------------------------------------------------------
def test_a_township_known_by_its_first_word_lies_in_the_storys_state() -> None:
    got = _gold("Firefighters battled a blaze in Washingtonia Township on Saturday, and crews from Sewello and "
                "Glassborough helped, Gloucestra County officials said.", "Washingtonia Township", "Sewello",
                "Glassborough", "Gloucestra County")
    assert got[0].country_code == "USA" and got[0].lat is not None and got[0].lat < 40.5 and got[0].lon is not None \
        and got[0].lon > -76.0


def test_a_township_alone_keeps_its_reading() -> None:
    got = _gold("A man was shot in Washingtonia Township on Friday, police said.", "Washingtonia Township")
    assert _near(got[0], 38.9, -77.04)


# -- build: towns of unknown population, city points, districts at curated seats -----------------------------------
def _b_area(b: _Builder, name: str, feature: str = "ADM1", population: int = 0, admin1: _Place | None = None,
            row: int = 1) -> _Place:
    p = b.add(geonameid=None, name=name, lat=10.0, lon=8.0, country="NGA", feature=feature, population=population,
              admin1=admin1.name if admin1 else name, admin1_id=admin1.id if admin1 else None, admin2=None,
              resolution=2 if feature == "ADM1" else 3)
    if admin1 is None:
        p.admin1_id = p.id
    b.sub_place[row] = p
    return p


def _b_town(b: _Builder, name: str, area: _Place, population: int, gid: int, auto: bool = False) -> _Place:
    p = b.add(geonameid=gid, name=name, lat=10.66, lon=6.54, country="NGA", feature="PPL", population=population,
              admin1=area.name, admin1_id=area.id, admin2=None, resolution=4, auto=auto)
    b.by_geonameid[gid] = p
    return p


def test_a_town_of_unknown_population_seating_its_district_is_recognised() -> None:
    b = _Builder()
    kaduna = _b_area(b, "Kaduna")
    _b_area(b, "Birnin Gwari", "ADM2", 29_880, kaduna, row=2)
    _b_area(b, "Kauru District", "ADM2", 40_000, kaduna, row=3)
    _b_area(b, "Tiny", "ADM2", 900, kaduna, row=4)
    seat = _b_town(b, "Birnin Gwari", kaduna, 0, 100)
    kauru = _b_town(b, "Kauru", kaduna, 0, 101)
    tiny = _b_town(b, "Tiny", kaduna, 0, 102)
    known = _b_town(b, "Zaria", kaduna, 0, 103)  # no district of its name
    counted = _b_town(b, "Birnin Gwari", kaduna, 500, 104)  # a population of its own: left as it is
    assert b.known_district_seats() == 2
    assert seat.auto and kauru.auto and not tiny.auto and not known.auto and not counted.auto


def test_a_district_in_another_state_makes_no_seat() -> None:
    b = _Builder()
    kaduna, kano = _b_area(b, "Kaduna"), _b_area(b, "Kano", row=5)
    _b_area(b, "Birnin Gwari", "ADM2", 29_880, kano, row=2)
    seat = _b_town(b, "Birnin Gwari", kaduna, 0, 100)
    assert b.known_district_seats() == 0 and not seat.auto


def test_city_points_move_a_town_only_under_its_own_name() -> None:
    rows = list(_tsv("city_points.tsv"))
    assert rows and all(len(r) == 4 and -90 <= float(r[2]) <= 90 and -180 <= float(r[3]) <= 180 for r in rows)
    gid, name = int(rows[0][0]), rows[0][1]
    b = _Builder()
    area = _b_area(b, "Borno")
    town = _b_town(b, name, area, 5_000, gid)
    town.lat, town.lon = 0.0, 0.0
    assert b.city_points() == 1 and (town.lat, town.lon) == (float(rows[0][2]), float(rows[0][3]))
    b2 = _Builder()
    other = _b_town(b2, name + "x", _b_area(b2, "Borno"), 5_000, gid)
    other.lat, other.lon = 0.0, 0.0
    assert b2.city_points() == 0 and (other.lat, other.lon) == (0.0, 0.0)


def test_every_curated_file_has_a_source_line() -> None:
    assert _data_text("city_points.tsv").startswith("# source:")


def test_a_district_on_its_provinces_point_takes_its_curated_seats_point() -> None:
    b = _Builder()
    kivu = _b_area(b, "Nord-Kivu")
    walikale = _b_area(b, "Walikale", "ADM2", 0, kivu, row=2)
    walikale.borrowed_point = True
    lubero = _b_area(b, "Lubero Territory", "ADM2", 0, kivu, row=3)
    lubero.borrowed_point = True
    own = _b_area(b, "Masisi", "ADM2", 17_000, kivu, row=4)  # a point of its own: stays
    for p in (walikale, lubero, own):
        p.country = "COD"
    for name, lat, lon in (("Walikale", -1.42, 28.05), ("Lubero", -0.16, 29.24), ("Masisi", -1.40, 28.81)):
        b.add(geonameid=None, name=name, lat=lat, lon=lon, country="COD", feature="PPL", population=20_000,
              admin1=None, admin1_id=None, admin2=None, resolution=4, auto=True)
    # a curated town of the name in another country is no seat
    b.add(geonameid=None, name="Walikale", lat=5.0, lon=5.0, country="NGA", feature="PPL", population=1,
          admin1=None, admin1_id=None, admin2=None, resolution=4, auto=True)
    assert b.district_points_from_curated_towns() == 2
    assert (walikale.lat, walikale.lon) == (-1.42, 28.05) and not walikale.borrowed_point
    assert (lubero.lat, lubero.lon) == (-0.16, 29.24)
    assert (own.lat, own.lon) == (10.0, 8.0)


def test_a_district_named_by_another_spelling_of_its_seat_takes_the_seats_point() -> None:
    b = _Builder()
    aleppo = _b_area(b, "Halab")
    azaz = _b_area(b, "Azaz District", "ADM2", 0, aleppo, row=2)
    jowhar = _b_area(b, "Jowhar", "ADM2", 0, aleppo, row=3)
    lost = _b_area(b, "Nowhere District", "ADM2", 0, aleppo, row=4)
    for d in (azaz, jowhar, lost):
        d.borrowed_point = True
    seat = _b_town(b, "I‘zāz", aleppo, 66_000, 200)
    seat.names = [("Azaz", KIND_ALTERNATE), ("A'zaz", KIND_ALTERNATE)]
    small = _b_town(b, "Azaz Saghir", aleppo, 500, 201)
    small.names = [("Azaz", KIND_ALTERNATE)]  # a smaller town of that other name: the bigger is the seat
    main_only = _b_town(b, "Jawhar", aleppo, 47_000, 202)
    main_only.names = [("Jowhar", KIND_MAIN)]  # not an alternate: left to the main-name rules
    elsewhere = _b_town(b, "Nowhereville", _b_area(b, "Idlib", row=5), 1_000, 203)
    elsewhere.names = [("Nowhere", KIND_ALTERNATE)]  # another province's town
    seats = _seats_by_other_name(b.by_geonameid.values(), [azaz, jowhar, lost, aleppo])
    assert seats.get(_seat_key(azaz)) is seat
    assert seats.get(_seat_key(jowhar)) is None and seats.get(_seat_key(lost)) is None
    assert _seats_by_other_name([], [azaz]) == {} and _seats_by_other_name(b.by_geonameid.values(), []) == {}


def test_admin_points_from_cities_moves_a_district_to_its_seat_by_another_spelling() -> None:
    b = _Builder()
    aleppo = _b_area(b, "Halab")
    azaz = _b_area(b, "Azaz District", "ADM2", 0, aleppo, row=2)
    azaz.borrowed_point = True
    seat = _b_town(b, "I‘zāz", aleppo, 66_000, 200)
    seat.lat, seat.lon = 36.59, 37.05
    seat.names = [("Azaz", KIND_ALTERNATE)]
    b.admin_points_from_cities()
    assert (azaz.lat, azaz.lon) == (36.59, 37.05) and not azaz.borrowed_point


# -- real gazetteer (slow) -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL_GOLD = [
    ("MAIDUGURI, Nigeria - Insurgents attacked an army post in Banki, a border town, on Tuesday.",
     ("MAIDUGURI", "Banki"), "Banki", 11.30, 14.08),
    ("BAMAKO - A car bomb exploded outside a camp in Sévaré, near Mopti, on Sunday.", ("BAMAKO", "Sévaré", "Mopti"),
     "Sévaré", 14.53, -4.09),
    ("ABUJA - Jets bombed camps in the Sambisa forest on Friday.", ("ABUJA", "Sambisa forest"), "Sambisa forest",
     11.30, 13.45),
    ("MOGADISHU - Troops retook two villages along the Jubba river on Thursday.", ("MOGADISHU", "Jubba river"),
     "Jubba river", 1.00, 42.60),
    ("NAIROBI - Troops hunting militants in the Boni forest killed three on Monday.", ("NAIROBI", "Boni forest"),
     "Boni forest", -1.65, 41.25),
    ("Miners clashed with gendarmes in Kéniéba, in western Mali, on Wednesday.", ("Kéniéba", "Mali"), "Kéniéba",
     12.84, -11.24),
    ("CAIRO - Militants attacked a checkpoint in North Sinai on Tuesday.", ("CAIRO", "North Sinai"), "North Sinai",
     31.15, 33.62),
    ("JAYAPURA, Indonesia - Rebels shot dead two workers in Puncak regency on Friday.", ("JAYAPURA", "Puncak"),
     "Puncak", -3.89, 137.28),
    ("JAYAPURA, Indonesia - Rebels shot dead two workers in Puncak regency on Friday.", ("JAYAPURA", "Puncak"),
     "JAYAPURA", -2.53, 140.72),
    ("GOMA - Militia fighters seized a mining town in Walikale territory on Sunday.", ("GOMA", "Walikale"),
     "Walikale", -1.42, 28.05),
    ("BUKAVU - Fighting spread to Shabunda territory on Monday.", ("BUKAVU", "Shabunda"), "Shabunda", -2.70, 27.34),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g33_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)


REAL_SPOTTED = [
    ("KADUNA, Nigeria - Bandits kidnapped 20 travellers on a road in Birnin Gwari on Saturday.", "Birnin Gwari",
     10.66, 6.54),
    ("GARISSA, Kenya - Floods forced thousands from their homes along the Tana river on Monday.", "Tana river",
     -1.86, 40.18),
    ("NAIROBI - Troops hunting militants in the Boni forest killed three on Monday.", "Boni forest", -1.65, 41.25),
    ("MOGADISHU - Troops retook two villages along the Juba river on Thursday.", "Juba river", 1.00, 42.60),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL_SPOTTED)
def test_real_gazetteer_g33_spotted(real: GeoParser, text: str, name: str, lat: float, lon: float) -> None:
    got = [p for p in real.places(Article("r", text), full_stop_sentences(text), [], set()) if p.text == name]
    assert got and all(p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3
                       and abs(p.lon - lon) < 0.3 for p in got), [(p.text, p.resolved_place) for p in got]


REAL_KEEP = [
    # a small town's dateline with its state written keeps the town (Manchester, Vermont; London, Kentucky)
    ("MANCHESTER, Vt. - A storm knocked out power across southern Vermont on Friday.", ("MANCHESTER", "Vt."),
     "MANCHESTER", 43.16, -73.07),
    ("LONDON, Ky. - A tornado damaged homes in Laurel County on Friday.", ("LONDON", "Ky.", "Laurel County"),
     "LONDON", 37.13, -84.08),
    # Juba the capital stays
    ("JUBA - South Sudan's president met rebel leaders in Juba on Friday.", ("JUBA", "Juba"), "Juba", 4.85, 31.58),
    # Bonn stays Bonn in a German story; Tana River county stays the county
    ("BERLIN - The ministry will move 300 jobs from Bonn to Berlin.", ("BERLIN", "Bonn"), "Bonn", 50.73, 7.10),
    ("NAIROBI - Floods hit Tana River county on Monday.", ("NAIROBI", "Tana River"), "Tana River", -1.86, 40.18),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g33_readings_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                          lat: float, lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)
