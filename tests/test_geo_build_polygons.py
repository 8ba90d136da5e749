"""The gazetteer build checks stored countries against the Natural Earth polygons."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsevents.geo import build as b
from newsevents.geo.polygons import default_polygons


def _place(pid: int, name: str, lat: float, lon: float, country: str | None, feature: str = "PPL",
           **kw: object) -> b._Place:
    return b._Place(id=pid, geonameid=None if feature not in ("PPL",) else pid, name=name, lat=lat, lon=lon,
                    country=country, feature=feature, population=0, admin1=None, admin1_id=None, admin2=None,
                    resolution=4, **kw)  # type: ignore[arg-type]


def test_check_countries_classifies_without_rewriting() -> None:
    places = [
        _place(1, "Paris", 48.8566, 2.3522, "FRA"),
        _place(2, "Kehl", 48.5700, 7.8150, "FRA"),  # across the Rhine, within BORDER_KM of France
        _place(3, "Madrid", 40.4168, -3.7038, "FRA"),  # a wrong stored country: flagged
        _place(4, "Nice seafront", 43.69, 7.27, "FRA"),  # offshore of the 1:10m coast
        _place(5, "Saint-Denis", -20.88, 55.45, "FRA", feature="ADM1"),  # Reunion: a territory of France
        _place(6, "Middle of the Atlantic", 30.0, -40.0, "FRA"),
        _place(7, "Sahel", 15.0, 5.0, None, feature="RGN"),  # multi-country by design: left without one
        _place(8, "Red Sea", 20.0, 38.5, None, feature="SEA"),
    ]
    check = b.check_countries(places, default_polygons())
    assert [p.country for p in places] == ["FRA"] * 6 + [None, None]  # nothing rewritten
    assert places[2].polygon_country == "ESP" and places[6].polygon_country == "NER"
    c = check.counts
    assert (c["agree"], c["border"], c["disagree"], c["coast"], c["same_state"], c["sea"]) == (1, 1, 1, 1, 1, 1)
    assert (c["no_country_inside"], c["no_country_sea"]) == (1, 1)
    assert check.disagree == ("Madrid (PPL FRA->ESP)",)


def test_admin_point_outside_its_country_moves_to_its_main_place() -> None:
    builder = b._Builder()
    # Heilongjiang's box middle lies in Mongolia; its biggest place is Harbin.
    prov = builder.add(geonameid=None, name="Heilongjiang", lat=48.09, lon=107.96, country="CHN", feature="ADM1",
                       population=0, admin1=None, admin1_id=None, admin2=None, resolution=2,
                       main_place=(45.75, 126.65))
    district = builder.add(geonameid=None, name="Empty district", lat=48.09, lon=107.96, country="CHN",
                           feature="ADM2", population=0, admin1="Heilongjiang", admin1_id=prov.id, admin2=None,
                           resolution=3, borrowed_point=True)
    fine = builder.add(geonameid=None, name="Bavaria", lat=48.9, lon=11.4, country="DEU", feature="ADM1",
                       population=0, admin1=None, admin1_id=None, admin2=None, resolution=2,
                       main_place=(48.14, 11.58))
    assert builder.admin_points_by_polygon(default_polygons()) == 1
    assert (prov.lat, prov.lon) == (45.75, 126.65)
    assert (district.lat, district.lon) == (45.75, 126.65)  # follows its province
    assert (fine.lat, fine.lon) == (48.9, 11.4)  # inside its country: untouched


@pytest.mark.slow
def test_real_build_stores_polygon_countries(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = b.default_path()
    if not path.is_file():
        path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
        # The build time is a benchmark figure (`newsevents gazetteer build` prints it), never a test.
        b.build(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    counts = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()[0])
    assert counts["country_agree"] > 0.95 * counts["places"]
    assert counts["country_disagree"] < 200  # each one listed in meta 'country_disagree'
    rows = conn.execute("SELECT country, polygon_country FROM place WHERE name = 'Paris' AND feature LIKE 'PPL%' "
                        "ORDER BY population DESC LIMIT 1").fetchall()
    assert rows == [("FRA", "FRA")]
    # Provinces whose box middle fell abroad now sit in their own country.
    (lat, lon), = conn.execute("SELECT lat, lon FROM place WHERE feature = 'ADM1' AND country = 'CHN' "
                               "AND name LIKE 'Heilongjiang%'").fetchall()
    assert default_polygons().country_at(lat, lon) == "CHN"
    conn.close()
