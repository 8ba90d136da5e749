"""Casualty and arrest counts (size.dead / size.injured / size.arrested) from the sentence text.

Conventions (documented for users of the data):
- A number before or after a kill/injure/arrest word counts for that field: "killed more than 130" -> 130,
  "39 people were killed" -> 39, "four were wounded" -> 4, "arrested 12 protesters" -> 12, "detained 12",
  "took 30 into custody" -> 30, "73 people have died" -> 73.
- Hedges keep the stated figure: "at least 28", "more than 130", "over 50", "nearly 40", "up to 10" -> the number.
- Ranges take their lower bound, as ACLED takes the lowest reported figure: "10 to 15", "10-15", "between 10 and
  15", "10 or 15" -> 10. "rose from 10 to 15" is an update, not a range: 15.
- Vague quantities use fixed lower-bound readings: "a dozen" 12, "dozens" 24, "scores" 40, "hundreds" 200,
  "thousands" 2000, "several" 3, "a few" 3, "a couple" 2. Bare "some"/"many" give no count.
- A single person counts 1: "a soldier was killed", "troops killed a militant", "one person died".
- Coordinated groups add up: "two policemen and three militants were killed" -> 5 (but "5 people, including
  2 children" stays 5).
- Words count too: "one" .. "ninety-nine", "a hundred", "1,200", "1.5 million".
- When a sentence gives several figures for the same field, the largest is kept (tolls are usually updated upward).
- The wounded who later died count among the dead only: "three wounded people died in hospital" gives no injured
  count.
- Several events in one sentence each take the counts of their own clause: "Police killed 3 militants and
  arrested 4 others" gives the attack dead=3 and the arrest arrested=4 (see `event_size`). An event whose clause
  states no count takes the sentence's counts, less those of a clause told as another event before or after it
  ("imposed a curfew after clashes killed six people": the curfew has none; "..., and the government later banned
  gatherings" takes none of the first clause's toll); a sentence with one event reads the whole sentence.
- A kill/injure/arrest word right after a preposition describes another noun: "thousands of supporters of jailed
  former prime minister Imran Khan" gives no arrest count.
- Quotation marks do not hide a figure: 'killed "hundreds of militia members"' -> 200. "had taken 100 soldiers
  prisoner" counts as arrested, as "captured" does.
- Not counts: years ("killed in 2019", "the 2019 attack"; 1900-2100 unless followed by a people noun or hedged:
  "2000 people"), times ("at 3 am"), ages and measures ("65-year-old", "3 km"), phone numbers and dates with
  separators ("0300-1234567", "12/05"), bare digit runs of 6+ digits, and figures of 10 million or more.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from newsevents.coding.aux import _WEEKDAYS
from newsevents.coding.clauses import contrast_clause
from newsevents.nlp import doc_tokens
from newsevents.records import Size

if TYPE_CHECKING:
    from spacy.tokens import Token

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
# people nouns: "a" / "an" counts as one only before one of these ("a soldier", "an elderly man")
_PERSON = (r"(?:person|man|woman|boy|girl|child|teenager|youth|student|soldier|trooper|policeman|policewoman|"
           r"officer|constable|cop|guard|militant|rebel|insurgent|fighter|gunman|terrorist|jihadist|civilian|"
           r"hostage|captive|"
           r"villager|resident|farmer|worker|protester|protestor|demonstrator|activist|journalist|reporter|"
           r"photographer|leader|commander|member|supporter|suspect|worshipper|pilgrim|driver|passenger|"
           r"shopkeeper|trader|doctor|nurse|teacher|priest|cleric|politician|lawmaker|councillor|official|"
           r"minister|mayor|judge|lawyer|migrant|refugee|tourist|national|citizen|local|pedestrian|infant|"
           r"baby|girl|elder|(?:\d+-year-old))")
_ONE = (rf"(?:an?|one)\s+(?:(?!(?:of|in|from|with|at|on|and|or|who|was|were)\b)[a-z][\w'-]*\s+){{0,3}}?"
        rf"{_PERSON}\b")
NUM = (r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?|" + _WORDNUM +
       r"(?:\s+(?:hundred|thousand))?|a dozen|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|"
       r"several|a few|a couple(?: of)?|a hundred)")
HEDGE = (r"(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly|approximately|as many as|"
         r"an estimated|a total of|another|at most|fewer than|less than|the|all|all the|all of the)\s+)?")
FILL = (r"(?:(?!(?:and|or|but|while|when|after|before|as|were|was|are|is|have|has|had|been)\b)"
        r"[A-Za-z'()-]+\s+){0,6}?")  # "39 people", "four Palestinian youths", "12 suspected militants"

_FIELD_WORDS = {
    "dead": r"(?:killed|killing|kills|kill|dead|died|die|slain|murdered|massacred|executed|hanged|shot dead|gunned down|"
            r"beheaded|lost their lives|perished|succumbed|deaths?|fatalities|bodies)",
    "injured": r"(?:wounded|wounding|injured|injuring|injure|injuries|hurt|wounds|maimed|hospitali[sz]ed)",
    "arrested": r"(?:arrested|arresting|arrests?|detained|detaining|detentions?|rounded up|taken into custody|"
                r"apprehended|nabbed|picked up|jailed|captured|in custody)",
}
_ALLWORDS = "|".join(_FIELD_WORDS.values())
_AUX = (r"(?:(?:were|was|have been|has been|had been|have|has|had|are|is|been|got|being|reportedly|also|later|"
        r"allegedly)\s+)*")
_NO_NAME = re.compile(r"\(\?P<num>")
_ASIDE = r"(?:[A-Za-z'-]+,\s+(?:including|among\s+them)\s+[^,;.]{1,60},\s+)?"


def _unnamed(rx: str) -> str:
    return _NO_NAME.sub("(?:", rx)


# a word of a counted group's noun phrase: not a verb, auxiliary or conjunction ("two policemen were killed")
_STOP = r"(?:and|or|but|while|when|after|before|as|were|was|are|is|have|has|had|been|including|said|says|told)"
_NOUNW = rf"(?!(?:{_STOP}|{_WORDNUM}|an?|{'|'.join(_FIELD_WORDS.values())})\b)[A-Za-z'-]+\b"
# a counted group: "two policemen", "a soldier", "at least 12 people"
_LIST_HEDGE = _unnamed(HEDGE).replace("|the|all|all the|all of the", "")  # "the 79 Battalion" is no group
_GROUP = rf"(?:{_LIST_HEDGE}(?:{_unnamed(NUM)}\s+(?:{_NOUNW}\s+){{0,3}}?{_NOUNW}|{_ONE}))"
_LIST = rf"(?<!the\s)(?<!of\s)(?P<list>{_GROUP}(?:\s*,\s*{_GROUP})*\s*,?\s+and\s+{_GROUP})"


# a field word right after a preposition describes another noun, it does not say what befell the counted group:
# "thousands of supporters of jailed former prime minister Imran Khan" are not 2000 arrested, "relatives of
# killed soldiers" are not dead
_NOT_AFTER_PREP = r"(?<!\bof\s)(?<!\bfor\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\babout\s)(?<!\bagainst\s)"


# arms, vehicles and craft: what a capture took when it took no people
_MATERIEL = (r"(?:vehicles?|tanks?|trucks?|pickups?|jeeps?|armou?red\s+cars?|weapons?|rifles?|guns?|pistols?|drones?|"
             r"boats?|vessels?|ships?|launchers?|mortars?|howitzers?|artillery\s+pieces?|missiles?|rockets?)")


_MATERIEL_GROUP = re.compile(rf"(?i)\b{_MATERIEL}\s*$")
_MATERIEL_NEXT = re.compile(rf"(?i)\s+(?:[\w-]+\s+)?{_MATERIEL}\b")


def _patterns(fld: str, words: str) -> list[re.Pattern[str]]:
    pats = [
        # verb/noun then number: "killed more than 130", "arrested 12 protesters", "the deaths of 5"
        re.compile(rf"\b{words}\s+(?:of\s+)?{HEDGE}{NUM}\b", re.IGNORECASE),
        # number then (filler) then passive/adjective: "39 people were killed", "four were wounded", "12 dead",
        # "Twelve other people, including two women, were arrested" (the aside names part of the group), "Eight of
        # the raiders were among the dead"
        re.compile(rf"\b{HEDGE}{NUM}\s+{FILL}{_ASIDE}{_AUX}(?:among\s+the\s+)?{_NOT_AFTER_PREP}{words}\b",
                   re.IGNORECASE),
        # one person: "a soldier was killed", "troops killed a militant"
        re.compile(rf"\b(?P<one>{_ONE})\s+(?:(?!(?:{_STOP}|{_ALLWORDS})\b)\w+\s+){{0,2}}?{_AUX}{words}\b",
                   re.IGNORECASE),
        re.compile(rf"\b{words}\s+(?P<one>{_ONE})", re.IGNORECASE),
    ]
    if fld == "dead":
        # toll phrasing: "death toll rose to 50", "toll of 12", "the toll from Friday's attack on a hotel in
        # Mogadishu rose to 21", "the toll from a Russian missile strike on the southern Ukrainian city of
        # Zaporizhzhia rose to 19" (the toll's own phrase may name the event, its weapon and its place first)
        pats.append(re.compile(rf"\btoll\s+(?:(?!(?:and|but|while|said|says)\b)[\w'\u2019.-]+\s+){{0,16}}?"
                               rf"(?:to|of|at|reached|hit)\s+{HEDGE}{NUM}\b", re.IGNORECASE))
    if fld == "arrested":
        # (lead) "captured several army vehicles", "captured three tanks": things captured are no one arrested
        pats[0] = re.compile(rf"\b{words}\s+(?:of\s+)?{HEDGE}{NUM}\b(?!\s+(?:[\w-]+\s+){{0,2}}?{_MATERIEL}\b)",
                             re.IGNORECASE)
        # "took 30 protesters into custody", "had taken more than 100 soldiers prisoner" (captives of a fight count
        # as "captured" does)
        pats.append(re.compile(rf"\b(?:took|taken|take|takes|taking)\s+{HEDGE}{NUM}\s+{FILL}"
                               rf"(?:into\s+custody|prisoners?)\b", re.IGNORECASE))
    return pats


def _list_patterns(words: str) -> list[re.Pattern[str]]:
    """Coordinated groups: "two policemen and three militants were killed", "killed two soldiers and a civilian"."""
    return [re.compile(rf"\b{_LIST}\s+{_AUX}{words}\b", re.IGNORECASE),
            re.compile(rf"\b{words}\s+{_LIST}(?!\s+(?:were|was|are|is|have|has|had)\b)", re.IGNORECASE)]


# Every pattern of a field needs one of the field's words at a word start (or "toll" / "custody"): a text
# without any of them cannot give that field a count, so its patterns are not run (speed only).
_SCREEN_EXTRA = {"dead": r"|\btoll", "arrested": r"|custody|prisoner"}


@lru_cache(maxsize=1)
def _pattern_table() -> tuple[tuple[str, re.Pattern[str], tuple[re.Pattern[str], ...],
                                    tuple[re.Pattern[str], ...]], ...]:
    """(field, screen, patterns, list patterns), compiled once per process."""
    return tuple((f, re.compile(rf"\b{w}{_SCREEN_EXTRA.get(f, '')}", re.IGNORECASE), tuple(_patterns(f, w)),
                  tuple(_list_patterns(w))) for f, w in _FIELD_WORDS.items())


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


_PEOPLE_AFTER = re.compile(r"\s+(?:people|persons|civilians|protesters|demonstrators|soldiers|troops|militants|"
                           r"men|women|children|residents|villagers|workers|students|policemen|officers|rebels|"
                           r"fighters|refugees|migrants|prisoners|inmates|suspects|activists)\b", re.IGNORECASE)
_HEDGED = re.compile(r"(?:at least|more than|over|nearly|almost|about|around|some|up to|roughly|approximately|"
                     r"as many as|an estimated|a total of)\s+$", re.IGNORECASE)
# what follows a number that is a time, an age or a measure, not a head count
_UNIT_AFTER = re.compile(r"(?:\s*(?:a\.?m\b|p\.?m\b|hours?\b|hrs\b|o'clock|years?\b|months?\b|weeks?\b|days?\b|"
                         r"minutes?\b|km\b|kilomet(?:er|re)s?\b|miles?\b|metres?\b|meters?\b|per\s?cent\b|percent\b|"
                         r"%|kg\b|tonnes?\b|tons?\b|rounds\b|dollars\b|rupees\b|crore\b|lakh\b)|-[a-z])",
                         re.IGNORECASE)


# "the deadliest attack since February, when militants killed more than 50 soldiers": the when-clause tells the
# earlier event the comparison names
_SINCE_WHEN = re.compile(r"\bsince\s+(?:[\w.'\u2019-]+\s+){0,3}?[\w.'\u2019-]+,\s+when\b", re.IGNORECASE)
_PART_OF_TOLD = re.compile(rf"\s+of\s+(?:the|those|them)\s+(?:{_ALLWORDS})\b", re.IGNORECASE)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"\s+{_MONTHS}(?:\s|,|$)", re.IGNORECASE)


def _not_a_count(text: str, m: re.Match[str]) -> bool:
    """Years, times, ages, measures, phone numbers and dates that the patterns caught as a number."""
    num = m.group("num")
    start, end = m.span("num")
    after, before = text[end:end + 16], text[max(0, start - 24):start]
    if re.match(r"[-/:.]\d", after) or re.search(r"\d[-/:.]$", before) or re.fullmatch(r"0\d+|\d{6,}", num):
        return True  # "0300-1234567", "12/05/2019", "3:30", identifiers
    if re.search(r"\b(?:no|not)\s+$", before, re.IGNORECASE):
        return True  # "no one was killed"
    if _PART_OF_TOLD.match(after):
        return True  # "Twenty-one of the injured remained in hospital": part of a count told elsewhere
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
        return True  # "on September 18 succumbed", "on 23 May"
    if _UNIT_AFTER.match(after):
        return True  # "at 3 am", "65-year-old", "3 km"
    if re.fullmatch(r"(19|20)\d\d", num):
        # counts of 1900-2100 are far rarer in news than years ("in 2014", "since 1994"): a year unless a
        # people noun follows or a hedge precedes ("2000 people", "some 2000")
        return not (_PEOPLE_AFTER.match(after) or _HEDGED.search(before))
    return False


_RANGE_BETWEEN = re.compile(rf"\bbetween\s+{NUM}\s+and\s+{_unnamed(NUM).replace('(?:', '(?P<hi>', 1)}",
                            re.IGNORECASE)
_RANGE_TO = re.compile(rf"(?<![\w.,])(?<!from\s){NUM}(?:\s+(?:to|or)\s+|\s*[-\u2013]\s*)"
                       rf"{_unnamed(NUM).replace('(?:', '(?P<hi>', 1)}\b", re.IGNORECASE)


def _lower_bounds(text: str) -> str:
    """Rewrite ranges ("10 to 15", "10-15", "between 10 and 15") as their lower bound."""
    def low(m: re.Match[str]) -> str:
        lo, hi = m.group("num"), m.group("hi")
        a, b = parse_number(lo), parse_number(hi)
        if a is None or b is None or not a < b or re.fullmatch(r"0\d+", lo) or \
                (lo.isdigit() and hi.isdigit() and len(hi) > len(lo) + 1):
            return m.group(0)  # "0300-1234567", "3-4567": not a range
        return lo
    return _RANGE_TO.sub(low, _RANGE_BETWEEN.sub(low, text))


# "three wounded people died in hospital": the wounded who died are counted among the dead, not the injured
_DIED_AFTER = re.compile(r"\s+(?:[A-Za-z'-]+\s+){0,2}?(?:died|succumbed|perished)\b", re.IGNORECASE)

_INCLUDING_END = re.compile(r"\b(?:including|among\s+them)\s*$", re.IGNORECASE)
_FIELD_END = re.compile(rf"\b(?:{'|'.join(_FIELD_WORDS.values())})\s*$", re.IGNORECASE)


_DAYS = _WEEKDAYS | {"yesterday", "today"}  # a group or a clause told with its own day
_VAGUE_CROWD = re.compile(r"(?i)(?:hundreds|thousands|dozens|scores|tens\s+of\s+thousands)\b")


def _list_total(span: str, after: str = "") -> int | None:
    """Sum of the counted groups in a coordination ("two policemen and a militant" -> 3); `after` is the text that
    follows the span (the last group's noun may lie past it)."""
    total = 0
    rx = re.compile(rf"{_LIST_HEDGE}(?:(?P<one>{_ONE})|{NUM}\b)", re.IGNORECASE)
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", span)
    if re.search(r",\s*and\s", span) and _VAGUE_CROWD.match(parts[-1]) and \
            any(w.lower() in _DAYS for part in parts[:-1] for w in re.findall(r"[A-Za-z]+", part)):
        # (round C28) "arrested six activists on Thursday, and hundreds of their supporters marched": a group told
        # with its own day, then a comma, "and" and a crowd counted vaguely, ends a clause; the crowd is another
        # deed's ("and three more on Tuesday" stays one list)
        return None
    for i, part in enumerate(parts):
        m = rx.match(part)  # each group counts by its leading figure only
        if m is None:
            return None
        tail = after[:30] if i == len(parts) - 1 else ""
        if _MATERIEL_GROUP.search(part) or _MATERIEL_NEXT.match(tail):
            continue  # (lead) "captured three tanks and 40 fighters": the tanks are nobody
        if m.group("one"):
            total += 1
            continue
        n = parse_number(m.group("num"))
        if n is None or _not_a_count(part, m):
            return None
        total += n
    return total or None


# quotation marks around a quoted figure ('had killed "hundreds of militia members"', '"dozens of terrorists" had
# been killed') stand between the word and the number; they carry no count. A curly apostrophe inside a word
# ("soldiers’s") is left alone.
_QUOTES = re.compile("[\"\u201c\u201d\u2018]|(?<![A-Za-z])\u2019|\u2019(?![A-Za-z])")


def extract_size(text: str) -> Size:
    """Counts of dead, injured and arrested people stated in `text` (None where not stated). A comparison's
    "since X, when ..." clause tells an earlier event: its counts are not the sentence's."""
    cut = _SINCE_WHEN.search(text)
    return _extract(text[:cut.start()] if cut is not None else text)


def _extract(text: str) -> Size:
    table = _pattern_table()
    if not any(screen.search(text) for _, screen, _, _ in table):
        return Size()  # no kill/injure/arrest word at all (most sentences): nothing to rewrite or match
    text = _lower_bounds(_QUOTES.sub("", text))
    vals: dict[str, int | None] = {}
    for fld, screen, pats, lists in table:
        found: list[int] = []
        if screen.search(text) is None:
            vals[fld] = None
            continue
        for rx in pats:
            pos = 0
            while (m := rx.search(text, pos)) is not None:
                pos = m.end()
                if "one" in rx.groupindex and m.group("one"):
                    found.append(1)
                    continue
                if _not_a_count(text, m) or (fld == "injured" and _DIED_AFTER.match(text, m.end())):
                    # a figure that is no count may hide one behind it: "Nov 15 (Wire) - At least four people
                    # were killed" first matches from the date's 15
                    pos = m.start("num") + len(m.group("num"))
                    continue
                n = parse_number(m.group("num"))
                if n is not None:
                    found.append(n)
        for rx in lists:
            for m in rx.finditer(text):
                if m.start() == m.start("list") and _FIELD_END.search(text, 0, m.start()):
                    continue  # "killed two soldiers, and three civilians were wounded": the first group is dead
                if _INCLUDING_END.search(text, 0, m.start("list")):
                    continue  # "the toll rose to 19, including three children, and 64 people were wounded"
                n = _list_total(m.group("list"), text[m.end("list"):])
                if n is not None:
                    found.append(n)
        found = [n for n in found if n < 10_000_000]
        vals[fld] = max(found) if found else None
    return Size(vals["dead"], vals["injured"], vals["arrested"])


# dependency labels of a trigger that is an argument of another event's word ("killed 3 protesters": the PROTEST
# trigger "protesters" is the object of "killed"); such a trigger is part of that clause, not a clause of its own
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "iobj", "dative", "attr", "oprd", "appos",
                  "compound", "amod", "nmod", "poss", "npadvmod", "nummod", "det", "acomp"}


