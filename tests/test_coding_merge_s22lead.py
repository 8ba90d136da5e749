"""Session 22 (lead): a city district seated on its city's point is the city's scene when merging."""
from __future__ import annotations

from newsevents.coding import merge_duplicates
from newsevents.records import Location

from test_coding_merge import _ev


def _at(name: str, gid: int, feature: str, res: int, lat: float = 2.037, lon: float = 45.344,
        cc: str = "SOM") -> Location:
    return Location(name, name, gid, lat, lon, "Banaadir", cc, feature, res, 0, 1)


def test_district_on_its_city_point_merges_with_the_city() -> None:
    hodan, mogadishu = _at("Hodan", 1, "ADM2", 3), _at("Mogadishu", 2, "PPLC", 4)
    assert len(merge_duplicates([_ev(0, 0, loc=hodan), _ev(1, 50, loc=mogadishu)])) == 1


def test_two_towns_or_two_divisions_on_one_point_stay_apart() -> None:
    # several districts may borrow their province's point; two towns on one point is a data error, not one scene
    a, b = _at("Hodan", 1, "ADM2", 3), _at("Wadajir", 3, "ADM2", 3)
    assert len(merge_duplicates([_ev(0, 0, loc=a), _ev(1, 50, loc=b)])) == 2
    c, d = _at("Town A", 4, "PPL", 4), _at("Town B", 5, "PPL", 4)
    assert len(merge_duplicates([_ev(0, 0, loc=c), _ev(1, 50, loc=d)])) == 2


def test_district_away_from_the_city_or_in_another_country_stays_apart() -> None:
    far = _at("Hodan", 1, "ADM2", 3, lat=2.2)
    assert len(merge_duplicates([_ev(0, 0, loc=far), _ev(1, 50, loc=_at("Mogadishu", 2, "PPLC", 4))])) == 2
    other = _at("Hodan", 1, "ADM2", 3, cc="KEN")
    assert len(merge_duplicates([_ev(0, 0, loc=other), _ev(1, 50, loc=_at("Mogadishu", 2, "PPLC", 4))])) == 2


def test_missing_points_change_nothing() -> None:
    a = Location("Hodan", "Hodan", 1, None, None, None, "SOM", "ADM2", 3, 0, 1)
    b = _at("Mogadishu", 2, "PPLC", 4)
    assert len(merge_duplicates([_ev(0, 0, loc=a), _ev(1, 50, loc=b)])) == 2
