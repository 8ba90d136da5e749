"""Actors and recipients, round R21 (session 12, issue 3: actors, recipients and their countries), on sentences
written for these tests (none from a story or evaluation set), parsed without NER as the default pipeline does:
the place that decides an armed party's country over the story's, a security body that reports its own forces, a
region named by a people, a foreign mission in the host country, office holders named by a title alone, and the
party a thing given goes to when the parser hangs its "to" phrase high."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import article_country_focus
from newsevents.records import Entity
from coding_parts import story_parties as _parties


def _codes(ents: list[Entity]) -> list[str | None]:
    return [e.code for e in ents]


# ------------------------------------------------------------------ an armed party's place over the story's country

def test_an_armed_party_takes_the_country_of_the_big_city_it_acts_in(nlp: Any) -> None:
    # a story filed from Kabul, an attack in a Pakistani city
    actors, _ = _parties(nlp, "Gunmen raided a police post outside Peshawar on Friday .", "raided", story="AFG")
    assert _codes(actors) == ["PAK"]
    actors, _ = _parties(nlp, "Militants shelled Mosul overnight , residents said .", "shelled", story="SYR")
    assert _codes(actors) == ["IRQ"]


def test_other_parties_and_shared_or_unknown_names_keep_the_storys_country(nlp: Any) -> None:
    # traders are no armed party: the reporter's home stays the guess
    actors, _ = _parties(nlp, "Traders closed their shops in Peshawar on Friday .", "closed", story="AFG")
    assert _codes(actors) == ["AFG"]
    # a name cities of two countries share, neither dwarfing the other (Hyderabad: India and Pakistan)
    actors, _ = _parties(nlp, "Gunmen attacked a checkpoint in Hyderabad on Friday .", "attacked", story="PAK")
    assert _codes(actors) == ["PAK"]
    # a first word of a longer name is no city ("San" of "San Lorenzo")
    actors, _ = _parties(nlp, "Gunmen attacked a checkpoint in San Lorenzo on Friday .", "attacked", story="PRY")
    assert _codes(actors) == ["PRY"]
    # a sentence with no city at all
    actors, _ = _parties(nlp, "Gunmen attacked a checkpoint on Friday .", "attacked", story="PRY")
    assert _codes(actors) == ["PRY"]


# ------------------------------------------------------------------ a security body reports its own forces

def test_soldiers_reported_by_a_states_army_are_that_states(nlp: Any) -> None:
    actors, recips = _parties(nlp, "Troops detained 14 smugglers near the border crossing with Niger , the "
                                   "Algerian army said .", "detained")
    assert _codes(actors) == ["DZA"]
    assert _codes(recips) != ["NER"]
    actors, _ = _parties(nlp, "Police arrested nine Ethiopian migrants in Moyale , Kenya 's interior ministry "
                              "said on Monday .", "arrested")
    assert _codes(actors) == ["KEN"]


def test_a_source_naming_two_countries_or_no_force_gives_no_country(nlp: Any) -> None:
    # two countries in the source: no reading of whose
    actors, _ = _parties(nlp, "Troops detained 14 smugglers near the border , the Algerian and Malian armies "
                              "said .", "detained", story="MLI")
    assert _codes(actors) == ["MLI"]


# ------------------------------------------------------------------ a region named by a people

def test_a_region_named_by_a_people_is_not_that_peoples_state(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Federal troops killed 20 militants in the Somali region of Ethiopia , the "
                              "government said .", "killed")
    assert _codes(actors) == ["ETH"]
    actors, _ = _parties(nlp, "Federal troops killed 20 militants in the Somali region on Tuesday .", "killed",
                         story="ETH")
    assert _codes(actors) == ["ETH"]


def test_a_states_own_region_named_with_its_demonym_stays_its(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Troops shelled villages in the Russian region of Kursk on Monday .", "shelled",
                         story="UKR")
    assert _codes(actors) == ["RUS"]


# ------------------------------------------------------------------ a foreign mission stands in the host country

def test_protesters_at_a_foreign_embassy_are_of_the_host_country(nlp: Any) -> None:
    actors, recips = _parties(nlp, "Protesters threw paint at the Turkish embassy on Sunday .", "threw",
                              story="SWE")
    assert _codes(actors) == ["SWE"]
    text = "STOCKHOLM , May 3 - Protesters threw paint at the Turkish embassy on Sunday , police said ."
    assert article_country_focus(text) == "SWE"
    # an election commission is a domestic body, no mission
    assert article_country_focus("Police guarded the Indian Election Commission offices on Monday .") == "IND"


# ------------------------------------------------------------------ office holders named by a title alone

def test_a_titled_minister_is_not_of_the_country_his_act_is_aimed_at(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The interior minister accused Moscow of meddling and said Moldova would respond .",
                         "accused")
    assert _codes(actors) == ["MDA"]
    # nothing else in the sentence: the story's country
    actors, _ = _parties(nlp, "The defence minister warned Caracas against any incursion .", "warned",
                         story="GUY")
    assert _codes(actors) == ["GUY"]


def test_a_titled_minister_is_not_of_the_country_he_visits(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Speaking in Geneva , the foreign minister urged Sweden to release the detained "
                              "activist .", "urged", story="NOR")
    assert _codes(actors) == ["NOR"]


def test_a_minister_in_his_own_capital_keeps_it(nlp: Any) -> None:
    # the capital is where he speaks, not whom he speaks to
    actors, _ = _parties(nlp, "In Kigali , the foreign minister denied the accusation .", "denied", story="COD")
    assert _codes(actors) == ["RWA"]


# ------------------------------------------------------------------ a thing given: its party hung on the verb

def test_aid_whose_to_phrase_hangs_on_the_verb_goes_to_that_party(nlp: Any) -> None:
    # "to Eritrea" hangs on "lifted", "to Cuba" on "restrictions"
    _, recips = _parties(nlp, "Norway lifted curbs on food assistance to Eritrea .", "assistance")
    assert _codes(recips) == ["ERI"]
    _, recips = _parties(nlp, "Canada eased restrictions on food assistance to Cuba .", "assistance")
    assert _codes(recips) == ["CUB"]
    # "gave priority to the shipment ... to the people": both "to" phrases hang on "gave"
    _, recips = _parties(nlp, "The navy gave priority to the shipment of fuel to the people of Mosul .", "shipment")
    assert [r.entity_text for r in recips] == ["people of Mosul"]


def test_a_thing_given_with_no_party_has_no_recipient(nlp: Any) -> None:
    _, recips = _parties(nlp, "The aid was welcome .", "aid")
    assert recips == []


# ------------------------------------------------------------------ a thing hit in a big city; a plural read as a name

def test_a_thing_hit_near_a_big_city_is_of_that_citys_country(nlp: Any) -> None:
    _, recips = _parties(nlp, "A drone struck a truck near Sidon on Thursday .", "struck", story="ISR")
    assert _codes(recips) == ["LBN"]
    # no city: nothing from it
    _, recips = _parties(nlp, "A drone struck a truck near the coast on Thursday .", "struck")
    assert _codes(recips) == [None]


def test_a_plural_the_tagger_reads_as_a_name_after_a_blanked_dateline_keeps_its_sector(nlp: Any) -> None:
    # the pipeline blanks "BUKAVU, May 2 -" to spaces of the same length before parsing
    actors, _ = _parties(nlp, "                Rebels seized the town of Walikale on Saturday .", "seized",
                         story="COD")
    assert [(a.code, a.sector) for a in actors] == [("COD", "REB")]


# ------------------------------------------------------------------ a dateline with neither date nor agency

def test_a_capital_dateline_with_only_a_dash_is_the_storys_country() -> None:
    text = ("HANOI - Vietnamese fishermen said a Chinese ship rammed their boat. The foreign ministry condemned "
            "China for the attack and summoned the Chinese ambassador.")
    assert article_country_focus(text) == "VNM"
    # a lead that is no dateline ("US - China talks ...") is not read as one
    assert article_country_focus("US - China talks resumed in Geneva , where China and the US met .") != "CHE"


# ------------------------------------------------------------------ an office-holder abroad

def test_an_office_holder_meeting_abroad_is_not_of_the_venue(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The trade minister met his Zambian counterpart in Lusaka on Monday .", "met",
                         story="MWI")
    assert _codes(actors)[0] == "MWI"
    # protesters are where they act
    actors, _ = _parties(nlp, "Protesters set fire to the Danish embassy in Tehran .", "set")
    assert _codes(actors) == ["IRN"]


def test_the_other_side_of_a_meeting_is_not_the_storys_country() -> None:
    text = "LILONGWE - The trade minister met his Zambian counterpart in Lusaka on Monday to discuss maize exports."
    assert article_country_focus(text) == "MWI"


def test_an_embassy_is_not_of_the_city_it_stands_in(nlp: Any) -> None:
    _, recips = _parties(nlp, "Norway condemned the attack on its embassy in Kabul .", "condemned")
    assert _codes(recips) == ["NOR"]
