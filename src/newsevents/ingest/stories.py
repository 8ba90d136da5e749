"""Split a text file into news stories, and read each story's header, headline, byline and date.

Story text is always an exact slice of the input: ``text[story.offset:story.offset + len(story.text)]``,
so offsets found in a story map back to the file. Header lines, the headline, a byline and a date line
before the body are left out of ``Story.text``; end matter after it ("(Reporting by ...)", "END",
"-30-", "Copyright ...") is trimmed.

Modes (``SPLIT_MODES``):
- ``none``: the whole file is one story (its leading header / headline still become metadata).
- ``blank``: every blank-line-separated block is a story; blocks holding only metadata (header lines,
  a date line, a byline) or a headline attach to the block after them.
- ``auto``: a new story starts at a separator line (---, ===, ***, ###, a form feed), after an end
  marker, at a repeated header block (``Title:``), at a paragraph opening with a dateline
  ("BEIRUT (Reuters) -", "MANILA, Philippines (AP) —", "WASHINGTON —"), at a short headline line
  followed by a body paragraph, at a date line or byline after body text, and at a gap of two or more
  blank lines when the file otherwise uses single blank lines. Paragraphs without a cue stay with the
  story before them; photo captions ("(AP Photo/...)", "(Source: Getty)") are neither body nor cue.
  Headline cues mid-file need at most 16 words and a body paragraph after them. Known limit: a
  sub-heading or an uncredited caption inside a long feature looks like a headline and splits it
  (2% of the 200 GeoWebNews articles are split at least once; 182 of their 200 stories are found
  when all are concatenated as headline + body with blank lines between).

Dates: a ``Published:``/``Date:`` header or a date line of its own ("March 12, 2024") gives the
story's date. A dateline with only a month and day ("KHARTOUM, Sudan, March 3 (AP) —") takes the
year of the ``published`` argument (one year earlier when that would be more than a week after it);
without that argument such a story has no date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsevents.ingest.dates import MONTH, month_day, parse_date_line, parse_loose_date

SPLIT_MODES: tuple[str, ...] = ("auto", "blank", "none")


@dataclass(frozen=True, slots=True)
class Story:
    """One story of a text file. ``offset`` is where ``text`` starts in the file's (decoded) text."""

    text: str
    title: str | None
    published: date | None
    offset: int
    url: str | None = None
    source: str | None = None


# --- line classes --------------------------------------------------------------------------------------

_SEP = re.compile(r"^\s*(?:[-=*_~#]\s*){3,}$")
_HEADER = re.compile(r"^\s*(Title|Headline|Published|Date|Dateline|Source|URL|Link|Author|Byline)\s*:\s*(.*?)\s*$",
                     re.I)
_TITLE_KEYS = ("title", "headline")
_END = re.compile(
    r"^\s*(?:END|ENDS|-30-|-0-|\(END\)"
    r"|\(?(?:Additional reporting|Reporting|Writing|Editing|Compiled|Edited) by\b.{0,300}"
    r"|(?:Copyright\b|©|\([cC]\)\s*\d{4}).{0,200})\s*$")
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'’-]*(?:[ ,&]+(?:and\s+)?[A-Z][\w.'’-]*){0,8}\s*$")
_AGENCIES = (r"AP|AFP|Reuters|UPI|dpa|DPA|Xinhua|ANI|PTI|IANS|Bernama|Anadolu|Yonhap|Kyodo|TASS|EFE|ANSA|"
             r"KUNA|WAFA|IRNA|SANA|NNA|CNN|BBC|Al Jazeera|VOA|RFE/RL|Interfax|APA|IPS|Sputnik")
_QUAL = r"(?:,\s*[A-Z0-9][\w.'’-]*(?:\s+[A-Za-z0-9][\w.'’-]*){0,3})"
_DASH = r"(?:—|–|--|-)"
_DATELINE = re.compile(
    # ALL-CAPS place, optional ", Country" / ", March 3" parts, optional (Agency), then a dash
    rf"^\s*(?=[A-Z][A-Z .'’-]{{3,}})[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}}{_QUAL}{{0,3}}\s*(?:\([\w /.]{{2,30}}\))?\s*{_DASH}\s*\S"
    # or any-case place with a known agency in brackets: "Kabul (AFP) -", "Gaza City, March 3 (Reuters):"
    rf"|^\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{0,3}}{_QUAL}{{0,3}}\s*\((?:{_AGENCIES})\)\s*(?:{_DASH}|:)\s*\S")
_DATELINE_DATE = re.compile(rf"^\s*[^()—–]*?,\s*(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})\b(?:,\s*(?P<y>\d{{4}}))?")


