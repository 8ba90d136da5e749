"""Coder round C30 (session 21): arrests by the state's forces told with their own place or day are arrests
whatever the crime; a force storming a place to arrest is the arrest's raid; an official's note that there were no
casualties is no attack; effigies burned are a protest; forecasts of a risk are no threat; a counter-attack is a
fight of two armed sides; gangs storming a town are attackers (no protest, no takeover without a hold told); police
clashing with a crowd of a trade is one violent demonstration; people harassed at sea are coerced as their boats
are; cooperation promised by its noun is an agreement; a ruler dismissing a state official is a SANCTION; an
occupation ended "until police removed them" or "occupiers were driven out by police" is a protest met with force.
Sentences written for these tests (none is an item of the round's own set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c30s21", ner=False)


def _types(evs: list[Any]) -> list[str]:
    return [e.event for e in evs]


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


# --- arrests ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police arrested a mechanic, who had strangled his landlord in Enugu, in Owerri on Wednesday.",
    "Tanzanian police arrested four men in Moshi on Saturday after a robbery at a mobile money shop.",
    "Later that night, police had arrested three youths over a burglary in the same village.",
])
def test_a_forces_arrest_with_its_own_place_or_day_is_an_arrest(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert any(e.event == "COERCE" and "arrest" in e.mode for e in evs), evs
    assert "ASSAULT" not in _types(evs), evs  # the crime itself stays no conflict event


def test_an_arrest_closing_a_crime_report_stays_quiet(nlp: Any, coder: Any) -> None:
    # guard (round C15): the arrest told only as the close of a private crime, with no place or day of its own
    evs = _code(nlp, coder, "Police detained a 30-year-old on suspicion of murder after a woman was stabbed at a bar.")
    assert not any(t in ("COERCE", "ASSAULT") for t in _types(evs)), evs


def test_state_arrest_unit(nlp: Any) -> None:
    from newsevents.coding.readings import state_arrest_told
    assert state_arrest_told(_doc(nlp, "Detectives arrested a cashier in Arusha on Monday.")) is not None
    # guards: a passive arrest names no force; robbers are no force; a negated arrest is none
    assert state_arrest_told(_doc(nlp, "A cashier was arrested in Arusha on Monday.")) is None
    assert state_arrest_told(_doc(nlp, "Robbers detained the guards in Arusha on Monday.")) is None
    assert state_arrest_told(_doc(nlp, "Police did not arrest anyone in Arusha on Monday.")) is None
    assert state_arrest_told(_doc(nlp, "")) is None


@pytest.mark.parametrize("text", [
    "Kenyan police stormed a house in Mombasa and arrested six suspected extortionists.",
    "Soldiers stormed a camp near Gao and arrested four suspected jihadists.",
])
def test_a_forces_storming_to_arrest_is_one_arrest(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert _types(evs) == ["COERCE"] and "arrest" in evs[0].mode, evs
    assert evs[0].acled_sub_event_type == "Arrests", evs


def test_a_storming_with_killings_stays_an_attack(nlp: Any, coder: Any) -> None:
    # guard: harm told beside the storming keeps the attack
    evs = _code(nlp, coder, "Soldiers stormed a camp near Gao, killed three jihadists and arrested two others.")
    assert "ASSAULT" in _types(evs), evs


# --- no harm, effigies, warnings ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The governor of Bryansk said there were no casualties.",
    "A spokesman for the regional police said there were no injuries.",
])
def test_no_casualties_said_is_no_attack(nlp: Any, coder: Any, text: str) -> None:
    assert "ASSAULT" not in _types(_code(nlp, coder, text))


def test_no_harm_existential_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import no_harm_reported
    doc = _doc(nlp, "The mayor said there were no casualties.")
    assert no_harm_reported(next(t for t in doc if t.lower_ == "casualties")) is not None
    # guard: casualties told are no note of no harm
    doc = _doc(nlp, "The mayor said there were many casualties.")
    assert no_harm_reported(next(t for t in doc if t.lower_ == "casualties")) is None


@pytest.mark.parametrize("text", [
    "Farmers burned effigies of the agriculture minister in Bathinda on Tuesday.",
    "Teachers torched an effigy of the governor outside the secretariat in Shillong.",
])
def test_effigies_burned_are_a_protest(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "PROTEST" and evs[0].acled_sub_event_type == "Peaceful protest", evs
    assert "riot" not in evs[0].mode, evs


def test_symbols_burned_only_unit() -> None:
    from newsevents.coding.acled_rules import symbols_burned_only
    assert symbols_burned_only("Villagers burned effigies of the district officer.")
    # guards: other property burned beside, people hurt, or no symbol at all
    assert not symbols_burned_only("Youths burned effigies and torched two buses.")
    assert not symbols_burned_only("Youths burned an effigy and injured a policeman.")
    assert not symbols_burned_only("Youths burned two buses.")
    assert not symbols_burned_only("")


@pytest.mark.parametrize("text", [
    "Economists warned that the currency could lose a fifth of its value.",
    "The carmaker warned that deliveries would slip into next year.",
    "A study by the bank warns that house prices may fall.",
])
def test_a_forecast_of_a_risk_is_no_threat(nlp: Any, coder: Any, text: str) -> None:
    assert "THREATEN" not in _types(_code(nlp, coder, text))


@pytest.mark.parametrize("text", [
    "Azerbaijan warned Armenia that it would respond to any provocation.",
    "Iran warned Israel that it would face a decisive response.",
])
def test_a_warning_of_the_speakers_act_stays_a_threat(nlp: Any, coder: Any, text: str) -> None:
    assert "THREATEN" in _types(_code(nlp, coder, text))


# --- fights -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Troops killed seven insurgents during a counter-attack near Palma on Friday.",
    "Police killed two gang members during a counter-attack in Martissant.",
])
def test_killings_in_a_counter_attack_are_a_clash(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Armed clash", evs


@pytest.mark.parametrize("text", [
    "Gang members stormed the town of Saut-d'Eau and freed dozens of inmates from its jail.",
    "Bandits stormed the town of Gusau and freed prisoners from the jail on Sunday.",
])
def test_gangs_storming_a_town_attack(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "ASSAULT", evs
    assert evs[0].acled_sub_event_type in ("Attack", "Looting/property destruction"), evs


def test_a_storming_with_a_hold_told_stays_a_takeover(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Rebels stormed the town of Pinga and took control of it on Monday.")
    assert evs and evs[0].acled_sub_event_type == "Non-state actor overtakes territory", evs


@pytest.mark.parametrize("text", [
    "Clashes between riot police and sugarcane farmers in Kisumu left five people injured.",
    "Clashes between police and maize farmers near Eldoret left four people hurt on Monday.",
])
def test_police_clashing_with_a_crowd_is_one_violent_demonstration(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert _types(evs) == ["PROTEST"] and evs[0].acled_sub_event_type == "Violent demonstration", evs


# --- sea, cooperation, dismissals ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chinese coast guard ships harassed Malaysian fishermen near Luconia Shoals.",
    "Chinese maritime militia boats harassed Filipino fishermen at Sabina Shoal.",
])
def test_fishermen_harassed_at_sea_are_coerced(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "COERCE", evs


def test_cooperation_noun_unit(nlp: Any) -> None:
    from newsevents.coding.readings import cooperation_promised
    assert cooperation_promised(_doc(nlp, "The airline promised full cooperation with the investigation.")) is not None
    # guards: cooperation refused or only talked about
    assert cooperation_promised(_doc(nlp, "The airline did not promise any cooperation.")) is None
    assert cooperation_promised(_doc(nlp, "Cooperation between the agencies is weak.")) is None


@pytest.mark.parametrize("text", [
    "The president sacked the navy commander after the mutiny.",
    "The prime minister dismissed the defence minister on Friday.",
    "The emir fired the head of the state security service.",
])
def test_a_ruler_dismissing_an_official_is_a_sanction(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and evs[0].event == "SANCTION", evs


@pytest.mark.parametrize("text", [
    "The board sacked the chief executive on Friday.",
    "The club dismissed its head coach after the defeat.",
])
def test_a_business_dismissal_is_no_sanction(nlp: Any, coder: Any, text: str) -> None:
    assert "SANCTION" not in _types(_code(nlp, coder, text))


# --- occupations ended by force ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Homeless families occupied an empty hotel until municipal police forcibly removed them.",
    "Farmers who had occupied the ministry courtyard were driven out by police using batons.",
    "Students who had occupied the dean's office were removed by security guards on Thursday.",
])
def test_occupiers_removed_by_force(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert any(e.acled_sub_event_type == "Protest with intervention" for e in evs), evs
    assert not any(e.event == "ASSAULT" for e in evs), evs


def test_occupiers_driven_out_unit(nlp: Any) -> None:
    from newsevents.coding.acled_rules import occupation_ended
    assert occupation_ended(_doc(nlp, "Vendors who had occupied the market were driven out by police.")) is not None
    # guards: a drive that is no removal, and occupiers that are an armed side
    assert occupation_ended(_doc(nlp, "Police drove the vendors to the station.")) is None
    assert occupation_ended(_doc(nlp, "Rebels who had occupied the town were driven out by troops.")) is None


# --- arrests of a protest's organisers, drones destroyed in flight ---------------------------------------------------

def test_organisers_arrested_at_home_are_arrests(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police raided houses in Bouake and detained nine suspected organisers of the protest.")
    assert evs and evs[0].event == "COERCE" and evs[0].acled_sub_event_type == "Arrests", evs


def test_protesters_arrested_stay_an_intervention(nlp: Any, coder: Any) -> None:
    # guard: the arrested are the protesting crowd
    evs = _code(nlp, coder, "Police arrested 15 protesters in Quito.")
    assert evs and evs[0].acled_sub_event_type == "Protest with intervention", evs


@pytest.mark.parametrize("text", [
    "Several drones were destroyed on approach to a navy base in Palawan, officials said.",
    "Air defences neutralised four drones on approach to the port overnight.",
])
def test_drones_destroyed_in_flight_are_disrupted(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs and all(e.acled_sub_event_type != "Air/drone strike" for e in evs), evs


def test_drones_destroying_a_target_strike(nlp: Any, coder: Any) -> None:
    # guard: what the drones destroyed is the strike's target
    evs = _code(nlp, coder, "Russian drones destroyed two fuel depots near Sumy.")
    assert evs and evs[0].acled_sub_event_type == "Air/drone strike", evs


def test_advice_is_no_threat_but_a_prohibition_is(nlp: Any, coder: Any) -> None:
    assert "THREATEN" not in _types(_code(nlp, coder, "The bank warned customers to change their passwords."))
    # guard: an armed group warning a contractor not to work is its threat
    evs = _code(nlp, coder, "The rebels had warned the builder not to resume work on the bridge.")
    assert "THREATEN" in _types(evs), evs


def test_people_detained_at_their_gathering_stay_an_intervention(nlp: Any, coder: Any) -> None:
    # guard: the arrested are told gathering, so the protest word may be theirs at the arrest
    from newsevents.coding.acled_rules import protest_named_in_arrested_only
    doc = _doc(nlp, "Soldiers detained students who had gathered to mark the anniversary of the protests.")
    assert not protest_named_in_arrested_only(next(t for t in doc if t.lower_ == "detained"))
