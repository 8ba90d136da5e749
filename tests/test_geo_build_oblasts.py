"""English short names for oblasts and krais the packages hold only as adjectives (geo/build.py)."""
from __future__ import annotations

from newsevents.geo.build import _Builder, _Place


def _area(b: _Builder, name: str) -> _Place:
    p = b.add(geonameid=None, name=name, lat=51.0, lon=36.0, country="RUS", feature="ADM1", population=0,
              admin1=name, admin1_id=None, admin2=None, resolution=2)
    p.admin1_id = p.id
    return p


def _town(b: _Builder, name: str, area: _Place, population: int = 400_000) -> None:
    b.add(geonameid=None, name=name, lat=51.7, lon=36.2, country="RUS", feature="PPLA", population=population,
          admin1=area.name, admin1_id=area.id, admin2=None, resolution=4)


def test_adjectival_oblasts_get_their_towns_name() -> None:
    b = _Builder()
    kursk, krasnodar, rostov = _area(b, "Kurskaya oblast'"), _area(b, "Krasnodarskiy kray"), \
        _area(b, "Rostovskaya oblast'")
    _town(b, "Kursk", kursk)
    _town(b, "Krasnodar", krasnodar)
    _town(b, "Rostov-na-Donu", rostov)
    assert b.oblast_short_names() == 3
    assert {n for n, _ in kursk.names} == {"Kursk Oblast", "Kursk"}
    assert {n for n, _ in krasnodar.names} == {"Krasnodar Krai", "Krasnodar"}
    assert {n for n, _ in rostov.names} == {"Rostov Oblast", "Rostov"}


def test_no_name_without_a_town_of_that_name() -> None:
    # "Sverdlovskaya oblast'": its capital is Yekaterinburg, and no town is called Sverdlovsk
    b = _Builder()
    area = _area(b, "Sverdlovskaya oblast'")
    _town(b, "Yekaterinburg", area)
    assert b.oblast_short_names() == 0 and area.names == []


def test_names_already_held_are_not_repeated() -> None:
    b = _Builder()
    area = _area(b, "Voronezhskaya oblast'")
    area.names = [("Voronezh Oblast", 1)]
    _town(b, "Voronezh", area)
    b.oblast_short_names()
    assert [n for n, _ in area.names] == ["Voronezh Oblast", "Voronezh"]
