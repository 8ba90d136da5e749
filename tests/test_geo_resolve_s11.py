"""Resolution, session 11 (issue 4): a bare name read as a hamlet far from all the story's other towns is its big
namesake city ("an away game at Knoxville" in an ATHENS, Ga. story is Knoxville, Tennessee, not a Georgia hamlet of
69 people); a square or street written word-first ("the Plaza Mayor", "Piazza Navona") that the gazetteer lacks lies
in the dateline city unless its own sentence names a city; a level word written at one mention ("Santa Cruz
department") no longer makes a later bare mention the area when most of the area's people live in its city of that
name ("soy growers in Santa Cruz"), while "New York state ... in New York" stays the state. Data: Sarnath, Tonle Sap,
the Chari and Logone rivers, Minocqua, "Wajaale", Itaipu and Yacyretá dams, Ras al Hadd, Sunauli,
Tilaurakot, Dahshur, Lake Toba, the Westman Islands, Denarau, "Huay Xai". A district many cities have ("Chinatown"),
read as one city's far from all the story's towns, is the story city's. In a story datelined "TOWN, State" whose places all lie in that
state, a small town read in another state far from them all is a local place the gazetteer lacks ("a Powell man" in a
KNOXVILLE, Tenn. story is not Powell, Ohio). Invented names on a small in-memory gazetteer; real places on the
built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import load_weights
from newsevents.records import Place

from geo_spans import gold_article, near, read_gold

RECORDS = [
    GazRecord(1, 1, "Usaa", 39.8, -98.5, "USX", "PCLI", 300_000_000, resolution=1),
    GazRecord(2, 2, "Georgiaa", 32.7, -83.5, "USX", "ADM1", 10_000_000, "Georgiaa", 2, resolution=2),
    GazRecord(3, 3, "Tennesseee", 35.86, -86.35, "USX", "ADM1", 6_900_000, "Tennesseee", 3, resolution=2),
    GazRecord(4, 4, "Athenss", 33.96, -83.38, "USX", "PPL", 127_000, "Georgiaa", 2, resolution=4),
    GazRecord(5, 5, "Watkinsvillee", 33.86, -83.41, "USX", "PPL", 2_800, "Georgiaa", 2, resolution=4),
    GazRecord(6, 6, "Wintervillee", 33.97, -83.28, "USX", "PPL", 1_100, "Georgiaa", 2, resolution=4),
    # a big city in one state and a hamlet of its name in the story's state, 150 km from the story's towns
    GazRecord(7, 7, "Knoxvillee", 35.96, -83.92, "USX", "PPL", 190_000, "Tennesseee", 3, resolution=4),
    GazRecord(8, 8, "Knoxvillee", 32.72, -84.0, "USX", "PPL", 69, "Georgiaa", 2, resolution=4),
    # a hamlet right by the story's towns, named like a big city of another state
    GazRecord(9, 9, "Bogartt", 33.94, -83.53, "USX", "PPL", 800, "Georgiaa", 2, resolution=4),
    GazRecord(10, 10, "Bogartt", 36.16, -86.78, "USX", "PPL", 650_000, "Tennesseee", 3, resolution=4),
    # a capital dateline, a foreign club's city and its region
    GazRecord(20, 20, "Spainn", 40.0, -4.0, "ESX", "PCLI", 47_000_000, resolution=1),
    GazRecord(21, 21, "Madridd", 40.42, -3.70, "ESX", "PPLC", 3_200_000, "Madridd", 22, resolution=4),
    GazRecord(22, 22, "Madridd", 40.5, -3.7, "ESX", "ADM1", 6_600_000, "Madridd", 22, resolution=2),
    GazRecord(23, 23, "Germanyy", 51.5, 10.5, "DEX", "PCLI", 83_000_000, resolution=1),
    GazRecord(24, 24, "Munichh", 48.14, 11.58, "DEX", "PPL", 1_500_000, "Bavariaa", 25, resolution=4),
    GazRecord(25, 25, "Bavariaa", 48.9, 11.4, "DEX", "ADM1", 13_000_000, "Bavariaa", 25, resolution=2),
    # a department whose main city (most of its people) has the department's name only as a short form
    GazRecord(30, 30, "Boliviaa", -17.0, -65.0, "BOX", "PCLI", 12_000_000, resolution=1),
    GazRecord(31, 31, "La Pazz", -16.5, -68.15, "BOX", "PPLC", 900_000, "La Pazz", 32, resolution=4),
    GazRecord(32, 32, "La Pazz", -15.5, -68.5, "BOX", "ADM1", 3_000_000, "La Pazz", 32, resolution=2),
    GazRecord(33, 33, "Santa Cruzz", -17.91, -61.15, "BOX", "ADM1", 2_260_000, "Santa Cruzz", 33, resolution=2),
    GazRecord(34, 34, "Santa Cruzz de la Sierra", -17.79, -63.18, "BOX", "PPL", 1_830_000, "Santa Cruzz", 33,
              resolution=4),
    # a state whose city of that name holds under a third of its people
    GazRecord(40, 40, "Yorkk", 43.0, -75.5, "USX", "ADM1", 31_000_000, "Yorkk", 40, resolution=2),
    GazRecord(41, 41, "Yorkk City", 40.71, -74.01, "USX", "PPL", 8_800_000, "Yorkk", 40, resolution=4),
    GazRecord(42, 42, "Albanyy", 42.65, -73.76, "USX", "PPLA", 97_000, "Yorkk", 40, resolution=4),
    # a local story's state and counties; a small town of another state, 500 km off
    GazRecord(51, 51, "Knoxx County", 35.97, -83.95, "USX", "ADM2", 480_000, "Tennesseee", 3, resolution=3),
    GazRecord(52, 52, "Andersonn County", 36.11, -84.17, "USX", "ADM2", 77_000, "Tennesseee", 3, resolution=3),
    GazRecord(53, 53, "Powelll", 40.16, -83.08, "USX", "PPL", 13_000, "Ohioo", 54, resolution=4),
    GazRecord(54, 54, "Ohioo", 40.3, -82.8, "USX", "ADM1", 11_800_000, "Ohioo", 54, resolution=2),
    GazRecord(55, 55, "Maryvillee", 35.76, -83.97, "USX", "PPL", 30_000, "Tennesseee", 3, resolution=4),
    # one city's Chinatown (GeoNames files it as a place) and a far capital with a Chinatown of its own
    GazRecord(60, 60, "Chinatown", 37.80, -122.41, "USX", "PPL", 100_000, "Californiaa", 61, resolution=4),
    GazRecord(62, 62, "Honiaraa", -9.43, 159.95, "SBX", "PPLC", 80_000, "Capitall", 63, resolution=4),
    GazRecord(64, 64, "San Franciscoo", 37.77, -122.42, "USX", "PPL", 870_000, "Californiaa", 61, resolution=4),
]
NAMES = {34: [("Santa Cruzz", KIND_ALTERNATE)], 41: [("Yorkk", KIND_ALTERNATE)]}


def _gold(text: str, *names: str) -> list[Place]:
    return read_gold(GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=load_weights()), text, *names)


# ---- a hamlet far from the story's towns ------------------------------------------------------------------------

_ATHENS = ("ATHENSS, Georgiaa - The school board met in Watkinsvillee on Monday, and parents from Wintervillee "
           "asked for buses. The team plays an away game at {} on Saturday.")


def test_a_far_hamlet_read_on_the_state_alone_is_the_big_namesake_city() -> None:
    got = _gold(_ATHENS.format("Knoxvillee"), "ATHENSS", "Georgiaa", "Watkinsvillee", "Wintervillee", "Knoxvillee")
    assert near(got[-1], 35.96, -83.92)


def test_a_hamlet_beside_the_story_towns_stays() -> None:
    got = _gold(_ATHENS.format("Bogartt"), "ATHENSS", "Georgiaa", "Watkinsvillee", "Wintervillee", "Bogartt")
    assert near(got[-1], 33.94, -83.53)


def test_a_hamlet_with_its_state_written_stays() -> None:
    got = _gold(_ATHENS.format("Knoxvillee, Georgiaa"), "ATHENSS", "Georgiaa", "Watkinsvillee", "Wintervillee",
                "Knoxvillee", "Georgiaa")
    assert near(got[-2], 32.72, -84.0)


# ---- a square written word-first --------------------------------------------------------------------------------

def test_a_plaza_the_gazetteer_lacks_is_in_the_dateline_city() -> None:
    text = ("MADRIDD (Reuters) - Munichh beat Madridd 3-1 on Wednesday. \"We gave Munichh too much space,\" the coach "
            "said. Fans who had travelled from Bavariaa celebrated in the Plaza Mayorr after the match.")
    got = _gold(text, "MADRIDD", "Munichh", "Madridd", "Munichh", "Bavariaa", "Plaza Mayorr")
    assert near(got[-1], 40.42, -3.70)


def test_a_plaza_whose_sentence_names_a_city_is_in_that_city() -> None:
    text = ("MADRIDD (Reuters) - Munichh beat Madridd 3-1 on Wednesday. Back home, fans filled the Plaza Mayorr in "
            "Munichh until dawn.")
    got = _gold(text, "MADRIDD", "Munichh", "Madridd", "Plaza Mayorr", "Munichh")
    assert near(got[3], 48.14, 11.58)


# ---- a level word written at another mention ----------------------------------------------------------------------

def test_a_department_word_does_not_make_a_later_bare_mention_the_department() -> None:
    text = ("LA PAZZ, Boliviaa - Farmers in Santa Cruzz department lost half their soy. Soy growers in Santa Cruzz "
            "said exports by barge fell.")
    got = _gold(text, "LA PAZZ", "Boliviaa", "Santa Cruzz", "Santa Cruzz")
    assert got[2].feature_code == "ADM1"
    assert near(got[3], -17.79, -63.18)


def test_a_state_word_still_holds_a_state_whose_city_holds_a_minority() -> None:
    text = "Yorkk state health officials said deaths in Yorkk rose, officials in Albanyy said."
    got = _gold(text, "Yorkk", "Yorkk", "Albanyy")
    assert [p.feature_code for p in got[:2]] == ["ADM1", "ADM1"]


# ---- a local story's stray ----------------------------------------------------------------------------------------

_KNOX = ("KNOXVILLEE, Tennesseee - Knoxx County deputies arrested a Powelll man on Sunday after a chase that ended "
         "near the Andersonn County line{}.")


def test_a_far_small_town_of_another_state_in_a_local_story_is_no_reading() -> None:
    got = _gold(_KNOX.format(""), "KNOXVILLEE", "Tennesseee", "Knoxx County", "Powelll", "Andersonn County")
    assert not near(got[3], 40.16, -83.08, 100.0) and near(got[3], 35.97, -83.95, 100.0)


def test_a_town_of_another_state_stays_when_that_state_is_named() -> None:
    got = _gold(_KNOX.format(", and in Ohioo"), "KNOXVILLEE", "Tennesseee", "Knoxx County", "Powelll",
                "Andersonn County", "Ohioo")
    assert near(got[3], 40.16, -83.08)


def test_a_town_of_another_state_stays_without_a_local_dateline() -> None:
    text = "Knoxx County deputies and Maryvillee police arrested a Powelll man near the Andersonn County line."
    got = _gold(text, "Knoxx County", "Maryvillee", "Powelll", "Andersonn County")
    assert near(got[2], 40.16, -83.08)


# ---- a district many cities have ------------------------------------------------------------------------------

def test_a_chinatown_far_from_the_story_is_the_story_citys() -> None:
    text = "HONIARAA (Reuters) - Rioters burned shops in the city's Chinatown on Thursday."
    got = _gold(text, "HONIARAA", "Chinatown")
    assert near(got[1], -9.43, 159.95)


def test_the_chinatown_of_the_city_geonames_files_it_under_stays() -> None:
    text = "SAN FRANCISCOO (AP) - Tourists returned to Chinatown on Saturday."
    got = _gold(text, "SAN FRANCISCOO", "Chinatown")
    assert near(got[1], 37.80, -122.41, 5.0)


# ---- on the built gazetteer ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_real_gazetteer_knoxville_away_game(real_parser: GeoParser) -> None:
    text = ("ATHENS, Ga. - Clarke County schools will ask voters to extend a sales tax. Neighboring Oconee County, "
            "whose schools are based in Watkinsville, passed one last year. The team plays an away game at "
            "Knoxville on Saturday.")
    got = read_gold(real_parser, text, "ATHENS", "Ga.", "Clarke County", "Oconee County", "Watkinsville",
                    "Knoxville")
    assert near(got[-1], 35.96, -83.92)


@pytest.mark.slow
def test_real_gazetteer_plaza_mayor_in_madrid(real_parser: GeoParser) -> None:
    text = ("MADRID (Reuters) - Bayern Munich beat Real Madrid 3-1. \"We gave Munich too much space,\" the coach said. "
            "Fans who had travelled from Bavaria celebrated in the Plaza Mayor after the match.")
    got = read_gold(real_parser, text, "MADRID", "Munich", "Madrid", "Munich", "Bavaria", "Plaza Mayor")
    assert near(got[-1], 40.42, -3.70)


@pytest.mark.slow
def test_real_gazetteer_santa_cruz_city_after_the_department(real_parser: GeoParser) -> None:
    text = ("LA PAZ, Bolivia - Farmers in Santa Cruz department lost half their soy. Soy growers in Santa Cruz said "
            "exports by barge fell.")
    got = read_gold(real_parser, text, "LA PAZ", "Bolivia", "Santa Cruz", "Santa Cruz")
    assert got[2].feature_code == "ADM1" and got[2].country_code == "BOL"
    assert near(got[3], -17.79, -63.18)


@pytest.mark.slow
def test_real_gazetteer_powell_man_in_a_knoxville_story(real_parser: GeoParser) -> None:
    text = ("KNOXVILLE, Tenn. - Knox County Sheriff's deputies arrested a Powell man on Sunday after a chase that ended "
            "on Interstate 75 near the Anderson County line.")
    got = read_gold(real_parser, text, "KNOXVILLE", "Tenn.", "Knox County", "Powell", "Anderson County")
    assert near(got[3], 36.03, -84.03, 161.0)


@pytest.mark.slow
def test_real_gazetteer_new_york_state_holds(real_parser: GeoParser) -> None:
    text = "New York state health officials said 75 people have died in New York since April."
    got = read_gold(real_parser, text, "New York", "New York")
    assert [p.feature_code for p in got] == ["ADM1", "ADM1"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    ("N'DJAMENA (Reuters) - Floods on the Chari and Logone rivers forced thousands from their homes.", "Chari",
     12.11, 15.05),
    ("N'DJAMENA (Reuters) - Floods on the Chari and Logone rivers forced thousands from their homes.", "Logone",
     12.11, 15.05),
    ("PHNOM PENH - In Cambodia, the Tonle Sap lake shrank to a record low.", "Tonle Sap", 12.9, 104.1),
    ("VARANASI, India - Pilgrims crowded Sarnath, where the Buddha first taught.", "Sarnath", 25.38, 83.02),
    ("HARGEISA - Trade through Berbera and the border post at Wajaale continued.", "Wajaale", 9.6, 43.34),
    ("RHINELANDER, Wis. - Supervisor Karen Ostrowski of Minocqua backed the trail.", "Minocqua", 45.87, -89.71),
    ("ASUNCION - Output at the Itaipu dam fell.", "Itaipu", -25.41, -54.59),
    ("ASUNCION - Output at the Yacyreta dam fell.", "Yacyreta", -27.48, -56.73),
    ("MUSCAT - Turtles nest at Ras al Hadd.", "Ras al Hadd", 22.53, 59.8),
    ("KATHMANDU - Pilgrims crossed at Sunauli to reach Tilaurakot.", "Sunauli", 27.47, 83.46),
    ("KATHMANDU - Pilgrims crossed at Sunauli to reach Tilaurakot.", "Tilaurakot", 27.57, 83.06),
    ("CAIRO - Tourists visited Dahshur.", "Dahshur", 29.79, 31.21),
    ("MEDAN, Indonesia - Lake Toba rose.", "Lake Toba", 2.62, 98.83),
    ("REYKJAVIK - Ferries sailed to the Westman Islands.", "Westman Islands", 63.43, -20.27),
    ("NADI, Fiji - Hotels on Denarau filled.", "Denarau", -17.77, 177.38),
    ("VIENTIANE - Boats between Huay Xai and Luang Prabang were cancelled.", "Huay Xai", 20.27, 100.42),
])
def test_real_gazetteer_session_11_rows(real_parser: GeoParser, text: str, name: str, lat: float,
                                        lon: float) -> None:
    place = {text[p.start:p.end]: p for p in real_parser.places(gold_article(text, name), [], [], set())}[name]
    assert near(place, lat, lon, 15.0)
