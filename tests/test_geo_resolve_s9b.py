"""Resolution, session 9 (issue 4, wire news from thinly covered countries): a village abroad that nothing else in
the story is near, in a country only other such villages lie in, is no reading of a small country's island or
village the gazetteer lacks ("Tanna" in a Vanuatu story is not the German village, which "Mele" read as Melle,
Germany, backed); and places the packaged data lacked (Vanuatu's islands, Kasumbalesa, Mawasi, the Sundarbans, the
Dolomites, Msunduzi and Buffalo City, two districts of Lima). Invented names on a small in-memory gazetteer; real
places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import haversine_km, load_weights
from newsevents.records import Place

from geo_spans import found_near, gold_article

RECORDS = [
    # a small island country, its capital, neighbours abroad, and two villages in a third country (one known by an
    # alternate spelling) named like the island country's own village and island
    GazRecord(1, 1, "Vanuatoo", -16.0, 167.0, "VUX", "PCLI", 300_000, resolution=1),
    GazRecord(2, 2, "Port Vilo", -17.74, 168.31, "VUX", "PPLC", 35_000, "Shefa", 3, resolution=4),
    GazRecord(6, 6, "Fidgi", -17.8, 178.0, "FJX", "PCLI", 900_000, resolution=1),
    GazRecord(7, 7, "Tana", 50.49, 11.86, "DEX", "PPL", 4_000, "Thuringa", 8, resolution=4),
    GazRecord(9, 9, "Germanny", 51.0, 10.0, "DEX", "PCLI", 83_000_000, resolution=1),
    GazRecord(10, 10, "Berlinn", 52.52, 13.4, "DEX", "PPLC", 3_600_000, "Berlinn", 11, resolution=4),
    GazRecord(12, 12, "Mellle", 52.2, 8.34, "DEX", "PPL", 46_000, "Saxxony", 13, resolution=4),
    GazRecord(14, 14, "Ozland", -25.0, 134.0, "AUX", "PCLI", 26_000_000, resolution=1),
    GazRecord(15, 15, "Brisbain", -27.47, 153.03, "AUX", "PPL", 2_000_000, "Qland", 16, resolution=4),
    GazRecord(17, 17, "Suvva", -18.14, 178.44, "FJX", "PPLC", 90_000, "Centrall", 18, resolution=4),
]
NAMES = {12: [("Mele", KIND_ALTERNATE)]}


def _gaz() -> InMemoryGazetteer:
    return InMemoryGazetteer(RECORDS, NAMES)


def _parser() -> GeoParser:
    return GeoParser(_gaz(), weights=load_weights())


def _gold(text: str, *names: str) -> dict[str, Place]:
    return {p.text: p for p in _parser().places(gold_article(text, *names), [], [], set())}


_VANUATU = ("PORT VILO, Vanuatoo - An earthquake struck on Tuesday, killing 14 people in Port Vilo. A bus crashed "
            "near Mele. Aftershocks rattled the islands of Santoo and Tana. Ozland flew teams from Brisbain and Fidgi "
            "sent doctors from Suvva.")
_NAMES = ("PORT VILO", "Vanuatoo", "Port Vilo", "Mele", "Tana", "Ozland", "Brisbain", "Fidgi", "Suvva")


def test_villages_abroad_far_from_the_story_do_not_back_each_other() -> None:
    places = _gold(_VANUATU, *_NAMES)
    # Melle (a town of 46,000 read through the alternate spelling "Mele") backs no country, so Tana is dropped;
    # the town itself keeps its reading (a short form like "Clacton" for Clacton-on-Sea must stay)
    assert places["Tana"].country_code != "DEX"


def test_village_abroad_kept_where_the_story_names_its_country_or_qualifies_it() -> None:
    text = _VANUATU + " A team also flew in from Berlinn."
    places = _gold(text, *_NAMES, "Berlinn")
    assert places["Tana"].country_code == "DEX"
    text = ("PORT VILO, Vanuatoo - An earthquake struck on Tuesday near Port Vilo, and Fidgi sent doctors from Suvva. "
            "Ozland flew teams from Brisbain. One of the doctors grew up in Tana, Germanny.")
    places = _gold(text, "PORT VILO", "Vanuatoo", "Port Vilo", "Fidgi", "Suvva", "Ozland", "Brisbain", "Tana",
                   "Germanny")
    assert places["Tana"].country_code == "DEX"


# ---- the built gazetteer --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL = [
    ("PORT VILA, Vanuatu (Reuters) - A strong earthquake struck off Efate on Tuesday, killing 14 people in Port Vila. "
     "Aftershocks rattled the islands of Espiritu Santo and Tanna. Fiji sent doctors from Suva.", "Tanna", -19.5,
     169.3),
    ("PORT VILA, Vanuatu (Reuters) - A strong earthquake struck off Efate on Tuesday, killing 14 people in Port Vila. "
     "Aftershocks rattled the islands of Espiritu Santo and Tanna. Fiji sent doctors from Suva.", "Espiritu Santo",
     -15.3, 166.9),
    ("LUSAKA (Reuters) - Copper travels by truck from Zambia through the Kasumbalesa border post to Congo.",
     "Kasumbalesa", -12.25, 27.8),
    ("JERUSALEM (AP) - The army told residents of Khan Younis to move to the coastal area of Mawasi on Monday.",
     "Mawasi", 31.35, 34.27),
    ("DHAKA, Bangladesh - The cyclone damaged embankments around the Sundarbans mangrove forest on Sunday.",
     "Sundarbans", 21.95, 89.18),
    ("ROME (AP) - Sinner, who grew up skiing in the Dolomites near San Candido, won the final in Melbourne.",
     "Dolomites", 46.45, 11.85),
    ("CAPE TOWN, South Africa - Parliament gave municipalities such as Msunduzi and Buffalo City more power over "
     "disaster budgets on Tuesday.", "Msunduzi", -29.6, 30.38),
    ("CAPE TOWN, South Africa - Parliament gave municipalities such as Msunduzi and Buffalo City more power over "
     "disaster budgets on Tuesday.", "Buffalo City", -33.0, 27.9),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL)
def test_real_gazetteer_places_of_thinly_covered_countries(real: GeoParser, text: str, name: str, lat: float,
                                                           lon: float) -> None:
    assert found_near(real, text, name, lat, lon)


@pytest.mark.slow
def test_real_gazetteer_lima_districts_not_their_far_namesakes(real: GeoParser) -> None:
    # Comas (a town in Junin) and San Juan (Loreto) were the readings of two districts of Lima
    text = ("LIMA, Peru (AP) - Dengue cases rose in the capital's northern districts such as Comas and San Juan de "
            "Lurigancho, health officials in Lima said.")
    places = real.places(gold_article(text, "LIMA", "Peru", "Comas", "San Juan de Lurigancho", "Lima"), [], [], set())
    for name in ("Comas", "San Juan de Lurigancho"):
        got = [p for p in places if p.text == name]
        assert got and got[0].lat is not None and got[0].lon is not None
        assert haversine_km(got[0].lat, got[0].lon, -12.0, -77.0) < 30
