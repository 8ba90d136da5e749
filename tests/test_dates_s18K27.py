"""Round K27 (session 18, issues 3 and 4): dates and merging of deeds told after the deed before, a schedule's day
read forward, and the day of a protest called for.

- a deed told "in the days that followed", "over the following days", "within hours" or "subsequently" is a later
  deed: it never merges into the deed told before ("The army said its troops had neutralised several attackers in
  the area in the days that followed");
- such a deed, dated by the sentence before, starts the day after that deed's day, at week precision for days or
  a week, at month precision for weeks or months ("within hours" and "subsequently" keep the day);
- "are due to / expected to / set to / scheduled to sign ... on Monday" reads the day forward however far it is;
- a protest coded at a noun of its callers ("Protest leaders called for a nationwide shutdown on Thursday") takes
  the called act's day; "called for more marches on Thursday" is an act called for too.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

from datetime import date

import test_dates_s14K23 as k23
from newsevents.coding.merge import merge_duplicates
from newsevents.dates import EventDate, after_span, called_act_day, following_span, later_before
from newsevents.records import Sentence, Trigger
from story_parts import Spec, made_event, run_story

PUB = date(2027, 7, 6)  # a Tuesday


def _day(sentence: str, trig: str | None, prefix: str = "", published: date | None = PUB) -> tuple[str | None,
                                                                                                   str | None]:
    got = k23._date(sentence, trig, prefix, published)
    return got.date, got.precision


# --- merging: a deed told after the deed before -------------------------------------------------------------------

_BLAST = "A roadside bomb killed five soldiers near the town of Bourem. "


def _two(second: str, trig: str, kind: str = "ASSAULT") -> list[str]:
    text = _BLAST + second
    a = made_event(text, 0, "A roadside bomb", "killed", when="2027-07-03")
    b = made_event(text, 1, second, trig, kind, when="2027-07-03")
    return [ev.trigger.text for ev in merge_duplicates([a, b]) if ev.trigger]


def test_a_deed_told_in_the_days_that_followed_is_its_own_event() -> None:
    assert _two("The army said its troops had killed several attackers in the area in the days that followed.",
                "killed") == ["killed", "killed"]
    assert _two("Over the following days, soldiers killed 14 suspected militants in nearby villages.",
                "killed") == ["killed", "killed"]
    assert _two("Troops subsequently killed nine of the attackers in an operation in the area.", "killed") == \
        ["killed", "killed"]
    assert _two("Within hours, helicopters struck the bombers as they fled.", "struck") == ["killed", "struck"]


def test_the_same_deed_retold_still_merges() -> None:  # guard
    assert _two("The bomb killed five soldiers as their truck returned from a patrol, a military source said.",
                "killed") == ["killed"]
    # a span in another clause does not tell the trigger's deed as later
    assert _two("The bomb killed five soldiers as their truck returned from a patrol; reprisals came over the "
                "following days.", "killed") == ["killed"]
    assert _two("The bomb killed five soldiers (troops came within hours).", "killed") == ["killed"]
    # a victim's death told over the following days goes on telling the deed
    assert _two("Two more of the soldiers died of their wounds over the following days.", "died") == ["killed"]


def test_the_routed_neutralised_story_keeps_two_events() -> None:
    text = ("A roadside bomb struck an army convoy near the town of Ansongo on Tuesday, killing four soldiers.\n\n"
            "The army said its troops had neutralised several attackers in the area in the days that followed.")
    specs = [Spec("struck", "ASSAULT", 4, actor=(("roadside bomb", None, None),)),
             Spec("neutralised", "ASSAULT", 4, actor=(("its troops", None, None),))]
    events = run_story(text, specs, [("Ansongo", "MLI", 4, "PPL")], "", date(2027, 7, 8))
    assert [(e.trigger.text, e.date, e.date_precision) for e in events if e.trigger] == \
        [("struck", "2027-07-06", "day"), ("neutralised", "2027-07-07", "week")]


def test_following_span_on_odd_input() -> None:
    assert following_span("", 0, 0) is None
    assert following_span("followed", 0, 8) is None
    s = "Troops killed six in the days that followed."
    assert following_span(s, s.index("killed"), s.index("killed") + 6) is not None
    s = "Troops killed six (in the days that followed)."
    assert following_span(s, s.index("killed"), s.index("killed") + 6) is None  # another clause
    assert later_before("Subsequently, police arrested two men.", 27) is not None
    assert later_before("Police arrested the men who followed the convoy.", 7) is None  # guard


# --- dates: a deed told after the deed before ---------------------------------------------------------------------

def test_a_span_after_the_deed_starts_the_next_day() -> None:
    text = ("Gunmen attacked a police post in the village of Tillia on Saturday, killing four officers.\n\n"
            "In the days that followed, soldiers arrested 30 suspects in nearby villages.")
    specs = [Spec("attacked", "ASSAULT", 4, actor=(("Gunmen", None, None),)),
             Spec("arrested", "COERCE", 4, actor=(("soldiers", None, None),))]
    events = run_story(text, specs, [("Tillia", "NER", 4, "PPL")], "", PUB)
    assert [(e.date, e.date_precision) for e in events] == [("2027-07-03", "day"), ("2027-07-04", "week")]


def test_after_span_units_and_odd_input() -> None:
    told = EventDate("2027-07-03", "day", 0, 5)
    for cue, want in (("in the weeks that followed", ("2027-07-04", "month")),
                      ("over the following week", ("2027-07-04", "week")),
                      ("within hours", ("2027-07-03", "day")), ("subsequently", ("2027-07-03", "day"))):
        m = following_span(f"Troops arrested 30 men {cue}.", 7, 15)
        assert m is not None, cue
        got = after_span(told, m, PUB, 0)
        assert (got.date, got.precision) == want, cue
    m = following_span("Troops arrested 30 men in the days that followed.", 7, 15)
    assert m is not None
    assert after_span(EventDate(None, None, None, None), m, PUB, 0).date is None
    assert after_span(EventDate("2027-07", "month", 0, 5), m, PUB, 0).precision == "month"  # kept as told
    # a deed told on the day of publication: the day after it would lie ahead, the told day is kept
    assert after_span(EventDate("2027-07-06", "day", 0, 5), m, PUB, 0).date == "2027-07-06"


# --- dates: a schedule's day read forward --------------------------------------------------------------------------

def test_a_far_present_schedule_reads_forward() -> None:
    assert _day("The leaders of Chad and Niger are due to sign a border security agreement in N'Djamena on "
                "Monday, officials said.", "sign") == ("2027-07-12", "day")
    assert _day("The two delegations are expected to resume their long-stalled talks in the Qatari capital on "
                "Friday.", "talks") == ("2027-07-09", "day")


def test_a_past_schedule_keeps_the_past_day() -> None:  # guard
    assert _day("The leaders of Chad and Niger signed a border security agreement in N'Djamena on Monday.",
                "signed") == ("2027-07-05", "day")
    assert _day("The ministers were due to sign a border security agreement in N'Djamena on Monday but the "
                "ceremony was cancelled.", "sign") == ("2027-07-05", "day")


# --- dates: the day of a protest called for -------------------------------------------------------------------------

def _called(text: str, trig: str) -> EventDate | None:
    i = text.index(trig)
    return called_act_day(Sentence(0, 0, len(text), text), Trigger(i, i + len(trig), trig), PUB)


def test_a_protest_coded_at_its_callers_takes_the_called_day() -> None:
    got = _called("Protest leaders called for a nationwide shutdown on Thursday after police killed two men.",
                  "Protest")
    assert got is not None and (got.date, got.precision) == ("2027-07-08", "day")
    got = _called("Strike committee leaders called for more marches on Friday.", "Strike")
    assert got is not None and got.date == "2027-07-09"


def test_called_act_day_leaves_other_protests_alone() -> None:  # guard
    assert _called("Protesters marched in Bamako and called for a general strike on Friday.", "marched") is None
    assert _called("Protest leaders said the march on Friday would go ahead.", "Protest") is None
    assert _called("Protest leaders called for calm.", "Protest") is None
    assert _called("", "") is None


def test_the_called_shutdown_story_dates_the_protest_ahead() -> None:
    text = "Protest leaders called for a nationwide shutdown on Thursday after police killed two demonstrators."
    specs = [Spec("Protest", "PROTEST", 3, actor=(("Protest leaders", None, None),))]
    events = run_story(text, specs, [], "", PUB)
    assert [(e.date, "future" in e.aux) for e in events] == [("2027-07-08", True)]


def test_more_marches_called_for_read_forward() -> None:
    assert _day("Opposition leaders called for more marches on Thursday.", "called") == ("2027-07-06", "day")
    assert _day("Opposition leaders called for more marches on Thursday.", "marches") == ("2027-07-08", "day")


# --- dates: the day of an occasion others are urged to act at -----------------------------------------------------

def test_an_urged_occasion_day_is_not_the_urging_day() -> None:
    assert _day("Opposition parties urged supporters to reject the referendum on Sunday.", "urged") == \
        ("2027-07-06", "day")
    assert _day("The union called on its members to vote against the deal at the congress on Friday.", "called") == \
        ("2027-07-06", "day")


def test_the_urging_own_day_and_other_verbs_keep_their_days() -> None:  # guard
    assert _day("The opposition urged supporters on Monday to boycott the vote on Sunday.", "urged") == \
        ("2027-07-05", "day")
    assert _day("Supporters of the governor rallied in Kano to celebrate the vote on Sunday.", "rallied") == \
        ("2027-07-04", "day")
    assert _day("The party urged calm; its leader spoke at a rally on Sunday.", "urged") == ("2027-07-04", "day")
