"""Actors and recipients, round A9 (whole-story review 7), on sentences written for these tests and parsed without
NER as the default pipeline does: a country's name in the dateline and bare "Congo"; sectors that a modifier or
an organisation's own name decides ("fighter jet", "student group", "aid workers", "companies of a police
force", "the EU's foreign policy chief", "leaders of a militia"); a backer's country; who disclaims an act or
judges it is not its doer; a state's forces reporting their own strikes; drones, debris and agreements that
name no party; a party's own thing is no recipient."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.actors import article_country_focus, sentence_country
from roles import normalised, role_entities, role_texts, sentence_roles
from coding_parts import code_sentence


# ------------------------------------------------------------------ countries: bare "Congo", datelines, backers

@pytest.mark.parametrize("text,code", [
    ("Congo said the rebels had broken the truce.", "COD"),  # bare "Congo": the Democratic Republic
    ("The Republic of Congo held elections on Sunday.", "COG"),
    ("Congo Republic said the oil fields were safe.", "COG"),
])
def test_bare_congo_is_the_democratic_republic(nlp: Any, text: str, code: str) -> None:
    with nlp.select_pipes(disable=["ner"]):
        assert sentence_country(nlp(text)) == code


def test_a_dateline_country_is_the_story_focus() -> None:
    text = ("BUNIA, Democratic Republic of Congo, May 2 (Reuters) - Militiamen killed 12 people. Uganda said its "
            "troops would stay. Uganda and Rwanda denied any role, Uganda's army said.")
    assert article_country_focus(text) == "COD"  # the dateline, though Uganda is named more often
    # guards: a dateline with a bare town, or a sentence that only looks like one, gives nothing by itself
    assert article_country_focus("KAMPALA, May 2 (Reuters) - Uganda said it would send troops to Bunia.") == "UGA"
    assert article_country_focus("Police in Kenya, Uganda and Tanzania said the suspects fled.") in ("KEN", "UGA",
                                                                                                      "TZA")


def test_a_backers_country_is_not_the_backed_partys(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Soldiers, supported by Rwandan officers, launched an offensive in the hills .",
                               "launched")
    assert [(e.entity_text, e.code) for e in actors] == [("Soldiers", None)]
    # guard: a sentence whose parties are of the named country keeps it
    actors, _ = sentence_roles(nlp, "Rwandan soldiers launched an offensive in the hills .", "launched")
    assert [e.code for e in actors] == ["RWA"]


# ------------------------------------------------------------------ sectors

@pytest.mark.parametrize("text,phrase,code,sector", [
    ("A fighter jet bombed the market at dawn.", "fighter jet", None, "MIL"),  # no rebel "fighter"
    ("Militia fighters attacked the market at dawn.", "Militia fighters", None, "REB"),  # guard
    ("Members of a rival student group beat the protesters.", "rival student group", None, "EDU"),
    ("An opposition group called for a boycott.", "opposition group", None, "OPP"),
    ("A militant group claimed the attack.", "militant group", None, "REB"),  # guard: an armed kind stays armed
    ("The rebels abducted nine aid workers near the camp.", "nine aid workers", "NGO", None),
    ("Rights group Odhikar condemned the killings.", "Rights group Odhikar", "NGO", None),
    ("The ministry sent four companies of the Border Security Force to the district.",
     "four companies of the Border Security Force", None, "MIL"),
    ("The ministry sent four companies of the State Reserve Police Force to the district.",
     "four companies of the State Reserve Police Force", None, "COP"),
    ("Two companies of the Adani group won the contract.", "Two companies of the Adani group", None, "BUS"),  # guard
    ("Syria said air defences had shot down two drones.", "air defences", None, "MIL"),
])
def test_sector_of_the_kind_a_word_names(nlp: Any, text: str, phrase: str, code: str | None,
                                         sector: str | None) -> None:
    got = normalised(nlp, text, phrase)
    assert (got[0], got[1]) == (code, sector)


def test_an_organisations_own_name_gives_no_sector_to_its_officer(nlp: Any) -> None:
    code, sector, canon = normalised(nlp, "The European Union's trade chief rejected the offer.",
                                     "European Union's trade chief")
    assert (code, canon) == ("EUR", "European Union") and sector != "LAB"  # not a labour union
    assert normalised(nlp, "The union leader rejected the offer.", "union leader")[1] == "LAB"  # guard


def test_leaders_of_a_group_are_that_group(nlp: Any) -> None:
    actors, _ = role_entities(nlp, "The army and leaders of the Fano militia signed a truce on Monday .", "signed")
    assert [(e.entity_text, e.sector) for e in actors] == [("army", "MIL"), ("leaders", "REB")]
    actors, _ = role_entities(nlp, "The head of the army resigned on Monday .", "resigned")
    assert [e.sector for e in actors] == ["MIL"]


# ------------------------------------------------------------------ who is not the doer

@pytest.mark.parametrize("text,trigger", [
    ("The militia said it was not responsible for the mortar fire .", "fire"),
    ("The Taliban denied responsibility for the bombing .", "bombing"),
    ("Human Rights Watch said the use of live ammunition against students was unlawful .", "use"),
])
def test_who_disclaims_or_judges_an_act_is_not_its_doer(nlp: Any, text: str, trigger: str) -> None:
    actors, _ = role_texts(nlp, text, trigger)
    assert actors == []


@pytest.mark.parametrize("trigger", ["use", "bullets"])
def test_who_judges_a_use_of_force_is_not_its_doer(nlp: Any, trigger: str) -> None:
    text = "Amnesty said the use of rubber bullets against the marchers was unlawful ."
    actors, _ = role_texts(nlp, text, trigger)
    assert actors == []


def test_who_claims_an_act_is_its_doer(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The militia claimed responsibility for the mortar fire .", "fire")
    assert actors == ["militia"]  # guard for the rule above


def test_a_state_force_reporting_its_kind_of_strike_did_it(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The air force said on Monday that airstrikes had killed 40 militants .",
                                "killed")
    assert actors == ["air force"] and recips == ["40 militants"]
    # guard: a ministry reporting deaths did not kill
    actors, _ = role_texts(nlp, "The health ministry said on Monday that airstrikes had killed 40 people .", "killed")
    assert actors == []


def test_air_defences_take_the_reporting_states_country(nlp: Any) -> None:
    actors, _ = sentence_roles(nlp, "Russia's defence ministry said air defences had downed 30 drones overnight .",
                               "downed")
    assert [(e.entity_text, e.code, e.sector) for e in actors] == [("air defences", "RUS", "MIL")]


def test_what_say_seems_to_take_is_the_reported_subject(nlp: Any) -> None:
    # the parser hangs "debris" on "said"; the speaker is the source, and debris names no party
    actors, recips = role_texts(nlp, "The mayor said debris from a missile had damaged a school and two houses .",
                                "damaged")
    assert actors == [] and recips == ["school", "two houses"]
    # the weapon's phrase hung on "said" gives the speaker neither (when the weapon is the event's cue)
    actors, _ = role_texts(nlp, "The governor said debris from a downed drone had hit a school .", "drone")
    assert actors == []


@pytest.mark.parametrize("text,trigger,expected", [
    ("Three soldiers were wounded when a drone crashed into their post .", "wounded", []),
    ("Russian drones hit a power plant near the city .", "hit", ["Russian drones"]),  # guard: named
    # (session 14: a weapon whose user is named in its "by" phrase is that user's act)
    ("Two drones launched by the rebels hit a power plant .", "hit", ["rebels"]),
    ("A helicopter gunship fired on the convoy .", "fired", ["helicopter gunship"]),  # guard: the state's
])
def test_a_drone_names_no_party(nlp: Any, text: str, trigger: str, expected: list[str]) -> None:
    actors, _ = role_texts(nlp, text, trigger)
    assert actors == expected


def test_an_agreement_is_no_party_to_itself(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "A ceasefire agreed in March , under which both sides pulled back , did not hold .",
                           "agreed")
    assert actors == []


def test_a_country_where_people_were_killed_did_not_kill_them(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "Twelve people were killed in Mali on Sunday .", "killed")
    assert actors == [] and recips == ["Twelve people"]
    # guard: the place's authorities arrest
    actors, _ = role_texts(nlp, "Twelve people were arrested in Mali on Sunday .", "arrested")
    assert actors == ["Mali"]


# ------------------------------------------------------------------ whom

def test_a_partys_own_thing_is_no_recipient(nlp: Any) -> None:
    actors, recips = role_texts(nlp, "The ministry said it was willing to back its enforcement .", "back")
    assert actors == ["ministry"] and recips == []


def test_a_release_of_people_named_in_another_sentence_has_no_recipient(nlp: Any) -> None:
    _, recips = role_texts(nlp, "It called for their unconditional release .", "called")
    assert recips == []
    # guard: a release named with its people keeps them
    _, recips = role_texts(nlp, "It demanded the release of five engineers .", "release")
    assert recips == ["five engineers"]


def test_coded_sentence_keeps_the_military_as_actor(nlp: Any, coder: Any) -> None:
    evs = code_sentence(nlp, coder, "The military said on Monday that air strikes had killed dozens of bandits.",
                        ner=False)
    assert evs and [a.entity_text for a in evs[0].actor] == ["military"]
    assert [r.entity_text for r in evs[0].recipient] == ["bandits"]


@pytest.mark.parametrize("text,phrase,code", [
    ("Chad's UN ambassador thanked the council.", "Chad's UN ambassador", "TCD"),
    ("The Turkish NATO envoy walked out of the meeting.", "Turkish NATO envoy", "TUR"),
    ("The UN envoy walked out of the meeting.", "UN envoy", "UNO"),  # guard: the body's own envoy
])
def test_a_states_envoy_to_a_body_is_the_states(nlp: Any, text: str, phrase: str, code: str) -> None:
    assert normalised(nlp, text, phrase)[0] == code


def test_a_conjunct_takes_its_lists_country(nlp: Any) -> None:
    actors, recips = sentence_roles(nlp, "The U.S. imposed sanctions on three Syrian officers and two prison "
                                         "officials .", "imposed")
    assert [(e.entity_text, e.code) for e in recips] == [("three Syrian officers", "SYR"), ("two prison officials", "SYR")]


def test_a_place_that_sees_fighting_is_not_its_party(nlp: Any) -> None:
    actors, _ = role_texts(nlp, "The border district has seen heavy shelling for weeks .", "shelling")
    assert actors == []
    # guard: a party that suffers nothing is still the subject of its own act
    actors, _ = role_texts(nlp, "The army has launched heavy shelling for weeks .", "shelling")
    assert actors == ["army"]


@pytest.mark.parametrize("trigger", ["go", "unpunished"])
def test_an_act_that_will_not_go_unpunished_is_the_speakers_threat(nlp: Any, trigger: str) -> None:
    actors, recips = role_texts(nlp, "The president said Hamas 's rocket attacks would not go unpunished .", trigger)
    assert actors == ["president"] and recips == ["Hamas"]


@pytest.mark.parametrize("ner", [False, True])
def test_a_group_running_a_body_gives_the_sentences_country(nlp: Any, ner: bool) -> None:
    text = "The Hamas-run interior ministry said three people were killed in the strike."
    if ner:
        doc = nlp(text)
    else:
        with nlp.select_pipes(disable=["ner"]):
            doc = nlp(text)
    assert sentence_country(doc) == "PSE"
    # guard: a country word in the sentence still comes first
    with nlp.select_pipes(disable=["ner"]):
        assert sentence_country(nlp("The Hamas-run ministry said Israeli strikes killed three people.")) == "ISR"


def test_a_partys_positions_are_not_the_place_they_are_in(nlp: Any) -> None:
    _, recips = role_texts(nlp, "Militias shelled their positions in Rutshuru territory overnight .", "shelled")
    assert "Rutshuru territory" not in recips
    # guard: positions named by their party stay
    _, recips = role_texts(nlp, "The army shelled rebel positions in Rutshuru territory overnight .", "shelled")
    assert recips == ["rebel positions"]
