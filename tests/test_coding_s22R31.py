"""Actors and recipients, round R31 (session 22), on sentences written for these tests (none from a story or
evaluation set), parsed without NER as the default pipeline does: the people an act's result clause harms when it
has no other side of its own; whoever defuses a bomb is no actor; craft and convoys stopped; positions
marked as a party's; crowds holding a gathering; people a vehicle carried; force aimed at people the sector table
lacks; appositions in a party's span; staff by their field; foreign people; a place hung inside an "of" phrase."""
from __future__ import annotations

from typing import Any

from coding_parts import party_codes
from roles import normalised, role_entities, role_texts


# ------------------------------------------------------------------ whom a result clause harms

def test_fire_opened_in_a_market_falls_on_the_people_killed(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Gunmen opened fire in a market in Kano , killing six people .", "opened")
    assert actors == ["Gunmen"]
    assert recips == ["six people"]


def test_fire_opened_on_a_bazaar_falls_on_the_shoppers(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Militants opened fire on a crowded bazaar in Peshawar , killing five shoppers .",
                           "opened")
    assert recips == ["five shoppers"]


def test_a_result_clause_hung_on_the_report(nlp: Any) -> None:
    # the parser hangs "killing" on "said": it is still the blast's result
    _, recips = role_texts(nlp, "A remote-controlled bomb exploded near a police checkpoint in Mardan , police "
                                "said , killing a constable .", "exploded")
    assert recips == ["constable"]


def test_a_named_target_keeps_its_place_before_the_victims(nlp: Any) -> None:
    # guard: an act with a party of its own keeps it ("fired on protesters, killing two")
    _, recips = role_texts(nlp, "Police fired live rounds at protesters in Nairobi , killing two .", "fired")
    assert recips == ["protesters"]


def test_a_result_clause_with_no_people_gives_nobody(nlp: Any) -> None:
    # guard: nothing harmed that is a party ("killing" with no object)
    _, recips = role_texts(nlp, "Gunmen opened fire in a market in Kano on Sunday .", "opened")
    assert recips == []


# ------------------------------------------------------------------ weapons are no actors

def test_a_weapon_stays_the_actor_of_its_blast(nlp: Any) -> None:
    # guard: CAMEO annotators mark the weapon itself as the source ("a car bomb ... killed"); only the people who
    # find or defuse it are no actor
    actors, recips = role_texts(nlp, "An IED exploded near a police patrol in Khyber district , wounding three "
                                     "officers .", "exploded")
    assert actors == ["IED"]
    assert recips == ["three officers"]


def test_a_weapon_named_for_a_party_stays(nlp: Any) -> None:
    # guard: "Russian drones" are Russia's
    actors, _ = role_texts(nlp, "Russian drones hit a power plant near the city .", "hit")
    assert actors == ["Russian drones"]


def test_who_defuses_a_bomb_never_used_it(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Police defused a second bomb after an IED blast killed three people in Bajaur .",
                           "bomb")
    assert actors == []


def test_a_blast_caused_by_a_planted_device_is_its_planters(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Security officials said the blast was caused by an improvised explosive device "
                                "planted by militants .", "blast")
    assert actors == ["militants"]


def test_a_blast_caused_by_a_bomber(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Officials said the blast was caused by a suicide bomber .", "blast")
    assert actors == ["suicide bomber"]


# ------------------------------------------------------------------ craft and convoys stopped

def test_a_resupply_boat_blocked_is_the_recipient(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The coast guard blocked a resupply boat sailing toward the shoal .", "blocked")
    assert actors == ["coast guard"]
    assert recips == ["resupply boat"]
    _, recips = role_texts(nlp, "Chinese vessels blocked a resupply boat sailing toward Second Thomas Shoal .",
                           "blocked")
    assert recips == ["resupply boat"]


def test_a_resupply_mission_blocked(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The coast guard blocked a resupply mission heading to the grounded warship .",
                           "blocked")
    assert recips == ["resupply mission"]


def test_a_boat_only_seen_is_no_recipient(nlp: Any) -> None:
    # guard: a verb that stops nothing keeps a bare boat out
    _, recips = role_texts(nlp, "The coast guard spotted a resupply boat sailing toward the shoal .", "spotted")
    assert recips == []


# ------------------------------------------------------------------ positions marked as a party's

def test_positions_of_a_named_party_are_the_recipient_not_the_place(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Turkish warplanes bombed Kurdish militant positions in northern Iraq , the "
                                     "defence ministry said .", "bombed")
    assert actors == ["Turkish warplanes"]
    assert recips == ["Kurdish militant positions"]


def test_bare_targets_keep_their_place(nlp: Any) -> None:
    # guard: "targets in X" with no party named stand for the place (session 20)
    _, recips = role_texts(nlp, "Jets struck targets in Idlib province overnight .", "struck")
    assert recips != ["targets"]


# ------------------------------------------------------------------ crowds, carried people, aimed force

def test_a_march_dispersed_falls_on_its_marchers(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "A peaceful march by nurses in Lagos was dispersed by police officers using "
                                     "tear gas .", "dispersed")
    assert actors == ["police officers"]
    assert recips == ["nurses"]


def test_a_rally_of_supporters_banned(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The governor banned a rally of opposition supporters in Kano .", "banned")
    assert recips == ["opposition supporters"]


def test_people_a_convoy_carried(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Rebels ambushed a convoy carrying World Food Programme staff near Bentiu .",
                           "ambushed")
    assert recips == ["World Food Programme staff"]


def test_a_boat_carrying_goods_stays_the_boat(nlp: Any) -> None:
    # guard: a load of goods is nobody
    _, recips = role_texts(nlp, "The navy intercepted a boat carrying weapons off the coast .", "intercepted")
    assert "weapons" not in recips


def test_tear_gas_fired_at_people_the_table_lacks(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Kenyan police fired tear gas at medical interns protesting unpaid wages in "
                                     "Nairobi .", "fired")
    assert actors == ["Kenyan police"]
    assert recips == ["medical interns"]


# ------------------------------------------------------------------ spans and sectors

def test_an_apposition_after_a_name_is_part_of_its_span(nlp: Any) -> None:
    _, recips = role_entities(nlp, "Police arrested Moussa Diallo , an opposition activist , in Conakry .",
                              "arrested")
    assert [e.entity_text for e in recips] == ["Moussa Diallo , an opposition activist"]
    assert recips[0].sector == "CVL"


def test_a_title_before_a_name_in_apposition(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Venezuela 's embattled president , Nicolas Maduro , rejected the offer .",
                           "rejected")
    assert actors == ["Venezuela 's embattled president , Nicolas Maduro"]


def test_a_place_inside_an_of_phrase_is_left_out_of_the_span(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Unknown gunmen abducted three aid workers of the Norwegian Refugee Council in "
                                "Borno state .", "abducted")
    assert recips == ["three aid workers of the Norwegian Refugee Council"]


def test_a_name_with_in_keeps_it(nlp: Any) -> None:
    # guard: "Islamic Resistance in Iraq" is a name, not a place phrase
    actors, _ = role_texts(nlp, "Fighters of the Islamic Resistance in Iraq fired drones at a base .", "fired")
    assert actors and "Iraq" in actors[0]


def test_staff_take_the_sector_of_their_field(nlp: Any) -> None:
    assert normalised(nlp, "Five health workers were shot dead .", "Five health workers")[1] == "MED"
    assert normalised(nlp, "Hospital staff were attacked .", "Hospital staff")[1] == "MED"
    assert normalised(nlp, "Media workers protested .", "Media workers")[1] == "JRN"


def test_plain_workers_stay_labour(nlp: Any) -> None:
    # guard: "workers" alone, and a ministry's workers
    assert normalised(nlp, "Dock workers went on strike .", "Dock workers")[1] == "LAB"
    assert normalised(nlp, "Health ministry workers were arrested .", "Health ministry workers")[1] != "MED"


def test_new_sector_nouns(nlp: Any) -> None:
    assert normalised(nlp, "Militiamen attacked the camp .", "Militiamen")[1] == "PRM"
    assert normalised(nlp, "Twelve customers were wounded .", "Twelve customers")[1] == "CVL"
    assert normalised(nlp, "Two servicemen were killed .", "Two servicemen")[1] == "MIL"


def test_foreign_people_take_no_country_from_the_place(nlp: Any) -> None:
    _, recips = role_entities(nlp, "Libya freed six foreign medical personnel in Tripoli .", "freed")
    codes = party_codes(list(recips))
    assert codes["six foreign medical personnel"] == (None, "MED")


def test_a_foreign_minister_is_his_own_states(nlp: Any) -> None:
    # guard: "foreign" in a title
    actors, _ = role_entities(nlp, "Egypt 's foreign minister met his Jordanian counterpart in Cairo .", "met")
    assert party_codes(list(actors))["Egypt 's foreign minister"][0] == "EGY"


# ------------------------------------------------------------------ odd input

def test_odd_input_gives_no_crash(nlp: Any) -> None:
    for text, trig in (("fired", "fired"), ("Bomb .", "Bomb"), (", killing , killing", "killing"),
                       ("Blocked boat boat .", "Blocked")):
        actors, recips = role_texts(nlp, text, trig)
        assert isinstance(actors, list) and isinstance(recips, list)


def test_a_description_of_a_country_or_body_stays_out_of_its_span(nlp: Any) -> None:
    # guard: "Greece, the world's largest ship-owning nation" keeps Greece's own reading (GOV)
    actors, _ = role_entities(nlp, "Greece , the world 's largest ship-owning nation , condemned the attack .",
                              "condemned")
    assert [(e.entity_text, e.code, e.sector) for e in actors] == [("Greece", "GRC", "GOV")]
    actors, _ = role_texts(nlp, "Ohaneze Ndigbo , the Igbo cultural group , rejected the plan .", "rejected")
    assert actors == ["Ohaneze Ndigbo"]


# ------------------------------------------------------------------ meetings

def test_ministers_of_two_states_meet_each_other(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The foreign ministers of India and China met on the sidelines of the summit .",
                                "met")
    assert actors == ["India", "China"]
    assert recips == ["India", "China"]


def test_a_meeting_with_a_named_counterpart_stays_reciprocal(nlp: Any) -> None:
    # guard: the session-3 reciprocal reading
    actors, recips = role_texts(nlp, "Putin held talks with Xi in Moscow .", "held")
    assert actors == ["Putin", "Xi"]
    assert recips == ["Putin", "Xi"]


# ------------------------------------------------------------------ unnamed attackers tied to a group

def test_gunmen_believed_to_be_members_of_a_group_are_the_groups(nlp: Any) -> None:
    actors, _ = role_entities(nlp, "The convoy was attacked by gunmen believed to be members of the Islamic State "
                                   "West Africa Province near Monguno .", "attacked")
    assert [(e.entity_text, e.sector) for e in actors] == [("gunmen", "REB")]
    assert actors[0].code is not None


def test_armed_men_of_a_faction_take_the_groups_country(nlp: Any) -> None:
    actors, _ = role_entities(nlp, "Three aid workers were abducted by armed men belonging to a faction of the "
                                   "Lord's Resistance Army in northern Congo .", "abducted")
    assert [e.entity_text for e in actors] == ["armed men"]
    assert actors[0].sector == "REB" and actors[0].code is not None


def test_gunmen_tied_to_nothing_known_stay_unidentified(nlp: Any) -> None:
    # guard: "believed to be bandits" names no listed group or country
    actors, _ = role_entities(nlp, "The village was attacked by gunmen believed to be herders .", "attacked")
    assert [(e.entity_text, e.sector) for e in actors] == [("gunmen", "UAF")]
