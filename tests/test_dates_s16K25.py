"""Round K25 (session 16, issue 3 item 6 and issue 4 item 5): event dates, merging repeated mentions, the pipeline.

- a deed told "later" than a deed told before it is another act (coding/merge.py's cause-and-effect test, which
  replaces round K24's stand-in date in the pipeline), whether or not the story gives days: "Gunmen attacked a cattle
  market ... The army said its aircraft later struck the attackers' positions", and so is a participle going on
  with it ("Soldiers later repelled the fighters, killing four"); not a victim's death or the finding of a deed
  ("one of the wounded later died");
- "48 hours after the ambush", "seventy-two hours later": hours that count whole days count those days;
- a schedule told in the simple present with a calendar date ("The ministers meet in Brussels on March 23", "Voters
  go to the polls on 4 May") is on the coming day (as round K24 did for weekdays); a headline's present stays past;
- a deed re-told in a sentence dated by its claim ("The raid on X was claimed on Thursday by a group, which said its
  fighters had killed 16 ...") takes the day of the deed told before, as one dated by "said on Thursday" does.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date

import test_dates_s14K23 as k23
from newsevents.coding.merge import merge_duplicates
from newsevents.dates import later_before
from story_parts import Spec, made_event, run_story

PUB = date(2026, 3, 20)  # a Friday


def _day(sentence: str, trig: str | None, prefix: str = "", published: date | None = PUB) -> tuple[str | None,
                                                                                                   str | None]:
    got = k23._date(sentence, trig, prefix, published)
    return got.date, got.precision


# --- a deed told "later" is another act ---------------------------------------------------------------------------

_MARKET = "Gunmen attacked a livestock market in the village of Sabongari, killing 14 traders. "


def _two(second: str, trig: str, when: str | None = None) -> list[str]:
    text = _MARKET + second
    a = made_event(text, 0, "Gunmen attacked", "attacked", when=when)
    b = made_event(text, 1, second, trig, when=when)
    return [ev.trigger.text for ev in merge_duplicates([a, b]) if ev.trigger]


def test_an_undated_later_deed_is_not_merged_into_the_deed_before() -> None:
    assert _two("The air force said its jets later bombed the attackers' hideouts in the forest.", "bombed") == \
        ["attacked", "bombed"]


def test_a_later_deed_on_the_same_day_and_one_opening_later_stay_apart() -> None:
    assert _two("Soldiers later killed five of the gunmen near the border.", "killed", "2026-03-18") == \
        ["attacked", "killed"]
    assert _two("Later, police shot dead two suspects at a checkpoint.", "shot", "2026-03-18") == ["attacked", "shot"]


def test_a_participle_going_on_with_a_later_deed_is_later_too() -> None:
    assert _two("Soldiers later repelled the gunmen, killing four of them.", "killing") == ["attacked", "killing"]
    assert _two("Later, soldiers repelled the gunmen, killing four of them.", "killing") == ["attacked", "killing"]
    # guard: "later" after the participle tells another clause
    assert _two("Soldiers repelled the gunmen, killing four of them, and later left.", "killing") == ["attacked"]


def test_a_victim_who_later_died_goes_on_with_the_deed() -> None:  # guard
    assert _two("One of the wounded traders later died in hospital.", "died") == ["attacked"]
    assert _two("Later, one of the traders succumbed to his wounds.", "wounds") == ["attacked"]


def test_a_deed_without_later_still_merges() -> None:  # guard: the rule asks for the word
    assert _two("Witnesses said the gunmen killed 14 traders and burned stalls.", "killed") == ["attacked"]


def test_later_told_before_the_deed_does_not_split_it() -> None:  # guard: only the deed told after is another act
    text = "Troops later retook the market town. Troops retook the market town, officials said."
    a = made_event(text, 0, "Troops later", "retook", when=None)
    b = made_event(text, 1, "Troops retook the market town, officials", "retook", when=None)
    assert len(merge_duplicates([a, b])) == 1


def test_later_before_on_odd_input() -> None:
    assert later_before("", 0) is None
    assert later_before("Later", 0) is None  # the trigger cannot stand before the word
    assert later_before("Plates clattered as troops stormed in.", 30) is None  # "ater" inside a word
    assert later_before("Troops later stormed the camp.", 13) is not None


def test_the_routed_counter_strike_story_keeps_two_events() -> None:
    text = ("Gunmen attacked a cattle market in the village of Dankali, killing 19 traders. The army said its "
            "aircraft later struck the attackers' positions in the forest, killing dozens.")
    specs = [Spec("attacked", "ASSAULT", 4, actor=(("Gunmen", None, None),)),
             Spec("struck", "ASSAULT", 4, actor=(("aircraft", None, None),))]
    events = run_story(text, specs, [("Dankali", "NGA", 4, "PPL")], "", date(2026, 2, 9))
    assert [e.trigger.text for e in events if e.trigger] == ["attacked", "struck"]


# --- hours counting whole days ------------------------------------------------------------------------------------

_AMBUSH = "Militants ambushed a police patrol near the town of Tank on Monday, killing three officers.\n\n"


def test_forty_eight_hours_after_the_deed_is_two_days_later() -> None:
    assert _day("Forty-eight hours after the ambush, police raided a compound in the district, officials said on "
                "Friday.", "raided", _AMBUSH) == ("2026-03-18", "day")
    assert _day("Seventy-two hours later, police raided a compound in the district.", "raided", _AMBUSH) == \
        ("2026-03-19", "day")
    assert _day("Police raided a compound in the district 24 hours later.", "raided", _AMBUSH) == ("2026-03-17", "day")


def test_hours_that_count_no_whole_day_stay_on_the_day() -> None:  # guard
    assert _day("Hours after the ambush, police raided a compound in the district.", "raided", _AMBUSH) == \
        ("2026-03-16", "day")
    assert _day("Thirty-six hours later, police raided a compound.", "raided", _AMBUSH) == ("2026-03-16", "day")


def test_hours_of_a_duration_are_no_count() -> None:  # guard
    assert _day("Police held the suspects for 48 hours on Wednesday.", "held") == ("2026-03-18", "day")


# --- a present-tense schedule with a calendar date --------------------------------------------------------------

def test_a_present_schedule_with_a_calendar_date_is_the_coming_day() -> None:
    assert _day("Voters go to the polls on October 4 in a runoff the opposition is boycotting.", "polls",
                published=date(2026, 5, 15)) == ("2026-10-04", "day")
    assert _day("Parliament reconvenes on January 12 after the long recess, the speaker said.", "reconvenes",
                published=date(2026, 9, 1)) == ("2027-01-12", "day")
    assert _day("The presidents meet in Addis Ababa on 30 December, the African Union said.", "meet",
                published=date(2026, 7, 1)) == ("2026-12-30", "day")


def test_a_near_calendar_schedule_is_still_the_coming_day() -> None:  # guard (the month-day rules gave it already)
    assert _day("The defence ministers meet in Oslo on March 23 to discuss the mission, diplomats said.", "meet") \
        == ("2026-03-23", "day")
    assert _day("The president visits Dakar on 2 April, his office said.", "visits") == ("2026-04-02", "day")


def test_a_calendar_date_before_publication_read_in_the_present_stays_past() -> None:  # guard
    # a present told of a day in the week just gone
    assert _day("Voters go to the polls on March 17 in a runoff.", "polls") == ("2026-03-17", "day")
    assert _day("The prime minister travels to Accra on December 30, his office said.", "travels",
                published=date(2027, 1, 3)) == ("2026-12-30", "day")
    # a headline's present tells a past deed
    assert _day("Leaders meet in Oslo on March 19", "meet") == ("2026-03-19", "day")
    # a past verb in the clause
    assert _day("The ministers met in Oslo on March 19.", "met") == ("2026-03-19", "day")
    # no verb of a set occasion
    assert _day("Rebels attack the town on October 4, residents fear.", "attack", published=date(2026, 5, 15)) == \
        ("2025-10-04", "day")


def test_a_calendar_schedule_is_flagged_future_in_the_pipeline() -> None:
    text = "The foreign ministers meet in Oslo on September 23 to discuss the mission, diplomats said."
    events = run_story(text, [Spec("meet", "CONSULT", 1, actor=(("foreign ministers", None, "GOV"),))],
                       [("Oslo", "NOR", 4, "PPL")], "", PUB)
    assert [(e.date, "future" in e.aux) for e in events] == [("2026-09-23", True)]


# --- a deed re-told under its claim's day ---------------------------------------------------------------------

def test_a_deed_retold_in_its_claim_takes_the_deed_s_day() -> None:
    text = ("Jihadist fighters raided the village of Tinkoto on Tuesday, killing 12 civilians, local sources said. "
            "The raid on Tinkoto was claimed on Thursday by a jihadist group, which said its fighters had killed 12 "
            "militiamen.")
    specs = [Spec("raided", "ASSAULT", 4, actor=(("Jihadist fighters", None, None),)),
             Spec("killed", "ASSAULT", 4)]
    events = run_story(text, specs, [("Tinkoto", "BFA", 4, "PPL")], "", date(2026, 7, 3))
    assert {e.date for e in events} == {"2026-06-30"}


# --- "the first week of March" ------------------------------------------------------------------------------------

def test_a_week_of_a_month_is_that_week() -> None:
    assert _day("Gunmen killed six herders in the first week of March, a local leader said.", "killed") == \
        ("2026-03-01", "week")
    assert _day("Fighting displaced 4,000 people during the last week of June 2025.", "displaced") == \
        ("2025-06-24", "week")
    assert _day("Troops shelled the hills in the second week of December last year.", "shelled") == \
        ("2025-12-08", "week")


def test_a_week_of_something_else_is_no_date() -> None:  # guard
    assert _day("Gunmen killed six herders in the first week of the offensive, officials said on Monday.",
                "killed") == ("2026-03-16", "day")
