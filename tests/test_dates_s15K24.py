"""Round K24 (session 15, issue 4 item 5): event dates and the pipeline.

- "The move/decision/step came a day after X": a subject noun naming a party's chosen act re-tells a deed its doer
  did, so a sentence before telling what was done to someone in the passive ("was abducted by the Maoists on July
  10") is skipped when looking for the deed it names;
- a second clause joined by ", and" takes the first clause's day, not the day of the report closing the sentence
  ("rallied ... last Friday ..., and police used water cannon ..., a union leader said on Friday");
- a vote, sitting, visit or talks told in the simple present ("Voters go to the polls on Sunday", "The ministers meet
  in Brussels on Monday") is a schedule: its weekday is the coming one (only in a full sentence: a headline's present
  tells a past deed);
- a deed told "later" than the deed before it, with no day of its own but its report's ("Warplanes later struck the
  attackers, the ministry said in a statement on Monday"), keeps that deed's day; in merging it is still another act;
- "said in a statement on Monday" dates a report, as "said on Monday" does.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date

import test_dates_s14K23 as k23
from newsevents.dates import EventDate, find_date_expressions
from story_parts import Spec, made_event, run_story

PUB = date(2026, 9, 17)  # a Thursday


def _span(text: str, when: EventDate) -> str:
    """The words `when` was read from (a "later" deed's date is the word "later" itself)."""
    return text[when.start:when.end].lower() if when.start is not None and when.end is not None else ""


def _date(sentence: str, trig: str | None, prefix: str = "", published: date | None = PUB) -> EventDate:
    return k23._date(sentence, trig, prefix, published)


def _day(sentence: str, trig: str | None, prefix: str = "", published: date | None = PUB) -> tuple[str | None,
                                                                                                   str | None]:
    return k23._day(sentence, trig, prefix, published)


def _weekdays(sentence: str, published: date = PUB) -> list[str]:
    return [e.date.isoformat() for e in find_date_expressions(sentence, published) if e.date is not None]


# --- "The move came a day after ...": the act the noun re-tells, not a passive deed told after it -------------------

_RELEASED = ("Rebels on Monday released a district officer who had been abducted near Walikale on September 2, a "
             "local official said. The officer, a father of four, was abducted by the rebels on September 2 while "
             "driving to Goma.\n\n")


def test_the_move_skips_a_passive_deed_told_after_the_act() -> None:
    got = _day("The surprising move by the rebels came a day after they killed three soldiers near Pinga.", "killed",
               _RELEASED)
    assert got == ("2026-09-13", "day")


def test_the_decision_and_the_step_too() -> None:
    for noun in ("decision", "step"):
        got = _day(f"The {noun} came two days after the rebels ambushed a convoy near Pinga.", "ambushed", _RELEASED)
        assert got == ("2026-09-12", "day"), noun


def test_a_deed_noun_still_finds_its_own_verb() -> None:  # guard
    # "the abduction" re-tells the abduction: its verb's day, however told
    got = _day("The abduction came a day after the rebels attacked a police post.", "attacked", _RELEASED)
    assert got == ("2026-09-01", "day")


def test_an_active_deed_told_last_is_the_move() -> None:  # guard
    prefix = ("Police detained an opposition leader on Saturday, his party said. The government on Tuesday lifted a "
              "ban on opposition rallies.\n\n")
    got = _day("The move came a day after thousands marched in the capital.", "marched", prefix)
    assert got == ("2026-09-14", "day")


def test_only_passive_sentences_before_fall_back_to_the_last_day_written() -> None:  # guard
    prefix = "A curfew was lifted in the city of Goma on Monday, officials said.\n\n"
    got = _day("The move came a day after rebels withdrew from the outskirts of the city.", "withdrew", prefix)
    assert got == ("2026-09-13", "day")


# --- ", and": a second clause's deed and the report's day closing the sentence -----------------------------------

def test_a_joined_clause_takes_the_first_clause_s_day_not_the_report_s() -> None:
    s = ("Thousands rallied in the capital last Friday against the new tax law, and police used water cannon to "
         "disperse them, a union leader said on Monday.")
    assert _day(s, "used") == ("2026-09-11", "day")
    assert _day(s, "rallied") == ("2026-09-11", "day")


def test_a_joined_clause_after_a_statement_s_report() -> None:
    s = ("Heavy fighting broke out between the army and a militia in the hills on Sunday, and at least 22 people "
         "were killed, a medical source said in a statement on Wednesday.")
    assert _day(s, "killed") == ("2026-09-13", "day")


def test_a_joined_clause_with_its_own_day_keeps_it() -> None:  # guard
    s = ("Taxi drivers blocked the roads into the city on Monday, and police arrested 30 of them on Tuesday, the "
         "drivers' union said on Wednesday.")
    assert _day(s, "arrested") == ("2026-09-15", "day")


def test_a_background_year_in_the_first_clause_is_no_day_of_the_second() -> None:  # guard
    s = "The group was founded in 2015, and its fighters attacked a base near Gao, the army said on Monday."
    assert _day(s, "attacked") == ("2026-09-14", "day")
    s = "The town fell to rebels last year, and its residents fled to the hills, aid workers said on Monday."
    assert _day(s, "fled") == ("2026-09-14", "day")


def test_a_single_clause_still_takes_the_report_s_day() -> None:  # guard
    assert _day("Police arrested 30 taxi drivers in the city, the drivers' union said on Wednesday.", "arrested") == \
        ("2026-09-16", "day")


def test_a_report_inside_the_second_clause_is_left_alone() -> None:  # guard
    s = "Protesters marched through the capital on Tuesday, and police said on Wednesday they had arrested 40 people."
    assert _day(s, "arrested") == ("2026-09-16", "day")


# --- a schedule told in the present reads forward -------------------------------------------------------------------

SAT = date(2026, 9, 19)  # a Saturday


def test_voters_go_to_the_polls_on_the_coming_sunday() -> None:
    assert _weekdays("Voters go to the polls on Sunday in a presidential election.", SAT) == ["2026-09-20"]


def test_a_meeting_told_in_the_present_is_the_coming_day() -> None:
    assert _weekdays("Opposition leaders meet President Sesay on Monday to discuss the results.", SAT) == \
        ["2026-09-21"]
    assert _weekdays("The prime minister holds talks with the union leaders on Tuesday, his office said.", SAT) == \
        ["2026-09-22"]
    assert _weekdays("The foreign minister travels to Nairobi on Wednesday for talks on the crisis.", SAT) == \
        ["2026-09-23"]
    assert _weekdays("The presidents of the two countries meet in Arusha late on Monday.", SAT) == ["2026-09-21"]


def test_the_event_of_a_present_schedule_is_ahead() -> None:
    got = _day("The foreign ministers meet in Geneva on Monday to discuss the ceasefire.", "meet", published=SAT)
    assert got == ("2026-09-21", "day")


def test_a_past_meeting_stays_past() -> None:  # guard
    assert _weekdays("Opposition leaders met President Sesay on Monday to discuss the results.", SAT) == ["2026-09-14"]
    assert _weekdays("The leaders did not meet on Monday, officials said.", SAT) == ["2026-09-14"]
    assert _weekdays("The leaders failed to meet on Monday, officials said.", SAT) == ["2026-09-14"]


def test_nouns_of_the_list_are_no_schedule() -> None:  # guard
    assert _weekdays("He filed his tax returns on Monday, the ministry said.", SAT) == ["2026-09-14"]
    assert _weekdays("During his visit on Monday, the minister opened a school.", SAT) == ["2026-09-14"]
    assert _weekdays("Sunday's vote on the reform was cancelled, officials said.", SAT) == ["2026-09-13"]


def test_a_headline_s_present_tells_a_past_deed() -> None:  # guard
    assert _weekdays("Opposition leaders meet President Sesay on Monday", SAT) == ["2026-09-14"]


def test_a_weekly_habit_is_no_schedule() -> None:  # guard
    assert _weekdays("Thousands of people gather in the square every Friday.", SAT) == ["2026-09-18"]


# --- "later" keeps the day of the deed told before --------------------------------------------------------------

_ATTACK = ("Militants attacked an army post near Diffa before dawn on Tuesday, killing seven soldiers, the defence "
           "ministry said.\n\n")


def test_later_keeps_the_deed_s_day_not_the_statement_s() -> None:
    got = _date("Warplanes later struck the attackers as they fled, the ministry said in a statement on Wednesday.",
                "struck", _ATTACK)
    assert (got.date, got.precision) == ("2026-09-15", "day")
    assert _span(_ATTACK + "Warplanes later struck", got) == "later"


def test_later_after_a_passive_and_a_sentence_opening_later() -> None:
    assert _day("Eleven suspects were later arrested in a raid on a hideout, the army said on Wednesday.", "arrested",
                _ATTACK) == ("2026-09-15", "day")
    assert _day("Later, troops killed six of the attackers, a military source said on Wednesday.", "killed",
                _ATTACK) == ("2026-09-15", "day")


def test_later_takes_the_deed_day_not_its_report_day() -> None:
    prefix = "The insurgents said on Wednesday they had fired rockets at an air base on Monday.\n\n"
    assert _day("Jets later bombed the launch sites, the army said in a statement on Wednesday.", "bombed", prefix) \
        == ("2026-09-14", "day")


def test_later_with_a_day_of_its_own_keeps_it() -> None:  # guard
    assert _day("Troops later killed six of the attackers on Wednesday, the army said.", "killed", _ATTACK) == \
        ("2026-09-16", "day")
    assert _day("Troops killed six of the attackers two days later, the army said on Friday.", "killed", _ATTACK) \
        == ("2026-09-17", "day")


def test_later_after_a_historical_deed_is_left_alone() -> None:  # guard
    prefix = "Militants attacked the post in March 2024, killing 12 soldiers.\n\n"
    assert _day("Troops later retook it, the army said on Wednesday.", "retook", prefix) == ("2026-09-16", "day")


def test_later_in_a_title_without_a_sentence_before() -> None:  # guard: odd input
    got = _date("Troops later retook the post, the army said on Wednesday.", "retook")
    assert (got.date, got.precision) == ("2026-09-16", "day") and _span("", got) != "later"


def test_a_later_deed_stays_apart_from_the_deed_before_in_merging() -> None:
    text = ("Gunmen attacked a church in the village of Kuje on Sunday, police said. Troops later killed three of "
            "the attackers in a forest near Kuje, the army said on Tuesday.")
    specs = [Spec("attacked", "ASSAULT", 4, actor=(("Gunmen", None, None),)),
             Spec("killed", "ASSAULT", 4, actor=(("Troops", "NGA", "MIL"),), recipient=(("attackers", None, None),))]
    events = run_story(text, specs, [("Kuje", "NGA", 4, "PPL")], "", PUB)
    assert [(e.trigger.text, e.date) for e in events if e.trigger] == [("attacked", "2026-09-13"),
                                                                      ("killed", "2026-09-13")]


# --- "said in a statement on Monday" dates a report ---------------------------------------------------------------

def test_a_statement_s_day_dates_the_report_not_the_deed_dated_before() -> None:
    s = "The army said in a statement on Wednesday that troops killed 12 militants near Diffa on Monday."
    assert _day(s, "killed") == ("2026-09-14", "day")


def test_odd_input() -> None:  # guard
    assert _weekdays("") == []
    assert _day("later", None) == ("2026-09-17", "day")
    assert _day("Later,", "Later") == ("2026-09-17", "day")
