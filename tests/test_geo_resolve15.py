"""Resolution, session 8 round 2 (issue 4, wrong readings and missing places): a country's name written with another
country after it is the first-level area of that name there ("Georgia in the United States", not after "the embassy
of"); a list of big cities abroad holds the big city of a name ("flights from Bogota and Santiago" in a Lima story); a
bare name read as the main city of a same-named first-level area is the area when the story's other towns in it all
lie far from the city ("the worst flooding in Quebec" with Sherbrooke, Magog, Granby); a town read outside every area
the story names is the namesake in the second-level area the story names ("Cagayan province ... Santa Ana"); "the
island of X" / "X island" is an island. Invented names on a small in-memory gazetteer; real places and the data
added in this round on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import load_weights
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences, geonameids as _ids, gold_article

RECORDS = [
    # a country and a first-level area of another country with the same name
    GazRecord(1, 1, "Unistat", 39.8, -98.5, "UST", "PCLI", 330_000_000, resolution=1),
    GazRecord(2, 2, "Jorja", 32.75, -83.5, "UST", "ADM1", 100_000, "Jorja", 2, resolution=2),
    GazRecord(3, 3, "Jorja", 42.0, 43.5, "JRJ", "PCLI", 3_700_000, resolution=1),
    GazRecord(4, 4, "Atlanto", 33.75, -84.39, "UST", "PPL", 500_000, "Jorja", 2, resolution=4),
    GazRecord(5, 5, "Tiblis", 41.69, 44.83, "JRJ", "PPLC", 1_100_000, resolution=4),
    # a capital abroad, a small namesake in the story's country, and the story's big cities
    GazRecord(10, 10, "Perou", -10.0, -76.0, "PEX", "PCLI", 33_000_000, resolution=1),
    GazRecord(11, 11, "Limah", -12.05, -77.04, "PEX", "PPLC", 7_700_000, resolution=4),
    GazRecord(12, 12, "Santyago", -33.45, -70.67, "CHX", "PPLC", 4_800_000, resolution=4),
    GazRecord(13, 13, "Santyago", -14.18, -75.72, "PEX", "PPL", 60_000, resolution=4),
    GazRecord(14, 14, "Bogota", 4.61, -74.08, "COX", "PPL", 7_700_000, resolution=4),
    GazRecord(15, 15, "Arekipa", -16.4, -71.54, "PEX", "PPL", 1_000_000, resolution=4),
    GazRecord(16, 16, "Kusko", -13.53, -71.97, "PEX", "PPL", 430_000, resolution=4),
    # a province and its namesake capital city far from the towns of a story about the province
    GazRecord(20, 20, "Kebek", 52.0, -72.0, "CAX", "ADM1", 8_500_000, "Kebek", 20, resolution=2),
    GazRecord(21, 21, "Kebek", 46.81, -71.21, "CAX", "PPL", 530_000, "Kebek", 20, resolution=4),
    GazRecord(22, 22, "Sherbruk", 45.4, -71.89, "CAX", "PPL", 170_000, "Kebek", 20, resolution=4),
    GazRecord(23, 23, "Magogg", 45.27, -72.15, "CAX", "PPL", 27_000, "Kebek", 20, resolution=4),
    GazRecord(24, 24, "Granbee", 45.4, -72.73, "CAX", "PPL", 70_000, "Kebek", 20, resolution=4),
    GazRecord(25, 25, "Levee", 46.8, -71.18, "CAX", "PPL", 140_000, "Kebek", 20, resolution=4),
    GazRecord(26, 26, "Beauporte", 46.86, -71.19, "CAX", "PPL", 80_000, "Kebek", 20, resolution=4),
    # a second-level area (a province of the Philippines) holding a small town whose name a big city has as an
    # alternate name
    GazRecord(30, 30, "Filipinas", 13.0, 122.0, "PHX", "PCLI", 110_000_000, resolution=1),
    GazRecord(31, 31, "Cagayen", 18.0, 121.8, "PHX", "ADM2", 1_200_000, "Valley", 32, resolution=3),
    GazRecord(33, 33, "Tagig", 14.52, 121.08, "PHX", "PPL", 1_300_000, "Capital", 34, "Metro", resolution=4),
    GazRecord(35, 35, "Santana", 18.46, 122.14, "PHX", "PPL", 6_000, "Valley", 32, "Cagayen", resolution=4),
    GazRecord(36, 36, "Aparry", 18.36, 121.64, "PHX", "PPL", 65_000, "Valley", 32, "Cagayen", resolution=4),
    # an island and a bigger mainland town of its name
    GazRecord(40, 40, "Pembo", -12.97, 40.52, "MZX", "PPL", 230_000, resolution=4),
    GazRecord(41, 41, "Pembo Island", -5.2, 39.78, "TZX", "ISL", 100_000, resolution=4),
]
NAMES = {33: [("Santana", KIND_ALTERNATE)], 41: [("Pembo", 1)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _gold(text: str, *names: str) -> list[Place]:
    # the shipped weights: the steps under test correct what the linear model gets wrong with them
    return GeoParser(_gaz(), weights=load_weights()).places(gold_article(text, *names), [], [], set())


def test_country_name_written_in_another_country_is_its_area() -> None:
    text = "Tiblis is the capital of Jorja. It is not to be confused with Jorja in the Unistat."
    places = _gold(text, "Tiblis", "Jorja", "Jorja", "Unistat")
    assert _ids(places)[1:3] == [3, 2]


def test_country_name_after_embassy_of_stays_the_country() -> None:
    # guard: "the embassy of Jorja in the Unistat" is the country's embassy abroad
    text = "Protesters gathered outside the embassy of Jorja in the Unistat on Monday."
    places = _gold(text, "Jorja", "Unistat")
    assert _ids(places)[0] == 3


def test_bare_name_of_a_province_whose_towns_lie_far_from_its_capital() -> None:
    text = ("Flooding forced people from homes in Sherbruk on Monday. Roads to Magogg were closed. In Granbee the river "
            "rose. The flooding is the worst in Kebek since 2019.")
    places = _gold(text, "Sherbruk", "Magogg", "Granbee", "Kebek")
    assert _ids(places)[-1] == 20


def test_bare_name_among_the_capitals_own_suburbs_is_the_city() -> None:
    # guard: a story about the city names places around it
    text = "Fire crews from Levee and Beauporte were called. Officials in Kebek said the blaze was out."
    places = _gold(text, "Levee", "Beauporte", "Kebek")
    assert _ids(places)[-1] == 21


def test_province_named_with_its_premier() -> None:
    text = "Kebek Premier Jean Roy said on Monday that the vote in Sherbruk would go ahead."
    places = _gold(text, "Kebek", "Sherbruk")
    assert _ids(places)[0] == 20


def test_town_in_the_named_province_over_a_far_alternate_name() -> None:
    text = ("The typhoon cut power to much of Cagayen province. It made landfall near Santana, a fishing town, before "
            "crossing toward Aparry.")
    places = _gold(text, "Cagayen", "Santana", "Aparry")
    assert _ids(places)[1] == 35


def test_island_cue_picks_the_island() -> None:
    text = "Divers prefer the wilder island of Pembo, reached by ferry."
    places = _gold(text, "Pembo")
    assert _ids(places)[0] == 41


# ---- the built gazetteer --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL = [
    # the brief's wrong readings (W8's world set)
    ("Push on over Haast Pass to Wanaka and Queenstown, where the bungee jump started. A day trip to Milford Sound, "
     "in Fiordland, is a must. Land in Christchurch and drive north.", "Queenstown", -45.03, 168.66),
    ("TAIPEI, May 23 (Reuters) - China held drills around the Taiwan-controlled islands of Kinmen, Matsu and Wuqiu, "
     "close to the Chinese coast at Xiamen and Fuzhou.", "Matsu", 26.16, 119.95),
    ("HANOI (Reuters) - Chinese coast guard ships fired water cannon at a Philippine boat in the South China Sea. "
     "Manila protested, and Vietnam called for restraint in waters it calls the East Sea.", "East Sea", 12.0, 114.0),
    ("SEOUL (Yonhap) - North Korea fired two missiles into the East Sea on Tuesday, the military in Seoul said.",
     "East Sea", 40.0, 135.0),
    ("NEWCASTLE, England (AP) - Floods closed roads in Newcastle and Gateshead on Monday.", "Newcastle", 54.97, -1.61),
    ("TBILISI - Visitors come for the sulphur baths of Tbilisi. Not to be confused with Georgia in the United States, "
     "whose capital is Atlanta.", "Georgia", 32.75, -83.5),
    ("LIMA (Reuters) - Peru plans new flights from Bogota and Santiago to Arequipa and Cusco.", "Santiago", -33.46,
     -70.65),
    # ... even where the story's places surround a namesake (Santiago, a district of Cusco)
    ("LIMA (Reuters) - Trains from Cusco to Ollantaytambo and Machu Picchu were cut. Residents of Aguas Calientes "
     "walked out. Peru plans new flights from Bogota and Santiago to Arequipa.", "Santiago", -33.46, -70.65),
    ("MANILA (Reuters) - The typhoon cut power to much of Cagayan province. It made landfall near Santa Ana, a fishing "
     "town on the northeastern corner of the island, before crossing toward Aparri.", "Santa Ana", 18.46, 122.14),
    ("LIMA, March 9 (Reuters) - Peru plans a cable car to the Kuelap fortress in Amazonas region, and new flights from "
     "Bogota and Santiago to Arequipa.", "Amazonas", -5.5, -78.0),
    # data added in this round
    ("ATHENS, July 21 (Reuters) - Greece will charge cruise passengers to land on Santorini. Airlines added flights "
     "to Heraklion on Crete.", "Santorini", 36.41, 25.43),
    ("ATHENS, July 21 (Reuters) - Greece will charge cruise passengers to land on Santorini. Airlines added flights "
     "to Heraklion on Crete.", "Heraklion", 35.33, 25.14),
    ("LIMA (Reuters) - Peru will cap daily visitors to Machu Picchu at 4,500 from April.", "Machu Picchu", -13.16,
     -72.55),
    ("Vaccination rates have fallen in parts of Transylvania, doctors in Bucharest said.", "Transylvania", 46.5, 24.5),
    ("MECCA - Pilgrims walked for hours between Mount Arafat and Muzdalifah on the hottest days.", "Muzdalifah", 21.39,
     39.94),
    ("KINSHASA (AFP) - The virus was first identified in 1976 near the village of Yambuku in what was then Zaire.",
     "Yambuku", 2.82, 22.23),
    ("ZANZIBAR, Tanzania - Divers prefer Mnemba atoll, or the wilder island of Pemba, reached by ferry from Stone Town.",
     "Pemba", -5.2, 39.78),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL)
def test_real_gazetteer_resolution15(real: GeoParser, text: str, name: str, lat: float, lon: float) -> None:
    places = real.places(Article("r", text), full_stop_sentences(text), [], set())
    got = [p for p in places if p.text == name]
    assert got and all(p.lat is not None and p.lon is not None and abs(p.lat - lat) < 1.0
                       and abs(p.lon - lon) < 1.0 for p in got)


@pytest.mark.slow
def test_real_gazetteer_pemba_in_a_mozambique_story_stays_the_town(real: GeoParser) -> None:
    text = ("MAPUTO, Mozambique (Reuters) - Insurgents stormed Palma in Cabo Delgado province. Thousands fled Palma by "
            "boat to Pemba.")
    places = real.places(Article("r", text), full_stop_sentences(text), [], set())
    got = [p for p in places if p.text == "Pemba"]
    assert got and all(p.country_code == "MOZ" for p in got)


@pytest.mark.slow
def test_real_gazetteer_list_with_a_home_city_keeps_the_home_namesake(real: GeoParser) -> None:
    # guard for the list of big cities abroad: "from Lima and Santiago" lists a city of the story's own country
    text = "CUSCO - Buses ran from Lima and Santiago to Cusco on Monday."
    places = real.places(Article("r", text), full_stop_sentences(text), [], set())
    got = [p for p in places if p.text == "Santiago"]
    assert got and all(p.country_code == "PER" for p in got)
