"""Coder round C33 (session 24): a measure against a party called for ("called for sanctions against Nigeria in the
wake of the execution of ...") is a request where the classifier abstains; a crowd's protest act (chaining or gluing
themselves to a place, chanting, blocking) ended "before" the state's forces dragged, carried or dispersed them is
one protest met with force (lethal force: ASSAULT, Excessive force against protesters), and "security forces" is a
force; chaining oneself to a gate is a protest; tyres burned in the street are a violent demonstration, never
looting; sanctions laid by a state are no ACLED strategic development; a crowd throwing stones at police and
burning a police station riots; police "charged at" protesters is force; bans and shutdowns are no protests;
vandalism at a protest is violent; a crowd gathered holding up signs protests; "detained and disappeared" is a
forced disappearance; a headquarters moved is a base established; "both sides" urged are parties; "pushing for"
something is a request; an extended curfew is no concession; a copula with an adjective is no deed. Sentences
written for these tests (none is an item of the round's own set); each rule has a guard and odd or empty input."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.acled_rules import grave_harm, tyres_burned_only
from newsevents.coding.frames import idiom_protest, projectiles_at_force
from newsevents.coding.readings import measure_called_for, tyres_burned

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c33s24", ner=False)


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


def _types(evs: list[Any]) -> list[str]:
    return [e.event for e in evs]


# --- a measure called for is a request ---------------------------------------------------------------------------

def test_sanctions_called_for_after_an_execution_is_a_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The bishop on Sunday called for sanctions against Ghana in the wake of the execution "
                            "of a writer.")
    assert _types(evs) == ["REQUEST"], evs
    assert evs[0].trigger is not None and evs[0].trigger.text == "called", evs


def test_prosecution_called_for_is_a_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "A rights group called for the prosecution of the soldiers involved in the shootings.")
    assert _types(evs) == ["REQUEST"], evs


def test_measure_called_for_finder_and_its_guards(nlp: Any) -> None:
    assert measure_called_for(_doc(nlp, "Lawmakers called for an arms embargo on the junta.")) is not None
    # a call naming no measure, and a call not made
    assert measure_called_for(_doc(nlp, "The minister called the report a lie.")) is None
    assert measure_called_for(_doc(nlp, "The party did not call for sanctions.")) is None
    assert measure_called_for(_doc(nlp, "")) is None


# --- a protest act ended by the state's forces --------------------------------------------------------------------

def test_chained_activists_dragged_away_is_a_protest_met_with_force(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Students chained themselves to the gates of the ministry in Lisbon before riot police "
                            "dragged them away.")
    assert len(evs) == 1, evs
    assert evs[0].acled_sub_event_type == "Protest with intervention", evs
    assert evs[0].trigger is not None and evs[0].trigger.text == "dragged", evs


def test_glued_activists_carried_off_is_a_protest_met_with_force(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Activists glued themselves to a road in Vienna before police carried them away.")
    assert len(evs) == 1 and evs[0].acled_sub_event_type == "Protest with intervention", evs


def test_mourners_dispersed_with_live_fire_is_one_lethal_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Mourners chanted slogans at a cemetery in Sanandaj before security forces dispersed "
                            "them with live fire, killing two.")
    assert len(evs) == 1, evs
    assert evs[0].event == "ASSAULT", evs
    assert evs[0].acled_sub_event_type == "Excessive force against protesters", evs


def test_removal_told_as_cause_is_no_intervention(nlp: Any, coder: Any) -> None:
    # guard: the march answers a clearance of a camp; police removed nobody from the march
    evs = _code(nlp, coder, "Workers marched to the governor's office after police cleared the camp.")
    assert all(e.event != "COERCE" for e in evs), evs


def test_carried_out_is_no_removal(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police carried out raids in the city before dawn, arresting 12 people.")
    assert all(e.acled_sub_event_type != "Protest with intervention" for e in evs), evs


def test_chained_themselves_is_a_protest_idiom(nlp: Any) -> None:
    assert idiom_protest(_doc(nlp, "Farmers chained themselves to the railings of parliament.")) is not None
    # guard: a person tied up by others is no protester, and a force fastening nothing
    assert idiom_protest(_doc(nlp, "The man was tied to a tree and beaten.")) is None
    assert idiom_protest(_doc(nlp, "Soldiers chained themselves to the gate.")) is None
    assert idiom_protest(_doc(nlp, "")) is None


def test_grave_harm_reads_killing_not_tear_gas() -> None:
    assert grave_harm("dispersed them with live fire, killing two")
    assert not grave_harm("dispersed them with tear gas")
    assert not grave_harm("")


# --- tyres burned ------------------------------------------------------------------------------------------------

def test_tyres_burned_with_no_protest_word_is_a_violent_demonstration(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Traders burned tyres outside the market in Aba on Monday.")
    assert _types(evs) == ["PROTEST"], evs
    assert evs[0].acled_sub_event_type == "Violent demonstration", evs


def test_resorted_to_burning_tyres_after_a_killing_is_a_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Residents resorted to burning tyres on the main road after the killing of a local "
                            "teacher.")
    assert _types(evs) == ["PROTEST"], evs
    assert evs[0].acled_sub_event_type == "Violent demonstration", evs


def test_tyres_burned_only_and_its_guards() -> None:
    assert tyres_burned_only("Youths burning tyres blocked the highway.")
    assert tyres_burned_only("Residents burned tyres after the killing of a trader.")
    # other property burned, goods looted, or people hurt: not tyres only
    assert not tyres_burned_only("Rioters burned tyres and torched cars.")
    assert not tyres_burned_only("Youths burned tyres and looted shops.")
    assert not tyres_burned_only("Protesters burned tyres and two people were killed.")
    assert not tyres_burned_only("Tyre prices rose.")
    assert not tyres_burned_only("")


def test_tyres_burned_reading_and_its_guards(nlp: Any) -> None:
    assert tyres_burned(_doc(nlp, "Drivers burned tyres on the bridge.")) is not None
    assert tyres_burned(_doc(nlp, "Drivers did not burn tyres.")) is None
    assert tyres_burned(_doc(nlp, "The factory recycles tyres.")) is None
    assert tyres_burned(_doc(nlp, "")) is None


# --- sanctions are no strategic development -----------------------------------------------------------------------

def test_sanctions_on_gang_leaders_have_no_acled_sub_type(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Canada imposed sanctions on three Haitian gang leaders on Thursday.")
    assert _types(evs) == ["SANCTION"], evs
    assert evs[0].acled_sub_event_type is None, evs


# --- a crowd throwing stones at police -----------------------------------------------------------------------------

def test_stones_at_police_and_a_burned_police_station_is_a_riot(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Youths threw stones at police and set fire to a police station in Kolda on Friday.")
    assert evs and evs[0].event == "PROTEST", evs
    assert evs[0].acled_sub_event_type == "Violent demonstration", evs


def test_projectiles_at_force_finder_and_its_guards(nlp: Any) -> None:
    assert projectiles_at_force(_doc(nlp, "Protesters threw stones at soldiers.")) is not None
    # stones thrown at a building, and a throwing of nothing
    assert projectiles_at_force(_doc(nlp, "Protesters threw eggs at the parliament building.")) is None
    assert projectiles_at_force(_doc(nlp, "The pitcher threw the ball.")) is None
    assert projectiles_at_force(_doc(nlp, "")) is None


# --- a charge that is a rush at people -----------------------------------------------------------------------------

def test_police_charging_at_protesters_is_force_not_an_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police charged at protesters with batons in Mombasa.")
    assert evs and evs[0].event == "ASSAULT", evs
    assert all(e.event != "ACCUSE" for e in evs), evs


def test_physical_charge_and_its_guards(nlp: Any) -> None:
    from newsevents.coding.phrases import physical_charge

    def verb(text: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.lemma_ == "charge")
    assert physical_charge(verb("Riot police charged into the crowd."))
    assert physical_charge(verb("Police charged the marchers with batons."))
    # a legal charge
    assert not physical_charge(verb("Prosecutors charged him with murder."))
    assert not physical_charge(verb("Police charged the suspects with robbery."))


# --- bans and shutdowns are no protests ----------------------------------------------------------------------------

def test_a_ban_on_rallies_is_no_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Authorities in Lusaka banned all opposition rallies on Friday.")
    assert evs and evs[0].event == "COERCE", evs
    assert evs[0].acled_sub_event_type not in ("Peaceful protest", "Protest with intervention",
                                               "Violent demonstration"), evs


def test_internet_cut_ahead_of_a_strike_is_no_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Authorities cut internet access across the region ahead of a planned general strike.")
    assert all(e.acled_sub_event_type not in ("Peaceful protest", "Protest with intervention") for e in evs), evs


def test_paint_daubed_in_a_protest_is_a_violent_demonstration(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Activists daubed red paint on the offices of the transport ministry in Paris during a "
                            "climate protest.")
    assert evs and evs[0].event == "PROTEST", evs
    assert evs[0].acled_sub_event_type == "Violent demonstration", evs


def test_a_peaceful_march_stays_peaceful(nlp: Any, coder: Any) -> None:
    # guard: no vandalism told
    evs = _code(nlp, coder, "Thousands of people marched through Lisbon on Saturday to demand higher wages.")
    assert evs and evs[0].acled_sub_event_type == "Peaceful protest", evs


# --- a gathered crowd holding up protest signs --------------------------------------------------------------------

def test_relatives_gathered_holding_pictures_is_a_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Dozens of relatives of missing people gathered in front of the governor's office in "
                            "Culiacan, holding pictures of their loved ones.")
    assert _types(evs) == ["PROTEST"], evs


def test_signs_held_and_its_guards(nlp: Any) -> None:
    from newsevents.coding.frames import crowd_rally, signs_held
    doc = _doc(nlp, "About 100 people gathered outside the court holding placards.")
    rally = crowd_rally(doc)
    assert rally is not None and signs_held(rally) is not None
    # people gathered holding nothing of a protest
    doc = _doc(nlp, "Hundreds of people gathered outside the stadium holding tickets.")
    assert crowd_rally(doc) is None


# --- forced disappearance --------------------------------------------------------------------------------------------

def test_detained_and_disappeared_is_a_forced_disappearance(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police detained and disappeared a student leader in Chittagong, rights groups said.")
    assert evs and evs[0].event == "ASSAULT", evs
    assert evs[0].acled_sub_event_type == "Abduction/forced disappearance", evs


def test_a_prisoner_who_later_disappeared_is_still_an_arrest(nlp: Any, coder: Any) -> None:
    # guard: the arrested man vanished later, told in a relative clause; the arrest is what the sentence tells
    evs = _code(nlp, coder, "Soldiers arrested the journalist, who disappeared two weeks later.")
    assert evs and evs[0].event == "COERCE" and evs[0].acled_sub_event_type == "Arrests", evs


# --- a base moved ---------------------------------------------------------------------------------------------------

def test_headquarters_moved_to_a_town_is_a_base_established(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The jihadist group moved its headquarters to the town of Menaka after the army "
                            "withdrew.")
    assert evs and evs[0].acled_sub_event_type == "Headquarters or base established", evs


# --- the sides of a conflict urged -----------------------------------------------------------------------------------

def test_both_sides_urged_is_a_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The United Nations urged both sides to allow humanitarian access to Kadugli.")
    assert _types(evs) == ["REQUEST"], evs


def test_players_urged_is_no_request(nlp: Any, coder: Any) -> None:
    # guard: a coach's own players are no sides of a conflict
    evs = _code(nlp, coder, "The coach urged his players to stay calm.")
    assert evs == [], evs


# --- a copula with an adjective is no deed ---------------------------------------------------------------------------

def test_critics_judging_a_response_is_no_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Critics say the government's response to the protests has been heavy-handed.")
    assert evs == [], evs


def test_judged_quality_and_its_guards(nlp: Any) -> None:
    from newsevents.coding.nonevents import judged_quality

    def be(text: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.lemma_ == "be")
    assert judged_quality(be("The commanders were present during the visit.")) is not None
    # "be" in talks, and a verb that is no copula
    assert judged_quality(be("Ethiopia is in talks with Eritrea.")) is None
    assert judged_quality(next(iter(_doc(nlp, "Troops shelled the town.")))) is None


# --- pressing for something, and restrictions prolonged -------------------------------------------------------------

def test_pushing_for_a_ceasefire_is_a_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The UN is pushing hard for a humanitarian ceasefire between the army and the rebels.")
    assert evs and evs[0].event == "REQUEST", evs


def test_pushed_for_and_its_guards(nlp: Any) -> None:
    from newsevents.coding.phrases import _pushed_for

    def verb(text: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.pos_ == "VERB")
    assert _pushed_for(verb("Egypt lobbied for talks."))
    # pushed back, and a push with nothing asked
    assert not _pushed_for(verb("Troops pushed the rebels back."))
    assert not _pushed_for(verb("Protesters pushed through the cordon."))


def test_an_extended_curfew_is_no_concession(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The government extended the nightly curfew in the capital by two weeks.")
    assert evs and evs[0].event == "COERCE", evs


def test_a_lifted_curfew_stays_a_concession(nlp: Any, coder: Any) -> None:
    # guard: lifting is the manual's CONCEDE
    evs = _code(nlp, coder, "The government lifted the nightly curfew in the capital on Monday.")
    assert evs and evs[0].event == "CONCEDE", evs


def test_is_prolonged_restriction_and_its_guards(nlp: Any) -> None:
    from newsevents.coding.frames import is_prolonged_restriction

    def root(text: str) -> Any:
        return next(t for t in _doc(nlp, text) if t.dep_ == "ROOT")
    assert is_prolonged_restriction(root("The junta renewed the ban on rallies."))
    assert not is_prolonged_restriction(root("The bank extended the loan."))
    assert not is_prolonged_restriction(root("The government did not extend the curfew."))
