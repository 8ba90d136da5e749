"""Actors and recipients, round R23 (session 14, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: the user of a weapon named in its "by" phrase,
"American" that names a continent or people and not the USA, a pronoun after "the move by X", acts aimed by
"targeting", and the lower-case doer word of an attack noun."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import article_country_focus
from newsevents.coding.actors.tables import continent_word
from coding_parts import story_parties as _parties
from roles import normalised, role_texts


# ------------------------------------------------------------------ a weapon's user named in its "by" phrase

def test_the_user_named_in_a_weapons_by_phrase_is_the_actor(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Rockets fired by Hamas militants hit a school in Sderot .", "hit")
    assert actors == ["Hamas militants"]
    actors, _ = role_texts(nlp, "A grenade thrown by a masked man wounded four shoppers in the market .", "wounded")
    assert actors == ["masked man"]
    actors, _ = role_texts(nlp, "Two drones launched by the insurgents struck a fuel depot .", "struck")
    assert actors == ["insurgents"]


def test_a_weapon_participle_the_parser_made_the_main_verb_keeps_its_agent(nlp: Any) -> None:
    # "Shells fired/ROOT from X by Y damaged ...": the agent of the misparsed participle is the user
    actors, _ = role_texts(nlp, "Shells fired from Luhansk by separatist forces damaged a clinic in Sievierodonetsk .",
                           "fired")
    assert actors == ["separatist forces"]


def test_a_weapon_with_no_user_named_is_unchanged(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Russian drones hit a power plant near the city .", "hit")
    assert actors == ["Russian drones"]
    # a place the weapon came from is no user
    actors, _ = role_texts(nlp, "Missiles launched from Yemen struck an oil facility in Jeddah .", "struck")
    assert actors == []


# ------------------------------------------------------------------ "American" that is not the USA

def test_american_after_a_continent_word_is_not_the_usa(nlp: Any) -> None:
    assert normalised(nlp, "Police detained dozens of Latin American migrants .", "Latin American migrants")[0] is None
    assert normalised(nlp, "Guards arrested two South American tourists .", "two South American tourists")[0] is None
    assert normalised(nlp, "Central American migrants crossed the river .", "Central American migrants")[0] is None
    assert normalised(nlp, "Police arrested African American protesters .", "African American protesters")[0] is None


def test_american_and_other_compass_demonyms_still_name_their_country(nlp: Any) -> None:
    assert normalised(nlp, "American troops killed two militants .", "American troops")[0] == "USA"
    assert normalised(nlp, "South African police arrested 12 miners .", "South African police")[0] == "ZAF"
    assert normalised(nlp, "North Korean troops fired shells .", "North Korean troops")[0] == "PRK"


def test_a_continent_gives_no_party_its_country_in_the_sentence_or_the_story(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Police in the port detained activists from South American countries .", "detained")
    assert actors[0].code != "USA"
    story = "Activists from Latin American countries joined protesters outside the summit. Police detained 12 people."
    assert article_country_focus(story) != "USA"
    assert article_country_focus("American soldiers detained 12 people. The Americans said ...") == "USA"


def test_continent_word_reads_odd_input() -> None:
    assert continent_word("Latin American", 6, 14)
    assert continent_word("Afro-American", 5, 13)
    assert not continent_word("American", 0, 8)
    assert not continent_word("", 0, 0)
    assert not continent_word("South Sudanese", 6, 14)


# ------------------------------------------------------------------ a pronoun after "the move by X"

def test_a_pronoun_after_an_abstract_subject_takes_the_party_it_is_by(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The move by the insurgents came a day after they stormed a prison in Kaduna .",
                           "stormed")
    assert actors == ["insurgents"]
    actors, _ = role_texts(nlp, "The announcement came two days after the gunmen raided a village in Zamfara .",
                           "raided")
    assert actors == ["gunmen"]


def test_a_pronoun_after_a_party_subject_or_a_name_is_unchanged(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The rebels said they had seized the town .", "seized")
    assert actors == ["rebels"]
    actors, _ = role_texts(nlp, "Doctors Without Borders says it is treating 40 wounded people .", "treating")
    assert actors and actors[0] != "Without"


# ------------------------------------------------------------------ acts aimed by "targeting"

def test_an_act_aimed_by_its_participle_is_aimed_at_that_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The air force launched strikes targeting militant camps in Borno .", "strikes")
    assert recips == ["militant camps"]
    _, recips = role_texts(nlp, "The army conducted raids that targeted bandit hideouts in Katsina .", "raids")
    assert recips == ["bandit hideouts"]
    _, recips = role_texts(nlp, "Troops launched an offensive aimed at Islamist fighters in the Sahel .", "offensive")
    assert recips == ["Islamist fighters"]


def test_whoever_sends_the_aimed_thing_aims_it(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Militants planted explosives targeting a gas pipeline in Sui .", "targeting")
    assert actors == ["Militants"]
    # guard: men carrying weapons carry them themselves
    actors, recips = role_texts(nlp, "Soldiers detained men carrying weapons near the border .", "detained")
    assert actors == ["Soldiers"] and recips == ["men"]


# ------------------------------------------------------------------ the doer word of an attack noun

def test_a_lower_case_party_word_on_an_attack_noun_is_its_doer(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The guerrilla raid on the oil pipeline in Arauca caused a spill .", "raid")
    assert actors == ["guerrilla"] and recips == ["oil pipeline"]
    actors, _ = role_texts(nlp, "Five soldiers died in the rebel ambush on a convoy in Ituri .", "died")
    assert actors == ["rebel"]


def test_a_kind_word_or_a_weapon_on_an_attack_noun_is_no_doer(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Pakistan Army launched a military operation against militants in Khyber .",
                           "operation")
    assert actors == ["Pakistan Army"]
    actors, _ = role_texts(nlp, "The drone attack on the base wounded three soldiers .", "attack")
    assert actors == []


# ------------------------------------------------------------------ a party's thing has the party's sector

def test_a_thing_of_a_named_party_has_that_partys_sector(nlp: Any) -> None:
    text = "Arsonists burned the opposition leader's house in Lilongwe ."
    assert normalised(nlp, text, "the opposition leader's house")[1] == "OPP"
    text = "Bandits ambushed the district commissioner's car near Marsabit ."
    assert normalised(nlp, text, "the district commissioner's car")[1] == "GOV"
    assert normalised(nlp, "The police commissioner resigned .", "The police commissioner")[1] == "COP"


def test_a_role_of_a_named_body_and_a_pronoun_owner_are_unchanged(nlp: Any) -> None:
    code, sector, _ = normalised(nlp, "The African Union's trade chief spoke .", "African Union's trade chief")
    assert code == "IGO" and sector != "LAB"
    assert normalised(nlp, "They burned his house .", "his house")[1] is None


# ------------------------------------------------------------------ "the two sides" of a joint or reciprocal act

def test_both_sides_named_as_one_phrase_are_each_others_other_side(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The two sides exchanged fire near the frontier post .", "fire")
    assert actors == recips == ["two sides"]
    actors, recips = role_texts(nlp, "Both armies clashed along the river on Sunday .", "clashed")
    assert actors == recips == ["Both armies"]


def test_a_counted_party_of_a_one_sided_act_is_no_pair(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Two ministers resigned on Sunday .", "resigned")
    assert actors == ["Two ministers"] and recips == []


def test_a_weapon_fired_by_a_party_in_other_frames(nlp: Any) -> None:
    # the firing participle as the event's cue: the verb saying what the weapon hit carries the roles
    actors, recips = role_texts(nlp, "Artillery shells fired by the army landed on a school in Uvira .", "fired")
    assert actors == ["army"] and recips == ["school"]
    # an explosive device, and a passive relative clause
    actors, _ = role_texts(nlp, "Explosive devices planted by Maoists killed two jawans in Dantewada .", "killed")
    assert actors == ["Maoists"]
    actors, _ = role_texts(nlp, "The bomb , which was planted by suspected jihadists , killed four traders .",
                           "killed")
    assert actors == ["suspected jihadists"]


# ------------------------------------------------------------------ a harm participle after a party

def test_a_party_a_harm_participle_follows_is_its_recipient(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Families of the soldiers killed in the rebel attack on the depot in Tame "
                                     "marched in Bogota .", "killed")
    assert actors == ["rebel"] and recips == ["soldiers"]
    actors, recips = role_texts(nlp, "The bodies of four herders killed by the bandits were found near Gusau .",
                                "killed")
    assert actors == ["bandits"] and recips == ["four herders"]
    actors, recips = role_texts(nlp, "Two guards injured in the blast were taken to hospital .", "injured")
    assert actors == [] and recips == ["Two guards"]


def test_a_participle_after_a_thing_or_of_no_harm_is_unchanged(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Gunmen shot two traders travelling to Kano .", "shot")
    assert actors == ["Gunmen"] and recips == ["two traders"]
