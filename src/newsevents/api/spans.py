"""Highlight spans for the article view: trigger, actors, recipients, places and dates, in article offsets.

Events carry offsets for trigger, actors, recipients and the event location; articles carry resolved places. Date
expressions have no stored offsets, so a small, conservative pattern finds them in the event's sentence (and the
store's place mentions are used when present). Spans are clipped to the text and deduplicated; the browser builds
the DOM from them with text nodes only."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATE_RE = re.compile(
    r"\b(?:"
    r"\d{4}-\d{2}-\d{2}"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?"
    rf"|(?:early|late|last|this|next)?\s*(?:{_WEEKDAYS})(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:yesterday|today|tonight|last\s+(?:night|week|month|year)|this\s+(?:morning|week|month|year))"
    rf"|(?:{_MONTHS})\s+\d{{4}}"
    r"|(?:in|since|during)\s+(?:19|20)\d{2}"
    r")\b",
    re.IGNORECASE)

KINDS = ("trigger", "actor", "recipient", "place", "date")


def _span(kind: str, start: Any, end: Any, text_len: int, label: str | None = None) -> dict[str, Any] | None:
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        return None
    s, e = max(0, s), min(text_len, e)
    if s >= e:
        return None
    return {"kind": kind, "start": s, "end": e, "label": label}


def date_spans(text: str, start: int, end: int) -> list[dict[str, Any]]:
    """Date expressions within text[start:end] (article offsets)."""
    out = []
    for m in _DATE_RE.finditer(text, max(0, start), min(len(text), end)):
        s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        sp = _span("date", s, m.end(), len(text), m.group(0).strip())
        if sp:
            out.append(sp)
    return out


def _entity_label(ent: dict[str, Any]) -> str | None:
    parts = [str(p) for p in (ent.get("code"), ent.get("sector"), ent.get("identifier_text")) if p]
    return " ".join(parts) or None


def event_spans(event: dict[str, Any], text: str, places: Iterable[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """All highlight spans for one event, sorted by start; places are limited to the event's sentence."""
    n = len(text)
    spans: list[dict[str, Any] | None] = []
    trig = event.get("trigger") or None
    if trig:
        spans.append(_span("trigger", trig.get("start"), trig.get("end"), n, event.get("event")))
    for kind in ("actor", "recipient"):
        for ent in event.get(kind) or ():
            spans.append(_span(kind, ent.get("start"), ent.get("end"), n, _entity_label(ent)))
    ti = event.get("text_info") or {}
    s_start, s_end = int(ti.get("start") or 0), int(ti.get("end") or 0)
    loc = event.get("event_loc") or None
    if loc:
        spans.append(_span("place", loc.get("start"), loc.get("end"), n,
                           loc.get("resolved_place") or loc.get("extracted_place")))
    for p in places:
        if s_start <= int(p.get("start") or -1) < s_end:
            spans.append(_span("place", p.get("start"), p.get("end"), n, p.get("resolved_place") or p.get("text")))
    if s_end > s_start:
        spans.extend(date_spans(text, s_start, s_end))
    return dedupe(s for s in spans if s)


def dedupe(spans: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for s in spans:
        key = (s["kind"], s["start"], s["end"])
        if key not in seen:
            seen.add(key)
            out.append(s)
    out.sort(key=lambda s: (s["start"], -s["end"], KINDS.index(s["kind"])))
    return out


def sentence_of(event: dict[str, Any], text: str) -> dict[str, Any]:
    ti = event.get("text_info") or {}
    start = max(0, int(ti.get("start") or 0))
    end = min(len(text), int(ti.get("end") or 0))
    if end <= start:  # offsets missing: fall back to the stored sentence text
        return {"sequence": ti.get("sequence"), "start": None, "end": None, "text": event.get("event_text", "")}
    return {"sequence": ti.get("sequence"), "start": start, "end": end, "text": text[start:end]}
