"""Resolution in local US news, session 7: a town named like a country or a foreign city when the story's own
places surround it ("Lebanon city council" in a story about Mason and Dayton, "Hotels in Dublin and nearby
Columbus"), a country's namesake town held by the qualifier written after it ("LEBANON, Tenn.") and its bare
mentions after that, a town in an admin-1 area the story never touches giving way to a namesake in a country the
story names ("a trip to Italy ... Florence and Venice"). And the guards: a hamlet named like a state stays the
state, a big city of the same country is not moved by an admin-1 area alone ("Portland" in a Texas sports story),
and a country named beside other countries stays the country. Invented names on a small in-memory gazetteer;
real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ABBREV, GazRecord, InMemoryGazetteer
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences, geonameids as _ids, gold_places

RECORDS = [
    GazRecord(1, 1, "Unistat", 39.8, -98.5, "UST", "PCLI", 330_000_000, resolution=1),
    GazRecord(2, 2, "Tennex", 35.75, -86.25, "UST", "ADM1", 7_000_000, "Tennex", 2, resolution=2),
    GazRecord(3, 3, "Ohia", 40.25, -83.0, "UST", "ADM1", 11_000_000, "Ohia", 3, resolution=2),
    GazRecord(4, 4, "Texa", 31.25, -99.25, "UST", "ADM1", 29_000_000, "Texa", 4, resolution=2),
    GazRecord(5, 5, "Oklahomy", 35.5, -97.5, "UST", "ADM1", 4_000_000, "Oklahomy", 5, resolution=2),
    # countries and foreign cities
    GazRecord(10, 10, "Lebana", 33.83, 35.83, "LBN", "PCLI", 6_800_000, resolution=1),
    GazRecord(11, 11, "Irelandia", 53.0, -8.0, "IRL", "PCLI", 5_000_000, resolution=1),
    GazRecord(12, 12, "Dublyn", 53.35, -6.26, "IRL", "PPLC", 1_000_000, "Leinster", 12, resolution=4),
    GazRecord(13, 13, "Galwey", 53.27, -9.05, "IRL", "PPL", 80_000, "Connacht", 13, resolution=4),
    GazRecord(14, 14, "Italya", 42.83, 12.83, "ITA", "PCLI", 60_000_000, resolution=1),
    GazRecord(15, 15, "Venica", 45.44, 12.33, "ITA", "PPL", 260_000, "Veneto", 15, resolution=4),
    # Ohia towns around Columbo
    GazRecord(20, 20, "Columbo", 39.96, -83.0, "UST", "PPL", 900_000, "Ohia", 3, resolution=4),
    GazRecord(21, 21, "Hillard", 40.03, -83.16, "UST", "PPL", 37_000, "Ohia", 3, resolution=4),
    GazRecord(22, 22, "Powel", 40.16, -83.08, "UST", "PPL", 14_000, "Ohia", 3, resolution=4),
    GazRecord(23, 23, "Dublyn", 40.1, -83.11, "UST", "PPL", 45_000, "Ohia", 3, resolution=4),
    GazRecord(24, 24, "Lebana", 39.44, -84.21, "UST", "PPL", 20_600, "Ohia", 3, resolution=4),
    GazRecord(25, 25, "Masen", 39.36, -84.31, "UST", "PPL", 33_000, "Ohia", 3, resolution=4),
    GazRecord(26, 26, "Dayten", 39.76, -84.19, "UST", "PPL", 140_000, "Ohia", 3, resolution=4),
    GazRecord(27, 27, "Cincinatti", 39.1, -84.51, "UST", "PPL", 300_000, "Ohia", 3, resolution=4),
    # Tennex towns
    GazRecord(30, 30, "Lebana", 36.21, -86.29, "UST", "PPL", 38_000, "Tennex", 2, resolution=4),
    GazRecord(31, 31, "Nashton", 36.16, -86.78, "UST", "PPL", 690_000, "Tennex", 2, resolution=4),
    GazRecord(32, 32, "Watertown", 36.1, -86.13, "UST", "PPL", 1_500, "Tennex", 2, resolution=4),
    # a hamlet named like a state, near Pittsburg-like towns of Ohia's east
    GazRecord(40, 40, "Oklahomy", 40.6, -79.57, "UST", "PPL", 800, "Ohia", 3, resolution=4),
    GazRecord(41, 41, "Pittstown", 40.44, -80.0, "UST", "PPL", 300_000, "Ohia", 3, resolution=4),
    GazRecord(42, 42, "Canonburg", 40.26, -80.19, "UST", "PPL", 9_000, "Ohia", 3, resolution=4),
    GazRecord(43, 43, "Vandergrove", 40.6, -79.56, "UST", "PPL", 5_000, "Ohia", 3, resolution=4),
    # Texa towns, and a big city of the same name elsewhere in the country
    GazRecord(50, 50, "Portlund", 45.52, -122.68, "UST", "PPL", 650_000, "Oregan", 51, resolution=4),
    GazRecord(52, 52, "Portlund", 27.88, -97.32, "UST", "PPL", 16_000, "Texa", 4, resolution=4),
    GazRecord(53, 53, "Houstin", 29.76, -95.36, "UST", "PPL", 2_300_000, "Texa", 4, resolution=4),
    GazRecord(54, 54, "Dallis", 32.78, -96.8, "UST", "PPL", 1_300_000, "Texa", 4, resolution=4),
    GazRecord(55, 55, "San Antone", 29.42, -98.49, "UST", "PPL", 1_500_000, "Texa", 4, resolution=4),
    # a Georgia-like state with a small Venica far away in another state
    GazRecord(60, 60, "Venica", 27.1, -82.45, "UST", "PPL", 23_000, "Floridia", 61, resolution=4),
    GazRecord(62, 62, "Romeo", 34.26, -85.16, "UST", "PPL", 36_000, "Georgy", 63, resolution=4),
    GazRecord(64, 64, "Atlantis", 33.75, -84.39, "UST", "PPL", 500_000, "Georgy", 63, resolution=4),
    GazRecord(65, 65, "Lindal", 34.19, -85.18, "UST", "PPL", 4_000, "Georgy", 63, resolution=4),
]
NAMES = {2: [("Tenn.", KIND_ABBREV)], 3: [("Oh.", KIND_ABBREV)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _gold(text: str, *names: str) -> list[Place]:
    return gold_places(_gaz(), text, *names)


def test_country_namesake_town_in_a_local_cluster() -> None:
    text = ("Lebana city council approved a road plan. Shoppers may drive to Masen and Cincinatti instead, and "
            "many residents commute to Dayten.")
    assert _ids(_gold(text, "Lebana", "Masen", "Cincinatti", "Dayten")) == [24, 25, 27, 26]


def test_country_without_a_cluster_stays_the_country() -> None:
    text = "Lebana said it would close its border. Officials in Dayten were not reached."
    assert _ids(_gold(text, "Lebana", "Dayten"))[0] == 10


def test_qualified_country_namesake_and_its_bare_mentions() -> None:
    text = "LEBANA, Tenn. - The county fair opened Thursday. Many visitors come from Nashton. Lebana has 38,000 people."
    assert _ids(_gold(text, "LEBANA", "Tenn.", "Nashton", "Lebana")) == [30, 2, 31, 30]


def test_foreign_capital_namesake_in_a_local_cluster() -> None:
    text = ("Dublyn officials planned the festival. Shuttles will run from Hillard and Powel, and hotels in "
            "Columbo are filling up. A delegation from Galwey in Irelandia will attend.")
    got = _ids(_gold(text, "Dublyn", "Hillard", "Powel", "Columbo", "Galwey", "Irelandia"))
    assert got[0] == 23


def test_foreign_capital_with_its_own_country_around_it_stays() -> None:
    text = "A visitor from Dublyn, Irelandia, rode in the parade with friends from Galwey. Columbo sent a band."
    assert _ids(_gold(text, "Dublyn", "Irelandia", "Galwey", "Columbo"))[0] == 12


def test_hamlet_named_like_a_state_does_not_replace_it() -> None:
    text = ("Businesses in Canonburg said sales are down. Workers who came from Oklahomy during the boom have left "
            "for Pittstown and Vandergrove.")
    assert _ids(_gold(text, "Canonburg", "Oklahomy", "Pittstown", "Vandergrove"))[1] == 5


def test_town_in_an_untouched_state_gives_way_to_a_named_country() -> None:
    text = ("Twenty students from Romeo left for Italya. They will see Venica and stay with families. The group "
            "flew out of Atlantis after raising money in Lindal.")
    got = _ids(_gold(text, "Romeo", "Italya", "Venica", "Atlantis", "Lindal"))
    assert got[2] == 15


def test_town_in_an_untouched_state_stays_without_the_country() -> None:
    text = "Twenty students from Romeo left for Venica. The group flew out of Atlantis after raising money in Lindal."
    assert _ids(_gold(text, "Romeo", "Venica", "Atlantis", "Lindal"))[1] == 60


CAPITALS = [
    GazRecord(70, 70, "Zelandia", -42.0, 174.0, "NZL", "PCLI", 5_000_000, resolution=1),
    GazRecord(71, 71, "Welton", -41.29, 174.78, "NZL", "PPLC", 380_000, "Welton Region", 72, resolution=4),
    GazRecord(73, 73, "Welton", -33.64, 19.01, "ZAF", "PPL", 60_000, "Western Cap", 74, resolution=4),
    GazRecord(75, 75, "Capeton", -33.92, 18.42, "ZAF", "PPLC", 4_000_000, "Western Cap", 74, resolution=4),
    GazRecord(76, 76, "Afrika", -29.0, 24.0, "ZAF", "PCLI", 60_000_000, resolution=1),
    GazRecord(77, 77, "Marrak", 31.63, -8.0, "MAR", "PPL", 900_000, "Marrak Region", 78, resolution=4),
    GazRecord(79, 79, "Rabab", 34.02, -6.83, "MAR", "PPLC", 1_700_000, "Rabab Region", 80, resolution=4),
]


def _capital_places(text: str) -> list[Place]:
    return GeoParser(InMemoryGazetteer(CAPITALS), weights=WEIGHTS).places(
        Article("c", text), full_stop_sentences(text), [], set())


def test_capital_of_the_country_its_sentence_names() -> None:
    text = "CAPETON (Reuters) - Afrika lost on Saturday. Zelandia will host the final in Welton next week."
    got = {p.text: p.geonameid for p in _capital_places(text)}
    assert got["Welton"] == 71


def test_namesake_town_stays_without_the_capitals_country() -> None:
    text = "CAPETON (Reuters) - Afrika lost on Saturday. The team will play in Welton next week."
    assert {p.text: p.geonameid for p in _capital_places(text)}["Welton"] == 73


def test_unknown_village_goes_to_the_city_its_appositive_measures_from() -> None:
    text = "RABAB (Reuters) - The quake destroyed homes near Ighilo, a village about 70 km southwest of Marrak."
    got = {p.text: p.geonameid for p in _capital_places(text)}
    assert got.get("Ighilo") == 77


def test_end_to_end_cluster_reading() -> None:
    text = ("Lebana city council approved a road plan. Shoppers may drive to Masen and Cincinatti instead, and "
            "many residents commute to Dayten.")
    places = GeoParser(_gaz(), weights=WEIGHTS).places(Article("e", text), full_stop_sentences(text), [], set())
    assert [p.geonameid for p in places if p.text == "Lebana"] == [24]


REAL = [
    ("LEBANON, Tenn. - The Wilson County fair opened Thursday with a crowd from Nashville and Murfreesboro. "
     "Lebanon has about 38,000 residents.", "Lebanon", 36.21, -86.29),
    ("Lebanon city council on Tuesday approved a road plan. Business owners said shoppers would go to Mason and "
     "Cincinnati instead, and many residents commute to Dayton. The Warren County engineer will manage the bids.",
     "Lebanon", 39.44, -84.21),
    ("Dublin officials unveiled plans for the festival. Shuttles will run from Hilliard and Powell, and hotels in "
     "Columbus are filling up.", "Dublin", 40.1, -83.11),
    ("Crews from Washington and Kinston helped restore power after the tornado near Greenville and Farmville.",
     "Washington", 35.55, -77.05),
    ("WELLINGTON (Reuters) - Spain beat England 1-0 in Sydney on Sunday to win the World Cup.", "WELLINGTON",
     -41.29, 174.78),
    ("RABAT (Reuters) - The quake destroyed homes near Ighil, a village about 70 km southwest of Marrakesh.",
     "Ighil", 31.63, -8.0),
    ("The singer grew up in Zwide township outside Port Elizabeth before moving to Johannesburg.", "Zwide", -33.96,
     25.6),
    ("Avalanches closed passes in the Alps, and climbers turned back in the Himalayas.", "Alps", 46.5, 10.0),
    ("Archaeologists found the tomb at Saqqara, south of Cairo.", "Saqqara", 29.87, 31.22),
    # guard: a big city of the same country is not moved by an admin-1 area alone
    ("HOUSTON (AP) - The Rockets beat the Portland Trail Blazers 96-94 after a loss to San Antonio. Dallas plays "
     "Houston on Tuesday, and the Blazers return to Portland next week.", "Portland", 45.52, -122.68),
    # guard: a country named beside another country stays a country
    ("PALESTINE, Texas - The museum tells the story of the workers who came from Italy and Ireland to build the "
     "railroad to Rusk, and of the families of Elkhart and Frankston.", "Italy", 42.83, 12.83),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL)
def test_real_gazetteer_local_namesakes(real_parser: GeoParser, text: str, name: str, lat: float,
                                        lon: float) -> None:
    places = real_parser.places(Article("r", text), full_stop_sentences(text), [], set())
    got = [p for p in places if p.text.lower() == name.lower()]
    assert got and all(p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.5
                       and abs(p.lon - lon) < 0.5 for p in got)
