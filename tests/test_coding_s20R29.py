"""Actors and recipients, round R29 (session 20, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: one reading for every shape of a fight (side A
acts, side B is acted on); targets struck in a province; a visiting body's members' country; a party that came
across a border; a story whose only country words are forces told after its lead."""
from __future__ import annotations

from typing import Any

from coding_parts import party_codes, story_parties
from roles import role_texts


# ------------------------------------------------------------------ fights: side A actor, side B recipient

def test_a_fight_noun_between_two_sides_is_side_a_on_side_b(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Clashes between riot police and cattle traders in Gboko left two men hurt .",
                                "Clashes")
    assert actors == ["riot police"]
    assert recips == ["cattle traders"]


def test_a_fight_noun_that_only_happens_reads_the_same(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Skirmishes between the army and Ambazonian fighters were reported near "
                                     "Batibo .", "Skirmishes")
    assert actors == ["army"]
    assert recips == ["Ambazonian fighters"]


def test_coordinated_subjects_of_a_fight_verb_are_side_a_and_side_b(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Soldiers and separatist militiamen clashed near Ndop on Tuesday .", "clashed")
    assert actors == ["Soldiers"]
    assert recips == ["separatist militiamen"]


def test_a_bare_and_the_parser_left_still_splits_the_sides(nlp: Any) -> None:
    # "Police/nmod and/cc stone-throwing youths": the parser gave the "and" no conjunct
    actors, recips = role_texts(nlp, "Police and stone-throwing youths clashed in the Kawangware slum .", "clashed")
    assert actors == ["Police"]
    assert recips == ["stone-throwing youths"]


def test_what_a_fight_does_is_still_done_by_all_its_sides(nlp: Any) -> None:
    # guard: the act a fight does has both sides as actors and its victims as recipients
    actors, recips = role_texts(nlp, "Fighting between Malian troops and jihadist fighters killed 14 villagers near "
                                     "Boni .", "killed")
    assert actors == ["Malian troops", "jihadist fighters"]
    assert recips == ["14 villagers"]


def test_a_side_named_with_its_other_side_keeps_its_conjuncts(nlp: Any) -> None:
    # guard: "X and Y clashed with Z": X and Y are one side, Z the other
    actors, recips = role_texts(nlp, "Police and soldiers clashed with miners near Kolwezi on Monday .", "clashed")
    assert actors == ["Police", "soldiers"]
    assert recips == ["miners"]


def test_one_phrase_for_both_sides_is_unchanged(nlp: Any) -> None:
    # guard: a pair named as one phrase stays each side's
    actors, recips = role_texts(nlp, "Rival herders clashed near Bentiu on Friday .", "clashed")
    assert actors == ["Rival herders"]


# ------------------------------------------------------------------ targets struck in a province

def test_people_a_strike_on_targets_kills_are_the_recipient_not_the_province(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Iranian drones struck positions in Iraq 's Erbil province on Sunday , wounding three "
                                "fighters .", "struck")
    assert recips == ["three fighters"]
    _, recips = role_texts(nlp, "Turkish jets hit targets in Syria 's Raqqa province , killing five civilians .", "hit")
    assert recips == ["five civilians"]


def test_a_target_struck_with_no_victims_stands_for_its_place(nlp: Any) -> None:
    # guard: as CAMEO annotates, "struck a target in X" with nobody hurt is X
    _, recips = role_texts(nlp, "The army struck a target in the town 's eastern districts with artillery .", "struck")
    assert recips == ["town 's eastern districts"]


def test_targets_struck_in_a_country_keep_the_country(nlp: Any) -> None:
    # guard: a state named as where the targets are is what is hit
    _, recips = role_texts(nlp, "Israeli jets struck targets in Lebanon overnight .", "struck")
    assert recips == ["Lebanon"]


def test_control_seized_of_a_town_is_still_the_town(nlp: Any) -> None:
    # guard: "control" is no target
    _, recips = role_texts(nlp, "Rebels seized control of the town of Rutshuru .", "seized")
    assert "control" not in recips


# ------------------------------------------------------------------ countries

def test_a_visiting_body_takes_its_members_country(nlp: Any) -> None:
    actors, _ = story_parties(nlp, "A visiting delegation of Beninese ministers met Nigeria 's vice president .",
                              "met")
    assert party_codes(actors)["visiting delegation"][0] == "BEN"
    actors, _ = story_parties(nlp, "A team of Rwandan engineers met officials in Goma .", "met")
    assert party_codes(actors)["team"][0] == "RWA"


def test_a_party_that_came_across_a_border_takes_neither_country(nlp: Any) -> None:
    actors, recips = story_parties(nlp, "Gunmen who infiltrated from Nigeria killed four gendarmes near Mora in "
                                        "northern Cameroon .", "killed")
    assert party_codes(actors)["Gunmen"][0] is None
    assert party_codes(recips)["four gendarmes"][0] == "CMR"
    actors, _ = story_parties(nlp, "Fighters who slipped in from Chad attacked a post near Diffa in Niger .",
                              "attacked")
    assert party_codes(actors)["Fighters"][0] is None


def test_a_party_from_the_place_it_strikes_keeps_that_country(nlp: Any) -> None:
    # guard: no crossing told, the place's country stays
    actors, _ = story_parties(nlp, "Gunmen killed four gendarmes near Mora in northern Cameroon .", "killed")
    assert party_codes(actors)["Gunmen"][0] == "CMR"


def test_a_country_named_beats_a_namesake_city_for_the_target(nlp: Any) -> None:
    _, recips = story_parties(nlp, "Jihadists raided a military camp near Kandi in northern Benin .", "raided")
    assert party_codes(recips)["military camp"][0] == "BEN"


def test_forces_told_after_a_lead_that_names_no_country_are_no_story_country() -> None:
    from newsevents.coding.actors import article_country_focus
    story = "Insurgents burned a church in Mueda district on Friday. Tanzanian troops later reached the area."
    assert article_country_focus(story) is None
    # guard: a lead that names a country keeps it; a later plain country name still counts
    assert article_country_focus("Insurgents burned a church in Mozambique on Friday. Tanzanian troops later "
                                 "reached the area.") == "MOZ"
    assert article_country_focus("Insurgents burned a church in Mueda district on Friday. The attack shocked "
                                 "Mozambique.") == "MOZ"


# ------------------------------------------------------------------ things struck, picked by a quantifier

def test_things_a_quantifier_picks_are_struck_not_their_village(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Militiamen burned down dozens of huts in a village near Beni .", "burned")
    assert recips == ["huts"]
    _, recips = role_texts(nlp, "Rioters looted scores of shops in Eldoret on Sunday .", "looted")
    assert recips == ["shops"]


def test_the_occupiers_removed_are_the_recipient_when_the_parser_joined_the_clauses(nlp: Any) -> None:
    # "occupied the hall/nmod and campus/conj guards/dobj removed/conj them": the guards act, the students are removed
    actors, recips = role_texts(nlp, "Students occupied the hall and campus guards removed them on Friday .",
                                "removed")
    assert actors == ["campus guards"]
    assert recips == ["Students"]


def test_coordinated_subjects_that_fight_an_object_are_one_side(nlp: Any) -> None:
    # guard: "X and Y fought Z": Z is the other side
    actors, recips = role_texts(nlp, "Soldiers and local vigilantes fought the bandits near Gusau .", "fought")
    assert "bandits" in recips and "Soldiers" in actors


def test_a_fight_told_by_a_report_is_side_a_on_side_b(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Police reported clashes between herders and fishermen near Mopti .", "clashes")
    assert actors == ["herders"]
    assert recips == ["fishermen"]


def test_a_fight_another_act_is_about_keeps_both_sides(nlp: Any) -> None:
    # guard: "to prevent a confrontation between X and Y": the fight is no trigger, both sides are named together
    _, recips = role_texts(nlp, "Qatar launched a mediation effort to prevent a military confrontation between "
                                "Eritrea and Djibouti .", "effort")
    assert recips == ["Eritrea", "Djibouti"]


def test_a_fight_named_by_its_object_noun_still_has_two_sides(nlp: Any) -> None:
    # "X and Y fought fierce battles": the battles are no other side
    actors, recips = role_texts(nlp, "The army and Ansaru fighters fought fierce battles near Kagarko .", "fought")
    assert actors == ["army"]
    assert recips == ["Ansaru fighters"]


def test_whom_a_force_fights_off_is_the_attacker_told_before(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Jihadists attacked army positions near Tessit at dawn , and soldiers fought them off "
                                "after two hours .", "fought")
    assert recips == ["Jihadists"]
    # guard: with no assault before, the pronoun keeps its usual reading
    _, recips = role_texts(nlp, "Police found the robbers in a forest , and officers fought them off .", "fought")
    assert recips != ["Police"]


def test_a_city_named_after_another_country_gives_that_country_nothing() -> None:
    from newsevents.coding.actors import article_country_focus
    assert article_country_focus("Rival cult groups clashed in Benin City on Sunday, leaving four dead.") is None
    # guard: a city that bears its own country's name keeps it
    assert article_country_focus("Gunmen killed a trader in Kuwait City on Monday.") == "KWT"
