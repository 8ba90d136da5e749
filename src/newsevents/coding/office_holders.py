"""Loader and lookup for data/actors/office_holders.tsv: people the news names without a title.

The table is dated (see its header): a row with an empty `to` was in office on the table's as_of date. A lookup
is by the name as written (full name or alias) and a date; the row whose term covers the date wins, else the row
still open on as_of (the current holder); a person out of office on the date with no open row gives None.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping

_AS_OF = re.compile(r"^#\s*as_of\s+(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True, slots=True)
class Holder:
    name: str
    code: str
    sector: str
    office: str
    start: dt.date
    end: dt.date | None  # None: in office on the table's as_of date
    source: str

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class HolderTable:
    as_of: dt.date
    by_name: Mapping[str, tuple[Holder, ...]]  # name or alias as written -> the person's terms
    max_words: int

    def lookup(self, name: str, on: dt.date | None = None) -> Holder | None:
        """The holder named `name` (exact, as written) on `on` (None: on as_of)."""
        terms = self.by_name.get(name, ())
        if on is not None:
            hit = next((h for h in terms if h.covers(on)), None)
            if hit is not None:
                return hit
        return next((h for h in terms if h.end is None), None)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text.strip() else None


def parse(text: str) -> HolderTable:
    """A table from the file's text (header comments, then a column line, then tab-separated rows)."""
    as_of = None
    rows: list[list[str]] = []
    for ln in text.splitlines():
        if ln.startswith("#"):
            m = _AS_OF.match(ln)
            as_of = as_of or (dt.date.fromisoformat(m.group(1)) if m else None)
        elif ln.strip():
            rows.append(ln.split("\t"))
    if as_of is None:
        raise ValueError("office_holders.tsv: the header must give '# as_of YYYY-MM-DD'")
    by_name: dict[str, list[Holder]] = {}
    for r in rows[1:]:
        name, aliases, code, sector, office, start, end, source = (r + [""] * 8)[:8]
        begin = _date(start)
        if begin is None or not code or not source:
            raise ValueError(f"office_holders.tsv: row for {name!r} needs code, from and source")
        h = Holder(name, code, sector, office, begin, _date(end), source)
        for key in [name] + [a for a in aliases.split("|") if a]:
            by_name.setdefault(key, []).append(h)
    max_words = max((len(k.split()) for k in by_name), default=1)
    return HolderTable(as_of, {k: tuple(v) for k, v in by_name.items()}, max_words)


@lru_cache(maxsize=1)
def load_holders() -> HolderTable:
    return parse(resources.files("newsevents.data.actors").joinpath("office_holders.tsv").read_text("utf-8"))
