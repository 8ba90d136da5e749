"""Gazetteer strength of small places, session 8 round 3 (issue 4): a town's own name written without the saint's
name GeoNames files it under ("Santa María Huatulco" is "Huatulco", "San Pablo Villa de Mitla" is "Mitla") enters the
automaton like a town; curated islands, lakes, mountains, parks and famous small places that the packaged data lacks
or holds only as a namesake town abroad (Skye and Iona are towns in Australia and the USA there). Strength rules on
hand-made records; real places on the built gazetteer (slow)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.build import _Place, _strength
from newsevents.geo.gazetteer import KIND_ALTERNATE, KIND_MAIN
from newsevents.records import Article

from geo_spans import full_stop_sentences


def _town(name: str, population: int, feature: str = "PPL") -> _Place:
    return _Place(id=1, geonameid=1, name=name, lat=15.0, lon=-96.0, country="MEX", feature=feature,
                  population=population, admin1="Oaxaca", admin1_id=2, admin2=None, resolution=4,
                  auto=population >= 2_000)


@pytest.mark.parametrize(("official", "alt"), [
    ("Santa María Huatulco", "Huatulco"),
    ("San Pablo Villa de Mitla", "Mitla"),
    ("San Pedro Carchá", "Carchá"),
])
def test_own_name_without_the_saint_is_a_town_name(official: str, alt: str) -> None:
    assert _strength(_town(official, 8_000), KIND_ALTERNATE, alt, set()) == 1


@pytest.mark.parametrize(("official", "alt", "population"), [
    ("San José de Mendoza", "Mendoza", 8_000),   # after "de": a place named for another ("of Mendoza")
    ("Santa María Huatulco", "Huatulco", 900),   # a hamlet stays out of the automaton
    ("Santa Cruz Xitla", "Xitl", 8_000),         # not the whole tail
    ("Ciudad Río Bravo", "Río Bravo", 90_000),   # no saint: left to the other rules
    ("San Juan Ixla", "Ixla", 8_000),            # too short to trust alone
])
def test_other_tails_stay_out(official: str, alt: str, population: int) -> None:
    assert _strength(_town(official, population), KIND_ALTERNATE, alt, set()) == 0


def test_stoplisted_tail_stays_out() -> None:
    assert _strength(_town("San Isidro Miranda", 8_000), KIND_ALTERNATE, "Miranda", {"Miranda"}) == 0


def test_the_main_name_keeps_its_strength() -> None:
    assert _strength(_town("Santa María Huatulco", 8_000), KIND_MAIN, "Santa María Huatulco", set()) == 1


# ---- the built gazetteer --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(real_parser: GeoParser) -> GeoParser:
    return real_parser


REAL = [
    # islands that the packaged data holds only as towns abroad
    ("MALLAIG, Scotland - Ferries cross from Mallaig to Armadale on Skye every hour in summer.", "Skye", 57.3, -6.2),
    ("OBAN, Scotland - Pilgrims walked to the abbey on Iona on Sunday, the ferry company said.", "Iona", 56.33, -6.41),
    # lakes, mountains, parks, passes, regions
    ("GLASGOW - Water levels in Loch Lomond fell to a record low, the park authority said.", "Loch Lomond", 56.08,
     -4.6),
    ("ZERMATT, Switzerland - Two climbers died on the Matterhorn on Tuesday, police in Valais said.", "Matterhorn",
     45.98, 7.66),
    ("WINDHOEK, Namibia - Rangers counted fewer lions in Etosha this year, officials in Windhoek said.", "Etosha",
     -18.85, 16.33),
    ("PERTH, Australia - Iron ore shipments from the Pilbara rose 4% in the quarter.", "Pilbara", -22.0, 118.5),
    ("MATSUYAMA, Japan - Heavy rain closed roads across Shikoku on Monday.", "Shikoku", 33.75, 133.5),
    ("ATHENS (Reuters) - Hoteliers on Naxos and Paros said bookings had fallen by a fifth.", "Naxos", 37.05, 25.47),
    # a town's own name without its saint
    ("OAXACA, Mexico - Residents of Mitla protested over water cuts near the ruins, officials in Oaxaca said.",
     "Mitla", 16.92, -96.36),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "lat", "lon"), REAL)
def test_real_gazetteer_strength16(real: GeoParser, text: str, name: str, lat: float, lon: float) -> None:
    places = real.places(Article("r", text), full_stop_sentences(text), [], set())
    got = [p for p in places if p.text == name]
    assert got and all(p.lat is not None and p.lon is not None and abs(p.lat - lat) < 0.5
                       and abs(p.lon - lon) < 0.5 for p in got)

