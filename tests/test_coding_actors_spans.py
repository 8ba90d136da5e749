"""Recipient (and actor) span extraction rules of round 3, parsed without NER as the default pipeline does.

Sentences are made up for the tests (not dev items); each asserts what the rule adds, so each fails without it."""
from __future__ import annotations

from typing import Any

from roles import role_texts as _texts


def test_meeting_noun_of_a_light_verb_is_reciprocal(nlp: Any) -> None:
    actors, recips = _texts(nlp, "The Kenyan foreign minister held talks with his Ugandan counterpart in Kampala .",
                            "talks")
    assert actors == recips == ["Kenyan foreign minister", "his Ugandan counterpart"]


def test_joint_act_noun_of_coordinated_parties_is_mutual(nlp: Any) -> None:
    _, recips = _texts(nlp, "The French and Indian navies began a joint exercise off the coast of Goa .", "exercise")
    # (round R11) coordinated nationalities on one noun are one party per country: the second has its own entity
    assert recips == ["French and Indian navies", "Indian navies"]
    _, recips = _texts(nlp, "Ethiopia and Eritrea are violating the peace agreement .", "agreement")
    assert recips == ["Ethiopia", "Eritrea"]


def test_coordinated_modifiers_with_a_dropped_conjunct_link(nlp: Any) -> None:
    _, recips = _texts(nlp, "UK and EU negotiators agreed a trade deal on Friday .", "agreed")
    assert recips == ["UK and EU negotiators"]


def test_purpose_clause_takes_the_carrier_verbs_destination(nlp: Any) -> None:
    _, recips = _texts(nlp, "Norway sent a team of experts to Malawi to investigate the outbreak .", "investigate")
    assert recips == ["Malawi"]


def test_peace_mission_contributed_to_stands_for_its_host_country(nlp: Any) -> None:
    _, recips = _texts(nlp, "Ghana will contribute troops to the UN peacekeeping mission in Lebanon .", "contribute")
    assert recips == ["Lebanon"]
    # the mission attacked is the target itself
    _, recips = _texts(nlp, "Rebels attacked the peacekeeping force in Mali on Sunday .", "attacked")
    assert recips == ["peacekeeping force"]


def test_places_without_ner(nlp: Any) -> None:
    _, recips = _texts(nlp, "Authorities imposed a curfew in Mombasa City after the riots .", "curfew")
    assert recips == ["Mombasa City"]
    _, recips = _texts(nlp, "The rebel commander surrendered on Monday in the Central African Republic .",
                       "surrendered")
    assert recips == ["Central African Republic"]
    _, recips = _texts(nlp, "Police imposed a curfew in parts of the city of Kano .", "curfew")
    assert recips == ["city of Kano"]


def test_deep_place_passes_through_a_passive_agent(nlp: Any) -> None:
    _, recips = _texts(nlp, "The premier resigned after weeks of protests sparked by a disputed vote in Malawi .",
                       "resigned")
    assert recips == ["Malawi"]


def test_subject_noun_trigger_takes_the_place_its_verb_names(nlp: Any) -> None:
    _, recips = _texts(nlp, "Kenyan peacekeepers arrived in Somalia on Monday .", "peacekeepers")
    assert recips == ["Somalia"]
    _, recips = _texts(nlp, "Several hundred French soldiers remained on alert in Dakar on Sunday .", "alert")
    assert recips == ["Dakar"]


def test_subject_of_a_launched_attack_is_the_attacker(nlp: Any) -> None:
    actors, recips = _texts(nlp, "Russian hackers launched cyber attacks on Estonian banks .", "hackers")
    assert actors == ["Russian hackers"] and recips == ["Estonian banks"]


def test_stray_punctuation_is_no_party(nlp: Any) -> None:
    _, recips = _texts(nlp, "On Dec . 3 , police returned to the Malian government two stolen statues .", "returned")
    assert recips == ["Malian government"]


def test_participle_on_a_party_names_the_act_done_to_it(nlp: Any) -> None:
    actors, recips = _texts(nlp, "Militants ambushed Russian - backed fighters near the border .", "backed")
    assert actors == ["Russian"] and recips == ["Russian - backed fighters"]
    actors, recips = _texts(nlp, "Kenya set free activists on Monday .", "free")
    assert actors == ["Kenya"] and recips == ["free activists"]


def test_act_ordered_of_a_party_is_aimed_at_it(nlp: Any) -> None:
    actors, recips = _texts(nlp, "The court ordered all state newspapers to suspend publication .", "suspend")
    assert actors == ["court"] and recips == ["all state newspapers"]
