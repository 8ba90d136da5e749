"""Coder round C37 (session 26): the deed a sentence's act followed or answered, told as a noun with its own target,
doer or day, is an event of its own; an unarmed crowd wrecking public property is a riot; a weapon-named "strike" is
an attack; who raids decides the type (gangs attack, the state's forces told as possibly raiding search and seize); a
licence revoked or a party designated a terrorist or unlawful body is a SANCTION by its words, whatever the head reads.
Sentences written for these tests (none is an item of the round's own set); each rule has a guard and odd or empty
input."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence, event_types, parsed as _doc, token_of as _tok
from newsevents.coding.coder import _raid_to_come
from newsevents.coding.frames import crowd_vandalism, prior_attacks
from newsevents.coding.nonevents import occurrence_verb
from newsevents.coding.phrases import military_strike
from newsevents.coding.readings import party_designated

spacy = pytest.importorskip("spacy")

def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c37s26", ner=False)


def _rx() -> Any:
    """The committed lexicon's attack cues (the coder's own)."""
    from newsevents.coding.lexicon import load_lexicon
    return load_lexicon().trigger_res["ASSAULT"]


# --- an earlier deed told as a noun -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,noun", [
    ("The shelling followed a drone attack on a Russian airfield on Sunday.", "attack"),
    ("The arrests came two days after an ambush on a police convoy near Gao.", "ambush"),
    ("The army struck back in response to a rocket attack on its base.", "attack"),
])
def test_prior_attack_found(nlp: Any, text: str, noun: str) -> None:
    assert [t.text for t in prior_attacks(_doc(nlp, text), _rx())] == [noun]


@pytest.mark.parametrize("text", [
    "Police arrested five men after the attack.",  # a bare cause names no deed of its own
    "The talks followed months of negotiations.",
    "The attack on the base killed four soldiers.",  # the main act, no earlier deed
    "",
])
def test_no_prior_attack(nlp: Any, text: str) -> None:
    assert prior_attacks(_doc(nlp, text), _rx()) == []
    assert prior_attacks(_doc(nlp, text), None) == []


def test_followed_attack_is_coded_and_the_restated_act_is_not(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The raids followed a missile attack on the port of Odesa on Tuesday.")
    assert event_types(evs) == ["ASSAULT"]
    assert evs[0].trigger.text == "attack"


def test_came_after_attack_is_an_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The curfew came after an attack on a market in Maiduguri on Friday.")
    assert "ASSAULT" in event_types(evs)


def test_followed_noun_restated(nlp: Any) -> None:
    doc = _doc(nlp, "The strikes followed a rocket attack on Haifa.")
    assert occurrence_verb(_tok(doc, "strike")) is not None
    doc = _doc(nlp, "Strikes followed a rocket attack on Haifa.")  # no definite article: not a restatement
    assert occurrence_verb(_tok(doc, "strike")) is None


# --- a crowd wrecking public property ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,verb", [
    ("Angry traders smashed the windows of the town hall on Monday.", "smashed"),
    ("Striking dockers hurled petrol bombs and torched two police vehicles.", "hurled"),
    ("Residents torched the district office in protest.", "torched"),
])
def test_crowd_vandalism(nlp: Any, text: str, verb: str) -> None:
    found = crowd_vandalism(_doc(nlp, text))
    assert found is not None and found.text == verb


@pytest.mark.parametrize("text", [
    "Gunmen torched a police station in the north.",  # armed men attack
    "Students did not smash any windows.",  # negated
    "Youths could smash windows of the town hall, the police warned.",  # only possible
    "Workers smashed the record for output.",  # no public property
    "",
])
def test_no_crowd_vandalism(nlp: Any, text: str) -> None:
    assert crowd_vandalism(_doc(nlp, text)) is None


def test_crowd_vandalism_is_a_riot(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Striking dockers hurled stones and smashed windows of the port authority building.")
    assert event_types(evs) == ["PROTEST"]
    assert evs[0].acled_sub_event_type == "Violent demonstration"
    assert evs[0].trigger.text != "Striking"


# --- a weapon-named strike ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,hit", [
    ("Turkey carried out air strikes on Kurdish positions.", True),
    ("The missile strike destroyed a school.", True),
    ("The general strike paralysed the capital.", False),
    ("Teachers began a strike on Monday.", False),
])
def test_weapon_named_strike(nlp: Any, text: str, hit: bool) -> None:
    assert military_strike(_tok(_doc(nlp, text), "strike")) is hit


def test_launched_air_strikes_is_an_attack(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Pakistan launched air strikes on militant hideouts in Khost on Monday.")
    assert event_types(evs)[:1] == ["ASSAULT"]


# --- who raids -----------------------------------------------------------------------------------------------------
def test_gang_raids_are_attacks(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Villagers fear armed gangs could launch more raids on farms near Gusau.")
    assert event_types(evs) == ["ASSAULT"]


def test_possible_police_raids_are_coercion(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The police chief said officers could conduct more raids on the slums of Mathare.")
    assert event_types(evs) == ["COERCE"]


def test_raid_to_come(nlp: Any) -> None:
    assert _raid_to_come(_tok(_doc(nlp, "Police may carry out more raids."), "raid"))
    assert not _raid_to_come(_tok(_doc(nlp, "Police carried out raids on Monday."), "raid"))
    assert not _raid_to_come(_tok(_doc(nlp, "Police raided the camp."), "raid"))


# --- sanctions by their words ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,verb", [
    ("Australia designated the group a terrorist organisation on Thursday.", "designated"),
    ("The movement was proscribed as a terrorist group by Britain.", "proscribed"),
    ("The cabinet declared the youth wing an unlawful association.", "declared"),
    ("Ottawa added the gang to its list of terrorist entities.", "added"),
])
def test_party_designated(nlp: Any, text: str, verb: str) -> None:
    found = party_designated(_doc(nlp, text))
    assert found is not None and found.text == verb


@pytest.mark.parametrize("text", [
    "The ministry did not designate the group a terrorist organisation.",  # negated
    "The governor declared a state of emergency.",  # no outlawed body
    "The president declared the protesters terrorists.",  # branding people, no designation
    "He added salt to the soup.",
    "",
])
def test_no_party_designated(nlp: Any, text: str) -> None:
    assert party_designated(_doc(nlp, text)) is None


@pytest.mark.parametrize("text", [
    "The United States designated the militia a terrorist organisation.",
    "The telecoms regulator revoked the licence of a private radio station in Bamako.",
])
def test_sanction_by_words(nlp: Any, coder: Any, text: str) -> None:
    assert event_types(_code(nlp, coder, text))[:1] == ["SANCTION"]


def test_prior_attack_strict_needs_doer_or_day(nlp: Any) -> None:
    # the sentence tells an attack already: a bare target may be the same fight told twice
    doc = _doc(nlp, "Troops killed five militants after an attack on a checkpoint.")
    assert prior_attacks(doc, _rx(), strict=True) == []
    doc = _doc(nlp, "Troops killed five militants a day after a militant attack on a checkpoint on Sunday.")
    assert [t.text for t in prior_attacks(doc, _rx(), strict=True)] == ["attack"]
    # an answered deed is the other side's
    doc = _doc(nlp, "Jets bombed the camp in retaliation for a rocket attack on Ashkelon.")
    assert [t.text for t in prior_attacks(doc, _rx(), strict=True)] == ["attack"]


@pytest.mark.parametrize("text", [
    "The strikes followed the attack on the base.",  # named with "the": the story's deed again
    "The talks followed a foiled attack on the embassy.",  # not done
    "New rules came in following a fire at one cafe that killed 25 people.",  # an accident
    "Police arrested two men after a robbery at a bank on Monday.",  # ordinary crime
])
def test_prior_attack_guards(nlp: Any, text: str) -> None:
    assert prior_attacks(_doc(nlp, text), _rx()) == []


# --- the accused party's denial -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,cut", [
    ("Uganda accused Kenya of arming the rebels, a charge Nairobi denies.", True),
    ("He was jailed for treason, which he denies.", True),
    ("Mali accused Algeria of interference, an allegation Algiers has strongly rejected.", True),
    ("The minister denied the charges.", False),  # the denial is the sentence's own act
    ("", False),
])
def test_denied_tail(text: str, cut: bool) -> None:
    from newsevents.coding.coder import denied_tail
    assert (denied_tail(text) is not None) is cut


def test_denied_tail_keeps_the_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Ethiopia accused Eritrea of backing the rebels, a charge Asmara denies.")
    assert event_types(evs) == ["ACCUSE"]


# --- a licence ended, not suspended -------------------------------------------------------------------------------
def test_licence_ended(nlp: Any) -> None:
    from newsevents.coding.coder import _licence_ended
    assert _licence_ended(_doc(nlp, "The regulator cancelled the licence of a private radio station."))
    assert not _licence_ended(_doc(nlp, "The regulator suspended the licence of a private radio station."))
    assert not _licence_ended(_doc(nlp, "The regulator renewed the licence of a private radio station."))
    assert not _licence_ended(_doc(nlp, ""))


@pytest.mark.parametrize("text,verb", [
    ("Hundreds of students smashed windows of the rector's office.", "smashed"),
    ("A mob set fire to the district council office.", "set"),
])
def test_crowd_vandalism_counted_crowd_and_set_fire(nlp: Any, text: str, verb: str) -> None:
    found = crowd_vandalism(_doc(nlp, text))
    assert found is not None and found.text == verb


@pytest.mark.parametrize("text,hit", [
    ("Fuel prices rose after a strike on an oil depot near Bryansk.", True),
    ("Dockers began a strike on the port of Rotterdam on Monday.", False),  # a stoppage begun
    ("Union members held a strike on Monday.", False),
])
def test_strike_on_a_target(nlp: Any, text: str, hit: bool) -> None:
    assert military_strike(_tok(_doc(nlp, text), "strike")) is hit


def test_riot_over_its_cause(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Angry traders smashed the windows of the town hall after a vendor died in custody.")
    assert event_types(evs) == ["PROTEST"]
    assert evs[0].acled_sub_event_type == "Violent demonstration"
