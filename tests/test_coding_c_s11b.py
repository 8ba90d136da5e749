"""Coder round C19 (session 11, wave 2): dates beside re-mentions, the lead's decisions on C18's questions and routed
items.

- A verb the parser joins to a dated participle ("Sons of the herders massacred ... in April 2024 marched ... on
  Tuesday") keeps its own current time: not historical; the participle is the re-mention (issue 3 item 5).
- A re-mentioned seizure with no armed doer, no people taken, no town or base taken and no fight named is COERCE
  seize; ground taken by an armed party stays an ASSAULT (lead, session 11).
- Drones or missiles shot down or intercepted are ACLED "Disrupted weapons use" (an attack prevented); a piloted
  aircraft shot down is not (lead, session 11).
- No event: a crime named as a charge through a gerund ("charges of resisting arrest"), an act named as the content
  of a plan spoken about ("over a plan to merge"), money released (no CONCEDE), a blaze described ("the fire
  spread over two hectares").
- An event: a passive deed in an "after" clause ("after a warehouse was ransacked"); joint exercises with another
  state are COOPERATE, not AGREE. An air strike and a ground clash are two events (merge).
Sentences written for these tests (none is an item of the round's set); each rule has a guard."""
from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.frames import seizure_without_fight
from newsevents.coding.merge import same_event
from newsevents.coding.nonevents import non_event_reason

spacy = pytest.importorskip("spacy")

_DWU = "Disrupted weapons use"


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c19s11", ner=False)


def _on(events: list[Any], word: str) -> list[Any]:
    return [e for e in events if e.trigger is not None and e.trigger.text == word]


# --- dates beside re-mentions ------------------------------------------------------------------------------------

def test_joined_verb_with_its_own_day_is_not_historical(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Sons of the herders massacred near Bokkos in April 2024 marched in Jos on Tuesday.")
    march = _on(evs, "marched")
    assert march and march[0].event == "PROTEST" and "historical" not in march[0].aux
    old = _on(evs, "massacred")
    assert old and old[0].event == "ASSAULT" and "historical" in old[0].aux


def test_joined_verb_without_a_time_of_its_own_keeps_the_head_time(nlp: Any, coder: Any) -> None:
    # guard: "invaded and annexed" share their date; the joined verb has no current time of its own
    evs = _events(nlp, coder, "Iraqi troops invaded Kuwait in August 1990 and annexed it.")
    assert evs and all("historical" in e.aux for e in evs)


# --- re-mentioned seizures ---------------------------------------------------------------------------------------

def test_rementioned_seizure_with_no_fight_is_coercion(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The oil platform, which Vietnam seized in 1988, now hosts a weather station.")
    old = _on(evs, "seized")
    assert old and old[0].event == "COERCE" and "historical" in old[0].aux


@pytest.mark.parametrize("text, seizure", [
    ("The oil platform, which Vietnam seized in 1988, now hosts a weather station.", True),
    ("The airfield, which rebels seized in May 2022, now hosts a weather station.", False),  # an armed doer
    ("The tanker, seized by Iran in April 2024 after a gunfight, left port on Monday.", False),  # a fight named
    ("The aid workers, who gunmen seized in March 2023, were freed on Monday.", False),  # people taken
    ("Kigali denies backing the FDLR, which seized the border town of Goma in May 2012, officials said.", False),
])
def test_seizure_without_fight(nlp: Any, text: str, seizure: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == "seized")
    assert seizure_without_fight(verb) is seizure


# --- weapons brought down ----------------------------------------------------------------------------------------

def test_drones_shot_down_are_disrupted_weapons_use(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Polish air defences shot down three drones over Lublin on Monday.")
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == _DWU


def test_missile_intercepted_is_disrupted_weapons_use(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Qatari air defences intercepted a ballistic missile over Doha on Monday.")
    assert evs and evs[0].acled_sub_event_type == _DWU


def test_piloted_aircraft_shot_down_is_no_prevented_attack(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Rebels shot down an army helicopter near Kismayo on Friday, killing its crew.")
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type != _DWU


# --- no events ---------------------------------------------------------------------------------------------------

def test_crime_named_as_a_charge_through_a_gerund_is_no_arrest(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The driver, 25, faces charges of resisting arrest and dangerous driving.")
    assert not any(e.event == "COERCE" for e in evs)


def test_arrest_of_protesters_stays(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Soldiers arrested 12 protesters in Bamako on Monday.")
    assert evs and evs[0].event == "COERCE"


def _reason(nlp: Any, coder: Any, text: str, word: str, event: str) -> str | None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return non_event_reason(event, tok, doc, text, coder.lexicon)


def test_act_inside_a_plan_spoken_about_is_no_event(nlp: Any, coder: Any) -> None:
    text = "The two armies fell out in 2023 over a plan to merge their forces."
    assert _reason(nlp, coder, text, "merge", "MOBILIZE") is not None


def test_act_agreed_to_is_not_read_as_a_plan(nlp: Any, coder: Any) -> None:
    text = "The two armies agreed on Monday to merge their forces."
    assert _reason(nlp, coder, text, "merge", "MOBILIZE") is None


def test_blaze_described_is_no_attack(nlp: Any, coder: Any) -> None:
    text = "Officials said the fire spread over two hectares of scrubland before dawn."
    assert _reason(nlp, coder, text, "fire", "ASSAULT") is not None


def test_fire_opened_stays_an_attack_word(nlp: Any, coder: Any) -> None:
    text = "Gunmen opened fire on a bus near Garissa on Monday."
    assert _reason(nlp, coder, text, "fire", "ASSAULT") is None


def test_money_released_is_no_concession(nlp: Any, coder: Any) -> None:
    text = "The cabinet said it would release 2 billion naira for flood relief."
    assert _reason(nlp, coder, text, "release", "CONCEDE") is not None


def test_prisoners_released_stay_a_concession(nlp: Any, coder: Any) -> None:
    text = "The junta released 30 political prisoners on Monday."
    assert _reason(nlp, coder, text, "released", "CONCEDE") is None


# --- events ------------------------------------------------------------------------------------------------------

def test_passive_deed_in_an_after_clause_is_an_event(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Aid agencies pulled out of Kutum after a warehouse was ransacked by gunmen on Monday.")
    assert any(e.event == "ASSAULT" for e in evs)


def test_joint_exercises_are_cooperation(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Egypt and Sudan will hold joint air force exercises near Merowe next month.")
    assert evs and evs[0].event == "COOPERATE"  # (the pipeline adds "future" from the date ahead)
    evs = _events(nlp, coder, "Japan and Vietnam will hold joint naval drills with India next month.")
    assert evs and evs[0].event == "COOPERATE"


def test_one_navy_exercise_is_no_cooperation(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "The Greek navy will hold drills off Crete next week.")
    assert not any(e.event == "COOPERATE" for e in evs)


def test_air_strike_and_ground_clash_stay_two_events(nlp: Any, coder: Any) -> None:
    evs = _events(nlp, coder, "Malian soldiers attacked a jihadist camp near Gao on Sunday.")
    assert evs and any(a.code for a in evs[0].actor)  # (the clash names a coded party of its own)
    clash = dataclasses.replace(evs[0], acled_sub_event_type="Armed clash", mode=())
    strike = dataclasses.replace(evs[0], acled_sub_event_type="Air/drone strike", mode=("aerial",), actor=())
    assert not same_event(clash, strike)
    assert same_event(clash, dataclasses.replace(evs[0], acled_sub_event_type="Armed clash"))
    # a clash with no coded party of its own is a re-reading of the strike: one event
    assert same_event(dataclasses.replace(clash, actor=()), strike)
