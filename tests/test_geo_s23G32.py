"""Resolution and data, session 23 (round G32, issue 4): a consolidated city-county ("Athens-Clarke County") names its
town at every bare mention; a town's own offices ("Alexandria officers") make two places around its namesake enough
against a big city abroad; a datelined story with two places of the dateline's country reads a city alone abroad as its
namesake at home when that namesake is a real city ("HOUSTON ... Tulsa ... Birmingham"); a village farther than 161 km
from the story's towns gives way to a namesake city fifty times bigger ("Cambridge"); districts written with the
word for their kind in more languages ("Bankass Cercle", "Département de Tahoua", "Kitob Tumani") sit at their seat
when they borrowed their province's point; rows for Singu, the Hamrin mountains, Ogossagou, Dogofry, Pingilikani and
five US city neighbourhoods, and the points of two Gao cercles. Invented names on a small in-memory gazetteer; real
places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import _district_seat, _district_seats, _Place
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import _city_county_town, load_weights
from newsevents.records import Place

from geo_spans import gold_article

RECORDS = [
    GazRecord(1, 1, "United Statia", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    # a capital abroad, and towns of its name in two states, each in a county of one name
    GazRecord(20, 20, "Hellas", 39.0, 22.0, "GRC", "PCLI", 10_000_000, resolution=1),
    GazRecord(21, 21, "Athenai", 37.98, 23.73, "GRC", "PPLC", 664_000, "Attika", 22, resolution=4),
    GazRecord(22, 22, "Attika", 38.0, 23.8, "GRC", "ADM1", 3_800_000, "Attika", 22, resolution=2),
    GazRecord(30, 30, "Georgica", 32.7, -83.4, "USA", "ADM1", 10_000_000, "Georgica", 30, resolution=2),
    GazRecord(31, 31, "Clarka County", 33.95, -83.38, "USA", "ADM2", 128_000, "Georgica", 30, resolution=3),
    GazRecord(32, 32, "Athenai", 33.96, -83.38, "USA", "PPL", 127_000, "Georgica", 30, "Clarka County",
              resolution=4),
    GazRecord(33, 33, "Watkinton", 33.86, -83.41, "USA", "PPL", 3_000, "Georgica", 30, "Oconia County",
              resolution=4),
    GazRecord(34, 34, "Alabamia", 32.8, -86.8, "USA", "ADM1", 5_000_000, "Alabamia", 34, resolution=2),
    GazRecord(35, 35, "Limesta County", 34.8, -86.98, "USA", "ADM2", 98_000, "Alabamia", 34, resolution=3),
    GazRecord(36, 36, "Athenai", 34.80, -86.97, "USA", "PPL", 25_000, "Alabamia", 34, "Limesta County",
              resolution=4),
    GazRecord(37, 37, "Clarka County", 31.7, -87.8, "USA", "ADM2", 24_000, "Alabamia", 34, resolution=3),
    # a big city abroad and its namesake between two counties of one state
    GazRecord(40, 40, "Egyptia", 26.0, 30.0, "EGY", "PCLI", 100_000_000, resolution=1),
    GazRecord(41, 41, "Alexandra", 31.20, 29.92, "EGY", "PPL", 5_200_000, "Iskandar", 42, resolution=4),
    GazRecord(43, 43, "Virginica", 37.5, -78.8, "USA", "ADM1", 8_600_000, "Virginica", 43, resolution=2),
    GazRecord(44, 44, "Alexandra", 38.80, -77.05, "USA", "PPL", 159_000, "Virginica", 43, "Alexandra City",
              resolution=4),
    GazRecord(45, 45, "Arlingham County", 38.88, -77.10, "USA", "ADM2", 236_000, "Virginica", 43, resolution=3),
    GazRecord(46, 46, "Fairfield County", 38.83, -77.28, "USA", "ADM2", 1_150_000, "Virginica", 43, resolution=3),
    GazRecord(47, 47, "Kairo", 30.04, 31.24, "EGY", "PPLC", 9_500_000, "Kairo", 48, resolution=4),
    # a datelined story: two home cities, a big city abroad and its home namesake
    GazRecord(50, 50, "Houstonia", 29.76, -95.36, "USA", "PPL", 2_300_000, "Texia", 51, resolution=4),
    GazRecord(52, 52, "Tulsana", 36.15, -95.99, "USA", "PPL", 400_000, "Okla", 53, resolution=4),
    GazRecord(54, 54, "Birminghem", 52.48, -1.90, "GBR", "PPL", 1_150_000, "Englia", 55, resolution=4),
    GazRecord(56, 56, "Birminghem", 33.52, -86.80, "USA", "PPL", 200_000, "Alabamia", 34, resolution=4),
    GazRecord(57, 57, "Britannia", 54.0, -2.0, "GBR", "PCLI", 66_000_000, resolution=1),
    GazRecord(58, 58, "Leedsford", 52.50, -1.50, "GBR", "PPL", 9_000_000, "Englia", 55, resolution=4),
    GazRecord(60, 60, "Manchestr", 53.48, -2.24, "GBR", "PPL", 2_500_000, "Englia", 55, resolution=4),
    GazRecord(61, 61, "Manchestr", 42.99, -71.46, "USA", "PPL", 110_000, "Hampsha", 62, resolution=4),
]


def _gold(text: str, *names: str) -> list[Place]:
    gp = GeoParser(InMemoryGazetteer(RECORDS, {}), weights=load_weights())
    return gp.places(gold_article(text, *names), [], [], set())


def _near(p: Place, lat: float, lon: float) -> bool:
    return p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.2 and abs(p.lon - lon) < 0.2


# -- a consolidated city-county -----------------------------------------------------------------------------------
def test_a_city_county_names_its_town_at_every_bare_mention() -> None:
    text = ("Athenai-Clarka County police arrested a man after a shooting downtown. The victim was taken to a hospital "
            "in Athenai.")
    got = _gold(text, "Athenai-Clarka County", "Athenai")
    assert _near(got[1], 33.96, -83.38) and got[1].country_code == "USA"


def test_a_city_county_not_given_as_a_span_still_names_the_town() -> None:
    text = "Athenai-Clarka County police said a man was taken to a hospital in Athenai and held in Watkinton."
    got = _gold(text, "Athenai", "Watkinton")
    assert _near(got[0], 33.96, -83.38)


def test_the_city_county_is_the_town_of_the_county_holding_it() -> None:
    # Athenai, Alabamia, lies in Limesta County: only Georgica's Clarka County holds an Athenai
    town = _city_county_town(InMemoryGazetteer(RECORDS, {}), "Athenai", "Clarka County")
    assert town is not None and town.id == 32


def test_two_counties_holding_a_town_of_the_name_decide_nothing() -> None:
    records = [*RECORDS, GazRecord(38, 38, "Athenai", 31.71, -87.79, "USA", "PPL", 2_000, "Alabamia", 34,
                                   "Clarka County", resolution=4)]
    assert _city_county_town(InMemoryGazetteer(records, {}), "Athenai", "Clarka County") is None


@pytest.mark.parametrize("text", [
    # a county that does not exist
    "Athenai-Nowhere County police said a man was taken to a hospital in Athenai.",
    # lower case is no name
    "athenai-clarka county police said a man was taken to a hospital in Athenai.",
    # no city-county at all
    "Police said a man was taken to a hospital in Athenai.",
])
def test_without_a_city_county_the_capital_stays(text: str) -> None:
    assert _gold(text, "Athenai")[0].country_code == "GRC"


def test_a_qualified_mention_keeps_its_reading() -> None:
    text = "Athenai-Clarka County officials met a delegation from Athenai, Hellas, on Monday."
    got = _gold(text, "Athenai-Clarka County", "Athenai", "Hellas")
    assert got[1].country_code == "GRC"


def test_no_text_and_no_spans_is_no_error() -> None:
    assert _gold("") == []


# -- a town's own offices with two places around it ---------------------------------------------------------------
def test_a_towns_officers_with_two_places_around_it_make_it_that_town() -> None:
    text = "Arlingham County police and Alexandra officers arrested three men, Fairfield County officials said."
    got = _gold(text, "Arlingham County", "Alexandra", "Fairfield County")
    assert got[1].country_code == "USA" and _near(got[1], 38.80, -77.05)


@pytest.mark.parametrize(("text", "names"), [
    # no office word: two places do not outweigh a city of five million
    ("Arlingham County police arrested three men in Alexandra, Fairfield County officials said.",
     ("Arlingham County", "Alexandra", "Fairfield County")),
    # the office word, but one place around the town
    ("Alexandra police said a man was arrested, Fairfield County officials said.", ("Alexandra", "Fairfield County")),
    # the office word among the reading's own country
    ("Alexandra police said a man was killed in the port. Officers in Kairo arrested a suspect.",
     ("Alexandra", "Kairo")),
])
def test_the_big_city_stays_without_enough_local_evidence(text: str, names: tuple[str, ...]) -> None:
    assert _gold(text, *names)[0 if names[0] == "Alexandra" else 1].country_code == "EGY"


# -- a datelined story with two home places -----------------------------------------------------------------------
def test_a_city_alone_abroad_in_a_story_of_two_home_places_is_the_home_namesake() -> None:
    text = "HOUSTONIA (AP) - A company said it will close its office in Tulsana and move 300 jobs to Birminghem."
    got = _gold(text, "HOUSTONIA", "Tulsana", "Birminghem")
    assert got[2].country_code == "USA" and _near(got[2], 33.52, -86.80)


@pytest.mark.parametrize(("text", "names"), [
    # one home place: the dateline alone says nothing
    ("HOUSTONIA (AP) - A bank said it will move 1,000 jobs to Birminghem.", ("HOUSTONIA", "Birminghem")),
    # a place of the reading's own country
    ("HOUSTONIA (AP) - A bank will move jobs from Leedsford to Birminghem and close its office in Tulsana.",
     ("HOUSTONIA", "Leedsford", "Birminghem", "Tulsana")),
])
def test_the_city_abroad_stays(text: str, names: tuple[str, ...]) -> None:
    assert _gold(text, *names)[names.index("Birminghem")].country_code == "GBR"


def test_a_home_namesake_much_smaller_than_the_city_abroad_does_not_take_it() -> None:
    # Manchestr, Hampsha (110,000) is less than a tenth of Manchestr, Englia (2.5 million)
    text = "HOUSTONIA (AP) - A company will close its office in Tulsana and move 300 jobs to Manchestr."
    assert _gold(text, "HOUSTONIA", "Tulsana", "Manchestr")[2].country_code == "GBR"


# -- a village far from the story's towns -------------------------------------------------------------------------
VILLAGES = [
    GazRecord(70, 70, "Chicaga", 41.85, -87.65, "USA", "PPL", 2_700_000, "Illina", 71, resolution=4),
    GazRecord(72, 72, "Indiana City", 39.77, -86.16, "USA", "PPL", 880_000, "Indiania", 73, resolution=4),
    GazRecord(74, 74, "Cambria", 41.30, -90.19, "USA", "PPL", 2_100, "Illina", 71, resolution=4),
    GazRecord(75, 75, "Cambria", 42.37, -71.11, "USA", "PPL", 110_000, "Massa", 76, resolution=4),
    GazRecord(77, 77, "Elgina", 41.04, -88.28, "USA", "PPL", 2_000, "Illina", 71, resolution=4),
    GazRecord(78, 78, "Elgina", 35.0, -80.0, "USA", "PPL", 300_000, "Carolia", 79, resolution=4),
]


def _village_gold(text: str, *names: str) -> list[Place]:
    gp = GeoParser(InMemoryGazetteer(VILLAGES, {}), weights=load_weights())
    return gp.places(gold_article(text, *names), [], [], set())


def test_a_village_far_from_the_storys_towns_is_its_big_namesake() -> None:
    got = _village_gold("Chicaga police said a man from Cambria was arrested on Friday.", "Chicaga", "Cambria")
    assert _near(got[1], 42.37, -71.11)


def test_a_village_within_reach_of_the_storys_towns_stays() -> None:
    # Elgina, Illina lies 120 km from Chicaga: nearer than FAR_KM, so the story's state decides
    got = _village_gold("Chicaga police said a man from Elgina was arrested on Friday.", "Chicaga", "Elgina")
    assert _near(got[1], 41.04, -88.28)


# -- a district's seat for a borrowed point ----------------------------------------------------------------------
def _place(pid: int, name: str, feature: str, lat: float, lon: float, population: int = 0, admin1_id: int = 100,
           ) -> _Place:
    return _Place(pid, None, name, lat, lon, "MLI", feature, population, "Mopti", admin1_id, None,
                  3 if feature == "ADM2" else 4)


@pytest.mark.parametrize("name", ["Bankas Cercle", "Cercle de Bankas", "Cercle d’Bankas", "Cercle d’ Bankas",
                                  "Département de Bankas", "Bankas Department", "Bankas Tumani", "Nohiyai Bankas",
                                  "Liwā’ Bankas", "Horad Bankas", "Bankas Rayon", "Bankas Constituency",
                                  "Bankas Municipality", "Caza de Bankas", "Préfecture de Bankas"])
def test_more_words_for_a_districts_kind_give_its_seat(name: str) -> None:
    seats = _district_seats([_place(1, "Bankas", "PPL", 14.08, -3.52, 30_000)])
    seat = _district_seat(seats, _place(3, name, "ADM2", 14.64, -3.93))
    assert seat is not None and seat.id == 1


@pytest.mark.parametrize("name", ["BankasCercle", "Cercle deBankas", "Cercle Bankas", "Bankas Sumter", "Cercle de",
                                  "Bankas County"])
def test_a_kind_word_not_standing_apart_gives_no_seat(name: str) -> None:
    seats = _district_seats([_place(1, "Bankas", "PPL", 14.08, -3.52, 30_000)])
    assert _district_seat(seats, _place(3, name, "ADM2", 14.64, -3.93)) is None


# -- real gazetteer (slow) ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL_GOLD = [
    # a consolidated city-county, given as a span or not
    ("Athens-Clarke County police arrested a man after a shooting. The victim was taken to a hospital in Athens.",
     ("Athens-Clarke County", "Athens"), "Athens", 33.96, -83.38),
    ("Athens-Clarke County police arrested two students after a fight. One was taken to a hospital in Athens, and a "
     "third man was held in Watkinsville.", ("Athens", "Watkinsville"), "Athens", 33.96, -83.38),
    # a town's officers between its two counties
    ("Arlington County police arrested a man after a crash on Monday, and Alexandria officers later found a stolen "
     "car in Fairfax County.", ("Arlington County", "Alexandria", "Fairfax County"), "Alexandria", 38.80, -77.05),
    ("Portland police and South Portland officers searched Casco Bay on Saturday for a kayaker, and the Cumberland "
     "County sheriff said a body was found near Falmouth.", ("Portland", "South Portland", "Falmouth"), "Portland",
     43.66, -70.26),
    # two home places in a datelined story
    ("HOUSTON (AP) - An oilfield services company said Tuesday it will close its office in Tulsa and move 300 jobs "
     "to Birmingham.", ("HOUSTON", "Tulsa", "Birmingham"), "Birmingham", 33.52, -86.80),
    # a village far from the story's towns against a famous namesake
    ("CHICAGO (Reuters) - The drugmaker said it would close a plant in Indianapolis and expand its research site in "
     "Cambridge.", ("CHICAGO", "Indianapolis", "Cambridge"), "Cambridge", 42.37, -71.11),
    # places of conflict reporting
    ("YANGON - Soldiers torched houses in Singu township, north of Mandalay, on Saturday.", ("YANGON", "Singu",
                                                                                          "Mandalay"),
     "Singu", 22.55, 95.99),
    ("BAGHDAD - Iraqi forces raided Islamic State hideouts in the Hamrin mountains on Monday.",
     ("BAGHDAD", "Hamrin mountains"), "Hamrin mountains", 34.60, 44.30),
    ("BAMAKO - Gunmen killed 30 people in Ogossagou, near Bankass, on Friday.", ("BAMAKO", "Ogossagou", "Bankass"),
     "Ogossagou", 14.22, -3.48),
    ("Jihadists ambushed a convoy near Dogofry in Mali on Tuesday.", ("Dogofry", "Mali"), "Dogofry", 14.80, -5.80),
    ("NAIROBI - Researchers tested the drug at a clinic in Pingilikani, Kilifi County.", ("NAIROBI", "Pingilikani",
                                                                                        "Kilifi County"),
     "Pingilikani", -3.78, 39.78),
    # districts at their seats
    ("BAMAKO - Gunmen attacked villages in Bankass Cercle on Friday.", ("BAMAKO", "Bankass Cercle"), "Bankass Cercle",
     14.08, -3.52),
    ("BAMAKO - Floods hit Gao Cercle on Friday.", ("BAMAKO", "Gao Cercle"), "Gao Cercle", 16.27, -0.04),
    # US city neighbourhoods named with their city
    ("Metro Nashville police said a teenager was shot in Antioch. Davidson County prosecutors charged a man from "
     "Smyrna.", ("Nashville", "Antioch", "Davidson County", "Smyrna"), "Antioch", 36.06, -86.67),
    ("Seattle police said a man was stabbed in Ballard on Sunday.", ("Seattle", "Ballard"), "Ballard", 47.67, -122.38),
    ("Dallas police said two men were shot in Oak Cliff on Friday.", ("Dallas", "Oak Cliff"), "Oak Cliff", 32.73,
     -96.84),
    ("Houston police said a house burned in Kingwood on Friday.", ("Houston", "Kingwood"), "Kingwood", 30.05, -95.19),
    ("Richmond police said a man was killed in Church Hill, and Henrico County officers arrested a suspect near Short "
     "Pump.", ("Richmond", "Church Hill", "Henrico County", "Short Pump"), "Church Hill", 37.53, -77.42),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g32_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)


REAL_KEEP = [
    # the British city with one American place, or with British places
    ("NEW YORK (Reuters) - HSBC said it would move 1,000 jobs to Birmingham.", ("NEW YORK", "Birmingham"),
     "Birmingham", 52.48, -1.90),
    ("LONDON - The retailer will close stores in Leeds and move staff to Birmingham.", ("LONDON", "Leeds",
                                                                                       "Birmingham"),
     "Birmingham", 52.48, -1.90),
    # Egypt's Alexandria with its own police and Cairo; Greece's Athens with Piraeus
    ("Alexandria police said a man was killed in the port on Sunday. Officers in Cairo arrested a suspect.",
     ("Alexandria", "Cairo"), "Alexandria", 31.20, 29.92),
    ("Athens police said a man was arrested after a fight, and a second in Piraeus.", ("Athens", "Piraeus"), "Athens",
     37.98, 23.73),
    # a village near the story's town keeps its reading (Cambridge, Wisconsin, 40 km from Madison)
    ("Madison police said a man from Cambridge was arrested on Friday.", ("Madison", "Cambridge"), "Cambridge", 43.00,
     -89.02),
    # a bare neighbourhood name keeps its bigger namesake (Church Hill, Tennessee)
    ("A fire damaged a store in Church Hill on Friday, the fire chief said.", ("Church Hill",), "Church Hill", 36.52,
     -82.71),
    # a consolidated city-county whose town is read nearby anyway
    ("Miami-Dade County police said a man was shot in Miami on Sunday.", ("Miami-Dade County", "Miami"), "Miami",
     25.77, -80.19),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g32_readings_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                          lat: float, lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, (
        p.resolved_place, p.lat, p.lon)
