"""The trigger lexicon (data/models/lexicon.json): per PLOVER type, regex stems of words that express it, and per
type the stems that signal each mode. Used by the fast candidate screen, as classifier features, to pick the
trigger words, and to choose modes."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Mapping


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


def mode_scores(event: str, text: str, lex: Lexicon | None = None) -> dict[str, int]:
    """Mode -> number of its stems found in `text`, for the modes of `event`."""
    lx = lex or load_lexicon()
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
    found = {c for c, rx in lx.context_res.items() if rx.search(text)}
    for m in modes:
        found.update(lx.contexts_by_mode.get(m, ()))
    order = list(lx.context_res) + [c for cs in lx.contexts_by_mode.values() for c in cs]
    return tuple(sorted(found, key=order.index))
