"""Coder errors left by whole-story review 12 (round C13): a shooting in a story of a private quarrel coded as a
conflict event (docs/coding.md "Crime"), and police force told as a response to a crowd ("who responded with
tear gas") missing. Sentences and stories written for these tests; each rule has a guard for what must not
change."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_in_story, code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c13", ner=False)


def _story_types(nlp: Any, coder: Any, story: str, text: str) -> list[str]:
    """The types coded for sentence `text` of the article `story` (the story-level guards read the whole story)."""
    return [e.event for e in code_in_story(nlp, coder, story, text, "c13")]


# --- a private quarrel that turned violent is ordinary crime --------------------------------------------------

_QUARREL = ("A gunman opened fire outside a nightclub in Leeds early on Saturday, killing three people, "
            "before he was detained after a short chase, police said. Officers were called to the club at about 2 a.m. after "
            "an argument inside the club, Police Chief Maria Lopez said. The two wounded were taken to St James's "
            "Hospital. Police arrested a 24-year-old man in Bradford on Sunday.")
_FEUD = ("A man opened fire on two brothers in a car park in Phoenix on Friday night, killing one of them. "
         "Investigators said it was a "
         "dispute that turned deadly between two men who had known each other for years.")


@pytest.mark.parametrize("text", [
    "A gunman opened fire outside a nightclub in Leeds early on Saturday, killing three people, before he was "
    "detained after a short chase, police said.",
])
def test_quarrel_story_shooting_is_no_assault(nlp: Any, coder: Any, text: str) -> None:
    assert "ASSAULT" not in _story_types(nlp, coder, _QUARREL, text)


def test_feud_story_shooting_is_no_assault(nlp: Any, coder: Any) -> None:
    text = "A man opened fire on two brothers in a car park in Phoenix on Friday night, killing one of them."
    assert "ASSAULT" not in _story_types(nlp, coder, _FEUD, text)


def test_quarrel_story_keeps_the_arrest(nlp: Any, coder: Any) -> None:
    # the state's action in a crime story stays an event (guard)
    text = "Police arrested a 24-year-old man in Bradford on Sunday."
    assert "COERCE" in _story_types(nlp, coder, _QUARREL, text)


@pytest.mark.parametrize("story", [
    # no quarrel named, but the story names terror: it stays (round K7: a lone gunman in a story naming no
    # political, armed-group or hate side is ordinary crime, `story_guards.is_lone_shooting`)
    "A gunman opened fire outside a nightclub in Leeds early on Saturday, killing three people. Police said they "
    "were treating the shooting as a terrorist incident.",
    # a quarrel named, but the story has an armed or political side
    "A gunman opened fire outside a nightclub in Leeds early on Saturday, killing three people. Militants later "
    "said the "
    "attack followed an argument with the club's owner.",
])
def test_shooting_kept_without_private_quarrel(nlp: Any, coder: Any, story: str) -> None:
    text = "A gunman opened fire outside a nightclub in Leeds early on Saturday, killing three people."
    assert "ASSAULT" in _story_types(nlp, coder, story, text)


def test_quarrel_story_police_shooting_kept(nlp: Any, coder: Any) -> None:
    # police force in the sentence itself is no private crime (guard)
    story = ("A man was shot dead by police in Leeds on Saturday after he fired at officers. Neighbours said an "
             "argument with his landlord had turned violent.")
    assert "ASSAULT" in _story_types(nlp, coder, story, "A man was shot dead by police in Leeds on Saturday after "
                                                        "he fired at officers.")


# --- police force told as a response to a crowd ----------------------------------------------------------------

@pytest.mark.parametrize("text, sub", [
    ("Masked protesters hurled petrol bombs at the riot police, who responded with water cannon and tear gas.",
     "Violent demonstration"),
    ("Thousands of teachers blocked the main road to the ministry and police responded with tear gas.",
     "Protest with intervention"),
])
def test_police_response_is_crowd_control(nlp: Any, coder: Any, text: str, sub: str) -> None:
    events = _code(nlp, coder, text)
    assert "PROTEST" in [e.event for e in events]
    force = [e for e in events if e.event == "ASSAULT"]
    assert force and "crowd-control" in force[0].mode
    assert force[0].acled_sub_event_type == sub
    assert any("police" in a.entity_text for a in force[0].actor)


@pytest.mark.parametrize("text", [
    # a response with no force
    "Thousands of teachers blocked the main road to the ministry and police responded with a warning.",
    # a response that is a statement
    "Thousands of teachers marched to the ministry, and officials responded with a promise of talks.",
])
def test_response_without_force_is_no_assault(nlp: Any, coder: Any, text: str) -> None:
    assert "ASSAULT" not in [e.event for e in _code(nlp, coder, text)]


# --- an act that only defines a supposed doer -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'The president has said the defendants were "traitors" and that judges who acquitted them would be complicit.',
    "The minister said that any officer who released the prisoners would be sacked.",
])
def test_supposed_doer_is_no_event(nlp: Any, coder: Any, text: str) -> None:
    assert {"CONCEDE", "REJECT"}.isdisjoint(e.event for e in _code(nlp, coder, text))


def test_doer_of_a_real_attack_kept(nlp: Any, coder: Any) -> None:
    # a definite act judged under a passive ("would be punished") happened: it stays (guard)
    text = "The minister said soldiers who attacked the village would be punished."
    assert "ASSAULT" in [e.event for e in _code(nlp, coder, text)]


# --- an announced closure of borders is a restriction ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The officers, who called themselves a national salvation council, said they had dissolved parliament, and "
    "announced the closure of the country's borders.",
    "The junta announced the closure of all land borders and the airspace on Sunday.",
])
def test_announced_border_closure_is_restriction(nlp: Any, coder: Any, text: str) -> None:
    events = _code(nlp, coder, text)
    assert events and events[0].event == "COERCE" and "restrict" in events[0].mode


def test_announced_plant_closure_is_no_restriction(nlp: Any, coder: Any) -> None:
    # a company closing a plant restricts nobody (guard)
    assert "COERCE" not in [e.event for e in _code(nlp, coder, "The company announced the closure of its plant.")]


# --- ACLED sub-types of force by and against demonstrators ----------------------------------------------------

def test_protesters_attack_is_violent_demonstration(nlp: Any, coder: Any) -> None:
    text = "Two officers were killed and 30 were hurt when protesters attacked them with iron rods and bricks."
    force = [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]
    assert force and force[0].acled_sub_event_type == "Violent demonstration"


def test_police_dispersal_is_protest_with_intervention(nlp: Any, coder: Any) -> None:
    text = "Police fired tear gas when some of the relatives tried to push past the cordon."
    force = [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]
    assert force and force[0].acled_sub_event_type == "Protest with intervention"


def test_police_fire_at_gunmen_stays_attack(nlp: Any, coder: Any) -> None:
    # no crowd dispersed: the police's force is no intervention in a demonstration (guard)
    force = [e for e in _code(nlp, coder, "Police fired tear gas at the gunmen's hideout.") if e.event == "ASSAULT"]
    assert force and force[0].acled_sub_event_type == "Attack"


# --- tear gas shells and baton charges are crowd control ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police baton-charged the stone-throwing crowd and fired tear gas shells to scatter it.",
    "Police lobbed tear-gas shells at the crowd outside the district office.",
])
def test_tear_gas_shells_are_crowd_control(nlp: Any, coder: Any, text: str) -> None:
    force = [e for e in _code(nlp, coder, text) if e.event == "ASSAULT"]
    assert force and "crowd-control" in force[0].mode and "heavy-weapons" not in force[0].mode


def test_artillery_shells_stay_heavy_weapons(nlp: Any, coder: Any) -> None:
    force = [e for e in _code(nlp, coder, "Troops fired artillery shells at the rebel camp.") if e.event == "ASSAULT"]
    assert force and "heavy-weapons" in force[0].mode


# --- a coup is no change to a group's activity ----------------------------------------------------------------

def test_announced_removal_from_power_is_no_group_change(nlp: Any, coder: Any) -> None:
    text = "Mutinous soldiers announced on the radio that they had removed the president from power."
    events = _code(nlp, coder, text)
    assert events and events[0].acled_sub_event_type not in (None, "Change to group/activity")


def test_merger_stays_group_change(nlp: Any, coder: Any) -> None:
    # a group's own reorganisation keeps the sub-type (guard)
    text = "The rebels announced a change of leadership and said they had merged with two smaller groups."
    events = _code(nlp, coder, text)
    assert events and events[0].acled_sub_event_type == "Change to group/activity"


def test_coup_attempt_fought_is_armed_clash() -> None:
    from newsevents.coding.acled_rules import _coup_attempt
    text = "a small group of soldiers had tried to take power but the armed forces had remained loyal"
    assert _coup_attempt("ASSAULT", "Change to group/activity", text) == "Armed clash"
    assert _coup_attempt("ASSAULT", "Change to group/activity", "the group named a new commander") == \
        "Change to group/activity"
