"""Actors and recipients, round R7 (issue 3: recipient recall on held-back CAMEO sentences), on sentences written
for these tests and parsed without NER as the default pipeline does: aid measured as a sum ("$50 million in aid to
X"); the party helped to be rebuilt or trained; peacekeepers sent to a place; a refusal under pressure from
unnamed members of a party; a measure declared "to begin at midnight"; an act stopped after a deal with X; "what X
proposed"; force on a crowd the parser hung loose; hosting talks and state visits; no object borrowed across
"but"; and the actor items of story review K7 (weapons used "with", envoys' and flags' countries, pro-X groups,
offshoots of armed groups, pupils, informants, commandos, mourners, directors of a body)."""
from __future__ import annotations

from typing import Any

from roles import role_texts, sentence_roles


# ------------------------------------------------------------------ aid measured as a sum

def test_aid_measured_as_a_sum_goes_where_the_sum_goes(nlp: Any) -> None:
    # the sum is the verb's object, the aid noun only says what it is: the sum's purpose or "to" names the side
    _, recips = role_texts(nlp, "The Commission is allocating 20 million euros in emergency aid to meet the needs "
                                "of families in Gaza .", "aid")
    assert recips == ["families"]
    _, recips = role_texts(nlp, "Norway pledged $ 40 million in humanitarian assistance to Somalia .",
                           "assistance")
    assert recips == ["Somalia"]


def test_a_sum_with_no_side_gives_none(nlp: Any) -> None:
    # guard: nothing names whom the money is for
    _, recips = role_texts(nlp, "The ministry spent 3 million dollars in aid last year .", "aid")
    assert recips == []


# ------------------------------------------------------------------ the party helped

def test_the_party_helped_to_be_rebuilt_is_the_recipient(nlp: Any) -> None:
    _, recips = role_texts(nlp, "France helped rebuild the Malian army after the coup .", "helped")
    assert recips == ["Malian army"]
    _, recips = role_texts(nlp, "Canada helped to train Haitian police officers last year .", "helped")
    assert recips == ["Haitian police officers"]
    # the parser makes what is established the subject of the participle after it
    _, recips = role_texts(nlp, "The donors helped establish a new Somali government improving the lives of "
                                "millions .", "helped")
    assert recips == ["new Somali government"]


def test_a_thing_helped_to_be_built_is_no_recipient(nlp: Any) -> None:
    # guard: a bridge or a school is no party
    _, recips = role_texts(nlp, "Japan helped to build a new bridge over the river .", "helped")
    assert recips == []


# ------------------------------------------------------------------ peacekeepers sent to a place

def test_peacekeepers_act_and_their_destination_is_the_other_side(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Hundreds of Kenyan peacekeepers arrived in Mogadishu on Monday .",
                                "peacekeepers")
    assert (actors, recips) == (["Kenyan peacekeepers"], ["Mogadishu"])
    actors, recips = role_texts(nlp, "The first contingent of Rwandan peacekeeping troops arrives in Bangui .",
                                "peacekeeping")
    assert (actors, recips) == (["Rwandan peacekeeping troops"], ["Bangui"])
    # where they are bound for, not the town they leave
    _, recips = role_texts(nlp, "Egyptian peacekeepers bound for Mali left Cairo on Sunday .", "peacekeepers")
    assert recips == ["Mali"]


def test_peacekeepers_attacked_stay_the_recipient(nlp: Any) -> None:
    # guard: an attack on peacekeepers keeps them as its target
    actors, recips = role_texts(nlp, "Rebels attacked peacekeepers in Kidal .", "attacked")
    assert (actors, recips) == (["Rebels"], ["peacekeepers"])


# ------------------------------------------------------------------ refusals under pressure from party members

def test_a_refusal_under_pressure_from_others_in_a_party_answers_them(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The mayor refused to step down under pressure from others in her party .",
                           "refused")
    assert recips == ["others"]


def test_unnamed_others_with_no_body_are_no_side(nlp: Any) -> None:
    # guard: "others" alone names nobody
    _, recips = role_texts(nlp, "The senator refused to quit under pressure from others .", "refused")
    assert recips == []


# ------------------------------------------------------------------ a measure declared to begin later

def test_a_measure_declared_to_begin_later_is_aimed_at_its_place(nlp: Any) -> None:
    # the parser makes "a state of emergency" the subject of "to begin"
    _, recips = role_texts(nlp, "The government declared a state of emergency in Tigray to begin at midnight on "
                                "Friday .", "declared")
    assert recips == ["Tigray"]
    # guard: the plain parse keeps its place too
    _, recips = role_texts(nlp, "Ethiopian authorities declared a state of emergency in Oromia to take effect at "
                                "midnight .", "declared")
    assert recips == ["Oromia"]


