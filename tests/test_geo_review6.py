"""Rules from the session-5 whole-story review of places and event locations (14 stories of our own: US and
UK/Irish local news, districts and villages in South Asia, Nigeria, Syria/Iraq and Ukraine, incidents at sea
and on borders). Reading rules run on an in-memory gazetteer; event-location rules on hand-made places; the
curated data is checked against the packaged file. Each rule is checked both ways where the old behaviour is
still right somewhere."""
from __future__ import annotations

import csv
from pathlib import Path

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS, tiny_gazetteer
from newsevents.geo.gazetteer import KIND_ALIAS, KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import Resolver, focus_place, haversine_km
from geo_spans import gold_article
from story_parts import place, where

RECORDS = [
    GazRecord(1, 1, "Ireland", 53.0, -8.0, "IRL", "PCLI", 4_900_000, resolution=1),
    GazRecord(2, 2, "Donegal", 54.86, -7.72, "IRL", "ADM1", 160_000, "Donegal", 2, resolution=2),
    # a town GeoNames files under no admin-1 area
    GazRecord(3, 3, "Letterkenny", 54.95, -7.73, "IRL", "PPL", 22_500, resolution=4),
    GazRecord(4, 4, "Sligo", 54.27, -8.47, "IRL", "PPL", 20_000, "Sligo", 5, resolution=4),
    GazRecord(5, 5, "Sligo", 54.2, -8.6, "IRL", "ADM1", 65_000, "Sligo", 5, resolution=2),
    GazRecord(10, 10, "Russia", 60.0, 100.0, "RUS", "PCLI", 144_000_000, resolution=1),
    GazRecord(11, 11, "Belgorod", 50.6, 36.58, "RUS", "PPL", 390_000, "Belgorodskaya oblast'", 12, resolution=4),
    GazRecord(12, 12, "Belgorodskaya oblast'", 50.64, 37.26, "RUS", "ADM1", 1_500_000, "Belgorodskaya oblast'", 12,
              resolution=2),
    GazRecord(13, 13, "Kursk", 51.73, 36.18, "RUS", "PPL", 440_000, "Kurskaya oblast'", 14, resolution=4),
    GazRecord(14, 14, "Kurskaya oblast'", 51.7, 36.24, "RUS", "ADM1", 1_100_000, "Kurskaya oblast'", 14,
              resolution=2),
    GazRecord(20, 20, "Armenia", 40.25, 45.0, "ARM", "PCLI", 3_000_000, resolution=1),
    GazRecord(21, 21, "Sotk", 40.2, 45.87, "ARM", "PPL", 2_000, "Gegharkunik", 22, resolution=4),
    GazRecord(22, 22, "Gegharkunik", 40.39, 45.29, "ARM", "ADM1", 230_000, "Gegharkunik", 22, resolution=2),
    GazRecord(23, 23, "Iraq", 33.0, 44.0, "IRQ", "PCLI", 40_000_000, resolution=1),
    GazRecord(24, 24, "Al-Kut", 32.51, 45.82, "IRQ", "PPL", 315_000, "Wasit", 25, resolution=4),
    GazRecord(30, 30, "Pakistan", 30.0, 70.0, "PAK", "PCLI", 220_000_000, resolution=1),
    GazRecord(31, 31, "Peshawar", 34.01, 71.58, "PAK", "PPL", 1_900_000, "Khyber Pakhtunkhwa", 32, resolution=4),
    GazRecord(33, 33, "Hassan", 13.01, 76.1, "IND", "PPL", 155_000, "Karnataka", 34, resolution=4),
    GazRecord(40, 40, "United States", 39.76, -98.5, "USA", "PCLI", 327_000_000, resolution=1),
    GazRecord(41, 41, "Washington", 38.9, -77.04, "USA", "PPLC", 690_000, "District of Columbia", 42, resolution=4),
    GazRecord(43, 43, "Beirut", 33.89, 35.5, "LBN", "PPLC", 1_900_000, "Beirut", 44, resolution=4),
    GazRecord(50, 50, "India", 22.0, 79.0, "IND", "PCLI", 1_300_000_000, resolution=1),
    GazRecord(51, 51, "Rajauri", 33.38, 74.31, "IND", "PPL", 30_000, "Jammu and Kashmir", 52, resolution=4),
    GazRecord(53, 53, "Jammu", 32.74, 74.86, "IND", "PPL", 500_000, "Jammu and Kashmir", 52, resolution=4),
    GazRecord(54, 54, "As Sukhnah", 34.89, 38.87, "SYR", "PPL", 8_000, "Homs", 55, resolution=4),
    GazRecord(56, 56, "Syria", 35.0, 38.0, "SYR", "PCLI", 18_000_000, resolution=1),
]
NAMES = {2: [("County Donegal", KIND_ALIAS)], 12: [("Belgorod", KIND_ALIAS)], 14: [("Kursk", KIND_ALIAS)],
         24: [("Kut", KIND_ALTERNATE)]}


