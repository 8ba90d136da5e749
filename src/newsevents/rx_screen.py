"""Literal screens for regular expressions: skip a search that cannot match.

A pattern like `\\b(\\d+|an?|one|two)\\s+(day|week)s?\\s+ago\\b` is tried by `re` at every position of a text, yet it
can only match where the text holds "ago". `required_literals` reads that from the compiled pattern's syntax tree:
sets of lower-case ASCII strings such that every match contains a string of each set (None when the pattern names
none for sure).
`folded` lowers a text once, and `may_match` tells whether the search is worth running. A skipped search is one
whose answer was "no match", so the results are the same, only faster.

Case: a match of a literal ASCII letter under IGNORECASE is the letter in either case, or one of four other
characters (dotted and dotless I, long s, Kelvin sign; `RE_I_TWINS`). A text holding any of those is not screened.
"""
from __future__ import annotations

import re
from typing import Any

# The non-ASCII characters `re` matches to an ASCII letter under IGNORECASE (tests check that there are no others).
RE_I_TWINS = frozenset("\u0130\u0131\u017f\u212a")

try:  # the parser is internal to `re` (Python 3.11+ names); without it nothing is screened
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover
    _C = _P = None  # type: ignore[assignment]


Need = tuple[frozenset[str], ...]  # every set must be met: the text holds one string of each

_MAX_SETS = 3  # (the most telling ones; more would cost more substring tests than they save)


def _rank(s: frozenset[str]) -> tuple[int, int]:
    return min(len(x) for x in s), -len(s)


def _sequence(items: Any) -> list[frozenset[str]]:
    """What a sequence of pattern items requires, each set necessary: a run of literal ASCII characters, or what one
    item that must match requires (a group, an alternation all of whose branches require something, a repeat of
    at least one)."""
    cands: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            cands.append(frozenset(["".join(run)]))
            run = []
        if op is _C.SUBPATTERN:
            cands.extend(_sequence(av[-1]))
        elif op is _C.BRANCH:
            alts = [_sequence(a) for a in av[1]]
            if all(alts):  # each branch's most telling set; the match holds a string of one of them
                cands.append(frozenset().union(*(max(a, key=_rank) for a in alts)))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            cands.extend(_sequence(av[2]))
    if run:
        cands.append(frozenset(["".join(run)]))
    return [c for c in cands if c and all(c)]


def required_literals(rx: re.Pattern[str]) -> Need | None:
    """Sets of lower-case strings, each of which has a member in every match of `rx` (in `folded` text), or None."""
    if _P is None or not isinstance(rx.pattern, str):
        return None
    try:
        need = _sequence(_P.parse(rx.pattern, rx.flags))
    except Exception:  # a pattern shape this reader does not know: screen nothing
        return None
    unique = sorted(set(need), key=_rank, reverse=True)[:_MAX_SETS]
    return tuple(unique) if unique else None


def folded(text: str) -> str | None:
    """`text` lowered for `may_match`, or None when it holds a character IGNORECASE matches to another letter."""
    if not text.isascii() and not RE_I_TWINS.isdisjoint(text):
        return None
    return text.lower()


def may_match(need: Need | None, low: str | None) -> bool:
    """False only when no match is possible: the text (`folded`) holds no string of one of the required sets."""
    if need is None or low is None:
        return True
    for one in need:  # (plain loops: this runs for every pattern of every text, generators cost more than the tests)
        for x in one:
            if x in low:
                break
        else:
            return False
    return True


__all__ = ["RE_I_TWINS", "Need", "required_literals", "folded", "may_match"]
