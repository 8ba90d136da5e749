"""Resolution and data, session 21 (round G30, issue 4): a bare town read abroad is its US namesake when the story
writes that town's state anywhere (in a name, by a dotted abbreviation) or a clock time in a US time zone; a famous
landmark named exactly so outranks small towns abroad of its name ("Capitol Hill"); a town written before a lower-case
type word ("Desaguadero hospital") is the town itself, no part of a longer name; in a story datelined in a country it
names, a town read abroad short of a major city is its namesake there ("SAN JOSE - Costa Rica's ... Santa Ana"); a
region spanning countries written with "region" in a one-country story is that country's area of the name ("the Sahel
region" of Burkina Faso); curated points for districts that borrowed their province's point (Korangi District), and
rows for Diafarabe, Balcad (Balad), Piccadilly, Ensley (Birmingham), Macina and Kenya's "Western" province. Invented
names on a small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import KIND_ABBREV, KIND_ALIAS, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import load_weights
from newsevents.records import Place

from geo_spans import gold_article

RECORDS = [
    GazRecord(1, 1, "Britannia", 54.0, -2.0, "GBR", "PCLI", 66_000_000, resolution=1),
    GazRecord(2, 2, "Anglia", 52.5, -1.5, "GBR", "ADM1", 56_000_000, "Anglia", 2, resolution=2),
    GazRecord(3, 3, "Brumton", 52.48, -1.90, "GBR", "PPL", 1_400_000, "Anglia", 2, resolution=4),
    GazRecord(4, 4, "Midlandia", 52.45, -1.80, "GBR", "PPL", 300_000, "Anglia", 2, resolution=4),
    GazRecord(5, 5, "Dunholm", 54.78, -1.58, "GBR", "PPL", 48_000, "Anglia", 2, resolution=4),
    GazRecord(10, 10, "United Statia", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(11, 11, "Alabamia", 32.75, -86.75, "USA", "ADM1", 5_000_000, "Alabamia", 11, resolution=2),
    GazRecord(12, 12, "Brumton", 33.52, -86.80, "USA", "PPL", 196_000, "Alabamia", 11, resolution=4),
    GazRecord(13, 13, "Carolana", 35.5, -79.0, "USA", "ADM1", 10_000_000, "Carolana", 13, resolution=2),
    GazRecord(14, 14, "Dunholm", 35.99, -78.90, "USA", "PPL", 257_000, "Carolana", 13, resolution=4),
    GazRecord(6, 6, "Dunholm", 43.90, -78.90, "CAN", "PPL", 627_000, "Ontaria", 7, resolution=4),
    GazRecord(15, 15, "Oregonia", 44.0, -120.5, "USA", "ADM1", 4_000_000, "Oregonia", 15, resolution=2),
    GazRecord(16, 16, "Portlund", 45.52, -122.68, "USA", "PPL", 650_000, "Oregonia", 15, resolution=4),
    GazRecord(17, 17, "Mainia", 45.5, -69.0, "USA", "ADM1", 1_300_000, "Mainia", 17, resolution=2),
    GazRecord(18, 18, "Portlund", 43.66, -70.26, "USA", "PPL", 66_000, "Mainia", 17, resolution=4),
    GazRecord(19, 19, "Texia", 31.25, -99.25, "USA", "ADM1", 28_000_000, "Texia", 19, resolution=2),
    GazRecord(24, 24, "Portlund", 27.88, -97.32, "USA", "PPL", 16_000, "Texia", 19, resolution=4),
    GazRecord(20, 20, "Francia", 46.0, 2.0, "FRA", "PCLI", 66_000_000, resolution=1),
    GazRecord(21, 21, "Parisa", 48.85, 2.35, "FRA", "PPL", 2_100_000, "Francia", 21, resolution=4),
    GazRecord(22, 22, "Parisa", 33.66, -95.56, "USA", "PPL", 25_000, "Texia", 19, resolution=4),
    # a landmark and small towns of its name abroad and at home
    GazRecord(30, None, "Capitol Mount", 38.89, -77.01, "USA", "BLDG", 100_000, resolution=5),
    GazRecord(31, 31, "Canadia", 60.0, -95.0, "CAN", "PCLI", 38_000_000, resolution=1),
    GazRecord(32, 32, "Capitol Mount", 49.28, -122.98, "CAN", "PPL", 6_300, "Columbia", 33, resolution=4),
    GazRecord(34, 34, "Capitol Mount", 47.62, -122.32, "USA", "PPL", 5_000, "Oregonia", 15, resolution=4),
    GazRecord(35, 35, "Seattlia", 47.60, -122.33, "USA", "PPL", 700_000, "Oregonia", 15, resolution=4),
    # a small town on a border with its namesake across it, and a big city far away
    GazRecord(40, 40, "Peruvia", -10.0, -75.0, "PER", "PCLI", 32_000_000, resolution=1),
    GazRecord(41, 41, "Punia", -15.27, -69.93, "PER", "ADM1", 1_200_000, "Punia", 41, resolution=2),
    GazRecord(42, 42, "Desagua", -16.57, -69.04, "PER", "PPL", 5_300, "Punia", 41, resolution=4),
    GazRecord(43, 43, "Londra", 51.51, -0.13, "GBR", "PPLC", 8_900_000, "Anglia", 2, resolution=4),
    GazRecord(44, 44, "Massachia", 42.37, -71.11, "USA", "ADM1", 7_000_000, "Massachia", 44, resolution=2),
    # a dateline city read abroad first, and a town with a big namesake abroad
    GazRecord(50, 50, "Costa Ricana", 10.0, -84.0, "CRI", "PCLI", 5_000_000, resolution=1),
    GazRecord(51, 51, "San Josa", 9.93, -84.08, "CRI", "PPL", 340_000, "San Josa", 52, resolution=4),
    GazRecord(53, 53, "San Josa", 37.34, -121.89, "USA", "PPL", 1_000_000, "Californa", 54, resolution=4),
    GazRecord(55, 55, "Santa Anita", 9.93, -84.18, "CRI", "PPL", 8_000, "San Josa", 52, resolution=4),
    GazRecord(56, 56, "Santa Anita", 33.75, -117.87, "USA", "PPL", 310_000, "Californa", 54, resolution=4),
    GazRecord(57, 57, "Santa Cruzo", 10.26, -85.58, "CRI", "PPL", 12_000, "Guanaca", 58, resolution=4),
    GazRecord(59, 59, "Santa Cruzo", -17.78, -63.18, "BOL", "PPL", 1_800_000, "Cruzena", 60, resolution=4),
    # a region across countries and one country's area of its name
    GazRecord(70, None, "Sahela", 15.0, 5.0, None, "RGN", 50_000_000, resolution=1),
    GazRecord(71, 71, "Burkinia", 12.5, -1.5, "BFA", "PCLI", 21_000_000, resolution=1),
    GazRecord(72, 72, "Ouaga", 12.37, -1.53, "BFA", "PPLC", 2_400_000, "Kadiogo", 73, resolution=4),
    GazRecord(74, 74, "Sahela", 14.20, -0.36, "BFA", "ADM1", 1_000_000, "Sahela", 74, resolution=2),
]
NAMES = {
    11: [("Ala.", KIND_ABBREV)],
    13: [("N.C.", KIND_ABBREV)],
    70: [("Sahela region", KIND_ALIAS)],
}


def _gold(text: str, *names: str) -> list[Place]:
    gp = GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=load_weights())
    return gp.places(gold_article(text, *names), [], [], set())


def _country(text: str, *names: str, name: str) -> str | None:
    return _gold(text, *names)[names.index(name)].country_code


def _near(p: Place, lat: float, lon: float) -> bool:
    return p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.2 and abs(p.lon - lon) < 0.2


# -- US evidence in the story --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The company will move 400 jobs to Brumton by March. Shifts start at 6 a.m. CT.",
    "The company will move 400 jobs to Brumton, and the first shift starts at 7:30 p.m. Central.",
    "Brumton firefighters fought the blaze for six hours, the Alabamia Forestry Commission said.",
    "Brumton firefighters fought the blaze for six hours, the Ala. fire marshal said.",
])
def test_us_evidence_makes_a_bare_town_its_us_namesake(text: str) -> None:
    assert _country(text, "Brumton", name="Brumton") == "USA"


def test_a_written_state_picks_its_own_namesake() -> None:
    got = _gold("Dunholm police said the suspect was held overnight, the N.C. attorney general said.", "Dunholm")
    assert got[0].country_code == "USA" and _near(got[0], 35.99, -78.90)


@pytest.mark.parametrize("text", [
    "The company will move 400 jobs to Brumton by March.",
    # a dollar price or a dateline alone says nothing of the country
    "The company will move 400 jobs to Brumton by March, paying $21 an hour.",
    # the hour without a US time zone
    "Brumton firefighters arrived at 6 a.m. and fought the blaze for six hours.",
    # a time zone abroad
    "The talks in Brumton open at 9 a.m. Central European Time, or 8 a.m. GMT.",
])
def test_without_us_evidence_the_reading_abroad_stays(text: str) -> None:
    assert _country(text, "Brumton", name="Brumton") == "GBR"


def test_another_place_in_the_readings_country_keeps_it() -> None:
    text = "Brumton and Midlandia councils cut bus fares, and the change starts at 6 a.m. CT on Monday."
    assert _country(text, "Brumton", "Midlandia", name="Brumton") == "GBR"


def test_a_small_us_namesake_does_not_take_a_big_city() -> None:
    # Parisa, Texia (25,000) against Parisa, Francia (2.1 million): the Texia governor flew to France's Parisa
    text = "The Texia governor flew to Parisa for talks on Monday."
    assert _country(text, "Parisa", name="Parisa") == "FRA"


def test_a_us_reading_moves_to_the_written_state() -> None:
    got = _gold("Portlund police arrested two men, and Mainia State Police said more arrests would follow.",
                "Portlund")
    assert _near(got[0], 43.66, -70.26)


def test_a_small_namesake_in_a_written_state_does_not_take_a_city() -> None:
    # the Portlund Trail Blazers against the Texia Rangers: Portlund, Texia (16,000) is no peer of Oregonia's
    got = _gold("The Texia Rangers beat Oakwood, and the Portlund Trail Blazers lost in Houstin.", "Portlund")
    assert _near(got[0], 45.52, -122.68)


def test_a_qualified_town_keeps_its_reading() -> None:
    got = _gold("Portlund, Oregonia, police arrested two men, a Mainia newspaper said.", "Portlund", "Oregonia")
    assert _near(got[0], 45.52, -122.68)


# -- a landmark over small towns abroad ------------------------------------------------------------------------
def test_a_landmark_beats_small_towns_abroad_of_its_name() -> None:
    got = _gold("Lawmakers on Capitol Mount passed the spending bill late on Friday.", "Capitol Mount")
    assert _near(got[0], 38.89, -77.01)


def test_a_town_named_like_a_landmark_at_home_is_left_to_the_story() -> None:
    got = _gold("Police in Seattlia cleared a protest camp on Capitol Mount on Monday.", "Seattlia", "Capitol Mount")
    assert got[1].country_code == "USA" and _near(got[1], 47.62, -122.32)


# -- a town written before a lower-case type word ------------------------------------------------------------------
def test_a_town_before_a_type_word_is_the_town_itself() -> None:
    text = ("Villagers near Punia in Peruvia fell ill and were taken to Desagua hospital. A meteorite expert in "
            "Massachia and one in Londra doubted the story.")
    got = _gold(text, "Punia", "Peruvia", "Desagua hospital", "Massachia", "Londra")
    assert _near(got[2], -16.57, -69.04)


# -- the dateline's country over population ----------------------------------------------------------------------
def test_a_dateline_country_named_outright_takes_its_namesake() -> None:
    text = "SAN JOSA - Costa Ricana's police arrested two men in Santa Anita on Tuesday."
    got = _gold(text, "SAN JOSA", "Costa Ricana", "Santa Anita")
    assert got[2].country_code == "CRI"


def test_a_major_city_abroad_stays_against_a_dateline() -> None:
    text = "SAN JOSA - Costa Ricana's president flew to Santa Cruzo on Tuesday."
    got = _gold(text, "SAN JOSA", "Costa Ricana", "Santa Cruzo")
    assert got[2].country_code == "BOL"


def test_without_the_country_named_the_reading_stays() -> None:
    got = _gold("SAN JOSA - Police arrested two men in Santa Anita on Tuesday.", "SAN JOSA", "Santa Anita")
    assert got[1].country_code == "USA"


# -- a region spanning countries in a one-country story ------------------------------------------------------------
def test_a_region_written_as_region_in_a_one_country_story_is_its_area() -> None:
    got = _gold("OUAGA - Gunmen killed 12 people in the Sahela region on Tuesday.", "OUAGA", "Sahela region")
    assert got[1].country_code == "BFA" and got[1].resolution == 2


@pytest.mark.parametrize(("text", "names"), [
    ("OUAGA - Jihadists are active across the Sahela region, the minister said.", ("OUAGA", "Sahela region")),
    # (a story about two countries)
    ("Drought hit the Sahela region, officials in Ouaga and Parisa said.", ("Sahela region", "Ouaga", "Parisa")),
])
def test_a_wide_region_or_one_of_a_many_country_story_stays_wide(text: str, names: tuple[str, ...]) -> None:
    assert _gold(text, *names)[names.index(next(n for n in names if n.startswith("Sahela")))].country_code is None


# -- real gazetteer (slow) ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL_GOLD = [
    ("KARACHI - Rangers arrested three suspects in Korangi District on Monday.", ("KARACHI", "Korangi District"),
     "Korangi District", 24.83, 67.13),
    ("KARACHI - Two men were shot dead in Malir District, police said.", ("KARACHI", "Malir District"),
     "Malir District", 24.89, 67.20),
    ("BAMAKO - Militants attacked Diafarabe and Macina, in central Mali, residents said.",
     ("BAMAKO", "Diafarabe", "Macina", "Mali"), "Diafarabe", 14.15, -4.98),
    ("BAMAKO - Militants attacked Diafarabe and Macina, in central Mali, residents said.",
     ("BAMAKO", "Diafarabe", "Macina", "Mali"), "Macina", 13.96, -5.36),
    ("MOGADISHU - Al-Shabaab fighters attacked an army base near Balad, officials said.", ("MOGADISHU", "Balad"),
     "Balad", 2.36, 45.39),
    ("Police cordoned off Piccadilly after a car hit pedestrians in central London.", ("Piccadilly", "London"),
     "Piccadilly", 51.51, -0.14),
    ("NAIROBI - Floods killed 12 people in Kakamega and Bungoma, in Western province, officials said.",
     ("NAIROBI", "Kakamega", "Bungoma", "Western"), "Western", 0.3, 34.7),
    ("NAIROBI - Floods killed 12 people in Kakamega and Bungoma, in Western province, officials said.",
     ("NAIROBI", "Kakamega", "Bungoma", "Western"), "Bungoma", 0.56, 34.56),
    ("A man was killed in the Ensley neighborhood of Birmingham early Sunday, police said.",
     ("Ensley", "Birmingham"), "Ensley", 33.52, -86.89),
    ("Durham firefighters battled a blaze at a warehouse for six hours, the N.C. fire marshal said.", ("Durham",),
     "Durham", 35.99, -78.90),
    ("Richmond police arrested three men after a shooting, and Virginia State Police assisted.", ("Richmond",),
     "Richmond", 37.54, -77.44),
    ("The company said it would move 400 jobs to Birmingham. Shifts start at 6 a.m. CT.", ("Birmingham",),
     "Birmingham", 33.52, -86.80),
    ("Lawmakers on Capitol Hill passed the spending bill late on Friday.", ("Capitol Hill",), "Capitol Hill", 38.89,
     -77.01),
    ("LIMA - Three miners were taken to Desaguadero hospital, and a fourth was flown to a clinic in Arequipa. "
     "London-listed Hochschild owns the mine.", ("LIMA", "Desaguadero hospital", "Arequipa", "London"),
     "Desaguadero hospital", -16.57, -69.04),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_GOLD)
def test_real_gazetteer_g30_gold_spans(real: GeoParser, text: str, names: tuple[str, ...], name: str, lat: float,
                                       lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.6 and abs(p.lon - lon) < 0.6, (
        p.resolved_place, p.lat, p.lon)


REAL_KEEP = [
    ("A car bomb exploded near Balad, north of Baghdad, police said.", ("Balad", "Baghdad"), "Balad", 34.01, 44.15),
    ("Ensley residents cleaned up after the storm on Sunday.", ("Ensley",), "Ensley", 30.52, -87.27),
    ("KAMPALA - Floods displaced 2,000 people in the Western region, officials said.", ("KAMPALA", "Western"),
     "Western", 0.43, 30.90),
    ("Birmingham city council voted to cut bus fares, costing the West Midlands authority 2 million pounds.",
     ("Birmingham", "West Midlands"), "Birmingham", 52.48, -1.90),
    ("The company will move 400 jobs to Birmingham, paying $21 an hour.", ("Birmingham",), "Birmingham", 52.48,
     -1.90),
    ("The Texas governor flew to Paris for talks on Monday.", ("Texas", "Paris"), "Paris", 48.85, 2.35),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "names", "name", "lat", "lon"), REAL_KEEP)
def test_real_gazetteer_g30_readings_stay(real: GeoParser, text: str, names: tuple[str, ...], name: str,
                                          lat: float, lon: float) -> None:
    p = real.places(gold_article(text, *names), [], [], set())[names.index(name)]
    assert p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.6 and abs(p.lon - lon) < 0.6, (
        p.resolved_place, p.lat, p.lon)


@pytest.mark.slow
def test_real_gazetteer_g30_dateline_country_namesake(real: GeoParser) -> None:
    text = "SAN JOSE - Costa Rica's police arrested two men in Santa Ana on Tuesday."
    p = real.places(gold_article(text, "SAN JOSE", "Costa Rica", "Santa Ana"), [], [], set())[2]
    assert p.country_code == "CRI"


@pytest.mark.slow
def test_real_gazetteer_g30_sahel_region_of_burkina(real: GeoParser) -> None:
    text = "OUAGADOUGOU - Gunmen killed 12 people in the Sahel region on Tuesday."
    p = real.places(gold_article(text, "OUAGADOUGOU", "Sahel region"), [], [], set())[1]
    assert p.country_code == "BFA"
