"""Actors and recipients, round R35 (session 25), on sentences written for these tests (none from a story or
evaluation set), parsed without NER as the default pipeline does: a party its reporters blame for a doerless act;
"called on X" read with a particle; a second act of the same subject aimed at the first act's party; a reporting
party standing for "its fighters" / "his country"; plural group names as antecedents of "their"."""
from __future__ import annotations

from typing import Any

from roles import role_texts


def _doc(nlp: Any, text: str) -> Any:
    with nlp.select_pipes(disable=["ner"]):
        return nlp(text)


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


# ------------------------------------------------------------------ the party blamed (roles.py _blamed_party)

def test_blaming_participle_on_the_report_names_the_actor(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "A car bomb killed seven soldiers in Mogadishu on Saturday , officials said , "
                                     "blaming al-Shabaab .", "killed")
    assert actors == ["al-Shabaab"]
    assert recips == ["seven soldiers"]


def test_accusing_participle_names_the_actor_too(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A roadside bomb killed two soldiers in Kunar , the army said , accusing the "
                                "Taliban .", "killed")
    assert actors == ["Taliban"]


def test_an_act_blamed_on_a_party_in_a_relative_clause(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The attack , which the government blamed on the ADF , killed 11 villagers .",
                                "killed")
    assert actors == ["ADF"]
    assert recips == ["11 villagers"]


def test_a_passive_blame_on_the_act_a_relative_clause_tells(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The bombing , which killed 30 people at a market , was blamed on Boko Haram .",
                           "killed")
    assert actors == ["Boko Haram"]


def test_blaming_a_thing_names_no_actor(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A fire killed 20 people in a market , officials said , blaming faulty wiring .",
                           "killed")
    assert actors == []


