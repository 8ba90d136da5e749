"""Pieces of a story for the whole-story review tests: places, sentences and triggers found by their words, a
dateline, and the event location of one sentence."""
from __future__ import annotations

from typing import Any

from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place, Sentence, Trigger


def place(text: str, name: str, cc: str, res: int, feature: str = "PPL", nth: int = 0,
          province: str | None = None) -> Place:
    """The `nth` occurrence of `name` in `text` as a resolved place (a made-up id, point (1, 1))."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return Place(i, i + len(name), name, name, abs(hash((name, cc))) % 10**6, 1.0, 1.0, cc, feature, province, res)


def sentence(text: str, words: str, seq: int = 1) -> Sentence:
    i = text.index(words)
    return Sentence(seq, i, i + len(words), words)


def trigger(text: str, word: str, after: int = 0) -> Trigger:
    i = text.index(word, after)
    return Trigger(i, i + len(word), word)


def dateline(name: str) -> Any:
    return lambda t: (0, len(name)) if t.startswith(name) else None


def where(text: str, sent: str, trig: str, places: list[Place], dateline_words: str) -> Location | None:
    """The event location of the sentence `sent` with the trigger word `trig`, under the dateline's words."""
    s = sentence(text, sent)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places,
                          dateline=dateline(dateline_words))
