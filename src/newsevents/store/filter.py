"""`EventFilter`: the one description of "which events" shared by the store, the CLI and the HTTP API."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsevents.errors import InputError

_ALPHA3 = re.compile(r"^[A-Z]{3}$")


def _tuple(value: Any) -> tuple[Any, ...]:
    """Accept a list/set/tuple or a single scalar (a common caller slip) and return a tuple."""
    if value is None:
        return ()
    if isinstance(value, (str, int)):
        return (value,)
    return tuple(value)


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    s = str(value).strip()
    try:
        # Accept a datetime too; events carry day precision at most.
        return date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        raise InputError(name, f"expected a date as YYYY-MM-DD, got {s!r}") from None


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return. Empty fields match everything; fields combine with AND, values within one field
    with OR.

    - `types`: PLOVER event types (e.g. "ASSAULT"); upper-cased.
    - `modes`: PLOVER modes (e.g. "firearms"); an event matches when it has any of them.
    - `quads`: quad codes 1..4.
    - `countries`: ISO 3166 alpha-3 codes; an event matches when its location country OR any actor's OR any
      recipient's country code is one of them ("events involving or located in these countries").
    - `actor`: case-insensitive substring of any actor or recipient text.
    - `date_from`, `date_to`: inclusive bounds on the event date (YYYY-MM-DD); events without a date are excluded
      when either bound is set.
    - `bbox`: (west, south, east, north) in degrees; only located events match. west > east crosses the
      antimeridian.
    - `q`: full-text query over article title and text. Words are ANDed, "double quotes" make a phrase, a trailing
      * makes a prefix; every other character is taken literally (no FTS syntax errors reach the caller).
    - `article_id`: the caller's article id (or the article's content hash).

    Construction validates and normalises the values and raises InputError naming the bad field.
    """

    types: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    quads: tuple[int, ...] = ()
    countries: tuple[str, ...] = ()
    actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    article_id: str | None = None

    def __post_init__(self) -> None:
        # object.__setattr__ because the dataclass is frozen; normalising here means every consumer sees one form.
        object.__setattr__(self, "types", tuple(str(t).strip().upper() for t in _tuple(self.types) if str(t).strip()))
        object.__setattr__(self, "modes", tuple(str(m).strip() for m in _tuple(self.modes) if str(m).strip()))
        object.__setattr__(self, "quads", self._quads())
        object.__setattr__(self, "countries", self._countries())
        actor = (self.actor or "").strip()
        object.__setattr__(self, "actor", actor or None)
        object.__setattr__(self, "date_from", _check_date("date_from", self.date_from))
        object.__setattr__(self, "date_to", _check_date("date_to", self.date_to))
        object.__setattr__(self, "bbox", self._bbox())
        q = (self.q or "").strip()
        object.__setattr__(self, "q", q or None)
        aid = (self.article_id or "").strip()
        object.__setattr__(self, "article_id", aid or None)

    def _quads(self) -> tuple[int, ...]:
        out = []
        for v in _tuple(self.quads):
            try:
                q = int(v)
            except (TypeError, ValueError):
                raise InputError("quads", f"quad codes are integers 1-4, got {v!r}") from None
            if q not in (1, 2, 3, 4):
                raise InputError("quads", f"quad codes are integers 1-4, got {v!r}")
            out.append(q)
        return tuple(out)

    def _countries(self) -> tuple[str, ...]:
        out = []
        for v in _tuple(self.countries):
            c = str(v).strip().upper()
            if not c:
                continue
            if not _ALPHA3.match(c):
                raise InputError("countries", f"use ISO 3166 alpha-3 country codes such as 'SYR', got {v!r}")
            out.append(c)
        return tuple(out)

    def _bbox(self) -> tuple[float, float, float, float] | None:
        if self.bbox is None:
            return None
        try:
            west, south, east, north = (float(x) for x in self.bbox)
        except (TypeError, ValueError):
            raise InputError("bbox", f"expected four numbers west,south,east,north, got {self.bbox!r}") from None
        if not (-180.0 <= west <= 180.0 and -180.0 <= east <= 180.0):
            raise InputError("bbox", f"longitudes must lie in [-180, 180], got west={west}, east={east}")
        if not (-90.0 <= south <= north <= 90.0):
            raise InputError("bbox", f"latitudes must lie in [-90, 90] with south <= north, got {south}, {north}")
        return (west, south, east, north)

    def is_empty(self) -> bool:
        return self == EventFilter()
