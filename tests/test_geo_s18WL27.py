"""Toponym recognition and event location, session 18 (WL27, issue 4).

Recognition:
- A place's name that heads an armed group's or a gang's name ("the Gulf Clan", "the Niger Delta Avengers", "the
  Jalisco New Generation Cartel", "Tren de Aragua") is the group's, no place.
- A name a relative clause gives a person's career ("Qandil, who served under President Mursi") is a person's; so is a
  strong name after a first name before a person's words ("Michael Sicilia, says", "said Anna Sicilia, who runs"), and a
  name after a first name and a noble particle ("Philippe de Marigny"). Such a name is a place only where it is written
  as one ("the Marigny Plantation", "in Qandil"); its other uses are not repeats of the place.
- "El-Fasher" (a hyphen after the Arabic article) is the gazetteer's "El Fasher".
- An armed group's attack or raid is on a place: "insurgents attacked Mocimboa da Praia".
Event location:
- What a speaker asks or warns others to do, or against doing, is the topic of the word, even where the asked deed
  names places on the way ("urged China to withdraw its vessels from Whitsun Reef in the Spratly Islands", "warned
  Japan against sending warships near the Senkaku Islands").
- "Gunmen kidnapped two engineers after residents surrounded a patrol near the town of El Plateado in Cauca province":
  an after-clause right after a deed done on the spot places it when its own clause names no place (never a word's,
  never an attack's).

Made-up names; places for event location are given by hand (story_parts.place), the recognition tests use a small
in-memory gazetteer."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.geo.recognize import NameAutomaton, hyphened_article_variant
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from geo_spans import full_stop_sentences, read_places
from story_parts import dateline, place, trigger


def _loc(text: str, opening: str, trig: str, places: list[Place], dl: str | None,
         verbal: bool | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, verbal=verbal)


RECORDS = [
    GazRecord(1, 1, "Gulfa", 27.0, 51.0, None, "ADM1", 0, resolution=2),
    GazRecord(2, 2, "Caucasa", 7.9, -75.2, "COX", "PPL", 50_000, admin1="Antioka", resolution=4),
    GazRecord(3, 3, "Nigera Delta", 5.0, 6.0, "NGX", "ADM1", 0, resolution=2),
    GazRecord(4, 4, "Sinalo", 24.6, -107.5, "MXX", "ADM1", 3_000_000, resolution=2),
    GazRecord(5, 5, "Jalisca", 20.6, -103.3, "MXX", "ADM1", 8_000_000, resolution=2),
    GazRecord(6, 6, "Aragu", 10.2, -67.6, "VEX", "ADM1", 1_500_000, resolution=2),
    GazRecord(7, 7, "Macin", 14.0, -5.0, "MLX", "ADM1", 0, resolution=2),
    GazRecord(8, 8, "Qandira", 36.4, 45.0, "IQX", "ADM1", 0, resolution=2),
    GazRecord(9, 9, "Gizara", 30.0, 31.2, "EGX", "PPL", 3_000_000, admin1="Gizara", resolution=4),
    GazRecord(10, 10, "Sicila", 37.5, 14.0, "ITX", "ADM1", 5_000_000, resolution=2),
    GazRecord(11, 11, "Verra", 45.4, 11.0, "ITX", "PPL", 250_000, admin1="Venita", resolution=4),
    GazRecord(12, 12, "Marigna", 29.96, -90.05, "USX", "ADM1", 0, resolution=2),
    GazRecord(13, 13, "Santiaga", -33.4, -70.6, "CLX", "PPLC", 6_000_000, resolution=4),
    GazRecord(14, 14, "Chila", -30.0, -71.0, "CLX", "PCLI", 19_000_000, resolution=1),
    GazRecord(15, 15, "Mocimba da Prai", -11.3, 40.3, "MZX", "PPL", 20_000, admin1="Cabo Delga", resolution=4),
    GazRecord(16, 16, "El Fashira", 13.6, 25.3, "SDX", "PPL", 500_000, admin1="North Darfa", resolution=4),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


# -- recognition: a place's name at the head of an armed group's name -------------------------------------------------

@pytest.mark.parametrize("group, name", [
    ("the Gulfa Clan", "Gulfa"),
    ("the Nigera Delta Avengers", "Nigera Delta"),
    ("the Sinalo Cartel", "Sinalo"),
    ("the Sinalo cartel", "Sinalo"),
    ("the Jalisca New Generation Cartel", "Jalisca"),
    ("members of Tren de Aragu", "Aragu"),
    ("the Macin Liberation Front", "Macin"),
])
def test_a_place_name_heading_an_armed_groups_name_is_no_place(parser: GeoParser, group: str, name: str) -> None:
    got = read_places(parser, f"Fighters of {group} ambushed a police patrol near Caucasa on Friday.")
    assert name not in got and "Caucasa" in got


def test_the_same_name_written_as_a_place_stays_a_place(parser: GeoParser) -> None:
    got = read_places(parser, "Drug gangs fought for control of routes across Sinalo on Friday.")
    assert "Sinalo" in got


# -- recognition: people named like places ----------------------------------------------------------------------------

@pytest.mark.parametrize("career", ["served under President Mursa", "was prime minister under Mursa",
                                    "had served as minister of housing"])
def test_a_name_given_a_persons_career_is_a_person(parser: GeoParser, career: str) -> None:
    got = read_places(parser, f"Qandira, who {career}, was jailed by a court in Gizara. Qandira denied it.")
    assert "Qandira" not in got and "Gizara" in got


def test_a_name_told_doing_something_else_stays_a_place(parser: GeoParser) -> None:
    got = read_places(parser, "Qandira, which lies near the border, was bombed by jets on Sunday.")
    assert "Qandira" in got


@pytest.mark.parametrize("text", [
    "Giorgo Sicila, says demand has fallen by a third, and exporters in Verra are worried.",
    "'The market is very weak,' said Anna Sicila, who runs a wine cooperative near Verra.",
])
def test_a_strong_name_after_a_first_name_before_a_persons_words_is_a_surname(parser: GeoParser, text: str) -> None:
    got = read_places(parser, text)
    assert "Sicila" not in got and "Verra" in got


def test_a_strong_name_where_a_place_goes_stays_a_place(parser: GeoParser) -> None:
    got = read_places(parser, "Farmers in Sicila say demand has fallen by a third, exporters in Verra said.")
    assert "Sicila" in got


def test_a_name_after_a_first_name_and_a_noble_particle_is_a_surname(parser: GeoParser) -> None:
    t = ("The land was owned by Bernard Philippe de Marigna, who lived in a mansion. Marigna had it subdivided. The "
         "avenue marked the limit of the Marigna Plantation.")
    got = parser.places(Article("a", t), full_stop_sentences(t), [], set())
    # (only the place named after the family is a place: the mentions of the person are no repeats of it)
    assert [p.start for p in got if p.text == "Marigna"] == [t.index("Marigna Plantation")]


def test_a_town_before_the_particle_makes_one_place_not_a_person(parser: GeoParser) -> None:
    got = read_places(parser, "Talks in Santiaga de Chila ended on Monday. Chila said it would sign.")
    assert "Chila" in got


# -- recognition: spellings --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, hyphened", [
    ("El Fasher", "El-Fasher"), ("Al Qusayr", "Al-Qusayr"), ("Ash Shihr", "Ash-Shihr"),
    ("Elmira", None), ("El", None), ("El paso", None), ("", None),
])
def test_the_hyphened_article_variant_of_a_name(name: str, hyphened: str | None) -> None:
    assert hyphened_article_variant(name) == hyphened


@pytest.mark.parametrize("written", ["El-Fashira", "el-Fashira", "El Fashira"])
def test_the_automaton_matches_an_arabic_name_with_its_article_hyphened(written: str) -> None:
    auto = NameAutomaton([("El Fashira", 2)])
    text = f"Paramilitary fighters shelled {written} on Tuesday."
    s = text.index(written)
    assert auto.matches(text, 0, len(text)) == [(s, s + len(written), 2)]


def test_an_armed_groups_attack_is_on_a_place(parser: GeoParser) -> None:
    got = read_places(parser, "Islamist insurgents attacked Mocimba da Prai on Wednesday, burning homes.")
    assert "Mocimba da Prai" in got


def test_an_attack_by_anyone_else_needs_a_place_slot(parser: GeoParser) -> None:
    got = read_places(parser, "Critics attacked Mocimba da Prai on Wednesday for its spending.")
    assert "Mocimba da Prai" not in got


# -- event location: what a speaker asks or warns others to do --------------------------------------------------------

@pytest.mark.parametrize("said, trig", [
    ("urged Chinara on Thursday to withdraw its vessels from Whitsa Reef in the Spratla Islands", "urged"),
    ("warned Chinara on Tuesday against sending warships near the Spratla Islands", "warned"),
    ("warned Chinara to keep its ships away from the Spratla Islands", "warned"),
    ("called on Chinara to stop building on Whitsa Reef off the Spratla Islands", "called"),
])
def test_what_a_speaker_asks_or_warns_others_to_do_is_the_topic(said: str, trig: str) -> None:
    t = f"MANILO (Wire) - Philippa {said}."
    places = [place(t, "MANILO", "PHX", 4, "PPLC"), place(t, "Philippa", "PHX", 1, "PCLI"),
              place(t, "Chinara", "CHX", 1, "PCLI"), place(t, "Spratla Islands", "", 3, "ISLS")]
    loc = _loc(t, "Philippa", trig, places, "MANILO", verbal=True)
    assert loc is not None and loc.extracted_place == "MANILO"


def test_a_warning_given_on_the_spot_stays_there() -> None:
    t = "MANILO (Wire) - Police warned protesters in Cebara on Monday, officials said."
    places = [place(t, "MANILO", "PHX", 4, "PPLC"), place(t, "Cebara", "PHX", 4)]
    loc = _loc(t, "Police", "warned", places, "MANILO", verbal=True)
    assert loc is not None and loc.extracted_place == "Cebara"


# -- event location: an after-clause places a deed done on the spot ---------------------------------------------------

@pytest.mark.parametrize("deed, trig", [
    ("Gunmen kidnapped three oil workers on Tuesday after villagers blocked a road", "kidnapped"),
    ("Gunmen abducted two aid workers after a crowd surrounded their car", "abducted"),
    ("Illegal miners shot dead three guards after villagers blocked a road", "shot"),
])
def test_an_after_clause_places_a_deed_whose_clause_names_no_place(deed: str, trig: str) -> None:
    t = f"BOGA (Wire) - {deed} near the town of Tama in Arauka province, the army said."
    places = [place(t, "BOGA", "COX", 4, "PPLC"), place(t, "Tama", "COX", 4), place(t, "Arauka", "COX", 2, "ADM1")]
    loc = _loc(t, deed[:8], trig, places, "BOGA", verbal=False)
    assert loc is not None and loc.extracted_place == "Tama"


def test_the_deeds_own_place_beats_the_after_clauses() -> None:
    t = "BOGA (Wire) - Gunmen kidnapped three workers in Cucuta on Tuesday after villagers blocked a road near Tama."
    places = [place(t, "BOGA", "COX", 4, "PPLC"), place(t, "Cucuta", "COX", 4), place(t, "Tama", "COX", 4)]
    loc = _loc(t, "Gunmen", "kidnapped", places, "BOGA", verbal=False)
    assert loc is not None and loc.extracted_place == "Cucuta"


def test_an_after_clause_does_not_place_a_word() -> None:
    t = "WASHA (Wire) - Ustania condemned Venora on Tuesday after a raid near Carana, officials said."
    places = [place(t, "WASHA", "USX", 4, "PPLC"), place(t, "Ustania", "USX", 1, "PCLI"),
              place(t, "Venora", "VEX", 1, "PCLI"), place(t, "Carana", "VEX", 4)]
    loc = _loc(t, "Ustania", "condemned", places, "WASHA", verbal=True)
    assert loc is not None and loc.extracted_place == "WASHA"


def test_an_after_clause_does_not_place_a_strike_launched_from_afar() -> None:
    t = "TELA (Wire) - Israla launched strikes on Tuesday after a rocket hit a school in Haifo."
    places = [place(t, "TELA", "ILX", 4, "PPLC"), place(t, "Israla", "ILX", 1, "PCLI"), place(t, "Haifo", "ILX", 4)]
    loc = _loc(t, "Israla", "strikes", places, "TELA", verbal=False)
    assert loc is None or loc.extracted_place != "Haifo"


def test_an_arrest_in_the_capital_is_there() -> None:
    t = "ABIDA (Wire) - Soldiers detained a popular radio host in Niama on Friday, a press freedom group said."
    places = [place(t, "ABIDA", "CIX", 4, "PPLC"), place(t, "Niama", "NEX", 4, "PPLC")]
    loc = _loc(t, "Soldiers", "detained", places, "ABIDA", verbal=False)
    assert loc is not None and loc.extracted_place == "Niama"
