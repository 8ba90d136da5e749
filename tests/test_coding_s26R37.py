"""Actors and recipients, round R37 (session 26), on sentences written for these tests (none from a story or
evaluation set), parsed without NER as the default pipeline does: forces sent with no sender named; settlers in an
occupied territory and the occupier's soldiers there; an act blamed on a party in a misparsed relative clause; aid to a place or region its purpose
names; parties of a deal the parser read into the mediator's list; lists hung on a name's apposition; plural
pronouns for coordinated parties; people from several countries; people named by age or kinship."""
from __future__ import annotations

from typing import Any

from coding_parts import story_parties
from roles import role_texts

from newsevents.coding.actors.tables import load_tables


# ------------------------------------------------------------------ forces sent (roles.py _sent_forces)

def test_troops_deployed_to_a_town_are_the_actor_not_the_town(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Troops were deployed to Kasese after the clashes .", "deployed")
    assert actors == ["Troops"]
    assert recips == []


def test_bodies_of_men_and_vigilantes_deployed_both_act(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Tactical teams and local vigilantes had been deployed to the area , the district "
                                "commissioner said .", "deployed")
    assert actors == ["Tactical teams", "local vigilantes"]


def test_reinforcements_sent_act(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Reinforcements were sent to the besieged town of Djibo .", "sent")
    assert actors == ["Reinforcements"]


def test_things_or_a_country_sent_something_are_no_force(nlp: Any) -> None:
    assert role_texts(nlp, "Medical supplies were sent to Gaza .", "sent")[0] == []
    assert role_texts(nlp, "Kenya was sent two planes of aid .", "sent")[0] == []


# ------------------------------------------------------------------ settlers (normalise.py _settlers_state)

def test_settlers_in_the_west_bank_are_israeli(nlp: Any) -> None:
    actors, recips = story_parties(nlp, "Settlers attacked Palestinian farmers near Nablus on Saturday .", "attacked")
    assert [(e.entity_text, e.code) for e in actors] == [("Settlers", "ISR")]
    assert recips[0].code == "PSE"


def test_settlers_in_a_palestinian_story_are_israeli(nlp: Any) -> None:
    actors, _ = story_parties(nlp, "Settlers attacked a village on Friday .", "attacked", "PSE")
    assert actors[0].code == "ISR"


def test_settlers_with_no_place_get_no_country(nlp: Any) -> None:
    actors, _ = story_parties(nlp, "Settlers attacked a village on Friday .", "attacked")
    assert actors[0].code is None


def test_settlers_elsewhere_keep_their_country(nlp: Any) -> None:
    # (Nigeria's "settlers" are migrants from other states, not an occupier's people)
    actors, _ = story_parties(nlp, "Settlers clashed with herders in Plateau state , killing five .", "clashed", "NGA")
    assert actors[0].code == "NGA"


def test_soldiers_in_the_west_bank_are_the_occupiers(nlp: Any) -> None:
    actors, recips = story_parties(nlp, "A 15-year-old boy was shot dead by soldiers in Jenin , the Palestinian "
                                        "health ministry said .", "shot")
    assert [(e.entity_text, e.code) for e in actors] == [("soldiers", "ISR")]
    assert recips[0].code != "ISR"


def test_palestinian_forces_and_fighters_keep_their_country(nlp: Any) -> None:
    actors, _ = story_parties(nlp, "Palestinian security forces arrested two men in Nablus .", "arrested")
    assert actors[0].code == "PSE"
    actors, recips = story_parties(nlp, "Hamas fighters attacked troops near Khan Younis .", "attacked", "PSE")
    assert actors[0].code == "PSE"
    assert recips[0].code == "ISR"


def test_soldiers_elsewhere_keep_their_country(nlp: Any) -> None:
    actors, _ = story_parties(nlp, "Soldiers killed two gunmen in Kaduna .", "killed")
    assert actors[0].code == "NGA"


def test_settlers_table_has_its_source_line() -> None:
    tb = load_tables()
    assert tb.settler_states == {"PSE": "ISR"}
    assert tb.occupier_forces == {"PSE": frozenset({"MIL"})}


# ------------------------------------------------------------------ blamed in a misparsed clause (_misread_blamers)

def test_blast_blamed_on_a_group_by_police(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The blast , which police blamed on Boko Haram , killed four people in "
                                     "Maiduguri .", "killed")
    assert actors == ["Boko Haram"]
    assert recips == ["four people"]


def test_bombing_blamed_on_a_group_by_officials(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The bombing , which officials blamed on the Islamic State group , wounded 30 "
                                "people .", "wounded")
    assert actors == ["Islamic State group"]


def test_the_party_said_to_be_involved_did_it(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Britain says the Russian government was involved in the nerve agent poisoning of "
                                "a former spy .", "poisoning")
    assert actors == ["Russian government"]
    actors, _ = role_texts(nlp, "Police said two soldiers were implicated in the killing of the journalist .",
                           "killing")
    assert actors == ["two soldiers"]


def test_a_thing_blamed_is_no_actor(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The fire , which police blamed on faulty wiring , killed four people .", "killed")
    assert "faulty wiring" not in actors and "wiring" not in actors


# ------------------------------------------------------------------ aid to a place (roles.py _aided_place)

def test_funding_to_fight_an_epidemic_in_a_region(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Germany on Thursday announced a sixfold increase in funding to fight the "
                                     "Ebola epidemic in West Africa .", "funding")
    assert actors == ["Germany"]
    assert recips == ["West Africa"]


def test_a_region_is_given_no_country(nlp: Any) -> None:
    _, recips = story_parties(nlp, "Germany on Thursday announced a sixfold increase in funding to fight the Ebola "
                                   "epidemic in West Africa .", "funding")
    assert [(e.entity_text, e.code) for e in recips] == [("West Africa", None)]


def test_rescue_that_saved_lives_in_a_country(nlp: Any) -> None:
    _, recips = role_texts(nlp, "USAID sent search teams as part of a rescue effort that saved 130 lives in Haiti .",
                           "rescue")
    assert recips == ["Haiti"]


def test_money_taken_from_a_fund_goes_to_no_place(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Investigators say the money was taken from the fund to buy assets in the US .",
                           "fund")
    assert recips == []


def test_aid_that_supported_people(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Australian aid also supported 2 million more Pakistani girls going to school .",
                                "aid")
    assert actors == ["Australian"]
    assert recips == ["2 million more Pakistani girls"]


def test_supplies_allowed_to_reach_people(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Ethiopian authorities struck a deal with the United Nations to allow humanitarian "
                                "supplies to reach the many people in need in Tigray .", "supplies")
    assert recips == ["many people"]


# ------------------------------------------------------------------ deals and mediators (_parties_after_broker)

def test_parties_read_into_the_mediators_list(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Under a deal brokered by Turkey , Russia and Ukraine agreed to resume grain "
                                     "exports .", "agreed")
    assert actors == ["Russia", "Ukraine"]
    assert recips == ["Russia", "Ukraine"]


def test_parties_read_into_the_mediators_list_agree_to_a_thing(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Under an agreement brokered by Qatar , Israel and Hamas agreed to a four-day "
                                     "pause in fighting .", "agreed")
    assert actors == ["Israel", "Hamas"]
    assert recips == ["Israel", "Hamas"]


def test_a_subject_of_its_own_keeps_the_mediators_out(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Under a deal brokered by Turkey and the United Nations , Russia agreed to "
                                     "resume grain exports .", "agreed")
    assert actors == ["Russia"]
    assert "Turkey" not in recips and "United Nations" not in recips


def test_mediators_of_a_truce_are_no_party(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Sudan 's army and the RSF agreed to a truce brokered by Saudi Arabia and the "
                                     "United States .", "agreed")
    assert actors == ["Sudan 's army", "RSF"]
    assert not {"Saudi Arabia", "United States"} & set(actors + recips)


# ------------------------------------------------------------------ lists (spans._conjuncts, normalise)

def test_list_hung_on_a_names_apposition(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The United States imposed sanctions against the Russian space organization "
                                "Glavkosmos and the Indian Space Research Organization .", "sanctions")
    assert recips == ["Russian space organization", "Indian Space Research Organization"]


def test_their_stands_for_both_coordinated_people(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Ukraine imposed sanctions on former President Viktor Yanukovich and ex-Prime "
                                "Minister Mykola Azarov , freezing their assets .", "freezing")
    assert recips == ["former President Viktor Yanukovich", "ex-Prime Minister Mykola Azarov"]


def test_them_stands_for_both_arrested(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Police arrested Ahmed Douma and Alaa Abdel Fattah on Monday and later charged "
                                "them with incitement .", "charged")
    assert recips == ["Ahmed Douma", "Alaa Abdel Fattah"]


def test_they_for_coordinated_states(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Kenya and Uganda said they would send troops to Somalia .", "send")
    assert actors == ["Kenya", "Uganda"]


def test_diplomats_from_several_countries(nlp: Any) -> None:
    _, recips = story_parties(nlp, "Russia expelled diplomats from Poland , Germany and Sweden over the protest .",
                              "expelled")
    assert [(e.entity_text, e.code) for e in recips] == [("diplomats", "POL"), ("Germany", "DEU"),
                                                         ("Sweden", "SWE")]


# ------------------------------------------------------------------ people by age or kinship (sector_nouns.tsv)

def test_a_teenager_shot_is_the_recipient_not_the_town(nlp: Any) -> None:
    _, recips = role_texts(nlp, "A teenager was shot dead by police in Nairobi .", "shot")
    assert recips == ["teenager"]


def test_relatives_arrested_are_the_recipients(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Police arrested his brother Ahmed and his son in Cairo .", "arrested")
    assert recips == ["his brother", "his son"]


def test_a_relative_takes_the_named_persons_country(nlp: Any) -> None:
    _, recips = story_parties(nlp, "The US imposed sanctions on Putin 's daughters .", "sanctions")
    assert [(e.code, e.sector) for e in recips] == [("RUS", "CVL")]
    _, recips = story_parties(nlp, "Israeli police arrested the son of a Palestinian official .", "arrested")
    assert [(e.entity_text, e.code) for e in recips] == [("son", "PSE")]


def test_a_relative_phoned_is_no_destination(nlp: Any) -> None:
    # (a relative is another person, not one's own men sent somewhere: not "Russia")
    _, recips = role_texts(nlp, "Yulia had phoned her cousin Viktoria Skripal in Russia .", "phoned")
    assert recips == ["her cousin"]


def test_odd_input_gives_no_party(nlp: Any) -> None:
    assert role_texts(nlp, "deployed .", "deployed") == ([], [])
    assert role_texts(nlp, "Settlers .", "Settlers")[1] == []
