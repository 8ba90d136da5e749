"""Dates (session 12, K21): a statement after a deed of last night ("launched 35 drones ... overnight. The governor
condemned the attack") is the morning's, the story's day, not the night's; a day range without a year ("on 3-4
May", "between 10 and 12 June") is its first day; "two days earlier" or "the day before" with no day written before
counts back from publication; "earlier in the week / month" is this week's / month's; a publication time is its
day; the lead's deed dated only by its report ("..., police said on Monday") takes the earlier day a headline naming
its verb gives ("Gunmen kill 12 villagers in Zamfara on Sunday"). All sentences are made up for these tests."""
from __future__ import annotations

from datetime import date, datetime

import pytest
import spacy
from story_parts import NamesGeo, Spec, SpecCoder, run_story

from newsevents.dates import resolve_event_date
from newsevents.pipeline import Pipeline
from newsevents.records import Article, Sentence, Trigger

PUB = date(2026, 5, 13)  # a Wednesday


def resolve(text: str, trig: str | None = None, published: date | None = PUB) -> tuple[str | None, str | None]:
    t = None if trig is None else Trigger(text.index(trig), text.index(trig) + len(trig), trig)
    w = resolve_event_date(text, Sentence(0, 0, len(text), text), t, published)
    return w.date, w.precision


# --- a statement after a deed of last night --------------------------------------------------------------

def _story(text: str, specs: list[Spec], published: date = PUB) -> dict[str, str | None]:
    events = run_story(text, specs, [], "ODESA", published)
    return {e.trigger.text: e.date for e in events if e.trigger is not None}


_DRONES = Spec("launched", "ASSAULT", 4)


@pytest.mark.parametrize("when", ["overnight", "last night"])
def test_a_statement_after_a_deed_of_last_night_is_the_mornings(when: str) -> None:
    text = (f"ODESA (Wire) - Russian forces launched 35 drones at the port {when}, damaging a grain terminal, "
            "officials said.\n\nThe regional governor condemned the strike and urged allies to send air defences.")
    got = _story(text, [_DRONES, Spec("condemned", "ACCUSE", 3)])
    assert got == {"launched": "2026-05-12", "condemned": "2026-05-13"}


def test_a_statement_right_after_the_night_in_the_same_paragraph_is_the_mornings_too() -> None:
    text = ("ODESA (Wire) - Russian forces launched 35 drones at the port overnight, officials said. "
            "The mayor called on residents to stay in shelters.")
    got = _story(text, [_DRONES, Spec("called on", "REQUEST", 3)])
    assert got == {"launched": "2026-05-12", "called on": "2026-05-13"}


def test_a_deed_going_on_with_the_night_keeps_its_day() -> None:  # guard: only statements are the morning's
    text = ("ODESA (Wire) - Russian forces launched 35 drones at the port overnight, officials said.\n\n"
            "Police closed the coastal road near the grain terminal.")
    got = _story(text, [_DRONES, Spec("closed", "COERCE", 4)])
    assert got == {"launched": "2026-05-12", "closed": "2026-05-12"}


def test_a_statement_after_a_deed_of_a_named_day_keeps_that_day() -> None:  # guard: the convention stands
    text = ("ODESA (Wire) - Russian forces launched 35 drones at the port on Monday, officials said. "
            "The regional governor condemned the strike.")
    got = _story(text, [_DRONES, Spec("condemned", "ACCUSE", 3)])
    assert got == {"launched": "2026-05-11", "condemned": "2026-05-11"}


def test_a_statement_with_its_own_day_keeps_it() -> None:  # guard
    text = ("ODESA (Wire) - Russian forces launched 35 drones at the port overnight, officials said.\n\n"
            "The regional governor condemned the strike on Tuesday evening.")
    got = _story(text, [_DRONES, Spec("condemned", "ACCUSE", 3)])
    assert got == {"launched": "2026-05-12", "condemned": "2026-05-12"}


def test_a_statement_after_last_night_without_a_publication_date_stays_undated() -> None:  # odd input
    text = ("ODESA (Wire) - Russian forces launched 35 drones at the port overnight, officials said.\n\n"
            "The regional governor condemned the strike.")
    events = run_story(text, [_DRONES, Spec("condemned", "ACCUSE", 3)], [], "ODESA", None)  # type: ignore[arg-type]
    assert [e.date for e in events] == [None, None]