def _read(text: str, *names: str) -> list[tuple[str | None, str | None]]:
    parser = GeoParser(InMemoryGazetteer(RECORDS, NAMES), weights=WEIGHTS)
    return [(p.resolved_place, p.country_code) for p in parser.places(gold_article(text, *names), [], [], set())]


# -- reading ----------------------------------------------------------------------------------------------

def test_dateline_written_with_its_state_holds_for_bare_mentions_in_the_text() -> None:
    text = ("PARIS, Texas (AP) - A man was shot late Monday on the north side of Paris, and deputies searched "
            "the roads between Paris and the state line. The town shares its name with the capital of France.")
    # a capital of millions is a strong prior, as with the learned weights
    parser = GeoParser(tiny_gazetteer(), weights=dict(WEIGHTS, major_city=4.0))
    got = [p.country_code for p in parser.places(gold_article(text, "PARIS", "Texas", "Paris", "Paris", "France"),
                                                 [], [], set())]
    assert got == ["USA", "USA", "USA", "USA", "FRA"]


def test_bare_paris_without_a_qualified_mention_stays_the_big_city() -> None:
    text = "PARIS (AP) - Police in Paris said a man was shot late Monday."
    parser = GeoParser(tiny_gazetteer(), weights=dict(WEIGHTS, major_city=4.0))
    got = [p.country_code for p in parser.places(gold_article(text, "PARIS", "Paris"), [], [], set())]
    assert got == ["FRA", "FRA"]


def test_town_filed_under_no_admin_area_keeps_its_reading_before_its_county() -> None:
    text = "The Garda arrested two men in Letterkenny, County Donegal, on Thursday morning."
    assert _read(text, "Letterkenny", "County Donegal")[0] == ("Letterkenny", "IRL")


def test_plural_level_word_after_a_list_makes_every_item_the_region() -> None:
    text = "Air defences destroyed 27 drones over the Belgorod and Kursk regions, the ministry said."
    assert [r[0] for r in _read(text, "Belgorod", "Kursk")] == ["Belgorodskaya oblast'", "Kurskaya oblast'"]


def test_list_of_city_names_without_a_level_word_stays_cities() -> None:
    text = "Air defences destroyed drones over Belgorod and Kursk overnight, the ministry said."
    assert [r[0] for r in _read(text, "Belgorod", "Kursk")] == ["Belgorod", "Kursk"]


def test_village_read_as_a_big_city_abroad_is_dropped() -> None:
    text = ("YEREVAN, Armenia - A soldier was killed near the village of Sotk in Gegharkunik province. Residents "
            "of the nearby village of Kut said they heard gunfire.")
    got = _read(text, "YEREVAN", "Armenia", "Sotk", "Gegharkunik", "Kut")
    assert got[4][1] != "IRQ"


def test_city_named_without_the_village_word_keeps_its_reading_abroad() -> None:
    text = "Armenia's prime minister spoke on Tuesday about trade with the city of Kut."
    assert _read(text, "Armenia", "Kut")[1] == ("Al-Kut", "IRQ")


def test_village_named_through_part_of_its_name_abroad_is_not_placed_there() -> None:
    text = ("PESHAWAR, Pakistan - A drone strike hit a house in the village of Hassan Khel in the tribal district, "
            "residents said.")
    got = _read(text, "PESHAWAR", "Pakistan", "Hassan Khel")
    assert got[2][1] == "PAK"


