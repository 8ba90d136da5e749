"""Pieces of a story for the whole-story review tests: places, sentences and triggers found by their words, a
dateline, the event location of one sentence, and the pipeline run with a fake coder and geoparser."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

import spacy

from newsevents.coding.size import extract_size
from newsevents.geo.locate import event_location
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Entity, Event, Location, Place, Sentence, Trigger
from newsevents.segment import split_sentences


def place(text: str, name: str, cc: str, res: int, feature: str = "PPL", nth: int = 0,
          province: str | None = None) -> Place:
    """The `nth` occurrence of `name` in `text` as a resolved place (a made-up id, point (1, 1))."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return Place(i, i + len(name), name, name, abs(hash((name, cc))) % 10**6, 1.0, 1.0, cc, feature, province, res)


def location(text: str, name: str, cc: str, nth: int = 0) -> Location:
    """The `nth` occurrence of `name` in `text` as an event location (a made-up id, point (1, 1), town level)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return Location(name, name, abs(hash((name, cc))) % 10**6, 1.0, 1.0, None, cc, "PPL", 4, i, i + len(name))


def period_sentences(text: str) -> list[Sentence]:
    """`text` cut into sentences at ". " (the stories of the date tests hold no other full stop)."""
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        words = part if part.endswith(".") else part + "."
        j = text.index(words.rstrip("."), start)
        out.append(Sentence(i, j, j + len(words), words))
        start = j + len(words)
    return out


def sentence(text: str, words: str, seq: int = 1) -> Sentence:
    i = text.index(words)
    return Sentence(seq, i, i + len(words), words)


def trigger(text: str, word: str, after: int = 0) -> Trigger:
    i = text.index(word, after)
    return Trigger(i, i + len(word), word)


def made_event(text: str, seq: int, sent: str, trig: str, event: str = "ASSAULT", *, mode: tuple[str, ...] = (),
           when: str | None, aux: tuple[str, ...] = (),
           actor: tuple[str, str | None, str | None] | None = None,
           recipient: tuple[str, str | None, str | None] | None = None, loc: Location | None = None) -> Event:
    """An event of sentence `seq` (found by its words `sent`) with the trigger `trig`, the parties given as
    (words, code, sector), counts read from the sentence and the given date and location."""
    s = sentence(text, sent, seq)
    t = trigger(text, trig, s.start)

    def ents(p: tuple[str, str | None, str | None] | None) -> tuple[Entity, ...]:
        if p is None:
            return ()
        i = s.start + s.text.index(p[0])
        return (Entity(p[0], i, i + len(p[0]), p[1], p[2]),)
    return Event(id="", event=event, mode=mode, context=(), quad_code=4, event_scale=-5.0, cameo_root="00",
                 acled_event_type=None, acled_sub_event_type=None, actor=ents(actor), recipient=ents(recipient),
                 trigger=t, event_loc=loc, date=when, date_precision="day" if when else None, aux=aux,
                 size=extract_size(s.text), event_text=s.text, sentence=s, confidence=0.9)


def dateline(name: str) -> Any:
    return lambda t: (0, len(name)) if t.startswith(name) else None


def where(text: str, sent: str, trig: str, places: list[Place], dateline_words: str) -> Location | None:
    """The event location of the sentence `sent` with the trigger word `trig`, under the dateline's words."""
    s = sentence(text, sent)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places,
                          dateline=dateline(dateline_words))


def land(cc: str) -> Place | None:
    """A stand-in country place for `event_location(country_place=...)`: the country `cc` at country level."""
    return Place(0, 0, f"Land-{cc}", f"Land-{cc}", 900, 5.0, 5.0, cc, "PCLI", None, 1)


def located(text: str, trig: str, places: list[Place]) -> Location | None:
    """The event location of the first sentence holding `trig`, with `land` as the country fallback."""
    s = next(s for s in split_sentences(text) if trig in s.text)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          country_place=land)


# --- the pipeline with fakes that code given words and locate with the real rules -----------------------

Party = tuple[str, str | None, str | None]  # (words, code, sector)


@dataclasses.dataclass(frozen=True)
class Spec:
    """An event the fake coder finds wherever `trigger` is written."""
    trigger: str
    event: str
    quad: int
    mode: tuple[str, ...] = ()
    actor: tuple[Party, ...] = ()
    recipient: tuple[Party, ...] = ()
    context: tuple[str, ...] = ()


class SpecCoder:
    """Codes every sentence that holds a spec's trigger word as that spec's event (real counts)."""

    def __init__(self, specs: list[Spec]) -> None:
        self.specs = specs

    def code_batch(self, article: Article, items: list[tuple[Sentence, Any]],
                   add_entities: Any = None, screened: bool = False) -> list[Event]:
        out = []
        for sent, _doc in items:
            for sp in self.specs:
                i = sent.text.find(sp.trigger)
                if i < 0:
                    continue

                def ents(parts: tuple[Party, ...]) -> tuple[Entity, ...]:
                    return tuple(Entity(w, sent.start + sent.text.index(w), sent.start + sent.text.index(w) + len(w),
                                        c, s) for w, c, s in parts)
                start = sent.start + i
                out.append(Event(id="", event=sp.event, mode=sp.mode, context=sp.context, quad_code=sp.quad,
                                 event_scale=-5.0, cameo_root="00", acled_event_type=None,
                                 acled_sub_event_type=None, actor=ents(sp.actor), recipient=ents(sp.recipient),
                                 trigger=Trigger(start, start + len(sp.trigger), sp.trigger), event_loc=None,
                                 date=None, date_precision=None, aux=(), size=extract_size(sent.text),
                                 event_text=sent.text, sentence=sent, confidence=0.9, article_id=article.id))
        return out


class NamesGeo:
    """Places every occurrence of the given names, (name, country, resolution, feature[, province]); event
    locations come from the real rules under the dateline's words."""

    def __init__(self, names: Sequence[tuple[Any, ...]], dateline_words: str) -> None:
        self.names = names
        self.dateline = dateline_words

    def places(self, article: Article, sentences: list[Sentence], ents: list[tuple[int, int, str]],
               parsed: set[int]) -> list[Place]:
        out = []
        for name, cc, res, feat, *prov in self.names:
            i = article.text.find(name)
            while i >= 0:
                out.append(Place(i, i + len(name), name, name, abs(hash(name)) % 10**6, 1.0, 1.0, cc, feat,
                                 prov[0] if prov else None, res))
                i = article.text.find(name, i + 1)
        return sorted(out, key=lambda p: p.start)

    def event_location(self, article: Article, sentence: Sentence, trigger: Trigger | None,
                       places: list[Place]) -> Location | None:
        return event_location(article, sentence, trigger, places, dateline=dateline(self.dateline))


def run_story(text: str, specs: list[Spec], names: Sequence[tuple[Any, ...]], dateline_words: str,
              published: date) -> list[Event]:
    """The events of one story through the real pipeline with the fake coder and geoparser."""
    res = Pipeline(spacy.blank("en"), SpecCoder(specs), NamesGeo(names, dateline_words)).run_one(
        Article("a", text, published=published))
    assert res.error is None
    return list(res.events)
