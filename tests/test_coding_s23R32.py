"""Actors and recipients, round R32 (session 23), on sentences written for these tests (none from a story or
evaluation set), parsed without NER as the default pipeline does: old city names that a town elsewhere still bears;
a town that "fell to" a party; crowds picked by a count; a named envoy's nationality; "on behalf of"; an act
standing for its doer; groups known by their members; whom a threat is aimed at; a bare "the government"."""
from __future__ import annotations

from typing import Any

from coding_parts import party_codes
from roles import normalised, role_texts, sentence_roles


# ------------------------------------------------------------------ old city names (coding/actors/cities.py)

def test_an_old_name_a_town_elsewhere_still_bears_gives_no_country() -> None:
    from newsevents.coding.actors.cities import big_cities

    cities = big_cities()
    # GeoNames keeps "Salisbury" for Harare and "Pokrovsk" for a Russian city: news today means the English town
    # and the Ukrainian one, which are too small for the table
    assert "Salisbury" not in cities
    assert all(code != "RUS" for _, code in cities.get("Pokrovsk", ()))
    assert all(code != "USA" for _, code in cities.get("Venice", ()))


def test_current_names_and_plain_spellings_stay() -> None:
    from newsevents.coding.actors.cities import big_cities

    cities = big_cities()
    assert cities["Harare"][0][1] == "ZWE"
    assert cities["Valparaiso"][0][1] == "CHL"  # (the city's own name without its accent)
    assert cities["Chittagong"][0][1] == "BGD"  # (an old name no other town bears)


def test_folded_drops_accents_only() -> None:
    from newsevents.coding.actors.cities import _folded

    assert _folded("Valparaíso") == "Valparaiso"
    assert _folded("São Paulo") == "Sao Paulo"
    assert _folded("") == ""


def test_victims_in_salisbury_take_no_zimbabwean_country(nlp: Any) -> None:
    _, recips = sentence_roles(nlp, "Russian agents poisoned a former spy and his daughter in Salisbury .",
                               "poisoned")
    assert all(e.code != "ZWE" for e in recips)


# ------------------------------------------------------------------ a town that fell to a party