def torn_toll_verb(noun: Token) -> Token | None:
    """The subjectless toll verb ("left", "killed", "claimed") with a counted object that directly follows the
    phrase of `noun`, where the parser tore the noun off as its subject ("after a riot at the prison left 17 inmates
    dead": "riot" the object of "after", "left" a clause of its own); else None."""
    if noun.pos_ != "NOUN":
        return None
    end = noun.right_edge.i + 1
    if end >= len(noun.doc):
        return None
    verb = noun.doc[end]
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _TOLL_LEFT and \
            not any(c.dep_ == "nsubj" for c in verb.children) and \
            any(c.dep_ == "dobj" and (c.like_num or any(n.dep_ == "nummod" or n.like_num for n in c.children))
                for c in verb.children):
        return verb
    return None


def _owner(tok: Token, owners: dict[int, Token]) -> int | None:
    """Index of the nearest trigger among `tok` and its heads, None when the token is above every trigger."""
    cur = tok
    for _ in range(len(tok.doc)):  # bounded walk: a parse is a tree, but do not trust odd input
        if cur.i in owners:
            return cur.i
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _tokens_text(toks: list[Token]) -> str:
    """The tokens' text; a gap where other tokens were left out becomes " ; ", so no count pattern spans it."""
    parts: list[str] = []
    for k, t in enumerate(toks):
        if k and toks[k - 1].i != t.i - 1:
            parts.append(" ; ")
        parts.append(t.text_with_ws if k + 1 < len(toks) else t.text)
    return "".join(parts)


