"""Round K36 (session 25): a riot and its dispersal, a denial of a told attack, a re-mention followed by another deed.

- "Rioters burned cars in Kibera on Tuesday. Security forces fired in the air to disperse the mob": ACLED codes one
  "Violent demonstration"; crowd control that killed no one, and the rioters' own deeds, fold into the riot of that
  day and place (`pipeline._riot_policed_once`);
- "Police fired tear gas to disperse supporters ... Police then used batons to disperse them": a dispersal the coder
  read as COERCE goes on with the intervention already told (`pipeline._dispersal_told_once`);
- "The Pakistani Taliban denied responsibility for the attack": the denial names the attack told; it adds no negated
  copy of it (`merge._deed_denied`);
- "Friday's strikes followed a rocket attack on northern Israel on Thursday": the re-mention's place, counts and
  parties after "followed / came after / in response to" are the other deed's (`merge._without_compared`).

Each test holds sentences written for it; each failed before the rule it names was added, except those marked
`# guard`, which pin what the rule must leave alone."""
from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsevents.coding.merge import merge_duplicates
from newsevents.pipeline import _with_intervention
from newsevents.records import Event, Size
from story_parts import location, made_event

_RIOT = "Rioters burned cars and looted shops in Kibera on Tuesday."
_VD = "Violent demonstration"
_PWI = "Protest with intervention"


def _sub(ev: Event, sub: str | None) -> Event:
    return dataclasses.replace(ev, acled_sub_event_type=sub)


def _riot_story(second: str, trig: str, event: str = "ASSAULT", *, sub: str | None = _PWI,
                when: str = "2030-06-04", place: str = "Kibera", cc: str = "KEN", **kw: Any) -> list[Event]:
    text = _RIOT + " " + second
    riot = _sub(made_event(text, 0, _RIOT, "Rioters", "PROTEST", mode=("riot",), when="2030-06-04",
                           loc=location(text, "Kibera", "KEN")), _VD)
    other = _sub(made_event(text, 1, second, trig, event, when=when,
                            loc=location(text, place, cc, 1 if place == "Kibera" and place in second else 0), **kw),
                 sub)
    return _with_intervention([riot, other])


# --- a riot and the force that broke it up ----------------------------------------------------------------------------

@pytest.mark.parametrize("second, trig, kw", [
    ("Security forces fired in the air to disperse the mob in Kibera, witnesses said.", "fired",
     {"mode": ("crowd-control",), "actor": ("Security forces", "KEN", "MIL")}),
    ("Police in Kibera used tear gas and water cannon to break up the crowd.", "used",
     {"mode": ("crowd-control",), "actor": ("Police", "KEN", "COP")}),
    # told before the riot's end, wounding some: still the riot's policing, its wounded kept
    ("Police fired rubber bullets at the rioters in Kibera, wounding 12 people.", "fired",
     {"mode": ("crowd-control", "firearms"), "actor": ("Police", "KEN", "COP")}),
])
def test_dispersal_of_a_riot_folds_into_it(second: str, trig: str, kw: dict[str, Any]) -> None:
    got = _riot_story(second, trig, **kw)
    assert [e.event for e in got] == ["PROTEST"] and got[0].acled_sub_event_type == _VD
    if "wounding 12" in second:
        assert got[0].size.injured == 12


def test_rioters_own_deed_folds_into_the_riot() -> None:
    second = "In Kibera the rioters also set fire to a police post."
    got = _riot_story(second, "set", sub=_VD, mode=("destroy",), actor=("the rioters", "KEN", "CVL"))
    assert len(got) == 1 and got[0].event == "PROTEST"


def test_riot_told_only_by_its_deeds_takes_the_dispersal() -> None:
    first = "Rioters killed two policemen and burned a police station in Lagos on Monday."
    second = "Soldiers fired tear gas to disperse them."
    text = first + " " + second
    deed = _sub(made_event(text, 0, first, "killed", mode=("destroy",), when="2030-06-03",
                           actor=("Rioters", "NGA", "CVL"), loc=location(text, "Lagos", "NGA")), _VD)
    gas = _sub(made_event(text, 1, second, "fired", mode=("crowd-control",), when="2030-06-03",
                          actor=("Soldiers", "NGA", "MIL"), loc=location(text, "Lagos", "NGA")), _PWI)
    got = _with_intervention([deed, gas])
    assert len(got) == 1 and got[0].size.dead == 2 and got[0].acled_sub_event_type == _VD


