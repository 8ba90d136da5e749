"""Actors and recipients, round R24 (session 15, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: the town a protest is held in is no
recipient, a force that fights an attack off is a side of the clash, a state's strike is its military's, a
harming relative clause hung on an attack's target is the attack's, an attack told as the time of another act is
not that act's subject's, and a rank held in a non-state armed body takes the body's sector."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsevents.coding.actors import attacker_country
from roles import normalised, role_entities, role_texts


def _codes(ents: Any) -> list[tuple[str | None, str | None]]:
    return [(e.code, e.sector) for e in ents]


# ------------------------------------------------------------------ the town a protest is held in

def test_a_pronoun_for_people_never_stands_for_the_town_of_a_protest(nlp: Any) -> None:
    # "his release": the man's, not Almaty's (before: the recipient was Almaty)
    _, recips = role_texts(nlp, "Relatives of the jailed editor gathered outside the central prison in Almaty "
                                "demanding his release .", "demanding")
    assert recips == []
    _, recips = role_texts(nlp, "Students rallied in Cusco on Monday to demand her release .", "demand")
    assert recips == []


def test_the_town_a_protest_is_held_in_is_no_recipient(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Hundreds of nurses protested outside the town hall in Kisumu against unpaid "
                                "salaries .", "protested")
    assert "Kisumu" not in recips


def test_the_seat_a_protest_is_held_at_stays_its_recipient(nlp: Any) -> None:
    # guard: a body's seat is whom the protest is aimed at
    _, recips = role_texts(nlp, "Hundreds of protesters rallied outside the US embassy in Manila .", "rallied")
    assert recips == ["US embassy"]
    _, recips = role_texts(nlp, "Thousands protested outside the Kremlin on Sunday .", "protested")
    assert recips == ["Kremlin"]


def test_a_place_an_act_other_than_a_protest_is_done_in_is_unchanged(nlp: Any) -> None:
    # guard: "declared a state of siege in X" keeps X, as the CAMEO span convention has it
    _, recips = role_texts(nlp, "The president declared a state of siege in Cobija .", "declared")
    assert recips == ["Cobija"]


# ------------------------------------------------------------------ an attack fought off

def test_a_force_that_fights_an_attack_off_acts_against_its_author(nlp: Any) -> None:
    text = ("Armenia's defence ministry said its troops had repelled an Azerbaijani attack near the village of "
            "Nerkin Hand .")
    for trigger in ("attack", "repelled"):
        actors, recips = role_entities(nlp, text, trigger)
        assert [a.entity_text for a in actors] == ["its troops"]
        assert _codes(actors) == [("ARM", "MIL")]
        # a state's attack met in battle is its forces'
        assert _codes(recips) == [("AZE", "MIL")]


def test_a_resolved_pronoun_and_a_named_target_keep_the_fighting_side(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Police in Juba said they had fought off an attack by cattle raiders on a "
                                     "checkpoint .", "attack")
    assert (actors, recips) == (["Police"], ["cattle raiders"])
    actors, recips = role_texts(nlp, "Kurdish fighters repulsed an Islamic State attack on a prison in Raqqa .",
                                "attack")
    assert (actors, recips) == (["Kurdish fighters"], ["Islamic State"])


def test_surviving_or_foiling_an_attack_is_unchanged(nlp: Any) -> None:
    # guard: a person who survives an attack is its target; foiling one on a church leaves the church the target
    actors, recips = role_texts(nlp, "The minister survived an assassination attempt in Mogadishu .", "assassination")
    assert (actors, recips) == ([], ["minister"])
    _, recips = role_texts(nlp, "The police foiled an attack on a church in Lahore .", "attack")
    assert "police" not in recips


# ------------------------------------------------------------------ a state's strike reported by its command

def test_a_countrys_name_on_a_strike_is_its_military(nlp: Any) -> None:
    actors, _ = role_entities(nlp, "A U.S. drone strike hit a training camp near Jilib .", "hit")
    assert _codes(actors) == [("USA", "MIL")]


def test_the_attackers_command_reporting_names_no_victims_country(nlp: Any) -> None:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("A Turkish drone strike later hit PKK fighters near Sinjar , the Turkish Air Force Command said .")
    assert attacker_country(doc, "TUR")
    # guard: a country word on the victims still is theirs
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("A Turkish drone strike killed two Turkish shepherds , the Turkish defence ministry said .")
    assert not attacker_country(doc, "TUR")


def test_an_object_the_parser_made_the_speaker_is_the_object(nlp: Any) -> None:
    # the parse the brief's sentence gets: "fighters" nsubj of "said", the real speaker an apposition on "Jilib"
    from newsevents.coding.actors import roles
    words = ["A", "U.S.", "airstrike", "later", "struck", "Shabaab", "fighters", "near", "Jilib", ",", "the", "U.S.",
             "Africa", "Command", "said", "."]
    heads = [2, 2, 4, 4, 14, 6, 14, 6, 7, 8, 13, 13, 13, 8, 14, 14]
    deps = ["det", "compound", "nsubj", "advmod", "ccomp", "compound", "nsubj", "prep", "pobj", "punct", "det",
            "compound", "compound", "appos", "ROOT", "punct"]
    pos = ["DET", "PROPN", "NOUN", "ADV", "VERB", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "PROPN", "PROPN",
           "PROPN", "VERB", "PUNCT"]
    lemmas = ["a", "U.S.", "airstrike", "later", "strike", "Shabaab", "fighter", "near", "Jilib", ",", "the", "U.S.",
              "Africa", "Command", "say", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    _, recips = roles(doc[4])
    assert [r.text for r in recips] == ["fighters"]


# ------------------------------------------------------------------ who did an attack told as background

def test_a_harming_clause_hung_on_the_attacks_target_is_the_attacks(nlp: Any) -> None:
    # (before: the town "Tank" the clause was hung near was the actor)
    actors, recips = role_texts(nlp, "The strike followed a militant raid on a police post in Tank that killed "
                                     "three constables .", "killed")
    assert (actors, recips) == (["militant"], ["three constables"])


def test_an_attack_told_as_the_time_of_another_act_is_not_its_subjects(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Negotiations collapsed days after a rebel ambush on an army convoy near Kalemie .",
                           "ambush")
    assert actors == ["rebel"]
    # an attack with no doer word has none, not the subject of the clause it times
    actors, _ = role_texts(nlp, "Pakistan suspended talks after an attack on its soldiers .", "attack")
    assert actors == []


def test_a_launched_attack_keeps_its_subject(nlp: Any) -> None:
    # guard: the light verb's subject carries the act out
    actors, _ = role_texts(nlp, "The army launched a military operation in North Waziristan .", "operation")
    assert actors == ["army"]


# ------------------------------------------------------------------ ranks in a non-state armed body

def test_a_self_styled_rank_is_a_rebel(nlp: Any) -> None:
    assert normalised(nlp, "Police arrested a self-styled commander of the KNLF in Tamenglong .",
                      "a self-styled commander of the KNLF")[1] == "REB"
    assert normalised(nlp, "Troops arrested self-styled general Kabila Tshombe near Uvira .",
                      "self-styled general Kabila Tshombe")[1] == "REB"
    # the body's own armed sector when it has one
    assert normalised(nlp, "The self-styled colonel of the militia surrendered .",
                      "The self-styled colonel of the militia")[1] == "PRM"


def test_a_rank_leading_an_unnamed_outfit_or_faction_is_a_rebel(nlp: Any) -> None:
    _, recips = role_entities(nlp, "Police arrested Captain Thoiba , leader of the outfit , in Kakching .",
                              "arrested")
    assert [r.sector for r in recips] == ["REB"]
    _, recips = role_entities(nlp, "Troops captured Sergeant Lalit , commander of the faction , near Moreh .",
                              "captured")
    assert [r.sector for r in recips] == ["REB"]
    # "outfit" alone is an armed group in Indian English
    _, recips = role_entities(nlp, "Police arrested the leader of the outfit .", "arrested")
    assert [r.sector for r in recips] == ["REB"]


def test_a_self_styled_rank_is_a_party_not_its_town(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Police arrested a self-styled lieutenant of the outfit in Ukhrul .", "arrested")
    assert recips == ["self-styled lieutenant"]


def test_a_rank_in_a_state_force_or_of_a_ship_is_no_rebel(nlp: Any) -> None:
    # guards
    assert normalised(nlp, "Colonel Diallo of the Malian army met the governor .",
                      "Colonel Diallo of the Malian army")[1] != "REB"
    assert normalised(nlp, "The captain of the ferry was arrested .", "The captain of the ferry")[1] != "REB"
    assert normalised(nlp, "General Amadou Toure inspected the troops .", "General Amadou Toure")[1] == "MIL"


# ------------------------------------------------------------------ other people listed inside an object's phrase

def test_other_people_listed_inside_an_of_phrase_are_recipients_of_their_own(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Soldiers arrested the mayor of Goma and other officials .", "arrested")
    assert recips == ["mayor of Goma", "other officials"]
    _, recips = role_texts(nlp, "The army killed the commander of the rebels and other fighters .", "killed")
    assert recips == ["commander", "other fighters"]


def test_a_list_inside_an_of_phrase_with_no_other_stays_one_party(nlp: Any) -> None:
    # guard: "the leaders of the union and the party" are one group of leaders
    _, recips = role_texts(nlp, "Police arrested the leaders of the union and the party .", "arrested")
    assert recips == ["leaders of the union and the party"]


def test_cadres_of_an_outfit_are_the_people_taken_not_the_outfit(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Gunmen of one faction abducted two cadres of a rival outfit near Bara .", "abducted")
    assert recips == ["two cadres"]
