"""Query-string parameters -> `EventFilter`, with the bounds that keep every request cheap.

List parameters accept both repetition and commas (``type=ASSAULT&type=PROTEST`` or ``type=ASSAULT,PROTEST``), so
the dashboard can keep short, shareable URLs. The dashboard uses exactly these names in its own URL."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Query

from newsevents.api.errors import ApiError
from newsevents.store.filter import EventFilter

# Bounds on query cost. Page size and offset bound the rows SQLite has to walk for one page; text lengths and list
# sizes bound the work of building a query; the export cap bounds one streamed download.
MAX_PAGE = 500
MAX_OFFSET = 100_000
MAX_LIST_VALUES = 50
MAX_TEXT = 200
MAX_EXPORT = 1_000_000
DEFAULT_EXPORT = 100_000
MAX_POINTS = 10_000
SORT_KEYS = ("-date", "date", "-confidence", "confidence", "event", "-event", "country", "-country")


def split_values(values: list[str] | None, name: str) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or []:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    if len(out) > MAX_LIST_VALUES:
        raise ApiError(400, f"at most {MAX_LIST_VALUES} values are allowed, got {len(out)}", name)
    return tuple(out)


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None or not value.strip():
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 4:
        raise ApiError(400, f"bbox is west,south,east,north (four numbers), got {value!r}", "bbox")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise ApiError(400, f"bbox is west,south,east,north (four numbers), got {value!r}", "bbox") from None
    return (w, s, e, n)


def _quad(value: str) -> int:
    if value not in ("1", "2", "3", "4"):
        raise ApiError(400, f"quad codes are integers 1-4, got {value!r}", "quad")
    return int(value)


def _short(value: str | None, name: str) -> str | None:
    if value is not None and len(value) > MAX_TEXT:
        raise ApiError(400, f"at most {MAX_TEXT} characters are allowed", name)
    return value


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int
    sort: str


def event_filter(
    type: Annotated[list[str] | None, Query(description="PLOVER event types, e.g. ASSAULT,PROTEST")] = None,
    mode: Annotated[list[str] | None, Query(description="PLOVER modes, e.g. firearms")] = None,
    quad: Annotated[list[str] | None, Query(description="quad codes 1-4")] = None,
    country: Annotated[list[str] | None, Query(
        description="ISO alpha-3 codes; matches the event location OR an actor's/recipient's country")] = None,
    actor: Annotated[str | None, Query(description="substring of actor or recipient text")] = None,
    date_from: Annotated[str | None, Query(description="first event date, YYYY-MM-DD (inclusive)")] = None,
    date_to: Annotated[str | None, Query(description="last event date, YYYY-MM-DD (inclusive)")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    q: Annotated[str | None, Query(description="full-text query over article title and text")] = None,
    article_id: Annotated[str | None, Query(description="only events of this article")] = None,
) -> EventFilter:
    """FastAPI dependency: the filter parameters shared by events, stats, export and points."""
    quads = tuple(_quad(v) for v in split_values(quad, "quad"))
    # EventFilter validates values and raises InputError naming the field; the error handler makes that a 400.
    return EventFilter(
        types=split_values(type, "type"), modes=split_values(mode, "mode"), quads=quads,
        countries=split_values(country, "country"), actor=_short(actor, "actor"), date_from=date_from,
        date_to=date_to, bbox=parse_bbox(bbox), q=_short(q, "q"), article_id=_short(article_id, "article_id"))


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (1-{MAX_PAGE})")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"rows to skip (0-{MAX_OFFSET})")] = 0,
    sort: Annotated[str, Query(description="one of " + ", ".join(SORT_KEYS))] = "-date",
) -> Page:
    """FastAPI dependency: pagination and sort, bounded."""
    if sort not in SORT_KEYS:
        raise ApiError(400, f"sort must be one of {', '.join(SORT_KEYS)}; got {sort!r}", "sort")
    return Page(limit, offset, sort)
