"""Actors' countries and sectors, round R12 (session 9, issue 3, round 2), on sentences written for these tests
(none from a story set), parsed without NER as the default pipeline does: parties and union federations named
without a party word (data/actors/parties.tsv), names several countries share give the sector only; a big city
before a force or office gives its country ("Dubai police"); a country's name used as a given name after a title
names no country; a bare "the group" that its own sentence does not name is left to the story, which finds the
body named before it (people.introduced_as); a story naming no country takes its dateline capital's."""
from __future__ import annotations

from typing import Any

from newsevents.coding.actors import article_country_focus, introduced_as
from newsevents.coding.actors.tables import load_tables

from coding_parts import parties as _parties, party_codes as _codes


# ------------------------------------------------------------------ parties and unions without a party word

def test_a_party_named_without_a_party_word_is_a_party(nlp: Any) -> None:
    actors, recips = _parties(nlp, "Orange Democratic Movement leader Raila Odinga accused the government of fraud .",
                              "accused")
    assert _codes(actors) == {"Orange Democratic Movement leader Raila Odinga": ("KEN", "PTY")}
    actors, _ = _parties(nlp, "Fidesz spokesman Gergely Kovacs rejected the accusation on Monday .", "rejected")
    assert [(a.code, a.sector) for a in actors] == [("HUN", "PTY")]


def test_a_party_acronym_is_no_legislature_of_another_country(nlp: Any) -> None:
    # "Congress" alone is the U.S. legislature in the organisations table; a party's name holding it is not
    actors, _ = _parties(nlp, "The African National Congress criticised the court ruling on Friday .", "criticised")
    assert [(a.code, a.sector) for a in actors] == [("ZAF", "PTY")]
    _, recips = _parties(nlp, "Police detained four leaders of the Congress party in Delhi .", "detained")
    assert [(r.code, r.sector) for r in recips] == [("IND", "PTY")]


