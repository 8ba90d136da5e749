"""The trigger lexicon (data/models/lexicon.json): per PLOVER type, regex stems of words that express it, and per
type the stems that signal each mode. Used by the fast candidate screen, as classifier features, to pick the
trigger words, and to choose modes."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:
    from newsevents.coding.detect import StemIndex


@dataclass(frozen=True, slots=True)
class Lexicon:
    types: tuple[str, ...]
    trigger_res: Mapping[str, re.Pattern[str]]  # PLOVER type -> alternation of its trigger stems
    any_trigger: re.Pattern[str]
    mode_res: Mapping[str, Mapping[str, re.Pattern[str]]]  # type -> mode -> pattern
    acled_cues: Mapping[str, re.Pattern[str]]  # ACLED sub-event type -> unambiguous cue words
    context_res: Mapping[str, re.Pattern[str]]  # PLOVER context -> cue words in the sentence
    contexts_by_mode: Mapping[str, tuple[str, ...]]  # modes that imply a context (manual: cyber, misinformation)
    version: str


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    # \b at the start only: stems match inflections ("arrest" -> "arrested", "arrests").
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = json.loads(resources.files("newsevents.data.models").joinpath("lexicon.json").read_text("utf-8"))
    trig: dict[str, list[str]] = raw["triggers"]
    all_pats = [p for pats in trig.values() for p in pats]
    return Lexicon(
        types=tuple(trig),
        trigger_res={t: _alternation(p) for t, p in trig.items()},
        any_trigger=_alternation(sorted(set(all_pats), key=len, reverse=True)),
        mode_res={t: {m: _alternation(p) for m, p in modes.items()} for t, modes in raw["modes"].items()},
        acled_cues={s: _alternation(p) for s, p in raw.get("acled_cues", {}).items()},
        context_res={c: _alternation(p) for c, p in raw.get("contexts", {}).items()},
        contexts_by_mode={m: tuple(c) for m, c in raw.get("contexts_by_mode", {}).items()},
        version=str(raw.get("_version", "")),
    )


def type_hits(text: str, lex: Lexicon | None = None) -> dict[str, list[tuple[int, int]]]:
    """PLOVER type -> spans (sentence offsets) of its trigger stems in `text`."""
    lx = lex or load_lexicon()
    out: dict[str, list[tuple[int, int]]] = {}
    for t, rx in lx.trigger_res.items():
        spans = [(m.start(), m.end()) for m in rx.finditer(text)]
        if spans:
            out[t] = spans
    return out


# (round K7) "riot police", "riot gear": the police's kit names no riot (docs/coding.md: no riot either)
_RIOT_KIT = re.compile(r"(?i)\briot[- ](?=(?:police\w*|gear|squads?|shields?|control|units?|officers?|troops|"
                       r"helmets?|vans?|trucks?|forces?)\b)")


def without_riot_kit(text: str) -> str:
    """`text` without the word "riot" of the police's kit ("riot police" -> "police", which stays a cue)."""
    return _RIOT_KIT.sub(" ", text)


def mode_scores(event: str, text: str, lex: Lexicon | None = None) -> dict[str, int]:
    """Mode -> number of its stems found in `text`, for the modes of `event`."""
    lx = lex or load_lexicon()
    cues = _cue_index(lx).modes.get(event)
    if cues is not None:  # same counts as the loop below, faster (see _Cues)
        return {m: n for m, n in zip(cues.names, cues.counts(text)) if n}
    out: dict[str, int] = {}
    for mode, rx in lx.mode_res.get(event, {}).items():
        n = len(rx.findall(text))
        if n:
            out[mode] = n
    return out