def test_street_goes_to_the_city_before_it_not_the_next_sentence_city() -> None:
    text = ("In Washington, several hundred people rallied on Thursday. Police closed part of Constitution Avenue. "
            "In Beirut, supporters protested outside the consulate.")
    names = ["Washington", "Constitution Avenue", "Beirut"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    got = Resolver(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS).resolve(text, spans, None, local_for=frozenset({1}))
    assert got[1] is not None and got[1].name == "Washington"


def test_street_still_takes_a_city_written_after_it_in_its_own_sentence() -> None:
    text = "Police closed part of Constitution Avenue in Washington on Thursday. Later, in Beirut, people marched."
    names = ["Constitution Avenue", "Washington", "Beirut"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    got = Resolver(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS).resolve(text, spans, None, local_for=frozenset({0}))
    assert got[0] is not None and got[0].name == "Washington"


def test_ou_spelling_finds_the_town_in_the_story_country() -> None:
    text = "Hundreds of people protested in Rajouri, India, on Monday, blocking the main highway to Jammu."
    assert _read(text, "Rajouri", "India", "Jammu")[0] == ("Rajauri", "IND")


def test_french_style_ou_spelling_finds_the_syrian_town() -> None:
    text = "Airstrikes hit As Soukhnah in central Syria on Tuesday."
    assert _read(text, "As Soukhnah", "Syria")[0] == ("As Sukhnah", "SYR")


def test_ou_spelling_abroad_is_not_taken() -> None:
    # the variant lies in a country the story does not name: the name gets no reading of its own
    text = "Hundreds of people protested in Rajouri on Monday, police in Beirut said."
    assert _read(text, "Rajouri", "Beirut")[0] != ("Rajauri", "IND")


def test_focus_tie_goes_to_the_place_in_the_country_the_story_names_most() -> None:
    dubai = GazRecord(60, 60, "Dubai", 25.08, 55.31, "ARE", "PPL", 3_000_000, "Dubai", 61, resolution=4)
    hodeidah = GazRecord(62, 62, "Hodeidah", 14.8, 42.95, "YEM", "PPL", 400_000, "Hodeidah", 63, resolution=4)
    yemen = GazRecord(64, 64, "Yemen", 15.5, 47.5, "YEM", "PCLI", 28_000_000, resolution=1)
    assert focus_place([dubai, hodeidah, yemen, yemen]) is hodeidah
    # no country named more: the first most-mentioned place, as before
    assert focus_place([dubai, hodeidah]) is dubai


# -- event location -----------------------------------------------------------------------------------------

def test_place_of_the_source_after_the_trigger_is_not_where_it_happened() -> None:
    text = ("JERUSALEM - Troops raided a hospital. In the occupied West Bank, Israeli forces killed two Palestinians "
            "during a raid, the Palestinian Health Ministry in Ramallah said.")
    sent = text[text.index("In the occupied"):]
    places = [place(text, "JERUSALEM", "ISR", 4), place(text, "West Bank", "PSE", 2, "RGN"),
              place(text, "Ramallah", "PSE", 4)]
    loc = where(text, sent, "killed", places, "JERUSALEM")
    assert loc is not None and loc.resolved_place == "West Bank"


def test_according_to_a_source_in_a_city_is_no_event_place() -> None:
    text = ("MAIDUGURI - Gunmen attacked a village in Benue state. Clashes killed at least seven people last week, "
            "according to the state government in Makurdi.")
    sent = text[text.index("Clashes"):]
    places = [place(text, "MAIDUGURI", "NGA", 4), place(text, "Benue", "NGA", 2, "ADM1"),
              place(text, "Makurdi", "NGA", 4)]
    loc = where(text, sent, "killed", places, "MAIDUGURI")
    assert loc is not None and loc.resolved_place == "Benue"


def test_place_named_in_a_saying_clause_is_what_was_said_not_where() -> None:
    text = ("DUBAI - A missile hit a tanker in the Red Sea on Monday. The Houthis have attacked more than 100 ships "
            "since November, saying they act in support of Palestinians in Gaza.")
    sent = text[text.index("The Houthis"):]
    places = [place(text, "DUBAI", "ARE", 4), place(text, "Red Sea", "", 1, "SEA"),
              place(text, "Gaza", "PSE", 2, "RGN")]
    loc = where(text, sent, "attacked", places, "DUBAI")
    assert loc is not None and loc.resolved_place == "Red Sea"


def test_where_protesters_come_from_is_not_where_they_protest() -> None:
    text = ("ASHEVILLE, N.C. - Deputies arrested 11 people after a protest at the jail. The protesters, many of them "
            "from Black Mountain and Weaverville, were demanding the release of a man.")
    sent = text[text.index("The protesters"):]
    places = [place(text, "ASHEVILLE", "USA", 4), place(text, "Black Mountain", "USA", 4),
              place(text, "Weaverville", "USA", 4)]
    loc = where(text, sent, "demanding", places, "ASHEVILLE")
    assert loc is not None and loc.resolved_place == "ASHEVILLE"


def test_a_persons_home_town_is_not_where_he_is_held() -> None:
    text = ("ASHEVILLE, N.C. - Deputies arrested 11 people at the jail. The man, 42-year-old Darnell Hughes of "
            "Fairview, remains in custody.")
    sent = text[text.index("The man"):]
    places = [place(text, "ASHEVILLE", "USA", 4), place(text, "Fairview", "USA", 4)]
    loc = where(text, sent, "custody", places, "ASHEVILLE")
    assert loc is not None and loc.resolved_place == "ASHEVILLE"


def test_people_gathering_in_a_town_are_still_there() -> None:
    text = "ASHEVILLE, N.C. - A protest was held. About 60 people rallied in Marshall on Wednesday."
    sent = text[text.index("About 60"):]
    places = [place(text, "ASHEVILLE", "USA", 4), place(text, "Marshall", "USA", 4)]
    loc = where(text, sent, "rallied", places, "ASHEVILLE")
    assert loc is not None and loc.resolved_place == "Marshall"


def test_statement_issued_from_a_city_is_located_there() -> None:
    text = ("SPRINGFIELD, Ore. (AP) - A meeting ended in a scuffle. The governor said in a statement from Salem on "
            "Wednesday that she would send officials next week.")
    sent = text[text.index("The governor"):]
    places = [place(text, "SPRINGFIELD", "USA", 4), place(text, "Salem", "USA", 4)]
    loc = where(text, sent, "send", places, "SPRINGFIELD")
    assert loc is not None and loc.resolved_place == "Salem"


def test_people_arriving_from_a_city_do_not_move_the_event_there() -> None:
    text = "SPRINGFIELD, Ore. (AP) - A meeting ended in a scuffle. Officials arrived from Salem to meet residents."
    sent = text[text.index("Officials"):]
    places = [place(text, "SPRINGFIELD", "USA", 4), place(text, "Salem", "USA", 4)]
    loc = where(text, sent, "meet", places, "SPRINGFIELD")
    assert loc is not None and loc.resolved_place == "SPRINGFIELD"


def test_sector_of_a_state_locates_the_event_ahead_of_the_dateline() -> None:
    text = ("NEW DELHI (AP) - Indian and Chinese soldiers clashed in the Tawang sector of India's northeastern "
            "Arunachal Pradesh state last week, the minister said.")
    places = [place(text, "NEW DELHI", "IND", 4), place(text, "Arunachal Pradesh", "IND", 2, "ADM1")]
    loc = where(text, text, "clashed", places, "NEW DELHI")
    assert loc is not None and loc.resolved_place == "Arunachal Pradesh"


def test_when_clause_after_the_trigger_tells_where_it_happened() -> None:
    text = ("YEREVAN, Armenia (Reuters) - An Armenian soldier was killed on Tuesday when Azerbaijani forces opened "
            "fire on positions near the village of Sotk, the ministry said.")
    places = [place(text, "YEREVAN", "ARM", 4), place(text, "Armenia", "ARM", 1, "PCLI"),
              place(text, "Sotk", "ARM", 4)]
    loc = where(text, text, "killed", places, "YEREVAN, Armenia")
    assert loc is not None and loc.resolved_place == "Sotk"


def test_place_after_a_later_clause_break_does_not_locate_the_trigger() -> None:
    text = ("YEREVAN, Armenia (Reuters) - An Armenian soldier was killed on Tuesday, officials said, while talks "
            "went on in Brussels.")
    places = [place(text, "YEREVAN", "ARM", 4), place(text, "Armenia", "ARM", 1, "PCLI"),
              place(text, "Brussels", "BEL", 4)]
    loc = where(text, text, "killed", places, "YEREVAN, Armenia")
    assert loc is not None and loc.resolved_place == "YEREVAN"


# -- curated data ---------------------------------------------------------------------------------------------

def _features() -> dict[str, list[str]]:
    path = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "data" / "geo" / "features.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return {r[0]: r for r in rows}


def test_south_china_sea_reefs_lie_in_their_island_group_with_no_country() -> None:
    f = _features()
    groups = {"Spratly Islands": ["Sabina Shoal", "Mischief Reef", "Fiery Cross Reef", "Subi Reef", "Whitsun Reef",
                                  "Johnson South Reef", "Thitu Island", "Itu Aba Island"],
              "Paracel Islands": ["Woody Island"]}
    for group, names in groups.items():
        g = f[group]
        for n in names:
            r = f[n]
            assert r[4] == "", n  # disputed: no country
            assert haversine_km(float(r[2]), float(r[3]), float(g[2]), float(g[3])) < 450, n


def test_northern_ireland_counties_lie_in_northern_ireland() -> None:
    f = _features()
    for n in ("County Antrim", "County Armagh", "County Down", "County Fermanagh", "County Londonderry",
              "County Tyrone"):
        r = f[n]
        assert r[4] == "GBR" and 54.0 < float(r[2]) < 55.4 and -8.2 < float(r[3]) < -5.4, n


def test_india_china_flashpoints_lie_near_ladakh_or_the_eastern_frontier_with_no_country() -> None:
    f = _features()
    ladakh, aksai = f["Ladakh"], f["Aksai Chin"]
    galwan, doklam = f["Galwan Valley"], f["Doklam"]
    assert galwan[4] == "" and doklam[4] == ""
    assert haversine_km(float(galwan[2]), float(galwan[3]), float(aksai[2]), float(aksai[3])) < 200
    assert haversine_km(float(galwan[2]), float(galwan[3]), float(ladakh[2]), float(ladakh[3])) < 200
    assert 26.5 < float(doklam[2]) < 28.0 and 88.0 < float(doklam[3]) < 90.0


def test_chinese_name_of_second_thomas_shoal_is_an_alias() -> None:
    assert "Ren'ai Jiao" in _features()["Second Thomas Shoal"][1].split("|")
