"""Actors and recipients, round R25 (session 16, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: a personal pronoun stands for the unnamed
wrongdoers before it ("the suspects"), "him"/"her" never for a plural party, a denied act keeps the party it is
done to, a person's own office acts for him, the attorney general is judicial, and a ban on an act is aimed at the
act's author."""
from __future__ import annotations

from typing import Any

from roles import normalised, role_entities, role_texts, sentence_roles


# ------------------------------------------------------------------ pronouns for unnamed wrongdoers

def test_they_stands_for_the_suspects_not_the_named_person(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "When Mr Aslam Javed of Mohalla 4 in Block F stopped the suspects , they "
                                     "opened fire at him .", "opened")
    assert actors == ["suspects"]
    assert "suspects" not in recips


def test_they_stands_for_intruders(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Mrs Nasreen Akhtar of Street 9 confronted the intruders and they fired at "
                                "her .", "fired")
    assert actors == ["intruders"]


def test_an_object_pronoun_can_stand_for_the_suspects(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Police chased the suspects through the bazaar and arrested them near the bus "
                                "terminal .", "arrested")
    assert recips == ["suspects"]


def test_a_suspects_noun_has_no_sector_of_its_own(nlp: Any) -> None:
    # guard: a suspect may be a pickpocket or a gunman; the table gives no sector
    assert normalised(nlp, "The suspects fled .", "The suspects")[1] is None


def test_him_never_stands_for_a_plural_party(nlp: Any) -> None:
    _, recips = role_texts(nlp, "When the guard at the petrol pump in Sukkur questioned the assailants , they "
                                "shot him dead .", "shot")
    assert recips == ["guard"]
    _, recips = role_texts(nlp, "When the constable stopped the robbers , they beat him with sticks .", "beat")
    assert recips == ["constable"]


def test_him_still_stands_for_one_person(nlp: Any) -> None:
    # guard: a singular person before the pronoun
    _, recips = role_texts(nlp, "Police detained the leader of the protesters and questioned him .", "questioned")
    assert recips and "leader" in recips[0]


# ------------------------------------------------------------------ denials

