"""Rule-based sentence splitting and dateline detection for English news.

No spaCy here: the splitter runs over every article, so it is one regex scan over candidate
boundaries plus a few set look-ups per candidate (well above 5 MB/s). Offsets are Python string
indices into the text given; `Sentence.text == text[start:end]`, trimmed of surrounding whitespace.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsevents.records import Sentence

__all__ = ["split_sentences", "find_dateline", "Dateline"]

# A newline ends a sentence (headlines, paragraphs, list items) unless it only wraps a long line
# (see `_soft_wrap`); otherwise a run of
# terminal punctuation, optional closing quotes/brackets, then whitespace or the end of the text.
_BOUNDARY = re.compile(r"\r\n?|\n|[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)")
# The word after a candidate boundary, past spaces and opening quotes/brackets (never past a newline).
_NEXT_WORD = re.compile(r"[^\S\r\n]*[\"'\u201c\u2018(\[]*([^\s\"'\u201d\u2019)\],;:.!?]*)")
_OPENERS = "\"'\u201c\u2018(["
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_HAS_WORD = re.compile(r"\w")

# Abbreviations that are (almost) never the last word of a sentence: titles and month names
# precede a name or a number.
_NEVER_FINAL = frozenset("""
Mr. Mrs. Ms. Messrs. Mmes. Dr. Drs. Gen. Gens. Lt. Col. Cols. Sgt. Capt. Cpt. Maj. Adm. Brig. Cmdr. Cdr. Cpl.
Pvt. Gov. Govs. Sen. Sens. Rep. Reps. Prof. Rev. Hon. Pres. Supt. Insp. Amb. Atty. Gen.-Lt. Fr. Mt. Ft.
St. Ste. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. vs. v. e.g. i.e. cf. approx. Nos. Art.
Vol. Fig. Ch. Sec. Para. Dept. Univ. Ave. Blvd. Rd. Hwy.
""".split())
# Abbreviations that often end a sentence too ("... in the U.S. The ..."): split only when the next
# word is a typical sentence opener.
_MAYBE_FINAL = frozenset("""
Inc. Corp. Co. Ltd. Bros. Plc. PLC. LLC. etc. a.m. p.m. U.S. U.N. U.K. E.U. U.S.A. D.C.
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo.
Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Va. Vt. Wash. Wis. Wyo. al. Jr. Sr.
""".split())
_STARTERS = frozenset("""
the a an he she it they we i you his her its their our my this that these those there here in on at
but and or so yet however meanwhile still also after before when while as if though although since
because during with without by for from of to about officials police authorities witnesses residents
no one some many most several all both neither none what who why how where which mr mrs ms dr
""".split())


def split_sentences(text: str) -> list[Sentence]:
    """Split news text into sentences with offsets into `text`, numbered from 0."""
    out: list[Sentence] = []
    seg_start = 0
    for m in _BOUNDARY.finditer(text):
        punct = m.group()
        if punct[0] in "\r\n":
            if _soft_wrap(text, m.start(), m.end()):
                continue
            _emit(text, seg_start, m.start(), out)
            seg_start = m.end()
        elif _is_boundary(text, seg_start, m.start(), m.end(), punct):
            _emit(text, seg_start, m.end(), out)
            seg_start = m.end()
    _emit(text, seg_start, len(text), out)
    return out


_LINE_START = re.compile(r"[^\S\r\n]*(\S+)")
_LIST_ITEM = re.compile(r"[-*\u2022\u2013\u2014>#|]|\d+[.)]|\(?[a-z]\)$")
WRAP_MIN = 40  # a hard-wrapped line is long; a headline or list item on its own line is usually short


def _soft_wrap(text: str, nl_start: int, nl_end: int) -> bool:
    """A single newline inside a hard-wrapped paragraph (fixed-width wire copy): not a sentence end.

    The line must be long and end mid-sentence, and the next line must go on with ordinary words
    (no blank line, list item, or ALL-CAPS dateline/header)."""
    line_start = text.rfind("\n", 0, nl_start) + 1
    line = text[line_start:nl_start].strip()
    if len(line) < WRAP_MIN or line[-1] in ".!?:;\"\u201d\u2019)]\u2026":
        return False
    m = _LINE_START.match(text, nl_end)
    if m is None or "\n" in text[nl_end:m.start(1)]:
        return False
    word = m.group(1)
    if _LIST_ITEM.match(word):
        return False
    letters = [c for c in word if c.isalpha()]
    return not (len(letters) >= 3 and all(c.isupper() for c in letters))


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    s = start + (len(chunk) - len(chunk.lstrip()))
    e = s + len(stripped)
    if out and _HAS_WORD.search(stripped) is None and "\n" not in text[out[-1].end:s]:
        # stray punctuation (". . .", a lone "…") belongs to the sentence before it on the same line
        prev = out[-1]
        out[-1] = Sentence(prev.sequence, prev.start, e, text[prev.start:e])
        return
    out.append(Sentence(len(out), s, e, stripped))


def _is_boundary(text: str, seg_start: int, p_start: int, p_end: int, punct: str) -> bool:
    nxt = _NEXT_WORD.match(text, p_end)
    if nxt is None:  # cannot happen: every part of the pattern is optional
        return True
    word = nxt.group(1)
    if not word:
        # end of text or line: a boundary; but ". . ." spaced out is one ellipsis
        return not text.startswith((".", "\u2026"), nxt.end())
    if word[0].islower():
        return False  # "etc. and", '"Help!" he shouted', "... and then"
    if punct[0] != "." or len(punct.rstrip("\"'\u201d\u2019)]")) > 1 or punct[-1] != ".":
        # !, ?, ellipses, or a full stop inside closing quotes/brackets ('."', '.)')
        return True
    # A single full stop right after a word: look at that word.
    sp = text.rfind(" ", seg_start, p_start)
    tok = text[max(sp + 1, seg_start):p_end].lstrip(_OPENERS)
    if tok in _NEVER_FINAL:
        return False
    if tok == "No." or tok == "Nos.":
        return not word[0].isdigit()
    if tok in _MAYBE_FINAL or _is_initial(tok) or _DOTTED.fullmatch(tok):
        return word.lower() in _STARTERS
    return True


def _is_initial(tok: str) -> bool:
    """A single capital letter: "John F. Kennedy"."""
    return len(tok) == 2 and tok[0].isupper()


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place of a news dateline ("KHARTOUM, Sudan, March 3 (AP) —"): its text and offsets."""

    place: str
    start: int
    end: int
    body: int = -1  # where the story text begins, after the dateline's dash (or colon)


