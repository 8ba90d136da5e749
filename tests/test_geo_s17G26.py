"""Resolution and data, session 17 (round G26, issue 4): an admin area or a town read in a country none of the story's
other places lies in, while all of them lie in one country, gives way to its namesake of the same level there
("Western Province" in a Solomon Islands story; "Kani township" in a Myanmar story, a town of about the same size);
"near Gara in northern Iraq": a place written before "in <country or area>" is its namesake there, and a small town
abroad with none is no reading; a street known only through the place it is named after ("Burgundy Street") lies in
the story's city; a bare name read as a county of another state far from a local story's places is no reading
("near Thurston" in a EUGENE, Ore. story); a town and a county written with its word in one sentence are read together
("Lima ... Allen County officials" is Lima, Ohio); curated rows and spellings (Boni, Quiterajo, the Gara mountains,
Hedmark, Nyando, Jutland, Waiheke, Rangitoto, Lujhu, Dugway Proving Ground, the Chindwin, Makhmour, Fort Hood, Warab,
Pokot, Mid-Jutland, and New Orleans', Boston's and Chicago's Gentilly, Algiers, Roxbury and Pilsen). Invented names
on a small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, GazRecord, InMemoryGazetteer
from newsevents.records import Place

from geo_spans import gold_article

RECORDS = [
    # two countries with a province of one name: the big one abroad, the small one at home
    GazRecord(1, 1, "Lankia", 7.0, 81.0, "LKA", "PCLI", 21_000_000, resolution=1),
    GazRecord(2, 2, "Westmark Province", 6.84, 79.98, "LKA", "ADM1", 2_400_000, "Westmark Province", 2, resolution=2),
    GazRecord(10, 10, "Solomonia", -8.0, 159.0, "SLB", "PCLI", 700_000, resolution=1),
    GazRecord(11, 11, "Westmark", -8.2, 157.05, "SLB", "ADM1", 17_000, "Westmark", 11, resolution=2),
    GazRecord(12, 12, "Gizzo", -8.1, 156.84, "SLB", "PPL", 7_000, "Westmark", 11, resolution=4),
    GazRecord(13, 13, "Honiarra", -9.43, 159.95, "SLB", "PPLC", 80_000, "Guadal", 14, resolution=4),
    # a town of about the same size in two countries
    GazRecord(20, 20, "Nipponia", 36.0, 138.0, "JPN", "PCLI", 125_000_000, resolution=1),
    GazRecord(21, 21, "Kanni", 35.4, 137.05, "JPN", "PPL", 102_000, "Gifuu", 22, resolution=4),
    GazRecord(30, 30, "Burmia", 21.0, 96.0, "MMR", "PCLI", 54_000_000, resolution=1),
    GazRecord(31, 31, "Kanni", 22.43, 94.85, "MMR", "PPL", 100_000, resolution=4),
    GazRecord(32, 32, "Saggain", 22.5, 95.5, "MMR", "ADM1", 5_000_000, "Saggain", 32, resolution=2),
    GazRecord(33, 33, "Monywar", 22.11, 95.13, "MMR", "PPL", 370_000, "Saggain", 32, resolution=4),
    # a village abroad and a mountain range named alike; a country
    GazRecord(40, 40, "Irakia", 33.0, 44.0, "IRQ", "PCLI", 40_000_000, resolution=1),
    GazRecord(41, 41, "Garra Mountain", 36.97, 43.35, "IRQ", "MT", 1_000, resolution=4),
    GazRecord(42, 42, "Garra", 46.03, 19.04, "HUN", "PPL", 2_600, "Bacs", 43, resolution=4),
    GazRecord(44, 44, "Dohuk", 36.87, 42.99, "IRQ", "PPL", 340_000, "Dohuk", 45, resolution=4),
    GazRecord(46, 46, "Bamma", 25.0, 107.0, "CHN", "PPL", 40_000, "Guangxia", 47, resolution=4),
    GazRecord(50, 50, "Athenai", 37.98, 23.73, "GRC", "PPLC", 660_000, "Attika", 51, resolution=4),
    GazRecord(52, 52, "Georgya", 42.0, 43.5, "GEO", "PCLI", 3_700_000, resolution=1),
    # a French region, and a US city with its quarters; a town abroad that names a street
    GazRecord(60, 60, "Burgundia", 47.0, 4.5, "FRA", "ADM1", 2_800_000, "Burgundia", 60, resolution=2),
    GazRecord(61, 61, "Nouvelle Orleans", 29.95, -90.07, "USA", "PPL", 360_000, "Louisianne", 62, resolution=4),
    GazRecord(63, 63, "Marignie", 29.96, -90.05, "USA", "PPL", 5_000, "Louisianne", 62, resolution=5),
    GazRecord(64, 64, "Columbea", 32.1, -92.08, "USA", "PPL", 400, "Louisianne", 62, resolution=4),
    GazRecord(65, 65, "Bogalusso", 30.79, -89.85, "USA", "PPL", 12_000, "Louisianne", 62, resolution=4),
]
NAMES = {11: [("Westmark Province", KIND_ALIAS)], 41: [("Garra", KIND_ALIAS)]}


def _gold(text: str, *names: str) -> list[Place]:
    gp = GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=WEIGHTS)
    return gp.places(gold_article(text, *names), [], [], set())


# -- a namesake of the same level in the story's one country ---------------------------------------------------------

def test_a_province_abroad_is_the_one_of_the_storys_country() -> None:
    text = "Police in Gizzo, in Westmark Province, arrested four men, the government said in Honiarra."
    places = _gold(text, "Gizzo", "Westmark Province", "Honiarra")
    assert places[1].country_code == "SLB" and places[1].resolved_place == "Westmark"


@pytest.mark.parametrize(("text", "names"), [
    ("Floods hit Westmark Province on Monday.", ("Westmark Province",)),
    # (a story on both countries: no one country to follow)
    ("Floods hit Westmark Province on Monday, and aid came from Lankia and from Honiarra.",
     ("Westmark Province", "Lankia", "Honiarra")),
])
def test_a_province_keeps_its_reading_alone_or_among_its_own_country(text: str, names: tuple[str, ...]) -> None:
    assert _gold(text, *names)[0].country_code == "LKA"


def test_a_town_abroad_is_its_peer_in_the_storys_country() -> None:
    text = "Burmia's junta bombed a village in Kanni township, near Monywar, residents said."
    places = _gold(text, "Burmia", "Kanni", "Monywar")
    assert places[1].country_code == "MMR" and (places[1].lat, places[1].lon) == (22.43, 94.85)


# -- "X in <country>": its namesake there, or no reading ---------------------------------------------------------------

def test_a_place_before_in_country_is_its_namesake_there() -> None:
    text = "A drone struck a vehicle near Garra in northern Irakia, officials in Dohuk said."
    places = _gold(text, "Garra", "Irakia", "Dohuk")
    assert places[0].country_code == "IRQ" and places[0].lat == 36.97


def test_a_small_town_abroad_with_no_namesake_there_is_no_reading() -> None:
    text = "Jihadists killed ten people near Bamma in northeastern Irakia."
    # (the caller falls back to the story's focus: no longer the Chinese town)
    place = _gold(text, "Bamma", "Irakia")[0]
    assert place.country_code != "CHN"


@pytest.mark.parametrize(("text", "names", "country"), [
    # a big city keeps its reading (named from anywhere)
    ("The Olympics came to Athenai in Georgya, the poster said.", ("Athenai", "Georgya"), "GRC"),
    # "of X in Y" names a bearer, who is in Y: "St. Gregory of Narek in Vatican"
    ("Pilgrims carried the relics of St. Peter of Bamma in Irakia.", ("Bamma", "Irakia"), "CHN"),
    # a town in the area written after it stays
    ("Shops closed in Dohuk in Irakia.", ("Dohuk", "Irakia"), "IRQ"),
])
def test_in_country_guards(text: str, names: tuple[str, ...], country: str) -> None:
    assert _gold(text, *names)[0].country_code == country


# -- a street named after a place -------------------------------------------------------------------------------------

def test_a_street_named_after_a_region_lies_in_the_storys_city() -> None:
    text = "NOUVELLE ORLEANS - A man was shot on Burgundia Street in the Marignie late Friday."
    places = _gold(text, "NOUVELLE ORLEANS", "Burgundia Street", "Marignie")
    assert places[1].country_code == "USA" and places[1].lat is not None and abs(places[1].lat - 29.95) < 0.1


def test_a_street_named_after_a_far_town_lies_in_the_storys_city() -> None:
    text = "BOGALUSSO - A water main broke under Columbea Street on Tuesday, the mayor said."
    places = _gold(text, "BOGALUSSO", "Columbea Street")
    assert (places[1].lat, places[1].lon) == (30.79, -89.85)


def test_a_region_written_without_a_street_word_keeps_its_reading() -> None:
    text = "Wine growers in Burgundia lost a third of the harvest, officials in Nouvelle Orleans heard."
    assert _gold(text, "Burgundia", "Nouvelle Orleans")[0].country_code == "FRA"


# -- the built gazetteer (slow) ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


# (text, gold spans, the span checked, lat, lon): the reading must lie within `_TOL` degrees
REAL_GOLD = [
    # curated rows and spellings
    ("Jihadists ambushed traders near Boni, on the road from Douentza, local sources said.", ("Boni", "Douentza"),
     "Boni", 15.05, -2.10),
    ("Insurgents burned huts in Quiterajo, a fishing village of Cabo Delgado.", ("Quiterajo", "Cabo Delgado"),
     "Quiterajo", -11.76, 40.42),
    ("Turkish commandos landed on the Gara mountains, the ministry in Ankara said.", ("Gara mountains", "Ankara"),
     "Gara mountains", 36.97, 43.35),
    ("Wolves were shot in Hedmark after attacks on sheep.", ("Hedmark",), "Hedmark", 61.2, 11.4),
    ("The rains displaced 900 families in Nyando, county officials said.", ("Nyando",), "Nyando", -0.17, 35.0),
    ("Pig farms across Jutland were checked for the virus.", ("Jutland",), "Jutland", 56.0, 9.25),
    ("A ferry ran aground off Waiheke Island on Sunday.", ("Waiheke Island",), "Waiheke Island", -36.8, 175.1),
    ("Hikers climbed Rangitoto at dawn.", ("Rangitoto",), "Rangitoto", -36.79, 174.86),
    ("Bird flu was found at a poultry farm in Lujhu, Taoyuan, the council said.", ("Lujhu", "Taoyuan"), "Lujhu",
     25.05, 121.29),
    ("Workers sealed a leak at Dugway Proving Ground, the Army said.", ("Dugway Proving Ground",),
     "Dugway Proving Ground", 40.18, -112.93),
    ("Villagers fled along the Chindwin as fighting spread, residents said.", ("Chindwin",), "Chindwin", 22.12, 95.13),
    ("Residents of Makhmour camp protested on Friday.", ("Makhmour",), "Makhmour", 35.78, 43.58),
    ("A soldier at Fort Hood was charged with assault.", ("Fort Hood",), "Fort Hood", 31.13, -97.78),
    ("Cholera spread in Warab state, health officials said.", ("Warab",), "Warab", 7.9, 28.33),
    ("Raiders from Pokot stole 300 cattle.", ("Pokot",), "Pokot", 1.34, 35.23),
    ("Storms hit Mid-Jutland overnight.", ("Mid-Jutland",), "Mid-Jutland", 56.19, 9.43),
    # the local quarters, in a story of their own city
    ("Streets in Gentilly flooded, and New Orleans sent pumps.", ("Gentilly", "New Orleans"), "Gentilly", 30.0,
     -90.06),
    ("The ferry from Algiers to the French Quarter stopped, and Gentilly and Treme lost power, New Orleans officials "
     "said.", ("Algiers", "French Quarter", "Gentilly", "Treme", "New Orleans"), "Algiers", 29.95, -90.05),
    ("BOSTON - A water main burst in Roxbury on Monday.", ("BOSTON", "Roxbury"), "Roxbury", 42.32, -71.09),
    ("CHICAGO - Hundreds rallied in Pilsen on Saturday.", ("CHICAGO", "Pilsen"), "Pilsen", 41.86, -87.66),
    # rules on real places
    ("A Turkish drone struck a vehicle near Gara in northern Iraq, killing two fighters.", ("Gara", "Iraq"), "Gara",
     36.97, 43.35),
    ("Rwandan officials in Karongi said a landslide hit Western Province.", ("Karongi", "Western Province"),
     "Western Province", -2.15, 29.27),
    ("HONIARA - Police said flooding hit villages in Western Province on Monday.", ("HONIARA", "Western Province"),
     "Western Province", -8.22, 157.05),
    ("Junta troops raided villages in Kani township, Sagaing region, Myanmar's opposition said.",
     ("Kani", "Sagaing", "Myanmar"), "Kani", 22.43, 94.85),
    ("CHICAGO - Hundreds marched down Michigan Avenue on Saturday.", ("CHICAGO", "Michigan Avenue"), "Michigan Avenue",
     41.85, -87.65),
    ("BOGALUSA, La. - A water main broke under Columbia Street. Washington Parish crews worked through the night.",
     ("BOGALUSA", "La.", "Columbia Street", "Washington Parish"), "Columbia Street", 30.79, -89.85),
    # (the Bosnian town is no reading in a Myanmar sentence: Pale, Sagaing, a row of build 66)
    ("Soldiers clashed with rebels near Pale in central Myanmar.", ("Pale", "Myanmar"), "Pale", 21.85, 94.77),
    ("Police in Gizo, the capital of Western Province, arrested four men, officials in Honiara said.",
     ("Gizo", "Western Province", "Honiara"), "Western Province", -8.22, 157.05),
    ("Myanmar's military bombed a village in Kani township, near Monywa, killing 11.", ("Myanmar", "Kani", "Monywa"),
     "Kani", 22.43, 94.85),
    # (a county read from a bare name in another state, far from the story's places, is a local place the gazetteer
    # lacks: it falls back to the story's towns)
    ("EUGENE, Ore. - A man was stabbed downtown. Springfield officers arrested a suspect near Thurston.",
     ("EUGENE", "Ore.", "Springfield", "Thurston"), "Thurston", 44.05, -123.05),
    ("Traders fled Hombori after the attack, officials in Douentza said.", ("Hombori", "Douentza"), "Hombori",
     15.28, -1.70),
    # a town and the county written with it in one sentence
    ("A water main broke in Lima, flooding basements, Allen County officials said.", ("Lima", "Allen County"), "Lima",
     40.74, -84.11),
    ("Police in Paris said Lamar County deputies helped.", ("Paris", "Lamar County"), "Paris", 33.66, -95.56),
    ("BOGALUSA, La. - A water main broke under Columbia Street on Tuesday.", ("BOGALUSA", "La.", "Columbia Street"),
     "Columbia Street", 30.79, -89.85),
    ("A man was shot on Burgundy Street in the Marigny, New Orleans police said.",
     ("Burgundy Street", "Marigny", "New Orleans"), "Burgundy Street", 29.96, -90.06),
]
_TOL = 0.15


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g26_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < _TOL and abs(p.lon - lon) < _TOL, (
        p.resolved_place, p.lat, p.lon)


# Readings that must stay
REAL_KEEP = [
    # a bare mention of the French suburb, the Algerian capital, the Czech city
    ("Police in Gentilly, south of Paris, arrested two men.", ("Gentilly", "Paris"), "Gentilly", 48.81, 2.34),
    ("Protesters marched in Algiers on Friday.", ("Algiers",), "Algiers", 36.73, 3.09),
    ("The brewery in Pilsen raised prices.", ("Pilsen",), "Pilsen", 49.75, 13.38),
    ("Lujhu in Kaohsiung was flooded.", ("Lujhu", "Kaohsiung"), "Lujhu", 22.86, 120.26),
    ("Elections were held in Western Province on Saturday.", ("Western Province",), "Western Province", 6.84, 79.98),
    # a country the story names, then a region of it
    ("Sri Lanka's Western Province will hold elections, Colombo said.", ("Sri Lanka", "Western Province", "Colombo"),
     "Western Province", 6.84, 79.98),
    ("Mongu, in Zambia's Western Province, was flooded.", ("Mongu", "Zambia", "Western Province"), "Western Province",
     -15.92, 23.74),
    # Birmingham, England, with English places
    ("Fans travelled from Birmingham to Coventry, Wolverhampton and Walsall.",
     ("Birmingham", "Coventry", "Wolverhampton", "Walsall"), "Birmingham", 52.48, -1.9),
    ("A tornado hit Birmingham on Monday, and shelters opened in Hoover, Bessemer and Tuscaloosa.",
     ("Birmingham", "Hoover", "Bessemer", "Tuscaloosa"), "Birmingham", 33.52, -86.8),
    ("Wine growers in Burgundy lost a third of the harvest.", ("Burgundy",), "Burgundy", 47.0, 4.5),
    ("Houses burned in Pale in Bosnia.", ("Pale", "Bosnia"), "Pale", 43.82, 18.57),
    ("Washington County commissioners asked Washington for money.", ("Washington County", "Washington"),
     "Washington", 38.9, -77.04),
    ("Allen County closed its offices. Lima hosts the summit of Latin American leaders.", ("Allen County", "Lima"),
     "Lima", -12.05, -77.04),
    # a county written with its word keeps its reading
    ("OLYMPIA, Wash. - Thurston County deputies arrested a man in Lacey.", ("OLYMPIA", "Wash.", "Thurston County",
                                                                         "Lacey"), "Thurston County", 46.93, -122.83),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g26_readings_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                         lat: float, lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.6 and abs(p.lon - lon) < 0.6, (
        p.resolved_place, p.lat, p.lon)
