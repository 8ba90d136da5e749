"""Dates (session 10, K16): "the previous evening", "the next morning", "that evening" count from the day before them
(a reported deed's "the previous day" from the report's day; with nothing before it, from publication); "the eve of
the new year" is Dec. 31; what "is due in <month>" is ahead; "which meets on <day>" is the coming day; a possessive
day after a verb that bans, cancels or sets an event ("had banned Thursday's march") names that event's day, not the
banning's; "ahead of Friday's vote" is ahead; a headline's one date dates a story whose lead names none. All
sentences are made up for these tests."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from newsevents import pipeline
from newsevents.dates import EventDate, resolve_event_date
from newsevents.records import Article, Sentence, Trigger

PUB = date(2026, 4, 15)  # a Wednesday


def resolve(text: str, trig: str, published: date | None = PUB) -> EventDate:
    i = text.index(trig)
    return resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig), published)


def resolve_in_story(text: str, trig: str, published: date | None = PUB) -> EventDate:
    """`trig` in the story's last sentence (sentences end with ". ")."""
    start = text.rindex(". ") + 2
    i = text.index(trig, start)
    return resolve_event_date(text, Sentence(1, start, len(text), text[start:]), Trigger(i, i + len(trig), trig),
                              published)


# --- the previous evening / night, counted from the report's day or from publication
@pytest.mark.parametrize("text, trig, day", [
    ("Witnesses said militiamen had burned the granary the previous evening.", "burned", "2026-04-14"),
    ("The ministry said on Monday that troops had retaken the bridge the previous day.", "retaken", "2026-04-12"),
    ("A car bomb went off outside the barracks the previous night, the army said on Tuesday.", "went off",
     "2026-04-13"),
    ("Officials confirmed on Sunday that the dam had burst the day before.", "burst", "2026-04-11"),
])
def test_the_previous_evening_counts_back_from_the_report(text: str, trig: str, day: str) -> None:
    assert resolve(text, trig).date == day


@pytest.mark.parametrize("text, trig, day", [
    ("Clashes erupted in the port on Saturday. That evening, the mayor imposed a curfew.", "imposed", "2026-04-11"),
    ("Students walked out on Friday. The following morning, police sealed the campus.", "sealed", "2026-04-11"),
    ("Miners blocked the road on Sunday. Later that day, the governor met their leaders.", "met", "2026-04-12"),
    # a report's day written after the phrase is no anchor of a day counted forward
    ("Rebels attacked the town on Monday. The next day, troops retook it, the army said on Wednesday.", "retook",
     "2026-04-14"),
])
def test_a_part_of_the_day_goes_on_from_the_sentence_before(text: str, trig: str, day: str) -> None:
    assert resolve_in_story(text, trig).date == day


def test_the_day_before_a_named_event_is_not_counted_from_the_report() -> None:  # guard
    when = resolve("Police said on Friday that the man had been arrested the day before the attack.", "arrested")
    assert when.date != "2026-04-09"


def test_the_next_day_with_nothing_before_it_stays_undated() -> None:  # guard: no fallback counted forward
    when = resolve("The next day, troops retook the town.", "retook")
    assert when.start is None and when.date == PUB.isoformat()


# --- the eve of the new year
@pytest.mark.parametrize("pub, text, trig, day", [
    (date(2027, 1, 2), "Police clashed with crowds in the capital on the eve of the new year.", "clashed",
     "2026-12-31"),
    (date(2026, 12, 20), "The government will free 200 prisoners on the eve of the new year.", "free", "2026-12-31"),
])
def test_the_eve_of_the_new_year(pub: date, text: str, trig: str, day: str) -> None:
    assert resolve(text, trig, pub).date == day


def test_the_new_years_budget_is_no_date() -> None:  # guard
    assert resolve("Parliament passed the new year's budget.", "passed").start is None


# --- due in <month>
@pytest.mark.parametrize("pub, text, trig, day", [
    (PUB, "Presidential elections are due in September, the commission said.", "elections", "2026-09-01"),
    (PUB, "A ruling in the case is due in January.", "ruling", "2027-01-01"),
    (PUB, "The verdict is due on Friday.", "verdict", "2026-04-17"),
    (date(2026, 11, 11), "The army said the pullout was due in January.", "pullout", "2027-01-01"),
    # guard: a month told in the past and near behind stays past
    (PUB, "Elections were due in March but were postponed.", "Elections", "2026-03-01"),
])
def test_what_is_due_is_ahead(pub: date, text: str, trig: str, day: str) -> None:
    assert resolve(text, trig, pub).date == day


