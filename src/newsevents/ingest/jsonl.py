"""JSONL records (the `newsevents extract` input) -> Article, one output per non-blank line.

A record's `text` is kept exactly as given (no newline or Unicode normalisation): callers' offsets,
including gold `toponyms`, index into it."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from newsevents.errors import InputError
from newsevents.ingest.decode import MAX_BYTES, too_large
from newsevents.records import Article, Span, parse_date

_OPTIONAL_STR = ("title", "url", "source", "language")
_ID_IN_BROKEN_JSON = re.compile(r'^\s*\{\s*"id"\s*:\s*"([^"\\]{1,200})"')


class RecordError(InputError):
    """An InputError for one JSONL record that also carries the record's id (None when it has none),
    so `extract` can write ``{"id": ..., "error": ...}`` for it."""

    def __init__(self, record: str, message: str, article_id: str | None = None) -> None:
        super().__init__(record, message)
        self.article_id = article_id

    @property
    def record_id(self) -> str | None:
        """The same as `article_id` (the name `newsevents extract` reads)."""
        return self.article_id

    def with_message(self, message: str) -> RecordError:
        return RecordError(self.record, message, self.article_id)


def read_jsonl_records(stream: IO[str] | IO[bytes] | Iterable[str | bytes], name: str,
                       published: date | None = None, allow_empty: bool = False) -> Iterator[Article | InputError]:
    """Yield exactly one Article or InputError per non-blank line of `stream`, in order.

    Record names are ``name:LINE`` (1-based physical line numbers). `published` is the fallback date
    for records without one. `allow_empty` accepts records whose text is empty (`extract` codes them
    into no events instead of failing them). Never raises for bad records."""
    for lineno, raw in enumerate(stream, start=1):
        line = _line_text(raw)
        if line is None:
            yield RecordError(f"{name}:{lineno}", "cannot decode the line; save the file as UTF-8")
            continue
        if not line.strip():
            continue
        yield parse_record_line(line, f"{name}:{lineno}", published, allow_empty)


def _line_text(raw: str | bytes) -> str | None:
    if isinstance(raw, str):
        return raw.lstrip("\ufeff")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")  # a legacy export; JSON structure is ASCII so this is safe
        except UnicodeDecodeError:
            return None


def parse_record_line(line: str, record: str, published: date | None = None,
                      allow_empty: bool = False) -> Article | InputError:
    if len(line) > MAX_BYTES:
        return RecordError(record, too_large(record).message)
    try:
        obj = json.loads(line)
    except ValueError as e:
        m = _ID_IN_BROKEN_JSON.search(line)  # keep the id when we can, so the error line carries it
        return RecordError(record, f"bad JSON ({_one_line(e)}); write one JSON object per line",
                           m.group(1) if m else None)
    try:
        return article_from_record(obj, record, published, allow_empty)
    except RecordError as e:
        return e


def article_from_record(obj: Any, record: str, published: date | None = None,
                        allow_empty: bool = False) -> Article:
    """Validate one `extract` input object and build its Article; raises InputError saying what to fix."""
    if not isinstance(obj, dict):
        raise RecordError(record, f"expected a JSON object with 'id' and 'text', got {type(obj).__name__}")
    rid = obj.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)  # numeric ids are common in exports; Article ids are strings
    if not isinstance(rid, str) or not rid.strip():
        raise RecordError(record, "missing 'id'; give each record a non-empty string id")
    where = RecordError(record, "", rid)
    text = obj.get("text")
    if not isinstance(text, str):
        raise where.with_message("missing 'text'; give each record its article text as a string")
    if not text.strip() and not allow_empty:
        raise where.with_message("'text' is empty; nothing to code")
    if len(text) > MAX_BYTES:
        raise where.with_message(too_large(record).message)
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_STR:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise where.with_message(f"'{key}' must be a string or null")
        fields[key] = value or None
    return Article(id=rid, text=text, title=fields["title"], published=_published(obj, where) or published,
                   url=fields["url"], source=fields["source"], language=fields["language"],
                   toponyms=_toponyms(obj.get("toponyms"), len(text), where))


def _published(obj: dict[str, Any], where: RecordError) -> date | None:
    value = obj.get("published")
    if value is None:
        return None
    try:
        if isinstance(value, str):
            return parse_date(value)
    except ValueError:
        pass
    raise where.with_message(f"bad 'published' date {str(value)[:40]!r}; use ISO 8601 like 2024-03-12 "
                             "or 2024-03-12T08:30:00Z")


def _toponyms(value: Any, n: int, where: RecordError) -> tuple[Span, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise where.with_message("'toponyms' must be a list of {\"start\": int, \"end\": int}")
    spans: list[Span] = []
    for i, item in enumerate(value, start=1):
        start = item.get("start") if isinstance(item, dict) else None
        end = item.get("end") if isinstance(item, dict) else None
        if not (_is_int(start) and _is_int(end)):
            raise where.with_message(f"toponym {i} needs integer 'start' and 'end'")
        assert isinstance(start, int) and isinstance(end, int)
        if not 0 <= start < end <= n:
            raise where.with_message(f"toponym {i} span {start}-{end} is outside the text (length {n}); "
                                     "use Python string offsets with start < end")
        spans.append(Span(start, end))
    return tuple(spans)


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())