# --- a day range without a year ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("Clan militias fought in the Hiran region on 3-4 May, elders said.", "2026-05-03"),
    ("Clan militias fought in the Hiran region between 3 and 5 May.", "2026-05-03"),
    ("Clan militias fought in the Hiran region from 2nd to 4th May.", "2026-05-02"),
    ("Clan militias fought on the night of 30-31 December.", "2025-12-30"),  # a year back: the last such days
    ("Clan militias fought in the Hiran region on 3\u20134 May last year.", "2025-05-03"),
])
def test_a_day_range_without_a_year_is_its_first_day(text: str, day: str) -> None:
    assert resolve(text, "fought") == (day, "day")


def test_a_single_day_and_a_dated_range_are_as_before() -> None:  # guard
    assert resolve("Clan militias fought in the Hiran region on 4 May.", "fought") == ("2026-05-04", "day")
    assert resolve("Clan militias fought on 3-4 May 2024.", "fought") == ("2024-05-03", "day")
    assert resolve("Clan militias fought on May 3-4.", "fought") == ("2026-05-03", "day")


def test_a_day_range_without_a_year_or_publication_date_is_undated() -> None:  # odd input
    assert resolve("Clan militias fought on 3-4 May.", "fought", None) == (None, None)


# --- counted back with nothing written before ----------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("Protesters had blocked the ring road two days earlier.", "2026-05-11"),
    ("Protesters had blocked the ring road a day earlier.", "2026-05-12"),
    ("Protesters had blocked the ring road the day before.", "2026-05-12"),
])
def test_counted_back_with_no_day_before_is_from_publication(text: str, day: str) -> None:
    assert resolve(text, "blocked") == (day, "day")


def test_counted_back_from_a_day_written_before_is_from_that_day() -> None:  # guard
    text = "Police said on Monday that protesters had blocked the ring road two days earlier."
    assert resolve(text, "blocked") == ("2026-05-09", "day")


def test_the_day_before_a_named_event_is_not_counted_from_publication() -> None:  # guard
    assert resolve("Protesters blocked the ring road the day before the vote.", "blocked") == ("2026-05-13", "day")


# --- earlier in the week / month ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Students occupied the rectorate earlier in the week.", ("2026-05-13", "week")),
    ("Students occupied the rectorate earlier in the month.", ("2026-05-01", "month")),
    ("Students occupied the rectorate earlier in the year.", ("2026-01-01", "year")),
])
def test_earlier_in_the_week_or_month_is_this_ones(text: str, want: tuple[str, str]) -> None:
    assert resolve(text, "occupied") == want


def test_earlier_in_the_week_without_a_publication_date_is_undated() -> None:  # odd input
    assert resolve("Students occupied the rectorate earlier in the week.", "occupied", None) == (None, None)


# --- a publication time ------------------------------------------------------------------------------------

def test_a_publication_time_resolves_as_its_day() -> None:
    at = datetime(2026, 5, 13, 6, 30)
    text = "Russian forces launched 35 drones at the port overnight."
    w = resolve_event_date(text, Sentence(0, 0, len(text), text), None, at)
    assert (w.date, w.precision, w.historical) == ("2026-05-12", "day", False)


# --- a headline's day for the lead's deed dated only by its report ---------------------------------------------

def _headline_story(title: str, lead: str) -> list[tuple[str, str | None]]:
    specs = [Spec("killed", "ASSAULT", 4), Spec("arrested", "COERCE", 4)]
    pipe = Pipeline(spacy.blank("en"), SpecCoder(specs), NamesGeo([], "GUSAU"))
    res = pipe.run_one(Article("h", lead, title=title, published=date(2026, 5, 13)))
    return [(e.trigger.text, e.date) for e in res.events if e.trigger is not None]


def test_the_headlines_earlier_day_dates_the_lead_deed_its_report_dated() -> None:
    got = _headline_story("Gunmen kill 12 villagers in Zamfara on Sunday",
                          "GUSAU (Wire) - Gunmen killed 12 villagers in Zamfara state, police said on Monday.")
    assert got == [("killed", "2026-05-10")]


def test_a_headline_of_another_deed_does_not_date_the_lead() -> None:  # guard: the headline names the deed's verb
    got = _headline_story("Gunmen kill 12 villagers in Zamfara on Sunday",
                          "GUSAU (Wire) - Police arrested 12 men in Zamfara state, police said on Monday.")
    assert got == [("arrested", "2026-05-11")]


def test_the_leads_own_day_beats_the_headlines() -> None:  # guard: only a day that dates the report gives way
    got = _headline_story("Gunmen kill 12 villagers in Zamfara on Sunday",
                          "GUSAU (Wire) - Gunmen killed 12 villagers in Zamfara state on Tuesday, police said.")
    assert got == [("killed", "2026-05-12")]