# ------------------------------------------------------------------ an act stopped after a deal

def test_an_act_stopped_after_a_deal_answers_the_other_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Teachers suspended their strike following a deal with the education ministry .",
                           "strike")
    assert recips == ["education ministry"]
    _, recips = role_texts(nlp, "Dock workers called off their walkout after reaching an agreement with the port "
                                "authority .", "called")
    assert recips == ["port authority"]


def test_a_deal_does_not_give_the_side_of_other_acts(nlp: Any) -> None:
    # guards: talks with no party, and an act that is not stopped
    _, recips = role_texts(nlp, "Miners called off their walkout after talks .", "called")
    assert recips == []
    _, recips = role_texts(nlp, "Police arrested two leaders after a deal with the union .", "arrested")
    assert recips == ["two leaders"]


# ------------------------------------------------------------------ "what X proposed"

def test_what_a_party_proposed_names_that_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The union said it agreed with what the government had proposed .", "agreed")
    assert recips == ["government"]
    _, recips = role_texts(nlp, "Moscow rejected what Washington proposed on Monday .", "rejected")
    assert recips == ["Washington"]
    _, recips = role_texts(nlp, "Most voters said they agree with what the opposition was planning to do .", "agree")
    assert recips == ["opposition"]


def test_what_the_speaker_called_an_attack_names_the_attacker(nlp: Any) -> None:
    # the speaker names the act ("what it called"): the act's author is the side, not the speaker
    _, recips = role_texts(nlp, "The ministry condemned what it called an attack by Israeli forces .", "condemned")
    assert recips == ["Israeli forces"]
    # guard: an act named with no author gives no side
    _, recips = role_texts(nlp, "The ministry condemned what it called a massacre .", "condemned")
    assert recips == []


# ------------------------------------------------------------------ force on a crowd the parser hung loose

def test_force_used_as_a_crowd_gathers_hits_the_crowd(nlp: Any) -> None:
    # the parser reads "as hundreds of students ... staged" as "as" + object with "staged" hung loose
    _, recips = role_texts(nlp, "Riot police fired tear gas as hundreds of students from the university Tuesday "
                                "morning staged a sit-in outside parliament .", "fired")
    assert recips == ["students"]


def test_force_used_as_a_last_resort_hits_no_one_named(nlp: Any) -> None:
    # guard: "as" + a thing, with no clause after it
    _, recips = role_texts(nlp, "Police used batons as a last resort .", "used")
    assert recips == []


# ------------------------------------------------------------------ hosting talks and state visits are meetings

def test_hosting_talks_or_a_state_visit_is_reciprocal(nlp: Any) -> None:
    # as "X met Y" is: each party is actor and recipient
    actors, recips = role_texts(nlp, "The prime minister hosted the Indian president for talks in Colombo on "
                                     "Monday .", "hosted")
    assert actors == recips == ["prime minister", "Indian president"]
    actors, recips = role_texts(nlp, "The Emir will host the French president next week as part of a state "
                                     "visit .", "host")
    assert actors == recips == ["Emir", "French president"]
    actors, recips = role_texts(nlp, "The Kenyan president will make a state visit to Japan in June .", "visit")
    assert actors == recips == ["Kenyan president", "Japan"]


def test_hosting_a_dinner_stays_one_way(nlp: Any) -> None:
    # guard: a dinner given for a guest is no meeting of two sides
    actors, recips = role_texts(nlp, "The Indian Prime Minister will be hosting a private dinner for the Israeli "
                                     "leader .", "hosting")
    assert (actors, recips) == (["Indian Prime Minister"], ["Israeli leader"])


# ------------------------------------------------------------------ a kind of party hung on the verb

def test_other_people_hung_on_the_verb_are_a_second_object(nlp: Any) -> None:
    # after an apposition the parser hangs "and three other activists" on the verb as its conjunct
    _, recips = role_texts(nlp, "Police detained the leader of the opposition party , Ali Hassan , and three other "
                                "activists on Monday .", "detained")
    assert recips[-1] == "three other activists" and len(recips) == 2


def test_a_coordinated_verb_is_no_object(nlp: Any) -> None:
    # guard: a second act of the same subject stays out of the object list
    _, recips = role_texts(nlp, "Police detained two activists and seized their phones .", "detained")
    assert recips == ["two activists"]


# ------------------------------------------------------------------ a foreign envoy's or a flag's country

