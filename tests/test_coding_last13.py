"""Coder round C7c (session 7): fresh-set causes. A jailbreak by storming is an attack whoever does it, a rout of an
armed side is a won fight, a deed told in a "having ..." clause is the main subject's, and troops or envoys ordered
to leave the country are expelled (SANCTION expel, CAMEO 1663). Sentences written for these tests; each rule has a
guard."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c7c", ner=False)


# --- a jailbreak by storming ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Armed gangs stormed a jail in the south and freed about 900 inmates.",
    "Rebels attacked a prison near the border and freed hundreds of inmates.",
])
def test_jailbreak_is_an_attack(nlp: Any, coder: Any, text: str) -> None:
    ev = _code(nlp, coder, text)[0]
    assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Attack"


def test_storming_without_freeing_inmates_is_left_alone(nlp: Any, coder: Any) -> None:
    # guard: a crowd storming a parliament is still read by the classifier (a riot), not as a jailbreak
    evs = _code(nlp, coder, "Angry protesters stormed the parliament building and smashed windows.")
    assert evs and evs[0].event == "PROTEST"


def test_jailbreak_unit(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Gunmen stormed a prison and released 40 prisoners.")) == ("ASSAULT", "Attack")
    assert armed_deed(nlp("Gunmen stormed a prison on Monday.")) is None  # nobody freed: left to the classifier
    assert armed_deed(nlp("Police stormed a house and freed two hostages.")) is None  # a rescue, no jailbreak


# --- a rout of an armed side ----------------------------------------------------------------------------------------

def test_rout_of_armed_side_is_a_clash(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Government forces routed the rebels near the northern town of Kidal.")[0]
    assert ev.event == "ASSAULT" and ev.acled_sub_event_type == "Armed clash"


def test_rout_unit(nlp: Any) -> None:
    from newsevents.coding.detect import is_candidate
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("The army routed the militants after two days of fighting.")) == ("ASSAULT", "Armed clash")
    # guard: an election rout is no fight
    assert armed_deed(nlp("The ruling party routed the opposition in the election.")) is None
    assert is_candidate("Troops routed the insurgents near the border.")


# --- a deed told in a "having ..." clause ---------------------------------------------------------------------------

def test_having_pillaged_is_the_looting(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "Having pillaged three villages, the fighters moved north.")[0]
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Looting/property destruction"


def test_having_clause_unit(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    assert armed_deed(nlp("Having ransacked the market, the militiamen withdrew.")) == \
        ("COERCE", "Looting/property destruction")
    # guards: no armed doer; a negated participle
    assert armed_deed(nlp("Having pillaged the pension fund, the officials fled abroad.")) is None
    assert armed_deed(nlp("Not having pillaged the town, the rebels were praised by residents.")) is None


# --- ordered to leave the country -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mali's military government ordered the French troops to leave the country within a month.",
    "The junta ordered the French ambassador to leave within 72 hours.",
])
def test_ordered_to_leave_the_country_is_an_expulsion(nlp: Any, coder: Any, text: str) -> None:
    ev = _code(nlp, coder, text)[0]
    assert ev.event == "SANCTION" and ev.mode == ("expel",)


@pytest.mark.parametrize("text", [
    "Police ordered the protesters to leave the square.",
    "The court ordered the company to leave the building.",
    "The president ordered the army to leave the capital.",
])
def test_ordered_to_leave_a_place_is_no_expulsion(nlp: Any, coder: Any, text: str) -> None:
    # guard: leaving a square, a building or a city is no expulsion from the country
    assert all(e.event != "SANCTION" for e in _code(nlp, coder, text))


# --- a blockade by armed forces is no protest ------------------------------------------------------------------------

def test_forces_blockade_has_no_protest_subtype(nlp: Any, coder: Any) -> None:
    # ACLED files a blockade with no fight and no crowd under Strategic developments "Other" (as our training data)
    ev = _code(nlp, coder, "Naval forces blockaded the port.")[0]
    assert ev.event == "COERCE" and ev.acled_sub_event_type == "Other"


def test_crowd_blockade_stays_a_protest(nlp: Any, coder: Any) -> None:
    # guard: drivers or farmers blocking a port or road are protesting
    ev = _code(nlp, coder, "Truck drivers blockaded the port to protest fuel prices.")[0]
    assert ev.acled_sub_event_type == "Peaceful protest"


# --- money given "in budget support" is aid, no endorsement ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The European Union disbursed a further 1.5 billion euros in budget support to Ukraine.",
    "Japan provided 20 million dollars in humanitarian support to Sudan.",
])
def test_support_as_kind_of_aid(nlp: Any, coder: Any, text: str) -> None:
    evs = _code(nlp, coder, text)
    assert evs[0].event == "AID" and all(e.event != "SUPPORT" for e in evs)


def test_praised_support_stays(nlp: Any, coder: Any) -> None:
    # guard: support praised as such is SUPPORT (a verb, not a noun inside the gift)
    evs = _code(nlp, coder, "The minister praised the support given by Norway and pledged $10 million in aid.")
    assert evs[0].event == "SUPPORT"


# --- a counter-X field of work is no act ----------------------------------------------------------------------------

def test_counter_field_is_no_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Russian officers trained Malian troops in counter-terrorism tactics.")
    assert all(e.event != "ASSAULT" for e in evs)


def test_counter_field_unit(nlp: Any) -> None:
    from newsevents.coding.nonevents import countered_field
    doc = nlp("They trained soldiers in counter-insurgency.")
    assert countered_field(next(t for t in doc if t.lower_ == "insurgency")) is not None
    # guards: a counter-attack is an act; an insurgency without the prefix is left to the other rules
    doc = nlp("Troops launched a counter-attack on the town.")
    assert countered_field(next(t for t in doc if t.lower_ == "attack")) is None
    doc = nlp("The insurgency spread to the south.")
    assert countered_field(next(t for t in doc if t.lower_ == "insurgency")) is None


# --- cooperation with an inquiry is no accusation -------------------------------------------------------------------

def test_promised_cooperation_with_inquiry_is_agreement(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The new president said she would cooperate fully with the congressional inquiry.")
    assert evs and evs[0].event == "AGREE"


def test_accusation_about_inquiry_stays(nlp: Any, coder: Any) -> None:
    # guard: an accusation that names an inquiry is still an accusation
    evs = _code(nlp, coder, "The opposition accused the government of obstructing the inquiry.")
    assert evs and evs[0].event == "ACCUSE"


# --- ships escorted by a navy, soldiers trained by foreign forces ---------------------------------------------------

def test_navy_escort_is_aid(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "The US Navy escorted two Greek oil tankers through the Strait of Hormuz.")[0]
    assert ev.event == "AID"


def test_forces_training_soldiers_is_cooperation(nlp: Any, coder: Any) -> None:
    ev = _code(nlp, coder, "US special forces trained Ukrainian soldiers in Germany.")[0]
    assert ev.event == "COOPERATE"


def test_escort_and_training_guards(nlp: Any) -> None:
    from newsevents.coding.frames import armed_deed
    # guards: people escorted out are no protection given; a coach training players is no military cooperation
    assert armed_deed(nlp("Police escorted the protesters out of the building.")) is None
    assert armed_deed(nlp("The coach trained young players at the academy.")) is None
