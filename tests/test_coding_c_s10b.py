"""Coder round C16 (session 10, wave 2): CAMEO-style news sentences that held an event but got none, or a wrong
one. A meal had or hosted with a named party or an office holder is a meeting (CONSULT); a yielding act sworn off
or refused with will/would ("vowed not to lift", "would not call off") is a refusal (REJECT), also where the
classifier abstains; relief goods handed or distributed to people are AID, also in a disaster; no word describing
a party of the first event ("Striking dockworkers said ...") is a second event;
words of sympathy sent are no aid; a visitor welcomed is hosted (CONSULT visit). Sentences written for these
tests (none is an item of the round's set or of the CAMEO sets); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c16s10", ner=False)


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in _events(nlp, coder, text)]


def _span(text: str, ents: Any) -> list[str]:
    return [text[e.start:e.end] for e in ents]


# --- meals with a party are meetings -----------------------------------------------------------------------------

def test_meal_with_a_leader_is_a_meeting(nlp: Any, coder: Any) -> None:
    for text, recipient in (
            ("The Belgian king had lunch with the Rwandan president at the palace in Laeken.", "Rwandan president"),
            ("The Senegalese president had a working breakfast with IMF officials in Dakar on Friday.",
             "IMF officials")):
        evs = _events(nlp, coder, text)
        assert evs and evs[0].event == "CONSULT", text
        assert any(recipient in r for r in _span(text, evs[0].recipient)), text


def test_private_meal_is_no_event(nlp: Any, coder: Any) -> None:
    # guard: a meal with family or friends meets no party
    for text in ("The ambassador had dinner with his family in Rome.",
                 "She had lunch with friends at a cafe in Oslo."):
        assert _types(nlp, coder, text) == [], text


def test_meal_reading_unit(nlp: Any) -> None:
    from newsevents.coding.readings import meal_held
    assert meal_held(nlp("Later, in Lisbon, where she had lunch with Prime Minister Luis Montenegro, she spoke."))
    # guards: a planned or a negated meal is no meeting that took place
    assert meal_held(nlp("The president will have dinner with the emir next week.")) is None
    assert meal_held(nlp("The minister did not have lunch with the envoy.")) is None


# --- a yielding act sworn off is a refusal ------------------------------------------------------------------------

def test_vowed_not_to_yield_is_a_refusal(nlp: Any, coder: Any) -> None:
    for text in ("Farmers vowed not to lift their blockade of the motorway.",
                 "The junta vowed not to release the detained ministers."):
        types = _types(nlp, coder, text)
        assert types and types[0] == "REJECT", (text, types)


def test_vow_to_yield_stays(nlp: Any, coder: Any) -> None:
    # guard: a vow to yield is no refusal; a vow not to do a non-yielding act is no refusal either
    assert "REJECT" not in _types(nlp, coder, "The rebels pledged to hand over their weapons to the government.")
    assert "REJECT" not in _types(nlp, coder, "The minister promised not to raise taxes.")


# --- relief goods handed to people are aid ------------------------------------------------------------------------

def test_relief_handed_out_in_a_disaster_is_aid(nlp: Any, coder: Any) -> None:
    for text, actor in (
            ("The World Food Programme distributed maize to 20,000 people hit by drought in southern Madagascar.",
             "World Food Programme"),
            ("Volunteers handed out water and blankets to families left homeless by the earthquake in Herat.",
             "Volunteers")):
        evs = _events(nlp, coder, text)
        assert evs and evs[0].event == "AID", text
        assert any(actor in a for a in _span(text, evs[0].actor)), text


def test_aid_considered_or_planned_stays_quiet(nlp: Any, coder: Any) -> None:
    # guards: aid being considered, or an appeal for aid, hands nothing over (PLOVER drops appeals)
    from newsevents.coding.readings import aid_handed
    p = nlp
    assert aid_handed(p("The government is considering sending aid to the flooded provinces.")) is None
    assert aid_handed(p("The agency will deliver food to flood victims next week.")) is None
    assert aid_handed(p("The cyclone destroyed food stocks and left 40,000 people without shelter.")) is None
    assert aid_handed(p("The charity distributed rice to 3,000 displaced families.")) is not None


# --- strikers are no second event ---------------------------------------------------------------------------------

def test_striking_workers_give_no_attack(nlp: Any, coder: Any) -> None:
    text = "Striking dockworkers in Mombasa said they would not end their strike until wages were paid."
    types = _types(nlp, coder, text)
    assert "ASSAULT" not in types and len(types) == 1, types


def test_strikers_keep_the_attack_on_them(nlp: Any, coder: Any) -> None:
    # guard: force used on striking workers is still the police's act
    assert "ASSAULT" in _types(nlp, coder, "Police fired tear gas at striking miners near Rustenburg.")


def test_refusal_to_call_off_is_coded(nlp: Any, coder: Any) -> None:
    types = _types(nlp, coder, "Union leaders said they would not call off the walkout.")
    assert types and types[0] == "REJECT", types


def test_refusal_reading_unit(nlp: Any) -> None:
    from newsevents.coding.readings import yielding_refused
    assert yielding_refused(nlp("The dockers said they would not call off their boycott of the port.")) is not None
    # guards: declining to comment refuses no yielding act; a strike called off is no refusal
    assert yielding_refused(nlp("The spokesman declined to comment on the talks.")) is None
    assert yielding_refused(nlp("The union called off the strike on Monday.")) is None
    # guard: a stance ("would not tolerate") names no yielding act refused
    assert yielding_refused(nlp("The mayor said the city would not tolerate looting.")) is None


# --- words of sympathy sent are no aid ----------------------------------------------------------------------------

def test_sympathy_sent_is_no_aid(nlp: Any, coder: Any) -> None:
    text = "The Bhutanese king sent his deep sympathy to the Nepali government and people after the landslide."
    assert "AID" not in _types(nlp, coder, text)


def test_goods_sent_stay_aid(nlp: Any, coder: Any) -> None:
    # guard: goods sent are aid
    assert "AID" in _types(nlp, coder, "The Kuwaiti government sent 60 tonnes of medical supplies to Sudan.")


# --- a visitor welcomed is hosted -----------------------------------------------------------------------------------

def test_visitor_welcomed_is_hosted(nlp: Any, coder: Any) -> None:
    text = "The Ugandan president welcomed the Burundian foreign minister at State House in Entebbe."
    evs = _events(nlp, coder, text)
    assert evs and evs[0].event == "CONSULT" and "visit" in evs[0].mode, [(e.event, e.mode) for e in evs]


def test_decision_welcomed_stays_support(nlp: Any, coder: Any) -> None:
    # guard: a decision or a statement welcomed is praise
    for text in ("The Ugandan president welcomed the Burundian government's decision to reopen the border.",
                 "The Chadian president welcomed the ceasefire agreement."):
        assert _types(nlp, coder, text)[:1] == ["SUPPORT"], text