def _has_count(size: Size) -> bool:
    return size.dead is not None or size.injured is not None or size.arrested is not None


def event_size(text: str, trigger: Token, others: Sequence[Token] = (), whole: Size | None = None) -> Size:
    """Counts for the event of `trigger` in the sentence `text` (the trigger's doc is the parse of `text`).

    `others` are the triggers of the sentence's other events. Each other trigger that heads a clause of its own
    (a verb, or a noun that is not an argument of a verb: "after an attack that killed 3") owns its subtree, so
    its counts are not this event's. The event reads, in order until one states a count: the tokens it owns
    (nearest trigger above them), then those plus the tokens no trigger owns (a shared subject or reporting
    frame), then the whole sentence. With no other clause-heading trigger the whole sentence is read, so a
    one-event sentence is counted exactly as by `extract_size`. `whole` is `extract_size(text)` when the caller
    has it already."""
    doc = trigger.doc
    cut = _SINCE_WHEN.search(text)
    # the parse may be of the sentence with its dateline blanked out (same length, same offsets)
    same = len(doc.text) == len(text)
    if cut is not None and same and trigger.idx >= cut.start():
        return _extract(text[cut.start():])  # the trigger is the earlier event's own
    bounds = {o.i: o for o in others
              if o.doc is doc and o.i != trigger.i and o.dep_ not in _ARGUMENT_DEPS}
    # a trigger that is an argument ("clashes ... left dozens injured, and police arrested 100") marks the clause
    # of its verb as another event's
    bounds.update({o.head.i: o.head for o in others
                   if o.doc is doc and o.dep_ in _ARGUMENT_DEPS and o.head.i not in (trigger.i, o.i)
                   and o.head.pos_ in ("VERB", "AUX")})
    # (round C26) a toll verb torn off its subject noun belongs to that noun's event ("a day after a riot at the
    # prison left 17 inmates dead", parsed with "left" as a clause of its own)
    torn = {v.i: o.i for o in [*bounds.values(), trigger] if (v := torn_toll_verb(o)) is not None}
    # (round C28) a trigger noun that is its verb's subject owns that verb's clause ("a day after clashes between
    # rival groups left six dead": the dead are the clashes', not the arrest's)
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ == "VERB" and \
            trigger.head.i not in bounds and all(o.i != trigger.head.i for o in others if o.doc is doc):
        torn[trigger.head.i] = trigger.i
    bounds.update({v: doc[v] for v, o in torn.items() if o != trigger.i})
    if not bounds or not same:
        return whole if whole is not None else extract_size(text)
    owners = {**bounds, **{v: doc[v] for v in torn}, trigger.i: trigger}
    owned = [torn.get(o, o) if o is not None else None for o in (_owner(t, owners) for t in doc_tokens(doc))]
    own = [t for t, o in zip(doc_tokens(doc), owned) if o == trigger.i]
    for toks in (own, [t for t, o in zip(doc_tokens(doc), owned) if o in (trigger.i, None)]):
        size = extract_size(_tokens_text(toks)) if toks else Size()
        if _has_count(size):
            return size
    whole = whole if whole is not None else extract_size(text)
    earlier = [k for k, o in bounds.items() if _time_clause(o) or _later_conjunct(o) or _contrast_clause(o) or
               _dated_conjunct(o)]
    if _time_clause(trigger) or _later_conjunct(trigger) or _contrast_clause(trigger) or _dated_conjunct(trigger):
        # this event is the one told as coming before or after the others: none of their counts are its own
        earlier = list(bounds)
    return _without_others(whole, [[t for t, o in zip(doc_tokens(doc), owned) if o == k] for k in earlier])


