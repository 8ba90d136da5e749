"""Round K30 (session 21, issues 3 and 4): deeds told before the one before, different forces, counted days.

- a clause opened by a time before the deed told before it ("The night before, ...", "A day earlier, ...") tells
  another, earlier deed: never merged into it; "the night before" is the day before;
- two mentions whose doers are different branches of the state's forces (coast guard and police, navy and army) are
  two acts;
- "Two days after the election, ..." and "On the second day of the strike, ..." are counted from the day the story
  gave the occasion;
- "on the first day of Ramadan" is that day (and a year from 2030 may hold two first days);
- "on the eve of a planned strike" (an occasion told for the first time) is the report's week.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date

import test_dates_s14K23 as k23
from newsevents.coding.merge import _other_forces, merge_duplicates, same_event
from newsevents.records import Location
from story_parts import made_event

PUB = date(2031, 6, 13)  # a Friday


def _day(text: str, trig: str, prefix: str = "", published: date | None = PUB) -> tuple[str | None, str | None]:
    got = k23._date(text, trig, prefix, published)
    return got.date, got.precision


def _at(text: str, name: str, cc: str, nth: int = 0) -> Location:
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return Location(name, name, abs(hash((name, cc))) % 10**6, 1.0, 1.0, None, cc, "PPL", 4, i, i + len(name))


# --- a deed told as coming before the one told before -----------------------------------------------------------------

def test_a_deed_the_night_before_is_another_deed_on_the_day_before() -> None:
    a = "Herders said raiders killed 12 people in an attack on a cattle camp near the town of Pibor on Wednesday."
    b = "The night before, the raiders had burned three villages near the town of Pibor."
    assert _day(b, "burned", prefix=a + " ") == ("2031-06-10", "day")
    assert _day("The evening before, gunmen had looted a market.", "looted", prefix=a + " ") == ("2031-06-10", "day")
    text = a + " " + b
    raid = made_event(text, 0, a, "killed", when="2031-06-11", actor=("raiders", "SSD", "UAF"),
                      recipient=("12 people", "SSD", "CVL"), loc=_at(text, "Pibor", "SSD"))
    # with the same day given to both (a story whose day the dates could not count), still two deeds
    burn = made_event(text, 1, b, "burned", when="2031-06-11", actor=("the raiders", "SSD", "UAF"),
                      recipient=("three villages", None, None), loc=_at(text, "Pibor", "SSD", nth=1))
    assert len(merge_duplicates([raid, burn])) == 2
    c = "A day earlier, the raiders had attacked a fishing camp near the town of Pibor."
    text = a + " " + c
    raid = made_event(text, 0, a, "killed", when="2031-06-11", actor=("raiders", "SSD", "UAF"),
                      recipient=("12 people", "SSD", "CVL"), loc=_at(text, "Pibor", "SSD"))
    camp = made_event(text, 1, c, "attacked", when="2031-06-11", actor=("the raiders", "SSD", "UAF"),
                      loc=_at(text, "Pibor", "SSD", nth=1))
    assert len(merge_duplicates([raid, camp])) == 2


def test_a_retelling_with_no_earlier_time_stays_one_deed() -> None:  # guard
    a = "Herders said raiders killed 12 people in an attack on a cattle camp near the town of Pibor on Wednesday."
    b = "The raiders had also burned the camp near the town of Pibor, an official said."
    text = a + " " + b
    raid = made_event(text, 0, a, "killed", when="2031-06-11", actor=("raiders", "SSD", "UAF"),
                      recipient=("12 people", "SSD", "CVL"), loc=_at(text, "Pibor", "SSD"))
    burn = made_event(text, 1, b, "burned", when="2031-06-11", actor=("The raiders", "SSD", "UAF"),
                      loc=_at(text, "Pibor", "SSD", nth=1))
    assert len(merge_duplicates([raid, burn])) == 1


# --- different branches of the state's forces ------------------------------------------------------------------------

def test_acts_of_two_branches_of_the_forces_are_two_events() -> None:
    a = "The coast guard fired water cannon at two fishing boats near the island of Palawan on Thursday."
    b = "Police fired warning shots at a boat that tried to flee."
    text = a + " " + b
    guard = made_event(text, 0, a, "fired", when="2031-06-12", actor=("The coast guard", None, "COP"),
                       recipient=("two fishing boats", None, None), loc=_at(text, "Palawan", "PHL"))
    police = made_event(text, 1, b, "fired", when="2031-06-12", actor=("Police", None, "COP"),
                        recipient=("a boat", None, None))
    assert not same_event(guard, police)
    assert len(merge_duplicates([guard, police])) == 2
    a = "Navy sailors fired on a smuggling boat off the coast of Sucre on Monday."
    b = "Soldiers shot at a second boat near the shore."
    text = a + " " + b
    navy = made_event(text, 0, a, "fired", when="2031-06-09", actor=("Navy sailors", "VEN", "MIL"))
    army = made_event(text, 1, b, "shot", when="2031-06-09", actor=("Soldiers", "VEN", "MIL"))
    assert len(merge_duplicates([navy, army])) == 2


def test_one_branch_or_a_force_with_no_branch_may_be_one_event() -> None:  # guard
    a = "Troops killed six militants in an ambush near the town of Marka on Monday."
    b = "The army said its soldiers killed six militants near Marka."
    text = a + " " + b
    x = made_event(text, 0, a, "killed", when="2031-06-09", actor=("Troops", "SOM", "MIL"),
                   recipient=("six militants", "SOM", "REB"), loc=_at(text, "Marka", "SOM"))
    y = made_event(text, 1, b, "killed", when="2031-06-09", actor=("its soldiers", "SOM", "MIL"),
                   recipient=("six militants", "SOM", "REB"), loc=_at(text, "Marka", "SOM", nth=1))
    assert same_event(x, y)
    a = "Police fired tear gas at protesters in the town of Nakuru on Monday."
    b = "Security forces fired tear gas at protesters in Nakuru."
    text = a + " " + b
    x = made_event(text, 0, a, "fired", when="2031-06-09", actor=("Police", "KEN", "COP"),
                   recipient=("protesters", "KEN", "CVL"), loc=_at(text, "Nakuru", "KEN"))
    y = made_event(text, 1, b, "fired", when="2031-06-09", actor=("Security forces", "KEN", "COP"),
                   recipient=("protesters", "KEN", "CVL"), loc=_at(text, "Nakuru", "KEN", nth=1))
    assert not _other_forces(x, y)


# --- days counted from an occasion the story dated --------------------------------------------------------------------

def test_days_after_an_occasion_count_from_its_day() -> None:
    lead = "Voters elected a new parliament on Sunday. "
    assert _day("Two days after the election, opposition supporters burned a party office in the town of Mzuzu.",
                "burned", prefix=lead) == ("2031-06-10", "day")
    assert _day("Three days after the vote on the new constitution, gunmen attacked a polling centre.", "attacked",
                prefix=lead) == ("2031-06-11", "day")


def test_the_nth_day_of_an_occasion_counts_from_its_first() -> None:
    lead = "Dock workers went on strike in the port of Durban on Monday. "
    assert _day("On the third day of the strike, police arrested 30 workers.", "arrested", prefix=lead) == \
        ("2031-06-11", "day")
    assert _day("On the first day of the strike, police arrested 30 workers.", "arrested", prefix=lead) == \
        ("2031-06-09", "day")
    assert _day("On the third night of the strike, unknown men set fire to a warehouse.", "set", prefix=lead) == \
        ("2031-06-11", "day")


def test_counted_clauses_and_calendar_days_keep_their_reading() -> None:  # guard
    # a clause after "after" is counted from the day of the clause it hangs on (round K22)
    assert _day("Police detained 20 people on Wednesday, two days after protesters burned a police station.",
                "burned") == ("2031-06-09", "day")
    assert _day("Police arrested a man on the first day of the month.", "arrested") == ("2031-06-01", "day")
    # a date of its own after the phrase is the deed's
    assert _day("Two days after the election, on Thursday, protesters burned a party office.", "burned",
                prefix="Voters went to the polls on Sunday. ") == ("2031-06-12", "day")


# --- Ramadan's first day; the eve of an occasion told for the first time ----------------------------------------------

def test_the_first_day_of_ramadan_is_that_day() -> None:
    assert _day("Gunmen attacked a police post in the district of Bannu on the first day of Ramadan.", "attacked",
                published=date(2029, 1, 20)) == ("2029-01-16", "day")
    # a second first day in one year (2030 holds two)
    assert _day("Gunmen killed three polio workers on the first day of Ramadan.", "killed",
                published=date(2031, 1, 2)) == ("2030-12-26", "day")


def test_ramadan_alone_stays_its_month() -> None:  # guard
    assert _day("Gunmen attacked a police post during Ramadan.", "attacked", published=date(2029, 1, 20)) == \
        ("2029-01-01", "month")


def test_the_eve_of_an_occasion_told_for_the_first_time_is_the_reports_week() -> None:
    assert _day("Police arrested 12 union leaders on the eve of a planned national strike, the union said.",
                "arrested", prefix="Farmers blocked roads on Monday. ") == ("2031-06-13", "week")


def test_odd_input_gives_no_date_from_the_new_phrases() -> None:  # guard
    assert _day("On the third day of the month, police arrested 30 workers.", "arrested", published=None)[0] is None
    assert _day("The night before, gunmen had looted a market.", "looted", published=None) == (None, None)
    assert _day("Police arrested union leaders on the eve of a strike.", "arrested", published=None) == (None, None)


# --- a report's day after a cue of the future in another clause -------------------------------------------------------

def test_a_report_day_after_a_planned_act_is_the_day_it_was_said() -> None:
    assert _day("Police arrested 12 union leaders on the eve of a planned national strike, the union said on "
                "Thursday.", "arrested", prefix="Farmers blocked roads on Monday. ") == ("2031-06-12", "week")
    assert _day("Police detained the organisers of a planned march, their lawyer said on Wednesday.", "detained") == \
        ("2031-06-11", "day")


def test_a_day_the_cue_governs_still_reads_forward() -> None:  # guard
    assert _day("The union said it would strike on Thursday.", "strike") == ("2031-06-19", "day")
    assert _day("Teachers will march in the capital on Wednesday, the union said.", "march") == ("2031-06-18", "day")


# --- no publication date: a day and month take the year the story wrote -----------------------------------------------

def test_a_day_and_month_with_no_publication_take_the_storys_year() -> None:
    lead = "Police arrested 14 dissidents who staged a march in the city of Holguin on 11 July 2031. "
    assert _day("A court charged six of them with public disorder on 14 July.", "charged", prefix=lead,
                published=None) == ("2031-07-14", "day")
    # the nearest such day: across New Year it is the next year's
    lead = "Police arrested 14 dissidents in the city of Holguin on 28 December 2031. "
    assert _day("They were charged on 3 January.", "charged", prefix=lead, published=None) == ("2032-01-03", "day")


def test_with_no_year_written_before_a_day_and_month_stay_unknown() -> None:  # guard
    assert _day("They were charged on 3 January.", "charged", published=None)[0] is None
    assert _day("They were charged on 3 January.", "charged", prefix="Police arrested 14 people in 2031. ",
                published=None)[0] is None
    # a weekday is no day and month
    assert _day("They were charged on Monday.", "charged", prefix="Police arrested 14 people on 28 December 2031. ",
                published=None)[0] is None


# --- a speaker's own day inside a quotation ---------------------------------------------------------------------------

def test_a_speakers_yesterday_counts_from_the_day_he_spoke() -> None:
    assert _day('"Yesterday our troops killed 20 terrorists near the town of Diffa," an army spokesman said on '
                'Tuesday.', "killed") == ("2031-06-09", "day")
    assert _day('The governor told reporters on Monday: "Bandits abducted 30 pupils from a school last night."',
                "abducted") == ("2031-06-08", "day")
    assert _day('"This morning, militants burned a clinic in our village," a resident said in an interview on '
                'Wednesday.', "burned") == ("2031-06-11", "day")
    assert _day('"Today, police arrested the men who attacked the church," the minister said in a speech on '
                'Sunday.', "arrested") == ("2031-06-08", "day")


def test_a_speakers_day_with_no_day_of_saying_counts_from_publication() -> None:  # guard
    assert _day('"Yesterday our troops killed 20 terrorists near the town of Diffa," an army spokesman said.',
                "killed") == ("2031-06-12", "day")
    # outside the quotation the writer's own "yesterday" counts from publication
    assert _day('Troops killed 20 terrorists near Diffa yesterday, "in a fierce battle," a spokesman said on '
                'Tuesday.', "killed") == ("2031-06-12", "day")
