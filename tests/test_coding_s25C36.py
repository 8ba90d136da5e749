"""Coder round C36 (session 25): the verb "strike" with a military object (sites, targets, bases) is force, never a
work stoppage; the act a party is "called on" to do is the call's request, not a deed of its own; the act of a
deployment's purpose clause is the deployment (MOBILIZE), a search of a place is a security sweep, no relief; a past
"did not ... until" act happened (no negation).
Sentences written for these tests (none is an item of the round's own set); each rule has a guard and odd or empty
input."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence, parsed as _doc, token_of as _tok
from newsevents.coding.coder import _party_called_on, done_not_until, reconcile
from newsevents.coding.nonevents import relief_deployment
from newsevents.coding.phrases import deployment_purpose, military_strike

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c36s25", ner=False)


# --- a strike on a military target ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Turkey said it could strike Kurdish militant bases in northern Syria if the attacks go on.",
    "The ministry said its jets may strike rebel positions near the border.",
])
def test_strike_on_military_target_is_force(nlp: Any, text: str) -> None:
    assert military_strike(_tok(_doc(nlp, text), "strike"))


@pytest.mark.parametrize("text", [
    "Bus drivers in Lagos said they would strike on Monday over unpaid wages.",
    "The two parties struck a deal on Tuesday.",
    "Lightning struck.",
    "",
])
def test_no_military_target_no_force(nlp: Any, text: str) -> None:
    doc = _doc(nlp, text)
    assert not any(military_strike(t) for t in doc)


def test_hypothetical_strike_on_sites_is_assault(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Turkey said it could strike Kurdish militant bases in northern Syria if the attacks go on.")
    assert evs and evs[0].event in ("ASSAULT", "THREATEN")
    assert all(e.event != "PROTEST" for e in evs)


def test_workers_strike_stays_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Bus drivers in Lagos said they would strike on Monday over unpaid wages.")
    assert [e.event for e in evs] == ["PROTEST"]


# --- called on a party to act -----------------------------------------------------------------------------------
def test_called_on_party_to_investigate(nlp: Any) -> None:
    doc = _doc(nlp, "Amnesty International called on the Kenyan authorities to investigate the shootings.")
    verb = _party_called_on(_tok(doc, "investigate"))
    assert verb is not None and verb.lemma_.lower() == "call"


@pytest.mark.parametrize("text, lemma", [
    ("Police were called to investigate the shooting.", "investigate"),  # (no party called on)
    ("The commission decided to investigate the killings.", "investigate"),
    ("Investigate.", "investigate"),
])
def test_no_party_called_on(nlp: Any, text: str, lemma: str) -> None:
    assert _party_called_on(_tok(_doc(nlp, text), lemma)) is None


def test_call_to_investigate_is_request(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Amnesty International called on the Kenyan authorities to investigate the shootings.")
    assert evs and evs[0].event == "REQUEST"
    assert all(e.event != "ACCUSE" for e in evs)


# --- a deployment's purpose ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, act, sender", [
    ("Commandos were dispatched to free the kidnapped engineers.", "free", "dispatch"),
    # (crowd control words are left to their own rules, whatever their object)
    ("The ministry sent police units to clear out the gang's hideouts near the border.", "clear", None),
    ("Army units were deployed to retake the district.", "retake", "deploy"),
    ("The company sent engineers to repair the pipeline.", "repair", None),  # (no forces sent)
    ("The agency is dispatching a team to Lagos to investigate the crash.", "investigate", None),  # (an inquiry)
    ("Police officers were sent to investigate the shooting.", "investigate", None),
    ("Soldiers were sent to help flood victims.", "help", None),  # (help: the relief rule's)
])
def test_deployment_purpose(nlp: Any, text: str, act: str, sender: str | None) -> None:
    got = deployment_purpose(_tok(_doc(nlp, text), act))
    assert (got.lemma_.lower() if got is not None else None) == sender


def test_deployment_purpose_odd_input(nlp: Any) -> None:
    doc = _doc(nlp, "Deploy.")
    assert all(deployment_purpose(t) is None for t in doc)


def test_sent_to_free_is_mobilize(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Commandos were dispatched to free the kidnapped engineers, the ministry said.")
    assert [e.event for e in evs] == ["MOBILIZE"]


def test_search_of_a_place_is_no_relief(nlp: Any) -> None:
    doc = _doc(nlp, "Police officers and vigilantes had been deployed to search the bush near the village.")
    assert relief_deployment(_tok(doc, "deploy")) is None
    doc = _doc(nlp, "Soldiers were deployed to search the rubble for survivors after the earthquake.")
    assert relief_deployment(_tok(doc, "deploy")) is not None  # (a disaster: relief)
    doc = _doc(nlp, "Soldiers were deployed to search for survivors.")
    assert relief_deployment(_tok(doc, "deploy")) is not None  # (no place searched)


def test_search_sweep_is_mobilize(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police officers and vigilantes had been deployed to search the bush near the village.")
    assert [e.event for e in evs] == ["MOBILIZE"]


# --- "did not ... until" ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lemma, done", [
    ("Villagers said the police did not come until the next morning.", "come", True),
    ("The militia did not leave the town until government troops arrived.", "leave", True),
    ("The police did not come to the village.", "come", False),  # (plain negation)
    ("The rebels will not leave the town until their demands are met.", "leave", False),  # (a condition ahead)
    ("The police came until noon.", "come", False),
])
def test_done_not_until(nlp: Any, text: str, lemma: str, done: bool) -> None:
    assert done_not_until(_tok(_doc(nlp, text), lemma)) is done


def test_not_until_subject_trigger(nlp: Any) -> None:
    doc = _doc(nlp, "Residents said the troops did not arrive until Friday.")
    assert done_not_until(_tok(doc, "troop"))


def test_reconcile_not_until(nlp: Any) -> None:
    doc = _doc(nlp, "The fighters did not withdraw from the base until Sunday, officials said.")
    assert reconcile("REJECT", _tok(doc, "withdraw"), ("negation",)) == ("RETREAT", ())
    doc = _doc(nlp, "The fighters did not withdraw from the base, officials said.")
    assert reconcile("REJECT", _tok(doc, "withdraw"), ("negation",))[1] == ("negation",)
