"""Event location: where an event happened, from the places of its sentence, the dateline, or the
story's focus."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from newsevents.records import Article, Location, Place, Sentence, Trigger

# "in X", "near X", "off the coast of X": the place the event happened, rather than who did it.
_PREP = re.compile(r"(?i)\b(?:in|near|at|outside|around|across|inside|throughout|on|off|into|along|"
                   r"within|towards?|over|of|coast\s+of|north\s+of|south\s+of|east\s+of|west\s+of|"
                   r"outskirts\s+of)\s+(?:the\s+)?(?:[a-z-]+\s+)?$")
_FROM = re.compile(r"(?i)\b(?:from|to|for|with|by|against)\s+(?:the\s+)?$")
_SEA = frozenset({"SEA", "OCN", "GULF", "STRT", "BAY", "CNL", "ISLS", "ISL", "SHOL", "RF"})


def _sentence_score(text: str, p: Place, trigger: Trigger | None, sentence: Sentence) -> float:
    window = text[max(sentence.start, p.start - 30):p.start]
    score = 0.0
    if _PREP.search(window):
        score += 2.0
    elif _FROM.search(window):
        score -= 0.5
    res = p.resolution or 1
    score += 0.3 * min(res, 4)
    if p.feature_code in _SEA:
        score += 0.6  # events at sea are located at the named sea / island group
    if trigger is not None:
        gap = p.start - trigger.end if p.start >= trigger.end else trigger.start - p.end
        score -= min(abs(gap), 300) / 150.0
    return score


def event_location(article: Article, sentence: Sentence, trigger: Trigger | None, places: Sequence[Place],
                   dateline: Callable[[str], tuple[int, int] | None] | None = None,
                   country_place: Callable[[str], Place | None] | None = None) -> Location | None:
    resolved = [p for p in places if p.lat is not None]
    in_sent = [p for p in resolved if p.start >= sentence.start and p.end <= sentence.end]
    if in_sent:
        best = max(in_sent, key=lambda p: (_sentence_score(article.text, p, trigger, sentence), -p.start))
        return Location.from_place(best)
    if dateline is not None:
        span = dateline(article.text)
        if span is not None:
            hits = [p for p in resolved if p.start < span[1] and span[0] < p.end]
            if hits:
                return Location.from_place(max(hits, key=lambda p: p.resolution or 0))
    return _focus(resolved, country_place)


def _focus(resolved: Sequence[Place], country_place: Callable[[str], Place | None] | None) -> Location | None:
    """The story's focus: its most mentioned specific place in its most mentioned country."""
    if not resolved:
        return None
    countries = Counter(p.country_code for p in resolved if p.country_code)
    if not countries:
        return Location.from_place(resolved[0])
    top_country = countries.most_common(1)[0][0]
    in_country = [p for p in resolved if p.country_code == top_country]
    specific = Counter(p.geonameid or p.text for p in in_country if (p.resolution or 0) >= 2)
    if specific:
        key, n = specific.most_common(1)[0]
        if n >= 2:
            return Location.from_place(next(p for p in in_country if (p.geonameid or p.text) == key))
    whole = [p for p in in_country if (p.resolution or 0) == 1]
    if whole:
        return Location.from_place(whole[0])
    if country_place is not None:
        cp = country_place(top_country)
        if cp is not None:
            return Location.from_place(cp)
    return Location.from_place(in_country[0])
