"""Coder round C17 (session 10, wave 3): background sentences inside stories stay quiet, real events are still
coded. A passive tally or condition over years ("have been killed ... since 2019", "has been stationed ... since
2022") and a span of "the past decade" are background, while the active "X have done Y since <year>" stays an
ongoing event; a standing state of emergency or martial law; what a law, deal or licence allows or bars; a whole
war summed up ("waged a 30-year insurgency"); an animal that kills; old ordnance cleared by deminers or a disposal
team; a court "in <city>" hearing an account and a trial of people accused over a dated old attack.
Sentences written for these tests (none is an item of the round's set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.story_guards import is_background_statement

spacy = pytest.importorskip("spacy")


def _events(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c17s10", ner=False)


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in _events(nlp, coder, text)]


# --- tallies and standing conditions over years ---------------------------------------------------------------

def test_passive_tally_since_a_year_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("More than 2,000 civilians have been killed in the Sahel border region since 2019.",
                 "Some 12,000 people have been abducted in the north-west since early 2021, officials say.",
                 "A Kenyan-led police force has been stationed in the capital since June 2022."):
        assert not _events(nlp, coder, text), text


def test_tally_over_the_past_decade_is_quiet(nlp: Any, coder: Any) -> None:
    text = "Ethnic clashes in the hill districts have killed hundreds of people over the past decade."
    assert not _events(nlp, coder, text)


def test_fresh_toll_and_active_since_year_stay(nlp: Any, coder: Any) -> None:
    # guards: a short span is the news itself; an actor's ongoing campaign since a year stays coded (convention)
    assert "ASSAULT" in _types(nlp, coder, "Five soldiers have been killed since Monday in attacks near Gao.")
    assert _events(nlp, coder, "Fishermen have blockaded the harbour since May 2023.")
    # a passive with its doer named is the active form turned round ("has been rocked by protests since ...")
    assert not is_background_statement("The capital has been rocked by student-led protests since March 2024.")
    assert not is_background_statement("The town has been encircled since last spring by fighters of a militia "
                                       "that has been at war with the army since 2023.")


def test_state_of_emergency_in_force_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("The northern districts have been under a state of emergency since the floods of 2022.",
                 "Much of the province has been under martial law for three years."):
        assert not _events(nlp, coder, text), text


# --- what a text allows ---------------------------------------------------------------------------------------

def test_what_a_law_or_deal_allows_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("The new security law allows police to detain suspects for 30 days without charge.",
                 "The border accord lets herders move their cattle across the frontier in the dry season.",
                 "The ceasefire agreement bars both armies from moving troops closer to the river."):
        assert not _events(nlp, coder, text), text


def test_an_actor_allowing_stays(nlp: Any, coder: Any) -> None:
    # guard: a party acting under a law is no provision of the law
    text = "Police detained 40 protesters under the new security law on Monday."
    assert "COERCE" in _types(nlp, coder, text)


# --- wars summed up, animals, old ordnance --------------------------------------------------------------------

def test_whole_war_summed_up_is_quiet(nlp: Any, coder: Any) -> None:
    text = "The movement waged a 30-year insurgency that left the southern provinces in ruins."
    assert not _events(nlp, coder, text)


def test_animal_killing_is_quiet(nlp: Any, coder: Any) -> None:
    # alone the classifier is often quiet already; inside a conflict story the story's cues made it loud, so the
    # guard itself is checked too
    for text in ("A rogue elephant trampled two villagers to death near the forest reserve on Sunday.",
                 "A crocodile killed a fisherman on the shore of the lake, rangers said."):
        assert is_background_statement(text), text
        assert not _events(nlp, coder, text), text


def test_armed_group_named_after_animals_stays(nlp: Any, coder: Any) -> None:
    # guard: "Tigers" with a capital is a group, not an animal
    assert not is_background_statement("The Tamil Tigers killed 14 soldiers in an ambush near Jaffna.")
    assert "ASSAULT" in _types(nlp, coder, "The Tamil Tigers killed 14 soldiers in an ambush near Jaffna.")


def test_old_ordnance_cleared_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("Army experts defused a Second World War bomb found by builders in the city centre.",
                 "A demining team destroyed 300 cluster bomblets in a rice field on Wednesday."):
        assert not _events(nlp, coder, text), text


def test_device_of_the_conflict_defused_stays(nlp: Any, coder: Any) -> None:
    # guard: a bomb planted now and defused is ACLED's Disrupted weapons use
    evs = _events(nlp, coder, "Security forces defused a roadside bomb planted by militants near Wana on Friday.")
    assert evs


# --- courts -----------------------------------------------------------------------------------------------------

def test_court_in_a_city_hearing_an_account_is_quiet(nlp: Any, coder: Any) -> None:
    text = "A court in Hamburg heard that the accused had beaten detainees at a prison near Aleppo in 2012."
    assert not any(t in ("ASSAULT", "COERCE") for t in _types(nlp, coder, text))


def test_trial_of_people_accused_over_an_old_attack_is_quiet(nlp: Any, coder: Any) -> None:
    text = "The trial opened in Madrid of five men accused of helping the bombers who attacked commuter trains in 2004."
    assert "ASSAULT" not in _types(nlp, coder, text)


# --- conditions of an announced act ------------------------------------------------------------------------------

def test_act_in_a_once_clause_of_an_announced_act_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("The company said exports would restart once the army lifted its blockade of the port.",
                 "The airline said flights would resume once security forces had secured the airport."):
        assert not _events(nlp, coder, text), text


def test_act_after_once_told_as_done_stays(nlp: Any, coder: Any) -> None:
    # guard: "once" in a told sequence reports both acts
    assert "COERCE" in _types(nlp, coder, "Once the soldiers had secured the village, they arrested 12 men.")


# --- rival armed sides fighting ----------------------------------------------------------------------------------

def test_rival_gangs_fighting_is_an_armed_clash(nlp: Any, coder: Any) -> None:
    text = ("Prisoners from rival gangs fought with machetes and pistols in a jail in Tegucigalpa on Sunday, "
            "leaving five dead, officials said.")
    evs = [e for e in _events(nlp, coder, text) if e.event == "ASSAULT"]
    assert evs and evs[0].acled_sub_event_type == "Armed clash"


def test_rival_gang_attacking_civilians_stays_an_attack(nlp: Any, coder: Any) -> None:
    # guard: one side attacking unarmed people
    evs = _events(nlp, coder, "Gunmen from a rival gang attacked a bus and killed four passengers.")
    assert evs and evs[0].acled_sub_event_type == "Attack"


# --- histories, yearly tolls, closures and allegations as states ------------------------------------------------

def test_history_and_state_sentences_are_quiet(nlp: Any, coder: Any) -> None:
    for text in ("The delta region has seen repeated kidnappings of oil workers since 2006.",
                 "The rebellion in the country's east began in March 2012.",
                 "More than 90 journalists were killed worldwide last year, according to a press freedom group.",
                 "Last year's riots over fuel prices left more than 30 people dead.",
                 "Banks and markets in the city remained closed, residents said.",
                 "The militia has been accused of recruiting child soldiers."):
        assert is_background_statement(text), text


def test_history_in_a_subordinate_clause_leaves_the_news(nlp: Any, coder: Any) -> None:
    # guards: the main clause is news; the background rides in a relative or "after" clause
    for text in ("Gunmen killed six villagers in the delta on Monday, a region that has seen kidnappings since 2006.",
                 "Clashes erupted in the capital on Tuesday, weeks after the rebellion began in March 2012.",
                 "Soldiers shot dead two protesters in the province, which has been under martial law since 2021.",
                 "Rebels, who waged a 20-year insurgency, attacked an army base on Monday."):
        assert not is_background_statement(text), text
    assert "ASSAULT" in _types(nlp, coder, "Gunmen killed six villagers in the delta on Monday, a region that has "
                                           "seen kidnappings since 2006.")


def test_closure_by_a_doer_and_accusation_by_an_accuser_stay(nlp: Any, coder: Any) -> None:
    # guards: "closed by soldiers" has a doer; "accused by Amnesty" names the accuser
    assert not is_background_statement("Shops in the town were closed by soldiers on Monday.")
    assert not is_background_statement("The army has been accused by Amnesty of killing 40 civilians.")

