"""Toponym recognition: spaCy GPE/LOC/FAC spans where a sentence was parsed, a gazetteer name automaton
(Aho-Corasick over capitalised names) where it was not, and the dateline."""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.geo.names import fold
from newsevents.records import Sentence

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# spaCy labels whose spans are never places: a gazetteer hit inside one is a person, an organisation...
BLOCK_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
_HONORIFIC = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|St|President|"
                        r"Minister|King|Queen|Prince|Lord|Sir|Judge|Justice|Pope|Saint)\.?\s+)$")
# A capitalised word after a name usually makes it a person or an organisation ("Paris Hilton",
# "Washington Post"); these generic words keep it a place ("Gaza City" is matched whole anyway).
_PLACE_TAIL = frozenset({"City", "County", "Province", "State", "Region", "District", "Island", "Islands",
                         "Valley", "Governorate", "Oblast", "Prefecture", "Municipality", "Department",
                         "Strip", "Bay", "Sea", "Coast", "River", "Peninsula", "Mountains", "Desert", "Basin",
                         "Area", "Territory"})
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*)")
_PREV_WORD = re.compile(r"([A-Z][\w'\u2019-]*)[ \t]+$")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    source: str  # "gold", "ner", "gaz" or "dateline"


class NameAutomaton:
    """Aho-Corasick automaton over gazetteer names (the only gazetteer data held in memory)."""

    def __init__(self, names: Iterable[str], stoplist: Iterable[str] = ()) -> None:
        import ahocorasick

        stop = set(stoplist)
        self._a: Any = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        count = 0
        for name in names:
            for variant in {name, fold(name)}:
                if variant in stop or len(variant) < 3:
                    continue
                self._a.add_word(variant)
                count += 1
        self.size = count
        if count:
            self._a.make_automaton()

    def matches(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """Leftmost-longest whole-word matches within text[lo:hi], as article offsets."""
        if not self.size:
            return []
        found: list[tuple[int, int]] = []
        for end_idx, length in self._a.iter(text, lo, hi):
            end = end_idx + 1
            start = end - length
            if _word_bounded(text, start, end):
                found.append((start, end))
        found.sort(key=lambda se: (se[0], -(se[1] - se[0])))
        out: list[tuple[int, int]] = []
        last_end = -1
        for s, e in found:
            if s >= last_end:
                out.append((s, e))
                last_end = e
        return out


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "_")


def _is_sentence_initial(text: str, start: int, sent: Sentence) -> bool:
    return text[sent.start:start].strip() in ("", '"', "\u201c", "'", "(")


def plausible_gazetteer_hit(text: str, start: int, end: int, sent: Sentence) -> bool:
    """Reject gazetteer matches that are parts of person or organisation names."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    if after and after.group(1) not in _PLACE_TAIL:
        return False
    if text[end:end + 1] == "-" and text[end + 1:end + 2].islower():
        return True  # "Kabul-based"
    window = text[max(sent.start, start - 40):start]
    if _HONORIFIC.search(window):
        return False
    prev = _PREV_WORD.search(window)
    if prev and not _is_sentence_initial(text, start - len(prev.group(0)), sent):
        return False
    return True


def find_mentions(text: str, sentences: Sequence[Sentence], ents: Sequence[tuple[int, int, str]],
                  parsed: set[int], automaton: NameAutomaton | None) -> list[Mention]:
    """Toponym mentions, sorted by start, never overlapping."""
    out: list[Mention] = []
    blocked: list[tuple[int, int]] = []
    for s, e, label in ents:
        if label in PLACE_LABELS:
            out.append(Mention(s, e, text[s:e], "ner"))
        elif label in BLOCK_LABELS:
            blocked.append((s, e))
    if automaton is not None:
        taken = sorted([(m.start, m.end) for m in out] + blocked)
        for sent in sentences:
            if sent.sequence in parsed:
                continue
            for s, e in automaton.matches(text, sent.start, sent.end):
                if _overlaps(s, e, taken) or not plausible_gazetteer_hit(text, s, e, sent):
                    continue
                out.append(Mention(s, e, text[s:e], "gaz"))
    out.sort(key=lambda m: (m.start, -m.end))
    clean: list[Mention] = []
    for m in out:
        if clean and m.start < clean[-1].end:
            continue
        clean.append(m)
    return clean


def _overlaps(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < se and ss < e for ss, se in spans)