# Photo captions that scraped pages put between paragraphs: "(AP Photo/Ron Schwane)", "(Source: Getty)",
# "(Nathan Denette/Canadian Press)", "Photo Credit: ...". They are neither body nor a story cue.
_CAPTION = re.compile(r"(?:\((?:[^()]*\bPhoto\b[^()]*|(?:Source|Credit|Image|Picture):[^()]*|"
                      r"[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’ -]{1,40})\)\.?\s*$|\bPhoto Credit:)")
_MAX_HEADLINE_CUE_WORDS = 16  # longer title-ish lines mid-file are mostly captions and subheads


def _is_meta(line: str) -> bool:
    return bool(_HEADER.match(line) or parse_date_line(line) or _BYLINE.match(line))


def is_dateline(line: str) -> bool:
    return bool(_DATELINE.match(line))


def is_headline(line: str) -> bool:
    """A short, title-ish line with no final punctuation, that is not a dateline/header/marker."""
    t = line.strip()
    words = t.split()
    if not (4 <= len(t) <= 150 and 2 <= len(words) <= 20):
        return False
    core = t.rstrip("\"'”’)]» ")
    if not core or core[-1] in ".,;:!?…-—–" or not (t[0].isupper() or t[0].isdigit() or t[0] in "\"“‘'"):
        return False
    if sum(c.isalpha() for c in t) < 0.5 * len(t):
        return False
    return not (_is_meta(t) or _END.match(t) or _SEP.match(t) or is_dateline(t))


def _is_body(text: str) -> bool:
    t = text.strip()
    return len(t) >= 60 or (len(t.split()) >= 8 and t.rstrip("\"'”’)]» ")[-1:] in ".!?")


# --- lines and paragraphs --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str
    sep: bool  # a separator line (or a form feed)


@dataclass(slots=True)
class _Para:
    lines: list[_Line]
    gap: int  # blank lines before it
    hard: bool  # a separator or end marker came right before it

    @property
    def text(self) -> str:
        return " ".join(ln.text.strip() for ln in self.lines)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for m in re.finditer(r"[^\n\f]*(?:\n|\f|$)", text):
        if m.start() == len(text) and m.end() == m.start():
            break
        body = m.group().rstrip("\n\f")
        end = m.start() + len(body)
        out.append(_Line(m.start(), end, body, bool(_SEP.match(body)) if body.strip() else False))
        if m.group().endswith("\f"):
            out.append(_Line(end + 1, end + 1, "", True))  # a form feed acts as a separator line
    return out


def _paragraphs(lines: list[_Line]) -> list[_Para]:
    paras: list[_Para] = []
    cur: list[_Line] = []
    gap, hard = 0, False

    def close() -> None:
        nonlocal cur, gap, hard
        if cur:
            paras.append(_Para(cur, gap, hard))
            cur, gap, hard = [], 0, False

    for ln in lines:
        if ln.sep:
            close()
            hard = True
        elif not ln.text.strip():
            close()
            gap += 1
        else:
            h = _HEADER.match(ln.text)
            if cur and h and h.group(1).lower() in _TITLE_KEYS and not _HEADER.match(cur[-1].text):
                close()  # a "Title:" line glued under body text still opens a header block
            cur.append(ln)
            if _END.match(ln.text):
                close()
                hard = True
    close()
    return _split_glued_headlines(paras)


def _split_glued_headlines(paras: list[_Para]) -> list[_Para]:
    """A headline line directly above its body (no blank line) becomes a paragraph of its own."""
    out: list[_Para] = []
    for p in paras:
        first, rest = p.lines[0], p.lines[1:]
        if rest and is_headline(first.text) and (
                is_dateline(rest[0].text) or len(first.text.strip()) < 0.6 * len(rest[0].text.strip())):
            out.append(_Para([first], p.gap, p.hard))
            out.append(_Para(rest, 0, False))
        else:
            out.append(p)
    return out


def _para_kind(p: _Para) -> str:
    if all(_is_meta(ln.text) for ln in p.lines):
        return "meta"
    if _CAPTION.search(p.text):
        return "caption"
    if is_headline(p.lines[0].text) and all(_is_meta(ln.text) for ln in p.lines[1:]):
        return "headline"  # a headline, perhaps with its date line or byline under it
    return "body"


# --- segmentation ------------------------------------------------------------------------------------------