# Place words: capitalised (BEIRUT, Kyiv, Port-au-Prince, St.) or a lower-case name connector.
_CAPW = r"[A-Z][\w'\u2019.\-]*"
_CONN = r"(?:of|de|da|do|del|della|di|du|dos|das|al|el|la|le|es|ad|upon|on|the|and)"
_PART = rf"{_CAPW}(?:[ \t]+(?:{_CONN}[ \t]+)?{_CAPW}){{0,4}}"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DL_DATE = rf"(?:,?[ \t]+(?:{_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH})(?:,?[ \t]+\d{{4}})?)"
_DL_SOURCE = r"(?:[ \t]*\([A-Za-z][\w.&'\u2019 \-]{0,40}\))"
_DL_DASH = r"[ \t]*(?:--?|\u2014|\u2013|:)(?=[ \t])"
_DATELINE = re.compile(
    rf"(?P<place>{_PART}(?:,[ \t]*{_PART}){{0,2}})(?P<date>{_DL_DATE})?"
    rf"(?:(?P<src>{_DL_SOURCE})(?P<dash>{_DL_DASH})?|(?P<dash2>{_DL_DASH}))"
)
_FIRST_LINES = re.compile(r"[^\S\n]*([^\n]*)")


def find_dateline(text: str) -> Dateline | None:
    """The dateline place at the start of the body ("BEIRUT (Reuters) -", "Kyiv, Ukraine —"), if any.

    The body is the first non-empty line, or the second one when the first is a title line."""
    for line_start in _body_starts(text, 2):
        dl = _match_dateline(text, line_start)
        if dl is not None:
            return dl
    return None


def _body_starts(text: str, limit: int) -> list[int]:
    starts: list[int] = []
    for m in _FIRST_LINES.finditer(text):
        if m.group(1).strip():
            starts.append(m.start(1))
            if len(starts) == limit:
                break
        if m.end() >= len(text):
            break
    return starts


def _match_dateline(text: str, pos: int) -> Dateline | None:
    m = _DATELINE.match(text, pos)
    if m is None:
        return None
    place = m.group("place").rstrip(" \t,")
    dash = m.group("dash") or m.group("dash2") or ""
    if dash.strip() == ":" and not place.isupper():
        return None  # "NEW DELHI: ..." yes; "Police: ..." no
    if len(place) > 60:
        return None
    start = m.start("place")
    body = m.end("dash") if m.group("dash") else m.end("dash2") if m.group("dash2") else m.end()
    return Dateline(place, start, start + len(place), body)
