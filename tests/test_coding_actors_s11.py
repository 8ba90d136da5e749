"""Actors and recipients, round R18 (session 11, issue 3: recipients and actor countries), on sentences written for
these tests (none from a story or evaluation set), parsed without NER as the default pipeline does: the owner of
an act that is judged; the sides of a fight named "between X and Y"."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import introduced_as
from newsevents.records import Entity
from coding_parts import story_parties as _parties


def _texts(ents: list[Entity]) -> list[str]:
    return [e.entity_text for e in ents]


# ------------------------------------------------------------------ the owner of a judged act

def test_a_judged_act_is_its_owners_not_whom_it_is_for(nlp: Any) -> None:
    _, recips = _parties(nlp, "The Polish president condemned Hungary 's decision to grant asylum to a fugitive "
                              "minister .", "condemned")
    assert [r.code for r in recips] == ["HUN"]
    _, recips = _parties(nlp, "The Kenyan foreign minister praised Japan 's aid to flood victims in Garissa .",
                         "praised")
    assert [r.code for r in recips] == ["JPN"]


def test_an_act_with_no_owner_or_not_judged_keeps_whom_it_is_aimed_at(nlp: Any) -> None:
    # no named owner: the party the thing is aimed at
    _, recips = _parties(nlp, "The Polish president condemned the decision to grant asylum to a Hungarian "
                              "minister .", "condemned")
    assert [r.code for r in recips] == ["HUN"]
    # imposing is no judgement: sanctions on a party's bank are on that bank
    _, recips = _parties(nlp, "Canada imposed sanctions on Iran 's central bank on Monday .", "sanctions")
    assert [r.code for r in recips] == ["IRN"]


# ------------------------------------------------------------------ the sides of a fight between two parties

def test_fighting_between_two_sides_that_kills_has_both_sides_as_actors(nlp: Any) -> None:
    actors, recips = _parties(nlp, "Fighting between Somali troops and al-Shabaab militants killed 12 people near "
                                   "Jowhar on Sunday .", "killed")
    assert {a.sector for a in actors} == {"MIL", "REB"}
    assert "12 people" in _texts(recips)


def test_clashes_between_two_sides_read_side_a_to_side_b(nlp: Any) -> None:
    # session 20 (R29) reverses the mutual reading: a fight's first side named is its actor (PLOVER Side A), the
    # second its recipient (Side B), in every shape of the sentence
    actors, recips = _parties(nlp, "Clashes between riot police and farmers left three people dead in Multan .",
                              "Clashes")
    assert {a.sector for a in actors} == {"COP"}
    assert {r.sector for r in recips} == {"AGR"}


def test_a_first_word_adjective_is_no_side_but_a_nationality_is(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Heavy fighting between Ethiopian troops and Fano militiamen forced thousands of "
                              "villagers to flee .", "fighting")
    # session 20 (R29): side A acts (the Fano militiamen are side B, the recipient)
    assert {a.sector for a in actors} == {"MIL"}
    actors, _ = _parties(nlp, "Russian attacks on Kherson damaged a school on Monday .", "attacks")
    assert [a.code for a in actors] == ["RUS"]


# ------------------------------------------------------------------ pronouns resolved in the sentence

def test_a_thing_that_acts_for_its_owner_stands_for_the_owner(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The Red Cross said its convoy delivered medicine to a hospital in Goma .", "delivered")
    assert _texts(actors) == ["Red Cross"]
    # a party of its owner stays itself
    actors, _ = _parties(nlp, "The Kenyan army said its soldiers had killed five militants near Lamu .", "killed")
    assert [(a.entity_text, a.code) for a in actors] == [("its soldiers", "KEN")]


def test_a_person_pronoun_does_not_refer_to_the_town_a_person_was_met_in(nlp: Any) -> None:
    _, recips = _parties(nlp, "After she met the Dalai Lama in Dharamshala , the Czech senator invited him to "
                              "visit Prague .", "invited")
    assert _texts(recips) == ["Dalai Lama"]


def test_the_two_sides_are_the_parties_of_the_clause_before(nlp: Any) -> None:
    actors, recips = _parties(nlp, "The Kenyan president met his Ugandan counterpart in Kampala , and both leaders "
                                   "signed a deal on the oil pipeline .", "signed")
    assert [a.code for a in actors] == ["KEN", "UGA"] and [r.code for r in recips] == ["KEN", "UGA"]


# ------------------------------------------------------------------ countries

def test_pan_american_names_no_country(nlp: Any) -> None:
    actors, recips = _parties(nlp, "Truckers blocked the Pan-American Highway near Cali on Monday .", "blocked")
    assert [a.code for a in actors] == [None] and [r.code for r in recips] == [None]
    actors, _ = _parties(nlp, "Truckers blocked the Pan-American Highway near Cali on Monday .", "blocked",
                         story="COL")
    assert [a.code for a in actors] == ["COL"]


# ------------------------------------------------------------------ the speaker's own act after a report

def test_a_speech_act_after_a_reported_clause_is_the_speakers(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The Chadian interior minister said soldiers had arrested 12 traders and accused "
                              "Sudanese smugglers of arming them .", "accused")
    assert [a.entity_text for a in actors] == ["Chadian interior minister"]
    # an act that is no speech stays with the clause's own subject
    actors, _ = _parties(nlp, "The mayor said police had arrested five men and charged them with arson .",
                         "charged")
    assert [a.entity_text for a in actors] == ["police"]


# ------------------------------------------------------------------ a president named before without a country

def test_a_president_named_without_a_country_is_the_storys_own() -> None:
    text = ("QUITO, May 4 - Students demanded the resignation of President Maria Quispe on Sunday.\n\n"
            "Quispe, who took office in 2025, has refused to step down.")
    assert introduced_as("Quispe", text, text.index("Quispe,")) == ("ECU", "GOV")
    # a former president holds no office; a story with no country gives none
    text = "QUITO, May 4 - Former President Maria Quispe was moved to a prison.\n\nQuispe appealed."
    assert introduced_as("Quispe", text, text.index("Quispe appealed")) is None
    text = "Students demanded the resignation of President Maria Quispe.\n\nQuispe refused."
    assert introduced_as("Quispe", text, text.index("Quispe refused")) is None