def test_a_union_federation_is_labour(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The Korean Confederation of Trade Unions called a strike at the shipyards .", "called")
    assert [(a.code, a.sector) for a in actors] == [("KOR", "LAB")]
    actors, _ = _parties(nlp, "The Trades Union Congress condemned the cuts in Accra on Sunday .", "condemned")
    assert [(a.code, a.sector) for a in actors] == [("GHA", "LAB")]  # a name several countries share
    actors, _ = _parties(nlp, "COSATU condemned the killing of two miners on Sunday .", "condemned")
    assert [(a.code, a.sector) for a in actors] == [("ZAF", "LAB")]


def test_a_name_several_countries_share_gives_the_sector_and_the_sentence_its_country(nlp: Any) -> None:
    actors, _ = _parties(nlp, "CGT leader Maria Lopez accused the Argentine government of ignoring workers .",
                         "accused")
    assert [(a.code, a.sector) for a in actors] == [("ARG", "LAB")]
    actors, _ = _parties(nlp, "Labour Party candidate Samuel Ade criticised the Nigerian police on Monday .",
                         "criticised")
    assert [(a.code, a.sector) for a in actors] == [("NGA", "PTY")]


def test_ambiguous_acronyms_are_left_out() -> None:
    tb = load_tables()
    # an armoured personnel carrier, a district attorney, the Press Trust of India, a climate pledge
    assert not {"APC", "DA", "PTI", "NDC", "CHP"} & set(tb.orgs)
    assert tb.orgs["BNP Paribas"][1:] == ("FRA", "BUS")  # the bank, not Bangladesh's party


def test_a_named_party_leader_after_an_unknown_party_name_is_a_party(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Freedom Party leader Anna Berg criticised the budget in Vienna .", "criticised")
    assert actors[0].sector == "PTY"


def test_a_rights_association_is_a_civic_body(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The Legal Aid Foundation condemned the arrests on Monday .", "condemned")
    assert [(a.code, a.sector) for a in actors] == [("NGO", None)]
    actors, _ = _parties(nlp, "The Bar Association condemned the arrests on Monday .", "condemned")
    assert actors[0].code != "NGO"  # no civic word: a lawyers' body


# ------------------------------------------------------------------ a city as a party's origin

def test_a_big_city_before_a_force_gives_its_country(nlp: Any) -> None:
    actors, recips = _parties(nlp, "Dubai police arrested a Bangladeshi man wanted in Bangladesh .", "arrested")
    assert _codes(actors) == {"Dubai police": ("ARE", "COP")}
    actors, _ = _parties(nlp, "Lagos state police arrested 23 protesters on Tuesday , South African media said .",
                         "arrested")
    assert [a.code for a in actors] == ["NGA"]


def test_a_city_several_countries_share_takes_the_sentence_country(nlp: Any) -> None:
    actors, _ = _parties(nlp, "Valencia police arrested 10 people in Spain on Tuesday .", "arrested")
    assert [a.code for a in actors] == ["ESP"]
    actors, _ = _parties(nlp, "Valencia police arrested 10 people on Tuesday , local media said .", "arrested")
    assert [a.code for a in actors] == [None]  # Venezuela's is the larger, not three times Spain's


# ------------------------------------------------------------------ a given name is no country

def test_a_country_as_a_given_name_after_a_title_names_no_country(nlp: Any) -> None:
    _, recips = _parties(nlp, "Party leader Jordan Smith accused the government of lying .", "accused", focus="GBR")
    assert [r.code for r in recips] == ["GBR"]


# ------------------------------------------------------------------ "the group" across sentences

def test_a_bare_group_its_sentence_does_not_name_is_left_to_the_story(nlp: Any) -> None:
    actors, _ = _parties(nlp, "The group said soldiers had detained 40 people since January .", "said")
    ents = [a for a in actors if a.entity_text.lower().endswith("group")]
    assert all((a.code, a.sector) == (None, None) for a in ents)
    actors, _ = _parties(nlp, "The militant group attacked a police post in the north .", "attacked")
    assert actors[0].sector == "REB"  # its own word says what it is


def test_the_group_is_the_body_the_story_named_before() -> None:
    text = ("The Human Rights Commission of Pakistan condemned the detentions. The group said police had beaten "
            "several protesters.")
    assert introduced_as("The group", text, text.index("The group said")) == ("PAK", "SOC")
    text = "Houthi rebels fired two missiles at a tanker. The group said it had targeted the ship."
    assert introduced_as("The group", text, text.index("The group said")) == ("YEM", "REB")
    text = "Odhikar, a Bangladeshi rights group, said 80 people had died. The group criticised the delays."
    assert introduced_as("The group", text, text.index("The group criticised")) == ("BGD", "SOC")
    text = ("Police arrested 30 members of the opposition Citizens Coalition for Change. Lawyers for Human Rights "
            "said they had been beaten. The group said it would go to court.")
    assert introduced_as("The group", text, text.index("The group said")) == ("NGO", None)
    text = "Gunmen attacked the village on Monday. The group said it had killed five."
    assert introduced_as("The group", text, text.index("The group said")) is None


# ------------------------------------------------------------------ a dateline capital with no country word

def test_a_story_naming_no_country_takes_its_dateline_capital() -> None:
    assert article_country_focus("ANKARA, Oct 15 (Reuters) - Police detained three mayors on Wednesday.") == "TUR"
    # a bare capital with other country words is still only one mention
    assert article_country_focus("DUBAI, Oct 15 (Reuters) - Iran said Iran's navy seized a tanker. Iran denied it.") \
        == "IRN"


def test_a_georgia_abbreviation_dateline_is_the_us_state() -> None:
    # (lead) "ATHENS, Ga." names the US town: a story naming no country takes USA, not Greece's capital
    from newsevents.coding.actors.tables import article_country_focus
    assert article_country_focus("ATHENS, Ga. — The county commission praised the high school band.") == "USA"
    assert article_country_focus("ATHENS, Oct 2 (Reuters) - The government raised the minimum wage.") == "GRC"
