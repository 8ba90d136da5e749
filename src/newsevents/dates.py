"""Event dates: find the date expressions of a sentence and resolve them against the publication date.

Our own rules cover the news idioms (weekdays, "late on Tuesday", "Wednesday's launch", "over the
weekend", "Oct. 7 last year", "two days ago", ...); `dateparser` is only asked about short numeric
dates ("3/4/2024") that the rules leave open. The date nearest the trigger wins; a date right after a
reporting verb ("..., the army said on Tuesday") counts as farther away, since it dates the report.

Precision conventions: "day" and "week" carry a day (for "week", a representative day: "last week" is
published - 7, "over the weekend" the Saturday); "month" dates are the 1st of the month and "year"
dates are January 1st.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsevents.records import Sentence, Trigger
from newsevents.rx_screen import Need, folded, may_match, required_literals

__all__ = ["EventDate", "resolve_event_date", "find_date_expressions", "DateExpression", "unknown_day",
           "later_before", "told_as_cause", "cause_clause"]

HISTORICAL_DAYS = 30
_REPORT_PENALTY = 60  # extra characters of distance for a date that dates a report, not the event


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: `historical` marks dates well before publication or governed by
    "last year", "years ago", "anniversary of" and the like."""

    date: str | None  # YYYY-MM-DD
    precision: str | None  # day / week / month / year
    start: int | None  # article offsets of the date expression (None when falling back to published)
    end: int | None
    historical: bool = False


_Day = date  # the type, for the fields of a record that has a field named "date"


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A resolved date expression; offsets are relative to the string searched."""

    start: int
    end: int
    date: date | None
    precision: str | None
    historical_cue: bool = False  # "last year", "years ago", "in 2019", "anniversary of", "the 1990s"
    explicit_year: bool = False  # the year is written or fixed ("2019", "last year"), not inferred
    ongoing: bool = False  # "since October": started then and still going, so not historical
    anniversary: int = 0  # for "(first) anniversary of": how many years back it points
    until: _Day | None = None  # (round K18) the last day of a period longer than its precision ("the first quarter")


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}


def _count(word: str) -> int:
    """A count written in digits or as a number word ("3", "three")."""
    return int(word) if word.isdigit() else _NUMBERS[word]


_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# ordinal words 1-31 (days of a month, anniversaries) and the round ones anniversaries use
_ORDINALS = {w: i + 1 for i, w in enumerate(_UNIT_ORDINALS + (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth"))}
_ORDINALS |= {f"twenty-{w}": 21 + i for i, w in enumerate(_UNIT_ORDINALS)}
_ORDINALS |= {"thirtieth": 30, "thirty-first": 31, "fortieth": 40, "fiftieth": 50}
# (round K18) a day of the month written as an ordinal: "the 12th", "the first", "the twenty-first"
_ORD_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)|(?i:" + "|".join(sorted((w for w, n in _ORDINALS.items() if n <= 31),
                                                              key=len, reverse=True)) + r"))(?![\w-])"

# Month and weekday names are matched case-sensitively: "may", "march" and "sat" are words too.
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"Sept\.?|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"((?:1[6-9]|20)\d{2})(?![\d])"
_REL_YEAR = r"(?:,?\s+(last|this|next)\s+year\b)"
_REL_YEAR_N = r"(?:,?\s+(?P<ry>last|this|next)\s+year\b)"
_PART_OF = r"(?i:(?:early|late|mid)[\s-]+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?"
_NUM = r"(\d+|an?|" + "|".join(k for k in _NUMBERS if k not in ("a", "an")) + r")"
_I = re.IGNORECASE
_YEAR_N = r"(?P<year>(?:1[6-9]|20)\d{2})(?![\d])"
_SEASON = r"(?i:spring|summer|autumn|winter)"
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month (northern)

# (pattern, handler name); matches are resolved by handlers below, overlaps keep the longest.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), "iso"),
    (re.compile(rf"\b({_MON})\s+{_DAY}(?:,?\s+{_YEAR}|{_REL_YEAR})?"), "mdy"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?({_MON})(?:,?\s+{_YEAR}|{_REL_YEAR})?"), "dmy"),
    (re.compile(rf"\b{_PART_OF}({_MON}),?\s+{_YEAR}"), "month_year"),
    # (round K18) "the first of May", "the 28th of February 2026", "October the 9th": a day written as an ordinal
    (re.compile(rf"(?<=\b[Tt]he\s)(?P<d>{_ORD_DAY})(?:\s*(?:and|to|-|\u2013)\s*(?:the\s+)?{_ORD_DAY})?\s+of\s+(?P<mon>{_MON})"
                rf"(?:,?\s+{_YEAR_N}|{_REL_YEAR_N})?"), "ordinal_date"),
    (re.compile(rf"\b(?P<mon>{_MON})\s+the\s+(?P<d>{_ORD_DAY})(?:,?\s+{_YEAR_N}|{_REL_YEAR_N})?"), "ordinal_date"),
    # (round K18) "on the 12th", "by the 3rd of next month": a day of the month with no month named (digits, or a
    # word with "of this/last/next month"), only after a preposition of time and before a clause's end, so that "the
    # 12th floor" or "on the first day" is none
    # (round K29) also after a part of the day: "on the night of the 12th", "in the early hours of the 3rd"
    (re.compile(rf"\b(?:(?i:on|by|until|till|since|from|before|after)\s+(?i:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?"
                rf"|(?i:in|during)\s+the\s+(?i:early\s+hours|night)\s+of\s+)(?P<span>the\s+(?:(?P<d>\d{{1,2}}(?:st|nd|rd|th))"
                rf"(?:\s+of\s+(?P<rel>this|the|last|next)\s+month)?|(?P<dw>{_ORD_DAY})\s+of\s+(?P<rel2>this|the|last|next)"
                r"\s+month))(?=\s*(?:[,.;:)]|$)|\s+(?:and|when|as|after|before|in|at|near|outside|following|amid)\b)"),
     "ordinal_day"),
    # (round K18) "between Nov. 20 and Nov. 22, 2022", "from 3 to 6 May 2024": the first day shares the year written last
    (re.compile(rf"\b(?P<mon>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|through|until|-|\u2013)\s*"
                rf"(?:{_MON}\s+)?\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR_N}"), "ordinal_date"),
    # (round K21) also without a year ("on 3-4 May", "between 10 and 12 June", "the night of 30-31 December"): the
    # first day, resolved like "3 May" (the last day alone is what "4 May" matched before)
    (re.compile(rf"(?<![\d.,:/-])\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+"
                rf"(?:of\s+)?(?P<mon>{_MON})(?:,?\s+{_YEAR_N}|{_REL_YEAR_N})?"), "ordinal_date"),
    # (round K18) "04.03.2025": a dotted date is day.month.year (a full year only: "1.2.3" is no date)
    (re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?!\d|\.\d)"), "dotted"),
    # "in July and August 2024", "from March to May 2023": the first month shares the year written after the last
    (re.compile(rf"\b{_PART_OF}({_MON})\s*(?:and|or|to|through|until|-|\u2013)\s*{_MON},?\s+{_YEAR}"), "month_year"),
    (re.compile(rf"\b(?P<prep>(?i:in|since|during|until|till|through|by|from|of|before|after))\s+"
                rf"(?P<span>{_PART_OF}"
                rf"(?P<mon>{_MON}){_REL_YEAR_N}?)"), "month"),
    (re.compile(rf"(?P<span>\b(?:(?P<rel>(?i:last|this|next))\s+|(?i:early|late|mid)[\s-]+)"
                rf"(?P<mon>{_MON}){_REL_YEAR_N}?)"), "month"),
    (re.compile(r"\b(?P<prep>(?i:in|since|during|until|till|through|by|from|before|after|throughout|back\s+in"
                r"|between|at|towards?))"
                rf"\s+(?P<span>(?P<part>(?i:(?:early|late|mid)[\s-]+|(?:the\s+)?(?:very\s+)?"
                rf"(?:end|beginning|start|middle)\s+of\s+))?{_YEAR})(?!\s*(?:%|percent))"), "year"),
    # (round K15) "on the eve of the 2020 election": the named event's year dates what happened on its eve
    (re.compile(r"\bthe\s+(?P<prep>eve\s+of)\s+(?:the\s+|its\s+|their\s+)?(?P<span>(?P<part>)(?:1[6-9]|20)\d{2})"
                r"(?=\s+[a-z])"), "year"),
    (re.compile(r"\b(?:in\s+)?the\s+((?:1[6-9]|20)\d0)s\b"), "decade"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"), "numeric"),
    # (round K28) "on 4/5", "since 12/4": a day and month with no year, after a preposition of time (not "4/5 of the
    # seats"); which is the day is not written, so the reading nearest publication wins (`_short_numeric`)
    (re.compile(r"\b(?:on|since|from|until|till|by)\s+(?P<span>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?![/\d]|\.\d)", _I),
     "short_numeric"),
    # (round K26) "a week ago today", "a year ago yesterday": that very day
    (re.compile(rf"\b{_NUM}\s+(minute|hour|day|week|fortnight|month|year|decade)s?\s+ago\b"
                r"(?:\s+(?P<today>today|yesterday)\b)?", _I), "ago"),
    (re.compile(r"\b(?:(?:a\s+)?few|several|many|some)\s+(minute|hour|day|week|month|year|decade)s\s+ago\b", _I),
     "vague_ago"),
    (re.compile(r"\b(minute|hour|day|week|month|year|decade)s\s+ago\b", _I), "vague_ago"),
    # "in recent years": a vague stretch of the past, like "years ago" (no day to give it)
    (re.compile(r"\b(?:in|over|during)\s+(?:the\s+)?recent\s+(year|decade)s\b", _I), "vague_ago"),
    # (round K26) "the night before last", "the day before yesterday": two days back (British and wire usage)
    (re.compile(r"\b(?:(?:earlier|later)\s+)?(the\s+(?:night|day)\s+before\s+(?:last|yesterday)|the\s+day\s+after\s+"
                r"tomorrow|today|tonight|this\s+(?:morning|afternoon|evening)|"
                r"yesterday|last\s+night|overnight|tomorrow)(?:'s|\u2019s)?"
                r"(?:\s+(?:morning|afternoon|evening|night))?\b", _I), "dayword"),
    (re.compile(r"(?:\b(?P<mod>(?i:late|early|overnight))\s+(?:on\s+|into\s+)?"
                r"|\b(?P<rel>(?i:last|next|this|past))\s+)?"
                rf"\b(?P<wd>{_WD})(?:'s|\u2019s)?(?:\s+(?:morning|afternoon|evening|night|overnight))?"
                r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Agreement|Tribune)\b)"),
     "weekday"),
    (re.compile(r"\b(?:(?P<mod>earlier|later|late|early)\s+)?(?P<rel>this|last|past|previous|next)\s+"
                r"(?P<unit>week|weekend|month|year)\b", _I), "relative"),
    # (round K22) also "have blocked roads since the weekend": a span begun then and still going on
    (re.compile(r"\b(?:over|at|during|on|(?P<since>since))\s+the\s+(?P<unit>weekend)\b", _I), "relative"),

    (re.compile(r"\b(?:(?P<ord>\w+(?:-\w+)?)\s+)?anniversary\s+of\b", _I), "anniversary"),
    # (round K16) "on the eve of the new year" is New Year's Eve
    (re.compile(r"\b(?P<name>Christmas\s+(?:Day|Eve)|New\s+Year(?:'s|\u2019s)\s+(?:Day|Eve)|Boxing\s+Day"
                r"|the\s+eve\s+of\s+the\s+(?i:new\s+year)(?![\w'\u2019]))"
                r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d{2})(?!\d)|" + _REL_YEAR_N + r")?"), "holiday"),
    # (round K13) "over the Christmas weekend", "during the New Year holiday", "on the day before Christmas"
    (re.compile(r"\b(?:the\s+)?(?P<name>Christmas|New\s+Year(?:'s|\u2019s)?)\s+(?P<kind>weekend|holidays?|break"
                r"|period)\b"), "holiday_span"),
    (re.compile(r"\bthe\s+day\s+(?P<kind>before|after)\s+(?P<name>Christmas|New\s+Year(?:'s|\u2019s)?)"
                r"(?:\s+Day)?\b(?!\s+(?:Eve|markets?|trees?|lights|market|shopping|sales?)\b)"), "holiday_span"),
    # (round K13) "the first day of next month", "on the last day of the month": that day (day precision)
    # (round K21) and of a year: "on the last day of last year" read on Jan. 2 is Dec. 31
    (re.compile(r"\bthe\s+(?P<which>first|last)\s+day\s+of\s+(?P<rel>the|this|next|last)\s+(?P<unit>month|year)\b",
                _I), "month_day_edge"),
    # (round K21) "earlier in the week", "later in the month": this week's / month's / year's, as "earlier this week";
    # "the weekend before last", "the week before last": the one before last week's (one pattern: one scan)
    (re.compile(r"\b(?:(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)"
                r"|the\s+(?P<last>week|weekend)\s+before\s+last)\b", _I), "week_phrase"),
    # (round K25) "in the first week of March", "during the last week of June 2025": that week (week precision)
    (re.compile(rf"\bthe\s+(?P<wk>(?i:first|second|third|fourth|last|final))\s+week\s+of\s+(?P<mon>{_MON})"
                rf"(?:,?\s+{_YEAR_N}|{_REL_YEAR_N})?"), "week_of_month"),
    # (round K13) "in the coming days", "in the days ahead": a few days ahead (week precision)
    (re.compile(r"\b(?:in|over|during)\s+the\s+(?:coming|next\s+few)\s+days\b|\bin\s+the\s+days\s+ahead\b", _I),
     "coming_days"),
    # (round K12) seasons: "last autumn", "in the summer of 2024", "in the spring", "summer 2023"; "fall" only with
    # a year or "last/this/next" ("the fall of Kabul", "injured in the fall" are no seasons)
    (re.compile(rf"\b(?P<rel>(?i:last|this|next|past))\s+(?P<season>{_SEASON}|(?i:fall))\b"), "season"),
    (re.compile(rf"\b(?P<prep>(?i:in|during|over|by|since|until|through|throughout))\s+(?P<span>(?i:the\s+)?"
                rf"(?:(?i:early|late|mid)[\s-]+)?(?P<season>{_SEASON})(?:\s+of\s+{_YEAR_N})?)\b"), "season"),
    (re.compile(rf"\b(?P<season>{_SEASON}|(?i:fall))\s+(?:of\s+)?{_YEAR_N}"), "season"),
    # (round K18) quarters: "in the first quarter", "the fourth quarter of 2026", "Q1 2025", "last quarter"
    (re.compile(rf"\b(?:(?P<prep>(?i:in|during|for|by|since|over|through|throughout|of))\s+)?the\s+(?P<q>(?i:first|second"
                rf"|third|fourth|final|last))\s+quarter(?:\s+of\s+(?:{_YEAR_N}|(?P<rel>(?i:this|next|last|the))\s+year)"
                r"|(?!\s+of\b))"), "quarter"),
    (re.compile(rf"\bQ(?P<qn>[1-4])\s+{_YEAR_N}"), "quarter"),
    (re.compile(r"\b(?P<rel>(?i:last|this|next|past))\s+quarter\b"), "quarter"),
    # (round K18) "during Ramadan 2025", "in the holy month of Ramadan in 2024", "since Ramadan"
    # (round K30) "on the first day of Ramadan": that day
    (re.compile(rf"\b(?:(?P<prep>(?i:in|during|before|after|since|throughout|by|until|on))\s+)?(?P<first>(?i:the\s+"
                rf"first\s+day\s+of)\s+)?(?:the\s+(?:(?:holy|Muslim"
                rf"|fasting)\s+)*month\s+of\s+)?(?P<name>Ramadan|Ramazan|Ramzan)(?:,?\s+(?:in\s+|of\s+)?{_YEAR_N})?"),
     "ramadan"),
    # (round K28) "during Eid", "on Eid al-Adha", "over the Eid al-Fitr holiday", "since Tabaski": after a preposition
    # of time ("Mohamed Eid" is a name)
    (re.compile(r"\b(?P<prep>(?i:on|during|over|throughout|at|since))\s+(?P<span>(?:(?i:the)\s+)?(?:(?P<eve>(?i:eve))\s+of\s+"
                r"(?:the\s+)?|(?i:first\s+day\s+of)\s+)?(?P<name>Eid(?:[\s-](?:al|ul|el)[\s-](?:Fitr|Adha|Azha|Zuha|Kabir|Kebir|Saghir|Seghir))?|Tabaski"
                r"|Bakri?d|Bakri\s+Eid|Kurban\s+Bayram[iı]?|Ramazan\s+Bayram[iı]?)(?:\s+(?P<kind>(?i:holidays?|festival|"
                r"festivities|celebrations|prayers|break|weekend)))?(?:,?\s+(?:in\s+)?" + _YEAR_N + r")?)\b"), "eid"),
    # (round K28) "on Easter Sunday", "on Good Friday", "over the Easter weekend", "on Christmas" (after "on" alone:
    # "Christmas markets", "the Christmas truce" are no days)
    (re.compile(r"\b(?P<prep>(?i:on|during|over|throughout|at|since))\s+(?P<span>(?:(?i:the)\s+)?(?P<name>Easter(?:\s+"
                r"(?:Sunday|Monday|Day))?|Good\s+Friday|Holy\s+(?:Thursday|Saturday)|Maundy\s+Thursday|Palm\s+Sunday)"
                r"(?!\s+(?:Sunday|Monday|Day|Rising|Island|Offensive|bombings?|attacks?|massacre)\b)(?:\s+(?P<kind>(?i:holidays?|weekend|break|festivities|celebrations)))?(?:,?\s+(?:in\s+)?" + _YEAR_N
                + r")?)\b"), "easter"),
    (re.compile(r"\b(?i:on)\s+(?P<name>Christmas)(?P<ry>)(?:,?\s+(?P<year>(?:1[6-9]|20)\d{2})(?!\d))?(?![\w'\u2019-]|\s+(?:[A-Z]|"
                r"(?i:(?:day|eve|holiday|weekend|break|period|market|truce|tree|light|message|address|service|mass|card|gift"
                r"|present|shopping|sale|part(?:y|ie)|dinner|decoration|carol|song|season|spirit)s?)\b))"),
     "holiday"),
    # (round K18) "on Monday last week", "between Monday and Wednesday last week": that day of the week before
    (re.compile(rf"\b(?P<wd>{_WD})(?:\s+(?:and|or|to|through|until)\s+{_WD})?\s+(?:of\s+)?(?P<rel>(?i:last|next))"
                r"\s+week\b"), "weekday_week"),
    # (round K23) a deed told over a part of a year: "in the first six months of this year", "the first half of 2025",
    # "the last three months of the year"
    # (also without "the", as Indian wires write it: "in first six months of 2014")
    (re.compile(rf"\b(?:(?i:the)\s+)?(?P<which>(?i:first|last|second))\s+(?:(?P<n>{_NUM})\s+(?i:months)|(?i:half))"
                rf"\s+of\s+(?:(?P<rel>(?i:this|last|next|the))\s+year\b|{_YEAR_N})"), "part_of_year"),
    # (round K23) a span of months with no year: "between March and May", "from January to April"
    (re.compile(rf"\b(?P<prep>(?i:between|from))\s+(?P<mon>{_MON})\s*(?:and|to|through|until|till|-|\u2013)\s*"
                rf"(?P<mon2>{_MON})(?!\s*,?\s*(?:\d|(?i:last|this|next)\s+year))"), "month_span"),
    # (round K23) a span up to now: "in the past six months", "over the last two weeks", "for the past three years"
    (re.compile(rf"\b(?i:in|over|during|for|within|throughout)\s+the\s+(?i:past|last|previous)\s+(?P<n>{_NUM})\s+"
                r"(?P<unit>(?i:days|weeks|months|years))\b"), "past_span"),
    # (round K12) "by the end of the year", "since the start of the month", "at the beginning of next year"
    # (round K28) and of a week: "since the start of the week" (its Monday, week precision)
    (re.compile(r"\b(?:the\s+)?(?P<part>end|beginning|start)\s+of\s+(?P<rel>the|this|next|last)\s+"
                r"(?P<unit>month|year|week)\b", _I), "period_edge"),
]


def resolve_event_date(text: str, sentence: Sentence, trigger: Trigger | None,
                       published: date | None) -> EventDate:
    """The date of the event that `trigger` expresses in `sentence` (article offsets in the result).

    Without a date expression the event takes the published date (precision "day"); without a
    published date only absolute expressions ("March 3, 2024", "in 2019") resolve."""
    local = sentence.text  # offsets below are relative to it; `text` is the article it indexes
    if isinstance(published, datetime):
        published = published.date()  # a publication time: its day (before any expression is resolved against it)
    if published is None:
        # (round K31) "LAGOS, March 4, 2031 (Newswire) - ... the army said on Tuesday": the dateline's full date is
        # the day the story was filed, the day its "Tuesday" and "last week" count from
        published = dateline_day(text)
    exprs = find_date_expressions(local, published)
    if published is None:
        exprs = _in_story_year(text, sentence, exprs)
    else:
        exprs = _quoted_from_speech_day(local, exprs, published, lambda: _speech_day_before(text, sentence, published))
    own = _year_of_noun(local, trigger, sentence.start, published) or \
        _year_of_means(local, trigger, sentence.start, published)
    if own is not None:
        return own
    anniversary = _anniversary_years(exprs, trigger, sentence.start)
    years = _anchored_years(text, sentence, exprs, published) + _anchored_months(text, sentence, exprs, published)
    # an anchored year or month ("in December of that year") replaces the plain month it contains
    exprs = [e for e in exprs if not any(a.start <= e.start and e.end <= a.end for a in years)]
    exprs = exprs + _anchored_expressions(text, sentence, exprs, published) + years
    counted = _counted_from_named(local, exprs, trigger, sentence.start, published)
    exprs = [counted.get(id(e), e) for e in exprs]
    in_clause = _counted_clause_date(text, sentence, exprs, trigger, published)
    if in_clause is not None:
        return in_clause
    # (round K8) without a publication date a relative expression ("on Tuesday") still tells that the event has a
    # day of its own, only an unknown one: it competes for the trigger like any date (see `_unknown_day`)
    dated = [e for e in exprs if e.date is not None or e.historical_cue or (published is None and _unresolved(e))]
    dated = [e for e in dated if not e.anniversary and not _comparison_since(local, e, trigger, sentence.start)
             and not _place_background(local, e, trigger, sentence.start, published)
             and not _superlative_period(local, e) and not _cause_noun_date(local, e, trigger, sentence.start)
             and not _in_threatened_act(local, e, trigger, sentence.start)]
    # a date only an aside gives ("Orsted, which cut jobs last year after ..., signed a supply agreement") dates
    # the aside's deed, never the trigger outside it: the event goes undated here (the story dates it)
    dated = [e for e in dated if not _in_aside(local, e, trigger, sentence.start)]
    dated = [e for e in dated if not _old_deed_date(local, e, trigger, sentence.start, published, dated)]
    # a day counted from a named event ("hours after the polls closed on Tuesday") is the trigger's own day
    dated = [e for e in dated if e in counted.values() or not _in_later_clause(local, e, trigger, sentence.start)]
    dated = [e for e in dated if not _in_condition(local, e, trigger, sentence.start)]
    dated = [e for e in dated if not _in_relative_since(local, e, trigger, sentence.start)
             and not _in_contrast_since(local, e, trigger, sentence.start)
             and not _in_passive_relative(local, e, trigger, sentence.start)]
    dated = _own_passive_relative(local, dated, trigger, sentence.start)
    dated = [e for e in dated if not _in_called_act(local, e, trigger, sentence.start)
             and not _occasion_urged(local, e, trigger, sentence.start)]
    dated = [e for e in dated if not _day_of_object(local, e, trigger, sentence.start)
             and not _in_alleged_deed(local, e, trigger, sentence.start)
             and not _in_occasion_followed(local, e, trigger, sentence.start)
             and not _in_compared_occasion(local, e, trigger, sentence.start)]
    dated = [e for e in dated if not _ahead_of_past_deed(local, e, trigger, sentence.start, published)]
    dated = [e for e in dated if not _in_subject_participle(local, e, trigger, sentence.start)]
    dated = [e for e in dated if not _occasion_ahead(local, e, trigger, sentence.start)]
    dated = _own_earlier_step(local, dated, trigger, sentence.start)
    dated = [e for e in dated if not _span_end_after_start(local, e, dated)]
    outside = [e for e in dated if not _in_where_aside(local, e, trigger, sentence.start)]
    if any(not _report_penalty(local, e, None) for e in outside):
        dated = outside
    head = _dateline_end(local) if sentence.start <= _DATELINE_WINDOW else 0
    # A dateline's date ("BAMAKO, Mali, July 18, 2024 (Newswire) —") is when the story was filed, not when
    # the event happened; it only serves when the sentence has no other date.
    in_body = [e for e in dated if e.start >= head]
    if in_body:
        dated = in_body
    if not dated:
        if anniversary:
            return EventDate(None, None, None, None, True)
        if published is None:
            return EventDate(None, None, None, None, False)
        return EventDate(published.isoformat(), "day", None, None, False)
    later = _later_than_told(text, sentence, dated, trigger, published)
    if later is not None:
        return later
    best = _nearest(local, dated, trigger, sentence.start)
    if best.date is None and not best.historical_cue:
        return _unknown_day(sentence, best)
    if trigger is None and anniversary and not any(e.anniversary and e.end <= best.start for e in exprs):
        # "Police fired tear gas on Thursday as demonstrators marked the second anniversary of the protests":
        # the anniversary is the occasion's, the sentence's own event is dated by its own day
        anniversary = 0
    when = best.date
    if when is not None and anniversary and published is not None and not best.explicit_year \
            and (published - when).days <= HISTORICAL_DAYS:
        when = _shift_years(when, -anniversary)
    spans = _in_since_clause(local, best, trigger, sentence.start)
    if spans:
        best = replace(best, ongoing=True, historical_cue=False)
    ongoing = best.ongoing and not _in_when_clause(local, best, trigger, sentence.start)
    historical = best.historical_cue or bool(anniversary) or (
        not ongoing and _is_historical(when, best.precision, published, best.until))
    return EventDate(when.isoformat() if when else None, best.precision if when else None,
                     sentence.start + best.start, sentence.start + best.end, historical)


# (round K24) "Militants attacked an army post before dawn on Sunday ... Warplanes later struck the attackers as they
# fled, the ministry said in a statement on Monday": a deed told as coming "later" than the deed told before, with no
# day of its own but its report's, keeps that deed's day (the latest it can be known to have had); the report's day
# is only when it was told
_LATER_BEFORE = re.compile(r"(?i)\blater\s+(?:[a-z]+\s+)?$")  # "warplanes later struck", "were later arrested"
# "Later, troops killed six of the attackers"; (round K29) "Hours later, gunmen attacked a checkpoint": hours or
# minutes after the deed told before, on its day
# (round K34) "Later on Wednesday, an Israeli drone strike ...", "Later that day, ...", "Later in the afternoon, ...":
# the opener may name the day or the part of the day the later deed came on
_LATER_OPENS = re.compile(r"\s*(?:(?:Hours|Minutes|Moments|(?:An?|One|Two|Three|Several|A\s+few)\s+(?:hours?|minutes?)"
                          r")\s+l|L)ater\b"
                          r"(?:\s+(?:on\b(?:\s+[A-Z][a-z]+day\b(?:\s+(?:morning|afternoon|evening|night)\b)?)?|"
                          r"(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b|"
                          r"in\s+the\s+(?:day|morning|afternoon|evening|night)\b)\s*(?=,))?,?\s*")
# (round K34) "Later on Thursday, health officials said the strike had killed six people": the opener dates the report,
# whose clause tells a deed already known by a definite subject; the deed is not told as coming later
_REPORT_OF_KNOWN = re.compile(r"(?i)\b(?:said|says|told\s+[\w.-]+(?:\s+[\w.-]+)?|reported|announced|confirmed|added|"
                              r"stated)\s+(?:that\s+)?(?:the|this|that|its|their)\s+[^,;:]*$")
_PARTICIPLE_AT = re.compile(r"[a-z]+ing\b")
_LATER_THEN_PARTICIPLE = re.compile(r"(?:\blater\s+[a-z]+\b|^\s*Later\b)[^,;:()\u2014]*(?:,[^,;:()\u2014]*)?,\s*$")
# (round K26) a second verb joined by "and" to a verb told "later", in the same clause ("Helicopters later pursued the
# attackers and killed 12 of them"), or a relative on its clause ("were later pursued by helicopters, which killed ...")
_LATER_THEN_AND = re.compile(r"(?:\blater\s+[a-z]+\b|^\s*Later\b)[^,;:()\u2014]*(?:\band|,\s*(?:which|who))\s+"
                             r"(?:then\s+)?$")


# (round K27) "The army said its troops had neutralised several attackers in the area in the days that followed",
# "Over the following days, soldiers arrested 30 suspects", "Troops subsequently killed 20 militants": a span or
# adverb in the trigger's clause that tells the deed as coming after the one told before; a span names no event of
# its own ("in the days after the attack" is counted from the attack, see _ANCHORED)
_FOLLOWING_SPAN = re.compile(
    r"(?i)\b(?:(?:in|over|during|throughout)\s+the\s+(?:few\s+)?(?P<u1>days|weeks|hours|months)\s+(?:that|which)\s+"
    r"(?:followed|ensued)"
    r"|(?:in|over|during|throughout|within)\s+the\s+(?:following|next|ensuing|subsequent)\s+(?:few\s+|several\s+)?"
    r"(?P<u2>days|week|weeks|hours|month|months)"
    r"|within\s+(?P<u3>hours|minutes)|(?P<sub>subsequently|thereafter))\b")
_SPAN_CLAUSE_BREAK = re.compile(r"[;:()\u2014]")
_SPAN_WORD = re.compile(r"(?i)follow|next|within|ensu|subsequent|thereafter")


def following_span(s: str, t0: int, t1: int) -> re.Match[str] | None:
    """A span or adverb ("in the days that followed", "within hours", "subsequently") telling the deed whose trigger
    spans `t0`-`t1` of sentence `s` as coming after the deed told before it, in the trigger's clause."""
    if _SPAN_WORD.search(s) is None:
        return None  # (a cheap precheck)
    for m in _FOLLOWING_SPAN.finditer(s):
        lo, hi = (m.end(), t0) if m.end() <= t0 else (t1, m.start())
        if lo <= hi and not _SPAN_CLAUSE_BREAK.search(s, lo, hi):
            return m
    return None


