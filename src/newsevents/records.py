"""Typed, frozen records for every concept, and their PLOVER JSON (de)serialisation.

Dicts appear only at I/O boundaries (`to_dict` / `from_dict`)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One news story. `id` is the caller's id; `content_hash` keys it in the store."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    toponyms: tuple[Span, ...] | None = None  # gold toponym spans: resolve exactly these

    @property
    def content_hash(self) -> str:
        h = hashlib.sha256()
        h.update((self.title or "").encode("utf-8"))
        h.update(b"\x00")
        h.update(self.text.encode("utf-8"))
        return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Sentence:
    sequence: int  # 0-based index of the sentence in its article
    start: int
    end: int
    text: str

    def shifted(self, offset: int, sequence_offset: int = 0) -> Sentence:
        return Sentence(self.sequence + sequence_offset, self.start + offset, self.end + offset, self.text)


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor or recipient (PLOVER entity fields)."""

    entity_text: str
    start: int
    end: int
    code: str | None = None  # ISO 3166 alpha-3 or a PLOVER non-state code (IGO, NGO, ...)
    sector: str | None = None  # PLOVER sector code (GOV, MIL, COP, REB, CVL, ...)
    identifier_text: str | None = None  # canonical name for well-known organisations

    def shifted(self, offset: int) -> Entity:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict[str, Any]:
        return {"entity_text": self.entity_text, "start": self.start, "end": self.end, "code": self.code,
                "sector": self.sector, "identifier_text": self.identifier_text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(d["entity_text"], int(d["start"]), int(d["end"]), d.get("code"), d.get("sector"),
                   d.get("identifier_text"))


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved toponym mention. Unresolved mentions have lat/lon/geonameid None."""

    start: int
    end: int
    text: str
    resolved_place: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None  # ISO alpha-3
    feature_code: str | None = None  # GeoNames feature code, e.g. PPL, ADM1, PCLI, SEA
    province: str | None = None  # admin-1 name
    resolution: int | None = None  # 1 country, 2 admin-1, 3 admin-2, 4 city, 5 sub-city

    def shifted(self, offset: int) -> Place:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "resolved_place": self.resolved_place,
                "geonameid": self.geonameid, "lat": self.lat, "lon": self.lon,
                "country_code": self.country_code, "feature_code": self.feature_code}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(int(d["start"]), int(d["end"]), d["text"], d.get("resolved_place"), d.get("geonameid"),
                   d.get("lat"), d.get("lon"), d.get("country_code"), d.get("feature_code"),
                   d.get("province"), d.get("resolution"))


# GeoNames feature codes of bodies of water: an event there happened at sea (or on a lake or river)
WATER_FEATURES = frozenset({"SEA", "OCN", "GULF", "STRT", "BAY", "CNL", "LK", "STM"})


@dataclass(frozen=True, slots=True)
class Location:
    """PLOVER event location: where the event happened."""

    extracted_place: str
    resolved_place: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    province: str | None
    country_code: str | None
    feature_code: str | None
    resolution: int | None
    start: int
    end: int

    def shifted(self, offset: int) -> Location:
        return replace(self, start=self.start + offset, end=self.end + offset)

    @classmethod
    def from_place(cls, p: Place) -> Location:
        return cls(p.text, p.resolved_place, p.geonameid, p.lat, p.lon, p.province, p.country_code,
                   p.feature_code, p.resolution, p.start, p.end)

    def to_dict(self) -> dict[str, Any]:
        return {"extracted_place": self.extracted_place, "resolved_place": self.resolved_place,
                "geonameid": self.geonameid, "lat": self.lat, "lon": self.lon, "province": self.province,
                "country_code": self.country_code, "feature_code": self.feature_code,
                "resolution": self.resolution, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Location:
        return cls(d["extracted_place"], d.get("resolved_place"), d.get("geonameid"), d.get("lat"), d.get("lon"),
                   d.get("province"), d.get("country_code"), d.get("feature_code"), d.get("resolution"),
                   int(d["start"]), int(d["end"]))


@dataclass(frozen=True, slots=True)
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"dead": self.dead, "injured": self.injured, "arrested": self.arrested}


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str

    def shifted(self, offset: int) -> Trigger:
        return Trigger(self.start + offset, self.end + offset, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event, with ACLED and CAMEO crosswalks. Offsets index the article text."""

    id: str
    event: str
    mode: tuple[str, ...]
    context: tuple[str, ...]
    quad_code: int
    event_scale: float | None
    cameo_root: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    trigger: Trigger | None
    event_loc: Location | None
    date: str | None  # YYYY-MM-DD
    date_precision: str | None  # day / week / month / year
    aux: tuple[str, ...]
    size: Size
    event_text: str
    sentence: Sentence
    confidence: float
    article_id: str = ""

    def shifted(self, offset: int, sequence_offset: int = 0) -> Event:
        """The same event with every offset moved by `offset` (a story's place inside a longer text)."""
        return replace(self, actor=tuple(a.shifted(offset) for a in self.actor),
                       recipient=tuple(r.shifted(offset) for r in self.recipient),
                       trigger=self.trigger.shifted(offset) if self.trigger else None,
                       event_loc=self.event_loc.shifted(offset) if self.event_loc else None,
                       sentence=self.sentence.shifted(offset, sequence_offset))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "event": self.event, "mode": list(self.mode), "context": list(self.context),
            "quad_code": self.quad_code, "event_scale": self.event_scale, "cameo_root": self.cameo_root,
            "acled_event_type": self.acled_event_type, "acled_sub_event_type": self.acled_sub_event_type,
            "actor": [a.to_dict() for a in self.actor], "recipient": [r.to_dict() for r in self.recipient],
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "event_loc": self.event_loc.to_dict() if self.event_loc else None,
            "date": self.date, "date_precision": self.date_precision, "aux": list(self.aux),
            "size": self.size.to_dict(), "event_text": self.event_text,
            "text_info": {"sequence": self.sentence.sequence, "start": self.sentence.start,
                          "end": self.sentence.end},
            "confidence": round(float(self.confidence), 4),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], article_id: str = "") -> Event:
        ti = d.get("text_info") or {}
        trig = d.get("trigger")
        loc = d.get("event_loc")
        size = d.get("size") or {}
        return cls(
            id=d["id"], event=d["event"], mode=tuple(d.get("mode") or ()), context=tuple(d.get("context") or ()),
            quad_code=int(d["quad_code"]), event_scale=d.get("event_scale"), cameo_root=d.get("cameo_root"),
            acled_event_type=d.get("acled_event_type"), acled_sub_event_type=d.get("acled_sub_event_type"),
            actor=tuple(Entity.from_dict(a) for a in d.get("actor") or ()),
            recipient=tuple(Entity.from_dict(a) for a in d.get("recipient") or ()),
            trigger=Trigger(int(trig["start"]), int(trig["end"]), trig["text"]) if trig else None,
            event_loc=Location.from_dict(loc) if loc else None,
            date=d.get("date"), date_precision=d.get("date_precision"), aux=tuple(d.get("aux") or ()),
            size=Size(size.get("dead"), size.get("injured"), size.get("arrested")),
            event_text=d.get("event_text", ""),
            sentence=Sentence(int(ti.get("sequence", 0)), int(ti.get("start", 0)), int(ti.get("end", 0)),
                              d.get("event_text", "")),
            confidence=float(d.get("confidence", 0.0)), article_id=article_id,
        )


@dataclass(frozen=True, slots=True)
class Result:
    """What the pipeline made of one article: its events and places, or the error that stopped it."""

    article: Article
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        if self.error is not None:
            return {"id": self.article.id, "error": self.error}
        return {"id": self.article.id, "events": [e.to_dict() for e in self.events],
                "places": [p.to_dict() for p in self.places]}


def parse_date(value: str | None) -> date | None:
    """ISO date or datetime string -> date; None for empty. Raises ValueError on junk."""
    if value is None or not str(value).strip():
        return None
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        from datetime import datetime
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()


def stable_id(*parts: object) -> str:
    """A short id stable for the same input."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:16]


__all__ = ["Article", "Sentence", "Entity", "Place", "Location", "Size", "Trigger", "Event", "Result",
           "Span", "parse_date", "stable_id", "field", "replace"]