# an adverbial clause of time tells another event before or after this one ("imposed a curfew after clashes killed
# six people"); a coordinated clause may go on with the same one ("The protest turned violent and police arrested 12")
_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "following"})


# (round C23) verbs by which an event told in a time phrase states its toll ("after an attack left 12 dead")
_TOLL_LEFT = frozenset({"leave", "claim", "kill"})


def _time_clause(tok: Token) -> bool:
    # (round C23) "..., a day after an attack on the town left 12 dead": the time phrase may hang on the clause's
    # subject or a measure of time ("a day after") rather than mark the clause, or, with no subject of its own, the
    # toll verb may hang beside the phrase on the main verb ("abducted 23 farmers, two days after an attack on a
    # base left nine soldiers dead")
    if tok.dep_ != "advcl":
        return False
    if any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS or
           c.dep_ in ("nsubj", "npadvmod") and c.i < tok.i and
           any(g.dep_ == "prep" and g.lower_ in _TIME_MARKS for g in c.children) for c in tok.children):
        return True
    return tok.lemma_.lower() in _TOLL_LEFT and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
        any(s.dep_ == "prep" and s.lower_ in _TIME_MARKS and s.i < tok.i and any(g.dep_ == "pobj" for g in s.children)
            for s in tok.head.children)


def _contrast_clause(tok: Token) -> bool:
    """(round C23) "Two policemen were killed in Quetta, while a lawyer was shot at and injured in Turbat": a
    contrasted clause (`clauses.contrast_clause`) with a subject of its own tells another event, whose counts are
    its own."""
    return contrast_clause(tok) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