def test_a_town_that_fell_is_no_actor(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The town of Bunia fell to M23 rebels on Sunday .", "fell")
    assert actors == ["M23 rebels"]
    assert recips == []


def test_fighting_told_with_a_fall_is_the_takers(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Bunia fell to M23 rebels on Sunday after two days of fighting , officials said .",
                           "fighting")
    assert actors == ["M23 rebels"]


def test_a_state_that_fell_is_the_loser(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Afghanistan fell to the Taliban in August .", "fell")
    assert actors == ["Taliban"]
    assert recips == ["Afghanistan"]


def test_a_town_lost_to_rebels_has_the_loser_as_recipient(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The army lost the town of Kidal to Tuareg rebels .", "lost")
    assert actors == ["Tuareg rebels"]
    assert recips == ["army"]


def test_a_figure_that_fell_to_a_level_is_no_capture(nlp: Any) -> None:
    # guard: nothing taken, no party after "to"
    actors, _ = role_texts(nlp, "Support for the party fell to 20 percent .", "fell")
    assert "percent" not in actors


# ------------------------------------------------------------------ a crowd picked by a count

def test_a_counted_crowd_trigger_is_the_dispersal_s_recipient(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Riot police used water cannon to disperse thousands of demonstrators outside "
                                     "parliament in Tbilisi late on Thursday .", "demonstrators")
    assert actors == ["Riot police"]
    assert recips == ["demonstrators"]


def test_counted_troops_sent_are_not_read_as_acted_on(nlp: Any) -> None:
    # guard: forces sent keep their own reading (the sending verbs are left out)
    actors, recips = role_texts(nlp, "Kenya deployed hundreds of police officers to Haiti .", "officers")
    assert "officers" not in recips


# ------------------------------------------------------------------ an envoy's nationality is not the actor's

def test_a_named_envoy_s_nationality_is_not_the_junta_s(nlp: Any) -> None:
    actors, recips = sentence_roles(nlp, "The ruling junta expelled French ambassador Sylvain Itte .", "expelled")
    assert party_codes(actors)["ruling junta"][0] is None
    assert recips[0].code == "FRA"


def test_a_possessive_envoy_is_no_story_country() -> None:
    from newsevents.coding.actors import article_country_focus

    assert article_country_focus("The junta said it had expelled France's ambassador.") is None
    assert article_country_focus("Protesters stormed Israel's embassy in Amman.") != "ISR"
    # guard: a country named as a party still counts
    assert article_country_focus("France recalled its ambassador.") == "FRA"


# ------------------------------------------------------------------ on behalf of

def test_on_behalf_of_names_no_recipient(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Belarus , on behalf of Moscow , delivered a warning to Lithuania over the "
                                     "transit ban .", "warning")
    assert actors == ["Belarus"]
    assert recips == ["Lithuania"]


def test_on_behalf_of_a_union_names_the_protested_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Norway , on behalf of the European Union , handed a formal protest to the Russian "
                                "ambassador in Oslo .", "protest")
    assert recips == ["Russian ambassador"]


def test_a_complaint_on_behalf_of_victims_is_against_the_accused(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The lawyer filed a complaint on behalf of the victims against the police chief .",
                           "complaint")
    assert recips == ["police chief"]


# ------------------------------------------------------------------ an act stands for its doer

def test_an_act_named_with_its_doer_is_the_doer(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Opposition parties demanded an independent investigation into the killing of "
                                "protesters by security forces .", "investigation")
    assert recips == ["security forces"]


def test_an_act_by_a_weapon_is_not_replaced(nlp: Any) -> None:
    # guard: a weapon is no doer
    _, recips = role_texts(nlp, "The council demanded an inquiry into the killing of farmers by a drone .",
                           "inquiry")
    assert "drone" not in recips


# ------------------------------------------------------------------ groups known by their members

def test_a_group_of_farmers_is_no_armed_group(nlp: Any) -> None:
    assert normalised(nlp, "Farmers' groups blocked the road .", "Farmers' groups")[1] == "AGR"
    assert normalised(nlp, "Women's groups marched in Kabul .", "Women's groups")[1] == "CVL"


def test_an_armed_group_stays_armed(nlp: Any) -> None:
    # guard: "group" alone or with an armed word keeps its reading
    assert normalised(nlp, "The militant group attacked the base .", "The militant group")[1] == "REB"


# ------------------------------------------------------------------ whom a threat is aimed at

def test_a_threat_falls_on_whoever_must_meet_its_condition(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Farmers' groups threatened to block highways unless the government scrapped "
                                     "the new tax .", "threatened")
    assert actors == ["Farmers' groups"]
    assert recips == ["government"]


def test_a_warning_to_strike_falls_on_the_authorities(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Truck drivers warned they would strike if the authorities did not cut fuel "
                                "prices .", "warned")
    assert recips == ["authorities"]


def test_a_threatened_target_comes_before_the_condition_s_party(nlp: Any) -> None:
    # guard: what the threatened act would hit is its other side, as CAMEO annotators mark it
    _, recips = role_texts(nlp, "Rebels threatened to shell army bases if the government did not free the "
                                "prisoners .", "threatened")
    assert recips == ["army bases"]


def test_a_party_threatened_by_name_stays(nlp: Any) -> None:
    # guard: "threatened Venezuela ... if the government fails" is aimed at Venezuela
    _, recips = role_texts(nlp, "The United States threatened Venezuela with new oil sanctions if the government "
                                "fails to release political prisoners .", "threatened")
    assert recips == ["Venezuela"]


def test_a_threat_with_no_condition_keeps_its_recipient(nlp: Any) -> None:
    # guard
    _, recips = role_texts(nlp, "North Korea threatened South Korea with merciless retaliation .", "threatened")
    assert recips == ["South Korea"]


def test_a_threat_with_a_pronoun_condition_adds_nobody(nlp: Any) -> None:
    # guard: "if they are not paid" is the threateners' own condition
    _, recips = role_texts(nlp, "Nurses threatened to strike if they are not paid .", "threatened")
    assert recips == []


# ------------------------------------------------------------------ wrongs named with their doer

def test_abuses_by_a_force_are_the_force_s(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Rights groups condemned abuses by security forces in Tigray .", "condemned")
    assert recips == ["security forces"]


def test_a_strike_against_violations_by_police_is_against_the_police(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Protesters began a hunger strike against human rights violations by the city "
                                "police department .", "strike")
    assert recips == ["city police department"]


def test_a_wrong_with_no_doer_stays(nlp: Any) -> None:
    # guard: no "by" party, the phrase itself (the tables decide what becomes of it)
    _, recips = role_texts(nlp, "Rights groups condemned abuses against detainees .", "condemned")
    assert "security forces" not in recips


# ------------------------------------------------------------------ victims' sectors

def test_displaced_people_are_ref_and_keep_their_country(nlp: Any) -> None:
    assert normalised(nlp, "internally displaced people")[1] == "REF"
    assert normalised(nlp, "displaced families")[1] == "REF"
    assert normalised(nlp, "IDPs")[1] == "REF"
    _, recips = sentence_roles(nlp, "Sudanese soldiers shot dead five displaced civilians near El Fasher .", "shot")
    assert party_codes(recips)["five displaced civilians"] == ("SDN", "REF")


def test_people_not_displaced_stay_civilians(nlp: Any) -> None:
    # guard
    assert normalised(nlp, "five civilians")[1] == "CVL"


def test_press_and_vaccination_staff_sectors(nlp: Any) -> None:
    assert normalised(nlp, "a photojournalist")[1] == "JRN"
    assert normalised(nlp, "two cameramen")[1] == "JRN"
    assert normalised(nlp, "polio workers")[1] == "MED"
    assert normalised(nlp, "three vaccinators")[1] == "MED"


def test_ngo_workers_are_an_aid_body_s_staff(nlp: Any) -> None:
    assert normalised(nlp, "two NGO workers")[0] == "NGO"
    # guard: workers of no field stay labour
    assert normalised(nlp, "factory workers")[1] == "LAB"


# ------------------------------------------------------------------ a bare "the government"

def test_the_government_does_not_refer_back_to_farmers(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Farmers' groups threatened to block highways unless the government scrapped the "
                                "new tax .", "threatened")
    assert recips == ["government"]


def test_the_government_may_refer_back_to_a_named_leader(nlp: Any) -> None:
    # guard: "President X said the government ..." keeps its reading (a name may stand for its government)
    actors, _ = role_texts(nlp, "President Ruto said the government would send troops to Haiti .", "send")
    assert actors and actors[0] in ("President Ruto", "government")



# ------------------------------------------------------------------ coordinated named bodies

def test_coordinated_named_bodies_are_two_parties(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Hamas and Islamic Jihad fighters fired dozens of rockets at Israel overnight .",
                               "fired")
    codes = party_codes(actors)
    assert "Islamic Jihad fighters" in codes
    assert codes["Islamic Jihad fighters"][1] == "REB"


def test_coordinated_nationalities_keep_their_own_rule(nlp: Any) -> None:
    # guard: "French and Spanish troops" is `_coordinated_countries`' (one party per country), not doubled
    actors, _ = sentence_roles(nlp, "French and Spanish troops arrived in Mali .", "arrived")
    assert [e.entity_text for e in actors] == ["French and Spanish troops", "Spanish troops"]


def test_one_named_body_is_one_party(nlp: Any) -> None:
    # guard
    actors, _ = sentence_roles(nlp, "Hamas fighters fired rockets at Ashkelon .", "fired")
    assert [e.entity_text for e in actors] == ["Hamas fighters"]


# ------------------------------------------------------------------ unnamed attackers

def test_hooded_men_and_unknown_individuals_are_unidentified_armed(nlp: Any) -> None:
    assert normalised(nlp, "Hooded men stormed the house .", "Hooded men")[1] == "UAF"
    assert normalised(nlp, "Unknown individuals set fire to the office .", "Unknown individuals")[1] == "UAF"


def test_individuals_with_no_armed_word_stay_unknown(nlp: Any) -> None:
    # guard
    assert normalised(nlp, "Two individuals were arrested .", "Two individuals")[1] is None


# ------------------------------------------------------------------ whom a demand is made of

def test_a_demand_of_a_force_the_tagger_hung_on_a_noun(nlp: Any) -> None:
    # the small parser reads the bare verb "return" as a noun with "military" on it
    _, recips = role_texts(nlp, "Protesters demanded that the military return to barracks .", "demanded")
    assert recips == ["military"]
    _, recips = role_texts(nlp, "Demonstrators demanded that the army hand power to civilians .", "demanded")
    assert recips == ["army"]


def test_a_demand_with_a_parsed_subject_keeps_it(nlp: Any) -> None:
    # guard
    _, recips = role_texts(nlp, "Opposition leaders demanded that President Felix Tshisekedi step down .",
                           "demanded")
    assert recips == ["President Felix Tshisekedi"]


def test_a_demand_naming_no_party_has_none(nlp: Any) -> None:
    # guard
    _, recips = role_texts(nlp, "The union demanded that wages be raised .", "demanded")
    assert recips == []


# ------------------------------------------------------------------ appositions, bodies, weapons' users

def test_an_apposition_naming_whom_a_person_heads_is_in_the_span(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Yevgeny Prigozhin , the head of the Wagner mercenary group , accused the "
                                    "defence ministry of bombing his fighters .", "accused")
    assert actors[0].entity_text == "Yevgeny Prigozhin , the head of the Wagner mercenary group"
    assert actors[0].sector == "PRM"


def test_an_apposition_describing_a_country_stays_out(nlp: Any) -> None:
    # guard (session 22, R31): a description of a country is not part of its name
    actors, _ = role_texts(nlp, "Greece , the world 's largest ship-owning nation , condemned the attack .",
                           "condemned")
    assert actors == ["Greece"]


def test_the_bodies_of_people_are_those_people(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The bodies of three farmers were found on Monday after they were abducted by "
                                "gunmen .", "abducted")
    assert recips == ["three farmers"]


def test_a_device_planted_by_militants_is_the_militants_deed(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Two soldiers were killed by an improvised explosive device planted by "
                                     "suspected Islamist militants on a road near Gao .", "killed")
    assert actors == ["suspected Islamist militants"]
    assert recips == ["Two soldiers"]


def test_a_device_with_no_user_names_no_actor(nlp: Any) -> None:
    # guard
    actors, _ = role_texts(nlp, "Three people were killed by a device that exploded in a market .", "killed")
    assert actors == []


def test_the_number_of_attackers_is_no_act_on_them(nlp: Any) -> None:
    # guard: a figure put on people is no count of a crowd acted on
    _, recips = role_texts(nlp, "The broadcaster puts the number of attackers at 300 .", "attackers")
    assert recips == []


def test_a_condition_on_the_weather_names_no_party(nlp: Any) -> None:
    # guard: the subject of a threat's condition must be a party ("El Niño" is tagged as a name)
    _, recips = role_texts(nlp, "Klotzbach warns , \" If El Niño were to suddenly develop , that would knock down "
                                "our forecast . \"", "warns")
    assert recips == []


# ------------------------------------------------------------------ states called powers

def test_foreign_powers_blamed_are_the_recipient(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The president blamed foreign powers for the unrest .", "blamed")
    assert recips == ["foreign powers"]
    assert normalised(nlp, "Iran blamed Western powers for the riots .", "Western powers")[1] == "GOV"


def test_emergency_powers_are_no_states(nlp: Any) -> None:
    # guard
    from newsevents.coding.actors.spans import states_called_powers

    doc = nlp("Parliament granted the government emergency powers .")
    assert not any(states_called_powers(t) for t in doc)


# ------------------------------------------------------------------ a list of countries read as an apposition

def test_a_list_of_countries_is_every_country(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The United States , India , Israel , Pakistan and other governments have sent "
                                "emergency supplies to Nepal .", "sent")
    assert actors[:4] == ["United States", "India", "Israel", "Pakistan"]


def test_a_country_s_description_is_no_list_item(nlp: Any) -> None:
    # guard: "Israel, the United States' closest ally" is one party
    actors, _ = role_texts(nlp, "Israel , the United States ' closest ally , rejected the plan .", "rejected")
    assert actors == ["Israel"]


def test_members_of_a_militia_hung_on_the_list_s_first_item(nlp: Any) -> None:
    # the parser hangs "of a pro-government militia" on "soldiers"; the members are the militia's
    actors, _ = sentence_roles(nlp, "The villagers were attacked by soldiers and members of a pro-government "
                                    "militia .", "attacked")
    assert party_codes(actors)["pro-government militia"][1] == "PRM"


def test_forces_ordered_to_leave_are_not_the_sentence_s_country(nlp: Any) -> None:
    from newsevents.coding.actors import sentence_country

    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("The junta ordered French troops to leave the country .")
        assert sentence_country(doc) is None
        # guard: forces not sent out still place the sentence
        doc = nlp("French troops killed ten militants near Gao .")
        assert sentence_country(doc) == "FRA"


# ------------------------------------------------------------------ whom a strike is aimed at

def test_a_strike_is_aimed_at_the_strikers_workplace(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Workers at the Volkswagen plant went on strike over pay .", "strike")
    assert actors == ["Workers"]
    assert recips == ["Volkswagen plant"]


def test_a_strike_in_a_town_has_no_recipient(nlp: Any) -> None:
    # guard: the town strikers work in is where, never whom
    _, recips = role_texts(nlp, "Dockworkers at Mombasa went on strike .", "strike")
    assert recips == []
    _, recips = role_texts(nlp, "Nurses went on strike in Lilongwe .", "strike")
    assert recips == []


def test_a_renewed_demand_is_aimed_where_the_demand_is(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The opposition renewed its demand for the president 's resignation .", "renewed")
    assert recips and recips[0].startswith("president")


def test_a_renewed_mandate_is_no_demand(nlp: Any) -> None:
    # guard: only speech acts named by the object
    _, recips = role_texts(nlp, "The council renewed the mandate of the mission for a year .", "renewed")
    assert not any("year" in r for r in recips)


def test_ignored_requests_name_no_recipient_from_their_object(nlp: Any) -> None:
    # guard: a reaction to others' requests is not one's own demand ("the festival" is no party)
    _, recips = role_texts(nlp, "The government has ignored requests to cancel the festival .", "ignored")
    assert "festival" not in recips


def test_a_bare_title_after_a_name_is_the_next_person_s(nlp: Any) -> None:
    # guard: "..., White House chief of staff John Kelly wasn't on the line" is not Putin's apposition
    _, recips = role_texts(nlp, "Trump made a phone call to Russian leader Vladimir Putin , White House chief of "
                                "staff John Kelly said .", "call")
    assert all("chief" not in r for r in recips)