def test_a_summoned_envoys_country_is_not_the_summoners(nlp: Any) -> None:
    actors, recips = sentence_roles(nlp, "Foreign Minister Anna Berg said she had summoned the Russian ambassador "
                                         "over the drone flights .", "summoned")
    assert [e.code for e in actors] == [None] and [e.code for e in recips] == ["RUS"]
    actors, recips = sentence_roles(nlp, "The foreign ministry summoned India's charge d'affaires to lodge a "
                                         "protest .", "summoned")
    assert [e.code for e in actors] == [None]
    assert [(e.code, e.sector) for e in recips] == [("IND", "GOV")]


def test_a_ships_flag_is_not_its_attackers_country(nlp: Any) -> None:
    actors, recips = sentence_roles(nlp, "Armed pirates hijacked a Liberian-flagged bulk carrier off the coast on "
                                         "Sunday .", "hijacked")
    assert [e.code for e in actors] == [None] and [e.code for e in recips] == ["LBR"]


def test_a_country_named_for_the_party_itself_still_counts(nlp: Any) -> None:
    # guard: a sentence country that is no envoy's or flag's is still the fallback
    actors, _ = sentence_roles(nlp, "Police in Kenya detained two Somali nationals .", "detained")
    assert [e.code for e in actors] == ["KEN"]


# ------------------------------------------------------------------ story review K7 (session 7), other wordings

def test_a_weapon_an_act_is_done_with_is_no_recipient(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Pakistan retaliated with artillery and drones .", "retaliated")
    assert recips == []
    # guard: a party "with" stays ("clashed with X")
    _, recips = role_texts(nlp, "The army clashed with rebels near the border .", "clashed")
    assert recips == ["rebels"]


def test_children_taken_from_a_school_are_the_recipients(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Gunmen abducted more than 80 pupils from a school in Kaduna .", "abducted")
    assert recips == ["more than 80 pupils"]


def test_an_informant_for_a_group_is_the_one_arrested(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Police said they had arrested a suspected informant for the bandits .", "arrested")
    assert recips == ["suspected informant"]


def test_a_pro_x_group_takes_no_country_from_x_nor_from_the_sentence(nlp: Any) -> None:
    _, recips = sentence_roles(nlp, "Denmark blamed a pro-Russian hacker group for attacks on its websites .",
                               "blamed")
    assert [e.code for e in recips] == [None]


def test_dissidents_of_an_armed_group_are_armed(nlp: Any) -> None:
    _, recips = sentence_roles(nlp, "The army said it was fighting dissidents of the former FARC rebels .",
                               "fighting")
    assert [e.sector for e in recips] == ["REB"]


def test_commandos_and_mourners_have_sectors(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Thousands of mourners marched through the capital .", "marched")
    assert [e.sector for e in actors] == ["CVL"]
    actors, _ = sentence_roles(nlp, "The navy said its commandos had freed 17 crew members .", "freed")
    assert [e.sector for e in actors] == ["MIL"]


def test_a_generic_object_is_not_the_party_that_acts_on_it(nlp: Any) -> None:
    # "it" is the coast guard, so "the group" it rescued is someone else, whoever they are
    actors, recips = role_texts(nlp, "The Turkish coast guard said it had rescued the group .", "rescued")
    assert actors == ["Turkish coast guard"] and recips == ["group"]


# ------------------------------------------------------------------ no object borrowed across "but"

def test_no_object_is_borrowed_across_but(nlp: Any) -> None:
    # the second verb is another act, contrasted: its object is not the first verb's side
    _, recips = role_texts(nlp, "Palestinian factions have agreed to lay down their weapons in eastern Lebanon , but "
                                "linked their disarmament to the disbanding of Lebanese militias .", "agreed")
    assert recips == ["eastern Lebanon"]
    # guard: "rejects and condemns X" still shares X
    _, recips = role_texts(nlp, "The ministry rejects and condemns the attack on the embassy .", "rejects")
    assert recips == ["embassy"]


def test_a_coordinated_purpose_names_the_place_aided(nlp: Any) -> None:
    # "end" is hung on "provided", not on "stem": it is still the purpose
    _, recips = role_texts(nlp, "The EU has provided more than 50 million euros to stem and ultimately end the "
                                "cholera outbreak in Yemen .", "provided")
    assert recips == ["Yemen"]


def test_a_director_of_a_body_is_the_bodys(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "The director of the CIA met the Israeli prime minister .", "met")
    assert [(e.code, e.sector) for e in actors][0] == ("USA", "SPY")
    actors, _ = sentence_roles(nlp, "The directors of military operations of the two armies agreed to a ceasefire .",
                               "agreed")
    assert [e.sector for e in actors] == ["MIL"]
