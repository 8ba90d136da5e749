"""Publication dates written in headers, bylines and datelines. Small regexes, no dateparser:
these are the few formats news files use, and a wrong lenient parse is worse than none."""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from newsevents.records import parse_date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?"
_MDY = re.compile(rf"(?P<m>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I)
_DMY = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})", re.I)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_PREFIX = r"(?:(?:Published|Updated|Posted|Last updated|Date)\s*:?\s*)?"
_UNNAMED = "|".join(re.sub(r"\?P<\w+>", "?:", rx.pattern) for rx in (_MDY, _DMY, _ISO))
DATE_LINE = re.compile(rf"^\s*{_PREFIX}{_WEEKDAY}(?:{_UNNAMED}){_TIME}\s*$", re.I)


def month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:4 if name.lower().startswith("sept") else 3]]


def _from_match(m: re.Match[str]) -> date | None:
    try:
        if m.groupdict().get("mo"):
            return date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
        return date(int(m.group("y")), month_number(m.group("m")), int(m.group("d")))
    except (ValueError, KeyError):
        return None


def parse_date_line(line: str) -> date | None:
    """A line that is only a date ("March 12, 2024", "12 March 2024 10:00 GMT", "Published: 2024-03-12")."""
    if not DATE_LINE.match(line):
        return None
    return parse_loose_date(line)


def parse_loose_date(value: str) -> date | None:
    """A date written in one of the common news forms (ISO, RFC 2822, "March 12, 2024", "12 March 2024");
    None when none matches or the date does not exist."""
    s = value.strip()
    if not s:
        return None
    try:
        return parse_date(s)
    except ValueError:
        pass
    for rx in (_ISO, _MDY, _DMY):
        m = rx.search(s)
        if m:
            return _from_match(m)
    try:
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        return None


def month_day(month: str, day: str, fallback: date | None) -> date | None:
    """A month/day with no year ("March 3" in a dateline): the year of `fallback`, moved back one year
    when that would put the date more than a week after the fallback (a Dec 30 story filed on Jan 2)."""
    if fallback is None:
        return None
    try:
        d = date(fallback.year, month_number(month), int(day))
    except (ValueError, KeyError):
        return None
    if (d - fallback).days > 7:
        try:
            d = d.replace(year=d.year - 1)
        except ValueError:
            return None
    return d


def struct_time_date(value: object) -> date | None:
    """feedparser's *_parsed time.struct_time -> date."""
    try:
        return datetime(*value[:6]).date()  # type: ignore[index,misc]
    except (TypeError, ValueError):
        return None
