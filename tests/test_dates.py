"""Tests for newsevents.dates: event dates resolved against the publication date.

The fixed publication date is Wednesday 2024-03-13 unless a test says otherwise."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import EventDate, find_date_expressions, resolve_event_date
from newsevents.segment import split_sentences
from newsevents.records import Sentence, Trigger

PUB = date(2024, 3, 13)  # a Wednesday


def resolve(sentence: str, trigger: str | None = None, published: date | None = PUB,
            prefix: str = "") -> EventDate:
    """Resolve in an article `prefix + sentence` so article offsets differ from sentence offsets."""
    text = prefix + sentence
    sent = Sentence(1 if prefix else 0, len(prefix), len(text), sentence)
    trig = None
    if trigger is not None:
        i = text.index(trigger, len(prefix))
        trig = Trigger(i, i + len(trigger), trigger)
    return resolve_event_date(text, sent, trig, published)


def check(sentence: str, trigger: str | None, day: str | None, precision: str | None, span: str | None,
          historical: bool = False, published: date | None = PUB) -> None:
    prefix = "Headline here.\n"
    got = resolve(sentence, trigger, published, prefix)
    text = prefix + sentence
    assert (got.date, got.precision, got.historical) == (day, precision, historical)
    if span is None:
        assert got.start is None and got.end is None
    else:
        assert got.start is not None and got.end is not None
        assert text[got.start:got.end] == span


@pytest.mark.parametrize("sentence, trigger, day, precision, span", [
    # weekdays: the most recent one on or before publication
    ("Rebels attacked the town on Tuesday.", "attacked", "2024-03-12", "day", "Tuesday"),
    ("Rebels attacked the town on Monday.", "attacked", "2024-03-11", "day", "Monday"),
    ("Rebels attacked the town on Thursday.", "attacked", "2024-03-07", "day", "Thursday"),
    ("Rebels attacked the town on Wednesday.", "attacked", "2024-03-13", "day", "Wednesday"),  # same weekday
    ("Wednesday's launch failed.", "launch", "2024-03-13", "day", "Wednesday's"),
    ("Sunday\u2019s vote was calm.", "vote", "2024-03-10", "day", "Sunday\u2019s"),
    ("Jets struck late on Tuesday.", "struck", "2024-03-12", "day", "late on Tuesday"),
    ("Jets struck late Tuesday.", "struck", "2024-03-12", "day", "late Tuesday"),
    ("Jets struck early Monday.", "struck", "2024-03-11", "day", "early Monday"),
    ("Jets struck Tuesday night.", "struck", "2024-03-12", "day", "Tuesday night"),
    ("Jets struck last Wednesday.", "struck", "2024-03-06", "day", "last Wednesday"),
    ("Talks resume next Monday.", "resume", "2024-03-18", "day", "next Monday"),
    # day words
    ("Jets struck overnight.", "struck", "2024-03-12", "day", "overnight"),
    ("Jets struck today.", "struck", "2024-03-13", "day", "today"),
    ("Jets struck this morning.", "struck", "2024-03-13", "day", "this morning"),
    ("Jets will strike tonight.", "strike", "2024-03-13", "day", "tonight"),
    ("Jets struck yesterday.", "struck", "2024-03-12", "day", "yesterday"),
    ("Jets struck last night.", "struck", "2024-03-12", "day", "last night"),
    ("Talks resume tomorrow.", "resume", "2024-03-14", "day", "tomorrow"),
    # weeks, months, years
    ("Jets struck over the weekend.", "struck", "2024-03-09", "week", "over the weekend"),
    ("Jets struck last week.", "struck", "2024-03-06", "week", "last week"),
    ("Jets struck earlier this week.", "struck", "2024-03-13", "week", "earlier this week"),
    ("Jets struck last month.", "struck", "2024-02-01", "month", "last month"),
    ("Jets struck earlier this year.", "struck", "2024-01-01", "year", "earlier this year"),
    ("Jets struck in March.", "struck", "2024-03-01", "month", "March"),
    ("Jets struck in early March 2024.", "struck", "2024-03-01", "month", "early March 2024"),
    # explicit dates
    ("Talks were held March 3, 2024.", "held", "2024-03-03", "day", "March 3, 2024"),
    ("Talks were held on Mar. 3rd, 2024.", "held", "2024-03-03", "day", "Mar. 3rd, 2024"),
    ("Talks were held 3 March 2024.", "held", "2024-03-03", "day", "3 March 2024"),
    ("Talks were held on the 3rd of March.", "held", "2024-03-03", "day", "3rd of March"),
    ("Talks were held on 2024-03-03.", "held", "2024-03-03", "day", "2024-03-03"),
    ("Talks were held on March 3.", "held", "2024-03-03", "day", "March 3"),
    ("Talks were held on 03/04/2024.", "held", "2024-03-04", "day", "03/04/2024"),
    # ago
    ("Police arrested him two days ago.", "arrested", "2024-03-11", "day", "two days ago"),
    ("Police arrested him 2 days ago.", "arrested", "2024-03-11", "day", "2 days ago"),
    ("Police arrested him three weeks ago.", "arrested", "2024-02-21", "week", "three weeks ago"),
    ("Police arrested him a week ago.", "arrested", "2024-03-06", "week", "a week ago"),
    ("Police arrested him hours ago.", "arrested", "2024-03-13", "day", "hours ago"),
    ("Police arrested him a fortnight ago.", "arrested", "2024-02-28", "week", "a fortnight ago"),
])
def test_recent_idioms(sentence: str, trigger: str, day: str, precision: str, span: str) -> None:
    check(sentence, trigger, day, precision, span)


@pytest.mark.parametrize("sentence, trigger, day, precision, span, historical", [
    ("Gunmen attacked a church on Christmas Day.", "attacked", "2023-12-25", "day", "Christmas Day", False),
    ("Gunmen attacked a church on Christmas Eve.", "attacked", "2023-12-24", "day", "Christmas Eve", False),
    ("Crowds rallied on New Year\u2019s Eve.", "rallied", "2023-12-31", "day", "New Year\u2019s Eve", False),
    ("Prisoners will be freed on Christmas Day.", "freed", "2024-12-25", "day", "Christmas Day", False),
    ("Gunmen attacked a church on Christmas Day 2019.", "attacked", "2019-12-25", "day", "Christmas Day 2019", True),
    # (round K32) 17 days before publication: past by its day only after 30 days, as "Dec. 30 last year" (round K31)
    ("Gunmen attacked a church on Christmas Eve last year.", "attacked", "2023-12-24", "day",
     "Christmas Eve last year", False),
])
def test_fixed_date_holidays(sentence: str, trigger: str, day: str, precision: str, span: str,
                             historical: bool) -> None:
    """Published 2024-01-10: the last such holiday before publication, the next one after a future cue."""
    check(sentence, trigger, day, precision, span, historical, published=date(2024, 1, 10))


@pytest.mark.parametrize("sentence, trigger, day, precision, span", [
    ("Jets struck in November.", "struck", "2023-11-01", "month", "November"),
    ("Protesters rallied in November last year.", "rallied", "2023-11-01", "month", "November last year"),
    ("Hamas attacked Israel on Oct. 7 last year.", "attacked", "2023-10-07", "day", "Oct. 7 last year"),
    ("Hamas attacked Israel on Oct. 7.", "attacked", "2023-10-07", "day", "Oct. 7"),  # most recent Oct 7
    ("Talks were held March 3, 2019.", "held", "2019-03-03", "day", "March 3, 2019"),
    ("Talks were held in 2019.", "held", "2019-01-01", "year", "2019"),
    ("He was released in late 2019.", "released", "2019-01-01", "year", "late 2019"),
    ("Talks were held in December 2023.", "held", "2023-12-01", "month", "December 2023"),
    ("Talks were held last year.", "held", "2023-01-01", "year", "last year"),
    ("The dam was built two years ago.", "built", "2022-01-01", "year", "two years ago"),
    ("He was jailed last March.", "jailed", "2023-03-01", "month", "last March"),
])
def test_historical_dates(sentence: str, trigger: str, day: str, precision: str, span: str) -> None:
    check(sentence, trigger, day, precision, span, historical=True)


@pytest.mark.parametrize("sentence, trigger, span", [
    ("The attack happened years ago.", "happened", "years ago"),
    ("The camp was built in the 1990s.", "built", "in the 1990s"),
])
def test_undated_historical_cues(sentence: str, trigger: str, span: str) -> None:
    check(sentence, trigger, None, None, span, historical=True)


def test_anniversary_of_the_event() -> None:
    got = resolve("Crowds marked the first anniversary of the attack.", "attack")
    assert got == EventDate(None, None, None, None, True)
    # the commemoration itself happens now
    assert resolve("Crowds marked the first anniversary of the attack.", "marked") == \
        EventDate("2024-03-13", "day", None, None, False)
    # an Oct. 7 read on the anniversary points a year back
    got = resolve("Israelis marked the first anniversary of the Oct. 7 attack.", "attack",
                  published=date(2024, 10, 7))
    assert (got.date, got.historical) == ("2023-10-07", True)


@pytest.mark.parametrize("sentence, trigger, day, precision, span", [
    ("Union leaders said they would hold further marches in June.", "marches", "2024-06-01", "month", "June"),
    ("The next round is scheduled to take place in Caracas in April.", "take place", "2024-04-01", "month",
     "April"),
    ("Talks will resume on Monday.", "resume", "2024-03-18", "day", "Monday"),
    ("Talks will resume on Wednesday.", "resume", "2024-03-13", "day", "Wednesday"),
    ("Elections will be held on Feb. 3.", "held", "2025-02-03", "day", "Feb. 3"),
    ("The vote is set to take place in January.", "vote", "2025-01-01", "month", "January"),
])
def test_future_cues_point_forward(sentence: str, trigger: str, day: str, precision: str, span: str) -> None:
    check(sentence, trigger, day, precision, span)


def test_future_cue_after_the_date_keeps_past_reading() -> None:
    check("The army said on Monday it will investigate.", "investigate", "2024-03-11", "day", "Monday")


def test_since_is_ongoing_not_historical() -> None:
    got = resolve("Since October, the two sides have exchanged fire.", "exchanged")
    assert (got.date, got.precision, got.historical) == ("2023-10-01", "month", False)


def test_thirty_day_rule() -> None:
    # "more than 30 days before published" (2024 is a leap year)
    assert resolve("Talks were held on Feb. 12.", "held").historical is False  # 30 days
    assert resolve("Talks were held on Feb. 11.", "held").historical is True  # 31 days


def test_no_date_falls_back_to_published() -> None:
    assert resolve("Police arrested five people.", "arrested") == EventDate("2024-03-13", "day", None, None, False)


def test_nearest_to_trigger_wins() -> None:
    s = "The army said on Tuesday that rebels attacked a village on Sunday."
    check(s, "attacked", "2024-03-10", "day", "Sunday")
    check(s, "said", "2024-03-12", "day", "Tuesday")


def test_subordinate_date_counts_when_nothing_closer() -> None:
    check("Troops withdrew after heavy fighting on Monday.", "withdrew", "2024-03-11", "day", "Monday")


def test_reporting_date_counts_less_than_event_date() -> None:
    # "said on Tuesday" dates the report: the event's own date wins even when a little farther
    check("Rebels attacked a village on Sunday, the army said on Tuesday.", "attacked", "2024-03-10", "day",
          "Sunday")
    # ... but with no other date the report date is still the best bound we have
    check("Rebels attacked a village, the army said on Tuesday.", "attacked", "2024-03-12", "day", "Tuesday")


def test_without_trigger_prefers_non_report_date() -> None:
    check("The army said on Tuesday that rebels attacked a village on Sunday.", None, "2024-03-10", "day", "Sunday")


def test_sentence_initial_capitals() -> None:
    check("Last November, rebels seized the town.", "seized", "2023-11-01", "month", "Last November", True)
    check("Late on Tuesday, jets struck.", "struck", "2024-03-12", "day", "Late on Tuesday")
    check("Yesterday, jets struck.", "struck", "2024-03-12", "day", "Yesterday")


@pytest.mark.parametrize("sentence", [
    "The Good Friday Agreement was signed.",
    "Voters were angry, USA Today reported.",
    "Protesters may march on the capital.",
    "The March organisers said turnout was high.",
    "They killed 2000 people.",
])
def test_not_dates(sentence: str) -> None:
    assert resolve(sentence, None) == EventDate("2024-03-13", "day", None, None, False)


# --- year boundaries ---------------------------------------------------------------------------

NEW_YEAR = date(2024, 1, 2)  # a Tuesday


@pytest.mark.parametrize("sentence, day, precision, span, historical", [
    ("Talks were held in December.", "2023-12-01", "month", "December", False),
    ("Talks were held on Dec. 30.", "2023-12-30", "day", "Dec. 30", False),
    ("Talks were held on Saturday.", "2023-12-30", "day", "Saturday", False),
    ("Talks were held last week.", "2023-12-26", "week", "last week", False),
    ("Talks were held last month.", "2023-12-01", "month", "last month", False),
    ("Talks were held last year.", "2023-01-01", "year", "last year", True),
    ("Talks were held over the weekend.", "2023-12-30", "week", "over the weekend", False),
    ("Talks were held in January.", "2024-01-01", "month", "January", False),
    ("Talks were held in November.", "2023-11-01", "month", "November", True),
])
def test_year_boundary(sentence: str, day: str, precision: str, span: str, historical: bool) -> None:
    check(sentence, "held", day, precision, span, historical, published=NEW_YEAR)


def test_leap_day_without_year() -> None:
    assert resolve("Talks were held on Feb. 29.", "held", published=date(2025, 3, 1)).date == "2024-02-29"


def test_weekend_from_weekend_publication() -> None:
    sunday = date(2024, 3, 17)
    assert resolve("Jets struck over the weekend.", "struck", published=sunday).date == "2024-03-16"
    assert resolve("Jets struck last weekend.", "struck", published=sunday).date == "2024-03-09"


# --- no publication date -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, day, precision", [
    ("Talks were held March 3, 2024.", "2024-03-03", "day"),
    ("Talks were held 3 March 2024.", "2024-03-03", "day"),
    ("Talks were held on 2024-03-03.", "2024-03-03", "day"),
    ("Talks were held in December 2023.", "2023-12-01", "month"),
    ("Talks were held in 2019.", "2019-01-01", "year"),
])
def test_no_published_explicit_dates(sentence: str, day: str, precision: str) -> None:
    got = resolve(sentence, "held", published=None)
    assert (got.date, got.precision, got.historical) == (day, precision, False)


@pytest.mark.parametrize("sentence", [
    "Talks were held on Tuesday.",
    "Talks were held yesterday.",
    "Talks were held last week.",
    "Talks were held on March 3.",
    "Talks were held in November.",
    "Talks were held two days ago.",
    "Talks were held.",
])
def test_no_published_relative_dates_unresolved(sentence: str) -> None:
    got = resolve(sentence, "held", published=None)
    assert got.date is None and got.precision is None


def test_find_date_expressions_non_overlapping_in_order() -> None:
    s = "On Oct. 7 last year and again late on Tuesday, then in 2019."
    exprs = find_date_expressions(s, PUB)
    assert [s[e.start:e.end] for e in exprs] == ["Oct. 7 last year", "late on Tuesday", "2019"]


def test_dateparser_cache_speed() -> None:
    # numeric dates go through dateparser once per distinct span, then the cache answers
    for _ in range(200):
        assert resolve("Talks were held on 03/04/2024.", "held").date == "2024-03-04"


def test_dateline_date_is_the_filing_date_not_the_event_date() -> None:
    from newsevents.records import Trigger

    t = ("BAMAKO, Mali, July 18, 2024 (Newswire) — A roadside bomb struck a Malian army convoy near Gao "
         "on Tuesday, killing four soldiers, military sources said.")
    s = split_sentences(t)[0]
    i = t.find("struck")
    got = resolve_event_date(t, s, Trigger(i, i + 6, "struck"), date(2024, 7, 18))
    assert got.date == "2024-07-16"
    only = "BAMAKO, Mali, July 18, 2024 (Newswire) — A roadside bomb struck a Malian army convoy."
    got = resolve_event_date(only, split_sentences(only)[0], Trigger(i, i + 6, "struck"), date(2024, 7, 20))
    assert got.date == "2024-07-18"  # with no other date the dateline's date still serves


@pytest.mark.parametrize("prefix, sentence, trigger, day, span", [
    ("Rebels seized Kidal on March 3. ", "Troops retook the town the next day.", "retook", "2024-03-04",
     "the next day"),
    ("Rebels seized Kidal on Monday. ", "Two days later, troops retook the town.", "retook", "2024-03-13",
     "Two days later"),
    ("Rebels seized Kidal on March 3. ", "A day earlier, police had arrested four men.", "arrested", "2024-03-02",
     "A day earlier"),
    ("", "Rebels seized Kidal on Monday and troops retook it the following day.", "retook", "2024-03-12",
     "the following day"),
    ("Rebels seized Kidal on March 3. ", "Hours later, troops retook the town.", "retook", "2024-03-03",
     "Hours later"),
])
def test_days_counted_from_an_earlier_date(prefix: str, sentence: str, trigger: str, day: str, span: str) -> None:
    got = resolve(sentence, trigger, PUB, prefix)
    assert (got.date, got.precision) == (day, "day")
    assert got.start is not None and (prefix + sentence)[got.start:got.end] == span


def test_days_later_without_a_written_anchor_fall_back() -> None:
    """No earlier date in the text: "the next day" cannot be counted, so the publication date stands."""
    got = resolve("Troops retook the town the next day.", "retook", PUB, "Nothing is dated here. ")
    assert (got.date, got.start) == ("2024-03-13", None)
    # without a publication date a relative anchor ("Monday") cannot be resolved either
    assert resolve("Troops retook it the next day.", "retook", None, "Rebels seized Kidal on Monday. ").date is None


def test_a_written_date_beats_a_counted_one() -> None:
    got = resolve("Hours later, the group said its fighters fired rockets on Wednesday morning.", "fired", PUB,
                  "Jets struck the town late Tuesday. ")
    assert got.date == "2024-03-13"


def test_find_date_expressions_cached_answers_are_fresh_lists() -> None:
    # the expressions are cached per (text, published): a caller extending its list must not change the next
    s = "Troops withdrew on Tuesday after talks in 2019."
    first = find_date_expressions(s, PUB)
    first.append(first[0])
    again = find_date_expressions(s, PUB)
    assert [s[e.start:e.end] for e in again] == ["Tuesday", "2019"]
    assert again[0].date == date(2024, 3, 12)
    # a different publication date resolves the weekday again
    assert find_date_expressions(s, date(2024, 1, 10))[0].date == date(2024, 1, 9)
