"""Dates (session 10, K15): a scheduled event named with its day before a modal ("the hearing on Friday would be
held in private") is the coming day; "a day after / hours after / on the eve of <event> <date>" count from that
date; a schedule aside on the subject ("The truce, which takes effect on Friday, covers ...") dates a main verb in
the present or future; "which was held on <date>" is the trigger noun's own day; a "that"-clause subject dated
before its pluperfect verb ("said its council on Monday had approved") dates that verb; a where-aside between
commas dates its own deed when the trigger has a date of its own. All sentences are made up for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import EventDate, resolve_event_date
from newsevents.records import Sentence, Trigger

PUB = date(2026, 4, 15)  # a Wednesday


def resolve(text: str, trig: str, published: date | None = PUB) -> EventDate:
    i = text.index(trig)
    return resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig), published)


# --- a scheduled event, its day, then a modal: the coming day
@pytest.mark.parametrize("text, trig, day", [
    ("The union said the walkout on Monday would go ahead as planned.", "walkout", "2026-04-20"),
    ("Organisers insisted the rally on Saturday would take place despite the rain.", "rally", "2026-04-18"),
    ("Judges said the hearing on Friday would be held in private.", "hearing", "2026-04-17"),
    ("Diplomats said Thursday's summit would focus on the border dispute.", "summit", "2026-04-16"),
    ("The commission confirmed the by-election on May 3 will go ahead.", "by-election", "2026-05-03"),
])
def test_scheduled_event_before_a_modal_is_ahead(text: str, trig: str, day: str) -> None:
    assert resolve(text, trig).date == day


@pytest.mark.parametrize("text, trig, day", [
    # guards: a past deed keeps its past day whatever follows it
    ("The attack on Monday will be investigated by a commission.", "attack", "2026-04-13"),
    ("The man arrested on Monday will appear in court.", "arrested", "2026-04-13"),
    ("Officials said the rally on Saturday had been peaceful.", "rally", "2026-04-11"),
    ("The vote on Sunday would have been the first since 2019.", "vote", "2026-04-12"),
])
def test_past_readings_stay(text: str, trig: str, day: str) -> None:
    assert resolve(text, trig).date == day


# --- a day after, hours after, on the eve of an event with its date
@pytest.mark.parametrize("text, trig, day", [
    ("Looters ransacked shops in the town a day after the vote on Sunday.", "ransacked", "2026-04-13"),
    ("A day after the talks broke down on Friday, militants shelled the airport.", "shelled", "2026-04-11"),
    ("Two days after the coup on April 6, soldiers closed the border.", "closed", "2026-04-08"),
    ("Gunmen kidnapped a candidate on the eve of the April 12 poll.", "kidnapped", "2026-04-11"),
    ("Bombs went off hours after the polls closed on Tuesday.", "went off", "2026-04-14"),
    ("The day before the march on Saturday, police detained its organisers.", "detained", "2026-04-10"),
])
def test_counted_from_the_named_event(text: str, trig: str, day: str) -> None:
    got = resolve(text, trig)
    assert (got.date, got.precision) == (day, "day")


def test_the_eve_of_tomorrow_is_today() -> None:
    # read on Wednesday: the summit on Thursday is tomorrow's, its eve today
    assert resolve("On the eve of the summit on Thursday, farmers blocked the motorway.", "blocked").date == \
        "2026-04-15"


def test_the_named_event_keeps_its_own_day() -> None:  # guard: the trigger inside the phrase
    assert resolve("A day after the talks broke down on Friday, militants shelled the airport.",
                   "broke down").date == "2026-04-10"


def test_a_comma_after_the_phrase_gives_the_event_its_own_day() -> None:  # guard
    assert resolve("Two days after the coup, on Monday, soldiers closed the border.", "closed").date == "2026-04-13"


def test_across_the_new_year() -> None:
    got = resolve("Riots broke out a day after the election on Dec. 31.", "Riots", date(2027, 1, 4))
    assert got.date == "2027-01-01"


# --- a schedule aside on the subject dates a present or future main verb
@pytest.mark.parametrize("text, trig, day", [
    ("The truce, which takes effect on Friday, covers all front lines.", "covers", "2026-04-17"),
    ("The lockdown, which begins on Monday, will close all schools.", "close", "2026-04-20"),
    ("The new tariff, which comes into force on May 1, applies to steel imports.", "applies", "2026-05-01"),
])
def test_schedule_aside_dates_the_main_verb(text: str, trig: str, day: str) -> None:
    assert resolve(text, trig).date == day


def test_past_main_verb_keeps_the_aside_out() -> None:  # guard
    got = resolve("The curfew, which began on Monday, ended the protests.", "ended")
    assert got.start is None


def test_which_was_held_dates_its_noun() -> None:
    got = resolve("The opposition rejected the referendum, which was held on March 29, as rigged.", "referendum")
    assert got.date == "2026-03-29"


# --- a that-clause subject with its date, then a pluperfect verb
def test_that_clause_subject_date_dates_the_pluperfect_verb() -> None:
    got = resolve("The ministry announced that its council on Monday had approved the budget.", "approved")
    assert got.date == "2026-04-13"


def test_subject_participle_still_dates_its_own_deed() -> None:  # guard (K11's rule)
    got = resolve("Two engineers kidnapped in Niger nine months ago have been freed.", "freed")
    assert got.start is None


# --- a where-aside between commas dates its own deed when the trigger has its own day
def test_where_aside_date_stays_out() -> None:
    got = resolve("Residents fled Kasai, where militias burned a church last month, on Tuesday.", "fled")
    assert (got.date, got.precision) == ("2026-04-14", "day")


def test_where_aside_alone_still_dates() -> None:  # guard: nothing else dates the trigger
    got = resolve("Troops entered Kasai, where militias burned a church on Tuesday, and secured the town.", "entered")
    assert got.date == "2026-04-14"


def test_hours_before_a_day_is_not_counted() -> None:  # guard: the evening before may be meant
    got = resolve("Gunmen held the hotel for several hours before the siege ended early on Saturday.", "held")
    assert got.date != "2026-04-11"


def test_the_eve_of_a_named_year_event() -> None:
    got = resolve("On the eve of the 2019 vote, militants bombed a rally in the capital.", "bombed")
    assert (got.date, got.precision, got.historical) == ("2019-01-01", "year", True)
    got = resolve("On the eve of the 2019 vote, militants bombed a rally in the capital.", "bombed", None)
    assert (got.date, got.precision) == ("2019-01-01", "year")
