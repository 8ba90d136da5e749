"""Resolution and data, session 14 (round G23, issue 4): a small town reached through one word of a longer name and far
from every town the story names is no reading ("the Inland Empire" in a Riverside story is not Empire, California); a
reading found through part of a longer name does not make the story about its country, so it does not keep a small
town abroad ("Agnes Jones House" read as Jones County does not keep "the Republic" as Republic, Missouri, in a Derry
story); a city quarter named after a people is not in their country ("the French Quarter" of New Orleans); the build
writes Arabic names with the article unassimilated ("Jisr ash Shughur" is also "Jisr al-Shughur"), "Ayn" as "Ain"
without marks ("Ra's al 'Ayn" is "Ras al Ain") and a town's final "ah" as "a" when the short form is long enough ("Al
Hawijah" is "Hawija"), and a district without the word for its kind ("Kabupaten Karo" is "Karo", "Karo regency");
curated rows the packaged data lacks or places far off (Kobo, Thornhill, Hanover Park, Eastleigh, Lake Kariba, the
Inland Empire, the Oklahoma Panhandle, Jubaland, Dinder). Invented names on a small in-memory gazetteer; real places
on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import _ain_forms, _district_own_name, _Place, _town_final_a, _unassimilated_forms
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import (KIND_ALIAS, KIND_ALTERNATE, KIND_DEMONYM, KIND_MAIN, GazRecord,
                                      InMemoryGazetteer)
from newsevents.records import Place

from geo_spans import gold_article

RECORDS = [
    GazRecord(1, 1, "Unistat", 39.8, -98.5, "USA", "PCLI", 330_000_000, resolution=1),
    GazRecord(2, 2, "Califo", 37.0, -120.0, "USA", "ADM1", 39_000_000, "Califo", 2, resolution=2),
    GazRecord(3, 3, "Riversyde", 33.95, -117.4, "USA", "PPL", 320_000, "Califo", 2, resolution=4),
    GazRecord(4, 4, "Fontanna", 34.09, -117.44, "USA", "PPL", 210_000, "Califo", 2, resolution=4),
    # a small town of the same state 500 km north, and one next to the story's towns
    GazRecord(5, 5, "Empyre", 37.64, -120.9, "USA", "PPL", 4_000, "Califo", 2, resolution=4),
    GazRecord(6, 6, "Bucklund", 33.8, -117.2, "USA", "PPL", 3_000, "Califo", 2, resolution=4),
    # a big city far off: strong enough to be read from part of a name
    GazRecord(7, 7, "Sacramenta", 38.58, -121.49, "USA", "PPL", 500_000, "Califo", 2, resolution=4),
    # a lakeside town far from the story's towns
    GazRecord(8, 8, "Shastaville", 40.6, -122.4, "USA", "PPL", 9_000, "Califo", 2, resolution=4),
    # a story in Northern Ireland; a small US town named "Republik" and a US county known as "Jonas"
    GazRecord(20, 20, "Britania", 54.0, -2.0, "GBR", "PCLI", 67_000_000, resolution=1),
    GazRecord(21, 21, "Northern Irland", 54.6, -6.75, "GBR", "ADM1", 1_900_000, "Northern Irland", 21, resolution=2),
    GazRecord(22, 22, "Derri", 55.0, -7.31, "GBR", "PPL", 84_000, "Northern Irland", 21, resolution=4),
    GazRecord(23, 23, "Republik", 37.12, -93.48, "USA", "PPL", 16_000, "Misouri", 24, resolution=4),
    GazRecord(25, 25, "Jonas County", 32.0, -89.2, "USA", "ADM2", 68_000, "Misipi", 26, resolution=3),
    # a country known by its people's word; a US city with a quarter named after that people; a city of the country
    GazRecord(40, 40, "Frankia", 46.0, 2.0, "FRA", "PCLI", 68_000_000, resolution=1),
    GazRecord(41, 41, "Nu Orleans", 29.95, -90.07, "USA", "PPL", 380_000, "Luisiana", 42, resolution=4),
    GazRecord(43, 43, "Parees", 48.85, 2.35, "FRA", "PPLC", 2_100_000, "Ile", 44, resolution=4),
]
NAMES = {25: [("Jonas", KIND_ALIAS)], 40: [("Frankish", KIND_DEMONYM)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _gold(text: str, *names: str) -> list[Place]:
    return GeoParser(_gaz(), weights=WEIGHTS).places(gold_article(text, *names), [], [], set())


def _ids(text: str, *names: str) -> list[int | None]:
    return [p.geonameid for p in _gold(text, *names)]


# -- a small town read from part of a longer name, far from the story --------------------------------------------------

def test_a_far_small_town_read_from_part_of_a_region_is_no_reading() -> None:
    text = "Smoke from fires in the Inland Empyre drifted over Riversyde and Fontanna on Tuesday."
    ids = _ids(text, "Inland Empyre", "Riversyde", "Fontanna")
    assert ids[0] != 5
    assert ids[1:] == [3, 4]


@pytest.mark.parametrize("name", ["High Empyre", "Greater Empyre Area"])
def test_other_wordings_of_a_far_part_name_are_no_reading(name: str) -> None:
    text = f"Crews from Riversyde fought a brush fire in the {name} on Monday."
    assert _ids(text, "Riversyde", name)[1] != 5


def test_a_near_small_town_read_from_part_of_a_name_keeps_its_town() -> None:
    text = "Pupils of Bucklund Elementary were sent home early, Riversyde school officials said."
    assert _ids(text, "Bucklund Elementary", "Riversyde")[0] == 6


def test_the_town_written_alone_keeps_its_reading_however_far() -> None:
    text = "Fire crews from Riversyde were sent north to Empyre on Monday."
    assert _ids(text, "Riversyde", "Empyre")[1] == 5


def test_a_big_city_read_from_part_of_a_name_is_kept() -> None:
    text = "Officials at Sacramenta Regional Transit met Riversyde leaders on Monday."
    assert _ids(text, "Sacramenta Regional Transit", "Riversyde")[0] == 7


def test_without_a_town_in_the_story_the_part_reading_stands() -> None:
    # (only the state: no town or county to measure the distance from)
    text = "Smoke from fires in the Inland Empyre drifted across Califo on Tuesday."
    assert _ids(text, "Inland Empyre", "Califo")[0] == 5


def test_water_named_after_a_town_is_left_to_its_own_rule() -> None:
    # (a lake named after a far town is judged by `_waters_by_town`, not here: the town is abroad of the story's
    # admin area only when the country's places name areas; here the story's towns are in the same state)
    text = "Boaters on Shastaville Lake and in Riversyde reported algae on Monday."
    assert _ids(text, "Shastaville Lake", "Riversyde")[0] == 8


# -- a reading from part of a name vouches for no country --------------------------------------------------------------

def test_a_part_name_reading_does_not_keep_a_small_town_abroad() -> None:
    # "Agnes Jonas House" read as Jonas County, USA, must not make "the Republik" a US town in a Derri story
    text = ("A new campus opened at Derri's hospital, the first in Northern Irland. It includes the refurbished "
            "Agnes Jonas House and serves people from the Republik who attend the cancer centre.")
    ids = _ids(text, "Derri", "Northern Irland", "Agnes Jonas House", "Republik")
    assert ids[:2] == [22, 21]
    assert ids[3] != 23


def test_a_small_town_abroad_with_a_whole_name_of_its_country_stays() -> None:
    # (a second US place read whole keeps the small town: the story is about the US too)
    text = ("Officials in Derri and Northern Irland met visitors from Republik and from Jonas County.")
    ids = _ids(text, "Derri", "Northern Irland", "Republik", "Jonas County")
    assert ids[2] == 23


# -- a quarter named after a people ------------------------------------------------------------------------------------

def test_a_quarter_named_after_a_people_is_not_in_their_country() -> None:
    text = "Tourists crowded the Frankish Quarter of Nu Orleans on Saturday."
    assert _ids(text, "Frankish Quarter", "Nu Orleans") == [41, 41]


def test_a_quarter_named_after_a_people_in_a_story_about_their_country_keeps_it() -> None:
    text = "The Frankish Quarter hotel was sold, officials in Parees said."
    assert _ids(text, "Frankish Quarter", "Parees")[0] == 40


# -- Arabic spellings at build time ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "kind", "forms"), [
    ("Jisr ash Shugh\u016br", KIND_MAIN, [("Jisr al Shughur", KIND_ALIAS), ("Jisr el Shughur", KIND_ALIAS)]),
    ("Ar Rastan", KIND_ALTERNATE, [("Al Rastan", KIND_ALTERNATE), ("El Rastan", KIND_ALTERNATE)]),
    ("as-Suwayda", KIND_ALIAS, [("al-Suwayda", KIND_ALIAS), ("el-Suwayda", KIND_ALIAS)]),
    ("A\u015f \u015eaf\u012brah", KIND_MAIN, [("Al Safirah", KIND_ALIAS), ("El Safirah", KIND_ALIAS)]),
    ("Esh Shaykh", KIND_MAIN, [("Al Shaykh", KIND_ALIAS), ("El Shaykh", KIND_ALIAS)]),
    ("Dayr az Zawr", KIND_MAIN, [("Dayr al Zawr", KIND_ALIAS), ("Dayr el Zawr", KIND_ALIAS)]),
])
def test_a_sun_letter_article_is_also_written_al_and_el(name: str, kind: int,
                                                        forms: list[tuple[str, int]]) -> None:
    assert _unassimilated_forms(name, kind) == forms


@pytest.mark.parametrize("name", [
    "Al Qamishli",  # "al" already
    "Bas Salah",  # a word that opens with "as" is no article
    "An Bayda",  # the article's letter does not open the next word
    "Ash",  # nothing follows
    "Assab",
    "",
])
def test_no_sun_letter_article_no_form(name: str) -> None:
    assert _unassimilated_forms(name, KIND_MAIN) == []


@pytest.mark.parametrize(("name", "kind", "forms"), [
    ("Ra\u2019s al \u2018Ayn", KIND_MAIN, [("Ras al Ain", KIND_ALIAS)]),
    ("\u2018Ayn \u2018\u012as\u00e1", KIND_ALTERNATE, [("Ain Isa", KIND_ALTERNATE)]),
    ("Ayn al Arab", KIND_ALIAS, [("Ain al Arab", KIND_ALIAS)]),
])
def test_ayn_is_also_written_ain_without_marks(name: str, kind: int, forms: list[tuple[str, int]]) -> None:
    assert _ain_forms(name, kind) == forms


@pytest.mark.parametrize("name", ["Rayyan", "Ayna", "Al Qamishli", ""])
def test_no_ayn_word_no_form(name: str) -> None:
    assert _ain_forms(name, KIND_MAIN) == []


def _town(name: str, country: str = "IRQ", feature: str = "PPL") -> _Place:
    return _Place(id=1, geonameid=1, name=name, lat=35.3, lon=43.8, country=country, feature=feature,
                  population=0, admin1=None, admin1_id=None, admin2=None, resolution=4, auto=False)


@pytest.mark.parametrize(("name", "kind", "forms"), [
    ("Al \u1e28aw\u012bjah", KIND_MAIN, [("Al Hawija", KIND_ALTERNATE)]),
    ("\u1e28aw\u012bjah", KIND_ALTERNATE, [("Hawija", KIND_ALTERNATE)]),
    ("Al Fall\u016bjah", KIND_ALIAS, [("Al Falluja", KIND_ALTERNATE)]),
])
def test_a_towns_final_ah_is_also_written_a(name: str, kind: int, forms: list[tuple[str, int]]) -> None:
    p = _town(name)
    assert _town_final_a(p, name, kind) == forms


@pytest.mark.parametrize(("name", "country", "feature"), [
    ("Rafah", "PSE", "PPL"),  # "Rafa": too short, a word and a first name
    ("Al Am\u0101rah", "IRQ", "PPL"),  # "Amara"
    ("Jeddah", "SAU", "PPL"),
    ("Al Hawijah", "IRQ", "ADM2"),  # an area: not a town
    ("Kalimantah", "IDN", "PPL"),  # not an Arabic-speaking country
    ("Hawijah Road", "IRQ", "PPL"),  # the name does not end in "ah"
])
def test_short_or_foreign_or_not_a_town_keeps_its_ah(name: str, country: str, feature: str) -> None:
    assert _town_final_a(_town(name, country, feature), name, KIND_MAIN) == []


# -- second-level areas named with the word for their kind -------------------------------------------------------------

def _area(name: str, country: str, feature: str = "ADM2") -> _Place:
    return _Place(id=1, geonameid=1, name=name, lat=3.1, lon=98.5, country=country, feature=feature,
                  population=400_000, admin1=None, admin1_id=None, admin2=None, resolution=3, auto=True)


@pytest.mark.parametrize(("name", "country", "own"), [
    ("Kabupaten Karo", "IDN", "Karo"),
    ("Huy\u1ec7n B\u00ecnh Ch\u00e1nh", "VNM", "B\u00ecnh Ch\u00e1nh"),
    ("Shahrest\u0101n-e Karaj", "IRN", "Karaj"),
    ("Amphoe Mae Sot", "THA", "Mae Sot"),
    ("Markaz Mallawi", "EGY", "Mallawi"),
])
def test_a_district_is_also_named_without_the_word_for_its_kind(name: str, country: str, own: str) -> None:
    assert _district_own_name(_area(name, country), name) == [(own, KIND_ALTERNATE)]


@pytest.mark.parametrize(("name", "feature"), [
    ("Kota Medan", "ADM2"),  # a city area: the city of that name is the reading
    ("Kabupaten", "ADM2"),  # the word alone
    ("Kabupaten Karo", "PPL"),  # not an area
    ("Markazi", "ADM1"),
])
def test_other_names_keep_their_words(name: str, feature: str) -> None:
    assert _district_own_name(_area(name, "IDN", feature), name) == []


def test_a_regency_is_a_generic_word_after_a_name() -> None:
    gaz = InMemoryGazetteer([GazRecord(30, 30, "Karro", 3.1, 98.5, "IDN", "ADM2", 400_000, resolution=3)], {})
    assert [p.geonameid for p in GeoParser(gaz, weights=WEIGHTS).places(
        gold_article("Seven people from Karro regency were taken to hospital.", "Karro regency"), [], [], set())] == [30]


# -- the built gazetteer (slow) ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


# (text, gold spans, the span checked, lat, lon): the reading must lie within 0.3 degrees
REAL_GOLD = [
    ("Smoke from wildfires in the Inland Empire drifted over Riverside and Ontario, air officials said.",
     ("Inland Empire", "Riverside", "Ontario"), "Inland Empire", 34.0, -117.35),
    ("Dust storms swept the Oklahoma Panhandle, closing roads near Guymon and Hooker.",
     ("Oklahoma Panhandle", "Guymon", "Hooker"), "Oklahoma Panhandle", 36.75, -101.5),
    ("LUSAKA (Reuters) - Zambia extended power cuts as water in Lake Kariba fell, and the Kariba Dam ran at a fifth "
     "of its capacity.", ("LUSAKA", "Zambia", "Lake Kariba", "Kariba Dam"), "Lake Kariba", -17.0, 27.9),
    ("LUSAKA (Reuters) - Zambia extended power cuts as water in Lake Kariba fell, and the Kariba Dam ran at a fifth "
     "of its capacity.", ("LUSAKA", "Zambia", "Lake Kariba", "Kariba Dam"), "Kariba Dam", -16.52, 28.76),
    ("Government aircraft bombed Jisr al-Shughur and Ariha in Idlib province, a monitor said.",
     ("Jisr al-Shughur", "Ariha", "Idlib"), "Jisr al-Shughur", 35.81, 36.32),
    ("Iraqi forces retook Hawija from Islamic State, officials in Kirkuk said.", ("Hawija", "Kirkuk"), "Hawija",
     35.33, 43.77),
    ("Jubaland forces clashed with federal troops near Beled Hawo, Somali officials said.",
     ("Jubaland", "Beled Hawo"), "Jubaland", 0.5, 42.2),
    ("ADDIS ABABA (Reuters) - Tigrayan forces said they had taken Kobo and were advancing on Woldia.",
     ("ADDIS ABABA", "Kobo", "Woldia"), "Kobo", 12.15, 39.63),
    ("PORT SUDAN (Reuters) - The army said it had pushed the RSF out of Dinder, in Sennar state.",
     ("PORT SUDAN", "Dinder", "Sennar"), "Dinder", 13.33, 34.09),
    ("Police were called to a house in Thornhill, near Dewsbury, West Yorkshire Police said.",
     ("Thornhill", "Dewsbury", "West Yorkshire"), "Thornhill", 53.66, -1.65),
    ("A man was shot in Thornhill, north of Toronto, York police said.", ("Thornhill", "Toronto"), "Thornhill",
     43.81, -79.42),
    ("CAPE TOWN - Two people were shot dead in Hanover Park on the Cape Flats, police said.",
     ("CAPE TOWN", "Hanover Park", "Cape Flats"), "Hanover Park", -33.99, 18.54),
    ("NAIROBI (Reuters) - Police raided homes in Eastleigh, a mainly Somali district of Nairobi.",
     ("NAIROBI", "Eastleigh", "Nairobi"), "Eastleigh", -1.27, 36.85),
    ("Turkish-backed fighters shelled Ras al-Ain and Tal Abyad, a war monitor said.", ("Ras al-Ain", "Tal Abyad"),
     "Ras al-Ain", 36.85, 40.07),
    ("Seven people from the district of Karo in North Sumatra were treated for bird flu in Medan.",
     ("Karo", "North Sumatra", "Medan"), "Karo", 3.1, 98.5),
    ("MANILA - Soldiers clashed with rebels in the mountains of Northern Samar province, the army said.",
     ("MANILA", "Northern Samar province"), "Northern Samar province", 12.48, 124.70),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g23_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    places = real.places(gold_article(text, *names), [], [], set())
    p = places[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)


# Namesakes the new rows must not take over: the same names in stories elsewhere.
REAL_KEEP = [
    ("Students rallied in Eastleigh and Southampton against the closure of the campus.",
     ("Eastleigh", "Southampton"), "Eastleigh", 50.97, -1.35),
    ("Hanover Park police said a man was arrested after a chase through Schaumburg and Elgin.",
     ("Hanover Park", "Schaumburg", "Elgin"), "Hanover Park", 42.0, -88.15),
    ("Gunmen attacked a church in Lere, in southern Kaduna state, residents said.", ("Lere", "Kaduna"), "Lere",
     10.39, 8.57),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g23_namesakes_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                          lat: float, lon: float) -> None:
    places = real.places(gold_article(text, *names), [], [], set())
    p = places[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)