# "..., and the government later banned public gatherings": a conjunct with a subject of its own, told as coming
# after the first clause, is another act, not the same one going on
_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "then", "since"})


def _later_conjunct(tok: Token) -> bool:
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
        any(c.dep_ == "advmod" and c.lower_ in _LATER for c in tok.children)


# (round C27) "Police arrested six activists on Thursday, and their supporters marched on Friday": two clauses, each
# with a subject and a day of its own (`_DAYS`), tell two deeds; each clause's counts are its own
def _own_day(verb: Token) -> bool:
    """A day named on the verb itself ("on Friday", "Friday", "the next day")."""
    return any(t.lower_ in _DAYS or t.lower_ == "day" and t.dep_ == "npadvmod"
               for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)


def _dated_conjunct(tok: Token) -> bool:
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and \
        _own_day(tok) and _own_day(tok.head)


def _without_others(whole: Size, other_clauses: list[list[Token]]) -> Size:
    """The sentence's counts less those stated in the own clause of an event told as coming before or after this
    one: "imposed a curfew after clashes killed at least six people" gives the clashes dead=6 and the curfew
    none."""
    theirs = [extract_size(_tokens_text(toks)) for toks in other_clauses if toks]

    # (round C27) a field another clause states is theirs, even where the whole sentence's reading sums it with
    # a crowd's size ("arrested six activists ..., and hundreds of their supporters marched" read 206 arrested):
    # this event's own words, read first, stated no count
    def keep(mine: int | None, field: str) -> int | None:
        return None if mine is not None and any(getattr(o, field) is not None for o in theirs) else mine
    return Size(keep(whole.dead, "dead"), keep(whole.injured, "injured"), keep(whole.arrested, "arrested"))


