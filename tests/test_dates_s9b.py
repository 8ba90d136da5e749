"""Dates (session 9, K13): "whom" asides; holiday weekends, breaks and the day before a holiday; "in the coming
days"; a deadline set by an order; a measure taking effect from the nearer weekday; a relative clause on the
subject dates its own deed; an aside giving the trigger noun's own schedule dates it; the lead's date written in an
event's own sentence does not come back to date the event its trigger's reading left undated. All sentences are
made up for these tests."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from newsevents.dates import EventDate, find_date_expressions, resolve_event_date
from newsevents import pipeline
from newsevents.records import Sentence, Trigger

PUB = date(2026, 3, 18)  # a Wednesday


def resolve(text: str, trig: str, published: date | None = PUB) -> EventDate:
    i = text.index(trig)
    return resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig), published)


def test_a_whom_aside_dates_that_person() -> None:
    got = resolve("Police detained the singer, whom a court fined in 2023, at the airport on Monday.", "detained")
    assert (got.date, got.historical) == ("2026-03-16", False)


def test_a_whom_clause_closing_the_sentence_still_dates_that_person() -> None:  # guard (K12's rule)
    got = resolve("Hundreds marched for the editor, whom police arrested last year.", "marched")
    assert got.date == "2026-03-18" and not got.historical


@pytest.mark.parametrize("pub, text, trig, day, prec", [
    (date(2026, 12, 29), "Bandits raided three villages over the Christmas weekend.", "raided", "2026-12-26", "week"),
    (date(2025, 12, 30), "Looters ransacked shops over the Christmas weekend.", "ransacked", "2025-12-27", "week"),
    (date(2027, 1, 5), "Rockets hit the city during the New Year holiday.", "hit", "2027-01-01", "week"),
    (date(2026, 12, 29), "Militants stormed a checkpoint on the day before Christmas.", "stormed", "2026-12-24", "day"),
    (date(2027, 1, 5), "Crowds rioted on the day after New Year's Day.", "rioted", "2027-01-02", "day"),
])
def test_holiday_periods(pub: date, text: str, trig: str, day: str, prec: str) -> None:
    got = resolve(text, trig, pub)
    assert (got.date, got.precision, got.historical) == (day, prec, False)


def test_a_coming_holiday_after_will() -> None:
    got = resolve("The two sides will observe a ceasefire over the Christmas holidays.", "ceasefire",
                  date(2026, 12, 20))
    assert (got.date, got.precision) == ("2026-12-25", "week")


def test_christmas_markets_are_no_date() -> None:  # guard
    assert find_date_expressions("Police foiled a plot against the day before Christmas markets opened.", PUB) == []
    assert find_date_expressions("Police guarded Christmas markets across the country.", PUB) == []


@pytest.mark.parametrize("text, trig", [
    ("Officials expect more evacuations in the coming days.", "evacuations"),
    ("The ministry will publish the report in the days ahead.", "publish"),
    ("Troops are set to withdraw over the next few days.", "withdraw"),
])
def test_the_coming_days_lie_ahead(text: str, trig: str) -> None:
    got = resolve(text, trig)
    assert (got.date, got.precision, got.historical) == ("2026-03-21", "week", False)


@pytest.mark.parametrize("text, trig", [
    ("Foreign aid workers were ordered to leave the province by Sunday.", "ordered"),
    ("The army told villagers to abandon their homes by Friday.", "told"),
    ("The mayor ordered vendors to clear the square by March 25.", "ordered"),
])
def test_an_order_is_not_dated_by_its_deadline(text: str, trig: str) -> None:
    got = resolve(text, trig)
    assert got.start is None  # the deadline is ahead: the order itself takes the story's day


def test_the_deadline_of_an_order_is_ahead() -> None:
    exprs = find_date_expressions("The army told villagers to abandon their homes by Friday.", PUB)
    assert [e.date for e in exprs] == [date(2026, 3, 20)]
    exprs = find_date_expressions("The mayor ordered vendors to clear the square by March 25.", PUB)
    assert [e.date for e in exprs] == [date(2026, 3, 25)]


@pytest.mark.parametrize("text, day", [
    ("The governor banned street protests from Friday.", "2026-03-20"),  # two days ahead, five back
    ("The council suspended bus services starting Thursday.", "2026-03-19"),
    ("The authorities closed all schools from Monday.", "2026-03-16"),  # two days back
])
def test_a_measure_takes_effect_from_the_nearer_day(text: str, day: str) -> None:
    assert [e.date.isoformat() for e in find_date_expressions(text, PUB) if e.date] == [day]


def test_a_deed_from_a_day_keeps_the_past_day() -> None:  # guard: no measure verb
    exprs = find_date_expressions("Fighting raged in the suburbs from Friday.", PUB)
    assert [e.date for e in exprs] == [date(2026, 3, 13)]


def test_a_relative_clause_on_the_subject_dates_its_own_deed() -> None:
    got = resolve("The sit-in that began on Sunday entered its fourth day.", "entered")
    assert got.start is None
    got = resolve("The blockade that began on Sunday reaches the port on Tuesday, residents say.", "reaches")
    assert got.date == "2026-03-17"


def test_a_date_modifying_the_trigger_noun_in_a_relative_clause_still_dates_it() -> None:  # guard
    got = resolve("The militia denied that it carried out the March 2 massacre.", "massacre")
    assert got.date == "2026-03-02"


def test_a_relative_clause_keeps_its_own_verb() -> None:  # guard
    got = resolve("The sit-in that began on Sunday entered its fourth day.", "began")
    assert got.date == "2026-03-15"


def test_an_aside_giving_the_nouns_schedule_dates_it() -> None:
    got = resolve("The ceasefire, which comes into force on Saturday, covers the whole north.", "ceasefire")
    assert got.date == "2026-03-21"


def test_another_aside_after_the_noun_still_does_not() -> None:  # guard
    got = resolve("The truce, which rebels broke on Sunday, covered the whole north.", "covered")
    assert got.start is None


def _ev(start: int, end: int) -> Any:
    return SimpleNamespace(sentence=Sentence(0, start, end, "x" * (end - start)))


def test_the_lead_date_of_the_events_own_sentence_does_not_come_back() -> None:
    lead = EventDate("2026-03-22", "day", 30, 36, False)
    assert pipeline._lead_for(lead, _ev(0, 80)) is None
    assert pipeline._lead_for(lead, _ev(81, 160)) is lead  # guard: a later sentence goes on with the lead's day
    assert pipeline._lead_for(None, _ev(0, 80)) is None


@pytest.mark.parametrize("text, trig, day", [
    ("Dockers will walk out on the first day of next month.", "walk out", "2026-04-01"),
    ("The new tariffs took effect on the first day of the month.", "took effect", "2026-03-01"),
    ("The mandate expires on the last day of the month.", "expires", "2026-03-31"),
])
def test_the_first_or_last_day_of_a_month(text: str, trig: str, day: str) -> None:
    got = resolve(text, trig)
    assert (got.date, got.precision) == (day, "day")


class _Geo:
    def __init__(self) -> None:
        self.seen: list[object] = []

    def places(self, *args: object) -> list[object]:
        return []

    def event_location(self, article: object, sentence: object, trigger: object, places: object, *,
                       verbal: bool | None = None) -> None:
        self.seen.append(verbal)


class _OldGeo(_Geo):
    def event_location(self, article: object, sentence: object, trigger: object, places: object) -> None:  # type: ignore[override]
        self.seen.append("called")


def _event(kind: str) -> Any:
    return SimpleNamespace(event=kind, sentence=Sentence(0, 0, 10, "x" * 10), trigger=None, recipient=())


def test_the_pipeline_tells_event_location_a_coded_statement() -> None:
    geo = _Geo()
    pipe = pipeline.Pipeline(SimpleNamespace(pipe_names=[]), Any, geo)  # type: ignore[arg-type]
    for kind in ("REQUEST", "ASSAULT"):
        pipe._event_location(Any, _event(kind), [])  # type: ignore[arg-type]
    assert geo.seen == [True, None]  # other types: the trigger word decides


def test_a_geoparser_without_the_keyword_still_works() -> None:  # guard
    geo = _OldGeo()
    pipe = pipeline.Pipeline(SimpleNamespace(pipe_names=[]), Any, geo)  # type: ignore[arg-type]
    pipe._event_location(Any, _event("REQUEST"), [])  # type: ignore[arg-type]
    assert geo.seen == ["called"]
