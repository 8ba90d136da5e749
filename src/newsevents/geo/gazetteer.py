"""Gazetteer lookup: candidates by name from the SQLite database that `newsevents.geo.build` makes.

Only the names needed for the recognition automaton are ever held in memory; candidate rows are
queried on demand (a per-instance cache keeps repeated names cheap)."""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from newsevents.errors import GazetteerError
from newsevents.geo.names import norm

# How a name belongs to a place, from most to least trustworthy.
KIND_MAIN, KIND_ALIAS, KIND_ALTERNATE, KIND_ABBREV, KIND_DEMONYM = 0, 1, 2, 3, 4

_CACHE_MAX = 50_000
_COLUMNS = ("id, geonameid, name, lat, lon, country, feature, population, admin1, admin1_id, admin2, "
            "resolution")


@dataclass(frozen=True, slots=True)
class GazRecord:
    """One gazetteer place. `kind` says how the looked-up name matched it (KIND_*)."""

    id: int
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO alpha-3; None for international waters and multi-country regions
    feature: str  # GeoNames-style feature code: PCLI, ADM1, ADM2, PPL, PPLC, SEA, ISLS, RGN, ...
    population: int = 0
    admin1: str | None = None
    admin1_id: int | None = None
    admin2: str | None = None
    resolution: int = 4  # 1 country, 2 admin-1, 3 admin-2, 4 city, 5 sub-city
    kind: int = KIND_MAIN


class GazetteerLike(Protocol):
    """What the geoparser needs from a gazetteer (SQLite-backed or in-memory)."""

    def lookup(self, name: str) -> list[GazRecord]: ...

    def search(self, name: str, limit: int = 20) -> list[GazRecord]: ...

    def get(self, place_id: int) -> GazRecord | None: ...

    def automaton_names(self) -> list[tuple[str, int]]: ...

    def country(self, alpha3: str) -> GazRecord | None: ...

    def capital(self, alpha3: str) -> GazRecord | None: ...


def demonym_country(gaz: GazetteerLike, word: str, countries_only: bool = True) -> str | None:
    """"Iranian" -> "IRN": the country a demonym names, or None. With `countries_only` False an admin area's
    demonym counts too ("Welsh" -> GBR)."""
    for rec in gaz.lookup(word):
        if rec.kind == KIND_DEMONYM and rec.country and (not countries_only or rec.feature.startswith("PCL")):
            return rec.country
    return None


def _row_to_record(row: Sequence[Any], kind: int) -> GazRecord:
    (pid, gid, name, lat, lon, country, feature, pop, a1, a1id, a2, res) = row
    return GazRecord(int(pid), int(gid) if gid is not None else None, str(name),
                     float(lat) if lat is not None else None, float(lon) if lon is not None else None,
                     str(country) if country else None, str(feature), int(pop or 0),
                     str(a1) if a1 else None, int(a1id) if a1id is not None else None,
                     str(a2) if a2 else None, int(res or 4), kind)


_FTS_WORD = re.compile(r"[^\W_]+")
# Rows the full-text query reads before `close_name` filters them (a common word matches thousands of names).
FTS_ROWS = 400
# Only a name not much longer than the words written is another writing of them ("Provence-Alpes-Cote d'Azur" for
# "Cote d'Azur"); "Cote d'Ivoire" is not "Cote d'Azur", nor "Fort Worth Stockyards" "Fort Worth Zoo".
FTS_MIN_SHARE = 0.5
_FILLER = frozenset({"the", "of", "de", "d", "la", "le", "al", "el", "and"})


def close_name(words: Sequence[str], name_norm: str) -> bool:
    """Whether the written words (normalised) make up at least half of a matched name's words."""
    want = set(words) - _FILLER
    have = set(_FTS_WORD.findall(name_norm)) - _FILLER
    return bool(want) and want <= have and len(want) >= FTS_MIN_SHARE * len(have)


