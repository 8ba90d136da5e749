"""Dates (session 9, K12): seasons; the end or start of the month or year; a bare month-day most of a year back is
the coming one; a who-clause closing the sentence and an if-clause after the trigger carry their own dates; a date
in a since-clause starts an ongoing span; "in December of that year" and "two months later" count from the date
written before; a modal farther back still governs the day of its verb. All sentences are made up for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import EventDate, find_date_expressions, resolve_event_date
from newsevents.records import Sentence, Trigger

PUB = date(2026, 3, 18)  # a Wednesday


def resolve(text: str, trig: str, published: date | None = PUB, before: str = "") -> EventDate:
    full = before + text
    i = full.index(trig, len(before))
    return resolve_event_date(full, Sentence(0, len(before), len(full), text), Trigger(i, i + len(trig), trig),
                              published)


@pytest.mark.parametrize("text, trig, day, historical", [
    ("The regime crushed a strike by oil workers last summer.", "crushed", "2025-06-01", True),
    ("Floods swept through the delta last autumn.", "swept", "2025-09-01", True),
    ("Rebels overran the garrison in the summer of 2023.", "overran", "2023-06-01", True),
    ("Students occupied the campus in the spring.", "occupied", "2026-03-01", False),
    ("Guerrillas blew up the pipeline in autumn 2024.", "blew up", "2024-09-01", True),
])
def test_a_season_is_its_first_month(text: str, trig: str, day: str, historical: bool) -> None:
    got = resolve(text, trig)
    assert (got.date, got.precision, got.historical) == (day, "month", historical)


def test_fall_is_a_season_only_with_a_year_or_last_this_next() -> None:
    assert find_date_expressions("Exiles have returned since the fall of the regime.", PUB) == []
    got = resolve("Troops withdrew from the valley last fall.", "withdrew")
    assert got.date == "2025-09-01"


@pytest.mark.parametrize("text, trig, day", [
    ("The army says it will hand power to civilians by the end of the year.", "hand", "2026-12-01"),
    ("Ministers are to approve the plan at the start of next month.", "approve", "2026-04-01"),
    ("The ruling coalition collapsed at the end of last year.", "collapsed", "2025-12-01"),
])
def test_the_end_or_start_of_a_month_or_year(text: str, trig: str, day: str) -> None:
    got = resolve(text, trig)
    assert (got.date, got.precision) == (day, "month")


def test_since_the_start_of_the_year_is_ongoing() -> None:
    got = resolve("Gangs have abducted 90 people since the start of the year.", "abducted")
    assert (got.date, got.precision, got.historical) == ("2026-01-01", "month", False)


@pytest.mark.parametrize("text, trig, day", [
    ("Officials said the referendum on April 12 would take place under heavy security.", "referendum", "2026-04-12"),
    ("The union has given the employers a deadline of May 2.", "deadline", "2026-05-02"),
])
def test_a_bare_month_day_weeks_ahead_is_the_coming_one(text: str, trig: str, day: str) -> None:
    got = resolve(text, trig)
    assert got.date == day and not got.historical


@pytest.mark.parametrize("text, trig, day", [
    ("Soldiers shot two farmers near the border on Dec. 2.", "shot", "2025-12-02"),  # months back: the past one
    ("Parliament passed the law on Sept. 30.", "passed", "2025-09-30"),
    ("Gunmen killed a judge on March 16.", "killed", "2026-03-16"),
])
def test_a_bare_month_day_keeps_the_past_one_otherwise(text: str, trig: str, day: str) -> None:  # guards
    assert resolve(text, trig).date == day


def test_a_who_clause_closing_the_sentence_dates_that_person() -> None:
    got = resolve("Hundreds marched to demand the release of the singer, who was arrested in January.", "marched")
    assert (got.date, got.precision, got.historical) == ("2026-03-18", "day", False)


def test_the_who_clause_still_dates_its_own_verb() -> None:  # guard
    got = resolve("Hundreds marched to demand the release of the singer, who was arrested in January.", "arrested")
    assert got.date == "2026-01-01"


def test_a_deadline_in_a_condition_does_not_date_the_threat() -> None:
    got = resolve("Truckers threatened to block the highways if the fuel tax was not scrapped by April 1.", "threatened")
    assert got.date == "2026-03-18" and got.start is None


def test_a_condition_before_the_trigger_is_no_matter() -> None:  # guard
    got = resolve("If talks fail, nurses will strike on Friday.", "strike")
    assert got.date == "2026-03-20"


def test_a_date_in_a_since_clause_starts_an_ongoing_span() -> None:
    text = "Hunger strikes have spread through the prisons since the authorities banned family visits in June 2025."
    got = resolve(text, "Hunger strikes")
    assert (got.date, got.precision, got.historical) == ("2025-06-01", "month", False)
    own = resolve(text, "banned")  # guard: the deed inside the clause keeps its past
    assert own.date == "2025-06-01" and own.historical


def test_a_causal_since_without_a_perfect_is_not_a_span() -> None:  # guard
    got = resolve("The talks stalled since the rebels attacked a convoy in June 2025.", "stalled")
    assert got.historical


def test_a_month_of_that_year_takes_the_year_named_before() -> None:
    got = resolve("In October of that year, the junta dissolved the parliament.", "dissolved",
                  before="The army seized power in April 2023. ")
    assert (got.date, got.precision, got.historical) == ("2023-10-01", "month", True)


def test_months_later_count_from_the_date_before() -> None:
    got = resolve("Three months later, the rebels retook the town.", "retook",
                  before="Government troops captured Kibati in August 2025. ")
    assert (got.date, got.precision) == ("2025-11-01", "month")


def test_a_modal_farther_back_governs_the_day_of_its_verb() -> None:
    got = resolve("The mining company said on Tuesday it would ask the country's highest industrial relations "
                  "tribunal on Monday to end the stoppage.", "ask")
    assert got.date == "2026-03-23"


def test_a_past_clause_after_the_modal_keeps_its_past_day() -> None:  # guard
    got = resolve("Investigators would not confirm reports that the two men were detained on Monday.", "detained")
    assert got.date == "2026-03-16"


@pytest.mark.parametrize("text, trig, day", [
    ("Police dispersed the sit-in on Dec. 2 with water cannon.", "dispersed", "2025-12-02"),
    ("The junta freed two reporters late on Feb. 27.", "freed", "2026-02-27"),
    ("Hackers broke into the ministry's servers and stole voter lists on May 30.", "broke into", "2025-05-30"),
])
def test_a_month_day_in_a_clause_told_in_the_past_stays_past(text: str, trig: str, day: str) -> None:  # guards
    assert resolve(text, trig).date == day


def test_a_past_verb_of_intent_still_looks_ahead() -> None:
    got = resolve("Farmers vowed to keep their tractors on the motorway until the summit on May 4.", "summit")
    assert got.date == "2026-05-04"


def test_a_hypothetical_deed_keeps_the_day_of_its_condition() -> None:  # guard
    got = resolve("Shopkeepers fear looting could spread if the march called for next Tuesday goes ahead.", "looting")
    assert got.date == "2026-03-24"


def test_a_second_reported_clause_does_not_date_the_first() -> None:
    got = resolve("The minister said on Monday that the riots had been planned abroad and that the census on April 20 "
                  "would go ahead.", "riots")
    assert got.date == "2026-03-16"


def test_a_season_something_may_do_is_the_coming_one() -> None:
    got = resolve("Aid groups fear the militias could close the last open road in the summer.", "close",
                  published=date(2026, 11, 4))
    assert got.date == "2027-06-01" and not got.historical
