"""Coder round C35 (session 25): forcing a way into a place to abduct people there is one deed, the abduction; the
attack a party is blamed for keeps its harm when the parse hangs the "which killed" clause on the attack's place;
troops sent to rescue captives are a deployment, a rescue deployment in a disaster gives no aid event; shooting
("opened fire", "live rounds") is a firearm, never the primitive weapon "fire"; a hyphenated verb ("baton-charged")
is told by its verb. Sentences written for these tests (none is an item of the round's own set); each rule has a
guard and odd or empty input."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence, parsed as _doc, event_types as _types, token_of as _verb
from newsevents.coding.coder import _hyphen_head, as_gunfire
from newsevents.coding.frames import abduction_beside, blamed_attacks, entry_for_abduction
from newsevents.coding.nonevents import relief_deployment
from newsevents.coding.phrases import forces_sent

spacy = pytest.importorskip("spacy")


def _code(nlp: Any, coder: Any, text: str) -> list[Any]:
    return code_sentence(nlp, coder, text, "c35s25", ner=False)


# --- a storming to abduct: one deed -----------------------------------------------------------------------------

def test_storming_to_abduct_is_one_abduction(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Bandits stormed a secondary school in Niger state on Monday and kidnapped 25 students.")
    assert [(e.event, e.acled_sub_event_type) for e in evs] == \
        [("ASSAULT", "Abduction/forced disappearance")], evs


def test_storming_with_harm_keeps_the_attack_beside_the_abduction(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Gunmen stormed a village in Zamfara on Friday, killed four farmers and abducted "
                            "12 women.")
    subs = {e.acled_sub_event_type for e in evs}
    assert "Abduction/forced disappearance" in subs and "Attack" in subs, evs


def test_entry_for_abduction_finder_and_its_guards(nlp: Any) -> None:
    doc = _doc(nlp, "Armed men raided a church in Kogi state and abducted 30 worshippers.")
    taking = abduction_beside(_verb(doc, "raid"))
    assert taking is not None and entry_for_abduction(_verb(doc, "raid"), taking)
    # harm told beside the entry, a verb that is no entry, and a third deed in the coordination
    doc = _doc(nlp, "Armed men raided a church, shot two guards and abducted 30 worshippers.")
    taking = abduction_beside(_verb(doc, "raid"))
    assert taking is None or not entry_for_abduction(_verb(doc, "raid"), taking)
    doc = _doc(nlp, "Armed men visited a church in Kogi state and abducted 30 worshippers.")
    assert not entry_for_abduction(_verb(doc, "visit"), _verb(doc, "abduct"))
    doc = _doc(nlp, "Armed men stormed a market, looted shops and abducted 30 traders.")
    assert not entry_for_abduction(_verb(doc, "storm"), _verb(doc, "abduct"))
    doc = _doc(nlp, "Stormed.")
    assert not entry_for_abduction(doc[0], doc[0])


# --- the attack blamed, with its harm told on its place --------------------------------------------------------

def test_blamed_attack_with_harm_on_its_place_is_an_event(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Kyiv blamed Moscow for Friday's missile strike near Kharkiv, which killed six "
                            "civilians.")
    assert "ACCUSE" in _types(evs) and "ASSAULT" in _types(evs), evs


def test_blamed_attacks_on_place_and_its_guards(nlp: Any, coder: Any) -> None:
    rx = coder.lexicon.trigger_res["ASSAULT"]
    doc = _doc(nlp, "The council blamed the rebels for Monday's attack on Beni, which killed nine people.")
    assert [n.lower_ for n, _ in blamed_attacks(doc, rx)] == ["attack"]
    # a relative clause on the place that tells no harm, no relative clause, and no pattern at all
    doc = _doc(nlp, "The council blamed the rebels for Monday's attack on Beni, which lies near Uganda.")
    assert blamed_attacks(doc, rx) == []
    assert blamed_attacks(_doc(nlp, "The council blamed the rebels for the attack on Beni."), rx) == []
    assert blamed_attacks(_doc(nlp, ""), None) == []


# --- rescue deployments -----------------------------------------------------------------------------------------

def test_troops_sent_to_rescue_captives_are_a_deployment(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Soldiers were deployed to rescue the abducted farmers in Katsina state on Sunday.")
    assert _types(evs) == ["MOBILIZE"], evs


def test_rescue_deployment_in_a_disaster_gives_no_aid(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "The army sent 500 soldiers and boats to the province on Monday to help rescue "
                            "families stranded by the floods and deliver food.")
    assert "AID" not in _types(evs) and "MOBILIZE" not in _types(evs), evs


def test_relief_deployment_reading_and_its_guards(nlp: Any) -> None:
    doc = _doc(nlp, "Troops were deployed to evacuate villagers trapped by the landslide.")
    assert relief_deployment(_verb(doc, "deploy")) is not None
    assert relief_deployment(_verb(doc, "evacuate")) is not None
    # captives to rescue, a deployment with no rescue purpose, a rescue that is no deployment's purpose
    doc = _doc(nlp, "Troops were deployed to rescue the hostages held in the forest.")
    assert relief_deployment(_verb(doc, "deploy")) is None
    assert relief_deployment(_verb(_doc(nlp, "Russia deployed troops to the border."), "deploy")) is None
    assert relief_deployment(_verb(_doc(nlp, "Firefighters rescued two children."), "rescue")) is None


def test_forces_sent_in_the_passive(nlp: Any) -> None:
    assert forces_sent(_verb(_doc(nlp, "Extra troops were deployed to the border on Monday."), "deploy"))
    # a rescue in a disaster stays a helping purpose; a thing sent is no force
    assert not forces_sent(_verb(_doc(nlp, "Troops were deployed to rescue people after the earthquake."), "deploy"))
    assert not forces_sent(_verb(_doc(nlp, "Letters were sent to the embassy."), "send"))


# --- shooting is a firearm ----------------------------------------------------------------------------------------

def test_opened_fire_on_protesters_is_firearms_not_primitive(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Soldiers opened fire on demonstrators in Bamako on Friday, killing three people.")
    assert evs and evs[0].event == "ASSAULT", evs
    assert "primitive" not in evs[0].mode and "firearms" in evs[0].mode, evs


def test_as_gunfire_and_its_guards() -> None:
    assert as_gunfire("troops opened fire on the crowd") == "troops gunfire on the crowd"
    assert as_gunfire("police used live rounds and exchanged fire") == "police used gunfire and gunfire"
    # arson keeps its fire, and empty text stays empty
    assert as_gunfire("militants set fire to a school") == "militants set fire to a school"
    assert as_gunfire("a fire broke out") == "a fire broke out"
    assert as_gunfire("") == ""


def test_set_fire_keeps_its_primitive_mode(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Militants set fire to a primary school in Cameroon's Northwest region on Monday.")
    assert evs and "primitive" in evs[0].mode or evs and "destroy" in evs[0].mode, evs


# --- hyphenated verbs ---------------------------------------------------------------------------------------------

def test_baton_charge_is_one_event_on_the_protesters(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Police baton-charged the demonstrators in Chennai on Tuesday.")
    assert len(evs) == 1 and evs[0].event == "ASSAULT", evs
    assert evs[0].acled_sub_event_type == "Protest with intervention", evs
    assert [r.entity_text for r in evs[0].recipient] == ["demonstrators"], evs


def test_hyphen_head_and_its_guards(nlp: Any) -> None:
    doc = _doc(nlp, "Police baton-charged the protesters.")
    assert _hyphen_head(doc[1]).lower_ == "charged"
    # a word that is no piece of a hyphenated verb, the verb itself, and a noun compound ("sit-in")
    assert _hyphen_head(doc[0]).i == 0
    assert _hyphen_head(doc[3]).i == 3
    doc = _doc(nlp, "The strike-hit port reopened on Monday.")
    assert _hyphen_head(doc[1]).i == 1  # a participle describing its noun
    doc = _doc(nlp, "Workers staged a sit-in at the port.")
    sit = next(t for t in doc if t.lower_ == "sit")
    assert _hyphen_head(sit).i == sit.i


# --- a base established is named -----------------------------------------------------------------------------------

def test_base_established_needs_a_base_or_its_setting_up() -> None:
    from newsevents.coding.evidence import lacks_evidence
    hq = "Headquarters or base established"
    assert not lacks_evidence(hq, "Fighters set up a new base in the forest near Jilib.", "MOBILIZE")
    assert not lacks_evidence(hq, "The militia moved its command centre to Nyala.", "MOBILIZE")
    # an arrival, a siege and a deployment on operations establish nothing; empty text neither
    assert lacks_evidence(hq, "Residents said the armed forces did not arrive until Wednesday.", "MOBILIZE")
    assert lacks_evidence(hq, "The Rapid Support Forces have besieged the city for weeks.", "MOBILIZE")
    assert lacks_evidence(hq, "", "MOBILIZE")


# --- a crowd's own violence ----------------------------------------------------------------------------------------

def test_mob_burning_a_police_station_is_a_violent_demonstration(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "A mob set fire to a police station in Kenya's Nyamira county on Monday after a man died "
                            "in custody, killing one officer.")
    assert evs and evs[0].acled_sub_event_type in ("Violent demonstration", "Mob violence"), evs
    assert "crowd-control" not in evs[0].mode, evs


def test_crowd_actors_and_its_guards() -> None:
    from newsevents.coding.acled_rules import crowd_actors
    from newsevents.records import Entity
    assert crowd_actors((Entity("angry mob", 0, 9, None, "CVL"),))
    # police among the doers, and no doers at all
    assert not crowd_actors((Entity("angry mob", 0, 9, None, "CVL"), Entity("police", 14, 20, None, "COP")))
    assert not crowd_actors(())


# --- one dispersal ---------------------------------------------------------------------------------------------------

def test_force_while_dispersing_is_one_intervention(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Soldiers shot dead three protesters while dispersing a march against fuel prices in "
                            "Conakry.")
    assert [(e.event, e.acled_sub_event_type) for e in evs] == \
        [("ASSAULT", "Excessive force against protesters")], evs


def test_dispersal_told_again_guards(nlp: Any, coder: Any) -> None:
    from newsevents.coding.coder import _dispersal_told_again
    assert _dispersal_told_again([], []) is None
    # the dispersal alone keeps its one event
    evs = _code(nlp, coder, "Police used tear gas to disperse protesters in Lima on Friday.")
    assert len(evs) == 1, evs


# --- a party described by what it is accused of --------------------------------------------------------------------

def test_described_as_accused_and_its_guards(nlp: Any) -> None:
    from newsevents.coding.nonevents import described_as_accused
    doc = _doc(nlp, "The EU froze the assets of officials accused of rigging the vote.")
    assert described_as_accused(_verb(doc, "accuse")) is not None
    # the accusation made in the sentence, one told with its accuser, and a word of no such kind
    assert described_as_accused(_verb(_doc(nlp, "The army accused the rebels of killing 20 civilians."),
                                      "accuse")) is None
    assert described_as_accused(_verb(_doc(nlp, "Activists accused by the government of treason fled the country."),
                                      "accuse")) is None
    assert described_as_accused(_verb(doc, "freeze")) is None


def test_accused_party_gives_no_accusation(nlp: Any, coder: Any) -> None:
    evs = _code(nlp, coder, "Britain banned entry to five officials accused of torturing protesters in Iran.")
    assert "ACCUSE" not in _types(evs), evs