def test_a_denied_act_keeps_the_party_it_is_done_to(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Kigali denies backing the rebels in eastern Congo .", "denies")
    assert actors == ["Kigali"] and recips == ["rebels"]
    _, recips = role_texts(nlp, "Chad denies funding the FACT rebels .", "denies")
    assert recips == ["FACT rebels"]


def test_a_denied_act_with_a_named_party_is_unchanged(nlp: Any) -> None:
    # guard: a name was already the recipient
    _, recips = role_texts(nlp, "Rwanda denies backing M23 .", "denies")
    assert recips == ["M23"]


def test_a_denied_act_on_a_thing_names_no_party(nlp: Any) -> None:
    # guard: only parties, not the thing denied ("denies building a dam")
    _, recips = role_texts(nlp, "Ethiopia denies building a second dam .", "denies")
    assert "dam" not in " ".join(recips)


# ------------------------------------------------------------------ a person's own office

def test_a_persons_own_office_takes_his_sector(nlp: Any) -> None:
    a, _ = role_entities(nlp, "The chief prosecutor said her office had charged a former minister with fraud .",
                         "charged")
    assert [(e.entity_text, e.sector) for e in a] == [("her office", "JUD")]
    a, _ = role_entities(nlp, "The interior minister said his department had deported 40 migrants .", "deported")
    assert [(e.entity_text, e.sector) for e in a] == [("his department", "GOV")]


def test_a_persons_office_with_no_speaker_stays_unknown(nlp: Any) -> None:
    # guard: "his office" with no reporting clause gets nothing from elsewhere
    a, _ = role_entities(nlp, "His office charged a former minister with fraud .", "charged")
    assert all(e.sector is None for e in a)


def test_the_attorney_general_is_judicial(nlp: Any) -> None:
    assert normalised(nlp, "The attorney general charged 11 soldiers .", "The attorney general")[1] == "JUD"
    assert normalised(nlp, "The Solicitor-General appealed .", "The Solicitor-General")[1] == "JUD"
    # guard: other "<office> general" titles keep their reading, and an army general is still one
    assert normalised(nlp, "The secretary general spoke .", "The secretary general")[1] != "JUD"
    assert normalised(nlp, "The general spoke .", "The general")[1] == "MIL"


# ------------------------------------------------------------------ a ban on an act

def test_a_ban_on_an_act_is_aimed_at_its_author(nlp: Any) -> None:
    _, recips = role_texts(nlp, "The authorities banned a march planned by opposition supporters in Dakar .",
                           "banned")
    assert recips == ["opposition supporters"]
    _, recips = role_texts(nlp, "Police prohibited a rally organised by the main opposition party .", "prohibited")
    assert recips == ["main opposition party"]


def test_a_ban_with_no_author_is_unchanged(nlp: Any) -> None:
    # guard: no author named, the old reading stays
    _, recips = role_texts(nlp, "The governor banned all gatherings in the capital .", "banned")
    assert "opposition" not in " ".join(recips)


def test_a_speaker_may_still_speak_for_they(nlp: Any) -> None:
    # guard: a reported clause keeps its speaker as the antecedent (a spokesman speaks for the strikers)
    actors, _ = role_texts(nlp, "Leila Haddad said that despite their worsening health , they will not end the "
                                "hunger strike .", "strike")
    assert actors == ["Leila Haddad"]


# ------------------------------------------------------------------ nationality of people held abroad

def test_the_nationality_of_citizens_held_is_not_the_police_s(nlp: Any) -> None:
    a, r = sentence_roles(nlp, "Police arrested two Chinese citizens in the capital on Monday .", "arrested")
    assert [e.code for e in a] == [None]
    assert [e.code for e in r] == ["CHN"]
    a, _ = sentence_roles(nlp, "Police arrested three Nigerian traffickers on Monday .", "arrested")
    assert [e.code for e in a] == [None]


def test_the_nationality_of_other_people_held_still_places_the_sentence(nlp: Any) -> None:
    # guard: "Nigerian protesters" are most likely held at home
    a, _ = sentence_roles(nlp, "Police arrested 40 Nigerian protesters on Monday .", "arrested")
    assert [e.code for e in a] == ["NGA"]


# ------------------------------------------------------------------ a "by" phrase shared by coordinated passives

def test_a_by_phrase_on_a_coordinated_participle_names_the_doer(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "A trader was shot at and wounded by gunmen in Mardan on Monday .", "shot")
    assert actors == ["gunmen"] and recips == ["trader"]


def test_a_coordinated_clause_with_its_own_subject_lends_no_by_phrase(nlp: Any) -> None:
    # guard: "the station was closed by police" is another clause
    actors, _ = role_texts(nlp, "The journalist was arrested and the station was closed by police .", "arrested")
    assert actors == []


def test_a_councillor_is_a_party_of_local_government(nlp: Any) -> None:
    assert normalised(nlp, "A councillor was shot .", "A councillor")[1] == "GOV"
    _, recips = role_texts(nlp, "A councilor belonging to the Awami League was shot at and injured by "
                                "assailants .", "shot")
    assert recips == ["councilor"]


# ------------------------------------------------------------------ a withdrawal told with a leaving verb

def test_a_withdrawal_noun_takes_the_place_its_leaving_verb_quits(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Turkish troops have begun leaving Somalia for the first withdrawal agreed in the "
                                "deal .", "withdrawal")
    assert recips == ["Somalia"]
    _, recips = role_texts(nlp, "German soldiers started leaving Niger as part of the withdrawal ordered by "
                                "Berlin .", "withdrawal")
    assert recips == ["Niger"]


def test_a_withdrawal_noun_on_another_verb_takes_nothing_from_it(nlp: Any) -> None:
    # guard: only a verb of leaving lends its object
    _, recips = role_texts(nlp, "Turkish troops have begun building barracks for the withdrawal .", "withdrawal")
    assert "barracks" not in recips
