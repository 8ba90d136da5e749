"""Shared by the geo rule tests: an article whose gold toponym spans are the given names, in order, a
sentence splitter for made-up stories, and the ways the rule tests read a made-up story's places."""
from __future__ import annotations

import re

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import InMemoryGazetteer
from newsevents.geo.resolve import haversine_km
from newsevents.records import Article, Place, Sentence, Span


def gold_article(text: str, *names: str, article_id: str = "a1") -> Article:
    spans, pos = [], 0
    for n in names:
        i = text.index(n, pos)
        spans.append(Span(i, i + len(n)))
        pos = i + len(n)
    return Article(article_id, text, toponyms=tuple(spans))


def read_gold(gp: GeoParser, text: str, *names: str) -> list[Place]:
    """The places the parser gives for the gold spans `names` (in order of first free occurrence)."""
    return list(gp.places(gold_article(text, *names), [], [], set()))


def full_stop_sentences(text: str) -> list[Sentence]:
    """Sentences split at ". " before a capital or a digit (enough for stories written for a test)."""
    out: list[Sentence] = []
    start = 0
    for m in re.finditer(r"\. (?=[A-Z0-9])|$", text):
        end = m.start() + (1 if m.group() else 0)
        out.append(Sentence(len(out), start, end, text[start:end]))
        start = m.end()
        if start >= len(text):
            break
    return out


def read_places(gp: GeoParser, text: str, ents: list[tuple[int, int, str]] | None = None) -> dict[str, Place]:
    """The places `gp` finds in `text`, by mention text; with `ents` (spaCy's labels) every sentence counts as
    parsed."""
    sents = full_stop_sentences(text)
    parsed = {s.sequence for s in sents} if ents is not None else set()
    return {p.text: p for p in gp.places(Article("a", text), sents, ents or [], parsed)}


def ent(text: str, name: str, label: str) -> tuple[int, int, str]:
    """A spaCy-style entity over the first `name` in `text`."""
    i = text.index(name)
    return (i, i + len(name), label)


def gold_places(gaz: InMemoryGazetteer, text: str, *names: str) -> list[Place]:
    """The readings of gold mentions `names` (in order) on `gaz` with the default weights."""
    return GeoParser(gaz, weights=WEIGHTS).places(gold_article(text, *names), [], [], set())


def geonameids(places: list[Place]) -> list[int | None]:
    return [p.geonameid for p in places]


def found_near(gp: GeoParser, text: str, name: str, lat: float, lon: float, km: float = 50.0) -> bool:
    """`name` is found in `text` (full-stop sentences) and every mention of it lies within `km` of (lat, lon)."""
    from newsevents.geo.resolve import haversine_km
    got = [p for p in gp.places(Article("r", text), full_stop_sentences(text), [], set()) if p.text == name]
    return bool(got) and all(p.lat is not None and p.lon is not None and haversine_km(p.lat, p.lon, lat, lon) < km
                             for p in got)


def near(place: Place, lat: float, lon: float, km: float = 30.0) -> bool:
    """The reading lies within `km` of (lat, lon)."""
    return place.lat is not None and place.lon is not None and haversine_km(place.lat, place.lon, lat, lon) <= km
