"""Actors and recipients, round R27 (session 18, issue 3), on sentences written for these tests (none from a story
or evaluation set), parsed without NER as the default pipeline does: a fight told as the subject of a verb of
happening takes its sides from the "between" phrase the parser hung on that verb; a riot is done by the rioters its
own phrase names, never by another clause's subject; a person detained is the recipient whatever the noun, not the
town; the paper a report cites is no party; cadres of a body take its sector."""
from __future__ import annotations

from typing import Any

from roles import normalised, role_entities, role_texts


# ------------------------------------------------------------------ fights named as subjects

def test_fight_sides_hung_on_the_verb(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Fierce fighting broke out between the navy and a rebel group off Mindanao "
                                     "on Friday .", "fighting")
    assert actors == ["navy"]
    assert recips == ["rebel group"]


def test_clash_sides_hung_on_erupted(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Clashes erupted between soldiers and armed herders near Yola on Monday .",
                                "Clashes")
    assert actors == ["soldiers"]
    assert recips == ["armed herders"]


def test_fight_sides_on_a_gerund_subject(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Fighting between the army and a local militia flared near Uvira on Sunday .",
                                "Fighting")
    assert actors == ["army"]
    assert recips == ["local militia"]


def test_fight_sides_with_coordinated_modifiers(nlp: Any) -> None:
    # the parser reads "police and farmer supporters" as one noun with coordinated modifiers
    actors, recips = role_texts(nlp, "Clashes broke out between police and opposition youths in Kisii on "
                                     "Wednesday .", "Clashes")
    assert actors == ["police"]
    assert recips == ["opposition youths"]


def test_a_span_of_time_is_no_side(nlp: Any) -> None:
    # guard: "between January and March" is when, not who
    actors, recips = role_texts(nlp, "Fighting raged between January and March near Bunia .", "Fighting")
    assert not any("January" in x or "March" in x for x in actors + recips)


def test_a_fight_named_with_its_sides_on_the_noun_keeps_both_as_doers(nlp: Any) -> None:
    # guard: "clashes between X and Y killed ..." (the noun's own phrase) still has both sides as the killers
    actors, _ = role_texts(nlp, "Clashes between soldiers and bandits near Gusau killed nine people .", "killed")
    assert "soldiers" in actors and "bandits" in actors


# ------------------------------------------------------------------ riots

def test_a_riot_is_not_done_by_the_reporting_officials(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "A riot at the Mpimba prison left four inmates dead , prison officials said .",
                                "riot")
    assert actors == []
    assert not any("Mpimba" in r for r in recips)


def test_a_riot_is_not_done_by_the_subject_of_the_main_clause(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Guards regained control of the jail on Monday , a day after a riot there left "
                                "nine inmates dead .", "riot")
    assert actors == []


def test_a_riot_by_named_rioters_keeps_them(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A riot by inmates at the Gitega prison left two guards dead .", "riot")
    assert actors == ["inmates"]


def test_a_riot_word_naming_its_rioters(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "Student riots in the capital left three people dead , police said .", "riots")
    assert actors == ["Student"]


# ------------------------------------------------------------------ people detained

def test_a_detained_person_is_the_recipient_not_the_town(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Soldiers detained a well-known radio host in Bangui on Tuesday .", "detained")
    assert actors == ["Soldiers"]
    assert recips == ["well-known radio host"]


def test_an_abducted_person_is_the_recipient_not_the_town(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Gunmen abducted a popular singer in Benin City on Sunday .", "abducted")
    assert recips == ["popular singer"]


def test_a_thing_seized_in_a_town_stays_a_thing(nlp: Any) -> None:
    # guard: only acts done to people take an unknown noun as a person
    _, recips = role_texts(nlp, "Police seized a lorry in Bangui .", "seized")
    assert "Bangui" not in recips


def test_media_people_are_journalists(nlp: Any) -> None:
    assert normalised(nlp, "the editor")[1] == "JRN"
    assert normalised(nlp, "a blogger")[1] == "JRN"
    assert normalised(nlp, "the presenter")[1] == "JRN"


# ------------------------------------------------------------------ the paper a report cites

def test_a_citing_paper_is_no_party(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "One trader was killed and two others were injured in an attack at Lalpur "
                                     "market on May 4 , reports The Morning Herald .", "killed")
    assert not any("Herald" in x for x in actors + recips)


def test_a_paper_reporting_at_the_start_is_no_party(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The Valley Times reports that militants shot dead a shopkeeper in Sopore .", "shot")
    assert actors == ["militants"]


def test_according_to_a_paper_is_no_party(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "According to the Daily Monitor , rebels attacked a police post in Kasese .",
                                "attacked")
    assert actors == ["rebels"]
    assert not any("Monitor" in r for r in recips)


def test_a_reporting_paper_is_no_antecedent(nlp: Any) -> None:
    from newsevents.coding.actors.normalise import _resolve_pronoun

    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("The men were rescued on May 6 reports The Eastern Chronicle It is suspected that they were "
                  "abducted for ransom")
    they = next(t for t in doc if t.lower_ == "they")
    res = _resolve_pronoun(they)
    assert res is None or res.text not in ("Chronicle", "Eastern")


# ------------------------------------------------------------------ cadres

def test_cadres_take_their_bodys_sector(nlp: Any) -> None:
    _, recips = role_entities(nlp, "Police arrested two cadres of a banned outfit in Bishnupur District .", "arrested")
    assert [(e.entity_text, e.sector) for e in recips] == [("two cadres", "REB")]
    _, recips = role_entities(nlp, "Three cadres of a proscribed outfit were arrested in Senapati .", "arrested")
    assert [e.sector for e in recips] == ["REB"]


def test_cadres_of_a_union_are_labour(nlp: Any) -> None:
    # guard: the body decides, not the word "cadre"
    assert normalised(nlp, "cadres of the union")[1] != "REB"


def test_cadres_of_the_maoist_party_by_its_full_name_are_rebels(nlp: Any) -> None:
    actors, _ = role_entities(nlp, "Cadres of the Communist Party of India Maoist torched two trucks near Gaya .",
                              "torched")
    assert [(e.sector, e.code) for e in actors] == [("REB", "IND")]