def test_a_headline_day_far_before_the_report_is_not_taken() -> None:  # odd input: more than a week back
    got = _headline_story("Gunmen kill 12 villagers in Zamfara on April 20",
                          "GUSAU (Wire) - Gunmen killed 12 villagers in Zamfara state, police said on Monday.")
    assert got == [("killed", "2026-05-11")]


# --- the week / weekend before last; the first / last day of a year -------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Fans clashed with police the weekend before last.", ("2026-05-02", "week")),  # last weekend's Saturday is May 9
    ("Fans clashed with police the week before last.", ("2026-04-29", "week")),
])
def test_the_week_or_weekend_before_last(text: str, want: tuple[str, str]) -> None:
    assert resolve(text, "clashed") == want


@pytest.mark.parametrize("text, published, want", [
    ("Fans clashed with police on the last day of last year.", date(2026, 1, 2), ("2025-12-31", "day")),
    ("Fans clashed with police on the first day of the year.", date(2026, 1, 2), ("2026-01-01", "day")),
    ("Fans clashed with police on the last day of last year.", None, (None, None)),  # odd input: no publication
])
def test_the_first_or_last_day_of_a_year(text: str, published: date | None,
                                          want: tuple[str | None, str | None]) -> None:
    assert resolve(text, "clashed", published) == want


def test_the_last_day_of_last_year_read_on_new_years_day_is_not_historical() -> None:
    text = "Fans clashed with police on the last day of last year."
    assert not resolve_event_date(text, Sentence(0, 0, len(text), text), None, date(2026, 1, 1)).historical


# --- counted back from a report's day in the sentence before --------------------------------------------------

_NYALA = ("PORT SUDAN (Wire) - Army drones struck a fuel depot in Nyala, residents said on Tuesday.\n\n"
          "{second}")


def _nyala(second: str) -> dict[str, str | None]:
    return _story(_NYALA.format(second=second), [Spec("struck", "ASSAULT", 4), Spec("shelled", "ASSAULT", 4)])


def test_the_previous_day_after_a_reported_day_counts_back_from_it() -> None:
    got = _nyala("The previous day, RSF fighters had shelled a displacement camp outside El Obeid.")
    assert got == {"struck": "2026-05-12", "shelled": "2026-05-11"}


def test_two_days_earlier_after_a_reported_day_counts_back_from_it() -> None:
    got = _nyala("RSF fighters had shelled a displacement camp outside El Obeid two days earlier.")
    assert got == {"struck": "2026-05-12", "shelled": "2026-05-10"}


def test_a_deed_counted_back_from_the_sentence_before_is_not_its_deeds_day() -> None:
    # the first deed, dated only by its report, keeps that day: the counted-back deed is an earlier, other one
    got = _nyala("The previous day, RSF fighters had shelled a displacement camp outside El Obeid.")
    assert got["struck"] == "2026-05-12"


def test_a_reported_deed_still_takes_the_day_the_next_sentence_gives_it() -> None:  # guard (round P7)
    got = _nyala("Witnesses said the depot was struck on Monday evening.")
    assert got["struck"] == "2026-05-11"


# --- a since-date in a relative clause; a statement after a span still going on ------------------------------

def test_a_since_date_in_a_relative_clause_does_not_date_the_trigger() -> None:
    text = "Riot police used tear gas against students who have occupied the campus since Sunday."
    assert resolve(text, "tear gas") == ("2026-05-13", "day")


def test_a_since_date_in_a_relative_clause_still_dates_its_own_verb() -> None:  # guard
    text = "Riot police used tear gas against students who have occupied the campus since Sunday."
    assert resolve(text, "occupied") == ("2026-05-10", "day")


def test_a_since_date_the_trigger_owns_is_kept() -> None:  # guard
    assert resolve("Students have occupied the campus since Sunday.", "occupied") == ("2026-05-10", "day")
    assert resolve("Riot police used tear gas against students on Sunday.", "tear gas") == ("2026-05-10", "day")


def test_a_statement_after_a_span_still_going_on_is_of_the_story_day() -> None:
    text = ("NOVI SAD (Wire) - Students have occupied the university campus since Sunday.\n\n"
            "The education minister accused the students of blocking classes.")
    got = _story(text, [Spec("occupied", "PROTEST", 3), Spec("accused", "ACCUSE", 3)])
    assert got["accused"] == "2026-05-13"


def test_a_statement_after_a_deed_of_a_past_day_in_a_new_paragraph_keeps_the_convention() -> None:  # guard
    text = ("NOVI SAD (Wire) - Students occupied the university campus on Sunday.\n\n"
            "The education minister accused the students of blocking classes.")
    got = _story(text, [Spec("occupied", "PROTEST", 3), Spec("accused", "ACCUSE", 3)])
    assert got["accused"] == "2026-05-10"
