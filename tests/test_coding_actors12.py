"""Actors and recipients, round A12 (whole-story reviews 7 and 12), on sentences written for these tests and parsed
without NER as the default pipeline does: what a thing is called ("as interference in X") names no side; the
rules of round A9 on other wordings (unanswered attacks, envoys to a body, a list's own country); titles before
names; bare numbers, things set on fire or held by a party, hostages, causes of death, forces deployed, people
fired at; pronouns in timing clauses and meetings; countries a party is tied to; sectors of named bodies."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.actors import sentence_country, to_entities
from roles import normalised, role_entities, role_texts, sentence_roles


# ------------------------------------------------------------------ what a thing is called is no side

def test_what_a_thing_is_called_names_no_side(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The Chinese embassy rejected the report as interference in China's internal "
                                "affairs .", "rejected")
    assert recips == []
    _, recips = role_texts(nlp, "Caracas denounced the statement as meddling in the affairs of Venezuela .",
                           "denounced")
    assert recips == []
    # guards: examples given with "such as" still point on, and a side the thing is aimed at stays
    _, recips = role_texts(nlp, "Several governments sent supplies and personnel such as doctors to Nepal .", "sent")
    assert recips == ["Nepal"]
    _, recips = role_texts(nlp, "The ministry rejected the sanctions on Iran as illegal .", "rejected")
    assert recips == ["Iran"]


# ------------------------------------------------------------------ round A9 rules on other wordings

def test_an_attack_that_will_not_go_unanswered_is_the_speakers_threat(nlp: Any) -> None:
    actors, recips = sentence_roles(nlp, "The Iranian president said Israel's strikes on Iranian territory will "
                                         "not go unanswered .", "go")
    assert [(e.entity_text, e.code) for e in actors] == [("Iranian president", "IRN")]
    assert [e.code for e in recips] == ["ISR"]


def test_an_envoy_to_a_body_is_the_sending_states(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Ethiopia's ambassador to the African Union accused Egypt of stoking unrest .",
                               "accused")
    assert [(e.code, e.sector) for e in actors] == [("ETH", "GOV")]


def test_a_listed_group_takes_its_lists_country(nlp: Any) -> None:
    _, recips = sentence_roles(nlp, "Britain imposed sanctions on three Syrian ministers and a militia commander .",
                               "sanctions")
    assert [e.code for e in recips] == ["SYR", "SYR"]  # not Britain, the sentence's first country


# ------------------------------------------------------------------ who reports is no doer; titles before names

def test_a_capitalised_act_noun_is_no_party(nlp: Any) -> None:
    # the tagger reads the first word as a name, or a gerund subject as a verb: the act still names no doer
    actors, _ = role_texts(nlp, "Gunfire was heard near the airport before dawn , witnesses said .", "Gunfire")
    assert actors == []
    actors, _ = role_texts(nlp, "Shelling was heard near the port overnight , residents said .", "Shelling")
    assert actors == []
    # guard: a party that fired is the actor
    actors, _ = role_texts(nlp, "Gunmen fired at the airport before dawn , witnesses said .", "fired")
    assert actors == ["Gunmen"]


@pytest.mark.parametrize("text,phrase,sector", [
    ("Army spokesman John Mensah said the troops had left.", "Army spokesman John Mensah", "MIL"),
    ("Police spokeswoman Mary Njeri said 40 people were held.", "Police spokeswoman Mary Njeri", "COP"),
    ("Interior Minister Paul Kamau said 40 people were held.", "Interior Minister Paul Kamau", "GOV"),  # guard
])
def test_a_title_before_a_name_takes_its_bodys_sector(nlp: Any, text: str, phrase: str, sector: str) -> None:
    with nlp.select_pipes(disable=["ner"]):
        assert normalised(nlp, text, phrase)[1] == sector


# ------------------------------------------------------------------ victims, targets and their owners

def test_a_bare_number_counts_the_people_of_its_coordinated_clause(nlp: Any) -> None:
    _, recips = sentence_roles(nlp, "Two soldiers were killed and five were wounded in Kherson .", "wounded")
    assert [(e.entity_text, e.sector) for e in recips] == [("five", "MIL")]  # not the town
    # guard: a number with nothing that says whom it counts is no party
    _, recips = role_texts(nlp, "The vote was 12 to five in Kherson .", "was")
    assert "five" not in recips


def test_what_is_set_on_fire_is_the_target_not_the_town(nlp: Any) -> None:
    _, recips = role_texts(nlp, "In the city of Lyon , rioters set fire to the entrance of the town hall .", "set")
    assert recips == ["town hall"]
    # guard: tyres burned in the street are a means; the demand names whom the protest is aimed at
    _, recips = role_texts(nlp, "Protesters set fire to tyres in the streets of Quito demanding the resignation of "
                                "the mayor .", "set")
    assert recips == ["mayor"]
    _, recips = role_texts(nlp, "Rioters set two buses on fire in Lyon .", "set")
    assert recips == ["two buses"]


def test_people_an_act_is_done_to_are_no_forces_sent(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The party said police had detained its leaders at a checkpoint in Lahore .",
                           "detained")
    assert recips == ["its leaders"]  # not the town
    # guard: forces a party sends or pulls out still point to where they go
    _, recips = role_texts(nlp, "The army withdrew its troops from Abyei .", "withdrew")
    assert recips == ["Abyei"]


def test_a_thing_held_by_a_party_stands_for_it(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Militants attacked a checkpoint controlled by the army .", "attacked")
    assert recips == ["army"]
    _, recips = role_texts(nlp, "Militants attacked a checkpoint on the highway .", "attacked")  # guard
    assert recips == ["checkpoint"]


def test_a_hostage_taker_is_the_actor(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Nine nurses who had been taken hostage by bandits were freed on Sunday .",
                                "hostage")
    assert (actors, recips) == (["bandits"], ["Nine nurses"])


def test_a_cause_of_death_is_no_party(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Twenty miners were killed in the collapse , most of them by suffocation .",
                           "killed")
    assert actors == []
    actors, _ = role_texts(nlp, "Twenty miners were killed by gunmen .", "killed")  # guard
    assert actors == ["gunmen"]


def test_forces_deployed_with_no_sender_mobilise(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Extra battalions of the Border Security Force were deployed .", "deployed")
    assert (actors, recips) == (["Extra battalions of the Border Security Force"], [])
    # guard: people sent somewhere are no force
    _, recips = role_texts(nlp, "Five protesters were sent to prison .", "sent")
    assert "Five protesters" in recips


def test_whom_a_weapon_is_fired_at(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Police fired tear gas at students and retirees .", "fired")
    assert recips == ["students", "retirees"]
    _, recips = role_texts(nlp, "The navy fired two missiles into the sea .", "fired")  # guard
    assert recips == []


def test_an_object_pronoun_in_a_when_clause_refers_to_the_timed_clauses_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The nurses were sleeping when gunmen attacked them .", "attacked")
    assert recips == ["nurses"]
    # guard: the reporter is no antecedent, and a verb whose lemma is a sector noun ("forced") none either
    _, recips = role_texts(nlp, "Police said the gang attacked them .", "attacked")
    assert recips == []


# ------------------------------------------------------------------ meetings, coordinated clauses, countries

def test_an_unresolved_pronoun_meeting_a_party_is_not_that_party(nlp: Any) -> None:
    actors, recips = role_entities(nlp, "They met Kenyan President William Ruto on Monday .", "met")
    assert [e.entity_text for e in actors] == []
    assert [e.entity_text for e in recips] == ["Kenyan President William Ruto"]
    actors, recips = role_texts(nlp, "Macron met Kenyan President William Ruto on Monday .", "met")  # guard
    assert actors == recips == ["Macron", "Kenyan President William Ruto"]


def test_a_coordinated_clause_with_its_own_subject_lends_no_actor(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Schools stayed closed and a large army presence was visible , but no new fighting "
                                "was reported , officials said .", "fighting")
    assert actors == []
    # guard: a conjunct without a subject shares its clause's
    actors, _ = role_texts(nlp, "Soldiers entered the village and shot two farmers .", "shot")
    assert actors == ["Soldiers"]


def test_a_country_something_is_tied_to_is_not_its_own(nlp: Any) -> None:
    with nlp.select_pipes(disable=["ner"]):
        assert sentence_country(nlp("Gangs , some of them linked to Rwandan militias , are fighting for control of "
                                    "the mines .")) is None
        assert sentence_country(nlp("Rwandan gangs are fighting for control of the mines .")) == "RWA"  # guard


@pytest.mark.parametrize("text,phrase,code,sector", [
    ("Britain sanctioned three GRU officers.", "three GRU officers", "RUS", "SPY"),
    ("A hacking group known as Sandworm was behind the attack.", "Sandworm", "RUS", "SPY"),
    ("Religious leaders urged calm.", "Religious leaders", None, "REL"),
    ("The General Confederation of Labour called a strike.", "General Confederation of Labour", None, "LAB"),
    ("Unions opposed President Milei's labour reform.", "President Milei's labour reform", None, "GOV"),  # guard
    ("The General Staff said the strike was over.", "General Staff", None, "MIL"),  # guard: a rank word stays
])
def test_sectors_of_round_a12(nlp: Any, text: str, phrase: str, code: str | None, sector: str) -> None:
    with nlp.select_pipes(disable=["ner"]):
        assert normalised(nlp, text, phrase)[:2] == (code, sector)


def test_a_participle_clause_is_no_list_of_targets(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The union federation held a general strike on Monday against the government's "
                                "pension reform and tax rises, halting buses, trains and flights and shutting banks "
                                "and ports.", "strike")
    assert recips == ["government's pension reform", "tax rises"]
    # guard: a plain list of targets stays whole
    _, recips = role_texts(nlp, "Rioters attacked buses , trains and banks across the country .", "attacked")
    assert recips == ["buses", "trains", "banks"]


def test_a_speakers_own_act_hung_on_his_reported_clause(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The minister said the law was fair and ruled out changing it , but offered to meet "
                                "union leaders .", "offered")
    assert actors == ["minister"]
    # guard: what a thing can do stays the thing's
    actors, _ = role_texts(nlp, "The minister said the plan was fair and would help farmers .", "help")
    assert actors == ["plan"]


def test_the_owner_of_a_decision_does_what_it_decides(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The minister said Mali's decision to give the French envoys 72 hours to leave "
                                "the country was unjustified .", "give")
    assert actors == ["Mali"]  # not "72 hours", which the parser makes the subject
    # guard: whoever is invited visits, not the inviter
    actors, _ = role_texts(nlp, "Trump has accepted Erdogan 's invitation to visit the country .", "visit")
    assert "Erdogan" not in actors


def test_a_candidate_of_a_party_is_the_partys(nlp: Any) -> None:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("The candidate of the Labour Party, John Mensah, accused the government of fraud.")
    ents = to_entities([doc[1]], 0, None)
    assert [e.sector for e in ents] == ["PTY"]


def test_a_chanted_slogan_is_no_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, 'Relatives of the accused protested outside the court in Tunis , chanting " Justice , '
                                'justice " .', "protested")
    assert recips == ["court"]  # the seat the protest is held at, not the slogan
    # guard: a party the chant is against stays
    _, recips = role_texts(nlp, "Students blocked roads in Dhaka , chanting slogans against the government .",
                           "blocked")
    assert recips == ["government"]
