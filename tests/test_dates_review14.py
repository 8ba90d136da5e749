"""Dates (session 8, K8): an unresolvable relative day is still the event's own; "since" starts an ongoing span in
every date form; a pluperfect relative clause after the trigger dates an earlier step; a slashed wire dateline; the
start day of a measure announced with "will". All sentences are made up for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import EventDate, resolve_event_date, unknown_day
from newsevents.records import Sentence, Trigger

PUB = date(2026, 6, 11)  # a Thursday


def resolve(text: str, trig: str, published: date | None = PUB) -> EventDate:
    i = text.index(trig)
    return resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig), published)


def test_without_publication_a_weekday_is_an_unknown_own_day() -> None:
    got = resolve("Rebels attacked the town on Tuesday.", "attacked", None)
    assert got.date is None and unknown_day(got)
    assert got.start is not None and "Rebels attacked the town on Tuesday."[got.start:got.end] == "Tuesday"


@pytest.mark.parametrize("text, day", [
    ("Rebels attacked the town in 2019.", "2019-01-01"),  # an explicit date still resolves
    ("Rebels attacked the town.", None),  # no date at all: nothing of its own
])
def test_without_publication_explicit_or_no_dates_are_not_unknown_days(text: str, day: str | None) -> None:
    got = resolve(text, "attacked", None)
    assert got.date == day and not unknown_day(got)


def test_with_publication_nothing_is_an_unknown_day() -> None:  # guard
    got = resolve("Rebels attacked the town on Tuesday.", "attacked")
    assert got.date == "2026-06-09" and not unknown_day(got)


@pytest.mark.parametrize("text, trig", [
    ("The town has been encircled since last October by rebels.", "encircled"),
    ("The country has been rocked by protests since November 2025, when a roof collapsed.", "protests"),
    ("The editor has been held since March 3, 2025.", "held"),
])
def test_since_starts_an_ongoing_span(text: str, trig: str) -> None:
    got = resolve(text, trig)
    assert got.date is not None and not got.historical


@pytest.mark.parametrize("text, trig", [
    ("The town was encircled in November 2025 by rebels.", "encircled"),  # guard: no since
    # the when-clause after the since-date tells a past deed, not the span
    ("The country has been rocked by protests since November 2025, when a roof collapse killed 16 people.", "killed"),
])
def test_past_dates_stay_historical(text: str, trig: str) -> None:
    assert resolve(text, trig).historical


_SHIP = ("The rescue ship said it was ordered to sail to a distant port, with the 84 people it had picked up on "
         "Sunday.")


def test_a_pluperfect_relative_after_the_trigger_dates_its_own_step() -> None:
    assert resolve(_SHIP, "ordered").start is None  # the publication day, not Sunday
    assert resolve(_SHIP, "picked").date == "2026-06-07"  # guard: the step's own day


def test_a_reported_pluperfect_deed_keeps_its_day() -> None:  # guard: no relative clause
    assert resolve("Police said on Monday they had arrested 12 people on Sunday.", "arrested").date == "2026-06-07"


def test_a_slashed_wire_dateline_does_not_date_the_event() -> None:
    text = "WASHINGTON/MEXICO CITY, June 11 (Wire) - Ministers met, the ministry said on Wednesday."
    assert resolve(text, "met").date == "2026-06-10"


def test_the_start_day_of_a_measure_announced_with_will() -> None:
    text = "The government will impose tariffs of 25% on steel imports starting July 1, the ministry said."
    assert resolve(text, "tariffs").date == "2026-07-01"
    # guard: no "will" before it: a start day already past
    assert resolve("The tariffs, in force starting March 1, hurt exporters.", "tariffs").date == "2026-03-01"