# --- which meets on <day>
@pytest.mark.parametrize("text, trig, day", [
    ("The council, which meets on Monday, will decide on the ban.", "decide", "2026-04-20"),
    ("The committee, which meets on Monday, must approve the budget.", "meets", "2026-04-20"),
    ("Parliament, which sits again on Tuesday, will debate the bill.", "debate", "2026-04-21"),
    ("The council met on Monday and lifted the ban.", "met", "2026-04-13"),  # guard: a past sitting
])
def test_a_body_that_meets_on_a_day_meets_ahead(text: str, trig: str, day: str) -> None:
    assert resolve(text, trig).date == day


# --- a possessive day
@pytest.mark.parametrize("text, trig, day", [
    ("Police said on Tuesday they had banned Thursday's march.", "banned", "2026-04-14"),
    ("The governor said on Monday he had cancelled Saturday's rally.", "cancelled", "2026-04-13"),
    ("Ahead of Friday's vote, the opposition accused the ruling party of fraud.", "vote", "2026-04-17"),
    ("Police dispersed Tuesday's march with water cannon.", "dispersed", "2026-04-14"),  # guard: the deed on it
    ("Monday's bombing killed 11 people.", "bombing", "2026-04-13"),  # guard
])
def test_a_possessive_day(text: str, trig: str, day: str) -> None:
    assert resolve(text, trig).date == day


# --- the headline's date
def _art(title: str | None, published: date | None = PUB) -> Article:
    return Article(id="t", text="Gunmen killed nine villagers in the district, police said.", title=title,
                   published=published)


@pytest.mark.parametrize("title, day", [
    ("Gunmen kill nine villagers on Monday", "2026-04-13"),
    ("Dockers to strike on Friday", "2026-04-17"),  # a headline's infinitive is its future
    ("Port workers to walk out Thursday", "2026-04-16"),
])
def test_a_headlines_one_date(title: str, day: str) -> None:
    when = pipeline._title_date(_art(title))
    assert when is not None and when.date == day and when.precision == "day"
    assert when.start == -1  # written in no sentence: never taken for a date of the event's own sentence


@pytest.mark.parametrize("title", [
    None,
    "Gunmen kill nine villagers",
    "Talks to resume on Friday after Tuesday clashes",  # two dates: two events
    "Shipyard locks out striking workers until Monday",  # a span's end
    "Police disperse protest ahead of next week's vote",  # another event's day
    "Police disperse protest after Tuesday clashes",
])
def test_no_headline_date(title: str | None) -> None:
    assert pipeline._title_date(_art(title)) is None


def test_no_headline_date_without_publication() -> None:
    assert pipeline._title_date(_art("Gunmen kill nine villagers on Monday", None)) is None


def test_the_headlines_date_goes_to_an_event_of_the_first_sentence() -> None:
    lead = pipeline._title_date(_art("Gunmen kill nine villagers on Monday"))
    first = SimpleNamespace(sentence=Sentence(0, 0, 60, "x" * 60))
    assert pipeline._lead_for(lead, first) is lead  # type: ignore[arg-type]


def _event(sequence: int, aux: tuple[str, ...]) -> SimpleNamespace:
    return SimpleNamespace(sentence=Sentence(sequence, 0, 60, "x" * 60), aux=aux)


def test_a_headlines_coming_day_dates_the_leads_future_event() -> None:
    headline = pipeline._title_date(_art("Opposition march called for Sunday"))
    assert headline is not None and headline.date == "2026-04-19"
    assert pipeline._headline_ahead(headline, _event(0, ("future",)), PUB)  # type: ignore[arg-type]
    assert not pipeline._headline_ahead(headline, _event(0, ()), PUB)  # type: ignore[arg-type]  # guard: not future
    assert not pipeline._headline_ahead(headline, _event(4, ("future",)), PUB)  # type: ignore[arg-type]  # guard
    past = pipeline._title_date(_art("Gunmen kill nine villagers on Monday"))
    assert not pipeline._headline_ahead(past, _event(0, ("future",)), PUB)  # type: ignore[arg-type]  # guard