def after_span(when: EventDate, m: re.Match[str], published: date | None, offset: int) -> EventDate:
    """The date of a deed told `m` ("in the days that followed") after a deed dated `when`: hours or "subsequently"
    keep its day (the latest the deed can be known to have had); days or a week start the day after, at week
    precision, and weeks or months at month precision, never after publication."""
    unit = (m.group("u1") or m.group("u2") or "").lower()
    if not unit or unit == "hours" or when.date is None or when.precision != "day":
        return when
    day = date.fromisoformat(when.date) + timedelta(days=1)
    if published is not None and day > published:
        return when
    precision = "week" if unit in ("days", "week") else "month"
    return EventDate(day.isoformat(), precision, offset + m.start(), offset + m.end(), when.historical)


def later_before(s: str, t0: int) -> re.Match[str] | None:
    """The word "later" telling the deed whose trigger starts at `t0` of sentence `s` as coming after the deed told
    before it: right before the trigger ("warplanes later struck") or opening its clause ("Later, troops ...")."""
    if "ater" not in s:
        return following_span(s, t0, t0)  # (a cheap precheck)
    m = _LATER_BEFORE.search(s, max(0, t0 - 30), t0)
    if m is None:
        m = _LATER_OPENS.match(s)
        if m is None or m.end() > t0 or _CLAUSE_BREAK.search(s, m.end(), t0) or \
                _REPORT_OF_KNOWN.search(s, m.end(), t0):
            m = None
    if m is None and _PARTICIPLE_AT.match(s, t0):
        # (round K25) "Soldiers later repelled the fighters, killing four of them": a participle goes on with the
        # deed of the clause it hangs on, told later
        m = _LATER_THEN_PARTICIPLE.search(s, 0, t0)
    if m is None:
        m = _LATER_THEN_AND.search(s, 0, t0)
    if m is None:
        m = following_span(s, t0, t0)
    return m


def _later_than_told(text: str, sentence: Sentence, dated: list[DateExpression], trigger: Trigger | None,
                     published: date | None) -> EventDate | None:
    if trigger is None or not dated:
        return None
    s, t0, t1 = sentence.text, trigger.start - sentence.start, trigger.end - sentence.start
    m = later_before(s, t0)
    if m is None:
        return None
    if not all(e.start >= t1 and _report_penalty(s, e, (t0, t1)) for e in dated):
        return None  # a day of its own, or one before it, tells more
    before = _sentences_before(text, sentence, 1)
    prev = before[-1] if before else None
    when = resolve_event_date(text, prev, None, published) if prev is not None else None
    if when is None or when.start is None or when.date is None or when.precision != "day" or when.historical:
        return None
    if any(e.date is not None and e.date < date.fromisoformat(when.date) for e in dated):
        return None  # (the report comes first: the deed told before is no anchor of this one)
    if "later" not in m.group().lower():
        return after_span(replace(when, historical=False), m, published, sentence.start)
    at = m.start() + m.group().lower().index("later")  # (the span is the word itself)
    return EventDate(when.date, "day", sentence.start + at, sentence.start + at + len("later"), False)


# (round K12) "Protests have taken place every week since the government suspended talks with the unions in May
# 2025": a date inside a since-clause dates the start of the span a perfect tense before "since" tells (ongoing, not
# historical); a trigger inside the clause ("suspended") keeps its own past date
_SINCE_CLAUSE_OPEN = re.compile(r"(?i)\bsince\s+(?:[^\s,;.]+\s+){1,12}$")
_PERFECT = re.compile(r"(?i)\b(?:has|have|had)\b")


def _in_since_clause(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or e.ongoing or e.date is None:
        return False
    t_end = trigger.end - offset
    m = _SINCE_CLAUSE_OPEN.search(s, t_end, e.start)
    return m is not None and _PERFECT.search(s, 0, m.start()) is not None


# (round K11) "the 2019 bombing", "the 2019 Easter Sunday bombings": a year written as the modifier of the trigger
# noun dates that event only (the sentence's other deeds are not dated by it: it is no date expression)
_YEAR_OF_NOUN = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+((?:1[6-9]|20)\d{2})\s+"
                           r"(?:[A-Z][\w-]*\s+){0,2}$")


def _year_of_noun(s: str, trigger: Trigger | None, offset: int, published: date | None) -> EventDate | None:
    if trigger is None:
        return None
    t0 = trigger.start - offset
    m = _YEAR_OF_NOUN.search(s, max(0, t0 - 60), t0)
    if m is None:
        return None
    y = int(m.group(1))
    if published is not None and y >= published.year:
        return None  # "the 2026 budget", "the 2028 election": current or coming, left to the story's dates
    return EventDate(f"{y}-01-01", "year", offset + m.start(1), offset + m.end(1), True)


# (round K33) "Mali's junta, which seized power in a 2020 coup, ...", "the general who came to power in a 2021 coup":
# the year of the occasion the deed was done in, right after the trigger verb, dates the deed (as the year of the
# trigger noun does); the sentence's other deeds are not dated by it
_YEAR_OF_MEANS = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:in|during|through|with)\s+(?:the|a|an|its|their|his|her)\s+"
                            r"((?:1[6-9]|20)\d{2})\s+(?:[\w-]+\s+)?(?:coup|putsch|attack|bombing|raid|massacre|war|"
                            r"election|vote|referendum|uprising|revolution|invasion|offensive|crackdown|revolt)\b")


def _year_of_means(s: str, trigger: Trigger | None, offset: int, published: date | None) -> EventDate | None:
    if trigger is None:
        return None
    m = _YEAR_OF_MEANS.match(s, trigger.end - offset)
    if m is None:
        return None
    y = int(m.group(1))
    if published is None or y >= published.year:
        return None  # a year not yet past (or none to weigh it against) is left to the story's dates
    return EventDate(f"{y}-01-01", "year", offset + m.start(1), offset + m.end(1), True)


# "protests since November 2024, when the collapse of a canopy killed 16 people": the when-clause after a since-date
# tells a deed at that time, which is past, not the span that has gone on since
_WHEN_CLAUSE = re.compile(r",?\s+when\s[^;]*")


