"""The lead's checks of session 14 (issue 4), on sentences written for these tests: a deed told in a relative clause
hung on a counted clause ("two months after the talks were suspended following a rebel attack on a base in X that
killed two soldiers") is counted from the clause's anchor, even when the clause runs long."""
from __future__ import annotations

from datetime import date

from newsevents.dates import resolve_event_date
from newsevents.records import Sentence, Trigger

PUB = date(2026, 5, 13)  # a Wednesday


def _day(sentence: str, trig: str) -> tuple[str | None, str | None]:
    sent = Sentence(0, 0, len(sentence), sentence)
    i = sentence.index(trig)
    got = resolve_event_date(sentence, sent, Trigger(i, i + len(trig), trig), PUB)
    return got.date, got.precision


def test_a_deed_in_a_relative_clause_of_a_long_counted_clause_is_counted_back() -> None:
    s = ("The two governments reopened their embassies on Tuesday, three months after relations were cut following "
         "a mortar attack on a border village near Kasese that killed four farmers.")
    assert _day(s, "killed") == ("2026-02-01", "month")


def test_a_far_verb_of_a_new_clause_is_still_not_in_the_counted_clause() -> None:  # guard
    s = ("Officials warned that the day after any such strike on the capital the western allies of the country would "
         "certainly be asked whether they had agreed to it")
    assert _day(s, "agreed") == ("2026-05-13", "day")