# (round C7b, from P7) "fighting dissidents in the Catatumbo region, where more than 80 people were killed ... in
# January 2025": a "where/when" relative clause with a year of its own tells an earlier deed at the place; its
# counts are that deed's, not the counts of the act the sentence reports
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _dated_relatives(trigger: Token) -> list[list[Token]]:
    """The token lists of "where/when" relative clauses with a year, outside the trigger's own tokens."""
    out: list[list[Token]] = []
    for t in doc_tokens(trigger.doc):
        if t.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in t.children):
            continue
        toks = list(t.subtree)
        if any(x.i == trigger.i for x in toks) or not any(_YEAR.match(x.text) for x in toks):
            continue
        out.append(toks)
    return out


# (round K34) "Soldiers arrested ten men over last year's attack on a mosque in Kunduz, which killed 40 worshippers",
# "arrested the organiser of the 2019 Easter bombings, which killed 269 people", "wanted for an attack on a market last
# month that killed 17": a which/that clause on a deed of another occasion - one the act is taken over or for, or one
# dated to another time - states that deed's toll, not the toll of the act the sentence reports
_DEED_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "shooting", "raid", "ambush", "strike", "airstrike",
                         "massacre", "killing", "assault", "assassination", "kidnapping", "abduction", "siege",
                         "shelling", "bombardment", "incursion", "clash", "riot", "uprising", "coup", "fire", "arson",
                         "stabbing", "hijacking", "beheading"})