def _in_when_clause(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None:
        return False
    m = _WHEN_CLAUSE.match(s, e.end)
    return m is not None and m.start() < trigger.start - offset < m.end()


# (round K30) '"Yesterday our troops killed 20 terrorists," a spokesman said on Tuesday': a word that counts from the
# day it is spoken, inside a quotation, counts from the day the sentence says it was said
_QUOTED = re.compile(r'"[^"]+"|\u201c[^\u201d]+\u201d')
_SPEAKERS_DAY = re.compile(r"(?i)(?:(?:earlier\s+|late\s+|early\s+)?(?:yesterday|today|tonight|tomorrow)|last\s+night"
                           r"|this\s+(?:morning|afternoon|evening))\b")


def _quoted_from_speech_day(s: str, exprs: list[DateExpression], published: date,
                            told_before: Callable[[], date | None] | None = None) -> list[DateExpression]:
    """The expressions, with those of a speaker's own day inside a quotation counted from the day outside it that
    dates its saying ("..., the minister said on Sunday"), when that day is before publication; (round K31) with no
    such day in the sentence, a quotation closed by a bare "she said" counts from the day the sentence before gives
    the speaking (`told_before`: "The mayor spoke to reporters on Saturday. 'Militants attacked the police station
    last night,' she said.")."""
    if '"' not in s and "\u201c" not in s:
        return exprs  # (a cheap precheck)
    quotes = [q.span() for q in _QUOTED.finditer(s)]

    def quoted(e: DateExpression) -> bool:
        return any(a < e.start and e.end < b for a, b in quotes)
    if not any(quoted(e) and _SPEAKERS_DAY.match(s, e.start) for e in exprs):
        return exprs
    said = next((e.date for e in exprs if not quoted(e) and e.date and e.precision == "day" and e.date < published
                 and _report_penalty(s, e, None)), None)
    if said is None and told_before is not None and not any(not quoted(e) for e in exprs) and \
            quotes and _BARE_ATTRIBUTION.fullmatch(s, quotes[-1][1]):
        said = told_before()
    if said is None:
        return exprs
    again = {(e.start, e.end): e for e in find_date_expressions(s, said)}
    return [again.get((e.start, e.end), e) if quoted(e) and _SPEAKERS_DAY.match(s, e.start) else e for e in exprs]


# (round K31) '"...," she said.', '"...," the mayor added.': a quotation's attribution with no day of its own
_BARE_ATTRIBUTION = re.compile(r"\s*,?\s*(?:[\w'\u2019.-]+\s+){0,4}?(?:said|says|added|told\s+\w+|recalled|explained)"
                               r"(?:\s+(?:[\w'\u2019.-]+\s+){0,3}?[\w'\u2019.-]+)?\s*\.?\s*")
# the sentence before tells when the speaker spoke: "The mayor spoke to reporters on Saturday."
_SPOKE_BEFORE = re.compile(r"(?i)\b(?:spoke|speaking|talked|told|said|addressed|interviewed|briefed|reached)\b"
                           r"[^.;\"\u201c]*$")


def _speech_day_before(text: str, sentence: Sentence, published: date) -> date | None:
    """The day the sentence just before `sentence` dates someone's speaking, before publication."""
    before = _sentences_before(text, sentence, 1)
    if not before:
        return None
    prev = before[-1].text
    return next((e.date for e in find_date_expressions(prev, published) if e.date and e.precision == "day"
                 and e.date < published and _SPOKE_BEFORE.search(prev, 0, e.start)), None)


# (round K30) a day and month with no year ("on 14 July", "March 3"): no weekday, no relative word
_MONTH_DAY_ONLY = re.compile(r"(?i)^(?:on\s+|by\s+)?(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9}\.?"
                             r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)$")
_HALF_YEAR = timedelta(days=183)


def _in_story_year(text: str, sentence: Sentence, exprs: list[DateExpression]) -> list[DateExpression]:
    """(round K30) With no publication date, "A court charged six of them on 14 July" after "... on 11 July 2031":
    a day and month with no year is the one nearest the last day the story wrote with its year (a story tells one
    stretch of time); with no such day before it stays unresolved."""
    if not any(_bare_month_day(sentence.text, e) for e in exprs):
        # (round P33) only an unresolved day and month can take the story's year: the text before the sentence (up to
        # _ANCHOR_WINDOW characters, a new text for every sentence, so searched anew each time) is read only for one
        return exprs
    lo = max(0, sentence.start - _ANCHOR_WINDOW)
    before = find_date_expressions(text[lo:sentence.start], None)
    ref = next((e.date for e in reversed(before) if e.date and e.explicit_year and e.precision == "day"), None)
    if ref is None:
        return exprs
    # the latest such day on or before half a year after the reference is the one nearest it
    near = {(e.start, e.end): e for e in find_date_expressions(sentence.text, ref + _HALF_YEAR)}
    out = []
    for e in exprs:
        got = near.get((e.start, e.end))
        if got is not None and got.precision == "day" and _bare_month_day(sentence.text, e):
            e = replace(got, explicit_year=False)
        out.append(e)
    return out


def _bare_month_day(s: str, e: DateExpression) -> bool:
    """An unresolved expression of `s` that is a day and a month named by its name, with no year ("on 14 July")."""
    if e.date is not None:
        return False
    span = s[e.start:e.end]
    return _MONTH_DAY_ONLY.match(span.strip()) is not None and \
        any(w.lower().rstrip(".") in _MONTHS for w in re.findall(r"[A-Za-z.]+", span))


def _unresolved(e: DateExpression) -> bool:
    """A date expression that names a day or period relative to publication ("on Tuesday", "last week", "in
    June"): with no publication date it resolves to nothing, yet it is the event's own time."""
    return e.date is None and not e.historical_cue and not e.anniversary


def _unknown_day(sentence: Sentence, e: DateExpression) -> EventDate:
    """(round K8) The event is dated by `e`, which cannot be resolved (no publication date): no date, but the
    expression's offsets, so that the pipeline gives it no other sentence's date ("Teachers marched on Thursday"
    does not take the 2019 of a background paragraph). `unknown_day` tells such a result apart."""
    return EventDate(None, None, sentence.start + e.start, sentence.start + e.end, False)


def unknown_day(when: EventDate) -> bool:
    """`when` is an event's own relative date that no publication date resolves (see `_unknown_day`)."""
    return when.date is None and when.start is not None and not when.historical


# "urged both sides to allow aid into El Fasher, where famine was declared last year": a where-clause after the
# trigger tells the place's past; its historical date is not the event's.
_WHERE_CLAUSE = re.compile(r",\s+where\s")
# (round K15) "Villagers fled Makurdi, where gunmen killed 20 people last month, on Tuesday": a where-aside between
# commas tells the place's own deed; its date yields to a date the trigger has outside it
_WHERE_ASIDE = re.compile(r",\s+where\s[^,;]*,")


def _holds_date_not_trigger(m: re.Match[str], e: DateExpression, t0: int, t1: int) -> bool:
    """The aside `m` holds the date expression and not the trigger."""
    return m.start() <= e.start and e.end <= m.end() and not (m.start() <= t0 and t1 <= m.end())


def _in_where_aside(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None:
        return False
    t0, t1 = trigger.start - offset, trigger.end - offset
    return any(_holds_date_not_trigger(m, e, t0, t1) for m in _WHERE_ASIDE.finditer(s))


def _place_background(s: str, e: DateExpression, trigger: Trigger | None, offset: int,
                      published: date | None) -> bool:
    if trigger is None:
        return False
    t_end = trigger.end - offset
    m = _WHERE_CLAUSE.search(s, max(0, t_end))
    if m is None or e.start < m.end():
        return False
    return e.historical_cue or (not e.ongoing and _is_historical(e.date, e.precision, published, e.until))


# "Saied, who was elected in 2019, shut down parliament in 2021", "The ELN, founded in 1964, has ...": an aside
# on a party (a relative clause or a participle between commas) dates that party's past, not the event
_ASIDE = re.compile(r",\s+(?:(?:who|whom|which|whose)\b|(?:founded|formed|established|created|born|elected|appointed)\s)"
                    r"[^,;]*,")


# "accused government forces of killing civilians, including an attack on a bus that killed 30 people in 2023":
# the examples an including-phrase after the trigger lists carry their own dates; "has been hit several times,
# including in November 2025" lists the trigger's own times
_INCLUDING = re.compile(r",\s+(?:including|among\s+them|such\s+as)\s+"
                        r"(?!(?:in|on|at|during|last|this|early|late|since|before|after)\b)[^,;]*(?:,|$)")


# (round K12) a who-clause closing the sentence after the trigger ("demanded the release of the blogger, who was
# detained in January.") tells that person's past, like one between commas
_LAST_WHO = re.compile(r",\s+(?:who|whom|whose)\b[^,;]*$")
# (round K12) "threatened to walk out if the company did not restore their pay by Aug. 14": a date in a condition
# after the trigger is the condition's (a deadline), not the day of the threat
_CONDITION = re.compile(r"(?i)\b(?:if|unless)\s[^;]*")


def _in_condition(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    """A date in an if/unless clause after the trigger (or, for the sentence as a whole, after its main clause)."""
    if trigger is not None and not _PAST_FORM.fullmatch(s[trigger.start - offset:trigger.end - offset]):
        return False  # "the unrest could spread ... if protests called for next Tuesday go ahead": its day too
    after = trigger.end - offset if trigger is not None else 1
    return any(after <= m.start() <= e.start and e.end <= m.end() for m in _CONDITION.finditer(s))


# (round K21) "Police used tear gas against students who have occupied the campus since Sunday": a since-date in a
# relative clause told in a perfect tense after the trigger dates that clause's span, not the trigger's deed
_RELATIVE_SINCE = re.compile(r"(?i)\b(?:who|which|that)\s+(?:have|has|had)\b[^,;.:]*\bsince\s+$")


# (session 26) "Kim has called South Korea the principal enemy, though he has not attacked the South since the
# shelling of Yeonpyeong island in 2010": a "since" date in a contrasted clause after the trigger spans that clause's
# state, not the trigger's deed (the deed is not dated 2010)
_SINCE_PHRASE = re.compile(r"(?i)\bsince\s+(?:[^\s,;.]+\s+){0,12}$")
_CONTRAST_CLAUSE = re.compile(r"(?i),\s+(?:though|although|even\s+though|even\s+as|while|whereas|but)\b")


def _in_contrast_since(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None:
        return False
    t_end = trigger.end - offset
    if e.start <= t_end:
        return False
    contrast = _CONTRAST_CLAUSE.search(s, t_end, e.start)
    # "since 2019", "since the shelling of Yeonpyeong island in 2010"
    return contrast is not None and _SINCE_PHRASE.search(s, contrast.end(), e.start) is not None


def _in_relative_since(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    after = trigger.end - offset if trigger is not None else 1  # (for the sentence as a whole: after its start)
    return e.start > after and _RELATIVE_SINCE.search(s, after, e.start) is not None


# a body's sitting told in the present ("the council, which meets on Thursday"): a schedule (rounds K15, K16)
_SITTING = r"meets|convenes|reconvenes|sits"
# (round K13) "The truce, which takes effect on Friday, covers ...": an aside right after the trigger noun that gives
# its schedule dates the trigger itself
_OWN_SCHEDULE = re.compile(r",\s+which\s+(?:(?:is|was)\s+(?:due|set|scheduled)\s+to\s+)?(?:takes?|took|comes?|came"
                           r"|begins?|began|starts?|started|went|goes|expires?|expired|enters?|entered"
                           # (round K16) "the council, which meets on Thursday, will decide ..."
                           rf"|{_SITTING}"
                           # (round K15) "the referendum, which was held on Dec. 14, ..."
                           r"|(?:was|were)\s+held)\b")
# (round K15) "The ceasefire, which takes effect on Wednesday, covers ...", "The strike, which starts on Monday, will
# shut all ports": a schedule aside on the subject dates a main verb told in the present or the future (what the
# subject does once it starts); a past main verb ("The curfew, which began on Monday, ended the protests") is a
# later deed of its own
_SUBJECT_NP = re.compile(r"(?:The|A|An|Its|Their|This|[A-Z][\w'\u2019-]*)(?:\s+[\w'\u2019-]+){0,5}")
_SCHEDULE_NOW = re.compile(rf"(?i)(?:takes?|comes?|begins?|starts?|goes|expires?|enters?|{_SITTING}"
                           r"|(?:is|are)\s+(?:due|set|scheduled)\s+to)\b")
_MODAL_GAP = re.compile(r"(?i)\s*(?:(?:will|would|shall|is\s+to|are\s+to|could|may|should|must)\s+"
                        r"(?:(?:also|now|only|not)\s+)?)?")


def _schedule_of_subject(s: str, m: re.Match[str], t0: int, t1: int) -> bool:
    if not _SUBJECT_NP.fullmatch(s, 0, m.start()) or not _MODAL_GAP.fullmatch(s, m.end(), t0):
        return False
    which = re.compile(r",\s+which\s+").match(s, m.start())
    if which is None or _SCHEDULE_NOW.match(s, which.end()) is None:
        return False
    return bool(s[m.end():t0].strip()) or not _PAST_FORM.fullmatch(s[t0:t1])


# (round K18) "The airport at Kidal, overrun by rebels in March 2023, reopened this week", "the junta, led by Captain
# Traore since a coup in September 2022, has expelled ...": a participle aside recalling an old deed dates that deed
# (a current date there, "The report, released on Monday, said ...", is the subject's own news and stays)
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:\w+ed|overrun|taken|held|seized|stolen|shot|hit|caught|kept|built|won|lost|led"
                               r"|driven|known|beaten|broken|chosen|given|thrown|sworn|struck|sent|set|brought|begun"
                               r"|torn|sold|fought|left)\s+(?:by|in|on|at|during|since|after|from|last|earlier|two|three"
                               r"|several|years|months|decades)\b[^,;]*,")
# a date written right before the trigger verb, or its comma: "Survivors of the bombing of the station in April 2022
# protested outside the court on Tuesday", "Relatives of hostages seized in the attack of Oct. 7, 2023, marched ..."
_RIGHT_BEFORE = re.compile(r"\s*,?\s*(?:(?:has|have|had)\s+)?")


def _old_deed_date(s: str, e: DateExpression, trigger: Trigger | None, offset: int, published: date | None,
                   dated: list[DateExpression]) -> bool:
    """(round K18) An old date that only recalls a past deed of the subject (issue 3: a re-mention's date is its own,
    never the current event's): in a participle aside, or closing the subject right before the trigger verb when the
    verb has a current date of its own after it."""
    if trigger is None or not (e.historical_cue or _is_historical(e.date, e.precision, published, e.until)):
        return False
    t0, t1 = trigger.start - offset, trigger.end - offset
    if any(_holds_date_not_trigger(m, e, t0, t1) for m in _PARTICIPLE_ASIDE.finditer(s)):
        return True
    if e.end > t0 or not _RIGHT_BEFORE.fullmatch(s, e.end, t0) or not _PAST_FORM.fullmatch(s, t0, t1):
        return False
    return any(f.start >= t1 and f.date is not None and not f.historical_cue and not f.ongoing
               and not _is_historical(f.date, f.precision, published, f.until)
               and not _NEW_CLAUSE.search(s, t1, f.start) and not _report_penalty(s, f, None) for f in dated)


def _in_aside(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None:
        return False
    t0, t1 = trigger.start - offset, trigger.end - offset
    return any(_holds_date_not_trigger(m, e, t0, t1)
               and not (m.start() == t1 and _OWN_SCHEDULE.match(s, m.start()))
               and not (m.end() <= t0 and _OWN_SCHEDULE.match(s, m.start()) and _schedule_of_subject(s, m, t0, t1))
               for m in _ASIDE.finditer(s)) or \
        any(t1 <= m.start() <= e.start for m in _LAST_WHO.finditer(s)) or \
        any(m.start() >= t1 and m.start() <= e.start and e.end <= m.end() for m in _INCLUDING.finditer(s))


# a past-tense trigger ("threatened", "killed") tells a deed done by publication: a day after it ("would 'not
# allow a return to the situation before October 7' and threatened to strike Beirut", read forward under
# "would") is another clause's time
_PAST_FORM = re.compile(r"(?i)(?:\w+ed|took|made|gave|went|came|began|left|fled|won|lost|met|held|broke|rose|fell"
                        r"|struck|shot|sent|led|withdrew|threw|fought|brought|sought|kept|built|stood|stole|drove"
                        r"|flew|told|said|saw|ran|hid|beat|tore|swore|hit|set|cut|put|shut|spoke|wrote)")
_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|shall|to|be|been|being|is|are|'ll|won't|may|might|could|can"
                           r"|must|should)\s+(?:\w+\s+){0,2}$")


# (round K11) "would lock out workers from Friday until Monday, after a partial strike by the union delayed ...": a
# deed named in an "after"/"following" phrase that follows the day happened before what that day dates
_AFTER_NOUN = re.compile(r"(?i)\b(?:after|following)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){0,3}$")


def _ahead_of_past_deed(s: str, e: DateExpression, trigger: Trigger | None, offset: int,
                        published: date | None) -> bool:
    if trigger is None or published is None or e.date is None or e.date <= published:
        return False
    t0 = trigger.start - offset
    if e.end <= t0 and _AFTER_NOUN.search(s, e.end, t0) is not None:
        return True
    if not _PAST_FORM.fullmatch(s[t0:trigger.end - offset]):
        return False
    return _MODAL_BEFORE.search(s, max(0, t0 - 40), t0) is None


# (round K26) "arrested 40 activists ahead of the vote on Sunday", "in the run-up to the election on October 25": the
# day is the occasion's the deed came before, not the deed's (as "ahead of Sunday's vote" is)
_RUN_UP = re.compile(r"(?i)\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+the\s+(?:days|weeks|hours)\s+(?:before|leading\s+up"
                     r"\s+to|preceding))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:on|of|in)\s+$")


_RUN_UP_WORD = re.compile(r"(?i)\b(?:ahead|run-up|days|weeks|hours)\b")


def _occasion_ahead(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or not _RUN_UP_WORD.search(s):
        return False  # (a cheap precheck)
    m = _RUN_UP.search(s, max(0, e.start - 70), e.start)
    # (the occasion itself keeps its day: "protests ahead of the vote on Sunday" codes the vote as the protest's)
    return m is not None and not m.start() <= trigger.start - offset < e.end


# "Two aid workers kidnapped in Mali nine months ago have been freed": a date that closes a participle phrase in
# the subject, right before the finite verb of the trigger, dates the participle's deed (the kidnapping)
_FINITE_NEXT = re.compile(r"\s*(?:have|has|had|were|was|are|is)\s+(?:(?:been|now|finally|reportedly|also)\s+){0,2}")
_PARTICIPLE = re.compile(r"(?i)\b(?P<aux>\w+\s+)?(?:\w+ed|taken|held|seized|stolen|shot|hit|caught|kept|born)\b")
_AUXILIARY = re.compile(r"(?i)(?:was|were|is|are|be|been|being|has|have|had|who|which|that|and|or|to)\s+")


# (round K13) "The strike that began on Monday entered its third day": a date closing a relative clause on the subject,
# right before the trigger verb, dates the clause's deed
_SUBJECT_RELATIVE = re.compile(r"(?i)\b(?:that|which|who)\s+(?:[\w'\u2019-]+\s+){1,5}$")
# "that it carried out the April 1 strike": a date after a determiner modifies the noun that follows it
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|this|that|whose|our)\s+$")


_THAT = re.compile(r"(?i)\bthat\s")
# (round K26) a place phrase between a subject's participle date and the verb ("The family of a journalist abducted
# three weeks ago in Idlib appealed ..."): the place, like the date, belongs to the participle's deed
_PLACE_TAIL = re.compile(r"\s+(?:in|near|at|outside)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+")
# (round K18) "The peace deal signed in 2026 collapsed on Sunday": a subject noun phrase with a participle phrase
# closing in the date, right before a past verb, dates the participle's deed (a relative clause without "that")
_REDUCED_RELATIVE = re.compile(r"(?i)(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\w'\u2019-]+\s+){1,4}?"
                               r"(?:\w+ed|taken|held|seized|stolen|shot|hit|caught|kept|built|won|lost|signed|struck"
                               r"|begun|made|given|brought|sent|set|imposed)\s+(?:[\w'\u2019.,-]+\s+){0,5}?")


def _reduced_relative(s: str, e: DateExpression, t0: int, t1: int) -> bool:
    if not _PAST_FORM.fullmatch(s, t0, t1):
        return False
    clause = max(s.rfind(",", 0, e.start), s.rfind(";", 0, e.start)) + 1
    clause = max([clause] + [c.end() for c in _THAT.finditer(s, clause, e.start)])
    lead = len(s[clause:e.start]) - len(s[clause:e.start].lstrip())
    return _REDUCED_RELATIVE.fullmatch(s, clause + lead, e.start) is not None


def _in_subject_participle(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None:
        return False
    t0 = trigger.start - offset
    if e.end <= t0 and (not s[e.end:t0].strip() or _PLACE_TAIL.fullmatch(s, e.end, t0)) and \
            not _DETERMINER_BEFORE.search(s, max(0, e.start - 8), e.start) \
            and not re.search(r"['\u2019]s$", s[e.start:e.end]) and \
            (_SUBJECT_RELATIVE.search(s, max(0, e.start - 50), e.start) is not None
             or _reduced_relative(s, e, t0, trigger.end - offset)):
        return True
    if t0 < e.end or not _FINITE_NEXT.fullmatch(s, e.end, t0):
        return False
    clause = max(s.rfind(",", 0, e.start), s.rfind(";", 0, e.start)) + 1
    # (round K15) "announced that its congress on Saturday had elected ...": the reporting verb before "that" is no
    # participle of the subject
    clause = max([clause] + [c.end() for c in _THAT.finditer(s, clause, e.start)])
    # a participle not itself a finite verb's ("were kidnapped") or a relative's, with a noun before it
    return any(m.group("aux") is not None and not _AUXILIARY.fullmatch(m.group("aux"))
               for m in _PARTICIPLE.finditer(s, clause, e.start))


# "approved the package at a meeting in Brussels after Hungary dropped its objections on Monday": a date in an
# after/before clause with its own subject and verb, behind the trigger, dates that clause's event
_OTHER_CLAUSE = re.compile(
    r"\b(?:after|before)\s+(?!(?:the|a|an|this|that|his|her|their|its)\s+\w+\s+(?:on|in|at)\b)"
    r"(?:[\w'\u2019-]+\s+){1,6}?(?:had\s+|have\s+|has\s+)?"
    r"(?:\w+ed|took|made|gave|went|came|began|left|fled|won|lost|met|held|broke|rose|fell|struck|shot|sent|led"
    r"|withdrew|drew|threw|wrote|spoke|fought|brought|sought|kept|built|stood|chose|stole|drove|flew|knew|grew"
    r"|became|told|said|saw|ran|hid|beat|got|tore|swore)\b"
    r"[^,;.]*")


# (round K8) "was ordered to sail to Genoa with the 84 people it had picked up on Sunday": a relative clause in the
# pluperfect after the trigger (its pronoun written or not) tells an earlier step, with its own day
# (also the pipeline's: a noun and its clause's subject pronoun, "the 84 people it", before "had")
PRONOUNLESS_RELATIVE = r"(?:the|a|an|those|these|\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?(?:it|they|he|she|we)\s+"
_EARLIER_STEP = re.compile(r"(?i)\b(?:(?:that|which|who|whom)\s+(?:\w+\s+)?|" + PRONOUNLESS_RELATIVE +
                           r")had\s+(?:been\s+)?\w+[^,;.]*")


def _in_later_clause(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None:
        return False
    t_end = trigger.end - offset
    # (a date that starts in the clause is its own: "on Feb. 18" stops the clause at its abbreviation's dot)
    return any(start >= t_end and start < e.start < end
               for start, end in _earlier_steps(s) + tuple(m.span() for m in _OTHER_CLAUSE.finditer(s)))


# (round K33) "Soldiers rescued 20 students who were kidnapped from their school in Kuriga last March": a relative clause
# in the simple past passive after the trigger tells what was done to its party before (the kidnapping), with its own
# time; the rescue is not dated by it ("freed hostages who were seized on Sunday" as "... they had seized on Sunday")
_PASSIVE_RELATIVE = re.compile(r"(?i)\b(?:who|which|that|whom)\s+(?:were|was)\s+(?:\w+ly\s+)?(?!being\b)"
                               r"(?:\w+ed|\w+en|\w+wn|held|hit|shot|caught|led|kept|struck|built|sent|found|put|met"
                               r"|told|left|brought|fought|seized|taken|bought|sold|lost|won|made|set|cut)\b[^,;.]*")


def _in_passive_relative(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or "were" not in s and "was" not in s:
        return False
    t_end = trigger.end - offset
    # (a clause on the trigger noun itself tells its own time: "the referendum, which was held on March 29")
    return any(m.start() >= t_end and m.start() < e.start < m.end() and s[t_end:m.start()].strip(" ,")
               for m in _PASSIVE_RELATIVE.finditer(s, t_end))


def _own_passive_relative(s: str, dated: list[DateExpression], trigger: Trigger | None,
                          offset: int) -> list[DateExpression]:
    """A trigger inside such a clause ("rescued 20 students on Monday who were kidnapped ... last March") takes the
    clause's own date, when it has one, not the main clause's."""
    if trigger is None or "were" not in s and "was" not in s:
        return dated
    t0 = trigger.start - offset
    for m in _PASSIVE_RELATIVE.finditer(s):
        if m.start() < t0 < m.end():
            own = [e for e in dated if m.start() < e.start < m.end()]
            return own or dated
    return dated


# (round K31) "Clashes broke out on Tuesday night and continued into Wednesday, killing nine people", "the siege lasted
# until Friday": the day a span reaches is its end; the deed began on the day the sentence told before it
_SPAN_END_OPENS = re.compile(r"(?i)\s*(?:into|until|till|through)\b")
_SPAN_END_BEFORE = re.compile(r"(?i)\b(?:into|until|till|through)\s+"
                              r"(?:the\s+(?:early\s+)?(?:hours|morning|night|evening)\s+of\s+)?$")


def _span_end_after_start(s: str, e: DateExpression, dated: list[DateExpression]) -> bool:
    """`e` is the end of a span ("into Wednesday") whose start, an earlier day, the sentence gives before it."""
    if e.date is None or not (_SPAN_END_OPENS.match(s, e.start) or _SPAN_END_BEFORE.search(s, 0, e.start)):
        return False
    return any(f is not e and f.end <= e.start and f.date is not None and f.precision == "day" and f.date < e.date
               for f in dated)


@lru_cache(maxsize=256)
def _earlier_steps(s: str) -> tuple[tuple[int, int], ...]:
    """The spans of the pluperfect relative clauses (`_EARLIER_STEP`) of a sentence: none without "had" (a cheap
    precheck: the pattern is slow, and asked once per date of the sentence)."""
    if "had" not in s and "Had" not in s and "HAD" not in s:
        return ()
    return tuple(m.span() for m in _EARLIER_STEP.finditer(s))


# (round K23) the opening of a pluperfect relative clause right before its participle, also after a number word:
# "12 passengers they had seized", "nine farmers they had abducted", "30 women whom gunmen had kidnapped"
_RELATIVE_OPEN = re.compile(r"(?i)\b(?:(?:that|which|who|whom)\s+(?:[\w'\u2019-]+\s+){0,3}?|(?:the|a|an|those|these"
                            r"|\d[\d,]*|" + "|".join(w for w in _NUMBERS if len(w) > 2) + r")\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:it|they|he|she|we)\s+)had\s+(?:been\s+)?$")
_OWN_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]")


def _own_earlier_step(s: str, dated: list[DateExpression], trigger: Trigger | None,
                      offset: int) -> list[DateExpression]:
    """(round K23) "Kidnappers on Monday freed 12 passengers they had seized on the highway on Feb. 18": a trigger
    opening a pluperfect relative clause that writes its own date after it takes that date, not the main clause's
    (the reverse of `_in_later_clause`)."""
    if trigger is None or len(dated) < 2:
        return dated
    t0, t1 = trigger.start - offset, trigger.end - offset
    if _RELATIVE_OPEN.search(s, max(0, t0 - 120), t0) is None:
        return dated
    own = [e for e in dated if e.start >= t1 and e.date is not None and not _OWN_CLAUSE_BREAK.search(s, t1, e.start)]
    return own or dated


# "the deadliest attack since March", "the first such protest since 2019": a superlative's "since" compares the
# event with an earlier one; it does not date it.
_SUPERLATIVE_BEFORE = re.compile(
    r"(?i)\b(?:\w+est|most\s+\w+|first|largest|worst|biggest|highest|lowest|only|\d+(?:st|nd|rd|th)|second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"(?:\s+(?!(?:and|but|when|after|before|since)\b)[\w'\u2019-]+){0,8}\s+$")
# "the first visit since she became prime minister in October last year", "the 21st package since Russia's
# invasion of Ukraine in February 2022": a short since-clause (no clause break) ending in the date
_SINCE_CLAUSE = re.compile(r"(?i)\bsince\s+(?:[^\s,;.]+\s+){0,8}$")


def _comparison_since(s: str, e: DateExpression, trigger: Trigger | None = None, offset: int = 0) -> bool:
    m = _SINCE_CLAUSE.search(s, max(0, e.start - 80), e.start)
    if m is None and not s.startswith("since", e.start):
        return False
    since = m.start() if m is not None else e.start
    if trigger is not None and since <= trigger.start - offset < e.start:
        return False  # the event is the since-clause's own ("the largest arrests since protests began in June")
    if _in_when_clause(s, e, trigger, offset):
        return False  # (round K11) "the worst attack since Oct. 7 last year, when gunmen stormed a village"
    return _SUPERLATIVE_BEFORE.search(s, max(0, since - 80), since) is not None


# (round K22) "The bombing was the deadliest so far this year", "the largest rally this month": a period after a
# superlative compares the event with others of that period; it does not date it (the story does)
_SUPERLATIVE_THE = re.compile(
    r"(?i)\bthe\s+(?:\w+est|most\s+\w+|first|worst|biggest|largest|only|second|third|fourth|fifth"
    r"|\d+(?:st|nd|rd|th))\b"
    r"(?:\s+(?!(?:and|but|when|after|before|since|on|in|at|last|late|early)\b)[\w'\u2019-]+){0,6}"
    r"(?:\s+(?:in|on|at|near|against|across)\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?)?\s+(?:so\s+far\s+)?$")
_THIS_PERIOD = re.compile(r"(?i)this\s+(?:year|month|week)")


def _superlative_period(s: str, e: DateExpression) -> bool:
    return _THIS_PERIOD.fullmatch(s, e.start, e.end) is not None and \
        _SUPERLATIVE_THE.search(s, max(0, e.start - 90), e.start) is not None


# (round K22) A threat is dated by when it is made (PLOVER dates the THREATEN event, the threat, not what it threatens):
# a date inside the threatened act after the trigger ("threatened to attack the city on Sunday", "warned that it
# would strike from Monday", "threatened a strike starting March 20") is the act's. A date the trigger takes
# directly ("threatened on Monday to ...", "warned the government last week") stays the threat's.
_THREAT_TRIGGER = re.compile(r"(?i)threat|warn|ultimat")
_THREATENED_ACT = re.compile(r"(?i)\b(?:to|that|would|will|could|might|unless|if|starting|beginning|from|effective|until)\b")


def _in_threatened_act(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or not _THREAT_TRIGGER.match(trigger.text):
        return False
    t_end = trigger.end - offset
    if e.start < t_end:
        return False
    act = _THREATENED_ACT.search(s, t_end, e.start)
    # "..., a spokesman said on Tuesday": a date past the act's clause is not the act's
    return act is not None and not re.search(r"[,;]", s[act.end():e.start])


# (round K22) "Police arrested two men over the Jan. 5 bombing", "charged in connection with Saturday's attack", "air
# strikes in retaliation for last week's ambush": a date written as the modifier of a noun that a causal preposition
# introduces dates that noun's deed (an earlier one), not a trigger before it. A bare "for" is left out: "arrested six
# men for Saturday's arson attack" keeps Saturday (pinned in test_review13). Only possessives ("Saturday's") and
# written calendar days after "the" ("the Jan. 5 bombing") count: "arrested 20 over the weekend in Lagos" is dated.
_CAUSE_BEFORE = re.compile(
    r"(?i)\b(?:over|behind|into|about|in\s+connection\s+with|(?:linked|tied)\s+to|responsible\s+for"
    r"|in\s+(?:retaliation|revenge|response|reprisal)\s+(?:for|to)|(?:suspected|accused|convicted|guilty)\s+of"
    r"|charged\s+(?:with|over|in))\s+(?P<the>the\s+)?$")
_POSSESSIVE = re.compile(r"(?:['\u2019]s)?\s+[a-z]")


def _cause_noun_date(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or trigger.end - offset > e.start:
        return False  # the trigger is the noun itself ("the Jan. 5 bombing killed 30") or comes after it
    m = _CAUSE_BEFORE.search(s, max(0, e.start - 40), e.start)
    if m is None or _POSSESSIVE.match(s, e.end) is None:
        return False
    written = s[e.start:e.end]
    possessive = written.endswith(("'s", "\u2019s")) or s.startswith(("'s", "\u2019s"), e.end)
    return possessive or (m.group("the") is not None and any(c.isdigit() for c in written))


# (round K37) "The strikes came in response to rockets fired at Sderot", "Jets hit villages on Saturday in retaliation
# for drones launched at Kiryat Shmona": a deed told as the cause of another came before it, on a day the story does
# not give. A day it takes from the rest of its sentence or from the story is only the reference it is told against:
# the deed keeps that day at week precision (ACLED's "within a week of the date given"), never as its own day. A day
# written inside the cause's own clause ("in retaliation for rockets fired on Friday") dates it as usual.
_CAUSE_OPENS = re.compile(
    r"(?i)\b(?:(?:in|as|was|were|is|are)\s+(?:an?\s+)?(?:direct\s+)?(?:retaliation|revenge|response|reprisal|reaction)"
    r"\s+(?:for|to|against)"
    r"|to\s+avenge|as\s+(?:payback|punishment|revenge|retaliation)\s+for|(?:avenging|retaliating\s+for))\s+")
_CAUSE_REACH = 80  # characters from the causal phrase to the deed it introduces (its head noun and a modifier)
_CAUSE_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]")
# "in response to a question", "in reaction to the report": words answered, no deed
_ANSWERED = re.compile(r"(?i)(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:questions?|queries|query|requests?|"
                       r"letters?|calls?|appeals?|criticism|reports?|statements?|remarks?|comments?|inquir(?:y|ies))\b")


def cause_clause(s: str, at: int) -> tuple[int, int] | None:
    """The span (offsets in `s`) of the first causal phrase's clause after offset `at`, from the phrase to the end
    of its clause: "[in response to an attack on a checkpoint that killed six soldiers]"; words answered ("in
    response to a question") tell no deed."""
    m = _CAUSE_OPENS.search(s, at)
    if m is None or _ANSWERED.match(s, m.end()):
        return None
    stop = _CAUSE_CLAUSE_BREAK.search(s, m.end())
    end = stop.start() if stop else len(s)
    if end == len(s) and s.endswith("."):
        end -= 1
    return m.start(), end


def told_as_cause(sentence: Sentence, trigger: Trigger | None, when: EventDate) -> EventDate:
    """`when` at week precision where `trigger` tells a deed as the cause of another ("in response to rockets fired
    at Sderot") and the day is not written inside that cause's clause; else `when` unchanged."""
    if trigger is None or when.date is None or when.precision != "day" or not _CAUSE_OPENS.search(sentence.text):
        return when
    s, t0 = sentence.text, trigger.start - sentence.start
    m = next(reversed(list(_CAUSE_OPENS.finditer(s, 0, max(0, t0)))), None)
    if m is None or t0 - m.end() > _CAUSE_REACH or _CAUSE_CLAUSE_BREAK.search(s, m.end(), t0) or \
            _ANSWERED.match(s, m.end()):
        return when
    if when.start is not None and sentence.start + m.end() <= when.start < sentence.end:
        return when  # the cause's own day
    return replace(when, precision="week")


# (round K22) "The protest came a day after police detained two union leaders", "Police detained 20 people on Monday,
# two days after protesters burned a police station", "The assault came a week after jihadists ambushed a convoy": a
# deed told inside a counted after/before clause with no date of its own is counted from the day of the clause it
# hangs on: that clause's own day, else the last day written before the sentence, else the publication day.
_COUNTED_CLAUSE = re.compile(
    r"(?i)\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?|months?|years?)"
    r"|the\s+(?P<the>day)|(?P<vague>hours|days))\s+(?P<dir>after|before)\s+")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]")
# (round K23) characters from the counted phrase to the trigger: its clause's subject and verb; twice that for a deed
# told in a relative clause hung on them ("two months after the talks were suspended following a rebel attack on a
# military base in Arauca that killed two soldiers")
_COUNTED_REACH = 80
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
_CLAUSE_END = re.compile(r"[,;:(\u2014]|\.(?:\s|$)")


def _counted_clause_date(text: str, sentence: Sentence, exprs: list[DateExpression], trigger: Trigger | None,
                         published: date | None) -> EventDate | None:
    s = sentence.text
    if trigger is None or ("after" not in s and "before" not in s):
        return None  # (a cheap precheck: most sentences have neither)
    t0 = trigger.start - sentence.start
    m = next((m for m in reversed(list(_COUNTED_CLAUSE.finditer(s, 0, max(0, t0))))), None)
    if m is None or _CLAUSE_BREAK.search(s, m.end(), t0) or t0 - m.end() > 2 * _COUNTED_REACH or \
            t0 - m.end() > _COUNTED_REACH and not _RELATIVE_BEFORE.search(s, 0, t0):
        return None
    stop = _CLAUSE_END.search(s, trigger.end - sentence.start)
    end = stop.start() if stop else len(s)
    # (the counted phrase itself may read as a vague "days after the ..." of its own: it is no day of the clause's)
    if any(m.end() <= e.start < end for e in exprs):
        return None  # the clause has its own day ("a day after police detained them on Sunday")
    if any(e.date is not None and e.precision == "day" and _PARTICIPLE_TAIL.match(s, end, e.start) for e in exprs):
        # (round K23) "came a week after militants ambushed a patrol, killing five soldiers on Aug. 26": a participle
        # going on with the clause's deed gives it its own day
        return None
    anchor = _anaphoric_anchor(text, sentence, m.start(), published) or \
        _clause_anchor(text, sentence, exprs, m.start(), end, published)
    if anchor is None:
        return None
    vague = (m.group("vague") or "").lower()
    # (round K23) "came hours after": that day; "came days after": a few days, as `_VAGUE_DAYS` (week precision)
    k = 1 if m.group("the") else {"hours": 0, "days": _VAGUE_DAYS}[vague] if vague else _count(m.group("n").lower())
    unit = "day" if m.group("the") or vague else m.group("unit").lower().rstrip("s")
    k = -k if m.group("dir").lower() == "after" else k
    # (round K33) "came a year after a similar attack on the village killed 30 people": years count as 12 months
    when = _shift_months(anchor, k) if unit == "month" else _shift_months(anchor, 12 * k) if unit == "year" else \
        anchor + timedelta(days=k * (7 if unit == "week" else 1))
    # (a year counted back is that month a year before: "a year after" is no more exact than its month)
    precision = "week" if vague == "days" else "day" if unit == "day" else "month" if unit == "year" else unit
    if published is not None and when > published and _PAST_FORM.fullmatch(trigger.text) and \
            not _MODAL_BEFORE.search(s, max(0, t0 - 30), t0):
        # (round K32) "plan to hold a rally on Sunday, days after police killed two protesters", read on Wednesday:
        # counted back from an occasion still ahead, a deed told as done may not land after publication; it was done
        # by then, at most that week
        when, precision = published, "week"
    return EventDate(when.isoformat(), precision, sentence.start + m.start(), sentence.start + m.end(),
                     _is_historical(when, precision, published))


# (round K23) "The surprising release came two days after the militants attacked a police post", "The move came a
# day after ...", "This came a week after ...": a clause that names the deed told before (an anaphoric subject and
# "came / happened / followed") is counted from that deed's day, not from the last day the text happened to write
# (the release's story may end on the day of an earlier abduction)
_ANAPHORIC_SUBJECT = re.compile(
    r"\s*(?:(?:The|This|That|Their|Its|His|Her)\s+(?:[\w'\u2019-]+\s+){0,6}?|(?:This|That|It)\s+)"
    r"(?:came|comes|happened|occurred|took\s+place|followed|was\s+carried\s+out)\s+$")
_SUBJECT_HEAD = re.compile(r"(?i)^(?:the|this|that|their|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]{4,})"
                           r"(?=\s+(?:by|of|on|in|at|against|near|came|comes|happened|occurred|took|followed|was)\b)")
_PARTICIPLE_TAIL = re.compile(r",\s+\w+ing\b[^,;:()\u2014]*$")
_DEED_WORD = re.compile(r"[A-Za-z]{4,}")


# (round K24) a subject noun that names a party's chosen act, not a kind of deed ("The surprising move by the Maoists
# came a day after ..."): it re-tells a deed its doer did, so a sentence telling what was done to someone in the
# passive ("Soma was abducted by the Maoists on July 10") is not the deed it names
_ACT_NOUNS = frozenset({"move", "step", "decision", "gesture", "action", "measure", "announcement", "u-turn"})
_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b")


def _sentences_before(text: str, sentence: Sentence, n: int = 3) -> list[Sentence]:
    """The `n` sentences before `sentence` (article offsets), latest last."""
    from newsevents.segment import split_sentences  # (a late import: segment is no dependency of dates otherwise)

    lo = max(0, sentence.start - _ANCHOR_WINDOW)
    return [b.shifted(lo) for b in split_sentences(text[lo:sentence.start])][-n:]


def _anaphoric_anchor(text: str, sentence: Sentence, start: int, published: date | None) -> date | None:
    """The day of the deed an anaphoric subject before a counted clause at `start` names, told in the sentences
    before: the verb sharing the subject noun's stem ("the release" - "released"), else the sentence's own day."""
    s = sentence.text
    if not _ANAPHORIC_SUBJECT.fullmatch(s, 0, start):
        return None
    head = _SUBJECT_HEAD.match(s, 0, start)
    noun = head.group("noun").lower() if head else ""
    stem = noun[:4] or None  # "killing" - "killed"
    for prev in reversed(_sentences_before(text, sentence)):
        verb = next((w for w in _DEED_WORD.finditer(prev.text) if stem and w.group().lower().startswith(stem)), None)
        trigger = Trigger(prev.start + verb.start(), prev.start + verb.end(), verb.group()) if verb else None
        when = resolve_event_date(text, prev, trigger, published)
        if when.start is None or when.date is None or when.precision != "day":
            continue
        if verb is None and noun in _ACT_NOUNS and _told_passive(prev, when.start - prev.start):
            continue
        return date.fromisoformat(when.date)
    return None


def _told_passive(sentence: Sentence, at: int) -> bool:
    """The clause of the date at offset `at` of the sentence is told in the passive ("was abducted by ... on July
    10")."""
    return _PASSIVE_BEFORE.search(sentence.text, _clause_start(sentence.text, at), at) is not None


def _clause_start(s: str, at: int) -> int:
    """Where the clause holding offset `at` of `s` opens: after the last clause opener within `_CLAUSE_REACH`
    characters before it, else that far back."""
    lo = max(0, at - _CLAUSE_REACH)
    for c in _CLAUSE_OPENER.finditer(s, lo, at):
        lo = c.end()
    return lo


def _clause_anchor(text: str, sentence: Sentence, exprs: list[DateExpression], start: int, end: int,
                   published: date | None) -> date | None:
    """The day of the clause a counted after/before clause at [start, end) of the sentence hangs on."""
    s = sentence.text
    days = [e for e in exprs if e.date is not None and e.precision == "day" and not (start <= e.start < end)]
    told = [e for e in days if not _report_penalty(s, e, None)]
    own = [e for e in told if e.end <= start][-1:] or [e for e in told if e.start >= end][:1]
    if own:
        return own[0].date
    lo = max(0, sentence.start - _ANCHOR_WINDOW)
    preceding = text[lo:sentence.start]
    before = [e for e in find_date_expressions(preceding, published) if e.date and e.precision == "day"]
    told_before = [e for e in before if not _report_penalty(preceding, e, None)]
    for group in (told_before, days, before):
        if group:
            return group[-1].date
    return published


# "the next day", "two days later", "the day before", "hours after the bombing": counted from the last
# day-precise date written before the phrase (earlier in the sentence or in the preceding text), never from the
# publication date; a date that dates a report ("..., officials said on Wednesday") is no anchor. "Days after
# the attacks" only says "a few days": it keeps week precision.
# (round K16) also "the previous evening", "the next morning", "that evening", "later that day": a part of the day
# counted the same way (a part gives no hour, only the day)
_ANCHORED = re.compile(
    r"\b(?:the\s+(?P<rel>next|following|previous|preceding|same)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?P<that>(?:(?:later|earlier)\s+)?that\s+(?:day|morning|afternoon|evening|night))"
    # (round K30) also "the night before", "the morning after": the part of the day before or after
    r"|the\s+(?:day|night|evening|morning)\s+(?P<ba>before|after)"
    # (round K30) "Two days after the election, ...": counted from the occasion's day, as "the day after the
    # election"; a phrase closed by its comma (a clause after it, "after the militants attacked", is counted by
    # _counted_clause_date)
    r"|(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<nu>days?|weeks?)\s+(?P<dir>later|earlier|afterwards|before"
    r"|after(?=\s+(?:the|this|that|these|those|its|their)\s+(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+,))"
    # (round K30) "on the second day (the third night) of the strike": counted from the day the story gave the strike
    # (its first)
    r"|the\s+(?P<nth>first|second|third|fourth|fifth|sixth|seventh)\s+(?:day|night)\s+of\s+"
    r"(?=(?:the|this|that|its|their)\s+(?!(?:month|year|week|new\s+year)\b))"
    r"|(?P<hours>hours|minutes)\s+(?:later|earlier)"
    # (round K25) "48 hours after the ambush", "seventy-two hours later": hours that count whole days
    r"|(?P<dh>24|48|72|96|twenty-four|forty-eight|seventy-two|ninety-six)\s+hours\s+"
    r"(?P<dhd>later|earlier|afterwards|(?:after|before)(?=\s+(?:the|this|that|these|those)\b))"
    # (round K23) "On the eve of the attack, ...": the day before the deed named (as "the day before the attack")
    # (round K30) also "on the eve of a planned strike": an occasion told for the first time, never dated before
    r"|(?P<eve>the\s+eve\s+of)(?=\s+(?:the|this|that|its|their|his|her|(?P<new>an?))\b)"
    r"|(?P<vague>hours|minutes|moments|days)\s+(?P<va>after|before)\s+(?:the|this|that|these|those)\b)\b(?!-)",
    re.IGNORECASE)
_WHOLE_DAYS_OF_HOURS = {"24": 1, "twenty-four": 1, "48": 2, "forty-eight": 2, "72": 3, "seventy-two": 3, "96": 4,
                        "ninety-six": 4}
_ANCHOR_WINDOW = 3000  # characters of preceding text searched for the anchor date
_COUNT_BEFORE = re.compile(r"(?i)\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+$")


def _anchored_offset(m: re.Match[str]) -> int:
    rel, ba, d = (m.group("rel") or "").lower(), (m.group("ba") or "").lower(), (m.group("dir") or "").lower()
    vague = (m.group("vague") or "").lower()
    if vague:
        sign = -1 if m.group("va").lower() == "before" else 1
        return sign * (_VAGUE_DAYS if vague == "days" else 0)
    if m.group("hours") or m.group("that") or rel == "same":
        return 0
    if m.group("dh"):
        days = _WHOLE_DAYS_OF_HOURS[m.group("dh").lower()]
        return -days if m.group("dhd").lower() in ("earlier", "before") else days
    if m.group("nth"):
        return _ORDINAL_DAYS.index(m.group("nth").lower())
    if rel in ("next", "following") or ba == "after":
        return 1
    if rel in ("previous", "preceding") or ba == "before" or m.group("eve"):
        return -1
    n = _count(m.group("n").lower()) * (7 if m.group("nu").lower().startswith("week") else 1)
    return -n if d in ("earlier", "before") else n


_ORDINAL_DAYS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")


def _anchored_expressions(text: str, sentence: Sentence, local: list[DateExpression],
                          published: date | None) -> list[DateExpression]:
    found = []
    s = sentence.text
    for m in _ANCHORED.finditer(s):
        if any(e.start < m.end() and m.start() < e.end for e in local):
            continue
        if m.group("vague") and _COUNT_BEFORE.search(s, max(0, m.start() - 12), m.start()):
            continue  # (round K23) "two days after the militants attacked": a counted clause, no vague "days after"
        if any(e.date is not None and e.start >= m.end() and not _NEW_CLAUSE.search(s, m.end(), e.start)
               and not _report_penalty(s, e, None) for e in local):
            continue  # a date written after it in its clause ("Hours later, ... on Wednesday morning") says more
        if any(e.date is not None and re.fullmatch(r"\s*,\s*", s[e.end:m.start()]) for e in local):
            continue  # an aside on the date just written ("On Saturday, two days before the release, ...")
        if m.group("new"):
            # (round K30) "on the eve of a planned national strike": no day written before is that occasion's
            found.extend(_eve_of_undated(s, m, local, published))
            continue
        anchor = next((e.date for e in reversed(local) if e.end <= m.start() and e.date and e.precision == "day"
                       and not _report_penalty(s, e, None)), None)
        if anchor is None and _anchored_offset(m) < 0 and not _NAMED_AFTER.match(s, m.end()):
            # (round K16) "Police said on Friday that the bodies had been found the previous day", "... the previous
            # evening, police said on Thursday": the report's day is what a reported deed is counted back from
            anchor = next((e.date for e in local if e.date and e.precision == "day" and _report_penalty(s, e, None)),
                          None)
        if anchor is None:
            # (round K23) "The killing came hours after ...": from the day of the deed the subject names
            anchor = _anaphoric_anchor(text, sentence, m.start(), published)
        if anchor is None and _NAMED_AFTER.match(s, m.end()):
            # (round K32) "... the day after the by-election. The vote, held on Saturday, ...": dated just after
            anchor = _occasion_dated_after(text, sentence, s, m.end(), published)
        if anchor is None:
            lo = max(0, sentence.start - _ANCHOR_WINDOW)
            preceding = text[lo:sentence.start]
            before = find_date_expressions(preceding, published)
            body = _after_dateline(preceding, before, lo)
            anchor = next((e.date for e in reversed(body) if e.date and e.precision == "day"
                           and not _report_penalty(preceding, e, None)), None)
            if anchor is None and len(body) < len(before):
                anchor = next((e.date for e in reversed(body) if e.date and e.precision == "day"), None)
            if anchor is None and not _NAMED_AFTER.match(s, m.end()):
                # (round K21) "Drones struck a fuel depot in Nyala, residents said on Tuesday. The previous day, ...":
                # counted back from the report's day before it, as within a sentence (round K16); (round K23) and
                # forward ("... police said on Monday. The following day, soldiers arrested ..."), the deed being
                # dated by that report, when the day counted is no later than publication
                said = next((e.date for e in reversed(before) if e.date and e.precision == "day"), None)
                if said is not None and (_anchored_offset(m) < 0 or published is None
                                         or said + timedelta(days=_anchored_offset(m)) <= published):
                    anchor = said
        if anchor is None and published is not None and _anchored_offset(m) < 0 and \
                not _NAMED_AFTER.match(s, m.end()):
            # (round K16) "Residents said troops had shelled the town the previous evening": with nothing before
            # it, the day before the report, the story's day; (round K21) so for "two days earlier", "the day before"
            anchor = published
        if anchor is None and m.group("eve"):
            found.extend(_eve_of_undated(s, m, local, published))
            continue
        if anchor is not None:
            precision = "week" if (m.group("vague") or "").lower() == "days" or \
                (m.group("nu") or "").lower().startswith("week") else "day"
            found.append(DateExpression(m.start(), m.end(), anchor + timedelta(days=_anchored_offset(m)), precision))
    return found


# (round K32) an occasion named in one sentence and dated in one of the next two ("Protesters set fire to the
# electoral office the day after the by-election. The vote, held on Saturday, was won by ..."; "Two days after the
# festival, gunmen attacked pilgrims. The festival, which took place on Friday, ..."): a later sentence that opens on
# the same occasion (its noun, or one of the same kind: an election is the vote) and says when it was held gives the
# day the phrase counts from
_OCCASION_KINDS: tuple[frozenset[str], ...] = (
    frozenset({"election", "elections", "by-election", "vote", "voting", "poll", "polls", "ballot", "runoff",
               "run-off", "referendum", "primary", "primaries"}),
    frozenset({"festival", "feast", "celebration", "celebrations", "festivities", "pilgrimage", "carnival",
               "ceremony", "holiday"}),
    frozenset({"summit", "meeting", "talks", "conference", "congress", "convention"}),
)
_OCCASION_NAMED = re.compile(r"(?i)\s+(?:the|this|that|its|their)\s+(?P<words>(?:[\w'\u2019-]+\s+){0,3}?"
                             r"(?P<noun>[\w-]+))(?=\s*(?:[,.;:]|$|\s+(?:in|at|near|of)\b))")
_OCCASION_HELD = re.compile(r"(?i)^\s*(?:The|That|This)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>[\w-]+)\b"
                            r"(?P<rest>,?\s+(?:which\s+|that\s+)?(?:was\s+|were\s+|had\s+been\s+)?"
                            r"(?:held|staged|celebrated|took\s+place|began|opened|ended|closed|happened|occurred)\b"
                            r"[^.;:]{0,40}?)$")
_OCCASION_SENTENCES = 2  # how many sentences after the phrase are read for the occasion's day


def _same_occasion(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or any(a in kind and b in kind for kind in _OCCASION_KINDS)


def _occasion_dated_after(text: str, sentence: Sentence, s: str, at: int, published: date | None) -> date | None:
    """The day a sentence just after `sentence` gives the occasion named at `s[at:]` ("the day after the
    by-election. The vote, held on Saturday, ..."), else None."""
    named = _OCCASION_NAMED.match(s, at)
    if named is None:
        return None
    later = text[sentence.end:sentence.end + 600]
    for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", later.strip())[:_OCCASION_SENTENCES]:
        for e in find_date_expressions(part, published):
            if e.date is None or e.precision != "day":
                continue
            held = _OCCASION_HELD.match(part[:e.start])
            if held is not None and _same_occasion(held.group("noun"), named.group("noun")):
                return e.date
            break  # only the sentence's first date can be the occasion's own
    return None


def _eve_of_undated(s: str, m: re.Match[str], local: list[DateExpression],
                    published: date | None) -> list[DateExpression]:
    """(round K29) "set fire to a polling station on the eve of the vote", an occasion the story dates nowhere: the
    deed came before its report (or the publication), on a day known no nearer than its week."""
    said = next((e.date for e in local if e.date and e.precision == "day" and _report_penalty(s, e, None)), None)
    when = said or published
    return [DateExpression(m.start(), m.end(), when, "week")] if when is not None else []


def _after_dateline(preceding: str, before: list[DateExpression], lo: int) -> list[DateExpression]:
    """(round K23) "KHARTOUM, Oct 7 (Reuters) - Fighters shelled a market ..., activists said on Tuesday. The army
    struck ... later that day": a dateline's day is when the story was filed; when the story's body gives a day (even
    a report's), that tells its deeds' day better, and the dateline's is dropped."""
    head = _dateline_end(preceding) if lo == 0 and before and before[0].start < _DATELINE_WINDOW else 0
    body = [e for e in before if e.start >= head]
    return body if head and any(e.date is not None and e.precision == "day" for e in body) else before


_VAGUE_DAYS = 3  # "days after": a few days, counted as three (week precision)
# "the day before the attack": counted from the event named after it, not from the report's day
_NAMED_AFTER = re.compile(r"(?i)\s+(?:the|a|an|his|her|its|their|this|that|these|those)\b")

# (round K15) "a day after the vote on Sunday", "hours after the polls closed on Tuesday", "on the eve of the April 12
# poll", "two days after the coup on April 6": a date closing such a phrase is the named event's; the trigger's day
# is counted from it. A comma between ("two days after the coup, on Monday,") makes the date the trigger's own.
_COUNTED_FROM = re.compile(
    r"(?i)\b(?:(?:(?P<n>a|one|the)\s+day|(?P<n2>two|three|four|five|six|seven|\d)\s+days)\s+(?P<dir>after|before)"
    r"|(?P<hours>hours|minutes|moments)\s+(?P<hdir>after|before)|(?P<eve>the\s+eve)\s+of)"
    r"\s+(?:(?!(?:and|but|while|as|when)\b)[\w'\u2019-]+\s+){0,7}?(?:on\s+|of\s+)?$")
_BARE_WEEKDAY = re.compile(_WD + r"(?:['\u2019]s)?(?:\s+(?:morning|afternoon|evening|night))?")


# (round K35) "The attack came two days after Sunday's raid on a nearby village killed 12 people": a day owned by the
# deed noun after it names that deed; a trigger going on in the deed's clause (no clause break, within reach) tells
# that deed, so the day is its own, not counted on to the deed told before the phrase
_DAY_OWNED_REACH = 80


def _tells_day_owned_deed(s: str, e: DateExpression, t0: int) -> bool:
    owned = s[e.start:e.end].endswith(("'s", "\u2019s")) or s.startswith(("'s", "\u2019s"), e.end)
    return owned and e.end <= t0 <= e.end + _DAY_OWNED_REACH and _CLAUSE_BREAK.search(s, e.end, t0) is None


def _counted_from_named(s: str, exprs: list[DateExpression], trigger: Trigger | None, offset: int,
                        published: date | None) -> dict[int, DateExpression]:
    """The expressions (by id) that close a "day after / hours after / eve of" phrase, moved to the trigger's day."""
    found: dict[int, DateExpression] = {}
    for e in exprs:
        if e.date is None or e.precision != "day":
            continue
        m = _COUNTED_FROM.search(s, max(0, e.start - 90), e.start)
        if m is None or m.end() != e.start:
            continue
        if trigger is not None and m.start() <= trigger.start - offset < e.start:
            continue  # the named event is the trigger: the date is its own
        if trigger is not None and _tells_day_owned_deed(s, e, trigger.start - offset):
            continue  # (round K35) "two days after Sunday's raid on a village killed 12": the raid's own day
        if m.group("eve"):
            k = -1
        elif m.group("hours"):
            if m.group("hdir").lower() == "before":
                # "exchanged fire for several hours before the siege ended early on Saturday": hours before a day
                # may well be the evening before it
                continue
            k = 0
        else:
            word = (m.group("n") or m.group("n2")).lower()
            k = 1 if word in ("a", "the") else _count(word)
            k = -k if m.group("dir").lower() == "before" else k
        when = e.date
        # "on the eve of the summit on Thursday" read on Wednesday: the summit is tomorrow's, its eve today
        if k < 0 and published is not None and when <= published and when + timedelta(days=7 + k) <= published \
                and _BARE_WEEKDAY.fullmatch(s, e.start, e.end):
            when = when + timedelta(days=7)
        # (round K23) "arrested 23 activists on the eve of a planned march on Thursday" read on Friday: the planned
        # day reads ahead, but a deed told in the past on its eve fixes it to the one just gone
        if k < 0 and published is not None and when + timedelta(days=k) > published and trigger is not None \
                and when - timedelta(days=7) <= published and _BARE_WEEKDAY.fullmatch(s, e.start, e.end) \
                and _PAST_FORM.fullmatch(trigger.text) and not _MODAL_BEFORE.search(s, 0, trigger.start - offset):
            when = when - timedelta(days=7)
        found[id(e)] = replace(e, date=when + timedelta(days=k))
    return found

# "later that year", "the following year": the year of the last date written before the phrase
_ANCHORED_YEAR = re.compile(r"\b(?:(?:later|earlier)\s+that\s+year|that\s+same\s+year"
                            r"|the\s+(?P<rel>following|next|previous|preceding)\s+year)\b", re.IGNORECASE)


# (round K12) "In December of that year", "two months later": a month of the year named before, months counted from
# the last date written before (month precision)
_MONTH_OF_THAT_YEAR = re.compile(rf"(?P<mon>{_MON})\s+of\s+that\s+(?:same\s+)?year\b")
_MONTHS_LATER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?\s+"
                           r"(?P<dir>later|earlier|afterwards|before)\b(?!\s+(?:the|this|that|these|those)\b)", _I)


def _anchor_before(text: str, sentence: Sentence, local: list[DateExpression], at: int,
                   published: date | None) -> date | None:
    """The last date written before offset `at` of the sentence, else in the text before the sentence."""
    anchor = next((e.date for e in reversed(local) if e.end <= at and e.date), None)
    if anchor is None:
        lo = max(0, sentence.start - _ANCHOR_WINDOW)
        preceding = text[lo:sentence.start]
        anchor = next((e.date for e in reversed(find_date_expressions(preceding, published))
                       if e.date and not _report_penalty(preceding, e, None)), None)
    return anchor


def _anchored_months(text: str, sentence: Sentence, local: list[DateExpression],
                     published: date | None) -> list[DateExpression]:
    found = []
    for m in _MONTH_OF_THAT_YEAR.finditer(sentence.text):
        anchor = _anchor_before(text, sentence, local, m.start(), published)
        if anchor is not None:
            found.append(DateExpression(m.start(), m.end(), date(anchor.year, _month_no(m.group("mon")), 1), "month",
                                        explicit_year=True))
    for m in _MONTHS_LATER.finditer(sentence.text):
        if any(e.start < m.end() and m.start() < e.end for e in local):
            continue
        anchor = _anchor_before(text, sentence, local, m.start(), published)
        if anchor is None:
            continue
        n = _count(m.group("n").lower())
        when = _shift_months(anchor, -n if m.group("dir").lower() in ("earlier", "before") else n)
        if published is None or when <= published:
            found.append(DateExpression(m.start(), m.end(), when, "month", explicit_year=True))
    return found


def _anchored_years(text: str, sentence: Sentence, local: list[DateExpression],
                    published: date | None) -> list[DateExpression]:
    found = []
    for m in _ANCHORED_YEAR.finditer(sentence.text):
        if any(e.start < m.end() and m.start() < e.end for e in local):
            continue
        anchor = _anchor_before(text, sentence, local, m.start(), published)
        if anchor is None:
            continue
        rel = (m.group("rel") or "").lower()
        year = anchor.year + (1 if rel in ("following", "next") else -1 if rel else 0)
        if published is not None and year > published.year:
            continue
        found.append(DateExpression(m.start(), m.end(), date(year, 1, 1), "year", explicit_year=True))
    return found


_DATELINE_WINDOW = 400  # a dateline opens the story: only the first sentences can hold one
def _dateline_end(sentence_text: str) -> int:
    """Offset just after the dateline's dash when the sentence opens with a dateline, else 0."""
    from newsevents.segment import find_dateline

    dl = find_dateline(sentence_text)
    if dl is not None:
        return max(0, dl.body)
    m = _WIRE_HEAD.match(sentence_text)  # (round K8) a head the segmenter does not take for a dateline
    return m.end() if m is not None else 0


# (round K8) a wire head with a dated dateline: "WASHINGTON/MEXICO CITY, June 11 (Reuters) -"
_WIRE_HEAD = re.compile(rf"\s*[A-Z][A-Z .'/-]*(?:,\s*[A-Z][\w .'-]*)?,\s*{_MON}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
                        r"\s*\([^)]{1,30}\)\s*[-\u2013\u2014]+")


@lru_cache(maxsize=64)  # asked once per event of an undated story, and by the coder's aux flags
def dateline_day(text: str) -> date | None:
    """(round K31) The full date (day, month and year) a dateline gives ("BAMAKO, Mali, July 18, 2024 (Newswire) -",
    "KYIV, 3 March 2031 -"), the day the story was filed; None without a dateline or without a year in it."""
    head = text[:_DATELINE_WINDOW]
    end = _dateline_end(head)
    if not end:
        return None
    return next((e.date for e in find_date_expressions(head[:end], None)
                 if e.date is not None and e.explicit_year and e.precision == "day"), None)


def find_date_expressions(s: str, published: date | None) -> list[DateExpression]:
    """All non-overlapping date expressions in `s`, resolved against `published` (in text order).

    Relative expressions resolve to `date=None` when `published` is None."""
    return list(_date_expressions(s, published))


# The pipeline dates each event with its sentence and the sentences before it, so the same sentence is
# searched again and again (about half the calls on the benchmark); the expressions are frozen records.
@lru_cache(maxsize=1024)
def _date_expressions(s: str, published: date | None) -> tuple[DateExpression, ...]:
    found: list[DateExpression] = []
    low = folded(s)
    for (rx, kind), need in zip(_PATTERNS, _pattern_needs()):
        if not may_match(need, low):
            continue  # (the text lacks every word the pattern needs: no match to find)
        handler = _HANDLERS[kind]
        for m in rx.finditer(s):
            expr = handler(m, published)
            if expr is not None:
                found.append(expr)
    found.sort(key=lambda e: (-(e.end - e.start), e.start))
    kept: list[DateExpression] = []
    for e in found:
        if all(e.end <= k.start or e.start >= k.end for k in kept):
            kept.append(e)
    kept.sort(key=lambda e: e.start)
    return tuple(_since_ongoing(s, e) for e in kept)


def warm() -> None:
    """(round P33) Build now what reading dates otherwise builds on the first text that needs it: the patterns'
    screens (`_pattern_needs`) and dateparser's English tables (about 0.3 s of CPU, paid on the first numeric date
    such as "3/4/2024"). `Pipeline.warm` calls this before the workers are forked, so that they share both instead of
    each building its own. Both are pure: every date reads the same."""
    _pattern_needs()
    _dateparser.__wrapped__("1/2/2020", None)  # (the function itself: its memo is left to the articles)


@lru_cache(maxsize=1)
def _pattern_needs() -> tuple[Need | None, ...]:
    """For each of `_PATTERNS`, the words one of which it needs (see `rx_screen`): most sentences hold none of "ago",
    "anniversary", a month or a weekday, and each pattern is otherwise tried at every position of the text."""
    return tuple(required_literals(rx) for rx, _ in _PATTERNS)


# (round K8) "has been encircled since last October", "rocked by protests since November 2024": whatever the form of
# the date, a "since" right before it starts a span that is still going on (the year and "in/since June" forms
# already say so through their own pattern)
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")


def _since_ongoing(s: str, e: DateExpression) -> DateExpression:
    if e.ongoing or e.date is None or not _SINCE_BEFORE.search(s, max(0, e.start - 10), e.start):
        return e
    return replace(e, ongoing=True, historical_cue=False)


# --- choosing ---------------------------------------------------------------------------------

_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\S+){1,3}?|announced|reported|added|stated|confirmed|wrote|tweeted|posted)"
    # (round K24) "the ministry said in a statement on Monday": the statement's day is the report's too; (round K30)
    # so is a speech's or an interview's
    r"(?:\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|release|message|post|video|speech|interview"
    r"|briefing)"
    r"(?:\s+(?:issued|released|posted|published))?)?"
    r"(?:\s+(?:on|in|late|early))?\s*$"
    # (round K31) with no reporting verb before it: "In a statement issued on Friday, the group said its fighters had
    # attacked the base 'last night'"
    r"|\b(?i:in|via|through)\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|communiqu[e\u00e9]|release"
    r"|message|post|video|speech|interview|briefing)(?:\s+(?:issued|released|posted|published|made|given|delivered))?"
    r"(?:\s+(?:on|late|early))?\s*$")


_REPORT_VERB = re.compile(r"\b(?:said|says|reported|announced|alleged|claimed|wrote|told\s+\w+)\s+(?:that\s+)?")


# "Gunmen kidnapped 30 people on Sunday night, and extremists attacked a base a day later": a date across a
# coordinated clause is that clause's; it dates the trigger only when its own clause has none
# (round K12) also a second reported clause: "said ... that the protest had been organised abroad and that the vote
# on Oct. 4 would go ahead"
_NEW_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;|\band\s+that\b)\s")
_CLAUSE_PENALTY = 200


def _nearest(s: str, exprs: list[DateExpression], trigger: Trigger | None, offset: int) -> DateExpression:
    if trigger is None:
        return min(exprs, key=lambda e: (_report_penalty(s, e, None), e.start))
    t_start, t_end = trigger.start - offset, trigger.end - offset

    # (round K24) "Thousands rallied ... last Friday, and police used water cannon to disperse them, a union leader
    # said on Friday": a report's day closing the sentence dates the report of all its clauses, so for a trigger in a
    # coordinated clause it is as far as the first clause's own day is (a day: "founded in 2015, and ..." is background)
    joined = any(e.end <= t_start and e.precision in ("day", "week") and not e.historical_cue
                 and not _report_penalty(s, e, None) and _NEW_CLAUSE.search(s, e.end, t_start) for e in exprs)

    def key(e: DateExpression) -> tuple[int, int]:
        gap = max(0, e.start - t_end, t_start - e.end)
        between = s[e.end:t_start] if e.end <= t_start else s[t_end:e.start]
        apart = _CLAUSE_PENALTY if _NEW_CLAUSE.search(between) else 0
        said = _report_penalty(s, e, (t_start, t_end))
        if said and joined and e.start >= t_end:
            apart = _CLAUSE_PENALTY
        return gap + apart + said, 0 if e.start >= t_end else 1

    return min(exprs, key=key)


def _report_penalty(s: str, e: DateExpression, trig: tuple[int, int] | None) -> int:
    window_start = max(0, e.start - 40)
    m = _REPORT_BEFORE.search(s, window_start, e.start)
    if m is None:
        # "In April, Human Rights Watch said soldiers had executed 60 civilians in March": a date before the
        # reporting verb whose report holds the trigger dates the report
        if trig is not None and e.end <= trig[0] and _REPORT_VERB.search(s, e.end, trig[0]) is not None:
            return _REPORT_PENALTY
        return 0
    if trig is not None and m.start() <= trig[0] < e.start:
        return 0  # the trigger is the reporting verb itself ("announced on Tuesday")
    return _REPORT_PENALTY


def _is_historical(when: date | None, precision: str | None, published: date | None,
                   until: date | None = None) -> bool:
    if when is None or published is None:
        return False
    return (until or _period_end(when, precision)) < published - timedelta(days=HISTORICAL_DAYS)


def _period_end(when: date, precision: str | None) -> date:
    if precision == "year":
        return date(when.year, 12, 31)
    if precision == "month":
        return date(when.year, when.month, calendar.monthrange(when.year, when.month)[1])
    return when


def _anniversary_years(exprs: list[DateExpression], trigger: Trigger | None, offset: int) -> int:
    """Years back when "anniversary of" governs the event (it precedes the trigger); else 0."""
    for e in exprs:
        if e.anniversary and (trigger is None or e.end <= trigger.start - offset):
            return e.anniversary
    return 0


# --- resolving --------------------------------------------------------------------------------

def _expr(m: re.Match[str], when: date | None, precision: str | None, group: int | str = 0,
          cue: bool = False, explicit_year: bool = False, ongoing: bool = False,
          until: date | None = None) -> DateExpression:
    return DateExpression(m.start(group), m.end(group), when, precision if when else None, cue, explicit_year,
                          ongoing, until=until if when else None)


# Future-tense cues shortly before a date make a bare weekday or month point forward ("talks will
# resume on Monday", "they would hold marches in June"); past-tense sentences keep the past reading.
_CALLED_ACTS = r"(?:march(?:es)?|protests?|strikes?|rall(?:y|ies)|demonstrations?|sit-ins?|boycotts?|shutdowns?|vigils?)"
# "called for a (nationwide) protest march on/for": the act called for, up to its preposition of time
# (round K11) also "called for a general strike from Thursday"
# (round K27) also "called for more (further, fresh, new) marches on Thursday"
_CALL_FOR_ACT = r"call(?:ed|s|ing)?\s+for\s+(?:a|an|more|further|fresh|new)\s+(?:[\w-]+\s+){0,3}?" + _CALLED_ACTS + \
    r"\s+(?:on|for|from|starting)"
_CALLED_ACT = re.compile(r"(?i)\b" + _CALL_FOR_ACT + r"\s+[^,;.]*")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|won't|\w+'ll|scheduled|planned|plans?\s+to|expected\s+to|set\s+to|upcoming|"
    r"is\s+to|are\s+to|to\s+be\s+held|(?:is|are)\s+due\s+to|"
    # (round K16) "Elections are due in December", "the verdict is due on Friday": what is due is still to come
    r"(?:is|are)\s+(?:now\s+|not\s+)?due\s+(?:on\s+)?$|"
    # (round K11) a schedule told in the present: "the ceasefire, which expires on Sunday", "talks resume on Monday"
    r"(?:expires|ends|begins|starts|resumes|runs\s+out|takes\s+effect|comes\s+into\s+force)\s+(?:on\s+)?$|"
    # (round K16) a body's sitting told in the present: "the committee, which meets on Thursday", "parliament sits
    # again on Tuesday"
    rf"(?:{_SITTING})\s+(?:again\s+)?(?:on\s+)?$|"
    # (round K16) "Ahead of Friday's vote, ...": the day it is ahead of is still to come
    r"(?<![\w-])ahead\s+of\s+$|"
    # (round K7) "called for a protest march on Friday": the day of an act called for is ahead
    + _CALL_FOR_ACT + r"\s*$)",
    re.IGNORECASE)


def _in_called_act(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    """(round K7) "accused security agencies of failing ... and called for a protest march on Friday": a date of
    an act called for, after the trigger, dates that act, not the trigger."""
    if trigger is None:
        return False
    t_end = trigger.end - offset
    return any(t_end <= m.start() and m.start() < e.start and e.end <= m.end() for m in _CALLED_ACT.finditer(s))


# (round K27) "Protest leaders called for a nationwide shutdown on Thursday" coded as the protest at a noun of its
# callers' subject: the protest is the act called for, and its day is the called act's
_CALLERS_GAP = re.compile(r"(?i)\s+(?:(?!(?:and|but|then|also|who|which)\b)[\w'\u2019-]+\s+){0,3}")


def called_act_day(sentence: Sentence, trigger: Trigger | None, published: date | None) -> EventDate | None:
    """The day of the act called for right after `trigger` (a noun of the callers: "Protest leaders called for a
    shutdown on Thursday"), read forward; None when the trigger is no part of the callers' subject."""
    if trigger is None or "call" not in sentence.text:
        return None
    s, t1 = sentence.text, trigger.end - sentence.start
    m = next((c for c in _CALLED_ACT.finditer(s, t1) if _CALLERS_GAP.fullmatch(s, t1, c.start())), None)
    if m is None:
        return None
    day = next((e for e in find_date_expressions(s, published) if e.date is not None and e.precision == "day"
                and m.start() < e.start and e.end <= m.end()), None)
    if day is None or day.date is None:
        return None
    return EventDate(day.date.isoformat(), "day", sentence.start + day.start, sentence.start + day.end, False)


# (round K16) "had banned Sunday's march", "cancelled Saturday's rally", "postponed Monday's vote": a possessive day
# right after a verb that stops, sets or moves an event names that event's day; the banning itself came before it
_SETS_UP_EVENT = re.compile(r"(?i)(?:bann?(?:ed|s|ing)?|cancel(?:l?ed|s|l?ing)?|postpon(?:ed|es|e|ing)|delay(?:ed|s)?"
                            r"|call(?:ed|s)?(?:\s+off)?|prohibit(?:ed|s)?|outlaw(?:ed|s)?|authori[sz](?:ed|es|e)"
                            r"|approv(?:ed|es|e)|announc(?:ed|es|e)|plann?(?:ed|s)?|organi[sz](?:ed|es|e)"
                            r"|schedul(?:ed|es|e)|rescheduled)")
_OBJECT_GAP = re.compile(r"(?i)\s+(?:off\s+)?(?:(?:the|this|next)\s+)?")


def _day_of_object(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or not re.search(r"['\u2019]s\b", s[e.start:e.end]):
        return False
    t0, t1 = trigger.start - offset, trigger.end - offset
    return _SETS_UP_EVENT.fullmatch(s, t0, t1) is not None and _OBJECT_GAP.fullmatch(s, t1, e.start) is not None


# (round K31) "The killings followed clashes between the army and the militia in the town on Sept. 13": the day in
# what the event is said to have followed (or preceded) is that occasion's; the event was on another day
_FOLLOWED = re.compile(r"(?i)\s+(?:(?:had|have|has)\s+)?(?:(?:closely|immediately|quickly|shortly)\s+)?"
                       r"(?:followed|preceded)\s+(?!(?:on|in|at|late|early|later|overnight|soon|shortly|hours|days"
                       r"|weeks|that|suit)\b)[^,;:()\u2014]*$")


def _in_occasion_followed(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None:
        return False
    t1 = trigger.end - offset
    return e.start > t1 and _FOLLOWED.match(s[t1:e.start]) is not None


# (round K32) "Police compared the attack to a similar shooting in 2024", "likened the killings to the massacre of May
# 2022": a date in the occasion the event is compared with, after the event, is that occasion's; the event is dated by
# the story. A comparison word must lead to it ("attacked the camp with a truck bomb on Monday" is no comparison).
_COMPARING = re.compile(r"(?i)\b(?:compar(?:ed|es|e|ing)|liken(?:ed|s|ing)?|similar|reminiscent|resembl(?:ed|es|e|ing)"
                        r"|echo(?:ed|es|ing)?)\b")
_COMPARED_OCCASION = re.compile(r"(?i)(?:^|\s)(?:to|with|of|like)\s+(?:an?|the|one|that|those|similar|earlier)\b"
                                r"[^,;:()\u2014]*$")


def _in_compared_occasion(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or e.start < trigger.end - offset:
        return False
    t0, t1 = trigger.start - offset, trigger.end - offset
    between = s[t1:e.start]
    # (the comparing word is not the trigger itself: "Protesters compared the president to a dictator on Monday")
    cue = _COMPARING.search(s, max(0, t0 - 40), t0) or _COMPARING.search(s, t1, e.start)
    return cue is not None and _COMPARED_OCCASION.search(between) is not None and \
        _COMPARED_OCCASION.search(s, cue.end(), e.start) is not None and \
        _NEW_CLAUSE.search(between) is None


# (round K29) "The groups accused the police of beating a journalist on Wednesday", "blamed the army for shelling the
# town on Tuesday": a day inside the deed an accusation names dates that deed, not the accusing
_ACCUSING = re.compile(r"(?i)accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing)")
_ALLEGED_DEED = re.compile(r"\s+(?:[\w'\u2019.-]+\s+){0,6}?(?:of|for)\s+[a-z]+ing\b[^,;:()\u2014]*")


def _in_alleged_deed(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or e.start < trigger.end - offset:
        return False
    t0, t1 = trigger.start - offset, trigger.end - offset
    return _ACCUSING.fullmatch(s, t0, t1) is not None and _ALLEGED_DEED.fullmatch(s, t1, e.start) is not None


# (round K30) "arrested 12 union leaders on the eve of a planned strike, the union said on Thursday": a day closing a
# report clause after the cue's clause is the day it was said, which a cue of the future before it does not govern
_SAID_ON = re.compile(r"(?i)\b(?:said|says|told\s+[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+)?|announced|reported|added|"
                      r"stated|confirmed)\s+(?:on\s+)?$")


def _said_after_cue(m: re.Match[str], cue: re.Match[str]) -> bool:
    said = _SAID_ON.search(m.string, cue.end(), m.start())
    return said is not None and "," in m.string[cue.end():said.start()]


def _future_before(m: re.Match[str]) -> bool:
    if _scheduled_ahead(m):
        return True
    cue = None
    for cue in _FUTURE_BEFORE.finditer(m.string, max(0, m.start() - 50), m.start()):
        pass
    if cue is not None and not _PLAN_PAST.search(m.string, max(0, cue.start() - 12), cue.start()) and \
            not _said_after_cue(m, cue):
        return True
    promised = _PROMISED_ACT.search(m.string, max(0, m.start() - 90), m.start())
    if promised is not None and not _PLAN_PAST.search(m.string, max(0, promised.start() - 12), promised.start()):
        return True
    # (round K12) "it would seek an order from the Fair Work Commission on Monday": a modal farther back still
    # governs the day when only the verb's own phrase lies between (no punctuation, no new clause)
    if _FAR_MODAL.search(m.string, max(0, m.start() - _FAR_MODAL_REACH), m.start()) is not None:
        return True
    # (round K8) "will impose tariffs of 25% on steel ... starting July 1": the day a measure announced for the
    # future starts, however far its "will" is
    if _STARTING.search(m.string, max(0, m.start() - 12), m.start()) is not None and \
            _WILL.search(m.string, 0, m.start()) is not None:
        return True
    # (round K11) the day that ends a span or sets a deadline after a cue of the future or of duty ("would lock
    # out workers from Friday until Monday", "must leave the country by Monday", "are due to hold exercises from
    # Oct. 12 to 16"); without such a cue it is past ("fighting continued until Tuesday evening")
    return _SPAN_PREP.search(m.string, max(0, m.start() - 12), m.start()) is not None and \
        not re.match(r"\w+['\u2019]s\b", m.string[m.start():]) and \
        _AHEAD_CUE.search(m.string, 0, m.start()) is not None or \
        _ORDERED_BY.search(m.string, max(0, m.start() - 120), m.start()) is not None


# (round K15) "said the protest on Saturday would go ahead", "the runoff on March 29 will be held", "Thursday's summit
# would focus on ...": a scheduled event named with its day, then a modal, is still to come. Only nouns of events
# held on a set day: "the attack on Monday will be investigated" looks back; so does "would have".
_SCHEDULED = (r"(?:votes?|polls?|elections?|by-elections?|runoffs?|run-offs?|referendums?|referenda|ballots?|protests?"
              r"|march(?:es)?|rall(?:y|ies)|strikes?|walkouts?|demonstrations?|sit-ins?|talks|meetings?|summits?"
              r"|trials?|hearings?|debates?|sessions?|congress(?:es)?|conferences?|ceremon(?:y|ies)|funerals?"
              r"|inaugurations?|census(?:es)?|visits?|negotiations?|consultations?|primar(?:y|ies)|caucus(?:es)?)")
_SCHEDULED_ON = re.compile(r"(?i)\b" + _SCHEDULED + r"\s+(?:on|of)\s+$")
_SCHEDULED_POSSESSIVE = re.compile(r"(?i)\s+(?:[\w-]+\s+)?" + _SCHEDULED + r"\b")
_MODAL_AFTER = re.compile(r"(?i)\s+(?:would|will|shall|won't|(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+)?to)\s+"
                          r"(?!have\b|not\s+have\b)")


# (round K27) "Opposition parties urged supporters to reject the referendum on Sunday": the day of an occasion in what
# a speaker urges (asks, calls on, tells) others to do is the occasion's, not the urging's
_URGING = re.compile(r"(?i)(?:urg|call|ask|appeal|demand|press|encourag|invit|told|tell|order)")
_URGED_OCCASION = re.compile(r"(?i)\bto\s+[a-z]+\s+(?:[\w'\u2019-]+\s+){0,6}?(?:the|a|an|this|next)\s+"
                             r"(?:[\w-]+\s+){0,2}?" + _SCHEDULED + r"\s+on\s+$")


def _occasion_urged(s: str, e: DateExpression, trigger: Trigger | None, offset: int) -> bool:
    if trigger is None or _URGING.match(trigger.text) is None:
        return False
    m = _URGED_OCCASION.search(s, max(0, e.start - 90), e.start)
    return m is not None and m.start() >= trigger.end - offset and not _CLAUSE_BREAK.search(s, trigger.end - offset,
                                                                                           m.start())


def _scheduled_ahead(m: re.Match[str]) -> bool:
    s = m.string
    if re.search(r"['\u2019]s$", m.group(0)):
        after = _SCHEDULED_POSSESSIVE.match(s, m.end())
        return after is not None and _MODAL_AFTER.match(s, after.end()) is not None
    return _SCHEDULED_ON.search(s, max(0, m.start() - 40), m.start()) is not None and \
        _MODAL_AFTER.match(s, m.end()) is not None


_FAR_MODAL_REACH = 110
# (round K27) "are due to sign a border security agreement in Addis Ababa on Monday": a present schedule governs
# as far as a modal does
_FAR_MODAL = re.compile(r"(?i)\b(?:will|would|shall|\w+'ll|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to)"
                        r"\s+(?!have\b|be\s+\w+ed\b)"
                        r"(?:(?!(?:that|who|whom|which|when|after|before|because|since|as|while|and|or|but|had|was|"
                        r"were|said|says)\b)[\w'\u2019-]+\s+){1,14}(?:on\s+|by\s+|from\s+|in\s+|for\s+)?$")
_STARTING = re.compile(r"(?i)\b(?:starting|effective|beginning|from)\s+(?:on\s+)?$")
_WILL = re.compile(r"(?i)\b(?:will|shall|\w+'ll)\b")
_SPAN_PREP = re.compile(r"(?i)\b(?:starting|effective|beginning|from|until|till|by)\s+(?:on\s+)?$")
_AHEAD_CUE = re.compile(r"(?i)\b(?:will|shall|would|must|\w+'ll|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to"
                        # a hearing put off ("the court adjourned the trial until Monday") resumes on a coming day
                        r"|(?:has|have)\s+to|adjourned|postponed|deferred|remanded"
                        # a deadline given: "gave the rebels until Friday to lay down their arms"
                        r"|gave|given|giving)\b")
# (round K13) a deadline set by an order ("were ordered to leave the country by Monday", "told families to leave
# their homes by Saturday", "ordered traders to vacate the market by April 15") is a coming day
_ORDERED_BY = re.compile(r"(?i)\b(?:ordered|told|instructed|directed|asked|urged|warned)\s+(?:[\w'\u2019-]+\s+){0,5}?"
                         r"to\s+(?:[\w'\u2019-]+\s+){1,6}?(?:by|until|till|before)\s+(?:on\s+)?$")
# (round K22) "threatened to attack the city on Sunday", "vowed to hold mass protests on Saturday", "threatened a
# nationwide strike starting March 20": the day of a threatened or promised act is ahead of the threat
_PROMISED_ACT = re.compile(
    # (round K33) up to ten words: "vowed to go ahead with a general strike across the country on Monday"
    r"(?i)\b(?:(?:threaten|vow|pledg|promis)(?:e|es|ed|s|ing)?\s+to\s+(?:[\w'\u2019-]+\s+){1,10}?"
    r"|threaten(?:ed|s|ing)?\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|walkouts?|shutdowns?|boycotts?|protests?|blockades?|sit-ins?|action)\s+)"
    r"(?:(?:on|from|starting|beginning|by|until|for)\s+)?$")
# (round K11) "the plotters had planned to attack the palace on Sunday night": a plan told in the pluperfect was for
# a day now past
_PLAN_PAST = re.compile(r"(?i)\bhad\s+(?:been\s+)?$")


# "Unions have called a tenth day of strikes for Thursday", "a rally set for Friday": a bare weekday after "for"
# is the day something is called or set for, the coming one ("for Thursday's attack" names a past day: no)
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")


# (round K24) "Voters go to the polls on Sunday", "The ministers meet in Brussels on Monday", "The prime minister holds
# talks with the opposition leader on Tuesday": a vote, sitting, visit or talks told in the simple present is a
# schedule, so its weekday is the coming one. Only verbs of such set occasions, in the day's own clause; a headline's
# present tells a past deed ("Biden meets Xi on Monday"), so only a full sentence (closed by its stop) counts.
_SCHEDULE_VERB = re.compile(
    r"(?i)(?<![\w'\u2019-])(?:go(?:es)?\s+to\s+the\s+polls|head(?:s)?\s+to\s+the\s+polls|votes?|meets?|holds?|visits?"
    r"|travels?|fl(?:y|ies)|hosts?|faces?|opens|resumes?|convenes?|reconvenes?|gathers?|returns?|begins?|starts?"
    r"|sits|arrives?)\b")
_SCHEDULE_GAP = re.compile(r"(?i)\s+(?:(?!(?:that|who|whom|which|when|after|before|because|since|as|while|and|or|but"
                           r"|had|has|have|was|were|is|are|said|says|every|each)\b)[\w'\u2019.-]+\s+){0,8}?"
                           r"(?:on\s+|(?:late|early)\s+(?:on\s+)?)?")
# a word before the verb that makes it no present-tense finite verb ("to meet", "did not meet", "the vote", "on hold")
_NOT_FINITE_BEFORE = re.compile(r"(?i)\b(?:to|not|did|do|does|didn't|don't|doesn't|never|will|would|shall|could|may"
                                r"|might|must|should|can|cannot|let|the|a|an|his|her|its|their|our|this|that|these"
                                r"|those|of|for|on|in|at|during|after|before|than|and|or|[\w'\u2019-]+['\u2019]s)\s+$")
_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")


def _present_schedule(m: re.Match[str]) -> bool:
    s = m.string
    if not _SENTENCE_STOP.search(s):
        return False
    lo = max(0, m.start() - _FAR_MODAL_REACH)
    for verb in _SCHEDULE_VERB.finditer(s, lo, m.start()):
        if _SCHEDULE_GAP.fullmatch(s, verb.end(), m.start()) is not None and \
                _NOT_FINITE_BEFORE.search(s, max(0, verb.start() - 20), verb.start()) is None and \
                not _past_in_subject(s, verb.start()):
            return True
    return False


def _past_in_subject(s: str, at: int) -> bool:
    """A past verb between the clause's start and offset `at` ("filed tax returns on Monday"): the word at `at` is
    then a noun of that clause, not its present-tense verb. Lowercase words only ("United Nations" is a name)."""
    return any(w.group()[0].islower() and _PAST_FORM.fullmatch(w.group())
               for w in re.finditer(r"[\w'\u2019]+", s[_clause_start(s, at):at]))


def _for_day(m: re.Match[str]) -> bool:
    if m.group("mod") or re.search(r"['\u2019]s\b", m.group(0)):
        return False
    return _FOR_BEFORE.search(m.string, max(0, m.start() - 5), m.start()) is not None


def _since(m: re.Match[str]) -> bool:
    return (m.groupdict().get("prep") or "").lower() == "since"


def _safe_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _month_no(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _iso(m: re.Match[str], published: date | None) -> DateExpression | None:
    when = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return _expr(m, when, "day", explicit_year=True) if when else None


def _month_day(mon: str, day: str, year: str | None, rel: str | None, m: re.Match[str],
               published: date | None) -> DateExpression | None:
    mo, d = _month_no(mon), int(day)
    if not 1 <= d <= 31:
        return None
    if year:
        when = _safe_date(int(year), mo, d)
        return _expr(m, when, "day", explicit_year=True) if when else None
    if published is None:
        return _expr(m, None, None)
    if rel:
        y = published.year + _REL_YEAR_SHIFT[rel.lower()]
        when = _safe_date(y, mo, d)
        # (round K31) "on Dec. 30 last year" read on Jan. 5 is last week: only its day makes it past; (round K32) so
        # is a holiday named with "last year" ("Christmas Eve last year" read on Jan. 10 is 17 days back)
        return _expr(m, when, "day", cue=rel.lower() == "last" and _is_historical(when, "day", published),
                     explicit_year=True)
    if _future_before(m):
        # "elections will be held on March 15": the next such day on or after publication
        for y in range(published.year, published.year + 8):
            when = _safe_date(y, mo, d)
            if when is not None and when >= published:
                return _expr(m, when, "day")
    coming = _coming_day(mo, d, published)
    if coming is not None and not _just_gone(mo, d, published) and _present_schedule(m):
        # (round K25) "Voters go to the polls on October 4", "The ministers meet in Brussels on March 23": a schedule
        # told in the simple present (as for weekdays, round K24) is on the coming day, however far ahead
        return _expr(m, coming, "day")
    # The most recent such day on or before the publication date (Feb 29 may need a few years).
    for y in range(published.year, published.year - 8, -1):
        when = _safe_date(y, mo, d)
        if when is not None and when <= published:
            return _expr(m, when if _told_past(m) else _coming_instead(when, mo, d, published), "day")
    return None


def _coming_day(mo: int, d: int, published: date) -> date | None:
    """The first such month-day on or after publication (the next year's when this year's is past)."""
    for y in (published.year, published.year + 1):
        when = _safe_date(y, mo, d)
        if when is not None and when >= published:
            return when
    return None


_JUST_GONE_DAYS = 7  # a present told of a day in the week just gone is the headline's past, not a schedule


def _just_gone(mo: int, d: int, published: date) -> bool:
    return any(when is not None and 0 <= (published - when).days <= _JUST_GONE_DAYS
               for when in (_safe_date(published.year, mo, d), _safe_date(published.year - 1, mo, d)))


# (round K12) news gives the year of any date not in the current year ("Oct. 7 last year", "Aug. 14, 2025"): a bare
# month-day whose last occurrence is most of a year back while the next is weeks ahead is the coming one ("the
# vote on Nov. 4 would go ahead", "if the lockout is not lifted by Aug. 14", "the runoff on June 7")
_FAR_BACK_DAYS = 270
_NEAR_AHEAD_DAYS = 92


# the clause of a date: back to the nearest clause opener ("that", "if", a comma ...), at most this far
_CLAUSE_REACH = 60
_CLAUSE_OPENER = re.compile(r"(?i)(?:[,;:(]|\b(?:that|which|who|if|unless|when|while|whether))\s+"
                            # a report whose clause follows without "that" ("said the referendum on April 12 ...")
                            r"|\b(?:said|says|announced|reported|added|told\s+\w+)\s+(?!(?:on|in|late|early|last|this)\b)")


_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|be|have|been)\b)[a-z]+\b")


def _told_past(m: re.Match[str]) -> bool:
    """The clause of the date is told in the past ("withdrew the bill on June 26", "fired drones late on April 13"):
    a day most of a year back is then the one meant, not the coming one."""
    clause_start = _clause_start(m.string, m.start())
    # (round K18) "urged voters on Monday to turn out for the Aug. 30 election": a date after an infinitive lies in
    # what the infinitive asks or intends, not in the past verb's clause
    infinitive = None
    for infinitive in _INFINITIVE.finditer(m.string, clause_start, m.start()):
        pass
    if infinitive is not None:
        clause_start = infinitive.start()
    for w in re.finditer(r"[\w'\u2019]+", m.string[clause_start:m.start()]):
        # a past verb of intent before an infinitive ("vowed to keep protesting until the election on Dec. 13")
        # looks ahead
        if _PAST_FORM.fullmatch(w.group()) and not m.string.startswith(" to ", clause_start + w.end()) and \
                _MODAL_BEFORE.search(m.string, max(0, clause_start + w.start() - 30), clause_start + w.start()) is None:
            return True
    return False


_REL_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}  # "November last year", "this year", "next year"


def _last_such_month_year(month: int, published: date) -> int:
    """The year of the last `month` on or before publication ("in March" read in November is this year's)."""
    return published.year if month <= published.month else published.year - 1


def _coming_instead(past: date, mo: int, d: int, published: date) -> date:
    if (published - past).days <= _FAR_BACK_DAYS:
        return past
    ahead = _safe_date(past.year + 1, mo, d)
    return ahead if ahead is not None and 0 < (ahead - published).days <= _NEAR_AHEAD_DAYS else past


def _mdy(m: re.Match[str], published: date | None) -> DateExpression | None:
    return _month_day(m.group(1), m.group(2), m.group(3), m.group(4), m, published)


def _dmy(m: re.Match[str], published: date | None) -> DateExpression | None:
    return _month_day(m.group(2), m.group(1), m.group(3), m.group(4), m, published)


def _month_year(m: re.Match[str], published: date | None) -> DateExpression | None:
    return _expr(m, date(int(m.group(2)), _month_no(m.group(1)), 1), "month", explicit_year=True)


def _month(m: re.Match[str], published: date | None) -> DateExpression | None:
    mo = _month_no(m.group("mon"))
    rel_year = m.group("ry")  # "in November last year"
    rel = (m.groupdict().get("rel") or "").lower()
    ongoing = _since(m)
    if published is None:
        return _expr(m, None, None, "span")
    if rel_year:
        y = published.year + _REL_YEAR_SHIFT[rel_year.lower()]
        return _expr(m, date(y, mo, 1), "month", "span", cue=rel_year.lower() == "last" and not ongoing and
                     _is_historical(date(y, mo, 1), "month", published), explicit_year=True, ongoing=ongoing)
    y = _last_such_month_year(mo, published)
    if rel == "last" and mo >= published.month:
        y = published.year - 1
    elif rel == "this":
        y = published.year
    elif not rel and _future_before(m):
        y = published.year if mo >= published.month else published.year + 1
    elif not rel and _WAS_DUE.search(m.string, max(0, m.start() - 20), m.start()) is not None:
        # (round K16) "said the withdrawal was due in January" (read in November): a due month told in the past
        # tense, as reported speech tells what is still due, is the nearer of the last and the coming such month
        coming = published.year if mo >= published.month else published.year + 1
        if (coming - published.year) * 12 + mo - published.month < (published.month - mo) % 12:
            y = coming
    elif rel == "next":
        y = published.year if mo > published.month else published.year + 1
    return _expr(m, date(y, mo, 1), "month", "span", ongoing=ongoing)


_WAS_DUE = re.compile(r"(?i)\b(?:was|were)\s+(?:not\s+)?due\s+$")


def _year(m: re.Match[str], published: date | None) -> DateExpression | None:
    y = int(m.group("span")[-4:])  # the span ends with the year: "late 2019"
    part = " ".join((m.group("part") or "").lower().split())
    if m.group("prep").lower().startswith(("at", "toward")) and not part:
        return None  # "at 2023 prices": no date; only "at the end of 2023" is one
    ongoing = _since(m)
    # (round K18) "closed in 2026" read on Jan. 13, 2027: a year just ended is not yet history (30-day rule)
    cue = _is_historical(date(y, 1, 1), "year", published) and not ongoing
    # "at the end of 2023" / "the beginning of 2023": the year's last / first month, not the whole year
    if "end of" in part:
        return _expr(m, date(y, 12, 1), "month", "span", cue=cue, explicit_year=True, ongoing=ongoing)
    if "beginning of" in part or "start of" in part:
        return _expr(m, date(y, 1, 1), "month", "span", cue=cue, explicit_year=True, ongoing=ongoing)
    return _expr(m, date(y, 1, 1), "year", "span", cue=cue, explicit_year=True, ongoing=ongoing)


def _decade(m: re.Match[str], published: date | None) -> DateExpression | None:
    return DateExpression(m.start(), m.end(), None, None, historical_cue=True)


def _numeric(m: re.Match[str], published: date | None) -> DateExpression | None:
    if published is None and len(m.group().rsplit("/", 1)[1]) != 4:
        return None
    when = _dateparser(m.group(), published.isoformat() if published else None)
    return _expr(m, when, "day", explicit_year=True) if when else None


@lru_cache(maxsize=4096)
def _dateparser(span: str, base_iso: str | None) -> date | None:
    """dateparser on one short span; memoised because it is slow to set up per call."""
    import dateparser  # deferred: only numeric dates need it

    base = datetime.fromisoformat(base_iso) if base_iso else datetime(2000, 1, 1)
    parsed = dateparser.parse(span, languages=["en"],
                              settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return parsed.date() if parsed else None


def _shift_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # Feb 29
        return d.replace(year=d.year + years, day=28)


def _shift_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    return date(idx // 12, idx % 12 + 1, 1)


def _ago(m: re.Match[str], published: date | None) -> DateExpression | None:
    word = m.group(1).lower()
    n = int(word) if word.isdigit() else _NUMBERS.get(word, 0)
    unit = m.group(2).lower()
    if m.group("today") and published is not None and unit in _EXACT_AGO:
        day = published - timedelta(days=1 if m.group("today").lower() == "yesterday" else 0)
        if unit in ("month", "year"):
            first = _shift_months(day, -n * _EXACT_AGO[unit])
            back = first.replace(day=min(day.day, calendar.monthrange(first.year, first.month)[1]))
        else:
            back = day - timedelta(weeks=n * _EXACT_AGO[unit])
        return _expr(m, back, "day", cue=unit == "year")
    return _ago_amount(m, published, n, unit)


# units counted back to the very day by "ago today" (weeks, or months for month and year)
_EXACT_AGO = {"week": 1, "fortnight": 2, "month": 1, "year": 12}


def _ago_amount(m: re.Match[str], published: date | None, n: int, unit: str) -> DateExpression | None:
    if unit == "decade":
        return DateExpression(m.start(), m.end(), None, None, historical_cue=True)
    if published is None:
        return DateExpression(m.start(), m.end(), None, None, historical_cue=unit == "year")
    if unit in ("minute", "hour"):
        return _expr(m, published, "day")
    if unit == "day":
        return _expr(m, published - timedelta(days=n), "day")
    if unit == "week":
        return _expr(m, published - timedelta(weeks=n), "week")
    if unit == "fortnight":
        return _expr(m, published - timedelta(weeks=2 * n), "week")
    if unit == "month":
        return _expr(m, _shift_months(published, -n), "month")
    if n == 1:
        # "a year ago" points at the same season last year (an anniversary-like recall), not at any month of it
        return _expr(m, _shift_months(published, -12), "month", cue=True)
    return _expr(m, date(published.year - n, 1, 1), "year", cue=True)


def _vague_ago(m: re.Match[str], published: date | None) -> DateExpression | None:
    unit = m.group(1).lower()
    if unit in ("year", "decade") or published is None:
        return DateExpression(m.start(), m.end(), None, None, historical_cue=unit in ("year", "decade"))
    # "a few days ago": somewhere in the past week or so, hence the coarser precision.
    if unit in ("minute", "hour"):
        return _expr(m, published, "day")
    if unit == "day":
        return _expr(m, published - timedelta(days=3), "week")
    if unit == "week":
        return _expr(m, _shift_months(published - timedelta(days=21), 0), "month")
    return DateExpression(m.start(), m.end(), None, None)  # "months ago": too vague to date


_NAME_BEFORE = re.compile(r"[A-Z][\w.]*\s+$")
_NOT_WEEKDAY_BEFORE = re.compile(r"\b(?:Good|Black|Bloody|Holy|Palm|Easter|Ash|Cyber|Maundy|Whit)\s+$")


def _dayword(m: re.Match[str], published: date | None) -> DateExpression | None:
    word = " ".join(m.group(1).lower().split())
    if m.group(1) == "Today" and m.start() > 0 and _NAME_BEFORE.search(m.string, 0, m.start()):
        return None  # "USA Today", "Russia Today"
    if published is None:
        return _expr(m, None, None)
    if word.startswith("the "):
        return _expr(m, published + timedelta(days=2 if word.endswith("tomorrow") else -2), "day")
    if word in ("yesterday", "last night", "overnight"):
        return _expr(m, published - timedelta(days=1), "day")
    if word == "tomorrow":
        return _expr(m, published + timedelta(days=1), "day")
    return _expr(m, published, "day")


def _weekday(m: re.Match[str], published: date | None) -> DateExpression | None:
    if published is None:
        return _expr(m, None, None)
    if _NOT_WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 10), m.start("wd")):
        return None  # "Good Friday", "Bloody Sunday": names, not this week's days
    wd = _WEEKDAYS[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    back = (published.weekday() - wd) % 7
    if rel == "next":
        return _expr(m, published + timedelta(days=(wd - published.weekday()) % 7 or 7), "day")
    # (round K18) "will meet this Tuesday": "this" with a cue of the future is the coming day, as a bare weekday is
    if rel in ("", "this") and (_future_before(m) or (not rel and _for_day(m)) or _present_schedule(m)):
        return _expr(m, published + timedelta(days=(wd - published.weekday()) % 7), "day")
    ahead = (wd - published.weekday()) % 7
    if not rel and not m.group("mod") and ahead < back and \
            _MEASURE_FROM.search(m.string, max(0, m.start() - 90), m.start()) is not None:
        return _expr(m, published + timedelta(days=ahead), "day")
    if rel in ("last", "past") and back == 0:
        back = 7
    return _expr(m, published - timedelta(days=back), "day")


# (round K13) "The city banned all public gatherings from Friday", "banned protests starting Wednesday": the day a
# measure takes effect from is the nearer of the last and the coming such day (a measure in force since a day well
# past is told "since Friday")
_MEASURE_FROM = re.compile(r"(?i)\b(?:bann?(?:ed|s)?|suspend(?:ed|s)?|clos(?:ed|es)|impos(?:ed|es)|shut|halt(?:ed|s)"
                           r"|restrict(?:ed|s)|introduc(?:ed|es)|barr?(?:ed|s)|prohibit(?:ed|s)|cancel(?:l?ed|s))\s+"
                           r"(?:(?!(?:and|but|after|before|while|when|since|until)\b)[\w'\u2019-]+\s+){0,8}?"
                           r"(?:from|starting|effective|beginning)\s+(?:on\s+)?$")


def _relative(m: re.Match[str], published: date | None) -> DateExpression | None:
    unit = m.group("unit").lower()
    rel = (m.groupdict().get("rel") or "").lower()
    mod = (m.groupdict().get("mod") or "").lower()
    cue = unit == "year" and rel in ("last", "previous")
    if published is None:
        return DateExpression(m.start(), m.end(), None, None, cue)
    if cue and mod == "late" and not _is_historical(date(published.year - 1, 12, 1), "month", published):
        cue = False  # (round K31) "late last year" read in early January: its last weeks, not past
    if unit == "weekend":
        return _expr(m, _weekend(published, rel), "week", ongoing=bool(m.groupdict().get("since")))
    if unit == "week":
        delta = {"last": -7, "past": -7, "previous": -7, "next": 7}.get(rel, 0)
        return _expr(m, published + timedelta(days=delta), "week")
    if unit == "month":
        delta = {"last": -1, "past": -1, "previous": -1, "next": 1}.get(rel, 0)
        return _expr(m, _shift_months(published, delta), "month")
    if rel == "past" and not mod:
        # "the past year": the twelve months up to now, not the previous calendar year
        return _expr(m, date(published.year, 1, 1), "year")
    delta = {"last": -1, "past": -1, "previous": -1, "next": 1}.get(rel, 0)
    return _expr(m, date(published.year + delta, 1, 1), "year", cue=cue)


def _weekend(published: date, rel: str) -> date:
    """The Saturday of the weekend meant: the latest one on or before publication; "last weekend"
    read on a Saturday or Sunday is the one before."""
    back = (published.weekday() - 5) % 7
    if rel == "last" and published.weekday() >= 5:
        back += 7
    if rel == "next":
        return published + timedelta(days=(5 - published.weekday()) % 7 or 7)
    return published - timedelta(days=back)


def _anniversary(m: re.Match[str], published: date | None) -> DateExpression | None:
    ordinal = (m.group("ord") or "").lower()
    years = _ORDINALS.get(ordinal)
    if years is None:
        digits = re.match(r"(\d+)(?:st|nd|rd|th)$", ordinal)
        years = int(digits.group(1)) if digits else 1
    return DateExpression(m.start(), m.end(), None, None, historical_cue=True, anniversary=years)


# fixed-date holidays as (month name, day): resolved like "Dec. 25" (the last one, or the next after "will")
_HOLIDAYS = {"christmas day": ("December", "25"), "christmas": ("December", "25"), "christmas eve": ("December", "24"), "boxing day": ("December", "26"),
             "new year's day": ("January", "1"), "new year's eve": ("December", "31"),
             "the eve of the new year": ("December", "31")}


def _holiday(m: re.Match[str], published: date | None) -> DateExpression | None:
    name = " ".join(m.group("name").lower().replace("\u2019", "'").split())
    mon, day = _HOLIDAYS[name]
    return _month_day(mon, day, m.group("year"), m.group("ry"), m, published)


_HOLIDAY_SPANS = {"christmas": ("December", "25"), "new year": ("January", "1"), "new year's": ("January", "1")}


def _holiday_span(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K13) A holiday's weekend (its nearest Saturday, week precision), its holiday or break (the day itself,
    week precision: it spans days) or the day before/after it (day precision)."""
    name = " ".join(m.group("name").lower().replace("\u2019", "'").split())
    mon, day = _HOLIDAY_SPANS[name]
    base = _month_day(mon, day, None, None, m, published)
    if base is None or base.date is None:
        return base
    kind = m.group("kind").lower()
    if kind in ("before", "after"):
        return replace(base, date=base.date + timedelta(days=-1 if kind == "before" else 1))
    if kind == "weekend":
        ahead = (5 - base.date.weekday()) % 7  # ties (three days either way) go to the weekend after
        sat = base.date + timedelta(days=ahead if ahead <= 3 else ahead - 7)
        return replace(base, date=sat, precision="week")
    return replace(base, precision="week")


def _week_phrase(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K21) "earlier in the week" (read as "earlier this week"), or the week or weekend before last (a week
    before "last week" / "last weekend")."""
    if m.group("unit"):
        return _relative(m, published)
    if published is None:
        return _expr(m, None, None)
    last = _weekend(published, "last") if m.group("last").lower() == "weekend" else published - timedelta(days=7)
    return _expr(m, last - timedelta(days=7), "week")


def _month_day_edge(m: re.Match[str], published: date | None) -> DateExpression | None:
    if published is None:
        return _expr(m, None, None)
    # (round K31) "rallied on the last day of the year" read on Jan. 2: with "the", a day still ahead, in a clause told
    # in the past, is the one just gone
    back = -1 if m.group("rel").lower() == "the" and _told_past(m) and not _future_before(m) else 0
    if (m.group("unit") or "").lower() == "year":
        year = published.year + {"next": 1, "last": -1}.get(m.group("rel").lower(), 0)
        # no historical cue of its own: Dec. 31 read on Jan. 2 is this week's (age alone makes it historical)
        when = date(year, 1, 1) if m.group("which").lower() == "first" else date(year, 12, 31)
        if back and when > published:
            when = when.replace(year=year - 1)
        return _expr(m, when, "day", explicit_year=True)
    month = _shift_months(published.replace(day=1), {"next": 1, "last": -1}.get(m.group("rel").lower(), 0))
    if back and m.group("which").lower() == "last" and \
            month.replace(day=calendar.monthrange(month.year, month.month)[1]) > published:
        month = _shift_months(month, -1)
    if m.group("which").lower() == "last":
        month = month.replace(day=calendar.monthrange(month.year, month.month)[1])
    return _expr(m, month, "day")


_WEEK_START = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def _week_of_month(m: re.Match[str], published: date | None) -> DateExpression | None:
    mo = _month_no(m.group("mon"))
    if m.group("year"):
        y = int(m.group("year"))
    elif published is None:
        return _expr(m, None, None)
    elif m.group("ry"):
        y = published.year + _REL_YEAR_SHIFT[m.group("ry").lower()]
    else:
        y = _last_such_month_year(mo, published)  # as "in March"
    first = _WEEK_START.get(m.group("wk").lower())
    day = first if first is not None else calendar.monthrange(y, mo)[1] - 6  # the last week: its last seven days
    return _expr(m, date(y, mo, day), "week", explicit_year=bool(m.group("year") or m.group("ry")))


_COMING_DAYS = 3  # "in the coming days": counted as three days ahead (week precision), like "days after"


def _coming_days(m: re.Match[str], published: date | None) -> DateExpression | None:
    if published is None:
        return _expr(m, None, None)
    return _expr(m, published + timedelta(days=_COMING_DAYS), "week")


def _season(m: re.Match[str], published: date | None) -> DateExpression | None:
    """A season as the first month of it (month precision): "last autumn" read in February 2026 is 2025-09."""
    name = m.group("season").lower()
    start = _SEASON_START[name]
    year = m.groupdict().get("year")
    span = "span" if m.groupdict().get("span") else 0
    if year:
        return _expr(m, date(int(year), start, 1), "month", span, cue=published is not None and
                     int(year) < published.year and not _since(m), explicit_year=True, ongoing=_since(m))
    if published is None:
        return _expr(m, None, None, span)
    rel = (m.groupdict().get("rel") or "").lower()
    current = _season_start(published, start)  # the latest such season begun by publication
    if rel in ("last", "past"):
        # the latest one already over (a season lasts three months)
        when = current if _shift_months(current, 3) <= published.replace(day=1) else _shift_years(current, -1)
    elif rel == "next" or (not rel and (_future_before(m) or _MAY_AHEAD.search(m.string, max(0, m.start() - 60),
                                                                                m.start()) is not None)
                           and _shift_months(current, 3) <= published.replace(day=1)):
        when = _shift_years(current, 1)
    elif rel == "this" and _shift_months(current, 3) <= published.replace(day=1) and \
            _shift_years(current, 1).year == published.year:
        # "this summer" read in May is the coming one (the one of this year); read in October the one just over
        when = _shift_years(current, 1)
    else:
        when = current
    return _expr(m, when, "month", span, ongoing=_since(m))


# "feared government forces could launch a wider offensive in the spring": a season something may do is the coming one
_MAY_AHEAD = re.compile(r"(?i)\b(?:could|may|might|can)\s+(?:(?!(?:have|had|was|were)\b)[\w'-]+\s+){1,8}$")


def _season_start(published: date, month: int) -> date:
    return date(_last_such_month_year(month, published), month, 1)


def _period_edge(m: re.Match[str], published: date | None) -> DateExpression | None:
    """"the end of the year" is its December, "the start of next month" that month (month precision)."""
    if published is None:
        return _expr(m, None, None)
    rel = m.group("rel").lower()
    step = {"next": 1, "last": -1}.get(rel, 0)
    if m.group("unit").lower() == "week":
        monday = published - timedelta(days=published.weekday() - 7 * step)
        return _expr(m, monday + timedelta(days=4 if m.group("part").lower() == "end" else 0), "week")
    if m.group("unit").lower() == "month":
        return _expr(m, _shift_months(published, step), "month")
    month = 12 if m.group("part").lower() == "end" else 1
    return _expr(m, date(published.year + step, month, 1), "month", cue=rel == "last", explicit_year=True)


def _ordinal_no(word: str) -> int:
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else _ORDINALS[word.lower()]


def _ordinal_date(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K18) "the first of May", "October the 9th", "Nov. 20 (and 22), 2022": resolved like "May 1"."""
    gd = m.groupdict()
    return _month_day(m.group("mon"), str(_ordinal_no(m.group("d"))), gd.get("year"), gd.get("ry"), m, published)


def _ordinal_day(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K18) "on the 12th": that day of the publication's month, else of the month before (in the past) or
    after (ahead: "would start on the 10th"); "of last/next month" names the month."""
    if published is None:
        return _expr(m, None, None, "span")
    day = _ordinal_no(m.group("d") or m.group("dw"))
    rel = (m.group("rel") or m.group("rel2") or "").lower()
    first = published.replace(day=1)
    if rel:
        month = _shift_months(first, {"last": -1, "next": 1}.get(rel, 0))
        return _expr(m, _safe_date(month.year, month.month, day), "day", "span")
    step = 1 if _future_before(m) else -1
    for k in range(0, 3 * step, step):  # this month, else the next/previous one(s) that have such a day
        month = _shift_months(first, k)
        when = _safe_date(month.year, month.month, day)
        if when is not None and (when >= published if step > 0 else when <= published):
            return _expr(m, when, "day", "span")
    return None


def _dotted(m: re.Match[str], published: date | None) -> DateExpression | None:
    when = _safe_date(int(m.group("year")), int(m.group("mo")), int(m.group("d")))
    return _expr(m, when, "day", explicit_year=True) if when else None


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def _quarter(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K18) A quarter as its first month (month precision, like a season), historical only once its last
    month is well past: "the first quarter of next year", "in the first quarter" (the latest one begun, the coming
    one after a cue of the future), "last quarter" (the one before the current)."""
    gd = m.groupdict()
    q = int(gd["qn"]) if gd.get("qn") else _QUARTERS.get((gd.get("q") or "").lower())
    rel = (gd.get("rel") or "").lower()
    if gd.get("year"):
        start = date(int(gd["year"]), 3 * (q or 1) - 2, 1)
    elif published is None:
        return _expr(m, None, None)
    elif rel in ("this", "next", "last", "the") and q is not None:  # "of next year"
        start = date(published.year + {"next": 1, "last": -1}.get(rel, 0), 3 * q - 2, 1)
    elif q is None:  # "last quarter", "this quarter", or "the last quarter" written without a year
        current = date(published.year, 3 * ((published.month - 1) // 3) + 1, 1)
        start = _shift_months(current, {"last": -3, "past": -3, "next": 3}.get(rel or "last", 0))
    else:
        start = date(published.year, 3 * q - 2, 1)
        if start > published:
            start = _shift_years(start, -1)
        if _future_before(m) and _shift_months(start, 3) <= published.replace(day=1):
            start = _shift_years(start, 1)
    until = _shift_months(start, 3) - timedelta(days=1)
    return _expr(m, start, "month", explicit_year=bool(gd.get("year")), ongoing=_since(m), until=until)


# (round K18) the first day of Ramadan by year, as observed in most countries (moon sighting can move it by a day);
# from memory (helper K18, session 11). Ramadan lasts 29 or 30 days.
_RAMADAN_START = {2015: (6, 18), 2016: (6, 6), 2017: (5, 27), 2018: (5, 16), 2019: (5, 6), 2020: (4, 24),
                  2021: (4, 13), 2022: (4, 2), 2023: (3, 23), 2024: (3, 11), 2025: (3, 1), 2026: (2, 18),
                  2027: (2, 8), 2028: (1, 28), 2029: (1, 16), 2030: (1, 6)}
_RAMADAN_DAYS = 29
# (round K30) from 2030 a year can hold two first days (the Islamic year is 11 days shorter): the later ones, by the
# same reckoning (about 354.4 days after the one before)
_RAMADAN_LATE_STARTS = (date(2030, 12, 26), date(2031, 12, 15), date(2032, 12, 4))


def _ramadan_starts() -> list[date]:
    """Every first day of Ramadan known, in order."""
    return sorted([date(y, mo, d) for y, (mo, d) in _RAMADAN_START.items()] + list(_RAMADAN_LATE_STARTS))


def _ramadan(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K18) Ramadan as the month it begins in (month precision; historical once it ended well before
    publication): of the year written, else the latest one begun by publication (the coming one after a cue of the
    future, unless it is under way)."""
    year = m.group("year")
    starts = _ramadan_starts()
    if year:
        start = next((x for x in starts if x.year == int(year)), None)
    elif published is None:
        return _expr(m, None, None)
    else:
        begun = [x for x in starts if x <= published]
        start = begun[-1] if begun else None
        if start is not None and _future_before(m) and published > start + timedelta(days=_RAMADAN_DAYS):
            start = next((x for x in starts if x > published), None)
    if start is None:
        return None
    if m.group("first"):
        return _expr(m, start, "day", explicit_year=bool(year), ongoing=_since(m))
    return _expr(m, start.replace(day=1), "month", explicit_year=bool(year), ongoing=_since(m),
                 until=start + timedelta(days=_RAMADAN_DAYS))


# (round K28) the feast that ends Ramadan begins the day after its last fast (29 or 30 days after its first: the day
# after a 29-day month is taken, moon sighting moves it by a day, hence week precision over a span); the feast of
# sacrifice comes 68 days after it (10 Dhu al-Hijjah)
_FITR_AFTER_START = 30
_ADHA_AFTER_FITR = 68
_ADHA = re.compile(r"(?i)adha|azha|zuha|kabir|kebir|tabaski|bakri|kurban")
_FITR = re.compile(r"(?i)fitr|saghir|seghir|ramazan")


def _eids(adha: bool | None) -> list[date]:
    """The first days of Eid al-Fitr (adha False), of Eid al-Adha (True) or of both (None), in order."""
    fitr = [start + timedelta(days=_FITR_AFTER_START) for start in _ramadan_starts()]
    if adha is None:
        return sorted(fitr + [f + timedelta(days=_ADHA_AFTER_FITR) for f in fitr])
    return [f + timedelta(days=_ADHA_AFTER_FITR) for f in fitr] if adha else fitr


def _eid(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K28) An Eid as its first day: "on Eid" at day precision, "during Eid", "over the Eid holiday" at week
    precision; of the year written, else the latest one begun by publication (the coming one after a cue of the
    future). A bare "Eid" is whichever of the two feasts came last."""
    name = m.group("name")
    adha = True if _ADHA.search(name) else False if _FITR.search(name) else None
    year = m.group("year")
    feasts = _eids(adha)
    if year:
        feast = next((x for x in feasts if x.year == int(year)), None)
    elif published is None:
        return _expr(m, None, None, "span")
    else:
        begun = [x for x in feasts if x <= published]
        feast = begun[-1] if begun else None
        if _future_before(m) and (feast is None or published > feast + timedelta(days=3)):
            feast = next((x for x in feasts if x > published), None)
    if feast is None:
        return None
    if m.group("eve"):
        return _expr(m, feast - timedelta(days=1), "day", "span", explicit_year=bool(year))
    day = m.group("prep").lower() in ("on", "at") and not m.group("kind")
    return _expr(m, feast, "day" if day else "week", "span", explicit_year=bool(year), ongoing=_since(m))


def _easter_sunday(year: int) -> date:
    """Western Easter Sunday of `year` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


_EASTER_SHIFT = {"good friday": -2, "holy saturday": -1, "easter": 0, "easter sunday": 0, "easter day": 0,
                 "easter monday": 1, "palm sunday": -7, "maundy thursday": -3, "holy thursday": -3}


def _easter(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K28) "on Easter Sunday", "on Good Friday", "over the Easter weekend": that day of the latest Easter by
    publication (the coming one after a cue of the future), or of the year written; a weekend or holiday at week
    precision."""
    name = " ".join(m.group("name").lower().split())
    shift = _EASTER_SHIFT.get(name, 0)
    year = m.group("year")
    if year:
        when = _easter_sunday(int(year)) + timedelta(days=shift)
    elif published is None:
        return _expr(m, None, None, "span")
    else:
        when = _easter_sunday(published.year) + timedelta(days=shift)
        if when > published:
            when = _easter_sunday(published.year - 1) + timedelta(days=shift)
        if _future_before(m) and published > when + timedelta(days=3):
            when = _easter_sunday(when.year + 1) + timedelta(days=shift)
    span = m.group("kind") or (name == "easter" and m.group("prep").lower() != "on")
    return _expr(m, when, "week" if span else "day", "span", explicit_year=bool(year))


def _short_numeric(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K28) "on 4/5": a day and month with no year. Both readings (day/month, month/day) that are dates are
    taken in the year of publication or the one before; the one nearest publication, on or before it (after it
    with a cue of the future), wins: a story tells what happened lately, so "4/5" read on May 6 is May 4, and
    "4/13" is April 13 wherever it is read."""
    if published is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    ahead = _future_before(m)
    readings = {_safe_date(y, mo, d) for mo, d in ((b, a), (a, b)) if 1 <= mo <= 12
                for y in (published.year - 1, published.year, published.year + 1)}
    fit = [x for x in readings if x is not None and (x >= published if ahead else x <= published)]
    if not fit:
        return None
    return _expr(m, min(fit, key=lambda x: abs((x - published).days)), "day", "span")


def _weekday_week(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K18) "on Monday last week": that weekday in the week before publication's (Monday to Sunday)."""
    if published is None:
        return _expr(m, None, None)
    monday = published - timedelta(days=published.weekday() + (7 if m.group("rel").lower() == "last" else -7))
    return _expr(m, monday + timedelta(days=_WEEKDAYS[m.group("wd").lower()]), "day")


def _part_of_year(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K23) "the first six months of this year", "the second half of 2025": the part's first month (month
    precision, as a quarter), historical only once its last month is well past. "Of the year" is the latest such
    part begun by publication."""
    gd = m.groupdict()
    months = _count(gd["n"].lower()) if gd.get("n") else 6
    if not 0 < months <= 12:
        return None
    late = gd["which"].lower() in ("last", "second")
    first_month = 13 - months if late else 1
    rel = (gd.get("rel") or "").lower()
    if gd.get("year"):
        year = int(gd["year"])
    elif published is None:
        return _expr(m, None, None)
    else:
        year = published.year + {"next": 1, "last": -1}.get(rel, 0)
        if rel == "the" and date(year, first_month, 1) > published:
            year -= 1
    start = date(year, first_month, 1)
    until = _shift_months(start, months) - timedelta(days=1)
    return _expr(m, start, "month", explicit_year=bool(gd.get("year")) or rel in ("this", "last", "next"),
                 until=until)


def _month_span(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K23) "between March and May" with no year: the first month (month precision) of the latest such span
    begun by publication (the coming one after a cue of the future); historical once its last month is well past."""
    if published is None:
        return _expr(m, None, None)
    first, last = _month_no(m.group("mon")), _month_no(m.group("mon2"))
    end_year = published.year if last <= published.month else published.year - 1
    if _future_before(m):
        end_year = published.year if last >= published.month else published.year + 1
    start = date(end_year if first <= last else end_year - 1, first, 1)
    until = _shift_months(date(end_year, last, 1), 1) - timedelta(days=1)
    return _expr(m, start, "month", until=until)


def _past_span(m: re.Match[str], published: date | None) -> DateExpression | None:
    """(round K23) "in the past six months": the span's start at its unit's precision (a few days: week), ending now,
    so never historical."""
    if published is None:
        return _expr(m, None, None)
    n, unit = _count(m.group("n").lower()), m.group("unit").lower()
    if unit == "days":
        return _expr(m, published - timedelta(days=n), "week" if n <= 14 else "month", until=published)
    if unit == "weeks":
        return _expr(m, published - timedelta(weeks=n), "week" if n <= 2 else "month", until=published)
    if unit == "months":
        return _expr(m, _shift_months(published, -n), "month", until=published)
    return _expr(m, date(published.year - n, 1, 1), "year", until=published)


_HANDLERS: dict[str, Callable[[re.Match[str], date | None], DateExpression | None]] = {
    "iso": _iso, "mdy": _mdy, "dmy": _dmy, "month_year": _month_year, "month": _month, "year": _year,
    "decade": _decade, "numeric": _numeric, "ago": _ago, "vague_ago": _vague_ago, "dayword": _dayword,
    "weekday": _weekday, "relative": _relative, "anniversary": _anniversary,
    "holiday": _holiday, "season": _season, "period_edge": _period_edge, "holiday_span": _holiday_span,
    "coming_days": _coming_days, "week_of_month": _week_of_month, "month_day_edge": _month_day_edge, "ordinal_date": _ordinal_date,
    "ordinal_day": _ordinal_day, "dotted": _dotted, "quarter": _quarter, "ramadan": _ramadan, "eid": _eid, "easter": _easter, "short_numeric": _short_numeric,
    "weekday_week": _weekday_week, "week_phrase": _week_phrase, "part_of_year": _part_of_year,
    "month_span": _month_span, "past_span": _past_span,
}
