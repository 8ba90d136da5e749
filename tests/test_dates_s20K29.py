"""Round K29 (session 20, issues 3 and 4): specific acts on other targets, re-mentions placed from the story, and
days told by a part of the night or "hours later".

- two specific acts of different kinds (a shoot-down and a drone strike, a drone strike and a raid) on different
  targets are two events, whatever else the mentions share;
- a re-mention whose sentence names no place ("... killed nine soldiers during the attack on the base") is compared
  with the deed it names by day and country only: its place came from the story;
- "on the night of the 12th", "in the early hours of the 3rd": that day of the month;
- "Hours later, gunmen attacked ...": a deed told hours after the one before is another deed, on its day.

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

import dataclasses
from datetime import date

import test_dates_s14K23 as k23
from newsevents.coding.merge import day_parts, merge_duplicates, same_event
from newsevents.dates import EventDate
from newsevents.pipeline import _grounds_dated_after, _with_place_country
from newsevents.records import Event, Location
from story_parts import made_event, place

PUB = date(2029, 5, 15)  # a Tuesday


def _day(text: str, trig: str, prefix: str = "", published: date | None = PUB) -> tuple[str | None, str | None]:
    got = k23._date(text, trig, prefix, published)
    return got.date, got.precision


def _at(text: str, name: str, cc: str, res: int = 4, province: str | None = None, nth: int = 0) -> Location:
    i = -1
    for _ in range(nth + 1):
        i = text.index(name, i + 1)
    return Location(name, name, abs(hash((name, cc))) % 10**6, 1.0, 1.0, province, cc, "PPL" if res > 2 else "ADM1",
                    res, i, i + len(name))


def _typed(ev: Event, sub: str) -> Event:
    return dataclasses.replace(ev, acled_sub_event_type=sub)


# --- two specific acts on different targets ---------------------------------------------------------------------------

def test_a_shoot_down_and_a_strike_on_other_targets_are_two_events() -> None:
    a = "Air defences shot down 30 drones overnight over the Bryansk region."
    b = "Its drones hit a fuel depot in the Bryansk region on Tuesday, causing a fire."
    text = a + " " + b
    down = _typed(made_event(text, 0, a, "shot", when="2029-05-15", recipient=("30 drones", None, None),
                             loc=_at(text, "Bryansk region", "RUS", 2, "Bryansk")), "Disrupted weapons use")
    hit = _typed(made_event(text, 1, b, "hit", when="2029-05-15", recipient=("a fuel depot", None, None),
                            loc=_at(text, "Bryansk region", "RUS", 2, "Bryansk", nth=1)), "Air/drone strike")
    assert not same_event(down, hit)
    assert len(merge_duplicates([down, hit])) == 2
    # the same with a raid and a drone strike of one day in one country
    a = "Drones struck a pickup truck near the town of Tal Tamr on Saturday, killing three fighters."
    b = "Soldiers raided a farmhouse near the town of Tal Tamr on Saturday, seizing weapons."
    text = a + " " + b
    strike = _typed(made_event(text, 0, a, "struck", when="2029-05-12", recipient=("a pickup truck", None, None),
                               loc=_at(text, "Tal Tamr", "SYR")), "Air/drone strike")
    raid = _typed(made_event(text, 1, b, "raided", when="2029-05-12", recipient=("a farmhouse", None, None),
                             loc=_at(text, "Tal Tamr", "SYR", nth=1)), "Looting/property destruction")
    assert len(merge_duplicates([strike, raid])) == 2


def test_a_specific_act_and_its_generic_mention_stay_one_event() -> None:  # guard
    a = "A drone struck a car in the town of Bint Jbeil on Monday, killing two men."
    b = "The attack on the car was the third this week."
    text = a + " " + b
    strike = _typed(made_event(text, 0, a, "struck", when="2029-05-14", recipient=("a car", None, None),
                               loc=_at(text, "Bint Jbeil", "LBN")), "Air/drone strike")
    attack = _typed(made_event(text, 1, b, "attack", when="2029-05-14", recipient=("the car", None, None)), "Attack")
    assert len(merge_duplicates([strike, attack])) == 1
    # two specific sub-types on the same target ("the car") may be one act read two ways
    shelled = _typed(attack, "Shelling/artillery/missile attack")
    assert same_event(strike, shelled)


# --- a re-mention placed from the story ---------------------------------------------------------------------------------

def test_a_remention_with_no_place_of_its_own_names_the_deed_told() -> None:
    a = "KANO - Troops killed 30 fighters who attacked a base in Yobe state on Sunday."
    b = "The fighters said they had killed eight soldiers during the attack on the base."
    text = a + " " + b
    first = made_event(text, 0, a, "killed", when="2029-05-13", actor=("Troops", "NGA", "MIL"),
                       recipient=("30 fighters", "NGA", "REB"), loc=_at(text, "KANO", "NGA", 4, "Kano"))
    claim = made_event(text, 1, b, "killed", when="2029-05-13", actor=("The fighters", "NGA", "REB"),
                       recipient=("eight soldiers", "NGA", "MIL"), loc=_at(text, "Yobe state", "NGA", 2, "Yobe"))
    assert len(merge_duplicates([first, claim])) == 1


def test_a_remention_naming_another_state_stays_apart() -> None:  # guard
    a = "KANO - Troops killed 30 fighters who attacked a base in Yobe state on Sunday."
    b = "The fighters said they had killed eight soldiers during the attack in Borno state."
    text = a + " " + b
    first = made_event(text, 0, a, "killed", when="2029-05-13", actor=("Troops", "NGA", "MIL"),
                       recipient=("30 fighters", "NGA", "REB"), loc=_at(text, "Yobe state", "NGA", 2, "Yobe"))
    claim = made_event(text, 1, b, "killed", when="2029-05-13", actor=("The fighters", "NGA", "REB"),
                       recipient=("eight soldiers", "NGA", "MIL"), loc=_at(text, "Borno state", "NGA", 2, "Borno"))
    assert len(merge_duplicates([first, claim])) == 2
    # and one of another day stays apart whatever its place
    other_day = dataclasses.replace(claim, event_loc=_at(text, "Yobe state", "NGA", 2, "Yobe"), date="2029-05-12")
    assert len(merge_duplicates([first, other_day])) == 2


# --- a day of the month after a part of the night ------------------------------------------------------------------------

def test_a_part_of_the_night_of_a_day_of_the_month() -> None:
    assert _day("Rebels attacked a camp near the town of Bunia on the night of the 12th, killing 14 people.",
                "attacked") == ("2029-05-12", "day")
    assert _day("Gunmen stormed a village in the early hours of the 3rd, killing four people.",
                "stormed") == ("2029-05-03", "day")
    assert _day("Militiamen looted the market on the morning of the 9th, residents said.",
                "looted") == ("2029-05-09", "day")
    # a day after publication's, in the past: the month before
    assert _day("Soldiers raided the camp on the night of the 20th.", "raided") == ("2029-04-20", "day")


def test_a_night_with_no_day_of_the_month_is_no_date() -> None:  # guard
    assert _day("Rebels attacked a camp on the night of the attack on the base.", "attacked")[0] in (None, "2029-05-15")
    assert _day("The 12th floor of the building was hit on the night of the storm.", "hit")[0] in (None, "2029-05-15")


# --- "Hours later" ------------------------------------------------------------------------------------------------------

def test_a_deed_told_hours_later_is_another_deed_on_its_day() -> None:
    a = "A bomb exploded at a bus station in the city of Quetta on Monday, killing nine people."
    b = "Hours later, gunmen attacked a police checkpoint on the outskirts of the city, killing two policemen."
    text = a + " " + b
    blast = made_event(text, 0, a, "exploded", when="2029-05-14", recipient=("nine people", None, None),
                       loc=_at(text, "Quetta", "PAK"))
    raid = made_event(text, 1, b, "attacked", when="2029-05-14", actor=("gunmen", "PAK", "UAF"),
                      recipient=("a police checkpoint", None, None), loc=_at(text, "Quetta", "PAK"))
    assert len(merge_duplicates([blast, raid])) == 2
    # the deed told hours later, with no day of its own, keeps the day of the deed told before
    assert _day(b, "attacked", prefix=a + " ") == ("2029-05-14", "day")
    assert _day("A few hours later, troops killed six of the attackers.", "killed", prefix=a + " ") == \
        ("2029-05-14", "day")


def test_hours_inside_a_clause_are_no_later_deed() -> None:  # guard
    a = "A bomb exploded at a bus station in the city of Quetta on Monday, killing nine people."
    b = "Gunmen held the station for hours, police said."
    text = a + " " + b
    blast = made_event(text, 0, a, "exploded", when="2029-05-14", recipient=("nine people", "PAK", "CVL"),
                       loc=_at(text, "Quetta", "PAK"))
    held = made_event(text, 1, b, "held", when="2029-05-14", actor=("Gunmen", "PAK", "UAF"),
                      loc=_at(text, "Quetta", "PAK"))
    assert len(merge_duplicates([blast, held])) == 1


# --- the lead's day, written in a later sentence, of the deed an act was done over -------------------------------------

def _lead_at(text: str, words: str) -> EventDate:
    i = text.index(words)
    return EventDate("2029-05-11", "day", i, i + len(words), False)


def test_an_act_over_a_deed_takes_not_the_deeds_day() -> None:
    a = "Police said they had arrested a trader suspected of ordering the killing of a lawyer in the town of Gombe."
    b = "The lawyer was shot dead on Friday."
    text = a + " " + b
    arrest = made_event(text, 0, a, "arrested", "COERCE", when=None)
    shot = made_event(text, 1, b, "shot", when="2029-05-11")
    lead = _lead_at(text, "on Friday")
    assert _grounds_dated_after(arrest, lead, [arrest, shot])
    a = "Soldiers detained four men over the bombing of a bridge near the town of Malakal."
    b = "Rebels had blown up the bridge on Friday."
    text = a + " " + b
    detained = made_event(text, 0, a, "detained", "COERCE", when=None)
    blown = made_event(text, 1, b, "blown", when="2029-05-11")
    assert _grounds_dated_after(detained, _lead_at(text, "on Friday"), [detained, blown])


def test_a_lead_day_that_may_be_the_acts_own_still_dates_it() -> None:  # guard
    # no earlier deed named as the grounds of the act
    a = "Police arrested three men in the town of Gombe."
    b = "The men were detained on Friday during a raid."
    text = a + " " + b
    arrest = made_event(text, 0, a, "arrested", "COERCE", when=None)
    detained = made_event(text, 1, b, "detained", "COERCE", when="2029-05-11")
    assert not _grounds_dated_after(arrest, _lead_at(text, "on Friday"), [arrest, detained])
    # the later sentence tells an act of the same kind: it may be the same one
    a = "Police arrested two men over the killing of a lawyer in the town of Gombe."
    b = "A third suspect was arrested on Friday."
    text = a + " " + b
    arrest = made_event(text, 0, a, "arrested", "COERCE", when=None)
    third = made_event(text, 1, b, "arrested", "COERCE", when="2029-05-11")
    assert not _grounds_dated_after(arrest, _lead_at(text, "on Friday"), [arrest, third])
    # the lead's day in the act's own sentence is the reading of that sentence, not this rule's
    assert not _grounds_dated_after(arrest, _lead_at(text, "in the town"), [arrest, third])
    assert not _grounds_dated_after(arrest, None, [arrest, third])


# --- party countries once the place is right (issue 4) ------------------------------------------------------------------

def test_a_crossing_into_the_dateline_country() -> None:  # guard
    text = "BAMAKO - Fighters crossing from Mauritania ambushed an army patrol near Nara on Tuesday."
    ev = made_event(text, 0, text, "ambushed", when="2029-05-15", actor=("Fighters", "MRT", "REB"),
                    recipient=("an army patrol", None, "MIL"), loc=_at(text, "Nara", "MLI"))
    places = [place(text, "Mauritania", "MRT", 1, "PCLI"), place(text, "Nara", "MLI", 4)]
    guessed = frozenset((e.start - ev.sentence.start, e.end - ev.sentence.start) for e in ev.actor + ev.recipient)
    got = _with_place_country(ev, places, guessed, "MLI")
    assert ([a.code for a in got.actor], [r.code for r in got.recipient]) == ([None], ["MLI"])
    # a cross-border strike: the striker keeps its own country, the struck side takes the place's
    text = "Pakistani jets struck militant hideouts in Afghanistan's Khost province on Sunday."
    ev = made_event(text, 0, text, "struck", when="2029-05-13", actor=("Pakistani jets", "PAK", "MIL"),
                    recipient=("militant hideouts", None, "REB"), loc=_at(text, "Khost", "AFG", 2, "Khost"))
    got = _with_place_country(ev, [place(text, "Khost", "AFG", 2, "ADM1")], frozenset())
    assert ([a.code for a in got.actor], [r.code for r in got.recipient]) == (["PAK"], ["AFG"])


# --- the eve of an occasion the story dates nowhere -------------------------------------------------------------------

def test_the_eve_of_an_undated_occasion_is_the_reports_week() -> None:
    pub = date(2029, 2, 26)  # a Monday
    assert _day("Gunmen burned a polling station in the town of Kindu on the eve of the vote.", "burned",
                published=pub) == ("2029-02-26", "week")
    assert _day("Unknown men torched the offices of a party on the eve of the poll, the party said on Friday.",
                "torched", published=pub) == ("2029-02-23", "week")


def test_the_eve_of_a_dated_occasion_is_its_day_before() -> None:  # guard
    pub = date(2029, 2, 26)
    assert _day("Police detained 20 activists on the eve of Saturday's election.", "detained",
                published=pub) == ("2029-02-23", "day")
    assert _day("On the eve of the vote, gunmen burned a polling station.", "burned",
                prefix="Voters went to the polls on Sunday. ", published=pub) == ("2029-02-24", "day")


# --- a day inside the deed an accusation names ----------------------------------------------------------------------------

def test_a_day_of_the_alleged_deed_does_not_date_the_accusing() -> None:
    assert _day("The union accused the police of beating three strikers on Wednesday.", "accused") == \
        ("2029-05-15", "day")
    assert _day("The party blamed the army for shelling the village of Kira on Sunday night.", "blamed") == \
        ("2029-05-15", "day")


def test_a_day_of_the_accusing_still_dates_it() -> None:  # guard
    assert _day("The union on Wednesday accused the police of beating three strikers.", "accused") == \
        ("2029-05-09", "day")
    assert _day("The party accused the army on Sunday of shelling the village.", "accused") == ("2029-05-13", "day")
    assert _day("Police beat three strikers on Wednesday, the union said.", "beat") == ("2029-05-09", "day")


# --- "early on Wednesday", "late on Tuesday" as parts of the day ----------------------------------------------------------

def test_early_on_a_day_and_its_afternoon_are_two_strikes() -> None:
    a = "A drone struck a motorcycle near the town of Marjayoun early on Wednesday, killing its rider."
    b = "In the afternoon, a drone struck a motorcycle near the town of Marjayoun, wounding two men."
    text = a + " " + b
    first = made_event(text, 0, a, "struck", when="2029-05-09", actor=("A drone", "ISR", "MIL"),
                       loc=_at(text, "Marjayoun", "LBN"))
    second = made_event(text, 1, b, "struck", when="2029-05-09", actor=("a drone", "ISR", "MIL"),
                        loc=_at(text, "Marjayoun", "LBN", nth=1))
    assert day_parts(first) == frozenset({"morning"})
    assert len(merge_duplicates([first, second])) == 2
    late = made_event("Gunmen raided the village late on Tuesday.", 0, "Gunmen raided the village late on Tuesday.",
                      "raided", when="2029-05-08")
    assert day_parts(late) == frozenset({"night"})


def test_early_or_late_after_a_report_or_a_bound_is_no_part_of_the_deed() -> None:  # guard
    text = "Gunmen raided the village, police said late on Tuesday."
    assert day_parts(made_event(text, 0, text, "raided", when="2029-05-08")) == frozenset()
    text = "Gunmen held the village until late on Tuesday."
    assert day_parts(made_event(text, 0, text, "held", when="2029-05-08")) == frozenset()
    text = "Gunmen raided the village early on Tuesday morning."
    assert day_parts(made_event(text, 0, text, "raided", when="2029-05-08")) == frozenset({"morning"})
