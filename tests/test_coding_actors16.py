"""Actors' countries and sectors, round R10 (issue 3: actor countries and sectors in whole stories), on sentences
written for these tests and parsed without NER as the default pipeline does: a bare force coordinated with a
foreign contingent is the host's; a regional or foreign force takes no host country; migrants and refugees take
no country from the sentence; an aid body's name lends no country; business leaders, election bodies and state
commissions get their sectors; a listed name split by the parser at a hyphen ("SPLM-N") is kept whole."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import article_country_focus, roles, sentence_country

from roles import normalised
from coding_parts import parties as _parties, party_codes as _codes


# ------------------------------------------------------------------ a foreign contingent beside the host's forces

def test_a_bare_force_beside_a_foreign_contingent_is_the_hosts(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Soldiers and Chadian troops pushed the gunmen out of the village , he said .",
                         "pushed", focus="NER")
    assert _codes(actors) == {"Soldiers": ("NER", "MIL"), "Chadian troops": ("TCD", "MIL")}
    actors, _ = _parties(nlp, "Troops and Russian instructors killed 12 rebels near the town , the army said .",
                         "killed", focus="CAF")
    assert _codes(actors)["Troops"] == ("CAF", "MIL")


def test_the_contingents_country_is_not_the_other_parties(nlp: Any) -> None:
    # the attackers driven back are not Rwandans either: the story's country, not the contingent's
    _, recips = _parties(nlp, "Troops and Rwandan soldiers drove back the insurgents after a gunfight .", "drove",
                         focus="MOZ")
    assert [(e.code, e.sector) for e in recips] == [("MOZ", "REB")]


def test_a_contingent_parsed_as_a_coordinated_modifier_is_split_off(nlp: Any) -> None:
    # the parser makes "Officers and Kenyan" coordinated modifiers of "troops": two parties all the same
    actors, _ = _parties(nlp, "Officers and Kenyan troops cleared barricades on the main road .", "cleared",
                         focus="HTI")
    assert _codes(actors) == {"Officers": ("HTI", "COP"), "Kenyan troops": ("KEN", "MIL")}


def test_a_force_with_a_country_of_its_own_is_not_split(nlp: Any) -> None:
    # guard: "Congolese police and Burundian soldiers" names both countries; and a recipient is no coordination
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Police arrested 12 Burundian soldiers on Monday .")
    assert sentence_country(doc) == "BDI"
    actors, _ = _parties(nlp, "Congolese police and Burundian soldiers cleared the road on Monday .", "cleared")
    assert _codes(actors) == {"Congolese police": ("COD", "COP"), "Burundian soldiers": ("BDI", "MIL")}


def test_two_forces_each_with_a_country_keep_their_own(nlp: Any) -> None:
    # guard: nothing is bare, so nothing changes; the sentence's first country stays the fallback
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Kenyan police and Haitian officers drove gang members out of the district .")
    assert sentence_country(doc) == "KEN"


def test_a_contingent_among_the_recipients_lends_the_attackers_no_country(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Rebels attacked soldiers and Ugandan troops near the border .", "attacked",
                         focus="COD")
    assert _codes(actors) == {"Rebels": ("COD", "REB")}


# ------------------------------------------------------------------ forces from abroad

def test_a_regional_force_is_a_blocs_not_the_hosts(nlp: Any) -> None:
    actors, _ = _parties(nlp, "West African troops withdrew from the capital in May .", "withdrew", focus="GMB")
    assert _codes(actors) == {"West African troops": ("IGO", "MIL")}
    actors, _ = _parties(nlp, "Foreign troops withdrew from the base in 2021 .", "withdrew", focus="AFG")
    assert _codes(actors) == {"Foreign troops": (None, "MIL")}


def test_a_demonym_force_is_still_its_countrys(nlp: Any) -> None:
    # guards: "South African" and "Central African" are countries' demonyms, not regions
    actors, _ = _parties(nlp, "South African troops withdrew from the town in May .", "withdrew", focus="COD")
    assert _codes(actors) == {"South African troops": ("ZAF", "MIL")}
    actors, _ = _parties(nlp, "Soldiers withdrew from the town in May .", "withdrew", focus="COD")
    assert _codes(actors) == {"Soldiers": ("COD", "MIL")}


# ------------------------------------------------------------------ migrants and refugees

def test_migrants_take_no_country_from_their_rescuers(nlp: Any) -> None:
    _, recips = _parties(nlp, "The Spanish coast guard rescued 58 migrants from a dinghy on Sunday .", "rescued")
    assert _codes(recips) == {"58 migrants": (None, "REF")}
    _, recips = _parties(nlp, "Polish border guards detained 30 refugees near the crossing .", "detained")
    assert _codes(recips) == {"30 refugees": (None, "REF")}


def test_migrants_named_by_origin_keep_it(nlp: Any) -> None:
    # guard: their own demonym still gives their country
    _, recips = _parties(nlp, "The Spanish coast guard rescued 58 Malian migrants on Sunday .", "rescued")
    assert _codes(recips) == {"58 Malian migrants": ("MLI", "REF")}


# ------------------------------------------------------------------ an aid body named after its home country

def test_an_aid_bodys_name_lends_no_country(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Gunmen looted a warehouse of the Danish Refugee Council near Baidoa .", "looted",
                         focus="SOM")
    assert _codes(actors) == {"Gunmen": ("SOM", "UAF")}
    assert article_country_focus("Gunmen looted a warehouse of the Danish Refugee Council in the east. "
                                 "The British Red Cross said ...") is None


def test_a_demonym_before_a_plain_council_still_counts(nlp: Any) -> None:
    # guard: a state body's name is no aid body ("the Iraqi National Security Council"): its country stands
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("The Iraqi National Security Council said troops had killed five militants .")
    assert sentence_country(doc) == "IRQ"


# ------------------------------------------------------------------ sectors

def test_business_leaders_are_business_not_government(nlp: Any) -> None:
    assert normalised(nlp, "The president met business leaders in Lagos .", "business leaders")[1] == "BUS"
    assert normalised(nlp, "The carmakers' association warned of job losses .", "carmakers' association")[1] == "BUS"
    # guard: a leader alone is still the government's
    assert normalised(nlp, "The leader met the envoy .", "The leader")[1] == "GOV"


def test_election_bodies_and_state_commissions_are_government(nlp: Any) -> None:
    assert normalised(nlp, "The opposition accused the electoral commission of fraud .",
                      "the electoral commission")[1] == "GOV"
    assert normalised(nlp, "Kenya's Anti-Corruption Commission arrested the governor .",
                      "Kenya's Anti-Corruption Commission")[:2] == ("KEN", "GOV")
    # guards: a commission with neither a country nor an election word says nothing; an NGO stays one
    assert normalised(nlp, "The commission met on Monday .", "The commission")[1] is None
    assert normalised(nlp, "Police raided a civil society observer group .", "civil society observer group")[0] == \
        "NGO"


def test_a_listed_name_split_at_its_hyphen_is_kept_whole(nlp: Any) -> None:
    _, recips = _parties(nlp, "The army accused the SPLM-N of blocking aid .", "accused")
    assert [(e.entity_text, e.code, e.sector) for e in recips] == [("SPLM-N", "SDN", "REB")]


# ------------------------------------------------------------------ "the group" never refers back to its own clause's subject

def test_a_generic_after_a_preposition_is_not_the_clauses_own_subject(nlp: Any) -> None:
    # (lead, from the demo's Colombia sample) the army was its own recipient
    for text, trig in (("The army halted offensive operations against the group .", "halted"),
                       ("The army fought against the group for years .", "fought")):
        actors, recips = _parties(nlp, text, trig)
        assert [e.entity_text for e in actors] == ["army"] and [e.entity_text for e in recips] == ["group"]
