"""Actors an analyst would read (issue 3, round A5), on sentences of our own parsed without NER as the default
pipeline does: whoever reports an act of force is no party of it; the attacker of a passive is found in a timing
clause hung on a coordinated verb or on a time phrase; a demonym on fire or strikes names that state's forces; a
country a group is based in, or across a border, is not the country of the sentence's unnamed parties; rights and
aid groups are non-governmental."""
from __future__ import annotations

from typing import Any

import pytest

from roles import normalised, role_texts, sentence_roles


@pytest.mark.parametrize("text,trigger", [
    ("The number of dead from Tuesday's bombing at a market in Kano climbed to 14 , the state health commissioner "
     "said .", "bombing"),
    ("Witnesses said the shelling went on until dawn .", "shelling"),
    ("The death toll in the flooded valley rose to 40 after rescuers found more bodies , the governor told "
     "reporters .", "death"),
])
def test_the_reporter_of_an_act_of_force_is_not_its_actor(nlp: Any, text: str, trigger: str) -> None:
    actors, _ = role_texts(nlp, text, trigger)
    assert actors == []


@pytest.mark.parametrize("text,trigger,expected", [
    # a state's forces reporting the kind of strike they deliver report their own
    ("The Nigerian army said an airstrike destroyed a rebel camp near the lake .", "airstrike",
     ["Nigerian army"]),
    # a strike that stops work is no act of force
    ("Nurses said a general strike would begin on Monday .", "strike", ["Nurses"]),
    # soldiers looted and robbed: the conjunct shares its subject, inside the reported clause
    ("Soldiers looted homes and robbed residents during a search operation in the village , survivors said .",
     "operation", ["Soldiers"]),
])
def test_reported_acts_that_keep_their_party(nlp: Any, text: str, trigger: str, expected: list[str]) -> None:
    actors, _ = role_texts(nlp, text, trigger)
    assert actors == expected


def test_a_speakers_own_stance_keeps_the_speaker(nlp: Any) -> None:
    # not an act of force: lifting an embargo ruled out is the speaker's refusal
    actors, _ = role_texts(nlp, "Japanese officials said lifting the embargo on the island is out of the question .",
                           "lifting")
    assert actors == ["Japanese officials"]


@pytest.mark.parametrize("text,trigger,expected", [
    # the "when" clause hung on the time phrase ("on Friday evening when ...")
    ("Four farmers were killed and a boy was injured on Friday evening when a gunman opened fire on their bus .",
     "killed", ["gunman"]),
    # hung on the last of the coordinated passives
    ("Two police officers were killed and three others injured when suspected rebels ambushed their convoy .",
     "killed", ["suspected rebels"]),
    # gapped passives: "dozens injured" and "30 detained" hang on a noun, the clause on the last of them
    ("At least nine people were killed, dozens injured and 30 detained as riot police broke up a march in the "
     "capital.", "killed", ["riot police"]),
    ("At least five people were killed, dozens hurt and 20 arrested as soldiers dispersed a rally in the city.",
     "killed", ["soldiers"]),
])
def test_the_attacker_of_a_passive_in_a_timing_clause(nlp: Any, text: str, trigger: str,
                                                       expected: list[str]) -> None:
    actors, _ = role_texts(nlp, text, trigger)
    assert actors == expected


def test_a_timing_clause_of_another_sentence_part_is_not_read(nlp: Any) -> None:
    # a pronoun subject names nobody
    actors, _ = role_texts(nlp, "Two guards were wounded when they tried to stop the car .", "wounded")
    assert actors == []


def test_a_demonym_on_fire_names_the_states_forces(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Indian gunfire wounded two shepherds near the frontier .", "wounded")
    assert [(a.entity_text, a.code, a.sector) for a in actors] == [("Indian", "IND", "MIL")]


def test_a_demonym_on_an_attack_gets_no_sector(nlp: Any) -> None:
    # any side makes an attack: no sector is guessed
    actors, _ = sentence_roles(nlp, "A Pakistani attack on the post killed four guards .", "killed")
    assert [(a.entity_text, a.sector) for a in actors] in ([("Pakistani", None)], [])


def test_a_groups_base_is_not_the_country_of_unnamed_parties(nlp: Any) -> None:
    actors, recips = sentence_roles(nlp, "Officers blamed the Yemen-based group for the bombing .", "blamed")
    assert [(a.entity_text, a.code) for a in actors] == [("Officers", None)]
    assert [r.code for r in recips] == ["YEM"]  # the group itself is based there


def test_a_country_across_a_border_is_not_the_country_of_unnamed_parties(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Near the border with Ecuador , rebels of the Popular Front ambushed a patrol .",
                               "ambushed")
    assert actors and all(a.code != "ECU" for a in actors)


@pytest.mark.parametrize("text,phrase,expected", [
    ("Rights groups condemned the arrests .", "Rights groups", ("NGO", None, None)),
    ("Two aid agencies said the camp was shelled .", "Two aid agencies", ("NGO", None, None)),
    ("A Kenyan rights group condemned the arrests .", "A Kenyan rights group", ("KEN", "SOC", None)),
])
def test_rights_and_aid_groups_are_non_governmental(nlp: Any, text: str, phrase: str,
                                                    expected: tuple[str | None, ...]) -> None:
    assert normalised(nlp, text, phrase) == expected


def test_an_armed_group_stays_armed(nlp: Any) -> None:
    assert normalised(nlp, "The militant group claimed the attack .", "The militant group")[1] == "REB"


@pytest.mark.parametrize("text,phrase,expected", [
    # a body takes the sector of the name it is introduced with
    ("Members of a local group called Riverside Residents for Safety blocked the road .", "a local group", "CVL"),
    # an armed body stays armed whatever its name
    ("Fighters of a militant group called Farmers of the Valley attacked the post .", "a militant group", "REB"),
])
def test_a_group_takes_the_sector_of_its_name(nlp: Any, text: str, phrase: str, expected: str) -> None:
    assert normalised(nlp, text, phrase)[1] == expected


def test_a_hyphenated_name_on_an_attack_is_kept_whole(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Last year , an al-Shabaab attack on a beach hotel killed 20 people .", "killed")
    assert actors == ["al-Shabaab"]
