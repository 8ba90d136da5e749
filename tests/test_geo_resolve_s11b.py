"""Resolution, session 11 second round (issue 4): namesakes abroad, appositions and part-names. An appositive that
makes a town part of an area ("Liberia, the capital of Guanacaste province", "Liberia, Guanacaste's provincial
capital") takes the namesake inside that area, not the country; a town known only through part of a name, abroad and
far from everything the story names, is no reading ("through Paso Canoas" is not Canoas, Brazil), nor is a county of
another state known that way ("Vance Air Force Base" in an Enid, Okla. story is not Vance County, N.C.); a town
reached only through an alternate name, abroad and far from all the story's places, gives way too ("the tent city
at Mina" in a Mecca story is not Minna, Nigeria); a short form after a full name joined by a particle is that town
("San Pedro de Atacama ... between Calama and San Pedro"). Data: the border posts Peñas Blancas and Paso Canoas,
Tripoli's Bab al-Tabbaneh and Jabal Mohsen, Fishers Peak, the Sheikh Hussein Bridge.
Invented names on a small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import KIND_ALIAS, KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import load_weights
from newsevents.records import Place

from geo_spans import gold_article, near, read_gold

RECORDS = [
    # a country named like a provincial capital abroad
    GazRecord(1, 1, "Costa Ricaa", 10.0, -84.0, "CRX", "PCLI", 5_000_000, resolution=1),
    GazRecord(2, 2, "Guanacastee", 10.5, -85.4, "CRX", "ADM1", 350_000, "Guanacastee", 2, resolution=2),
    GazRecord(3, 3, "Liberiaa", 6.5, -9.5, "LRX", "PCLI", 4_800_000, resolution=1),
    GazRecord(4, 4, "Liberiaa", 10.63, -85.44, "CRX", "PPL", 45_000, "Guanacastee", 2, resolution=4),
    GazRecord(5, 5, "Monroviaa", 6.3, -10.8, "LRX", "PPLC", 1_000_000, "Montserradoo", 6, resolution=4),
    GazRecord(6, 6, "Montserradoo", 6.5, -10.6, "LRX", "ADM1", 1_100_000, "Montserradoo", 6, resolution=2),
    GazRecord(7, 7, "San Josee", 9.93, -84.08, "CRX", "PPLC", 340_000, "San Josee", 8, resolution=4),
    GazRecord(9, 9, "Nicoyaa", 10.15, -85.45, "CRX", "PPL", 24_000, "Guanacastee", 2, resolution=4),
    GazRecord(10, 10, "Panamaa", 9.0, -80.0, "PAX", "PCLI", 4_000_000, resolution=1),
    # a big town abroad whose name is part of a border post's
    GazRecord(11, 11, "Canoass", -29.92, -51.18, "BRX", "PPL", 330_000, "Rio Grandee", 12, resolution=4),
    # a local story's state, town and county, and a county of another state named like an air base
    GazRecord(20, 20, "Oklahomaa", 35.5, -97.5, "USX", "ADM1", 4_000_000, "Oklahomaa", 20, resolution=2),
    GazRecord(21, 21, "Enidd", 36.4, -97.88, "USX", "PPL", 50_000, "Oklahomaa", 20, resolution=4),
    GazRecord(22, 22, "Garfieldd County", 36.38, -97.78, "USX", "ADM2", 62_000, "Oklahomaa", 20, resolution=3),
    GazRecord(23, 23, "Vancee County", 36.36, -78.41, "USX", "ADM2", 44_000, "N. Carolinaa", 24, resolution=3),
    GazRecord(25, 25, "Tulsaa", 36.15, -95.99, "USX", "PPL", 400_000, "Oklahomaa", 20, resolution=4),
    # a holy city's neighbours, and a city far away that has the tent city's name as an alternate name
    GazRecord(30, 30, "Saudi Arabiaa", 24.0, 45.0, "SAX", "PCLI", 34_000_000, resolution=1),
    GazRecord(31, 31, "Meccaa", 21.42, 39.83, "SAX", "PPL", 1_300_000, "Makkahh", 32, resolution=4),
    GazRecord(33, 33, "Jeddahh", 21.54, 39.17, "SAX", "PPL", 2_800_000, "Makkahh", 32, resolution=4),
    GazRecord(34, 34, "Medinaa", 24.47, 39.61, "SAX", "PPL", 1_200_000, "Madinahh", 35, resolution=4),
    GazRecord(36, 36, "Minnaa", 9.61, 6.55, "NGX", "PPL", 425_000, "Nigerr", 37, resolution=4),
    # an oasis town written in full and then by its head; a far first-level area of the head's name
    GazRecord(40, 40, "Chilee", -30.0, -71.0, "CLX", "PCLI", 19_000_000, resolution=1),
    GazRecord(41, 41, "San Pedroo de Atacamaa", -22.91, -68.2, "CLX", "PPL", 11_000, "Antofagastaa", 42,
              resolution=4),
    GazRecord(43, 43, "Calamaa", -22.46, -68.93, "CLX", "PPL", 150_000, "Antofagastaa", 42, resolution=4),
    GazRecord(44, 44, "San Pedroo", -24.1, -56.9, "PYX", "ADM1", 400_000, "San Pedroo", 44, resolution=2),
    GazRecord(45, 45, "Paraguayy", -23.0, -58.0, "PYX", "PCLI", 7_000_000, resolution=1),
    # a state and its big city of a longer name (no particle between)
    GazRecord(50, 50, "Kansass", 38.5, -98.0, "USX", "ADM1", 2_900_000, "Kansass", 50, resolution=2),
    GazRecord(51, 51, "Kansass City", 39.1, -94.58, "USX", "PPL", 500_000, "Missourii", 52, resolution=4),
    GazRecord(53, 53, "Wichitaa", 37.69, -97.34, "USX", "PPL", 390_000, "Kansass", 50, resolution=4),
    # a story country's towns and a small town named like a country abroad
    GazRecord(60, 60, "Mainee", 45.5, -69.0, "USX", "ADM1", 1_300_000, "Mainee", 60, resolution=2),
    GazRecord(61, 61, "Rumfordd", 44.55, -70.55, "USX", "PPL", 4_000, "Mainee", 60, resolution=4),
    GazRecord(62, 62, "Mexicoo", 44.56, -70.55, "USX", "PPL", 2_600, "Mainee", 60, resolution=4),
    GazRecord(63, 63, "Dixfieldd", 44.54, -70.46, "USX", "PPL", 2_500, "Mainee", 60, resolution=4),
    GazRecord(64, 64, "Peruu", 44.51, -70.41, "USX", "PPL", 1_500, "Mainee", 60, resolution=4),
    GazRecord(67, 67, "Andoverr", 44.63, -70.75, "USX", "PPL", 800, "Mainee", 60, resolution=4),
    GazRecord(65, 65, "Peruu", -10.0, -76.0, "PEX", "PCLI", 33_000_000, resolution=1),
    GazRecord(66, 66, "Mexicoo", 23.0, -102.0, "MEX", "PCLI", 126_000_000, resolution=1),
    # a rugby story's country and towns; a bigger namesake city on another continent
    GazRecord(70, 70, "New Zealandd", -41.0, 174.0, "NZX", "PCLI", 5_000_000, resolution=1),
    GazRecord(71, 71, "Wellingtonn", -41.29, 174.78, "NZX", "PPLC", 400_000, "Wellingtonn", 72, resolution=4),
    GazRecord(73, 73, "Aucklandd", -36.85, 174.76, "NZX", "PPL", 1_600_000, "Aucklandd", 74, resolution=4),
    GazRecord(75, 75, "Dunedinn", -45.87, 170.5, "NZX", "PPL", 120_000, "Otagoo", 76, resolution=4),
    GazRecord(77, 77, "Napierr", -39.49, 176.91, "NZX", "PPL", 65_000, "Hawkes Bayy", 78, resolution=4),
    GazRecord(79, 79, "Hamiltonn", -37.78, 175.28, "NZX", "PPL", 170_000, "Waikatoo", 80, resolution=4),
    GazRecord(81, 81, "Hamiltonn", 43.25, -79.85, "CAX", "PPL", 540_000, "Ontarioo", 82, resolution=4),
    GazRecord(83, 83, "Torontoo", 43.7, -79.4, "CAX", "PPLC", 2_700_000, "Ontarioo", 82, resolution=4),
    GazRecord(84, 84, "Chicagoo", 41.88, -87.63, "USX", "PPL", 2_700_000, "Illinoiss", 85, resolution=4),
]
NAMES = {23: [("Vancee", KIND_ALIAS)], 36: [("Minaa", KIND_ALTERNATE)]}


def _gold(text: str, *names: str) -> list[Place]:
    return read_gold(GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=load_weights()), text, *names)


# ---- an appositive area hosts the namesake ----------------------------------------------------------------------

def test_the_capital_of_an_area_is_the_namesake_town_in_it() -> None:
    text = ("SAN JOSEE (AP) - Migrants waited in a camp near Liberiaa, the capital of Guanacastee province, on "
            "Tuesday.")
    got = _gold(text, "SAN JOSEE", "Liberiaa", "Guanacastee")
    assert near(got[1], 10.63, -85.44) and got[1].country_code == "CRX"


def test_an_areas_own_capital_written_first_is_the_namesake_town_in_it() -> None:
    text = "SAN JOSEE (AP) - Farmers met in Liberiaa, Guanacastee's provincial capital, on Tuesday."
    got = _gold(text, "SAN JOSEE", "Liberiaa", "Guanacastee")
    assert near(got[1], 10.63, -85.44)


def test_a_capital_inside_its_written_area_stays() -> None:
    text = "Talks were held in Monroviaa, the capital of Liberiaa, on Tuesday."
    got = _gold(text, "Monroviaa", "Liberiaa")
    assert near(got[0], 6.3, -10.8, 5.0)


def test_the_country_without_an_appositive_stays_the_country() -> None:
    text = "Talks were held in Liberiaa on Tuesday, officials in Monroviaa said."
    got = _gold(text, "Liberiaa", "Monroviaa")
    assert got[0].feature_code == "PCLI"


# ---- part-names ----------------------------------------------------------------------------------------------

def test_a_town_known_from_part_of_a_name_abroad_and_far_is_no_reading() -> None:
    text = ("SAN JOSEE, Costa Ricaa (AP) - Migrants who walked from Panamaa through Paso Canoass waited near "
            "Nicoyaa.")
    got = _gold(text, "SAN JOSEE", "Costa Ricaa", "Panamaa", "Paso Canoass", "Nicoyaa")
    assert not near(got[3], -29.92, -51.18, 1000.0)


def test_a_county_of_another_state_known_from_part_of_a_name_is_no_reading() -> None:
    text = ("ENIDD, Oklahomaa - Garfieldd County officials said Vancee Air Force Base, the city's biggest employer, "
            "would get water from Tulsaa.")
    got = _gold(text, "ENIDD", "Oklahomaa", "Garfieldd County", "Vancee Air Force Base", "Tulsaa")
    assert not near(got[3], 36.36, -78.41, 500.0)


def test_the_county_itself_stays_when_written_whole() -> None:
    text = "ENIDD, Oklahomaa - Garfieldd County officials met officials from Vancee County on Monday."
    got = _gold(text, "ENIDD", "Oklahomaa", "Garfieldd County", "Vancee County")
    assert near(got[3], 36.36, -78.41, 5.0)


# ---- an alternate name abroad ---------------------------------------------------------------------------------

def test_a_far_city_reached_by_an_alternate_name_is_no_reading() -> None:
    text = ("MECCAA, Saudi Arabiaa (Reuters) - Pilgrims moved from Meccaa to the tent city at Minaa, and later to "
            "Jeddahh and Medinaa.")
    got = _gold(text, "MECCAA", "Saudi Arabiaa", "Meccaa", "Minaa", "Jeddahh", "Medinaa")
    assert not near(got[3], 9.61, 6.55, 1000.0) and near(got[3], 21.42, 39.83, 100.0)


def test_a_city_reached_by_an_alternate_name_in_a_story_near_it_stays() -> None:
    text = "Pilgrims returned from Meccaa to Minaa."
    got = _gold(text, "Meccaa", "Minaa")
    assert near(got[1], 9.61, 6.55, 5.0)


# ---- a short form after the full name -------------------------------------------------------------------------

def test_a_short_form_after_the_full_name_is_that_town() -> None:
    text = ("SANTIAGO (AP) - The salt flat lies near the oasis town of San Pedroo de Atacamaa in Chilee. Protests "
            "blocked the road between Calamaa and San Pedroo on Wednesday.")
    got = _gold(text, "San Pedroo de Atacamaa", "Chilee", "Calamaa", "San Pedroo")
    assert near(got[3], -22.91, -68.2, 5.0)


def test_a_head_without_a_particle_is_no_short_form() -> None:
    text = "Fans from Kansass City drove to Wichitaa, and farmers across Kansass cheered."
    got = _gold(text, "Kansass City", "Wichitaa", "Kansass")
    assert got[2].feature_code == "ADM1"


# ---- a small namesake placed by its list ----------------------------------------------------------------------

_MILL = ("MEXICOO, Mainee - The paper mill in Rumfordd will close next year, and its dam at Andoverr too. Workers "
         "from Mexicoo, Dixfieldd and {} have worked at the mill for generations.")


def test_a_small_town_listed_with_the_storys_towns_beats_the_country() -> None:
    got = _gold(_MILL.format("Peruu"), "MEXICOO", "Mainee", "Rumfordd", "Andoverr", "Mexicoo", "Dixfieldd",
                "Peruu")
    assert near(got[-1], 44.51, -70.41, 5.0)


def test_a_country_written_alone_in_a_local_story_stays_the_country() -> None:
    text = ("MEXICOO, Mainee - The paper mill in Rumfordd will close, and its dam at Andoverr too. Dixfieldd workers "
            "said pulp from Peruu was cheaper.")
    got = _gold(text, "MEXICOO", "Mainee", "Rumfordd", "Andoverr", "Dixfieldd", "Peruu")
    assert got[-1].feature_code == "PCLI"


# ---- the dateline country's namesake ---------------------------------------------------------------------------

_RUGBY = ("WELLINGTONN (Reuters) - The All Blacks will play in Dunedinn and Aucklandd, then meet Fiji in Napierr. "
          "They then travel to {} to finish the July window.")


def test_a_city_abroad_in_a_story_of_the_dateline_country_is_its_namesake_there() -> None:
    got = _gold(_RUGBY.format("Hamiltonn"), "WELLINGTONN", "Dunedinn", "Aucklandd", "Napierr", "Hamiltonn")
    assert near(got[-1], -37.78, 175.28, 5.0)


def test_a_big_city_listed_among_big_cities_abroad_keeps_its_reading() -> None:
    got = _gold(_RUGBY.format("Torontoo, Hamiltonn and Chicagoo"), "WELLINGTONN", "Dunedinn", "Aucklandd",
                "Napierr", "Torontoo", "Hamiltonn", "Chicagoo")
    assert near(got[-2], 43.25, -79.85, 5.0)


def test_a_city_abroad_in_a_story_of_another_country_keeps_its_reading() -> None:
    text = ("TORONTOO (Reuters) - The All Blacks will play in Dunedinn and Aucklandd, then meet Fiji in Napierr. "
            "Fans in Hamiltonn watched on television.")
    got = _gold(text, "TORONTOO", "Dunedinn", "Aucklandd", "Napierr", "Hamiltonn")
    assert near(got[-1], 43.25, -79.85, 5.0)


# ---- on the built gazetteer ----------------------------------------------------------------------------------

_CR = ("SAN JOSE, Costa Rica (AP) - Costa Rica reopened the Peñas Blancas border crossing with Nicaragua on "
       "Tuesday. Migrants who had walked from Panama through Paso Canoas waited in a camp near Liberia, the capital "
       "of Guanacaste province. Officials in Managua said the closure was a protest over fees.")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("Peñas Blancas", 11.21, -85.61), ("Paso Canoas", 8.53, -82.84), ("Liberia", 10.63, -85.44)])
def test_real_gazetteer_costa_rica_border_story(real_parser: GeoParser, name: str, lat: float, lon: float) -> None:
    names = ("SAN JOSE", "Costa Rica", "Costa Rica", "Peñas Blancas", "Nicaragua", "Panama", "Paso Canoas",
             "Liberia", "Guanacaste", "Managua")
    got = dict(zip(names, read_gold(real_parser, _CR, *names)))
    assert near(got[name], lat, lon, 15.0)


@pytest.mark.slow
def test_real_gazetteer_vance_air_force_base(real_parser: GeoParser) -> None:
    text = ("ENID, Okla. - Garfield County officials said the city's wells have dropped, and Vance Air Force Base, "
            "the city's biggest employer, has asked for a pipeline from Kaw Lake.")
    got = read_gold(real_parser, text, "ENID", "Okla.", "Garfield County", "Vance Air Force Base")
    assert near(got[3], 36.34, -97.92, 161.0)


@pytest.mark.slow
def test_real_gazetteer_mina_in_a_mecca_story(real_parser: GeoParser) -> None:
    text = ("MECCA, Saudi Arabia (Reuters) - Pilgrims moved from Mecca to the tent city at Mina and on to Mount "
            "Arafat. Many had flown into Jeddah, and some went on to Medina.")
    got = read_gold(real_parser, text, "MECCA", "Saudi Arabia", "Mecca", "Mina", "Jeddah", "Medina")
    assert near(got[3], 21.41, 39.89, 161.0)


@pytest.mark.slow
def test_real_gazetteer_san_pedro_after_san_pedro_de_atacama(real_parser: GeoParser) -> None:
    text = ("SANTIAGO, Chile (AP) - The salt flat lies near the oasis town of San Pedro de Atacama. Protests blocked "
            "the road between Calama and San Pedro on Wednesday.")
    got = read_gold(real_parser, text, "SANTIAGO", "Chile", "San Pedro de Atacama", "Calama", "San Pedro")
    assert near(got[4], -22.91, -68.2, 15.0)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("TRIPOLI, Lebanon (Reuters) - Gunmen in Bab al-Tabbaneh and Jabal Mohsen traded fire.", "Bab al-Tabbaneh",
     34.44, 35.84),
    ("TRIPOLI, Lebanon (Reuters) - Gunmen in Bab al-Tabbaneh and Jabal Mohsen traded fire.", "Jabal Mohsen",
     34.45, 35.85),
    ("TRINIDAD, Colo. - A trail will connect downtown with Fishers Peak.", "Fishers Peak", 37.1, -104.46),
    ("AMMAN (AP) - The Sheikh Hussein Bridge will reopen on Sunday.", "Sheikh Hussein Bridge", 32.5, 35.57),
])
def test_real_gazetteer_session_11b_rows(real_parser: GeoParser, text: str, name: str, lat: float,
                                         lon: float) -> None:
    place = {text[p.start:p.end]: p for p in real_parser.places(gold_article(text, name), [], [], set())}[name]
    assert near(place, lat, lon, 15.0)


@pytest.mark.slow
def test_real_gazetteer_peru_listed_with_maine_towns(real_parser: GeoParser) -> None:
    text = ("MEXICO, Maine - The paper mill in Rumford will close next year. Workers from Mexico, Dixfield and Peru "
            "have worked at the mill for generations. Buyers in Lewiston and Oxford County were told on Monday.")
    got = read_gold(real_parser, text, "MEXICO", "Maine", "Rumford", "Mexico", "Dixfield", "Peru", "Lewiston",
                    "Oxford County")
    assert near(got[5], 44.51, -70.41, 15.0)


@pytest.mark.slow
def test_real_gazetteer_hamilton_in_a_new_zealand_rugby_story(real_parser: GeoParser) -> None:
    text = ("WELLINGTON (Reuters) - The All Blacks will play Fiji in Dunedin and Samoa in Auckland, New Zealand Rugby "
            "said. They then travel to Hamilton to play Argentina, and finish in Napier and Christchurch.")
    got = read_gold(real_parser, text, "WELLINGTON", "Fiji", "Dunedin", "Samoa", "Auckland", "New Zealand",
                    "Hamilton", "Argentina", "Napier", "Christchurch")
    assert near(got[6], -37.78, 175.28, 15.0)
