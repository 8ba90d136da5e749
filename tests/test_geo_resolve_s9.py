"""Resolution, session 9 (issue 4, local news): a town written with the area it is in ("Newport, Rhode Island") is the
town there even when the top reading is a same-named second-level area abroad (Newport, Wales, is also a county
borough); a township the gazetteer lacks is not the far county of its name ("Adams Township" in a Butler County,
Pa., story); an unknown district of a dateline city the story names again lies there, not in a country named later
("CONAKRY - ... in Conakry ... the Ratoma district ... the United States urged calm"); an island or lake abroad named like a town of the dateline's country is that town when the story names no
other place in the island's country ("MELBOURNE, Australia - residents of Skye"); and places the packaged data
lacked (Lake Constance, Cape Breton Island, Yell and Unst, the isle of Jura, Fingal's Cave). Invented names on a small
in-memory gazetteer; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import KIND_ALIAS, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import load_weights
from newsevents.records import Article, Place

from geo_spans import full_stop_sentences, geonameids as _ids, gold_article, read_places

RECORDS = [
    # a city known as its own second-level area (a county borough), and a smaller namesake in an area abroad
    GazRecord(1, 1, "Waless", 52.5, -3.5, "GBX", "ADM1", 3_000_000, "Waless", 1, resolution=2),
    GazRecord(2, 2, "Nuport", 51.59, -3.0, "GBX", "ADM2", 150_000, "Waless", 1, "Nuport", resolution=3),
    GazRecord(4, 4, "Rodeland", 41.75, -71.5, "USX", "ADM1", 1_000_000, "Rodeland", 4, resolution=2),
    GazRecord(5, 5, "Nuport", 41.49, -71.31, "USX", "PPL", 24_000, "Rodeland", 4, resolution=4),
    GazRecord(6, 6, "Cardif", 51.48, -3.18, "GBX", "PPL", 350_000, "Waless", 1, resolution=4),
    GazRecord(7, 7, "Chepstoe", 51.64, -2.67, "GBX", "PPL", 12_000, "Waless", 1, "Monmuth", resolution=4),
    GazRecord(8, 8, "Monmuth", 51.75, -2.9, "GBX", "ADM2", 95_000, "Waless", 1, "Monmuth", resolution=3),
    GazRecord(9, 9, "Brizzle", 51.45, -2.59, "GBX", "PPL", 430_000, resolution=4),
    # a curated island abroad and a small town of its name in the dateline's country
    GazRecord(10, None, "Skie", 57.3, -6.2, "GBX", "ISL", 100_000, resolution=4),
    GazRecord(11, 11, "Skie", -38.11, 145.22, "AUX", "PPL", 8_000, "Victorya", 12, resolution=4),
    GazRecord(13, 13, "Ozland", -25.0, 134.0, "AUX", "PCLI", 26_000_000, resolution=1),
    GazRecord(14, 14, "Melburn", -37.81, 144.96, "AUX", "PPL", 5_000_000, "Victorya", 12, resolution=4),
    GazRecord(15, 15, "Frankton", -38.14, 145.12, "AUX", "PPL", 37_000, "Victorya", 12, resolution=4),
    GazRecord(16, 16, "Portry", 57.41, -6.19, "GBX", "PPL", 2_500, resolution=4),
    # a county far away named like a township the gazetteer lacks, and the story's city
    GazRecord(20, 20, "Pensilvania", 40.5, -77.5, "USX", "ADM1", 13_000_000, "Pensilvania", 20, resolution=2),
    GazRecord(21, 21, "Adamz County", 39.87, -77.18, "USX", "ADM2", 100_000, "Pensilvania", 20, "Adamz County",
              resolution=3),
    GazRecord(22, 22, "Butlar County", 40.91, -79.92, "USX", "ADM2", 190_000, "Pensilvania", 20, "Butlar County",
              resolution=3),
    GazRecord(23, 23, "Pittsberg", 40.44, -80.0, "USX", "PPL", 300_000, "Pensilvania", 20, "Allegeny County",
              resolution=4),
]
NAMES = {21: [("Adamz", KIND_ALIAS)], 22: [("Butlar", KIND_ALIAS)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _gold(text: str, *names: str) -> list[Place]:
    return GeoParser(_gaz(), weights=load_weights()).places(gold_article(text, *names), [], [], set())


def test_town_qualified_by_its_area_beats_a_same_named_county_abroad() -> None:
    text = ("NUPORT, Waless - The bridge will reopen at Easter, officials in Cardif said. Visitors came from Brizzle "
            "and Chepstoe in Monmuth. One email asked about the mansions of Nuport, Rodeland.")
    places = _gold(text, "NUPORT", "Waless", "Cardif", "Brizzle", "Chepstoe", "Monmuth", "Nuport", "Rodeland")
    assert _ids(places)[6] == 5
    assert _ids(places)[0] == 2


def test_island_abroad_is_the_town_of_the_dateline_country() -> None:
    text = "MELBURN, Ozland - Residents of Skie were told to boil water after a main broke near Frankton."
    places = _gold(text, "MELBURN", "Ozland", "Skie", "Frankton")
    assert _ids(places)[2] == 11


def test_island_called_an_island_keeps_the_island() -> None:
    # guard: the text calls it an island
    text = "MELBURN, Ozland - Two climbers from Frankton died on the island of Skie on Monday."
    places = _gold(text, "MELBURN", "Ozland", "Frankton", "Skie")
    assert places[3].lat is not None and places[3].lat > 50


def test_island_with_another_place_of_its_country_keeps_the_island() -> None:
    # guard: the story names another place in the island's country
    text = "MELBURN, Ozland - Tourists from Frankton flew to Skie and stayed in Portry for a week."
    places = _gold(text, "MELBURN", "Ozland", "Frankton", "Skie", "Portry")
    assert places[3].lat is not None and places[3].lat > 50


def test_township_is_not_the_far_county_of_its_name() -> None:
    text = ("Supervisors in Butlar County approved 250 homes on Monday. The developer is based in Pittsberg. Residents "
            "of neighboring Adamz Township said the roads are clogged.")
    places = _gold(text, "Butlar County", "Pittsberg", "Adamz Township")
    assert _ids(places)[2] == 23


ABROAD = [GazRecord(30, 30, "Konakri", 9.54, -13.68, "GNX", "PPLC", 2_000_000, resolution=4),
          GazRecord(31, 31, "Gineea", 10.5, -11.0, "GNX", "PCLI", 13_000_000, resolution=1),
          GazRecord(32, 32, "Unistatz", 39.8, -98.5, "USX", "PCLI", 330_000_000, resolution=1),
          GazRecord(33, 33, "Myanmur", 21.0, 96.0, "MMX", "PCLI", 54_000_000, resolution=1),
          GazRecord(34, 34, "Bankok", 13.75, 100.5, "THX", "PPLC", 8_000_000, resolution=4)]


def _abroad_places(text: str) -> dict[str, Place]:
    return read_places(GeoParser(InMemoryGazetteer(ABROAD, {}), weights=load_weights()), text)


def test_unknown_district_of_a_dateline_city_named_again_stays_there() -> None:
    # (route_G11, K11: "Ratoma" was read as the United States, named only at the story's end)
    text = ("KONAKRI - Three people were killed in clashes in Konakri on Tuesday. Young men set up barricades in the "
            "Ratomo district. The Unistatz urged calm.")
    assert _abroad_places(text)["Ratomo"].geonameid == 30


def test_unknown_place_of_a_story_filed_from_abroad_is_in_the_other_country() -> None:
    # guard: the dateline city is only where the reporter files from
    text = "BANKOK - Myanmur's junta bombed a monastery in the Depayin district on Tuesday, witnesses said."
    assert _abroad_places(text)["Depayin"].geonameid == 33


# ---- the built gazetteer --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL = [
    ("VIENNA - The orchestra played at Grafenegg on Friday and will tour the towns around Lake Constance in August.",
     "Lake Constance", 47.63, 9.38),
    ("HALIFAX, Nova Scotia - Power was cut to 80,000 homes on Cape Breton Island after the storm, and crews from "
     "Halifax and Truro were sent north.", "Cape Breton Island", 46.15, -60.75),
    ("LERWICK, Scotland - Ferries between Yell and Unst were cancelled on Tuesday as gales swept Shetland.", "Yell",
     60.6, -1.1),
    ("LERWICK, Scotland - Ferries between Yell and Unst were cancelled on Tuesday as gales swept Shetland.", "Unst",
     60.75, -0.88),
    ("OBAN, Scotland - Distilleries on Islay and Jura reported record visitor numbers this summer, as tourists flocked "
     "to the Hebrides.", "Jura", 55.95, -5.9),
    ("OBAN, Scotland - Boat trips to Fingal's Cave on Staffa were cancelled on Monday as high seas battered Mull.",
     "Fingal's Cave", 56.43, -6.34),
    ("CALGARY - Wildfire crews were sent to a blaze near Alta. It was burning out of control on Tuesday.", "Alta.",
     52.28, -117.47),
    ("MELBOURNE, Australia - Residents of Skye, in the city's south-east, were told to boil their water after a main "
     "broke near Frankston.", "Skye", -38.11, 145.22),
    # data added from route_G11 (W11's development half)
    ("PORT SUDAN (Reuters) - Famine had been confirmed in Zamzam, the U.N. said, as fighting reached El Fasher.",
     "Zamzam", 13.5, 25.29),
    # guards: the namesakes keep their readings where the story is about them
    ("PORTREE, Scotland - Tourists on Skye were warned of road closures after a landslide on Friday.", "Skye", 57.3,
     -6.2),
    ("DELEMONT, Switzerland - Voters in the canton of Jura approved the new budget on Sunday.", "Jura", 47.35, 7.15),
    ("LITTLE ROCK, Ark. - Deputies in Yell County arrested two men on Monday after a chase.", "Yell County", 35.11,
     -93.28),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL)
def test_real_gazetteer_resolution_s9(real: GeoParser, text: str, name: str, lat: float, lon: float) -> None:
    places = real.places(Article("r", text), full_stop_sentences(text), [], set())
    got = [p for p in places if p.text == name]
    assert got and all(p.lat is not None and p.lon is not None and abs(p.lat - lat) < 1.0
                       and abs(p.lon - lon) < 1.0 for p in got)


@pytest.mark.slow
def test_real_gazetteer_newport_qualified_by_its_state(real: GeoParser) -> None:
    # gold spans; the bare mentions of the story's own Newport keep the Welsh city
    text = ("NEWPORT, Wales - Work to widen the road to Caerleon will begin in spring, and a bus will link the city with "
            "Chepstow in Monmouthshire. Officials received emails meant for Newport on the Isle of Wight, and one about "
            "the mansions of Newport, Rhode Island. Residents of Newport will cross free.")
    places = real.places(gold_article(text, "NEWPORT", "Wales", "Caerleon", "Chepstow", "Monmouthshire", "Newport",
                                      "Isle of Wight", "Newport", "Rhode Island", "Newport"), [], [], set())
    assert [p.country_code for p in places if p.text.lower() == "newport"] == ["GBR", "GBR", "USA", "GBR"]


@pytest.mark.slow
def test_real_gazetteer_maritime_as_an_adjective_is_no_place(real: GeoParser) -> None:
    # (route_G11, W11: Togo's Maritime region read from "Maritime safety groups"); "the Maritime region" stays
    text = "LOME, Togo - Maritime safety groups said on Monday that piracy in the Gulf of Guinea had fallen."
    assert "Maritime" not in [p.text for p in real.places(Article("r", text), full_stop_sentences(text), [], set())]
    text = "LOME, Togo - Floods hit the Maritime region on Monday, officials said."
    assert "Maritime" in [p.text for p in real.places(Article("r", text), full_stop_sentences(text), [], set())]
