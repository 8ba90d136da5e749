"""Review round 13 (dates and pipeline items of the review12 stories): a day called "for Thursday", a date that dates a
participle in the subject, "the end of 2023", "a year ago", "in recent years", "the previous day" across a clause
with its own day, a deed dated only by its report, and the victims of an attack with no named attacker.

Each test holds sentences written for it (not the stories' own); each failed before the rule it names was added,
except those marked `# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

import dataclasses
from datetime import date

from newsevents.dates import EventDate, resolve_event_date
from newsevents.pipeline import _dated_by_report, _reguessed, _with_deed_day, _with_intervention
from newsevents.records import Entity, Event, Location, Sentence, Trigger
from story_parts import made_event

PUB = date(2026, 4, 14)  # a Tuesday


def _date(sentence: str, trig: str, prefix: str = "", published: date = PUB) -> EventDate:
    text = prefix + sentence
    i = text.index(trig, len(prefix))
    sent = Sentence(1 if prefix else 0, len(prefix), len(text), sentence)
    return resolve_event_date(text, sent, Trigger(i, i + len(trig), trig), published)


def _day(sentence: str, trig: str, prefix: str = "") -> tuple[str | None, str | None, bool]:
    got = _date(sentence, trig, prefix)
    return got.date, got.precision, got.historical


# --- a day something is called or set for --------------------------------------------------------------------

def test_a_walkout_called_for_a_weekday_is_the_coming_one() -> None:
    assert _day("Dockers have called a third day of stoppages for Friday.", "stoppages") == \
        ("2026-04-17", "day", False)
    assert _day("The march was set for Thursday.", "march") == ("2026-04-16", "day", False)


def test_a_weekday_s_deed_after_for_stays_in_the_past() -> None:  # guard
    assert _day("Police arrested six men for Saturday's arson attack.", "arrested")[0] == "2026-04-11"
    assert _day("Rebels attacked the town on Friday.", "attacked")[0] == "2026-04-10"


# --- a date closing a participle phrase in the subject -------------------------------------------------------

def test_a_date_of_the_subject_s_participle_does_not_date_the_main_verb() -> None:
    s = "Three engineers abducted in the Niger Delta six months ago have been released, the company said."
    assert _day(s, "released") == ("2026-04-14", "day", False)


def test_the_participle_itself_keeps_its_date() -> None:  # guard
    s = "Three engineers abducted in the Niger Delta six months ago have been released, the company said."
    assert _day(s, "abducted") == ("2025-10-01", "month", True)


def test_a_finite_verb_before_the_date_keeps_it() -> None:  # guard
    assert _day("Gunmen were abducted in the delta six months ago.", "abducted")[0] == "2025-10-01"
    assert _day("Troops who were deployed last week have been withdrawn.", "withdrawn")[0] == "2026-04-07"


# --- "the end of 2023", "a year ago", "in recent years" ------------------------------------------------------

def test_the_end_of_a_year_is_its_last_month() -> None:
    assert _day("The brigade pulled out of the town at the end of 2024.", "pulled") == ("2024-12-01", "month", True)
    assert _day("Talks collapsed towards the end of 2024.", "collapsed") == ("2024-12-01", "month", True)
    assert _day("Fighting resumed at the beginning of 2025.", "resumed") == ("2025-01-01", "month", True)


def test_at_a_year_s_prices_is_no_date() -> None:  # guard
    assert _day("Damage was put at 2024 prices on Monday.", "Damage")[0] == "2026-04-13"
    assert _day("Fighting resumed in 2025.", "resumed") == ("2025-01-01", "year", True)


def test_a_year_ago_is_the_same_month_last_year() -> None:
    assert _day("A year ago, three police officers were shot dead in the same district.", "shot") == \
        ("2025-04-01", "month", True)


def test_years_ago_keeps_year_precision() -> None:  # guard
    assert _day("Three officers were shot dead three years ago.", "shot") == ("2023-01-01", "year", True)


def test_recent_years_give_no_day() -> None:
    assert _day("Pirates have hijacked dozens of ships off the coast in recent years.", "hijacked") == \
        (None, None, True)


# --- "the previous day" in a sentence whose other clause has its own day ---------------------------------------

def test_the_previous_day_counts_back_even_when_a_later_clause_has_a_day() -> None:
    prefix = "The curfew was lifted on Sunday.\n\n"
    s = "The previous day, the court had blocked the deportations, but the ruling was overturned on Monday."
    assert _day(s, "blocked", prefix)[0] == "2026-04-11"
    assert _day(s, "overturned", prefix)[0] == "2026-04-13"


def test_a_later_day_in_the_same_clause_still_wins() -> None:  # guard
    prefix = "The curfew was lifted on Sunday.\n\n"
    assert _day("Hours later, troops stormed the compound on Monday morning.", "stormed", prefix)[0] == "2026-04-13"


# --- a deed dated by its report takes the day the next sentence tells ------------------------------------------

_TEXT = ("A crowd stoned a teacher to death in Kano, police said on Tuesday. "
         "The teacher was attacked outside a school on Sunday evening by dozens of youths.")
_S0 = "A crowd stoned a teacher to death in Kano, police said on Tuesday."
_S1 = "The teacher was attacked outside a school on Sunday evening by dozens of youths."


def _said_on(text: str, sent: str, word: str) -> EventDate:
    i = text.index(word, text.index(sent))
    return EventDate("2026-04-14", "day", i, i + len(word), False)


def test_a_deed_dated_by_its_report_takes_the_next_sentence_s_earlier_day() -> None:
    lead = made_event(_TEXT, 0, _S0, "stoned", when="2026-04-14")
    told = made_event(_TEXT, 1, _S1, "attacked", when="2026-04-12")
    assert _dated_by_report(_TEXT, lead, _said_on(_TEXT, _S0, "Tuesday"))
    out = _with_deed_day([lead, told], {0})
    assert out[0].date == "2026-04-12" and out[1] is told


def test_a_report_day_is_kept_without_an_earlier_deed_of_the_kind() -> None:  # guard
    lead = made_event(_TEXT, 0, _S0, "stoned", when="2026-04-14")
    other = made_event(_TEXT, 1, _S1, "attacked", "PROTEST", when="2026-04-12")
    assert _with_deed_day([lead, other], {0})[0].date == "2026-04-14"
    week_before = made_event(_TEXT, 1, _S1, "attacked", when="2026-03-30")
    assert _with_deed_day([lead, week_before], {0})[0].date == "2026-04-14"


def test_a_day_of_the_deed_itself_is_no_report_day() -> None:  # guard
    text = "A crowd stoned a teacher to death on Tuesday in Kano, police said."
    ev = made_event(text, 0, text, "stoned", when="2026-04-14")
    assert not _dated_by_report(text, ev, _said_on(text, text, "Tuesday"))


# --- victims of an attack with no named attacker ----------------------------------------------------------------

def test_victims_of_an_unnamed_attacker_take_the_struck_place_s_country() -> None:
    text = "Shells hit a market in Kharkiv. Five people were wounded."
    loc = Location("Kharkiv", "Kharkiv", 706483, 50.0, 36.2, None, "UKR", "PPL", 4, text.index("Kharkiv"),
                   text.index("Kharkiv") + 7)
    ev = made_event(text, 1, "Five people were wounded.", "wounded", when="2026-04-14",
                    recipient=("Five people", "RUS", None), loc=loc)
    r = ev.recipient[0]
    span = (r.start - ev.sentence.start, r.end - ev.sentence.start)
    assert _reguessed(ev, [], frozenset({span})).recipient[0].code == "UKR"


def test_a_named_attacker_s_victims_are_left_alone() -> None:  # guard
    text = "Shells hit a market in Kharkiv. Militants wounded five people."
    loc = Location("Kharkiv", "Kharkiv", 706483, 50.0, 36.2, None, "UKR", "PPL", 4, text.index("Kharkiv"),
                   text.index("Kharkiv") + 7)
    ev = made_event(text, 1, "Militants wounded five people.", "wounded", when="2026-04-14",
                    actor=("Militants", None, "REB"), recipient=("five people", "RUS", None), loc=loc)
    r: Entity = ev.recipient[0]
    span = (r.start - ev.sentence.start, r.end - ev.sentence.start)
    assert _reguessed(ev, [], frozenset({span})).recipient[0].code == "RUS"


# --- a strike takes no intervention that fell on another crowd ---------------------------------------------------

def _strike_and_dispersal(target: str) -> list[Event]:
    text = ("Transport unions held a general strike in Lima on Monday. "
            f"Police fired tear gas at {target} outside Congress in Lima.")
    strike = dataclasses.replace(
        made_event(text, 0, "Transport unions held a general strike in Lima on Monday.", "strike", "PROTEST",
                   mode=("strike",), when="2026-04-13", actor=("Transport unions", "PER", "LAB")),
        acled_sub_event_type="Peaceful protest")
    gas = dataclasses.replace(
        made_event(text, 1, f"Police fired tear gas at {target} outside Congress in Lima.", "fired",
                   mode=("crowd-control",), when="2026-04-13", actor=("Police", "PER", "COP"),
                   recipient=(target, "PER", "CVL")),
        acled_sub_event_type="Protest with intervention")
    return _with_intervention([strike, gas])


def test_a_strike_keeps_its_type_when_police_broke_up_another_crowd() -> None:
    assert _strike_and_dispersal("pensioners")[0].acled_sub_event_type == "Peaceful protest"


def test_police_firing_at_strikers_broke_up_the_strike() -> None:  # guard
    assert _strike_and_dispersal("striking drivers")[0].acled_sub_event_type == "Protest with intervention"