@pytest.mark.parametrize("second, trig, kw", [
    # guard: a killing by the forces is its own event
    ("Soldiers in Kibera opened fire on the crowd, killing four people.", "opened",
     {"mode": ("crowd-control", "firearms"), "actor": ("Soldiers", "KEN", "MIL"), "sub": "Attack"}),
    # guard: another day
    ("On Wednesday, police fired tear gas at protesters in Kibera.", "fired",
     {"mode": ("crowd-control",), "actor": ("police", "KEN", "COP"), "when": "2030-06-05"}),
    # guard: another town
    ("Police fired tear gas at protesters in Mombasa.", "fired",
     {"mode": ("crowd-control",), "actor": ("Police", "KEN", "COP"), "place": "Mombasa"}),
    # guard: an attack by soldiers coded as a violent demonstration is no rioters' deed
    ("Soldiers in Kibera beat a journalist.", "beat",
     {"actor": ("Soldiers", "KEN", "MIL"), "sub": _VD}),
])
def test_riot_fold_guards(second: str, trig: str, kw: dict[str, Any]) -> None:
    assert len(_riot_story(second, trig, **kw)) == 2


def test_negated_dispersal_is_no_fold() -> None:  # guard
    got = _riot_story("Police in Kibera did not fire tear gas, witnesses said.", "fire",
                      mode=("crowd-control",), actor=("Police", "KEN", "COP"), aux=("negation",))
    assert len(got) == 2


# --- a dispersal read as COERCE after the intervention ----------------------------------------------------------------

_GAS = "Police fired tear gas to disperse opposition supporters marching on Islamabad on Sunday."


def _coerce_story(second: str, trig: str, when: str = "2030-06-02", first: str = _GAS, **kw: Any) -> list[Event]:
    text = first + " " + second
    gas = _sub(made_event(text, 0, first, "fired", mode=("crowd-control",), when="2030-06-02",
                          actor=("Police", "PAK", "COP"), loc=location(text, "Islamabad", "PAK")), _PWI)
    kw.setdefault("mode", ("restrict",))
    other = made_event(text, 1, second, trig, "COERCE", when=when, loc=location(text, "Islamabad", "PAK"), **kw)
    return _with_intervention([gas, other])


@pytest.mark.parametrize("second, trig", [
    ("Police then used batons to disperse them.", "disperse"),
    ("Officers later dispersed the remaining marchers.", "dispersed"),
    ("Police then moved in to break up the march.", "break"),
])
def test_coerce_dispersal_joins_the_intervention(second: str, trig: str) -> None:
    got = _coerce_story(second, trig)
    assert [e.event for e in got] == ["ASSAULT"]


@pytest.mark.parametrize("second, trig, kw", [
    # guard: arrests are their own event
    ("Police then arrested 20 of them.", "arrested", {"mode": ("arrest",)}),
    # guard: another day
    ("On Monday, police dispersed them again.", "dispersed", {"when": "2030-06-03"}),
    # guard: "broke" with no "up" is no dispersal
    ("Police then broke into the party's offices.", "broke", {}),
])
def test_coerce_dispersal_guards(second: str, trig: str, kw: dict[str, Any]) -> None:
    assert len(_coerce_story(second, trig, **kw)) == 2


def test_coerce_dispersal_with_no_intervention_stays() -> None:  # guard
    text = "Police dispersed opposition supporters marching on Islamabad on Sunday."
    ev = made_event(text, 0, text, "dispersed", "COERCE", mode=("restrict",), when="2030-06-02",
                    loc=location(text, "Islamabad", "PAK"))
    assert _with_intervention([ev]) == [ev]


# --- a denial of a part in the attack told ----------------------------------------------------------------------------

_BOMB = "A suicide bomber killed 9 people at a police checkpoint in Bannu on Tuesday."


def _denial(second: str, trig: str, when: str | None = "2030-06-04", place: str = "Bannu",
            aux: tuple[str, ...] = ("negation",)) -> list[Event]:
    text = _BOMB + " " + second
    a = made_event(text, 0, _BOMB, "killed", when="2030-06-04", actor=("A suicide bomber", None, "UAF"),
                   loc=location(text, "Bannu", "PAK"))
    loc = location(text, place, "PAK", 1 if place == "Bannu" and place in second else 0) if place in text else None
    b = made_event(text, 1, second, trig, when=when, aux=aux, loc=loc)
    return merge_duplicates([a, b])


@pytest.mark.parametrize("second, trig", [
    ("The Pakistani Taliban denied responsibility for the attack.", "attack"),
    ("The group denied any involvement in the bombing, a spokesman said.", "bombing"),
    ("Militants in Bannu denied having any role in Tuesday's attack.", "attack"),
])
def test_denied_part_in_told_attack_adds_nothing(second: str, trig: str) -> None:
    got = _denial(second, trig)
    assert len(got) == 1 and got[0].aux == () and got[0].size.dead == 9


@pytest.mark.parametrize("second, trig, kw", [
    # guard: the denial names another day's attack
    ("The group denied responsibility for Sunday's attack on a bus.", "attack", {"when": "2030-06-02"}),
    # guard: the deed itself denied ("did not carry out the attack") is left to the negation rules
    ("Officials said the army did not attack the village.", "attack", {}),
])
def test_denial_guards(second: str, trig: str, kw: dict[str, Any]) -> None:
    assert len(_denial(second, trig, **kw)) == 2