def _chunks_auto(paras: list[_Para]) -> list[list[_Para]]:
    gaps = [p.gap for p in paras[1:]]
    big_gap = min(gaps) + 1 if gaps and min(gaps) >= 1 and max(gaps) > min(gaps) else None
    kinds = [_para_kind(p) for p in paras]
    chunks: list[list[_Para]] = []
    cur: list[_Para] = []
    has_body = False
    for i, (p, kind) in enumerate(zip(paras, kinds)):
        opens_list = i > 0 and paras[i - 1].text.rstrip().endswith((":", ",", ";"))
        too_long = len(p.lines[0].text.split()) > _MAX_HEADLINE_CUE_WORDS
        if kind == "headline" and (opens_list or too_long or not _heads_body(paras, kinds, i)):
            kind = "body"  # a lone short line (a quote, a list item) is part of the text
        cue = (p.hard or kind in ("meta", "headline")
               or (kind == "body" and is_dateline(p.lines[0].text))
               or (big_gap is not None and p.gap >= big_gap))
        if cur and (p.hard or (cue and has_body)):
            chunks.append(cur)
            cur, has_body = [], False
        cur.append(p)
        has_body = has_body or kind == "body"
    if cur:
        chunks.append(cur)
    return chunks


def _heads_body(paras: list[_Para], kinds: list[str], i: int) -> bool:
    """Paragraph i is a headline with a body paragraph right after it."""
    return (kinds[i] == "headline" and i + 1 < len(paras) and kinds[i + 1] == "body"
            and _is_body(paras[i + 1].text))


def _chunks_blank(paras: list[_Para]) -> list[list[_Para]]:
    kinds = [_para_kind(p) for p in paras]
    chunks: list[list[_Para]] = []
    pending: list[_Para] = []
    for i, p in enumerate(paras):
        pending.append(p)
        if not (kinds[i] == "meta" or _heads_body(paras, kinds, i)):
            chunks.append(pending)
            pending = []
    if pending:
        chunks.append(pending)
    return chunks


def split_stories(text: str, mode: str = "auto", published: date | None = None) -> list[Story]:
    """Split ``text`` into stories (see the module doc for the modes and cues).

    ``published`` only supplies the year for datelines that give a month and day; stories without a
    date of their own keep ``published=None`` (the caller applies its fallback). Blank input -> []."""
    if mode not in SPLIT_MODES:
        raise ValueError(f"unknown split mode {mode!r}; use one of {', '.join(SPLIT_MODES)}")
    paras = _paragraphs(_lines(text))
    if not paras:
        return []
    if mode == "none":
        chunks = [paras]
    elif mode == "blank":
        chunks = _chunks_blank(paras)
    else:
        chunks = _chunks_auto(paras)
    stories = (_make_story(text, [ln for p in c for ln in p.lines], published) for c in chunks)
    return [s for s in stories if s is not None]


# --- one story -------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Meta:
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None

    def absorb(self, line: str) -> bool:
        """Take a header/date/byline line into the metadata; False when it is not one."""
        h = _HEADER.match(line)
        if h:
            key, value = h.group(1).lower(), h.group(2)
            if key in _TITLE_KEYS and value:
                self.title = self.title or value
            elif key in ("published", "date") and value:
                self.published = self.published or parse_loose_date(value)
            elif key in ("url", "link") and value:
                self.url = self.url or value
            elif key == "source" and value:
                self.source = self.source or value
            return True
        d = parse_date_line(line)
        if d is not None:
            self.published = self.published or d
            return True
        return bool(_BYLINE.match(line))


def _make_story(text: str, lines: list[_Line], published: date | None) -> Story | None:
    meta = _Meta()
    i, n = 0, len(lines)
    while i < n and meta.absorb(lines[i].text):
        i += 1
    if meta.title is None and i + 1 < n and is_headline(lines[i].text):
        meta.title = lines[i].text.strip()
        i += 1
        while i < n and meta.absorb(lines[i].text):
            i += 1
    last = n - 1
    while last >= i and _END.match(lines[last].text):
        last -= 1
    if last < i:
        return None
    start = lines[i].start + len(lines[i].text) - len(lines[i].text.lstrip())
    end = lines[last].start + len(lines[last].text.rstrip())
    if meta.published is None:
        meta.published = _dateline_date(lines[i].text, published)
    return Story(text[start:end], meta.title, meta.published, start, meta.url, meta.source)


def _dateline_date(first_line: str, published: date | None) -> date | None:
    if not is_dateline(first_line):
        return None
    m = _DATELINE_DATE.match(first_line)
    if not m:
        return None
    if m.group("y"):
        return parse_loose_date(f"{m.group('m')} {m.group('d')}, {m.group('y')}")
    return month_day(m.group("m"), m.group("d"), published)