def contexts_for(text: str, modes: tuple[str, ...], lex: Lexicon | None = None) -> tuple[str, ...]:
    """PLOVER contexts signalled in the sentence, plus those a mode implies (COERCE cyber -> cyber), in the
    manual's order. Sentence-level keyword cues: a light signal, not a document-level judgement."""
    lx = lex or load_lexicon()
    ix = _cue_index(lx)
    if ix.contexts is not None:
        found = {c for c, hit in zip(ix.contexts.names, ix.contexts.found(text)) if hit}
    else:
        found = {c for c, rx in lx.context_res.items() if rx.search(text)}
    for m in modes:
        found.update(lx.contexts_by_mode.get(m, ()))
    return tuple(sorted(found, key=ix.context_rank.__getitem__))


_WORD_START = re.compile(r"\b\w")  # an indexed stem begins with an ASCII word character after \b


class _Cues:
    """Named lexicon alternations answered with detect.StemIndex (same answers as the regexes, faster): one
    index over all their stems first keeps the word starts where any of them can match, and only those
    positions are tried for each alternation. Python's `re` otherwise tries every stem at every word start."""

    __slots__ = ("names", "_any", "_each")

    def __init__(self, names: tuple[str, ...], any_index: StemIndex, each: tuple[StemIndex, ...]) -> None:
        self.names = names
        self._any = any_index
        self._each = each

    @classmethod
    def build(cls, res: Mapping[str, re.Pattern[str]]) -> _Cues | None:
        """None when the alternations are empty, differ in flags, or have a shape StemIndex does not handle."""
        from newsevents.coding.detect import StemIndex  # detect imports this module

        flags = {rx.flags for rx in res.values()}
        if len(flags) != 1:
            return None
        each = [StemIndex.build(rx) for rx in res.values()]
        if any(ix is None for ix in each):
            return None
        indexes = tuple(ix for ix in each if ix is not None)
        stems = [s for ix in indexes for s in ix.stems]
        any_index = StemIndex.build(re.compile(r"\b(?:" + "|".join(f"(?:{s})" for s in stems) + ")", flags.pop()))
        return cls(tuple(res), any_index, indexes) if any_index is not None else None

    def _positions(self, text: str) -> list[int]:
        """Ascending positions where some stem matches: every match of every alternation starts at one."""
        match = self._any.match
        return [p for p in (m.start() for m in _WORD_START.finditer(text)) if match(text, p) is not None]

    def found(self, text: str) -> list[bool]:
        """Per alternation: `rx.search(text) is not None`."""
        pos = self._positions(text)
        return [any(ix.match(text, p) is not None for p in pos) for ix in self._each] if pos else \
            [False] * len(self._each)

    def counts(self, text: str) -> list[int]:
        """Per alternation: `len(rx.findall(text))`."""
        pos = self._positions(text)
        return [ix.count(text, pos) for ix in self._each] if pos else [0] * len(self._each)


@dataclass(frozen=True, slots=True)
class _CueIndex:
    contexts: _Cues | None
    modes: Mapping[str, _Cues]  # type -> its modes; a type missing here uses its regexes
    context_rank: Mapping[str, int]  # context -> its place in the manual's order (as `contexts_for` sorts)


# id(lexicon) -> (lexicon, its index); the lexicon is kept so that its id is not reused (lexicons hold dicts,
# so they cannot be hashed). Lexicons are few: the bundled one is loaded once.
_CUE_INDEXES: dict[int, tuple[Lexicon, _CueIndex]] = {}


def _cue_index(lx: Lexicon) -> _CueIndex:
    hit = _CUE_INDEXES.get(id(lx))
    if hit is None or hit[0] is not lx:
        if len(_CUE_INDEXES) >= 8:
            _CUE_INDEXES.clear()
        order = list(lx.context_res) + [c for cs in lx.contexts_by_mode.values() for c in cs]
        rank: dict[str, int] = {}
        for i, c in enumerate(order):
            rank.setdefault(c, i)  # list.index: the first place
        modes = {t: cues for t, res in lx.mode_res.items() if res and (cues := _Cues.build(res)) is not None}
        ctx = _Cues.build(lx.context_res) if lx.context_res else None
        hit = _CUE_INDEXES[id(lx)] = (lx, _CueIndex(ctx, modes, rank))
    return hit[1]
