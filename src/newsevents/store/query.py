"""Turn an EventFilter into a parameterised SQL condition over `events e`, and user search text into a safe FTS5
query. No user value is ever formatted into SQL text: only placeholders are."""
from __future__ import annotations

import re
from typing import Any

from newsevents.errors import InputError
from newsevents.store.filter import EventFilter

MAX_LIMIT = 1000

# sort key -> ORDER BY over `events e`; every order ends on rid so pages are stable.
SORTS: dict[str, str] = {
    "-date": "e.date DESC, e.rid DESC",
    "date": "e.date IS NULL, e.date ASC, e.rid ASC",
    "-confidence": "e.confidence DESC, e.rid DESC",
    "confidence": "e.confidence ASC, e.rid ASC",
    "event": "e.event ASC, e.date DESC, e.rid DESC",
    "-event": "e.event DESC, e.date DESC, e.rid DESC",
    "country": "e.country_code IS NULL, e.country_code ASC, e.date DESC, e.rid DESC",
    "-country": "e.country_code IS NULL, e.country_code DESC, e.date DESC, e.rid DESC",
}

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w")


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def fts_query(text: str) -> str:
    """User search text -> FTS5 MATCH expression. Words are ANDed, "..." is a phrase, a trailing * is a prefix
    search; FTS operators and punctuation are taken literally, so no input can raise an FTS syntax error."""
    terms: list[str] = []
    for m in _TOKEN.finditer(text):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if _WORD.search(phrase):
                terms.append(_phrase(phrase))
            continue
        prefix = word.endswith("*")
        core = word.rstrip("*")
        if not _WORD.search(core):
            continue
        terms.append(_phrase(core) + ("*" if prefix else ""))
    if not terms:
        raise InputError("q", f"the search text {text!r} has no words to search for; type one or more words")
    return " ".join(terms)


def _like(text: str) -> str:
    # Escape LIKE wildcards so "%" and "_" in a name match themselves.
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _marks(n: int) -> str:
    return ",".join("?" * n)


def where(f: EventFilter) -> tuple[str, list[Any]]:
    """SQL condition (never empty: '1' matches all) and its parameters, over `events e`."""
    conds: list[str] = []
    params: list[Any] = []
    if f.types:
        conds.append(f"e.event IN ({_marks(len(f.types))})")
        params += f.types
    if f.quads:
        conds.append(f"e.quad_code IN ({_marks(len(f.quads))})")
        params += f.quads
    if f.modes:
        conds.append(f"e.rid IN (SELECT event FROM event_modes WHERE mode IN ({_marks(len(f.modes))}))")
        params += f.modes
    if f.countries:
        conds.append(f"e.rid IN (SELECT event FROM event_countries WHERE country_code IN "
                     f"({_marks(len(f.countries))}))")
        params += f.countries
    if f.actor:
        conds.append("(e.actor_text LIKE ? ESCAPE '\\' OR e.recipient_text LIKE ? ESCAPE '\\')")
        params += [_like(f.actor)] * 2
    if f.date_from:
        conds.append("e.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        conds.append("e.date <= ?")
        params.append(f.date_to)
    if f.bbox:
        cond, bparams = _bbox(f.bbox)
        conds.append(cond)
        params += bparams
    if f.q:
        conds.append("e.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts_query(f.q))
    if f.article_id:
        conds.append("e.article IN (SELECT id FROM articles WHERE article_id = ? OR content_hash = ?)")
        params += [f.article_id, f.article_id]
    return (" AND ".join(conds) or "1"), params


def _bbox(bbox: tuple[float, float, float, float]) -> tuple[str, list[Any]]:
    west, south, east, north = bbox
    # west > east: the box crosses the antimeridian, i.e. two longitude ranges.
    ranges = [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]
    rtree, exact, params, exact_params = [], [], [], []
    for lo, hi in ranges:
        rtree.append("(min_lon <= ? AND max_lon >= ?)")
        params += [hi, lo]
        exact.append("(e.lon >= ? AND e.lon <= ?)")
        exact_params += [lo, hi]
    # The R-Tree stores 32-bit floats rounded outwards, so it narrows candidates and the exact test decides.
    cond = (f"e.rid IN (SELECT rid FROM events_rtree WHERE min_lat <= ? AND max_lat >= ? AND ({' OR '.join(rtree)}))"
            f" AND e.lat >= ? AND e.lat <= ? AND ({' OR '.join(exact)})")
    return cond, [north, south, *params, south, north, *exact_params]


def order_by(sort: str) -> str:
    try:
        return SORTS[sort]
    except KeyError:
        raise InputError("sort", f"unknown sort {sort!r}; use one of {', '.join(sorted(SORTS))}") from None


def page(limit: int, offset: int) -> tuple[int, int]:
    """Validate and cap a page request."""
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise InputError("limit", "limit and offset must be integers") from None
    if limit < 0 or offset < 0:
        raise InputError("limit", f"limit and offset must be >= 0, got limit={limit}, offset={offset}")
    return min(limit, MAX_LIMIT), offset
