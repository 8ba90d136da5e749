"""Round K37 (session 26): one crowd policed once in one place, a deed told as a cause, rival tolls, each side.

- the dispersal vocabulary and the "one crowd policed once" fold live in merge.py only (`DISPERSAL_VERBS`,
  `dispersal_verb`, `crowd_force`, `polices_crowd`, `one_scene`, `policed_once`); the pipeline's
  `_with_intervention` calls merge's fold, and merge's "later" test reads the same predicates;
- "The strikes came in response to rockets fired at Sderot": the cause took the strikes' day only as its reference,
  at week precision (`dates.told_as_cause`);
- rival sources' tolls: the most conservative figure stands, as ACLED codes ("at least 12 killed, officials said. A
  monitoring group put the toll at 20" is 12; "police gave a toll of 18" after "30 killed" is 18), while a toll that
  rose over time still raises it and a correction still replaces it (`merge.rival_toll`, `merge.rival_tellings`);
- "The Israeli military said it had struck a Hamas commander in Khan Younis" after the other side's account of that
  strike is the strike told again, not a second one (`merge._deed_told_by_doer`);
- "shelled hideouts in response to an attack that killed six soldiers": the six dead are the cause's, not the
  shelling's (`pipeline._without_cause_counts`, `dates.cause_clause`).

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from newsevents import pipeline
from newsevents.coding import merge
from newsevents.coding.merge import (dispersal_verb, merge_duplicates, policed_once, rival_tellings, rival_toll,
                                     told_size, updated_tolls)
from newsevents.dates import EventDate, cause_clause, told_as_cause
from newsevents.records import Event, Sentence, Size, Trigger
from story_parts import Spec, location, made_event, period_sentences, run_story

_PWI = "Protest with intervention"


def _sub(ev: Event, sub: str | None) -> Event:
    return dataclasses.replace(ev, acled_sub_event_type=sub)


# --- one vocabulary, one fold ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, after, ok", [
    ("disperse", " them", True), ("dispersed", " the crowd", True), ("disperses", "", True),
    ("dispersing", " the rally", True), ("scattered", " the marchers", True), ("cleared", " the square", True),
    ("broke", " up the march", True), ("breaking", " up the rally", True), ("BROKE", " UP the rally", True),
    ("drove", " back the crowd", True), ("pushed", " back the protesters", True),
    # guards: no particle, no dispersing verb, odd input
    ("broke", " into the offices", False), ("pushed", " the men into vans", False), ("drove", " to the city", False),
    ("fired", " tear gas", False), ("", "", False), ("dispersal", " of the crowd", False),
])
def test_dispersal_verb(word: str, after: str, ok: bool) -> None:
    assert dispersal_verb(word, after) is ok


def test_pipeline_uses_merges_one_fold() -> None:
    # the pipeline keeps no copy of the vocabulary or the fold
    assert pipeline.policed_once is policed_once
    for name in ("_DISPERSAL_VERB", "_dispersal_told_once", "_riot_policed_once", "_polices_crowd", "_one_scene"):
        assert not hasattr(pipeline, name)
    assert set(merge.DISPERSAL_VERBS) >= {"disperse", "scatter", "break", "clear"}


_GAS = "Police fired tear gas to disperse opposition supporters marching on Islamabad on Sunday."


def _coerce_story(second: str, trig: str, **kw: Any) -> list[Event]:
    text = _GAS + " " + second
    gas = _sub(made_event(text, 0, _GAS, "fired", mode=("crowd-control",), when="2030-06-02",
                          actor=("Police", "PAK", "COP"), loc=location(text, "Islamabad", "PAK")), _PWI)
    other = made_event(text, 1, second, trig, "COERCE", mode=("restrict",), when="2030-06-02",
                       loc=location(text, "Islamabad", "PAK"), **kw)
    return pipeline._with_intervention([gas, other])


def test_pushed_back_is_the_intervention_told() -> None:
    # merge's "later" test always knew "pushed back the marchers" as a dispersal; now the pipeline's fold does too
    assert [e.event for e in _coerce_story("Police then pushed back the marchers.", "pushed")] == ["ASSAULT"]


def test_pushed_into_vans_is_no_dispersal() -> None:  # guard
    assert len(_coerce_story("Police then pushed the marchers into vans.", "pushed")) == 2


def _later_force(second: str, trig: str, *, first_sub: str | None = _PWI, first_mode: tuple[str, ...] = (),
                 when: str = "2030-06-02", **kw: Any) -> list[Event]:
    first = "Police fired tear gas at workers marching in Lagos on Sunday."
    text = first + " " + second
    gas = _sub(made_event(text, 0, first, "fired", mode=first_mode, when="2030-06-02",
                          actor=("Police", "NGA", "COP"), recipient=("workers", "NGA", "LAB"),
                          loc=location(text, "Lagos", "NGA")), first_sub)
    then = made_event(text, 1, second, trig, mode=("crowd-control",), when=when, actor=("Officers", "NGA", "COP"),
                      loc=location(text, "Lagos", "NGA"), **kw)
    return merge_duplicates([gas, then])


def test_force_coded_as_intervention_is_policed_again() -> None:
    # the first force is known as crowd control by its sub-type only (no mode): it is the same fold's crowd force
    got = _later_force("Officers later fired rubber bullets to disperse them.", "fired")
    assert len(got) == 1


@pytest.mark.parametrize("second, kw", [
    # guard: it killed
    ("Officers later fired live rounds to disperse them, killing two workers.", {}),
    # guard: another day
    ("Officers later fired rubber bullets to disperse them.", {"when": "2030-06-03"}),
])
def test_force_policed_again_guards(second: str, kw: dict[str, Any]) -> None:
    assert len(_later_force(second, "fired", **kw)) == 2


def test_policed_once_leaves_a_story_with_no_crowd_alone() -> None:  # guard
    text = "Gunmen killed five villagers near Jos on Monday."
    ev = made_event(text, 0, text, "killed", when="2030-06-03", loc=location(text, "Jos", "NGA"))
    assert policed_once([ev]) == [ev] and policed_once([]) == []


# --- the day of a deed told as the cause of another ------------------------------------------------------------------

_DAY = EventDate("2030-06-02", "day", None, None)


def _cause(text: str, trig: str, when: EventDate = _DAY) -> EventDate:
    s = Sentence(1, 100, 100 + len(text), text)
    i = text.index(trig)
    return told_as_cause(s, Trigger(100 + i, 100 + i + len(trig), trig), when)


@pytest.mark.parametrize("text, trig", [
    ("The strikes came in response to rockets fired at Sderot, it said.", "fired"),
    ("Washington said the raids were in response to missiles fired at commercial ships.", "fired"),
    ("Troops shelled the hideouts in retaliation for an ambush on a convoy.", "ambush"),
    ("The militia said the raid was revenge, carried out to avenge the killing of its commander.", "killing"),
])
def test_cause_takes_the_reference_at_week_precision(text: str, trig: str) -> None:
    got = _cause(text, trig)
    assert (got.date, got.precision) == ("2030-06-02", "week")


def test_cause_in_the_sentence_of_the_dated_deed() -> None:
    text = "Israeli jets hit villages in southern Lebanon on Saturday in retaliation for drones launched at the town."
    at = 100 + text.index("on Saturday")
    got = _cause(text, "launched", EventDate("2030-06-01", "day", at, at + 11))
    assert (got.date, got.precision) == ("2030-06-01", "week")


@pytest.mark.parametrize("text, trig, when", [
    # guard: the cause's own day, written in its clause
    ("Jets hit the town in retaliation for drones launched at Kiryat Shmona on Friday.", "launched", "on Friday"),
    # guard: the effect itself, told before the causal phrase
    ("Israeli aircraft struck targets in Gaza in response to rocket fire.", "struck", None),
    # guard: words answered, no deed
    ("In response to a question, the minister said troops had withdrawn.", "withdrawn", None),
    # guard: the causal phrase's clause ended before the trigger
    ("In response to the attack, troops shelled the hideouts.", "shelled", None),
    # guard: no causal phrase at all
    ("Gunmen killed five villagers in Plateau state.", "killed", None),
])
def test_cause_guards(text: str, trig: str, when: str | None) -> None:
    if when is None:
        day = _DAY
    else:
        at = 100 + text.index(when)
        day = EventDate("2030-05-31", "day", at, at + len(when))
    assert _cause(text, trig, day) == day


def test_cause_keeps_a_coarser_or_missing_date() -> None:  # guard
    text = "The strikes came in response to rockets fired at Sderot."
    month = EventDate("2030-06-01", "month", None, None)
    none = EventDate(None, None, None, None)
    assert _cause(text, "fired", month) == month and _cause(text, "fired", none) == none
    s = Sentence(0, 0, len(text), text)
    assert told_as_cause(s, None, _DAY) == _DAY


def test_cause_in_a_story_is_no_second_deed_of_the_day() -> None:
    text = ("JERUSALEM - Israeli aircraft struck targets in northern Gaza on Sunday, the military said. "
            "The strikes came in response to rockets fired at Sderot, it said.")
    specs = [Spec("struck", "ASSAULT", 4, actor=(("Israeli aircraft", "ISR", "MIL"),)),
             Spec("fired", "ASSAULT", 4, actor=(("rockets", None, None),))]
    got = run_story(text, specs, [("Gaza", "PSE", 1, "ADM1"), ("Sderot", "ISR", 4, "PPL")], "JERUSALEM",
                    date(2030, 6, 3))
    days = {e.trigger.text: (e.date, e.date_precision) for e in got if e.trigger is not None}
    assert days["struck"] == ("2030-06-02", "day")
    assert days["fired"] == ("2030-06-02", "week")


# --- rival tolls: the most conservative figure -----------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("A local monitoring group put the toll at 20.", 20),
    ("Civil society leaders put the death toll at 27.", 27),
    ("Gunmen killed 30 villagers in Zamfara state on Sunday, residents said, while police gave a toll of 18.", 18),
    ("Police said the toll was 11.", 11),
    ("Hospital sources estimated the number of dead at more than thirty.", 30),
    ("The opposition gave a far higher toll of 45.", 45),
])
def test_rival_toll(text: str, n: int) -> None:
    assert rival_toll(text) == n


@pytest.mark.parametrize("text", [
    "The death toll rose to 19 on Sunday.",  # an update over time
    "The toll was later revised down to 12.",  # a correction
    "The group put the overall toll of the war at 60,000.",  # a war's tally
    "Officials put the toll from the floods at 40.",  # a disaster's toll
    "Residents put the toll of the earlier attack at 9.",  # another deed's
    "The army put the toll at 2024.",  # a year, no count
    "",  # odd input
    "Police said 11 people were killed.",  # a retelling, no rival figure of a toll (see `rival_tellings`)
])
def test_no_rival_toll(text: str) -> None:  # guard
    assert rival_toll(text) is None


def _toll_story(first: str, second: str, trig: str = "killed") -> list[Event]:
    text = first + " " + second
    sents = period_sentences(text)
    deed = made_event(text, 0, first, trig, when="2030-06-01", loc=location(text, "Kordofan", "SDN"))
    return updated_tolls([deed], sents)


_ATTACK = "Fighters attacked a village in North Kordofan on Saturday, killing at least 12 people, officials said."


@pytest.mark.parametrize("second, dead", [
    ("A local monitoring group put the toll at 20.", 12),  # the higher rival figure is not taken
    ("A local monitoring group put the toll at 8.", 8),  # the lower is
    ("The death toll rose to 19 on Sunday.", 19),  # guard: an update still raises it
    ("The toll was later revised down to 9.", 9),  # guard: a correction still replaces it
])
def test_rival_toll_after_the_deed(second: str, dead: int) -> None:
    assert [e.size.dead for e in _toll_story(_ATTACK, second, "attacked")] == [dead]


def test_rival_toll_in_the_deeds_own_sentence() -> None:
    text = "Gunmen killed 30 villagers in Kordofan on Sunday, residents said, while police gave a toll of 18."
    deed = made_event(text, 0, text, "killed", when="2030-06-02", loc=location(text, "Kordofan", "SDN"))
    assert deed.size.dead == 30
    assert [e.size.dead for e in updated_tolls([deed], period_sentences(text))] == [18]


def test_rival_toll_with_no_deed_changes_nothing() -> None:  # guard
    text = "A ceasefire took hold in Kordofan on Saturday. A monitoring group put the toll at 20."
    ev = made_event(text, 0, "A ceasefire took hold in Kordofan on Saturday.", "ceasefire", "AGREE",
                    when="2030-06-01")
    assert updated_tolls([ev], period_sentences(text)) == [ev]


_MALI = "Jihadists killed 40 civilians in an attack on a market in Mopti on Saturday, local officials said."


def _two_tellings(second: str, trig: str = "killed") -> tuple[Event, Event]:
    text = _MALI + " " + second
    a = made_event(text, 0, _MALI, "killed", when="2030-06-01", loc=location(text, "Mopti", "MLI"))
    b = made_event(text, 1, second, trig, when="2030-06-01", loc=location(text, "Mopti", "MLI"))
    return a, b


def test_rival_tellings_take_the_lower_toll() -> None:
    a, b = _two_tellings("The army said 25 people had been killed in Mopti.")
    assert rival_tellings(a, b)
    got = merge_duplicates([a, b])
    assert [e.size.dead for e in got] == [25]


@pytest.mark.parametrize("second", [
    "Officials later said 55 people had been killed in Mopti.",  # the toll moved over time
    "The attack in Mopti killed 45 people, including ten children.",  # no source of its own
    "Local officials said on Sunday that 45 people had been killed in Mopti.",  # the same source
    "The army said 40 people had been killed in Mopti.",  # the same figure
])
def test_not_rival_tellings(second: str) -> None:  # guard
    a, b = _two_tellings(second)
    assert not rival_tellings(a, b)


def test_told_size() -> None:
    a, b = Size(40, 3, None), Size(25, 10, 2)
    assert told_size(a, b, True) == Size(25, 10, 2)
    assert told_size(a, b, False) == Size(40, 10, 2)
    assert told_size(Size(None, None, None), b, True) == b  # guard: a count one telling lacks is the other's


# --- one deed told by each side --------------------------------------------------------------------------------------

_STRIKE = ("An Israeli airstrike on a house in Khan Younis killed seven people on Sunday, the Gaza health ministry "
           "said.")


def _each_side(second: str, trig: str, *, when: str = "2030-06-02", place: str = "Khan Younis",
               actor: tuple[str, str | None, str | None] = ("Israeli military", "ISR", "MIL"),
               sub: str = "Air/drone strike", **kw: Any) -> list[Event]:
    text = _STRIKE + " " + second
    first = _sub(made_event(text, 0, _STRIKE, "killed", mode=("aerial",), when="2030-06-02",
                            actor=("Israeli", "ISR", "MIL"), recipient=("seven people", "PSE", "CVL"),
                            loc=location(text, "Khan Younis", "PSE")), "Air/drone strike")
    nth = 1 if place == "Khan Younis" else 0
    then = _sub(made_event(text, 1, second, trig, mode=("aerial",), when=when, actor=actor,
                           loc=location(text, place, "PSE", nth) if place in second else None, **kw), sub)
    return merge_duplicates([first, then])


def test_the_doers_account_is_the_deed_told() -> None:
    got = _each_side("The Israeli military said it had struck a Hamas commander in Khan Younis.", "struck",
                     recipient=("Hamas commander", "PSE", "REB"))
    assert len(got) == 1 and got[0].size.dead == 7 and got[0].trigger is not None
    assert got[0].trigger.text == "killed"


def test_the_doers_account_with_its_own_toll_keeps_the_first() -> None:
    got = _each_side("The Israeli military said its jets had struck a Hamas cell in Khan Younis, killing three "
                     "militants.", "struck", recipient=("Hamas cell", "PSE", "REB"))
    assert len(got) == 1 and got[0].size.dead == 7


@pytest.mark.parametrize("second, trig, kw", [
    # guard: another day
    ("The Israeli military said it had struck a Hamas commander in Khan Younis.", "struck", {"when": "2030-06-01"}),
    # guard: another place
    ("The Israeli military said it had struck a Hamas commander in Rafah.", "struck", {"place": "Rafah"}),
    # guard: another act marked as such
    ("The Israeli military said it had also struck a Hamas commander in Khan Younis.", "struck", {}),
    # guard: another speaker's deed (not the doer's code)
    ("Hamas said it had fired rockets at Israeli troops in Khan Younis.", "fired",
     {"actor": ("Hamas", "PSE", "REB"), "recipient": ("Israeli troops", "ISR", "MIL")}),
    # guard: another kind of act
    ("The Israeli military said it had shelled a Hamas post in Khan Younis.", "shelled",
     {"sub": "Shelling/artillery/missile attack", "recipient": ("Hamas post", "PSE", "REB")}),
])
def test_doers_account_guards(second: str, trig: str, kw: dict[str, Any]) -> None:
    kw.setdefault("recipient", ("Hamas commander", "PSE", "REB"))
    assert len(_each_side(second, trig, **kw)) == 2


def test_the_doers_account_read_as_a_generic_attack() -> None:
    got = _each_side("Israel said it had hit a Hamas command centre in Khan Younis.", "hit", sub="Attack",
                     actor=("Israel", "ISR", "GOV"), recipient=("Hamas command centre", "PSE", "REB"))
    assert len(got) == 1 and got[0].size.dead == 7


# --- a cause's counts are not the deed's -----------------------------------------------------------------------------

def _counted(text: str, trig: str) -> Event:
    return pipeline._without_cause_counts(made_event(text, 0, text, trig, when="2030-06-02"))


def test_the_causes_toll_leaves_the_deed() -> None:
    text = ("Pakistani troops shelled militant hideouts in North Waziristan on Wednesday in response to an attack on "
            "a checkpoint that killed six soldiers.")
    assert made_event(text, 0, text, "shelled", when=None).size.dead == 6
    assert _counted(text, "shelled").size.dead is None


@pytest.mark.parametrize("text, trig, dead", [
    # guard: the deed's own toll after the cause's clause
    ("Troops shelled the hideouts in response to an attack on a checkpoint, killing 20 militants.", "shelled", 20),
    # guard: the cause's own trigger keeps its toll
    ("Troops shelled the hideouts in response to an attack that killed six soldiers.", "attack", 6),
    # guard: the deed's toll told before the causal phrase
    ("Air strikes killed 14 fighters on Sunday in retaliation for a raid that killed two soldiers.", "killed", 14),
    # guard: words answered
    ("Police said in response to a question that 12 people had been killed.", "killed", 12),
])
def test_cause_count_guards(text: str, trig: str, dead: int) -> None:
    assert _counted(text, trig).size.dead == dead


@pytest.mark.parametrize("text, span", [
    ("Jets struck in retaliation for rockets fired at Sderot.", "in retaliation for rockets fired at Sderot"),
    ("The raid was a response to drone attacks, the army said.", "was a response to drone attacks"),
    ("Troops shelled the hideouts.", None),
    ("", None),
])
def test_cause_clause(text: str, span: str | None) -> None:
    got = cause_clause(text, 0)
    assert (text[got[0]:got[1]] if got else None) == span
