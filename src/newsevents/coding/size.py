"""Casualty and arrest counts (size.dead / size.injured / size.arrested) from the sentence text.

Conventions (documented for users of the data):
- A number before or after a kill/injure/arrest word counts for that field: "killed more than 130" -> 130,
  "39 people were killed" -> 39, "four were wounded" -> 4, "arrested 12 protesters" -> 12.
- Hedges keep the stated figure: "at least 28", "more than 130", "over 50", "nearly 40", "up to 10" -> the number.
- Vague quantities use fixed lower-bound readings: "a dozen" 12, "dozens" 24, "scores" 40, "hundreds" 200,
  "thousands" 2000, "several" 3, "a few" 3, "a couple" 2; "a/an/one" 1. Bare "some"/"many" give no count.
- Words count too: "one" .. "ninety-nine", "a hundred", "1,200", "1.5 million".
- When a sentence gives several figures for the same field, the largest is kept (tolls are usually updated upward).
- Four-digit numbers 1900-2100 are read as years, not counts.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsevents.records import Size

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_VAGUE = {"a dozen": 12, "dozen": 12, "dozens": 24, "dozens of": 24, "scores": 40, "scores of": 40,
          "hundreds": 200, "hundreds of": 200, "thousands": 2000, "thousands of": 2000, "several": 3,
          "a few": 3, "a couple of": 2, "a couple": 2, "a": 1, "an": 1, "a hundred": 100}
_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
            r"seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
NUM = (r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?|" + _WORDNUM +
       r"(?:\s+(?:hundred|thousand))?|a dozen|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|"
       r"several|a few|a couple(?: of)?|a hundred)")
HEDGE = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly|approximately|as many as|an estimated|a total of|another|at most|fewer than|less than)\s+)?"
FILL = (r"(?:(?!(?:and|or|but|while|when|after|before|as|were|was|are|is|have|has|had|been)\b)"
        r"[A-Za-z'()-]+\s+){0,6}?")  # "39 people", "four Palestinian youths", "12 suspected militants"

_FIELD_WORDS = {
    "dead": r"(?:killed|killing|kills|kill|dead|died|die|slain|murdered|massacred|executed|shot dead|gunned down|"
            r"beheaded|lost their lives|perished|deaths?|fatalities|bodies)",
    "injured": r"(?:wounded|wounding|injured|injuring|injuries|hurt|wounds|maimed|hospitali[sz]ed)",
    "arrested": r"(?:arrested|arresting|arrests?|detained|detaining|detentions?|rounded up|taken into custody|"
                r"apprehended|nabbed|picked up|jailed|captured|in custody)",
}
_AUX = r"(?:(?:were|was|have been|has been|had been|are|is|been|got|being|reportedly|also|later|allegedly)\s+)*"


def _patterns(words: str) -> list[re.Pattern[str]]:
    return [
        # verb/noun then number: "killed more than 130", "arrested 12 protesters", "the deaths of 5"
        re.compile(rf"\b{words}\s+(?:of\s+)?{HEDGE}{NUM}\b", re.IGNORECASE),
        # number then (filler) then passive/adjective: "39 people were killed", "four were wounded", "12 dead"
        re.compile(rf"\b{HEDGE}{NUM}\s+{FILL}{_AUX}{words}\b", re.IGNORECASE),
        # toll phrasing: "death toll rose to 50", "toll of 12"
        re.compile(rf"\btoll\s+(?:\w+\s+){{0,3}}?(?:to|of|at)\s+{HEDGE}{NUM}\b", re.IGNORECASE)
        if "killed" in words else re.compile(r"(?!x)x"),
    ]


@lru_cache(maxsize=1)
def _pattern_table() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """(field, patterns) pairs, compiled once per process."""
    return tuple((f, tuple(_patterns(w))) for f, w in _FIELD_WORDS.items())


def parse_number(s: str) -> int | None:
    """'12' -> 12, '1,200' -> 1200, 'four' -> 4, 'twenty-one' -> 21, 'dozens' -> 24, '1.5 million' -> 1500000."""
    t = " ".join(s.lower().replace("-", " ").split())
    if t in _VAGUE:
        return _VAGUE[t]
    mult = 1
    for word, m in (("million", 1_000_000), ("thousand", 1000), ("hundred", 100)):
        if t.endswith(" " + word):
            t, mult = t[: -len(word) - 1].strip(), m
            break
    try:
        return int(float(t.replace(",", "")) * mult)
    except ValueError:
        pass
    parts = t.split()
    if len(parts) == 1 and parts[0] in _UNITS:
        return _UNITS[parts[0]] * mult
    if parts and parts[0] in _TENS:
        return (_TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)) * mult
    return None


def _is_year(text: str, m: re.Match[str]) -> bool:
    num = m.group("num")
    if not re.fullmatch(r"(19|20)\d\d", num):
        return False
    # counts of 1900-2100 are far rarer in news than years ("in 2014", "since 1994"): treat them as years
    return True


def extract_size(text: str) -> Size:
    """Counts of dead, injured and arrested people stated in `text` (None where not stated)."""
    vals: dict[str, int | None] = {}
    for fld, pats in _pattern_table():
        best: int | None = None
        for rx in pats:
            for m in rx.finditer(text):
                if _is_year(text, m):
                    continue
                n = parse_number(m.group("num"))
                if n is not None and n < 10_000_000 and (best is None or n > best):
                    best = n
        vals[fld] = best
    return Size(vals["dead"], vals["injured"], vals["arrested"])
