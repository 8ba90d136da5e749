"""Actors and recipients, round R30 (session 21, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: a fight's second side the parser hung inside
the first side's "of" phrase; a town, the streets of a town and a shoal a boat was heading to are no parties; an
armed party does not take the nationality of whom its act is aimed at; a visiting team takes its members' country;
"Benin City" names no country."""
from __future__ import annotations

from typing import Any

from coding_parts import party_codes, story_parties
from roles import role_texts


# ------------------------------------------------------------------ fights: the second side inside an "of" phrase

def test_the_other_side_inside_the_first_sides_of_phrase(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Clashes between supporters of the ruling party and opposition youths left "
                                     "two men hurt in Kumasi .", "Clashes")
    assert actors == ["supporters"]
    assert recips == ["opposition youths"]


def test_the_other_side_as_a_conjunct_of_the_of_object(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Clashes between supporters of the governor and student protesters erupted "
                                     "in Jos on Friday .", "Clashes")
    assert actors == ["supporters"]
    assert recips == ["student protesters"]


def test_supporters_of_two_named_men_stay_one_side(nlp: Any) -> None:
    # guard: "supporters of Ouattara and Gbagbo" are supporters of both, no second side
    _, recips = role_texts(nlp, "Clashes between supporters of Ouattara and Gbagbo left two dead .", "Clashes")
    assert recips == []


# ------------------------------------------------------------------ towns, streets and shoals are no parties

def test_a_shelled_town_named_by_its_place_noun_is_no_recipient(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The army shelled the town of Kauda overnight .", "shelled")
    assert actors == ["army"]
    assert recips == []
    _, recips = role_texts(nlp, "Rebels stormed the village of Bunagana on Monday .", "stormed")
    assert recips == []
    _, recips = role_texts(nlp, "Militants fired mortars at the town of Shlomi .", "fired")
    assert recips == []


def test_people_a_town_shelling_killed_are_its_recipients(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Russian forces shelled the city of Nikopol , killing three civilians .", "shelled")
    assert recips == ["three civilians"]


def test_a_bare_town_name_keeps_the_cameo_reading(nlp: Any) -> None:
    # guard: "shelled Kauda" (no place noun) stays as CAMEO annotators mark it
    _, recips = role_texts(nlp, "The army shelled Kauda overnight .", "shelled")
    assert recips == ["Kauda"]


def test_a_town_whose_streets_a_crowd_took_to_is_where(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Protesters took to the streets of Kisumu on Tuesday to denounce the new "
                                     "levy .", "took")
    assert actors == ["Protesters"]
    assert recips == []


def test_a_shoal_a_boat_was_heading_to_is_no_target(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The coast guard fired water cannon at a supply boat heading to Sabina Shoal .",
                           "fired")
    assert recips == ["supply boat"]


# ------------------------------------------------------------------ countries

def test_a_force_does_not_take_the_nationality_of_its_target(nlp: Any) -> None:
    actors, recips = story_parties(nlp, "Navy ships fired flares at a Malaysian fishing boat near the Spratly "
                                        "Islands .", "fired")
    assert party_codes(actors)["Navy ships"][0] is None
    assert party_codes(recips)["Malaysian fishing boat"][0] == "MYS"
    actors, _ = story_parties(nlp, "Border guards opened fire on a group of Pakistani migrants near the frontier .",
                              "opened", story="PAK")
    assert party_codes(actors)["Border guards"][0] is None


def test_a_force_keeps_the_country_of_the_town_it_acts_in(nlp: Any) -> None:
    # guard: a town named with the target is where, and still gives the country
    actors, _ = story_parties(nlp, "Police fired tear gas at protesters in Harare .", "fired")
    assert party_codes(actors)["Police"][0] == "ZWE"
    actors, _ = story_parties(nlp, "Police fired tear gas at Zimbabwean protesters in Harare .", "fired")
    assert party_codes(actors)["Police"][0] == "ZWE"


def test_a_visiting_team_of_diplomats_takes_their_country(nlp: Any) -> None:
    actors, _ = story_parties(nlp, "A visiting team of Malawian diplomats met officials of the African Union in "
                                   "Addis Ababa .", "met")
    assert party_codes(actors)["visiting team"][0] == "MWI"


def test_diplomats_summoned_in_a_delegation_give_the_summoner_no_country(nlp: Any) -> None:
    # guard: a delegation acted on is held all the same; its members' country is not the government's
    actors, _ = story_parties(nlp, "The government summoned a delegation of Malawian diplomats .", "summoned")
    assert party_codes(actors)["government"][0] != "MWI"


def test_benin_city_residents_are_not_of_benin(nlp: Any) -> None:
    _, recips = story_parties(nlp, "Rival cult gangs attacked Benin City residents on Sunday .", "attacked")
    assert party_codes(recips)["Benin City residents"][0] != "BEN"


def test_benin_city_is_no_country_name_for_a_target() -> None:
    from newsevents.coding.actors.objects import _is_country_name
    from newsevents.coding.actors import load_tables
    from newsevents.nlp import load_nlp
    nlp = load_nlp()
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Gunmen attacked Benin City on Sunday .")
        benin = nlp("Gunmen attacked Benin on Sunday .")
    assert not _is_country_name(doc[3], load_tables())
    assert _is_country_name(benin[2], load_tables())


def test_odd_input_gives_no_side_and_no_error(nlp: Any) -> None:
    assert role_texts(nlp, "Clashes between .", "Clashes") == ([], [])
    _, recips = role_texts(nlp, "The army shelled the city of .", "shelled")
    assert "Benin" not in " ".join(recips)


def test_a_shoal_a_boat_was_sailing_to_is_no_party_of_a_blockade(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Coast guard ships blocked a supply boat sailing toward Thitu Island .", "blocked")
    assert "Thitu Island" not in recips


def test_a_country_or_party_a_thing_was_going_to_stays(nlp: Any) -> None:
    # guard: a state or an armed group the thing was for is still the other side
    _, recips = role_texts(nlp, "Navy ships intercepted a tanker bound for Syria .", "intercepted")
    assert recips == ["Syria"]
    _, recips = role_texts(nlp, "Troops seized a truck carrying weapons to the rebels .", "seized")
    assert recips == ["rebels"]


def test_a_town_named_by_its_holder_stands_for_them(nlp: Any) -> None:
    # guard: "the rebel-held town" is the rebels' (as CAMEO annotators mark it), also with a toll told
    _, recips = role_texts(nlp, "Government jets bombed the rebel-held town overnight .", "bombed")
    assert recips == ["rebel-held town"]
    _, recips = role_texts(nlp, "Government jets bombed the rebel-held town , killing nine people .", "bombed")
    assert recips == ["rebel-held town"]
