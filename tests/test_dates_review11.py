"""Lead's review of session 11 (issue 4, dates): "this <season>" read before the season has begun is this year's
coming one ("The army plans a new offensive this summer" read in May is June of this year, not last year's summer,
and not historical); read after it, the one just over; a winter still running is the current one. Sentences
written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import resolve_event_date
from newsevents.records import Sentence, Trigger


def _got(text: str, trig: str, published: date) -> tuple[str | None, str | None, bool]:
    i = text.index(trig)
    w = resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig), published)
    return w.date, w.precision, w.historical


# (a season over for months is historical, as any past month is: the October case)
@pytest.mark.parametrize("text, trig, published, want, past", [
    ("The army plans a new offensive in the north this summer.", "offensive", date(2026, 5, 12), "2026-06-01", False),
    ("The ministry expects to open the new port this spring.", "open", date(2026, 2, 3), "2026-03-01", False),
    ("Farmers staged protests across the region this summer.", "protests", date(2026, 10, 20), "2026-06-01", True),
    ("Shelling has cut power to the city this winter.", "Shelling", date(2026, 1, 20), "2025-12-01", False),
    ("Aid groups fear fuel shortages in the camps this winter.", "shortages", date(2026, 4, 9), "2026-12-01", False),
])
def test_this_season_is_the_one_of_the_publication_year(text: str, trig: str, published: date, want: str,
                                                        past: bool) -> None:
    assert _got(text, trig, published) == (want, "month", past)
