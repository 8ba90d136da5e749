"""Coder round C29 (session 20): rules that read the text where the refit heads sit on an edge (a work stoppage held,
cooperation promised, an inquiry called for, settlers' arson), a diplomat's title is no charge, a crowd's blockade
is a protest, flares fired for light and crowds that dispersed of themselves are no force, killings by blades are
attacks, ships harassed at sea are coerced, civilians targeted are attacked (no armed clash), property burned is no
change to a group. Sentences written for these tests (none is an item of the round's own set); each rule has a
guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_in_story, code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c29s20", ner=False)


def _types(evs: list[Any]) -> list[str]:
    return [e.event for e in evs]


# --- readings that no longer lean on a probability edge ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cleaners at the city council staged a 48-hour strike after a colleague was stabbed by robbers.",
    "Bakery workers staged a one-day strike after a delivery driver was killed by thieves.",
    "Security guards at the main hospital staged a 24-hour strike after a colleague was killed by robbers.",
])
def test_a_stoppage_held_after_a_crime_is_a_strike(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "PROTEST" and evs[0].acled_sub_event_type == "Peaceful protest", evs


def test_a_stoppage_unit(nlp: Any) -> None:
    from newsevents.coding.readings import stoppage_staged
    with nlp.select_pipes(disable=["ner"]):
        assert stoppage_staged(nlp("Porters staged a 24-hour strike on Monday.")) is not None
        # guards: a strike only called, or a military strike, is no stoppage held
        assert stoppage_staged(nlp("The union called a 24-hour strike for next week.")) is None
        assert stoppage_staged(nlp("Jets carried out an air strike on the depot.")) is None
        assert stoppage_staged(nlp("")) is None


@pytest.mark.parametrize("text", [
    "The governor said he would cooperate fully with the parliamentary investigation.",
    "The mining company pledged to cooperate with the probe into the collapse.",
    "The new governor said she would cooperate fully with the senate inquiry.",
])
def test_cooperation_promised_is_agreement(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "AGREE", evs


def test_cooperation_refused_is_no_agreement(nlp: Any) -> None:
    from newsevents.coding.readings import cooperation_promised
    with nlp.select_pipes(disable=["ner"]):
        assert cooperation_promised(nlp("The governor said he would not cooperate with the inquiry.")) is None
        assert cooperation_promised(nlp("The firms cooperated on the design.")) is None


@pytest.mark.parametrize("text", [
    "Church leaders called for an independent investigation into the killings in Masisi.",
    "Lawyers demanded an inquiry into the deaths of three detainees.",
    "Families of the victims called for an independent inquiry into the shootings in Kasese.",
])
def test_inquiry_called_for_is_request(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert any(e.event == "REQUEST" for e in evs), evs


def test_inquiry_unit_guard(nlp: Any) -> None:
    from newsevents.coding.readings import inquiry_called_for
    with nlp.select_pipes(disable=["ner"]):
        assert inquiry_called_for(nlp("The opposition did not call for an inquiry.")) is None
        assert inquiry_called_for(nlp("Police opened an investigation into the fire.")) is None


def test_settlers_burning_vehicles_destroy_property(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Settlers set fire to three cars and a barn in the village of Sinjil on Sunday.")
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Looting/property destruction"


def test_protesters_burning_tyres_stay_a_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Protesters burned tyres on the main road into Dakar on Tuesday.")
    assert evs and evs[0].event == "PROTEST", evs


# --- a diplomat's title ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya gave the Somali charge d'affaires 72 hours to leave Nairobi on Friday.",
    "Peru ordered the Bolivian charge d'affaires to leave the country within 24 hours.",
    "Chile ordered the Venezuelan charge d'affaires to leave within 72 hours on Monday.",
])
def test_charge_d_affaires_is_no_charge(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "SANCTION" and "expel" in evs[0].mode, evs
    assert "ACCUSE" not in _types(evs), evs


def test_a_legal_charge_stays(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Prosecutors charged the former governor of Sonora with fraud on Thursday.")
    assert evs and evs[0].event == "ACCUSE", evs


# --- crowds blocking roads ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Villagers blocked the road to the quarry near Huaraz for a second day on Friday.",
    "They blocked the road to the ministry for three hours.",
])
def test_a_crowd_blocking_a_road_protests(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "PROTEST", evs
    assert not {"SANCTION", "COERCE"} & set(_types(evs)), evs


def test_a_state_blocking_a_crossing_restricts(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Egypt blocked the Rafah crossing on Monday.")
    assert evs and evs[0].event == "COERCE", evs


def test_a_crowd_that_dispersed_of_itself_met_no_force(nlp: Any, coder: Any) -> None:
    for text in ("Nurses blocked the road to the hospital for two hours but dispersed peacefully.",
                 "Hundreds of fishermen marched to the port authority and later dispersed peacefully."):
        evs = _code(nlp, coder, text)
        assert evs and evs[0].event == "PROTEST", (text, evs)
        assert evs[0].acled_sub_event_type == "Peaceful protest", (text, evs)
        assert "COERCE" not in _types(evs), (text, evs)


def test_a_crowd_dispersed_by_force_keeps_the_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police dispersed the marchers with tear gas in Conakry on Monday.")
    assert evs and any(e.acled_sub_event_type in ("Protest with intervention", "Excessive force against protesters")
                       for e in evs), evs


# --- flares, blades, ships ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Troops fired flares to light up the valley below the outpost.",
    "The army launched illumination flares over the airfield on Saturday night.",
    "Soldiers fired flares to light up the road near the camp.",
])
def test_flares_for_light_are_no_event(nlp: Any, coder: Any, text: str) -> None:
    assert _code(nlp, coder, text) == []


def test_flares_with_weapons_or_at_a_ship_stay(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Troops fired flares and rockets at gunmen attacking the camp near Menaka.")
    assert evs and evs[0].event == "ASSAULT", evs
    evs = _code(nlp, coder, "A navy ship fired flares at a Vietnamese fishing boat near the Spratlys.")
    assert evs and evs[0].event == "COERCE", evs


@pytest.mark.parametrize("text", [
    "The raiders had hacked four traders to death near Bama.",
    "Gunmen slit the throats of three farmers near Gwoza on Sunday.",
    "The attackers had cut the throats of two herders.",
])
def test_killing_by_blades_is_an_attack(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Attack", evs
    assert "COERCE" not in _types(evs), evs
    assert evs[0].trigger.text.lower() not in ("raiders", "gunmen"), evs[0].trigger


def test_computer_hacking_stays(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Hackers hacked the email accounts of three senators.")
    assert "ASSAULT" not in _types(evs), evs


@pytest.mark.parametrize("text", [
    "Chinese coast guard ships harassed a Malaysian fishing boat near Luconia Shoals on Monday.",
    "Iranian patrol boats harassed a Panamanian tanker near Bandar Abbas on Friday.",
    "Russian warships shadowed a Danish survey vessel in the Baltic Sea.",
])
def test_ships_harassing_ships_coerce(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "COERCE", evs
    assert not {"MOBILIZE", "AID"} & set(_types(evs)), evs


def test_harassed_ships_pass_the_screen() -> None:
    from newsevents.coding.detect import is_candidate
    assert is_candidate("Turkish coast guard ships harassed a Cypriot fishing boat off Paphos.")
    assert is_candidate("Warships shadowed a Norwegian research vessel.")


def test_a_deployment_stays_a_deployment(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The navy deployed two warships to the Gulf of Aden on Monday.")
    assert evs and evs[0].event == "MOBILIZE", evs


# --- ACLED: civilians targeted, property burned --------------------------------------------------------------------

def test_a_family_targeted_on_a_date_is_an_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Armed militants targeted the family of a village guard on suspicion that they were "
                            "informers on August 3.")
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Attack", evs


def test_a_fight_with_the_family_guard_stays_a_clash(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Militants exchanged fire with soldiers guarding the family of a minister on Monday.")
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Armed clash", evs


def test_burned_machines_in_a_story_are_property_destruction(nlp: Any, coder: Any) -> None:
    story = ("Suspected Maoist cadres set ablaze two trucks at a road construction site near Latehar on Monday. "
             "The drivers had gone to eat and when they came back they saw the trucks were set on fire, police said.")
    sentence = ("The drivers had gone to eat and when they came back they saw the trucks were set on fire, police "
                "said.")
    evs = code_in_story(nlp, coder, story, sentence)
    assert all(e.acled_sub_event_type != "Change to group/activity" for e in evs), evs


# --- units on the rules the classifier's reading decides whether a sentence reaches ---------------------------------

def _verb(nlp: Any, text: str, lemma: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    return next(t for t in doc if t.lemma_.lower() == lemma)


def test_a_crowd_blockade_read_as_a_restriction_is_recoded(nlp: Any) -> None:
    from newsevents.coding.coder import recode
    from newsevents.records import Entity
    villagers = (Entity("Villagers", 0, 9, None, "CVL", None),)
    tok = _verb(nlp, "Villagers blocked the road to the quarry for a third day.", "block")
    assert recode("COERCE", tok, tok.doc.text, villagers, ()) == ("PROTEST", ("obstruct",))
    egypt = (Entity("Egypt", 0, 5, "EGY", "GOV", None),)
    tok = _verb(nlp, "Egypt blocked the Rafah crossing on Monday.", "block")
    assert recode("COERCE", tok, tok.doc.text, egypt, ()) != ("PROTEST", ("obstruct",))


def test_burning_read_as_a_peaceful_protest_is_property_destruction() -> None:
    from newsevents.coding.acled_rules import acled_consistent_type
    text = "Settlers set fire to cars and homes in the village of Qaryut on Friday."
    assert acled_consistent_type("PROTEST", "Peaceful protest", text) == ("ASSAULT", "Looting/property destruction")
    # guards: protest symbols burned, a blockade
    assert acled_consistent_type("PROTEST", "Peaceful protest", "Villagers burned effigies of the mayor.") is None
    assert acled_consistent_type("PROTEST", "Peaceful protest", "Farmers blocked the road, burning tyres.") is None


def test_a_family_targeted_on_suspicion_is_unarmed(nlp: Any) -> None:
    from newsevents.coding.acled_rules import unarmed_target
    tok = _verb(nlp, "Militants targeted the family of a shopkeeper on suspicion that they were police informers.",
                "target")
    assert unarmed_target(tok)
    tok = _verb(nlp, "Militants attacked a police post on Monday.", "attack")
    assert not unarmed_target(tok)


def test_burning_is_no_change_to_a_group(nlp: Any) -> None:
    from newsevents.coding.acled_rules import acled_by_mode
    text = "When they returned they saw the machines were set on fire."
    tok = _verb(nlp, text, "set")
    assert acled_by_mode("ASSAULT", (), "Change to group/activity", (), text, tok) == "Looting/property destruction"
    text = "The fighters handed over their weapons and burned their uniforms."
    tok = _verb(nlp, text, "hand")
    assert acled_by_mode("ASSAULT", (), "Change to group/activity", (), text, tok) == "Change to group/activity"
