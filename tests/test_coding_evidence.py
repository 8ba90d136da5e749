"""Tests for newsevents.coding.evidence: ACLED sub-types defined by a weapon or act need a word for it, and
arrests or seizures for ordinary crime get no ACLED sub-type."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.evidence import is_crime_enforcement, lacks_evidence


@pytest.mark.parametrize("sub, text", [
    ("Suicide bomb", "A suicide bomber struck a market."),
    ("Suicide bomb", "The attacker drove a car packed with explosives into the police headquarters."),
    ("Suicide bomb", "An explosives-laden truck hit the gate of the base."),
    ("Chemical weapon", "Troops dropped canisters of CS gas into the trenches."),
    ("Chemical weapon", "Rockets loaded with chlorine hit the suburb."),
    ("Grenade", "A man lobbed a grenade at the patrol."),
    ("Sexual violence", "Soldiers raped two women in the village."),
    ("Air/drone strike", "Warplanes pounded rebel positions."),
    ("Air/drone strike", "A US strike killed a commander."),
    ("Disrupted weapons use", "Police defused a bomb planted under a bridge."),
    ("Disrupted weapons use", "Troops seized an arms cache in the forest."),
    ("Attack", "Gunmen killed three villagers."),  # not a weapon-defined sub-type: never gated
    ("Shelling/artillery/missile attack", "Troops fired mortars at the village."),
    ("Remote explosive/landmine/IED", "A roadside bomb hit an army truck."),
    ("Abduction/forced disappearance", "Gunmen seized 20 passengers from a bus."),
    ("Protest with intervention", "Police fired tear gas at students marching on parliament."),
    ("Violent demonstration", "Rioters torched cars in the city centre."),
    ("Mob violence", "An angry mob lynched a suspected thief."),
    ("Looting/property destruction", "Fighters looted shops and torched houses."),
])
def test_named_weapon_or_act_is_evidence(sub: str, text: str) -> None:
    assert not lacks_evidence(sub, text)


@pytest.mark.parametrize("sub, text", [
    ("Suicide bomb", "The Taliban denied involvement in the killing of a cleric in Kabul."),
    ("Chemical weapon", "Militants attacked a checkpoint at dawn."),
    ("Grenade", "Gunmen opened fire on a bus."),
    ("Sexual violence", "Soldiers beat two women in the village."),
    ("Air/drone strike", "The Taliban denied involvement in the killing of a cleric in Kabul."),
    ("Disrupted weapons use", "Police seized 40 kg of heroin from a truck at a checkpoint."),
    ("Shelling/artillery/missile attack", "Coast guard vessels fired water cannon at a supply boat."),
    ("Remote explosive/landmine/IED", "Rebels attacked a cargo ship in the Red Sea."),
    ("Abduction/forced disappearance", "Rebels attacked a cargo ship in the Red Sea."),
    ("Protest with intervention", "Coast guard vessels fired water cannon at a supply boat."),
    ("Mob violence", "Al-Shabaab stormed a hotel in Mogadishu."),
    ("Looting/property destruction", "Al-Shabaab stormed a hotel in Mogadishu."),
])
def test_no_word_for_the_weapon_act_or_crowd(sub: str, text: str) -> None:
    assert lacks_evidence(sub, text)


def test_a_protest_event_is_its_own_evidence_of_a_crowd() -> None:
    assert lacks_evidence("Peaceful protest", "Teachers downed tools on Monday.")
    assert not lacks_evidence("Peaceful protest", "Teachers downed tools on Monday.", "PROTEST")
    assert lacks_evidence("Suicide bomb", "Teachers downed tools on Monday.", "PROTEST")


@pytest.mark.parametrize("sub, text, expected", [
    ("Arrests", "Customs officers arrested two men for smuggling cigarettes across the border.", True),
    ("Arrests", "A former minister was arrested on corruption charges.", True),
    ("Disrupted weapons use", "Police seized 40 kg of heroin from a truck.", True),
    ("Arrests", "Police arrested 40 opposition activists after the rally.", False),
    ("Arrests", "Troops arrested three militants smuggling weapons.", False),  # a political reason wins
    ("Arrests", "The navy arrested 22 Indian fishermen in its territorial waters.", False),
    ("Attack", "A drug gang shot dead a rival dealer.", False),  # only arrest/seizure sub-types are affected
])
def test_crime_enforcement(sub: str, text: str, expected: bool) -> None:
    assert is_crime_enforcement(sub, text) is expected


@pytest.mark.slow
@pytest.mark.parametrize("text, banned", [
    ("The Taliban denied involvement in the killing of a cleric in Kabul.", {"Suicide bomb", "Air/drone strike"}),
    ("Police seized 40 kg of heroin from a truck at a checkpoint.", {"Disrupted weapons use"}),
])
def test_coder_passes_over_unfounded_sub_types(nlp: Any, text: str, banned: set[str]) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert not {e.acled_sub_event_type for e in evs} & banned


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Rockets were fired at the US embassy in Baghdad.", ["ASSAULT"]),  # the quad head alone said "no event"
    ("The minister was attacked by critics for his handling of the budget.", []),
    ("The company fired 200 workers last month.", []),
])
def test_attack_verbs_keep_a_confident_assault(nlp: Any, text: str, expected: list[str]) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert [e.event for e in evs] == expected


def test_explore_is_no_explosion() -> None:
    from newsevents.coding.lexicon import load_lexicon
    rx = load_lexicon().trigger_res["ASSAULT"]
    assert rx.search("The mission is exploring the transfer of helicopters.") is None
    assert rx.search("A car bomb exploded near the market.") is not None


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab stormed a hotel in Mogadishu.", "ASSAULT"),  # an armed group does not protest
    ("Students stormed the parliament building.", "PROTEST"),
])
def test_armed_groups_attack_crowds_protest(nlp: Any, text: str, expected: str) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert evs and evs[0].event == expected
    assert evs[0].acled_sub_event_type in ("Attack", "Violent demonstration")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Houthi rebels attacked a cargo ship in the Red Sea on Sunday.",
    "Chinese coast guard vessels fired water cannon at a Philippine supply boat on Saturday.",
])
def test_an_attack_without_a_believed_sub_type_is_the_generic_one(nlp: Any, text: str) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert [(e.event, e.acled_sub_event_type) for e in evs] == [("ASSAULT", "Attack")]
