"""Coder round C34 (session 24): forces sent somewhere in a told past deed are a deployment (MOBILIZE), not an
agreement or aid; an arrest with no protest, crowd or dispersal told is ACLED's "Arrests" however much the head reads
a protest into "pro-democracy activist"; a crowd that kills people it names suspects ("attacked and killed two
suspected cattle thieves") is Mob violence; the simple past verb of an "after" clause is a deed done, even where the
parse hangs it under a threatened act; an attack whose responsibility is denied is still an event (the classifier
may abstain); an attack a party is blamed for, with the harm told in its relative clause, is an event of its own,
and the blame over a told attack is an accusation beside it. Sentences written for these tests (none is an item of
the round's own set); each rule has a guard and odd or empty input."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence, parsed as _doc, event_types as _types, token_of as _verb
from newsevents.coding.acled_rules import no_protest_told
from newsevents.coding.coder import _told_past_deed
from newsevents.coding.frames import blame_over, blamed_attacks
from newsevents.coding.phrases import forces_sent
from newsevents.coding.readings import denied_attack, suspects_killed, vowed_protest

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c34s24", ner=False)


# --- forces sent: a deployment -----------------------------------------------------------------------------------

def test_warships_sent_are_a_deployment(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "China sent three warships to the waters off the Philippines on Friday.")
    assert _types(evs) == ["MOBILIZE"], evs


def test_forces_sent_finder_and_its_guards(nlp: Any) -> None:
    doc = _doc(nlp, "Moscow sent additional troops to its frontier with Norway.")
    assert forces_sent(_verb(doc, "send"))
    # an intended sending, forces sent to help, and things that are no force
    assert not forces_sent(_verb(_doc(nlp, "Moscow will send troops to the frontier."), "send"))
    assert not forces_sent(_verb(_doc(nlp, "There was no request to the state to send troops."), "send"))
    assert not forces_sent(_verb(_doc(nlp, "India sent soldiers to help flood victims in Assam."), "send"))
    assert not forces_sent(_verb(_doc(nlp, "Japan sent peacekeeping troops to South Sudan."), "send"))
    assert not forces_sent(_verb(_doc(nlp, "The ministry sent a letter to the embassy."), "send"))


# --- a planned protest is a protest to come ---------------------------------------------------------------------

def test_protest_intended_is_a_future_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Unpaid teachers intend to march on the finance ministry in Accra on Tuesday.")
    assert _types(evs) == ["PROTEST"], evs
    assert "future" in evs[0].aux, evs


def test_planned_protest_reading_and_its_guards(nlp: Any) -> None:
    assert vowed_protest(_verb(_doc(nlp, "The miners intend to strike next week."), "intend")) == "strike"
    # a plan told as past, a plan denied, and a plan that is no protest
    assert vowed_protest(_verb(_doc(nlp, "The miners had planned to strike in May."), "plan")) is None
    assert vowed_protest(_verb(_doc(nlp, "The miners do not intend to strike."), "intend")) is None
    assert vowed_protest(_verb(_doc(nlp, "The ministry intends to build a road."), "intend")) is None


# --- an arrest with no protest told ------------------------------------------------------------------------------

def test_activist_detained_with_no_protest_told_is_an_arrest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police in Bangkok detained a prominent pro-democracy student leader on Sunday.")
    assert _types(evs) == ["COERCE"], evs
    assert evs[0].acled_sub_event_type == "Arrests", evs


def test_no_protest_told_and_its_guards() -> None:
    assert no_protest_told("Police detained a veteran opposition activist at her home.")
    assert not no_protest_told("Police detained a student leader during a protest outside parliament.")
    assert not no_protest_told("Police fired tear gas and detained 12 people.")
    assert not no_protest_told("Riot police detained marchers in the capital.")
    assert not no_protest_told("Police detained 20 activists who had glued themselves to a motorway.")
    assert not no_protest_told("Police removed students who sat down in the lobby.")
    # no arrest told at all: the head's reading stands
    assert not no_protest_told("The activist spoke to reporters.")
    assert not no_protest_told("")


# --- mob justice on suspects -------------------------------------------------------------------------------------

def test_crowd_killing_suspects_is_mob_violence(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Residents attacked and killed a suspected thief in the town of Bukavu on Sunday.")
    assert _types(evs) == ["ASSAULT"], evs
    assert evs[0].acled_sub_event_type == "Mob violence", evs


def test_soldiers_killing_suspects_are_no_mob(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Soldiers attacked and killed three suspected militants near the border on Monday.")
    assert evs and all(e.acled_sub_event_type != "Mob violence" for e in evs), evs


def test_suspects_killed_finder_and_its_guards(nlp: Any) -> None:
    got = suspects_killed(_doc(nlp, "Villagers beat and killed an alleged witch in the district."))
    assert got is not None
    # no locals as doers, no suspect as victim, a killing denied
    assert suspects_killed(_doc(nlp, "Gunmen killed a suspected informer.")) is None
    assert suspects_killed(_doc(nlp, "Residents killed a goat for the feast.")) is None
    assert suspects_killed(_doc(nlp, "Residents did not kill the suspected thief.")) is None
    assert suspects_killed(_doc(nlp, "")) is None


def test_suspected_bandits_killed_by_residents_are_no_armed_side(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Residents attacked and killed four suspected bandits in Zamfara state on Tuesday.")
    assert [e.acled_sub_event_type for e in evs] == ["Mob violence"], evs


# --- an "after" clause's deed is done ----------------------------------------------------------------------------

def test_deed_of_after_clause_under_a_threat_is_done(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The militia warned it would hit back if the raids continued, after an air strike "
                            "killed four of its commanders in Idlib on Sunday.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and "future" not in attacks[0].aux and "hypothetical" not in attacks[0].aux, evs
    assert attacks[0].trigger is not None and attacks[0].trigger.text in ("strike", "killed"), evs
    assert attacks[0].size.dead == 4, evs


def test_told_past_deed_and_its_guards(nlp: Any) -> None:
    doc = _doc(nlp, "Iran said it would respond, after a strike killed two advisers.")
    assert _told_past_deed(_verb(doc, "kill"))
    # a condition ("if"), a deed with its own modal, and a main verb
    assert not _told_past_deed(_verb(_doc(nlp, "Iran said it would respond if a strike killed its advisers."),
                                     "kill"))
    assert not _told_past_deed(_verb(_doc(nlp, "Iran said it would respond after a strike would kill them."),
                                     "kill"))
    assert not _told_past_deed(_verb(_doc(nlp, "A strike killed two advisers."), "kill"))


# --- a denied attack is an event ---------------------------------------------------------------------------------

def test_attack_whose_responsibility_is_denied_is_an_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The separatists denied responsibility for a drone attack on a fuel depot on Friday.")
    assert "ASSAULT" in _types(evs), evs


def test_denied_attack_finder_and_its_guards(nlp: Any) -> None:
    got = denied_attack(_doc(nlp, "The group denied involvement in the bombing of the market."))
    assert got is not None and got.lower_ == "bombing"
    assert denied_attack(_doc(nlp, "The airline denied responsibility for the delays.")) is None
    assert denied_attack(_doc(nlp, "The rebels claimed responsibility for the attack.")) is None
    assert denied_attack(_doc(nlp, "")) is None


# --- an attack blamed on a party ---------------------------------------------------------------------------------

def test_attack_blamed_with_its_toll_is_an_event_of_its_own(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Traders closed their shops on Friday, blaming the militia for Thursday's bombing, "
                            "which killed six people.")
    attacks = [e for e in evs if e.event == "ASSAULT"]
    assert attacks and attacks[0].size.dead == 6, evs
    assert all(e.size.dead is None for e in evs if e.event != "ASSAULT"), evs


def test_blame_over_a_told_attack_is_an_accusation_beside_it(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Villagers blamed the rebels for Monday's raid on a school in Kasai, which killed "
                            "seven pupils.")
    assert "ACCUSE" in _types(evs) and "ASSAULT" in _types(evs), evs


def test_blamed_attacks_and_blame_over_guards(nlp: Any, coder: Any) -> None:
    rx = coder.lexicon.trigger_res.get("ASSAULT")
    doc = _doc(nlp, "They blamed the army for the shelling, which killed nine people.")
    pairs = blamed_attacks(doc, rx)
    assert [(n.lower_, r.lower_) for n, r in pairs] == [("shelling", "killed")]
    assert blame_over(pairs[0][1]) is not None and blame_over(pairs[0][1]).lemma_ == "blame"
    # no harm told in a relative clause, and no blame
    assert blamed_attacks(_doc(nlp, "They blamed the army for the shelling."), rx) == []
    assert blamed_attacks(_doc(nlp, "The shelling, which killed nine people, shocked the town."), rx) == []
    assert blamed_attacks(_doc(nlp, ""), rx) == []
    assert blamed_attacks(doc, None) == []
    plain = _doc(nlp, "Gunmen killed nine people.")
    assert blame_over(_verb(plain, "kill")) is None
