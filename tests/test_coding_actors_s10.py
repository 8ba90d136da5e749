"""Actors and recipients, round R15 (session 10, issue 3: recipients and actor countries), on sentences written for
these tests (none from a story or evaluation set), parsed without NER as the default pipeline does: a bare
"Congress" in a story about India or a country whose legislature is called Congress; the story's country when a
dateline capital ties with the country of the lead, and from a big city's dateline; the party a refusal turns away;
the party a place is taken back from; a person or a counted share coordinated after an apposition; a thing hit on
its way to a town; the author of an attack that is repelled."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import article_country_focus
from newsevents.records import Entity
from coding_parts import story_parties as _parties


def _codes(ents: list[Entity]) -> list[tuple[str, str | None, str | None]]:
    return [(e.entity_text, e.code, e.sector) for e in ents]


# ------------------------------------------------------------------ "Congress" by the story's country

def test_bare_congress_in_an_indian_story_is_the_party(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Congress leader Rahul Sharma accused the state government of rigging the polls .",
                         "accused", story="IND")
    assert [(a.code, a.sector) for a in actors] == [("IND", "PTY")]


def test_bare_congress_in_a_peruvian_story_is_its_legislature(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Congress rejected the president 's budget for the third time on Thursday .",
                         "rejected", story="PER")
    assert [(a.code, a.sector) for a in actors] == [("PER", "LEG")]


def test_bare_congress_stays_american_without_another_story_country_or_with_a_us_cue(nlp: Any) -> None:
    text = "Congress rejected the president 's budget for the third time on Thursday ."
    assert [(a.code, a.sector) for a in _parties(nlp, text, "rejected")[0]] == [("USA", "LEG")]
    assert [(a.code, a.sector) for a in _parties(nlp, text, "rejected", story="USA")[0]] == [("USA", "LEG")]
    # a US word in the sentence keeps the US Congress, whatever the story is about
    actors, _ = _parties(nlp, "In Washington , Congress rejected the aid package for Peru on Thursday .",
                         "rejected", story="PER")
    assert [(a.code, a.sector) for a in actors] == [("USA", "LEG")]
    # a country whose legislature has another name: no guess
    actors, _ = _parties(nlp, "Congress rejected the aid package on Thursday .", "rejected", story="KEN")
    assert [(a.code, a.sector) for a in actors] == [("USA", "LEG")]


# ------------------------------------------------------------------ the story's country

def test_a_dateline_capital_tie_goes_to_the_one_country_of_the_lead() -> None:
    text = ("NAIROBI, June 3 - Somali soldiers fought al Shabaab militants near the town of Jowhar on Monday, "
            "officials said.\n\nKenya has troops in the region. Kenyan officials said Somalia had asked for help. The "
            "Somali government thanked them.")
    assert article_country_focus(text) == "SOM"
    # a lead that names both tied countries leaves the tie to the capital
    text = ("NAIROBI, June 3 - Kenyan and Somali officials met on Monday.\n\nSomalia said it wanted more "
            "patrols.")
    assert article_country_focus(text) == "KEN"


def test_a_big_city_dateline_gives_the_country_of_a_story_naming_none() -> None:
    assert article_country_focus("LAHORE, Jan 5 - Police detained 40 traders after a strike. The traders "
                                 "said they would march again.") == "PAK"
    # a dateline city the story names with its country word is not needed; a city name several countries share
    # gives none
    assert article_country_focus("VALENCIA, Jan 5 - Police detained 40 traders after a strike.") is None


# ------------------------------------------------------------------ recipients

def test_the_party_a_refusal_turns_away_is_the_recipient(nlp: Any) -> None:
    _, recips = _parties(nlp, "The Croatian president refused to meet the Serbian envoy .", "refused")
    assert _codes(recips) == [("Serbian envoy", "SRB", "GOV")]
    _, recips = _parties(nlp, "The junta declined to receive the ECOWAS delegation .", "declined")
    assert [r.code for r in recips] == ["IGO"]
    # a thing refused is still no party
    _, recips = _parties(nlp, "The rebels refused to hand over their weapons .", "refused")
    assert recips == []


def test_the_party_a_place_is_taken_back_from_is_the_recipient(nlp: Any) -> None:
    _, recips = _parties(nlp, "Somali troops retook the town of Adan Yabaal from al-Shabaab fighters .", "retook")
    assert [r.entity_text for r in recips] == ["al-Shabaab fighters"]
    _, recips = _parties(nlp, "Kurdish fighters recaptured the town of Tal Tamr from Islamic State militants .",
                         "recaptured")
    assert [r.entity_text for r in recips] == ["Islamic State militants"]
    # with no "from", the town stays
    _, recips = _parties(nlp, "Rebels captured the town of Kalehe on Sunday .", "captured")
    assert [r.entity_text for r in recips] == ["Kalehe"]


def test_people_coordinated_after_an_apposition_are_recipients_too(nlp: Any) -> None:
    _, recips = _parties(nlp, "Troops arrested the mayor, Jorge Ruiz, and two of his aides.", "arrested")
    assert [r.entity_text for r in recips] == ["mayor", "his aides"]
    _, recips = _parties(nlp, "Police detained the party's spokesman, Omar Bah, and five other members.",
                         "detained")
    assert [r.entity_text for r in recips][1:] == ["five other members"]


def test_a_thing_hit_on_its_way_to_a_town_stays_the_target(nlp: Any) -> None:
    _, recips = _parties(nlp, "Fano fighters ambushed a military convoy on the road to Bahir Dar .", "ambushed")
    assert [r.entity_text for r in recips] == ["military convoy"]
    _, recips = _parties(nlp, "Gunmen attacked a bus on the highway to Kano .", "attacked")
    assert [r.entity_text for r in recips] == ["bus"]


def test_the_repeller_of_an_attack_named_by_a_modifier_acts(nlp: Any) -> None:
    # session 15 (R24) reverses session 10: the troops fighting the assaults off are the clash's actor, the assaults'
    # author (named by the modifier) the other side
    actors, recips = _parties(nlp, "Ukrainian troops repelled 37 Russian assaults near Pokrovsk .", "assaults")
    assert [(a.code) for a in actors] == ["UKR"]
    assert [(r.entity_text, r.code) for r in recips] == [("Russian", "RUS")]


def test_a_spokesman_for_a_body_speaks_for_it(nlp: Any) -> None:
    actors, _ = _parties(nlp, "A spokeswoman for the Kenyan police denied the allegations .", "denied")
    assert [(a.code, a.sector) for a in actors] == [("KEN", "COP")]
    actors, _ = _parties(nlp, "In Lahore , a spokesman for the Pakistan Muslim League-Nawaz rejected the claim .",
                         "rejected")
    assert [(a.code, a.sector) for a in actors] == [("PAK", "PTY")]
