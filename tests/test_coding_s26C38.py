"""Coder round C38 (session 26): money given is AID (no hunger strike in "to tackle hunger"); a force sent after
clashes is a deployment beside them; settlers' shooting of a person is an attack; an earlier attack named with its
target and day is an event also where the sentence's own act gives no reading; a withheld designation is no event;
people branded terrorists are accused. Sentences written for these tests (none is an item of the round's own set);
each rule has a guard and odd or empty input."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence, event_types, parsed as _doc
from newsevents.coding.frames import armed_killing, branded_people, force_sent, lone_prior_attack
from newsevents.coding.readings import designation_withheld, money_given, party_designated

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c38s26", ner=False)


# --- money given --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,verb", [
    ("France announced 12 million euros to tackle hunger in Chad.", "announced"),
    ("Canada pledged $40 million to fight famine in Yemen.", "pledged"),
])
def test_money_given_found(nlp: Any, text: str, verb: str) -> None:
    got = money_given(_doc(nlp, text))
    assert got is not None and got.text == verb


@pytest.mark.parametrize("text", [
    "France did not announce 12 million euros for the programme.",  # negated
    "The union announced a strike over unpaid wages.",  # no sum of money
    "Protesters demanded 20 million pounds in compensation.",  # demanded, not given
    "",
    "Euros.",
])
def test_money_given_guards(nlp: Any, text: str) -> None:
    assert money_given(_doc(nlp, text)) is None


def test_money_against_hunger_is_aid(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Norway announced 30 million kroner to tackle hunger in Malawi on Friday.")
    assert "PROTEST" not in event_types(evs)


def test_real_hunger_strike_stays_protest(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Detained activists in Cairo began a hunger strike on Sunday to protest their trial.")
    assert event_types(evs)[:1] == ["PROTEST"]


# --- a force sent after clashes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,verb", [
    ("Federal troops were sent to Darfur after tribal clashes.", "sent"),
    ("The government deployed 300 police officers to Kasese following clashes.", "deployed"),
])
def test_force_sent_found(nlp: Any, text: str, verb: str) -> None:
    got = force_sent(_doc(nlp, text))
    assert got is not None and got.text == verb


@pytest.mark.parametrize("text", [
    "Troops were not sent to Darfur after the clashes.",  # negated
    "The ministry sent a letter to the embassy.",  # no force moved
    "He said troops would be sent to Darfur.",  # modal, reported
    "",
])
def test_force_sent_guards(nlp: Any, text: str) -> None:
    assert force_sent(_doc(nlp, text)) is None


def test_troops_sent_after_clashes_mobilize(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Ethiopian troops were sent to Gondar after ethnic clashes.")
    assert event_types(evs)[:1] == ["MOBILIZE"]


# --- settlers shooting a person ------------------------------------------------------------------------------------
def test_settlers_shooting_is_armed_killing(nlp: Any) -> None:
    assert armed_killing(_doc(nlp, "Settlers shot a Palestinian shepherd near Hebron.")) is not None


@pytest.mark.parametrize("text", [
    "Settlers did not shoot the shepherd.",  # negated
    "Settlers shot a video of the hilltop.",  # no person shot
    "",
])
def test_settlers_shooting_guards(nlp: Any, text: str) -> None:
    assert armed_killing(_doc(nlp, text)) is None


def test_settlers_shot_teenager_is_assault(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Settlers shot a Palestinian boy near Ramallah.")
    assert event_types(evs) == ["ASSAULT"]


# --- an earlier attack where the sentence has no reading -----------------------------------------------------------
def test_prior_attack_alone_is_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The truce came after an attack on an army convoy near Beni on Saturday.")
    assert "ASSAULT" in event_types(evs)


def test_prior_crime_alone_no_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The closure came after a robbery at a jewellery shop in Leeds on Monday.")
    assert "ASSAULT" not in event_types(evs)


# --- a designation withheld ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,verb", [
    ("The cabinet did not designate the militia a terrorist organisation.", "designate"),
    ("The government declined to list the group as a terrorist organisation.", "list"),
])
def test_designation_withheld_found(nlp: Any, text: str, verb: str) -> None:
    doc = _doc(nlp, text)
    got = designation_withheld(doc)
    assert got is not None and got.text == verb
    assert party_designated(doc) is None


@pytest.mark.parametrize("text", [
    "The cabinet designated the militia a terrorist organisation.",  # done: a sanction
    "The cabinet did not comment on the attack.",  # no designation
    "",
])
def test_designation_withheld_guards(nlp: Any, text: str) -> None:
    assert designation_withheld(_doc(nlp, text)) is None


def test_withheld_designation_no_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The cabinet did not designate the militia a terrorist organisation.")
    assert "ASSAULT" not in event_types(evs) and "SANCTION" not in event_types(evs)


# --- people branded ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The governor declared the strikers traitors.",
    "The minister branded the journalists as foreign agents.",
])
def test_branded_people_found(nlp: Any, text: str) -> None:
    assert branded_people(_doc(nlp, text)) is not None


@pytest.mark.parametrize("text", [
    "The governor did not call the strikers traitors.",  # negated
    "The governor declared a state of emergency.",  # no brand word
    "The governor declared the group a terrorist organisation.",  # a designation, not a brand
    "",
])
def test_branded_people_guards(nlp: Any, text: str) -> None:
    assert branded_people(_doc(nlp, text)) is None


def test_declared_terrorists_is_accuse(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The general declared the demonstrators terrorists.")
    assert event_types(evs)[:1] == ["ACCUSE"] and "COERCE" not in event_types(evs)


def _rx() -> Any:
    """The committed lexicon's attack cues (the coder's own)."""
    from newsevents.coding.lexicon import load_lexicon
    return load_lexicon().trigger_res["ASSAULT"]


def test_lone_prior_attack_found(nlp: Any) -> None:
    got = lone_prior_attack(_doc(nlp, "The talks followed an ambush on a police patrol near Mopti on Friday."), _rx())
    assert got is not None and got.text == "ambush"


@pytest.mark.parametrize("text", [
    "The pilgrims went to the tomb after his death on the cross.",  # a death, no attack noun
    "In 2002, after an attack on a guard, the inmate bled to death.",  # another cue beside it
    "The ceasefire came after the attack on the convoy.",  # the deed told already
    "",
])
def test_lone_prior_attack_guards(nlp: Any, text: str) -> None:
    assert lone_prior_attack(_doc(nlp, text), _rx()) is None