class Gazetteer:
    """Read-only view of a built gazetteer database. Use `open` or `default`; the constructor does no I/O."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._inherited: sqlite3.Connection | None = None
        self.path = path
        self._cache: dict[str, list[GazRecord]] = {}
        self._countries: dict[str, GazRecord] = {}
        self._capitals: dict[str, GazRecord] | None = None

    @classmethod
    def open(cls, path: Path) -> Gazetteer:
        path = Path(path)
        if not path.is_file():
            raise GazetteerError(f"gazetteer {path} does not exist: run `newsevents gazetteer build`")
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            conn.execute("SELECT 1 FROM place LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"gazetteer {path} is unreadable ({exc}): delete it and run "
                                 "`newsevents gazetteer build`") from exc
        return cls(conn, path)

    @classmethod
    def default(cls) -> Gazetteer:
        """The cached gazetteer for the installed sources, built first if missing (under 2 minutes)."""
        from newsevents.geo.build import ensure_built
        return cls.open(ensure_built())

    def close(self) -> None:
        self._conn.close()

    def after_fork(self) -> None:
        """In a forked child: read through a connection of its own. SQLite forbids using a connection opened
        before a fork in the child; the inherited one is kept, never used nor closed (that could disturb the
        parent's)."""
        self._inherited = self._conn
        self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    def lookup(self, name: str) -> list[GazRecord]:
        key = norm(name)
        if not key:
            return []
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        rows = self._conn.execute(
            f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))}, MIN(n.kind) "
            "FROM name n JOIN place p ON p.id = n.place WHERE n.norm = ? GROUP BY p.id "
            "ORDER BY p.population DESC LIMIT 100", (key,)).fetchall()
        out = [_row_to_record(r[:-1], int(r[-1])) for r in rows]
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[key] = out
        return out

    def search(self, name: str, limit: int = 20) -> list[GazRecord]:
        """Full-text fallback (FTS5): places having a name that contains all the words of `name` and not much
        more (`close_name`)."""
        # ("Cote d'Azur": the words inside "d'azur" count, as the FTS index splits names at apostrophes too)
        words = _FTS_WORD.findall(norm(name))
        if not words:
            return []
        query = " ".join(f'"{w}"' for w in words)
        try:
            rows = self._conn.execute(
                f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))}, n.norm "
                "FROM name_fts f JOIN name n ON n.rowid = f.rowid JOIN place p ON p.id = n.place "
                "WHERE name_fts MATCH ? ORDER BY p.population DESC LIMIT ?",
                (query, FTS_ROWS)).fetchall()
        except sqlite3.OperationalError:
            return []
        out: dict[int, GazRecord] = {}
        for r in rows:
            if len(out) < limit and int(r[0]) not in out and close_name(words, str(r[-1])):
                out[int(r[0])] = _row_to_record(r[:-1], KIND_ALTERNATE)
        return list(out.values())

    def get(self, place_id: int) -> GazRecord | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM place WHERE id = ?", (place_id,)).fetchone()
        return _row_to_record(row, KIND_MAIN) if row else None

    def automaton_names(self) -> list[tuple[str, int]]:
        """(name, strength) for names a gazetteer-only match may recognise (see build._strength)."""
        return [(str(r[0]), int(r[1])) for r in
                self._conn.execute("SELECT text, MAX(auto) FROM name WHERE auto > 0 GROUP BY text")]

    def country(self, alpha3: str) -> GazRecord | None:
        # all countries read in one scan of the place table (a query per country scans it each time, ~20 ms)
        if not self._countries:
            for row in self._conn.execute(f"SELECT {_COLUMNS} FROM place WHERE feature = 'PCLI' ORDER BY id"):
                rec = _row_to_record(row, KIND_MAIN)
                if rec.country is not None:
                    self._countries.setdefault(rec.country, rec)
        return self._countries.get(alpha3)

    def capital(self, alpha3: str) -> GazRecord | None:
        """The country's national capital (its most populous PPLC), read in one scan like `country`."""
        if self._capitals is None:
            self._capitals = {}
            for row in self._conn.execute(f"SELECT {_COLUMNS} FROM place WHERE feature = 'PPLC' "
                                          "ORDER BY population DESC, id"):
                rec = _row_to_record(row, KIND_MAIN)
                if rec.country is not None:
                    self._capitals.setdefault(rec.country, rec)
        return self._capitals.get(alpha3)

    def meta(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self._conn.execute("SELECT key, value FROM meta")}


class InMemoryGazetteer:
    """Same interface over a small list of records, for tests that must not build the real one.

    `names` maps a record id to extra (name, kind) pairs; each record's own name is KIND_MAIN and is
    recognisable by the automaton, as are extra names of kind KIND_MAIN or KIND_ALIAS."""

    def __init__(self, records: Iterable[GazRecord],
                 names: Mapping[int, Sequence[tuple[str, int]]] | None = None) -> None:
        self._by_id: dict[int, GazRecord] = {}
        self._index: dict[str, dict[int, int]] = {}
        self._auto: dict[str, int] = {}
        for rec in records:
            self._by_id[rec.id] = rec
            pairs = [(rec.name, KIND_MAIN), *((names or {}).get(rec.id, ()))]
            for text, kind in pairs:
                key = norm(text)
                slot = self._index.setdefault(key, {})
                slot[rec.id] = min(kind, slot.get(rec.id, kind))
                if kind in (KIND_MAIN, KIND_ALIAS):
                    strength = 3 if rec.feature.startswith(("PCL", "ADM1")) or rec.population >= 1_000_000 else (
                        2 if rec.population >= 100_000 else 1)
                    self._auto[text] = max(strength, self._auto.get(text, 0))

    def lookup(self, name: str) -> list[GazRecord]:
        hits = self._index.get(norm(name), {})
        recs = [replace(self._by_id[i], kind=k) for i, k in hits.items()]
        return sorted(recs, key=lambda r: -r.population)

    def search(self, name: str, limit: int = 20) -> list[GazRecord]:
        words = _FTS_WORD.findall(norm(name))
        if not words:
            return []
        out = [replace(self._by_id[i], kind=KIND_ALTERNATE) for key, ids in self._index.items()
               if close_name(words, key) for i in ids]
        return sorted(out, key=lambda r: -r.population)[:limit]

    def get(self, place_id: int) -> GazRecord | None:
        return self._by_id.get(place_id)

    def automaton_names(self) -> list[tuple[str, int]]:
        return sorted(self._auto.items())

    def country(self, alpha3: str) -> GazRecord | None:
        return next((r for r in self._by_id.values() if r.feature.startswith("PCL") and r.country == alpha3),
                    None)

    def capital(self, alpha3: str) -> GazRecord | None:
        caps = [r for r in self._by_id.values() if r.feature == "PPLC" and r.country == alpha3]
        return max(caps, key=lambda r: r.population) if caps else None