def test_a_named_doer_is_kept_over_the_blamed_party(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Gunmen killed four farmers in Zamfara , police said , blaming bandits .", "killed")
    assert actors == ["Gunmen"]


def test_a_blame_with_its_own_subject_is_its_own_act(nlp: Any) -> None:
    from newsevents.coding.actors.roles import _blamed_party
    from newsevents.coding.actors.tables import load_tables

    doc = _doc(nlp, "A bomb exploded in the market and officials blamed the rebels .")
    assert _blamed_party(_tok(doc, "exploded"), load_tables()) == []


# ------------------------------------------------------------------ "called on X" with a particle (spans.py)

def test_called_on_authorities_read_as_a_particle_still_names_them(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The Committee to Protect Journalists called on Turkish authorities to "
                                     "release him .", "called")
    assert recips == ["Turkish authorities"]
    assert actors == ["Committee to Protect Journalists"]


def test_prep_objects_ignore_a_particle_with_no_object(nlp: Any) -> None:
    from newsevents.coding.actors.spans import _prep_objects

    doc = _doc(nlp, "The rebels called off the strike .")
    assert _prep_objects(_tok(doc, "called"), {"off", "on"}) == []


# ------------------------------------------------------------------ a second act of one subject (roles.py)

def test_a_threat_after_an_act_on_a_country_is_aimed_at_it(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The U.S. announced a suspension of aid to Guatemala and threatened to withdraw "
                                "certain trade preferences .", "threatened")
    assert recips == ["Guatemala"]


def test_a_threat_after_a_condemnation_is_aimed_at_the_condemned(nlp: Any) -> None:
    _, recips = role_texts(nlp, "China condemned the Philippines and threatened to take countermeasures .",
                           "threatened")
    assert recips == ["Philippines"]


def test_where_one_went_is_no_party_of_the_second_act(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The minister went to the hospital and promised to help .", "promised")
    assert recips == []


def test_a_second_act_with_its_own_phrase_is_not_given_the_first_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The Red Cross sent medical aid to Zimbabwe and asked for funds .", "asked")
    assert "Zimbabwe" not in recips


def test_a_town_entered_is_no_party_of_the_second_act(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Troops entered the town of Gao and opened fire .", "opened")
    assert recips == []


def test_a_second_act_with_its_own_subject_takes_nothing(nlp: Any) -> None:
    from newsevents.coding.actors.roles import _shared_recipients
    from newsevents.coding.actors.tables import load_tables

    doc = _doc(nlp, "Police arrested the protesters and the mayor resigned .")
    assert _shared_recipients(_tok(doc, "resigned"), load_tables()) == []


# ------------------------------------------------------------------ a reporting party for its own men (roles.py)

def test_its_fighters_are_the_group_that_reports_them(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Al-Shabaab said in a statement that its fighters had carried out the attack on "
                                "the base .", "attack")
    assert actors == ["Al-Shabaab"]


def test_their_forces_are_the_group_that_reports_them(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The Houthis said their forces had targeted a commercial ship in the Red Sea .",
                                "targeted")
    assert actors == ["Houthis"]
    assert recips == ["commercial ship"]


def test_his_country_is_the_speaker(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Prime Minister Vladimir Putin said his country will not lift the ban on Polish "
                                "meat .", "lift")
    assert actors == ["Prime Minister Vladimir Putin"]


def test_a_states_own_forces_stay_its_forces(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Russia said its forces shot down 10 Ukrainian drones over Belgorod .", "shot")
    assert actors == ["its forces"]


def test_a_possessed_thing_is_no_party_of_the_reporter(nlp: Any) -> None:
    from newsevents.coding.actors.roles import _reporting_possessor
    from newsevents.coding.actors.tables import load_tables

    doc = _doc(nlp, "The ministry said its budget had been cut .")
    assert _reporting_possessor(_tok(doc, "budget"), load_tables()) is None


# ------------------------------------------------------------------ plural names as antecedents (normalise.py)

def test_a_name_with_the_is_no_lone_person(nlp: Any) -> None:
    from newsevents.coding.actors.normalise import _one_person

    doc = _doc(nlp, "The Houthis said their forces fired .")
    assert not _one_person(_tok(doc, "Houthis"))
    doc = _doc(nlp, "Mr Khan confronted the robbers .")
    assert _one_person(_tok(doc, "Khan"))


# ------------------------------------------------------------------ "were among those killed" (roles.py)

def test_people_among_those_arrested_are_the_recipients(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Three journalists were among those arrested by police in Istanbul on Monday .",
                                "arrested")
    assert actors == ["police"]
    assert recips == ["Three journalists"]


def test_people_among_those_killed_are_no_attackers(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "A nurse and a doctor were among those killed when a shell hit the hospital .",
                                "killed")
    assert actors == []
    assert recips == ["nurse", "doctor"]


def test_among_those_killed_in_an_attack_by_a_party(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Two soldiers were among those killed in the ambush by Islamic State fighters .",
                                "killed")
    assert actors == ["Islamic State fighters"]
    assert recips == ["Two soldiers"]


def test_a_participle_on_another_noun_is_no_among_frame(nlp: Any) -> None:
    from newsevents.coding.actors.roles import _among_those
    from newsevents.coding.actors.tables import load_tables

    doc = _doc(nlp, "Police found weapons hidden among the crates .")
    assert _among_those(_tok(doc, "hidden"), load_tables()) is None


def test_a_speakers_family_is_no_stand_in_for_the_speaker(nlp: Any) -> None:
    from newsevents.coding.actors.roles import _reporting_possessor
    from newsevents.coding.actors.tables import load_tables

    doc = _doc(nlp, "Rozen said his family has since received six calls from donors .")
    assert _reporting_possessor(_tok(doc, "family"), load_tables()) is None


# ------------------------------------------------------------------ a refusal of a party's own thing (roles.py)

def test_refusing_to_recognise_a_partys_thing_is_aimed_at_it(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Serbia 's president refused to recognise Kosovo 's independence .", "refused")
    assert recips == ["Kosovo 's independence"]


def test_refusing_ones_own_thing_names_no_other_side(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The government refused to accept its own report .", "refused")
    assert recips == []


# ------------------------------------------------------------------ "as human shields" hung on the object (roles.py)

def test_people_held_as_human_shields_are_the_recipients_not_the_town(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Islamic State militants held around 20 , 000 civilians as human shields in "
                           "Raqqa .", "shields")
    assert recips == ["around 20 , 000 civilians"]
    assert "Raqqa" not in recips


def test_a_state_forces_own_soldiers_stay_its_soldiers(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The army said its soldiers had killed 15 militants in a raid .", "killed")
    assert actors == ["its soldiers"]
