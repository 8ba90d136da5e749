"""RSS / Atom feeds read from local bytes with feedparser (which never fetches anything given bytes)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from newsevents.errors import InputError
from newsevents.ingest.dates import parse_loose_date, struct_time_date
from newsevents.ingest.decode import clean_line
from newsevents.ingest.html import html_fragment_text
from newsevents.records import Article


def read_feed(name: str, data: bytes, published: date | None = None) -> Iterator[Article | InputError]:
    """One Article (or InputError) per feed item; record names ``name[item N]`` (1-based)."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            why = " ".join(str(parsed.get("bozo_exception", "not well-formed")).split())
            yield InputError(name, f"malformed feed ({why[:120]}); check it is valid RSS or Atom XML")
        else:
            yield InputError(name, "no feed items found; give an RSS/Atom feed with <item> or <entry> elements")
        return
    source = clean_line(parsed.get("feed", {}).get("title", "")) or None
    for n, entry in enumerate(entries, start=1):
        yield _item(f"{name}[item {n}]", entry, source, published)


def _item(record: str, entry: Any, source: str | None, published: date | None) -> Article | InputError:
    text = html_fragment_text(_content(entry))
    if not text.strip():
        return InputError(record, "feed item has no text (no content or summary); nothing to code")
    title = _title(entry)
    if title and text.startswith(title + "\n\n"):
        text = text[len(title) + 2:]
    day = (struct_time_date(entry.get("published_parsed")) or struct_time_date(entry.get("updated_parsed"))
           or parse_loose_date(entry.get("published") or entry.get("updated") or "") or published)
    return Article(id=record, text=text, title=title, published=day, url=entry.get("link") or None,
                   source=source)


def _title(entry: Any) -> str | None:
    raw = entry.get("title") or ""
    detail = entry.get("title_detail") or {}
    if "html" in str(detail.get("type", "")):
        raw = html_fragment_text(raw)
    return clean_line(raw) or None


def _content(entry: Any) -> str:
    """The fullest body the item has: the longest `content` value, else the summary/description."""
    contents = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary
