"""Resolution, session 10 (issue 4): a list of one admin-1 area's towns pulls a member read in another area of that
country to its namesake there ("Mayors from Athens, Macon and Columbus" in Georgia); war and flight are told of a
country, so "fled the war in Lebanon" keeps the country in a LEBANON, Pa. story, while a city cue ("Lebanon city
council") lets one-sense-per-story give the dateline town; a town written "in [compass] <big city>" is the namesake
inside that city ("Richmond in south-west London" in a RICHMOND, North Yorkshire story); and places the packaged data
lacked or read through part of their name (Duqm, Sange, Mount Cameroon, Union Island, Petite Martinique, Wilson Dam,
South Gobi, Komani, San Pedro Sula's airport); a first-level area known only through part of the name ("the Coral Coast" -> Tanzania's Coast
region), abroad and far from all the story's places, is no reading. Invented names on a small in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import haversine_km, load_weights
from newsevents.records import Place

from geo_spans import found_near, gold_article, read_gold

RECORDS = [
    # two states of one country; three towns of the first, a bigger namesake of the third in the second
    GazRecord(1, 1, "Usaa", 39.8, -98.5, "USX", "PCLI", 300_000_000, resolution=1),
    GazRecord(2, 2, "Georgiaa", 32.75, -83.5, "USX", "ADM1", 10_000_000, "Georgiaa", 2, resolution=2),
    GazRecord(3, 3, "Ohioo", 40.25, -82.75, "USX", "ADM1", 11_000_000, "Ohioo", 3, resolution=2),
    GazRecord(4, 4, "Atlantaa", 33.75, -84.39, "USX", "PPL", 500_000, "Georgiaa", 2, resolution=4),
    GazRecord(5, 5, "Athenss", 33.96, -83.38, "USX", "PPL", 120_000, "Georgiaa", 2, resolution=4),
    GazRecord(6, 6, "Maconn", 32.84, -83.63, "USX", "PPL", 150_000, "Georgiaa", 2, resolution=4),
    GazRecord(7, 7, "Columbuss", 32.46, -84.99, "USX", "PPL", 200_000, "Georgiaa", 2, resolution=4),
    GazRecord(8, 8, "Columbuss", 39.96, -83.0, "USX", "PPL", 900_000, "Ohioo", 3, resolution=4),
    GazRecord(9, 9, "Daytonn", 39.76, -84.19, "USX", "PPL", 140_000, "Ohioo", 3, resolution=4),
    GazRecord(10, 10, "Akronn", 41.08, -81.52, "USX", "PPL", 190_000, "Ohioo", 3, resolution=4),
    # a town of Georgiaa far smaller than the big city of another state named like it
    GazRecord(11, 11, "Portlandd", 45.52, -122.68, "USX", "PPL", 650_000, "Oregonn", 12, resolution=4),
    GazRecord(12, 12, "Oregonn", 44.0, -120.5, "USX", "ADM1", 4_000_000, "Oregonn", 12, resolution=2),
    GazRecord(13, 13, "Portlandd", 32.9, -83.9, "USX", "PPL", 6_000, "Georgiaa", 2, resolution=4),
    # a big city with a namesake district of a town far away; the town
    GazRecord(20, 20, "Britainn", 54.0, -2.0, "GBX", "PCLI", 67_000_000, resolution=1),
    GazRecord(21, 21, "Londonn", 51.51, -0.13, "GBX", "PPLC", 8_900_000, "Englandd", 22, resolution=4),
    GazRecord(22, 22, "Englandd", 52.5, -1.5, "GBX", "ADM1", 56_000_000, "Englandd", 22, resolution=2),
    GazRecord(27, 27, "Yorkshiree", 54.1, -1.4, "GBX", "ADM2", 600_000, "Englandd", 22, resolution=3),
    GazRecord(23, 23, "Richmondd", 54.4, -1.73, "GBX", "PPL", 8_000, "Englandd", 22, "Yorkshiree", resolution=4),
    GazRecord(24, 24, "Richmondd", 51.46, -0.31, "GBX", "PPL", 20_000, "Englandd", 22, "Londonn", resolution=4),
    GazRecord(25, 25, "Leyburnn", 54.31, -1.83, "GBX", "PPL", 2_000, "Englandd", 22, "Yorkshiree", resolution=4),
    # an island country and its towns; a far country with a first-level area named like a common word
    GazRecord(40, 40, "Fijii", -18.0, 178.0, "FJX", "PCLI", 900_000, resolution=1),
    GazRecord(41, 41, "Nadii", -17.8, 177.42, "FJX", "PPL", 70_000, "Westernn", 42, resolution=4),
    GazRecord(43, 43, "Lautokaa", -17.61, 177.45, "FJX", "PPL", 50_000, "Westernn", 42, resolution=4),
    GazRecord(44, 44, "Tanzaniaa", -6.0, 35.0, "TZX", "PCLI", 60_000_000, resolution=1),
    GazRecord(45, 45, "Coastt", -7.0, 38.8, "TZX", "ADM1", 1_100_000, "Coastt", 45, resolution=2),
    GazRecord(26, 26, "Darlingtonn", 54.52, -1.55, "GBX", "PPL", 90_000, "Englandd", 22, resolution=4),
]


def _parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), weights=load_weights())


def _gold(text: str, *names: str) -> list[Place]:
    return list(_parser().places(gold_article(text, *names), [], [], set()))


def _near(place: Place, lat: float, lon: float, km: float = 50.0) -> bool:
    return place.lat is not None and place.lon is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_list_of_one_states_towns_pulls_its_member() -> None:
    text = "ATLANTAA - Mayors from Athenss, Maconn and Columbuss asked lawmakers on Monday for rail money."
    got = _gold(text, "ATLANTAA", "Athenss", "Maconn", "Columbuss")
    assert _near(got[-1], 32.46, -84.99)


def test_list_of_another_states_towns_keeps_the_big_city() -> None:
    text = "Mayors from Daytonn, Akronn and Columbuss asked lawmakers on Monday for rail money."
    got = _gold(text, "Daytonn", "Akronn", "Columbuss")
    assert _near(got[-1], 39.96, -83.0)


def test_list_does_not_pull_a_big_city_to_a_small_namesake() -> None:
    text = "Flights from Athenss, Maconn and Portlandd were cancelled on Monday."
    got = _gold(text, "Athenss", "Maconn", "Portlandd")
    assert _near(got[-1], 45.52, -122.68)


_RICHMOND = ("RICHMONDD, Yorkshiree - Shops in Richmondd and Leyburnn welcomed the plan. Some visitors confuse the town "
             "with its namesake, Richmondd in south-west Londonn; a driver from Darlingtonn said so.")
_RICHMOND_NAMES = ("RICHMONDD", "Yorkshiree", "Richmondd", "Leyburnn", "Richmondd", "Londonn", "Darlingtonn")


def test_town_written_in_a_big_city_is_the_namesake_there() -> None:
    got = _gold(_RICHMOND, *_RICHMOND_NAMES)
    assert _near(got[4], 51.46, -0.31, 20)
    assert _near(got[2], 54.4, -1.73, 20)  # the story's own town stays


def test_town_without_in_city_keeps_the_story_town() -> None:
    text = _RICHMOND.replace("Richmondd in south-west Londonn", "Richmondd, not Londonn")
    got = _gold(text, *_RICHMOND_NAMES)
    assert _near(got[4], 54.4, -1.73, 20)


def test_area_known_by_part_of_the_name_abroad_and_far_is_no_reading() -> None:
    text = "NADII, Fijii (AP) - Hotels in Lautokaa and along the Coral Coastt said they were full."
    got = _gold(text, "NADII", "Fijii", "Lautokaa", "Coral Coastt")
    assert got[-1].country_code != "TZX"


def test_area_named_in_full_abroad_keeps_its_reading() -> None:
    text = "NADII, Fijii (AP) - Hotels in Lautokaa said visitors from Coastt in Tanzaniaa were stranded."
    got = _gold(text, "NADII", "Fijii", "Lautokaa", "Coastt", "Tanzaniaa")
    assert got[3].country_code == "TZX"


# ---- on the built gazetteer ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_real_gazetteer_georgia_list(real_parser: GeoParser) -> None:
    text = "ATLANTA - Mayors from Athens, Macon and Columbus asked state lawmakers on Monday for money."
    got = read_gold(real_parser, text, "ATLANTA", "Athens", "Macon", "Columbus")
    assert _near(got[-1], 32.46, -84.99)


@pytest.mark.slow
def test_real_gazetteer_war_in_lebanon_is_the_country(real_parser: GeoParser) -> None:
    text = ("LEBANON, Pa. - A family that fled the war in Lebanon two decades ago has opened a bakery downtown. "
            "Lebanon city council welcomed it.")
    got = read_gold(real_parser, text, "LEBANON", "Pa.", "Lebanon", "Lebanon")
    assert got[2].country_code == "LBN"
    assert got[3].country_code == "USA"


@pytest.mark.slow
def test_real_gazetteer_richmond_in_london(real_parser: GeoParser) -> None:
    text = ("RICHMOND, North Yorkshire - Shops in Richmond and Leyburn welcomed the plan. The approval follows a "
            "scheme near Northallerton. Some residents confuse the town with its namesake, Richmond in south-west "
            "London; a bus driver from Darlington said so.")
    got = read_gold(real_parser, text, "RICHMOND", "North Yorkshire", "Richmond", "Leyburn", "Northallerton", "Richmond",
                "London", "Darlington")
    assert _near(got[5], 51.46, -0.31, 20)
    assert _near(got[2], 54.4, -1.73, 20)


REAL = [
    ("MUSCAT, Oman (Reuters) - Oman awarded land for hydrogen projects at Duqm on Sunday.", "Duqm", 19.66, 57.7),
    ("KINSHASA (Reuters) - Soldiers clashed with M23 rebels near Sange, between Uvira and Kamanyola, on Thursday.",
     "Sange", -3.08, 29.12),
    ("YAOUNDE, Cameroon (AP) - Police in Limbe, at the foot of Mount Cameroon, arrested 12 people.",
     "Mount Cameroon", 4.2, 9.17),
    ("KINGSTOWN, St. Vincent (AP) - About 90% of homes on Union Island were damaged, officials said.",
     "Union Island", 12.6, -61.43),
    ("FLORENCE, Ala. - The Tennessee Valley Authority will upgrade the locks at Wilson Dam next year.",
     "Wilson Dam", 34.8, -87.63),
    ("ULAANBAATAR, Mongolia (Reuters) - Most of the coal comes from open pits in the South Gobi province.",
     "South Gobi", 43.75, 104.12),
    ("EAST LONDON, South Africa - Families moved to relatives in Mthatha and Komani until the water returns.",
     "Komani", -31.9, 26.88),
    ("SAN PEDRO SULA, Honduras (AP) - Deportation flights kept landing at Ramón Villeda Morales airport.",
     "Ramón Villeda Morales", 15.45, -87.92),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL)
def test_real_gazetteer_places_the_data_lacked(real_parser: GeoParser, text: str, name: str, lat: float,
                                               lon: float) -> None:
    assert found_near(real_parser, text, name, lat, lon)


@pytest.mark.slow
def test_real_gazetteer_petite_martinique_is_not_martinique(real_parser: GeoParser) -> None:
    text = "ST. GEORGE'S, Grenada (Reuters) - The storm destroyed homes on Carriacou and Petite Martinique."
    got = read_gold(real_parser, text, "ST. GEORGE'S", "Grenada", "Carriacou", "Petite Martinique")
    assert _near(got[-1], 12.52, -61.38, 20)
