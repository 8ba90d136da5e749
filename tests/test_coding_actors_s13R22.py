"""Actors and recipients, round R22 (session 13, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: the target of the attack that fire was part of,
who tells of or probes an attack, a place's name on an attack noun, where a party heads off to, companies that share
a place's name, and "the capital" of a story filed from a capital."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import article_country_focus
from newsevents.records import Entity
from coding_parts import story_parties as _parties
from roles import normalised, role_texts


def _texts(ents: list[Entity]) -> list[str]:
    return [e.entity_text for e in ents]


# ------------------------------------------------------------------ the target of the attack fire was part of

def test_fire_opened_in_an_attack_is_aimed_at_the_attacks_target_not_its_town(nlp: Any) -> None:
    _, recips = _parties(nlp, "Bandits opened fire in an attack on the district officer's car in Gusau .", "opened")
    assert _texts(recips) == ["district officer's car"]
    _, recips = _parties(nlp, "Fighters fired mortars during an assault on an army outpost in Kidal .", "fired")
    assert _texts(recips) == ["army outpost"]


def test_fire_aimed_at_a_party_of_its_own_keeps_that_party(nlp: Any) -> None:
    _, recips = _parties(nlp, "Soldiers opened fire on the crowd during a raid on the market .", "opened")
    assert _texts(recips) == ["crowd"]
    # an attack on something abstract hits no thing
    _, recips = _parties(nlp, "Gunmen opened fire in an attack on democracy .", "opened")
    assert "democracy" not in _texts(recips)


# ------------------------------------------------------------------ who tells of or probes an attack

def test_who_reports_or_probes_an_attack_is_not_its_doer(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The navy has not released details of the attack on the tanker .", "attack")
    assert actors == []
    actors, _ = role_texts(nlp, "Investigators are probing the bombing of the courthouse .", "bombing")
    assert actors == []
    actors, _ = role_texts(nlp, "The ministry opened an inquiry into the shelling of the school .", "shelling")
    assert actors == []


def test_who_launches_an_attack_still_does_it(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Insurgents launched an attack on the outpost .", "attack")
    assert actors == ["Insurgents"]


# ------------------------------------------------------------------ a place's name on an attack noun

def test_a_place_name_on_an_attack_noun_is_where_not_who(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The Kidal ambush last year killed eleven soldiers .", "killed")
    assert actors == []
    actors, _ = _parties(nlp, "The Lahore bombing last week killed nine people .", "killed")
    assert actors == []
    # the agent of the verb that owns the act does it
    actors, _ = role_texts(nlp, "Police said the Lahore bombing was carried out by a teenage bomber .", "bombing")
    assert actors == ["teenage bomber"]


def test_a_group_or_country_named_on_an_attack_noun_does_it(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The Houthi attack killed three sailors .", "killed")
    assert [e.code for e in actors] == ["YEM"]
    actors, _ = _parties(nlp, "The Russian attack killed five people .", "killed")
    assert [e.code for e in actors] == ["RUS"]


# ------------------------------------------------------------------ where a party heads off to

def test_where_a_party_heads_off_to_is_not_its_country(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Soldiers clashed with jihadists near Anefis and later withdrew towards Niger .",
                         "clashed")
    assert [e.code for e in actors] == [None]
    assert article_country_focus("Gunmen killed six herders near Wajir before fleeing into Somalia.") is None
    assert article_country_focus("Rebels shelled the town and then retreated towards Rwanda.") is None


def test_a_party_going_home_keeps_that_country(nlp: Any) -> None:
    assert article_country_focus("The soldiers returned to Russia after the exercise.") == "RUS"
    assert article_country_focus("Gunmen from Somalia killed six herders near Wajir.") == "SOM"


# ------------------------------------------------------------------ companies that share a place's name

def test_a_company_is_no_place(nlp: Any) -> None:
    assert normalised(nlp, "The regulator fined Meta for breaking data rules .", "Meta")[:2] == ("MNC", "BUS")
    _, recips = _parties(nlp, "The regulator fined Meta for breaking data rules .", "fined")
    assert [(e.code, e.sector) for e in recips] == [("MNC", "BUS")]


def test_a_company_name_read_as_a_place_stays_a_place(nlp: Any) -> None:
    assert normalised(nlp, "Rebels attacked a police post in Meta on Sunday .", "Meta")[0] != "MNC"
    assert normalised(nlp, "Rebels attacked a police post in the Meta department .", "Meta")[0] != "MNC"
    # lower-case text never reads a company's name
    assert normalised(nlp, "they said meta was the word .", "meta")[0] != "MNC"


# ------------------------------------------------------------------ "the capital" of a story filed from a capital

def test_the_capital_of_a_story_filed_from_a_capital_is_the_datelines() -> None:
    story = ("ADDIS ABABA, June 2 - Troops clashed with militia fighters near Gondar on Sunday. Eritrea denied any "
             "role. Eritrean officials said Eritrea had no troops there. Police arrested 40 protesters in the "
             "capital on Monday.")
    assert article_country_focus(story) == "ETH"
    # a capital's name inside a longer place name is no other capital ("Mocimboa da Praia")
    story = ("MAPUTO, April 3 - Insurgents attacked a village near Mocimboa da Praia. Tanzania said Tanzanian troops "
             "would help. Tanzania closed the border. Police arrested 12 traders in the capital on Friday.")
    assert article_country_focus(story) == "MOZ"


def test_a_named_or_qualified_capital_or_a_lead_about_another_country_keeps_the_old_focus() -> None:
    named = ("NAIROBI, April 3 - Troops clashed with al-Shabaab. Somalia said Somali forces killed 20. Somalia's army "
             "said police in the capital, Mogadishu, arrested 12 men.")
    assert article_country_focus(named) == "SOM"
    qualified = ("NAIROBI, April 3 - Troops clashed with al-Shabaab. Somalia said Somali forces killed 20. Somalia's "
                 "army said police in the Somali capital arrested 12 men.")
    assert article_country_focus(qualified) == "SOM"
    lead = ("NAIROBI, April 3 - Somali troops clashed with al-Shabaab. Somalia said its forces killed 20. Police in "
            "the capital arrested 12 men.")
    assert article_country_focus(lead) == "SOM"
    assert article_country_focus("") is None


# ------------------------------------------------------------------ people sent back, government offices

def test_asylum_seekers_held_are_the_recipients_not_the_body_they_registered_with(nlp: Any) -> None:
    _, recips = _parties(nlp, "Kenyan authorities have deported at least six Somali asylum seekers registered with "
                              "the UNHCR .", "deported")
    assert [(e.code, e.sector) for e in recips] == [("SOM", "REF")]


def test_a_foreign_office_is_a_government_body(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Pakistan 's foreign office denied any link to the blast .", "denied")
    assert [(e.code, e.sector) for e in actors] == [("PAK", "GOV")]
    # a plain office is none
    assert normalised(nlp, "Office workers protested in Lagos .", "Office workers")[1] != "GOV"


# ------------------------------------------------------------------ envoys and foreigners hit abroad

def test_a_foreign_envoy_does_not_make_the_storys_country() -> None:
    assert article_country_focus("The junta expelled the French ambassador on Monday.") is None
    assert article_country_focus("The French ambassador met farmers in Kebbi.") is None
    # the state's own people still do
    assert article_country_focus("French soldiers patrolled the town.") == "FRA"


def test_foreigners_hit_abroad_give_the_attackers_no_country(nlp: Any) -> None:
    actors, recips = _parties(nlp, "Gunmen abducted two Chinese engineers from a quarry in Kebbi .", "abducted")
    assert [e.code for e in actors] == [None]
    assert [e.code for e in recips] == ["CHN"]
    # soldiers of the country the attack is in still give it
    actors, _ = _parties(nlp, "Gunmen killed three Nigerian soldiers in Kebbi .", "killed")
    assert [e.code for e in actors] == ["NGA"]
