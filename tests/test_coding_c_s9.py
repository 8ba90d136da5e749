"""Coder round C11 (session 9): work stoppages named by their phrase stay strikes whatever toll caused them; fights
against diseases or ideas, commemorations of past violence, a war film's release, a forces' aircraft crash and
force in drills stay quiet; a quoted demand that attacks stop is the demand; mob justice is ASSAULT / Mob
violence, not private crime or a protest; a civilian crowd occupying a building protests; armed men driving off
livestock loot. Sentences written for these tests (none is an item of the round's set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c11s9", ner=False)


def _loud(evs: list[Any]) -> bool:
    return any(e.quad_code == 4 for e in evs)


# --- strikes --------------------------------------------------------------------------------------------------------

def test_stoppage_after_a_killing_is_a_strike(nlp: Any, coder: Any) -> None:
    for text in ("Nurses at the district hospital staged a 24-hour strike after a colleague was killed by robbers.",
                 "Taxi drivers in Kumasi went on strike on Monday after one of them was shot dead at a checkpoint."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "PROTEST", (text, evs)
        assert evs[0].acled_sub_event_type == "Peaceful protest", (text, evs)
        assert not any(e.event == "ASSAULT" for e in evs), text


def test_stoppage_phrase_unit(nlp: Any) -> None:
    from newsevents.coding.phrases import labour_strike
    def strike(text: str) -> bool:
        return next(labour_strike(t) for t in nlp(text) if t.lower_ in ("strike", "strikes"))
    assert strike("Bus drivers staged a 48-hour strike after a colleague was killed.")
    assert strike("Teachers called an indefinite strike after two colleagues were killed.")
    # guard: an air strike that killed people is no stoppage
    assert not strike("An Israeli strike killed five people in Gaza City.")
    assert not strike("A drone strike killed two militants near Jilib.")


# --- hard negatives -------------------------------------------------------------------------------------------------

def test_figurative_fights_are_quiet(nlp: Any, coder: Any) -> None:
    for text in ("Health workers are stepping up the fight against tuberculosis in Karamoja with mobile clinics.",
                 "The ministry is stepping up the fight against cholera in the coastal districts.",
                 "The central bank is battling inflation with a fourth rate rise this year."):
        assert not any(e.event == "ASSAULT" for e in _code(nlp, coder, text)), text


def test_figurative_fight_unit() -> None:
    from newsevents.coding.story_guards import is_figurative_fight
    assert is_figurative_fight("Health workers are stepping up the fight against measles in Kasai.")
    # guard: an offensive against armed people is real
    assert not is_figurative_fight("The army stepped up its fight against rebels in Kasai, killing ten.")
    assert not is_figurative_fight("Troops launched an offensive against the insurgents near Palma.")


def test_commemorations_are_quiet(nlp: Any, coder: Any) -> None:
    for text in ("A monument to the villagers killed in the 1994 massacre was unveiled in Nyarubuye.",
                 "Hundreds gathered in Beslan to commemorate the victims of the 2004 school siege."):
        assert not _loud(_code(nlp, coder, text)), text


def test_commemoration_unit() -> None:
    from newsevents.coding.story_guards import is_commemoration
    assert is_commemoration("Survivors laid wreaths in Peshawar to mark ten years since the school attack.")
    # guard: force used today at a commemoration keeps the event
    assert not is_commemoration("Police fired tear gas at mourners marking the anniversary of the massacre.")
    assert not is_commemoration("Gunmen attacked a memorial service for the victims of the 2019 bombing.")


def test_work_release_and_crash_are_quiet(nlp: Any, coder: Any) -> None:
    for text in ("A documentary about the battle for Aleppo premiered at the Venice festival.",
                 "Three crew members were killed when an army helicopter crashed near Quetta during a storm."):
        assert not _loud(_code(nlp, coder, text)), text


def test_crash_guard_unit() -> None:
    from newsevents.coding.story_guards import is_disaster_report
    assert is_disaster_report("Two pilots died when a military training jet crashed near Jessore.")
    # guard: a helicopter brought down by fire is an attack
    assert not is_disaster_report("A military helicopter crashed after rebels shot at it near Bunia.")


def test_scoreline_noun_is_sport(nlp: Any, coder: Any) -> None:
    text = "Esperance's relentless attack tore apart the Simba defence in a 4-0 win on Saturday."
    assert not _loud(_code(nlp, coder, text))


# --- demands --------------------------------------------------------------------------------------------------------

def test_quoted_demand_to_stop_attacks_is_a_request(nlp: Any, coder: Any) -> None:
    for text in ('"We demand that the government stop the air strikes on our towns," the protesters said.',
                 '"We demand that the rebels halt the shelling of the camp," a camp leader told reporters.'):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "REQUEST", (text, evs)
        assert not any(e.event == "ASSAULT" for e in evs), text


def test_reported_stop_is_no_demand(nlp: Any, coder: Any) -> None:
    # guard: a strike that did stop is told, not asked for; the demand rule needs a bare "stop" with an object
    from newsevents.coding.coder import _appealed_act
    doc = nlp("We demand that Russia stop the attacks.")
    assert _appealed_act(next(t for t in doc if t.lower_ == "attacks")) is not None
    doc = nlp("The minister insisted that the attacks had stopped.")
    assert _appealed_act(next(t for t in doc if t.lower_ == "attacks")) is None


# --- crowds ---------------------------------------------------------------------------------------------------------

def test_mob_justice_is_mob_violence(nlp: Any, coder: Any) -> None:
    for text in ("Residents of a suburb of Lubumbashi beat to death a suspected robber on Saturday.",
                 "An angry crowd set ablaze a suspected phone thief at a market in Kisumu."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "ASSAULT", (text, evs)
        assert evs[0].acled_sub_event_type == "Mob violence", (text, evs)


def test_private_robbery_stays_quiet(nlp: Any, coder: Any) -> None:
    # guard: robbers beating their victim name no suspect: still ordinary crime
    assert not any(e.event == "ASSAULT" for e in _code(
        nlp, coder, "Robbers beat a shopkeeper to death during a burglary in Enugu, police said."))


def test_civilian_occupation_is_a_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Laid-off workers occupied the factory in Sfax to demand unpaid wages, the union said.")
    assert evs and evs[0].event == "PROTEST", evs


def test_armed_occupation_is_no_protest(nlp: Any) -> None:
    from newsevents.coding.frames import idiom_protest
    assert idiom_protest(nlp("Rebels occupied the governor's office in Bunia on Tuesday.")) is None


def test_livestock_driven_off_is_looting(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Gunmen raided a hamlet in Sokoto and made away with 150 cows.")) == \
        ("COERCE", "Looting/property destruction")
    # guard: a sale of cattle is no deed
    assert armed_deed(nlp("The herders sold 150 cows at the market in Sokoto.")) is None


# --- aux ------------------------------------------------------------------------------------------------------------

def test_past_perfect_plan_is_not_future(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police said the gang had planned to attack the governor on Friday.")
    assert evs and "future" not in evs[0].aux and "hypothetical" in evs[0].aux, evs


def test_present_plan_stays_future(nlp: Any, coder: Any) -> None:
    # guard: a plan told in the present still announces a future act
    from newsevents.coding.aux import _past_plan
    doc = nlp("The rebels plan to attack the capital next week.")
    assert not _past_plan(next(t for t in doc if t.lemma_ == "plan"))
    doc = nlp("The plotters had planned to attack the palace.")
    assert _past_plan(next(t for t in doc if t.lower_ == "planned"))