def test_denied_attack_told_only_in_the_denial_stays() -> None:  # guard
    text = "The Taliban denied responsibility for the attack on a mosque in Kabul on Friday."
    ev = made_event(text, 0, text, "attack", when="2030-05-31", aux=("negation",),
                    loc=location(text, "Kabul", "AFG"))
    got = merge_duplicates([ev])
    assert len(got) == 1 and got[0].aux == ("negation",)


# --- a re-mention told as following another deed ----------------------------------------------------------------------

_STRUCK = "Israeli aircraft struck targets in Gaza on Friday, the army said."


def _follow(second: str, trig: str, place: str, cc: str, **kw: Any) -> list[Event]:
    text = _STRUCK + " " + second
    a = made_event(text, 0, _STRUCK, "struck", when="2030-05-31", actor=("Israeli aircraft", "ISR", "MIL"),
                   recipient=("Gaza", "PSE", "GOV"), loc=location(text, "Gaza", "PSE"))
    b = made_event(text, 1, second, trig, when="2030-05-31", loc=location(text, place, cc), **kw)
    return merge_duplicates([a, b])


@pytest.mark.parametrize("second, trig, place, cc, kw", [
    ("Friday's strikes followed a rocket attack on northern Israel on Thursday.", "strikes", "northern Israel", "ISR",
     {"recipient": ("northern Israel", "ISR", None)}),
    ("The strikes came in response to rockets fired at Sderot, the army said.", "strikes", "Sderot", "ISR", {}),
    ("Friday's raids came a day after a drone attack on Eilat killed two people.", "raids", "Eilat", "ISR", {}),
])
def test_remention_placed_at_the_deed_it_followed_joins(second: str, trig: str, place: str, cc: str,
                                                        kw: dict[str, Any]) -> None:
    got = _follow(second, trig, place, cc, **kw)
    assert len(got) == 1
    ev = got[0]
    assert ev.event_loc is not None and ev.event_loc.extracted_place == "Gaza"
    assert [r.code for r in ev.recipient] == ["PSE"] and ev.size.dead is None


def test_remention_with_its_own_other_place_stays_apart() -> None:  # guard
    got = _follow("Friday's strikes on Rafah in Egypt followed warnings.", "strikes", "Egypt", "EGY")
    assert len(got) == 2


def test_without_compared_keeps_counts_before_the_cut() -> None:
    from newsevents.coding.merge import _without_compared
    text = "Tuesday's strikes killed six people and came after a rocket attack that killed two."
    ev = made_event(text, 0, text, "strikes", when="2030-06-04", recipient=("two", None, None))
    got = _without_compared(ev)
    assert got.size == Size(6, None, None) or got.size.dead == 6
    assert got.recipient == ()


# --- a deed named by its day, told with other victims and another kind of strike --------------------------------------

_HIT = "A Russian missile hit an apartment block in Dnipro on Saturday, officials said."


def _day_named(second: str, trig: str, when: str = "2030-06-01") -> list[Event]:
    text = _HIT + " " + second
    a = _sub(made_event(text, 0, _HIT, "hit", mode=("heavy-weapons",), when="2030-06-01",
                        actor=("Russian", "RUS", "MIL"), recipient=("apartment block", "UKR", None),
                        loc=location(text, "Dnipro", "UKR")), "Shelling/artillery/missile attack")
    # the victims as the parse may read them, with the attacker's country guessed for them
    b = _sub(made_event(text, 1, second, trig, mode=("aerial",), when=when, recipient=("residents", "RUS", "CVL"),
                        loc=location(text, "Dnipro", "UKR")), "Air/drone strike")
    return merge_duplicates([a, b])


@pytest.mark.parametrize("second, trig", [
    ("Saturday's strike killed seven residents and injured 20, the regional governor said on Sunday.", "killed"),
    ("Saturday's missile strike on the city killed seven residents, the governor said.", "killed"),
])
def test_deed_named_by_its_day_joins_despite_other_victims(second: str, trig: str) -> None:
    got = _day_named(second, trig)
    assert len(got) == 1 and got[0].size.dead == 7


@pytest.mark.parametrize("second, trig, when", [
    # guard: not named by its day
    ("A drone strike killed seven residents, the regional governor said.", "killed", "2030-06-01"),
    # guard: a contrasted deed
    ("Saturday's second strike killed seven residents, the governor said.", "killed", "2030-06-01"),
    # guard: another day's deed
    ("Friday's strike killed seven residents, the governor said.", "killed", "2030-05-31"),
])
def test_day_named_guards(second: str, trig: str, when: str) -> None:
    assert len(_day_named(second, trig, when)) == 2
