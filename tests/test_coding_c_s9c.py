"""Coder round C13 (session 9): hard negatives stay quiet. A blast at a workplace is an industrial accident (and
"police said" reports it, no party); a target hit in a live-fire drill is the exercise's own (MOBILIZE, no strike);
a comeback told by the score is sport; a march held to remember the dead is the commemoration, no protest; a court
or inquiry told of an old attack gets no new attack. Sentences written for these tests (none is an item of the
round's set); each rule has a guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")

_LOUD = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")


def _types(nlp: Any, coder: Any, text: str) -> list[str]:
    return [e.event for e in code_sentence(nlp, coder, text, "c13s9", ner=False)]


# --- industrial accidents -------------------------------------------------------------------------------------------

def test_workplace_blast_is_an_accident(nlp: Any, coder: Any) -> None:
    for text in ("A huge blast tore through a paint factory on the outskirts of Accra, killing five employees.",
                 "Two people died in an explosion at a sawmill in the north, according to police.",
                 "Four workers were killed when an explosion hit a small fireworks workshop, police said."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_bomb_at_a_workplace_stays_an_attack(nlp: Any, coder: Any) -> None:
    # guard: a bomb or attackers named beside the blast keep the attack
    for text in ("A bomb blast at a restaurant in Quetta killed six people, police said.",
                 "Militants detonated explosives at a cement factory in Balochistan, killing three guards."):
        assert "ASSAULT" in _types(nlp, coder, text), text


def test_workplace_blast_unit() -> None:
    from newsevents.coding.story_guards import is_disaster_report
    assert is_disaster_report("An explosion at a disused fireworks storage warehouse killed three people.")
    assert not is_disaster_report("A bomb exploded at a fireworks warehouse, killing three people.")
    # guard: an arrest after the fire is police action, not a report of it
    assert not is_disaster_report("Police arrested the owner after a fire at his factory killed 12 workers.")


# --- drills ---------------------------------------------------------------------------------------------------------

def test_drill_target_is_no_strike(nlp: Any, coder: Any) -> None:
    text = "The coast guard held live-fire drills near the islands, firing rockets at floating targets."
    assert "ASSAULT" not in _types(nlp, coder, text)


def test_missiles_fired_at_a_town_stay_a_strike(nlp: Any, coder: Any) -> None:
    # guard: no drill named, a real target: the launch is an attack
    types = _types(nlp, coder, "The army fired missiles at the rebel-held town of Kidal on Sunday, killing four.")
    assert types and types[0] == "ASSAULT", types


# --- sport ----------------------------------------------------------------------------------------------------------

def test_comeback_by_the_score_is_sport(nlp: Any, coder: Any) -> None:
    for text in ("The hosts fought back from three goals down to draw with Morocco.",
                 "The champion battled back from two sets down to reach the quarter-finals."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_comeback_unit() -> None:
    from newsevents.coding.story_guards import is_sport_result
    assert is_sport_result("Zambia fought back from a goal down to beat Ghana.")
    assert not is_sport_result("Rebels fought back against the army offensive, killing ten soldiers.")


# --- commemorations -------------------------------------------------------------------------------------------------

def test_commemorative_march_is_no_protest(nlp: Any, coder: Any) -> None:
    for text in ("Former miners marched through the village to remember the men who died in the 1984 strike.",
                 "Hundreds walked in a silent procession to honour the victims of the ferry disaster."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_march_with_demands_stays_a_protest(nlp: Any, coder: Any) -> None:
    # guard: chants and demands make the commemoration a protest; force against mourners stays an event
    for text in ("Thousands marched to commemorate the victims of the 1989 crackdown, chanting slogans against the"
                 " government.",
                 "Police fired tear gas at mourners marching to remember the victims of the massacre."):
        assert any(t in ("PROTEST", "ASSAULT", "COERCE") for t in _types(nlp, coder, text)), text


# --- court accounts of old attacks ----------------------------------------------------------------------------------

def test_court_account_of_old_attack_is_quiet(nlp: Any, coder: Any) -> None:
    for text in ("A survivor testified that militiamen had burned her village in 2003.",
                 "The jury heard that the gunman opened fire on worshippers at the mosque in 2019."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_court_account_unit() -> None:
    from newsevents.coding.story_guards import is_court_account
    assert is_court_account("The tribunal heard that soldiers had shot unarmed villagers in 1994.")
    # guards: no date or pluperfect (the account may be of today), and harm named before the frame
    assert not is_court_account("A witness told the court that soldiers shot unarmed villagers.")
    assert not is_court_account("Police fired tear gas outside the court as a witness testified that troops had"
                                " shot protesters in 2019.")


def test_attack_on_a_court_stays_an_attack(nlp: Any, coder: Any) -> None:
    types = _types(nlp, coder, "Gunmen stormed a courthouse in Karachi on Monday, killing two lawyers.")
    assert types and types[0] == "ASSAULT", types


# --- aux: another event's coming time (K13's routed item) ------------------------------------------------------------

def _aux(nlp: Any, coder: Any, text: str) -> list[tuple[str, ...]]:
    return [tuple(e.aux) for e in code_sentence(nlp, coder, text, "c13s9", ner=False)]


def test_coming_vote_does_not_make_the_deed_future(nlp: Any, coder: Any) -> None:
    for text in ("Police detained 30 opposition activists on Monday, a week before next month's referendum.",
                 "Supporters of the ruling party marched through Lusaka on Saturday ahead of next week's poll."):
        auxes = _aux(nlp, coder, text)
        assert auxes and "future" not in auxes[0], (text, auxes)


def test_deed_set_for_next_week_stays_future(nlp: Any, coder: Any) -> None:
    # guard: the deed's own time ahead
    auxes = _aux(nlp, coder, "The opposition will hold a rally in Lusaka next week.")
    assert auxes and "future" in auxes[0], auxes


# --- games, mob justice, harm beside burned property ----------------------------------------------------------------

def test_game_play_is_no_event(nlp: Any, coder: Any) -> None:
    for text in ("Players of the online game must build a base and defend it against raiders.",
                 "Players of the mobile game command an army base under attack from aliens."):
        assert not any(t in _LOUD for t in _types(nlp, coder, text)), text


def test_mob_on_suspicion_is_mob_violence(nlp: Any, coder: Any) -> None:
    for text in ("Residents in Kisumu beat a young man to death on suspicion of theft.",
                 "Villagers in Bihar beat a man to death on suspicion of stealing goats, police said."):
        evs = code_sentence(nlp, coder, text, "c13s9", ner=False)
        assert evs and evs[0].event == "ASSAULT" and evs[0].acled_sub_event_type == "Mob violence", (text, evs)


def test_family_killing_stays_private_crime(nlp: Any, coder: Any) -> None:
    # guard: a killing in a family quarrel names no accusation a crowd acted on
    text = "A man beat his wife to death in Kisumu after a quarrel over money."
    assert "ASSAULT" not in _types(nlp, coder, text)


def test_people_shot_beside_burned_homes_is_an_attack(nlp: Any, coder: Any) -> None:
    evs = code_sentence(nlp, coder, "Militiamen torched huts in the village and shot villagers who tried to escape.",
                        "c13s9", ner=False)
    assert evs and evs[0].acled_sub_event_type == "Attack", evs


def test_burned_property_alone_stays_destruction(nlp: Any, coder: Any) -> None:
    # guard: no one harmed ("no one was injured" names nobody shot)
    evs = code_sentence(nlp, coder, "Gunmen burned down a school in the village overnight; no one was injured.",
                        "c13s9", ner=False)
    assert evs and evs[0].acled_sub_event_type == "Looting/property destruction", evs


def test_herd_stolen_by_armed_men_is_looting(nlp: Any, coder: Any) -> None:
    # the screen let no "stole" through: the looting reading never ran
    evs = code_sentence(nlp, coder, "Armed men stole dozens of sheep from shepherds near Mopti.", "c13s9", ner=False)
    assert evs and evs[0].acled_sub_event_type == "Looting/property destruction", evs


def test_theft_by_private_people_is_not_screened_in() -> None:
    # guard: a thief's theft names no armed side
    from newsevents.coding.detect import is_candidate
    assert not is_candidate("Thieves stole three cars from a dealership in Nakuru overnight.")
