"""Toponym recognition and event location, session 17 (WL26, issue 4).

Recognition:
- Accents are folded for matching, with offsets into the text kept: "Zaïre" finds the gazetteer's "Zaire", "Perú"
  finds "Peru", "Cote d’Ivoire" with a curly apostrophe finds "Cote d'Ivoire".
- A stoplisted name that is the main name of an admin-1 area ("Midlands") is that area where a place goes, in a story
  whose places lie in that area's country ("farmers in the Midlands" in a Zimbabwe story), never in another story.
- A strong name written after a person's role and a first name ("former prime minister Hesham Qandil") is that
  person's surname elsewhere in the story too ("Qandil was arrested"); after a firm's word it stays a place ("Garuda
  Indonesia"). "Douglas", "Margarita" and "Salvador" before a capitalised word are given names ("Douglas Alexander").
- An Arabic name's article written in lower case before its hyphen ("to al-Tanf") is still the name ("Al-Tanf").
Event location:
- What a party is judged, summoned, warned or accused over is the statement's topic ("criticised Venezuela on Tuesday
  over the arrest of an opposition leader in Caracas"): the word is said where its speaker is; the judged deed keeps
  its own place, and a venue ("in a speech in X") still places the word.
- What talks are about is not where they are held ("in talks with Eritrea over the border town of Badme").
- An admin-1 area holds the areas cut out of it later: "Israeli strikes hit Lebanon's Bekaa Valley, killing three
  people in Baalbek" lands in Baalbek (filed under Baalbek-Hermel since 2014).

Made-up names, except the Lebanese areas whose history the resolver holds; places for event location are given by hand
(story_parts.place), the recognition tests use a small in-memory gazetteer."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.geo.names import fold_keeping_offsets
from newsevents.geo.recognize import NameAutomaton, lower_article_variant
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from geo_spans import read_places
from story_parts import dateline, place, trigger


def _loc(text: str, opening: str, trig: str, places: list[Place], dl: str | None,
         verbal: bool | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, verbal=verbal)


# -- recognition: accents folded for matching -------------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("Zaïre", "Zaire"), ("Perú and Bogotá", "Peru and Bogota"), ("Cote d\u2019Ivoire", "Cote d'Ivoire"),
    ("İzmir", "Izmir"), ("plain text", "plain text"), ("", ""),
    # (a ligature folds to two letters: it is kept; ø has no accent to fold)
    ("the \ufb01eld in Tromsø", "the \ufb01eld in Tromsø"),
])
def test_folding_keeps_every_offset(text: str, folded: str) -> None:
    got = fold_keeping_offsets(text)
    assert got == folded and len(got) == len(text)


@pytest.mark.parametrize("text, name", [
    ("Older officials still call the country Zaïre, the name Mobutu gave it.", "Zaïre"),
    ("Landslides cut roads, Perú's transport ministry said.", "Perú"),
    ("Cocoa farmers in Cote d\u2019Ivoire expect a smaller crop.", "Cote d\u2019Ivoire"),
])
def test_the_automaton_matches_a_name_written_with_accents_it_holds_without(text: str, name: str) -> None:
    auto = NameAutomaton([("Zaire", 3), ("Peru", 3), ("Cote d'Ivoire", 3)])
    s = text.index(name)
    assert auto.matches(text, 0, len(text)) == [(s, s + len(name), 3)]


def test_a_name_held_with_accents_still_matches_both_ways() -> None:
    auto = NameAutomaton([("Bogotá", 3)])
    for text in ("Talks resumed in Bogotá on Monday.", "Talks resumed in Bogota on Monday.",
                 "BOGOTÁ (Wire) - Talks resumed."):
        got = auto.matches(text, 0, len(text))
        assert len(got) == 1 and text[got[0][0]:got[0][1]].lower().startswith("bogot")


def test_an_accented_stoplisted_word_stays_out() -> None:
    auto = NameAutomaton([("El Niño", 3), ("Lima", 3)], stoplist=["El Niño"])
    text = "El Nino and El Niño hit Lima."
    assert [text[s:e] for s, e, _ in auto.matches(text, 0, len(text))] == ["Lima"]


def test_the_automaton_folds_each_text_it_is_given() -> None:
    auto = NameAutomaton([("Zaire", 3)])
    first, second = "It was Zaïre then.", "Zaïre was its name."
    assert auto.matches(first, 0, len(first)) == [(7, 12, 3)]
    assert auto.matches(second, 0, len(second)) == [(0, 5, 3)]
    assert auto.matches(first, 0, len(first)) == [(7, 12, 3)]


@pytest.mark.parametrize("name, lower", [
    ("Al-Tanf", "al-Tanf"), ("El-Fasher", "el-Fasher"), ("Ad-Damazin", "ad-Damazin"), ("Ash-Shirqat", "ash-Shirqat"),
    ("Alma-Ata", None), ("Al Tanf", None), ("Al-", None), ("Aleppo", None), ("", None),
])
def test_the_lower_case_article_variant_of_a_name(name: str, lower: str | None) -> None:
    assert lower_article_variant(name) == lower


def test_the_automaton_matches_an_arabic_name_with_its_article_in_lower_case() -> None:
    auto = NameAutomaton([("Al-Tanfa", 2), ("Alma-Ara", 2)])
    text = "Weapons were sent to al-Tanfa, not to alma-Ara."
    s = text.index("al-Tanfa")
    assert auto.matches(text, 0, len(text)) == [(s, s + len("al-Tanfa"), 2)]


RECORDS = [
    GazRecord(1, 1, "Zimbara", -19.0, 29.8, "ZWX", "PCLI", 15_000_000, resolution=1),
    GazRecord(2, 2, "Midlands", -19.2, 29.8, "ZWX", "ADM1", 1_600_000, admin1="Midlands", resolution=2),
    GazRecord(3, 3, "Harara", -17.8, 31.0, "ZWX", "PPLC", 1_500_000, admin1="Harara", resolution=4),
    GazRecord(4, 4, "Britannia", 54.0, -2.0, "GBX", "PCLI", 60_000_000, resolution=1),
    GazRecord(5, 5, "Coventra", 52.4, -1.5, "GBX", "PPL", 350_000, admin1="Englara", resolution=4),
    GazRecord(6, 6, "Zairo", -2.9, 23.6, "CDX", "PCLI", 90_000_000, resolution=1),
    GazRecord(7, 7, "Qandira", 36.4, 45.0, "IQX", "RGN", 1_000_000, resolution=3),
    GazRecord(8, 8, "Gizara", 30.0, 31.2, "EGX", "PPL", 3_000_000, admin1="Gizara", resolution=4),
    GazRecord(9, 9, "Egyptia", 27.0, 30.0, "EGX", "PCLI", 100_000_000, resolution=1),
    GazRecord(10, 10, "Indonesa", -2.0, 118.0, "IDX", "PCLI", 270_000_000, resolution=1),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {6: [("Zaïre", 1)]}), WEIGHTS, ner_plus_gazetteer=False)


def test_an_accented_spelling_is_read_as_the_place(parser: GeoParser) -> None:
    gp = GeoParser(InMemoryGazetteer(RECORDS, {6: [("Zaire", 1)]}), WEIGHTS, ner_plus_gazetteer=False)
    got = read_places(gp, "Older officials in Harara still call the country Zaïre.")
    assert "Zaïre" in got and got["Zaïre"].country_code == "CDX"


# -- recognition: a stoplisted province's name in a story about its country --------------------------------------------

def test_a_stoplisted_provinces_name_is_the_province_in_its_countrys_story(parser: GeoParser) -> None:
    got = read_places(parser, "Tobacco farmers in the Midlands say rains failed, officials in Harara said.")
    assert "Midlands" in got and got["Midlands"].country_code == "ZWX" and got["Midlands"].resolution == 2


def test_a_stoplisted_provinces_name_is_no_place_in_another_countrys_story(parser: GeoParser) -> None:
    got = read_places(parser, "Snow closed schools across the Midlands, and roads near Coventra were blocked.")
    assert "Midlands" not in got and "Coventra" in got


def test_a_stoplisted_provinces_name_needs_a_place_slot(parser: GeoParser) -> None:
    got = read_places(parser, "Midlands Tobacco said prices rose, officials in Harara said.")
    assert "Midlands" not in got


# -- recognition: a surname that is a strong place name ----------------------------------------------------------------

def test_a_strong_name_after_a_role_and_a_first_name_is_a_surname(parser: GeoParser) -> None:
    got = read_places(parser, "A court in Gizara jailed former prime minister Hesham Qandira. Qandira was "
                              "arrested last month.")
    assert "Qandira" not in got and "Gizara" in got


def test_a_strong_name_after_a_title_and_a_first_name_is_a_surname(parser: GeoParser) -> None:
    got = read_places(parser, "Prime Minister Hesham Qandira resigned. Qandira had led the cabinet in Egyptia.")
    assert "Qandira" not in got and "Egyptia" in got


def test_the_surname_is_still_a_place_where_a_place_goes(parser: GeoParser) -> None:
    got = read_places(parser, "Minister Hesham Qandira spoke. Jets bombed positions in Qandira on Sunday.")
    assert "Qandira" in got


def test_a_strong_name_after_a_firms_word_stays_a_place(parser: GeoParser) -> None:
    got = read_places(parser, "National carrier Garuda Indonesa cancelled flights. Indonesa shut its airports.")
    assert "Indonesa" in got


@pytest.mark.parametrize("given", ["Douglas", "Margarita", "Salvador"])
def test_a_place_that_is_also_a_given_name_before_a_surname_is_a_person(given: str) -> None:
    gp = GeoParser(InMemoryGazetteer([*RECORDS, GazRecord(20, 20, given, 10.0, 10.0, "XXX", "PPLC", 2_000_000,
                                                          resolution=4)], {}), WEIGHTS, ner_plus_gazetteer=False)
    assert given not in read_places(gp, f"The minister, {given} Alvareza, said the aid would go on.")
    assert given in read_places(gp, f"Ferries from {given} were cancelled on Monday.")


def test_a_strong_name_alone_is_a_place(parser: GeoParser) -> None:
    got = read_places(parser, "Turkish jets bombed Qandira on Sunday.")
    assert "Qandira" in got


# -- event location: what a party is judged, summoned or accused over --------------------------------------------------

@pytest.mark.parametrize("said, trig", [
    ("criticised Venora on Tuesday over the arrest of an opposition leader in Carana", "criticised"),
    ("rebuked Georgana over a police crackdown on protesters in Carana", "rebuked"),
    ("summoned Venora's envoy over the killing of a Sikh activist in Carana", "summoned"),
    ("lodged a protest with Venora over a visit by lawmakers to the shrine in Carana", "lodged"),
    ("accused Venora on Wednesday of attacking a humanitarian convoy near Carana", "accused"),
    ("blamed Venora for the shelling of a camp outside Carana", "blamed"),
    ("warned Venora over its troop build-up near Carana", "warned"),
    ("condemned Venora over a strike on a school in Carana that killed 20 people", "condemned"),
])
def test_what_a_party_is_judged_over_is_the_statements_topic(said: str, trig: str) -> None:
    t = f"WASHA (Wire) - Ustania {said}."
    places = [place(t, "WASHA", "USX", 4, "PPLC"), place(t, "Ustania", "USX", 1, "PCLI"),
              place(t, "Carana", "VEX", 4, "PPLC")] + (
        [place(t, "Venora", "VEX", 1, "PCLI")] if "Venora" in t else [place(t, "Georgana", "GEX", 1, "PCLI")])
    loc = _loc(t, "Ustania", trig, places, "WASHA", verbal=True)
    assert loc is not None and loc.extracted_place == "WASHA"


def test_the_judged_deed_keeps_its_own_place() -> None:
    t = "WASHA (Wire) - Ustania criticised Venora on Tuesday over the arrest of an opposition leader in Carana."
    places = [place(t, "WASHA", "USX", 4, "PPLC"), place(t, "Ustania", "USX", 1, "PCLI"),
              place(t, "Venora", "VEX", 1, "PCLI"), place(t, "Carana", "VEX", 4, "PPLC")]
    loc = _loc(t, "Ustania", "arrest", places, "WASHA", verbal=False)
    assert loc is not None and loc.extracted_place == "Carana"


def test_a_venue_after_the_judged_deed_still_places_the_word() -> None:
    t = "WASHA (Wire) - The minister criticised Venora over the arrests in a speech in Dallora on Monday."
    places = [place(t, "WASHA", "USX", 4, "PPLC"), place(t, "Venora", "VEX", 1, "PCLI"),
              place(t, "Dallora", "USX", 4)]
    loc = _loc(t, "The minister", "criticised", places, "WASHA", verbal=True)
    assert loc is not None and loc.extracted_place == "Dallora"


def test_a_time_is_no_topic() -> None:
    t = "WASHA (Wire) - Ustania warned Venora over the weekend in Dallora, officials said."
    places = [place(t, "WASHA", "USX", 4, "PPLC"), place(t, "Ustania", "USX", 1, "PCLI"),
              place(t, "Venora", "VEX", 1, "PCLI"), place(t, "Dallora", "USX", 4)]
    loc = _loc(t, "Ustania", "warned", places, "WASHA", verbal=True)
    assert loc is not None and loc.extracted_place == "Dallora"


@pytest.mark.parametrize("verbal", [None, True])
def test_a_protest_over_a_deed_is_held_where_it_is(verbal: bool | None) -> None:
    # (even where the protest is coded a word: only a protest made to a party is)
    t = "DHAKRA (Wire) - Students protested on Monday over the killing of a classmate in Sylhara."
    places = [place(t, "DHAKRA", "BDX", 4, "PPLC"), place(t, "Sylhara", "BDX", 4)]
    loc = _loc(t, "Students", "protested", places, "DHAKRA", verbal=verbal)
    assert loc is not None and loc.extracted_place == "Sylhara"


def test_a_protest_made_to_a_party_is_a_word() -> None:
    t = "DHAKRA (Wire) - Banglara protested to Myanra on Monday over the killing of a fisherman near Teknara."
    places = [place(t, "DHAKRA", "BDX", 4, "PPLC"), place(t, "Banglara", "BDX", 1, "PCLI"),
              place(t, "Myanra", "MMX", 1, "PCLI"), place(t, "Teknara", "BDX", 4)]
    loc = _loc(t, "Banglara", "protested", places, "DHAKRA", verbal=True)
    assert loc is not None and loc.extracted_place == "DHAKRA"


def test_an_attack_on_a_post_is_judged_not_a_venue() -> None:
    t = "BAMAKA (Wire) - Malia condemned Burkara on Monday over an attack on a police post near Sikasa."
    places = [place(t, "BAMAKA", "MLX", 4, "PPLC"), place(t, "Malia", "MLX", 1, "PCLI"),
              place(t, "Burkara", "BFX", 1, "PCLI"), place(t, "Sikasa", "MLX", 4)]
    loc = _loc(t, "Malia", "condemned", places, "BAMAKA", verbal=True)
    assert loc is not None and loc.extracted_place == "BAMAKA"


def test_a_post_written_in_is_a_venue() -> None:
    t = "BAMAKA (Wire) - The minister condemned Burkara over the attack in a post written in Sikasa on Monday."
    places = [place(t, "BAMAKA", "MLX", 4, "PPLC"), place(t, "Burkara", "BFX", 1, "PCLI"), place(t, "Sikasa", "MLX", 4)]
    loc = _loc(t, "The minister", "condemned", places, "BAMAKA", verbal=True)
    assert loc is not None and loc.extracted_place == "Sikasa"


# -- event location: what talks are about ----------------------------------------------------------------------------

@pytest.mark.parametrize("talks, far", [
    ("said on Monday it was in talks with Eritra over the border town of Badma", "Badma"),
    ("opened talks with Somara over the disputed maritime zone off Kisma", "Kisma"),
    ("said it held negotiations with Somara about the reopening of the Kisma crossing", "Kisma"),
])
def test_what_talks_are_about_is_not_where_they_are(talks: str, far: str) -> None:
    t = f"ADDISA (Wire) - Ethiopa {talks}."
    places = [place(t, "ADDISA", "ETX", 4, "PPLC"), place(t, "Ethiopa", "ETX", 1, "PCLI"),
              place(t, "Eritra" if "Eritra" in t else "Somara", "ERX", 1, "PCLI"), place(t, far, "ERX", 4)]
    trig = "talks" if "talks" in talks else "negotiations"
    loc = _loc(t, "Ethiopa", trig, places, "ADDISA", verbal=True)
    assert loc is not None and loc.extracted_place != far


def test_talks_held_in_a_place_are_there() -> None:
    t = "ADDISA (Wire) - Ethiopa held talks with Somara on Monday in Kisma."
    places = [place(t, "ADDISA", "ETX", 4, "PPLC"), place(t, "Ethiopa", "ETX", 1, "PCLI"),
              place(t, "Somara", "SOX", 1, "PCLI"), place(t, "Kisma", "SOX", 4)]
    loc = _loc(t, "Ethiopa", "talks", places, "ADDISA", verbal=True)
    assert loc is not None and loc.extracted_place == "Kisma"


# -- event location: an area holds the areas cut out of it -----------------------------------------------------------

_BEKAA = "Al Biqā‘"
_BAALBEK_HERMEL = "B‘alabak-Al Hirmil"


@pytest.mark.parametrize("deed, town, trig", [
    ("Israeli strikes hit Lebanon's Bekaa Valley overnight, killing three people in Baalbek", "Baalbek", "hit"),
    ("Israeli jets struck the Bekaa on Monday, killing five people in the town of Hermel", "Hermel", "struck"),
])
def test_a_toll_in_a_town_cut_out_of_the_area_struck_is_there(deed: str, town: str, trig: str) -> None:
    t = f"BEIRA (Wire) - {deed}, the ministry said."
    places = [place(t, "BEIRA", "LBN", 4, "PPLC", province="Beyrouth"),
              place(t, "Bekaa", "LBN", 2, "ADM1", province=_BEKAA),
              place(t, town, "LBN", 4, province=_BAALBEK_HERMEL)] + (
        [place(t, "Lebanon", "LBN", 1, "PCLI")] if "Lebanon" in t else [])
    loc = _loc(t, "Israeli", trig, places, "BEIRA")
    assert loc is not None and loc.extracted_place == town


def test_a_toll_in_a_town_of_another_area_stays_with_the_area_struck() -> None:
    t = "BEIRA (Wire) - Israeli strikes hit Lebanon's Bekaa Valley overnight, killing three people in Sidona."
    places = [place(t, "BEIRA", "LBN", 4, "PPLC", province="Beyrouth"),
              place(t, "Lebanon", "LBN", 1, "PCLI"), place(t, "Bekaa", "LBN", 2, "ADM1", province=_BEKAA),
              place(t, "Sidona", "LBN", 4, province="Liban-Sud")]
    loc = _loc(t, "Israeli", "hit", places, "BEIRA")
    assert loc is not None and loc.extracted_place == "Bekaa"