_TAKEN_FOR = frozenset({"over", "for", "behind"})  # "arrested over the attack", "wanted for", "the men behind"
_PLACE_PREPS = frozenset({"on", "in", "at", "of", "near", "against", "outside", "inside"})
_OTHER_TIME = re.compile(rf"(?i)^(?:(?:19|20)\d\d|last|previous|earlier|ago|past|{_MONTHS})$")


def _deed_of_relative(rel: Token) -> Token | None:
    """The deed noun a which/that clause hangs on: its head, or the noun above it across "on/in/at" phrases (the
    parser may hang the clause on the place: "attack on a mosque in Kunduz, which killed 40")."""
    t = rel.head
    for _ in range(4):
        if t.lemma_.lower() in _DEED_NOUNS and t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.dep_ != "pobj" or t.head.lower_ not in _PLACE_PREPS:
            return None
        t = t.head.head
    return None


def _other_occasion(deed: Token, rel: Token) -> bool:
    """The deed is one the act is taken over or for, or its phrase (less the clause) dates it to another time."""
    if deed.dep_ == "pobj" and (deed.head.lower_ in _TAKEN_FOR or
                                deed.head.lower_ == "with" and deed.head.head.lower_ == "connection"):
        return True
    clause = {x.i for x in rel.subtree}
    return any(x.i not in clause and _OTHER_TIME.match(x.text) for x in deed.subtree)


def _other_occasion_relatives(trigger: Token) -> list[list[Token]]:
    """The token lists of which/that clauses stating the toll of a deed of another occasion, outside the trigger's own
    deed (the trigger is neither the deed noun nor inside its phrase)."""
    out: list[list[Token]] = []
    for t in doc_tokens(trigger.doc):
        if t.dep_ != "relcl" or not any(c.lower_ in ("which", "that") for c in t.children):
            continue
        deed = _deed_of_relative(t)
        if deed is None or any(x.i == trigger.i for x in deed.subtree) or not _other_occasion(deed, t):
            continue
        out.append(list(t.subtree))
    return out


def without_dated_relatives(size: Size, trigger: Token) -> Size:
    """`size` less the counts stated in a dated "where/when" relative clause the trigger is not part of, or in a
    which/that clause on a deed of another occasion."""
    if not _has_count(size):
        return size
    clauses = _dated_relatives(trigger) + _other_occasion_relatives(trigger)
    return _without_others(size, clauses) if clauses else size
