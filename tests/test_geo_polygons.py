"""Natural Earth country polygons: point-in-country, codes, territories, borders and coasts."""
from __future__ import annotations

import subprocess
import sys

import pytest

from newsevents.geo import polygons as pg

PARIS = (48.8566, 2.3522)
OSLO = (59.9139, 10.7522)
PRISTINA = (42.6727, 21.1669)
MID_ATLANTIC = (30.0, -40.0)
STRASBOURG = (48.5734, 7.7521)  # on the Rhine: Germany is across the river
KEHL = (48.5700, 7.8150)
NICE_SEAFRONT = (43.69, 7.27)  # a few hundred metres offshore of the 1:10m coastline


@pytest.fixture(scope="module")
def polys() -> pg.CountryPolygons:
    return pg.default_polygons()


def test_countries_natural_earth_codes_as_minus_99(polys: pg.CountryPolygons) -> None:
    # Natural Earth's ISO_A3 is -99 for France, Norway and Kosovo: the gazetteer's codes come back.
    assert polys.country_at(*PARIS) == "FRA"
    assert polys.country_at(*OSLO) == "NOR"
    assert polys.country_at(*PRISTINA) == "XKX"
    assert pg.country_at(*PARIS) == "FRA"  # the module-level shortcut


def test_at_sea_is_none(polys: pg.CountryPolygons) -> None:
    assert polys.country_at(*MID_ATLANTIC) is None
    assert polys.near(*MID_ATLANTIC, km=50) == []
    assert polys.country_near(*MID_ATLANTIC, km=10) is None


def test_near_a_border(polys: pg.CountryPolygons) -> None:
    assert polys.country_at(*STRASBOURG) == "FRA"
    assert polys.country_at(*KEHL) == "DEU"
    near = polys.near(*STRASBOURG, km=10)
    assert near[0] == pg.Nearby("FRA", 0.0)
    assert "DEU" in [n.code for n in near]
    d = polys.distance_to_country_km(*STRASBOURG, "DEU")
    assert d is not None and 0.5 < d < 10
    assert polys.distance_to_country_km(*STRASBOURG, "ESP", max_km=300) is None


def test_coastal_point_offshore(polys: pg.CountryPolygons) -> None:
    assert polys.country_at(*NICE_SEAFRONT) is None
    assert polys.country_near(*NICE_SEAFRONT, km=10) == "FRA"
    assert polys.country_near(*NICE_SEAFRONT, km=0.01) is None


def test_territories_and_disputed_units(polys: pg.CountryPolygons) -> None:
    assert polys.country_at(-21.0, 55.5) == "REU"  # Reunion, drawn inside France's unit
    assert polys.country_at(4.93, -52.33) == "GUF"  # Cayenne
    assert polys.same_state("REU", "FRA") and polys.same_state("GUM", "USA")
    assert not polys.same_state("PSE", "ISR") and not polys.same_state("XKX", "SRB")
    assert polys.country_at(44.95, 34.10) == "UKR"  # Simferopol: the de jure edition
    assert polys.country_at(9.56, 44.06) == "SOM"  # Hargeisa: Somaliland is part of Somalia


def test_unit_code_fallbacks() -> None:
    assert pg.unit_code({"ISO_A3_EH": "NOR", "ADM0_A3": "NOR"}) == "NOR"
    assert pg.unit_code({"ISO_A3_EH": "-99", "ADM0_A3": "KOS"}) == "XKX"
    assert pg.unit_code({"ISO_A3_EH": "-99", "ADM0_A3": "SCR"}) is None  # Scarborough Reef: disputed
    assert pg.unit_code({"ISO_A3_EH": "-99", "ADM0_A3": "ZZZ"}) is None


def test_bulk_lookup_matches_single(polys: pg.CountryPolygons) -> None:
    pts = [PARIS, OSLO, PRISTINA, MID_ATLANTIC, STRASBOURG, KEHL, NICE_SEAFRONT]
    assert polys.countries_at([p[0] for p in pts], [p[1] for p in pts]) == [polys.country_at(*p) for p in pts]


def test_haversine() -> None:
    assert pg.haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.3)


def test_geoparsing_does_not_load_polygons() -> None:
    """The pipeline's geo path never imports shapely: polygons are for the build and the eval."""
    code = (
        "import sys\n"
        "from newsevents.geo import GeoParser\n"
        "from newsevents.geo.fakes import WEIGHTS, tiny_gazetteer\n"
        "from newsevents.records import Article, Sentence\n"
        "text = 'Rebels attacked Sanaa on Monday.'\n"
        "gp = GeoParser(tiny_gazetteer(), weights=WEIGHTS)\n"
        "s = Sentence(0, 0, len(text), text)\n"
        "places = gp.places(Article('a', text), [s], [], set())\n"
        "assert places, places\n"
        "gp.event_location(Article('a', text), s, None, places)\n"
        "print('shapely' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_every_territory_box_catches_parts_and_no_mainland(polys: pg.CountryPolygons) -> None:
    codes = set(polys.codes)
    assert {t.code for t in pg._TERRITORIES} <= codes
    assert polys.country_at(78.22, 15.64) == "SJM"  # Longyearbyen's valley, Svalbard
    assert polys.country_at(-10.49, 105.63) == "CXR"  # Christmas Island
    assert polys.country_at(12.15, -68.27) == "BES"  # Bonaire
    assert polys.country_at(71.0, 25.8) == "NOR"  # Mageroya, mainland Norway's northern tip
    assert polys.country_at(-33.87, 151.21) == "AUS" and polys.country_at(52.37, 4.90) == "NLD"
