"""Actors and recipients, round R26 (session 17, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: the other side of a fight is people, never
their town; a fight verb the parser hung on its side's noun is that side's; a subject the parser joined to the
object before is its own verb's; a crowd's demand hung on the place it gathered at is the crowd's; a passive act
of harm takes its doer from a later clause; a border a party crossed is not its country."""
from __future__ import annotations

from typing import Any

from roles import normalised, role_texts, sentence_roles


# ------------------------------------------------------------------ fights

def test_the_other_side_of_a_clash_is_people_not_their_town(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Youths clashed with bus touts in the town of Mityana on Sunday .", "clashed")
    assert actors == ["Youths"]
    assert recips == ["bus touts"]


def test_what_a_fight_is_fought_with_is_no_side(nlp: Any) -> None:
    # guard: an instrument after "with" is no party
    _, recips = role_texts(nlp, "Rival clans fought with machetes near Baidoa .", "fought")
    assert not any("machete" in r for r in recips)


def test_a_clash_hung_on_its_side_is_that_sides(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Police detained 19 people after villagers clashed with loggers in Kapit "
                                     "on Friday .", "clashed")
    assert actors == ["villagers"]
    assert recips == ["loggers"]


# ------------------------------------------------------------------ subjects joined to the object before

def test_a_subject_joined_to_the_object_before_is_its_verbs(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Traders occupied the bus park and soldiers later dispersed them .",
                                "dispersed")
    assert actors == ["soldiers"]
    assert recips == ["Traders"]


def test_them_stands_for_people_not_one_thing(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Squatters occupied a state farm and police evicted them .", "evicted")
    assert actors == ["police"]
    assert recips == ["Squatters"]


def test_a_shared_subject_stays(nlp: Any) -> None:
    # guard: "and" before the second verb keeps the first subject, and "them" the objects it holds
    actors, recips = role_texts(nlp, "The army arrested the mayor and his deputy and released them on Friday .",
                                "released")
    assert actors == ["army"]
    assert "mayor" in recips


# ------------------------------------------------------------------ crowds

def test_a_demand_hung_on_the_place_is_the_crowds(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Widows of the drowned fishermen gathered outside the port authority demanding "
                                "compensation .", "demanding")
    assert actors and actors[0].startswith("Widows")


def test_a_gathering_verb_hung_inside_the_subject_phrase_is_the_subjects(nlp: Any) -> None:
    # (the parser makes "Families" the root and hangs "rallied" on "migrants")
    actors, _ = role_texts(nlp, "Families of missing migrants rallied in Dakar , demanding answers from the "
                                "government .", "rallied")
    assert actors and actors[0].startswith("Families")


def test_a_gathering_verb_with_its_own_subject_stays(nlp: Any) -> None:
    # guard: the usual parse
    actors, _ = role_texts(nlp, "Families of missing miners rallied in Kitwe .", "rallied")
    assert actors and actors[0].startswith("Families")


# ------------------------------------------------------------------ doers told later

def test_the_killers_of_them_are_the_doers_of_the_passive(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Three porters were shot dead in Kishtwar ; police said militants had killed "
                                     "them .", "shot")
    assert actors == ["militants"]
    assert recips == ["Three porters"]


def test_who_laid_the_ambush_did_the_killing(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Two home guards were killed in Dantewada ; the Maoists had laid an ambush on the "
                                "road .", "killed")
    assert actors == ["Maoists"]


def test_who_is_blamed_for_the_killing_did_it(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A shopkeeper was killed in Ukhrul , and police blamed insurgents for the "
                                "killing .", "killed")
    assert actors == ["insurgents"]


def test_the_harmed_are_never_their_own_doers(nlp: Any) -> None:
    # guard: a later clause about the same kind of party the passive harmed
    actors, _ = role_texts(nlp, "Two soldiers were killed in Datta Khel and the soldiers had launched an attack "
                                "on a hideout .", "killed")
    assert "soldiers" not in actors


def test_an_act_hung_on_the_last_passive_is_the_firsts_too(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A constable was killed and two others were wounded in a militants attack at "
                                "Pampore .", "killed")
    assert actors == ["militants"]


def test_who_left_the_bomb_is_the_doer(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Two children were killed when they picked up a bomb left by insurgents near "
                                "Sangin .", "killed")
    assert actors == ["insurgents"]


def test_a_weapons_own_name_is_no_party(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A porter was killed and two others were injured in an Improvised Explosive "
                                "Device explosion near Goalpara .", "killed")
    assert actors == []


# ------------------------------------------------------------------ countries and sectors

def test_a_border_crossed_is_not_the_partys_country(nlp: Any) -> None:
    from newsevents.coding.actors import article_country_focus

    text = "Gunmen who had crossed from Afghanistan attacked a checkpost in Zhob ."
    actors, _ = sentence_roles(nlp, text, "attacked")
    assert all(e.code != "AFG" for e in actors)
    assert article_country_focus(text) != "AFG"


def test_refugees_who_fled_keep_their_country(nlp: Any) -> None:
    # guard: fleeing is not crossing over
    from newsevents.coding.actors import article_country_focus

    assert article_country_focus("Refugees who fled from Sudan protested in Juba .") is not None


def test_an_accused_thing_is_the_target(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The opposition accused the budget of neglecting farmers .", "accused")
    assert recips == ["budget"]


def test_people_evicted_or_clearing_streets_are_civilians(nlp: Any) -> None:
    for text in ("The squatters left .", "The vendors left .", "The hawkers left .", "The tenants left .",
                 "The parents left ."):
        assert normalised(nlp, text, text.split()[1])[1] == "CVL", text


def test_a_passive_timing_clause_names_its_doer_by_by(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Two brothers were killed when their jeep was attacked by unidentified gunmen near "
                                "Razmak .", "killed")
    assert actors == ["unidentified gunmen"]


def test_a_timing_clause_under_a_while_passive_times_the_first_too(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A tailor was shot dead while another man was injured when unidentified assailants "
                                "fired at them in Baldia Town .", "shot")
    assert actors == ["unidentified assailants"]


def test_a_side_named_as_the_object_is_acted_on(nlp: Any) -> None:
    # (the coder may take the party noun for the trigger: its verb is the event, as for a subject)
    actors, recips = role_texts(nlp, "Ugandan troops and police drove the armed bandits out of the village of "
                                     "Kanawat .", "bandits")
    assert actors and actors[0].endswith("troops")
    assert recips == ["armed bandits"]


def test_a_quote_mark_is_no_part_of_the_phrase(nlp: Any) -> None:
    _, recips = role_texts(nlp, 'The police said its officers had "neutralised" several bandits near Zurmi .',
                           "neutralised")
    assert recips and not recips[0].startswith('"')
