"""Event location and toponym recognition, session 16 (WL25, issue 4).

Recognition:
- A wide region's name whose opening word news writes in lower case is still the name: "sub-Saharan Africa", "the
  horn of Africa". A lower-case compass word is a direction, not part of a name ("southern Africa" is read as Africa,
  as GWN and GeoVirus annotate such phrases), and only regions and seas take the lower-case form.
Event location:
- An attack told against a whole country with no place of its own ("Russia attacked Ukraine with 90 drones overnight",
  "launched 75 drones against Ukraine", "struck Ukraine's energy grid") landed in that country, not at the dateline
  city the reporter files from.
- The other party of contacts or talks ("said it was in touch with Balochistan authorities", "in contact with Kabul")
  is not where anything happened ("in touch with X" is no "in X").
- The places of what a statement judges ("condemned an attack on a temple in Chittagong") are its topic: the statement
  is made where its speaker is; a venue ("in a statement from Islamabad") still places it.
- "expressed concern about the situation in northern Myanmar": the state of affairs a word of feeling is about.

Made-up names; places for event location are given by hand (story_parts.place), the recognition tests use a small
in-memory gazetteer."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.geo.recognize import NameAutomaton, lower_part_variant
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from geo_spans import read_places
from story_parts import dateline, place, trigger


def _loc(text: str, opening: str, trig: str, places: list[Place], dl: str | None,
         verbal: bool | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places,
                          dateline=dateline(dl) if dl is not None else None, verbal=verbal)


# -- recognition: a lower-case part word of a wide region's name -----------------------------------------------------

RECORDS = [
    GazRecord(1, 1, "Afrania", 7.0, 21.0, None, "CONT", 1_000_000_000, resolution=1),
    GazRecord(2, 2, "Southern Afrania", -24.0, 25.0, None, "RGN", 200_000_000, resolution=1),
    GazRecord(3, 3, "Sub-Saharan Afrania", 0.0, 20.0, None, "RGN", 900_000_000, resolution=1),
    GazRecord(4, 4, "Horn of Afrania", 8.0, 45.0, None, "RGN", 150_000_000, resolution=1),
    GazRecord(6, 6, "Carpatha", 48.5, 23.0, "UAX", "PCLI", 45_000_000, resolution=1),
    GazRecord(7, 7, "Sub-Carpatha", 48.4, 22.5, "UAX", "ADM1", 1_200_000, resolution=2),
    GazRecord(8, 8, "Kenyara", 1.0, 38.0, "KEX", "PCLI", 50_000_000, resolution=1),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


@pytest.mark.parametrize("phrase, name", [
    ("across sub-Saharan Afrania", "sub-Saharan Afrania"),
    ("in the horn of Afrania", "horn of Afrania"),
])
def test_a_wide_regions_lower_case_part_word_keeps_its_name(parser: GeoParser, phrase: str, name: str) -> None:
    t = f"Food prices rose sharply {phrase} last year, and aid groups in Kenyara warned of hunger."
    got = read_places(parser, t)
    assert name in got and got[name].lat is not None and abs(got[name].lat - next(
        r.lat for r in RECORDS if r.name.lower() == name.lower()) or 0) < 0.01
    assert "Kenyara" in got


def test_the_capitalised_region_is_still_read(parser: GeoParser) -> None:
    got = read_places(parser, "Drought spread across Southern Afrania and the Horn of Afrania this year.")
    assert "Southern Afrania" in got and "Horn of Afrania" in got


def test_a_lower_case_compass_word_is_a_direction(parser: GeoParser) -> None:
    got = read_places(parser, "Drought spread across southern Afrania this year.")
    assert "southern Afrania" not in got and "Afrania" in got and got["Afrania"].lat == 7.0


def test_an_admin_area_is_not_read_in_lower_case(parser: GeoParser) -> None:
    got = read_places(parser, "Floods hit towns across sub-Carpatha on Monday, officials said.")
    assert "sub-Carpatha" not in got


def test_lower_case_is_no_name_for_a_word_alone(parser: GeoParser) -> None:
    got = read_places(parser, "The southern route was closed, and the horn sounded twice.")
    assert got == {}


@pytest.mark.parametrize("name, lower", [
    ("Sub-Saharan Africa", "sub-Saharan Africa"), ("Horn of Africa", "horn of Africa"),
    ("Southern Africa", None), ("Central Asia", None), ("Greater Manchester", None), ("Horn", None), ("Sub-", None),
    ("Horn of", None), ("Subotica", None), ("Hornsea", None), ("", None),
])
def test_the_lower_case_variant_of_a_name(name: str, lower: str | None) -> None:
    assert lower_part_variant(name) == lower


def test_the_automaton_matches_lower_case_only_for_names_it_is_given() -> None:
    text = "Prices rose across sub-Saharan Afrania."
    plain = NameAutomaton([("Sub-Saharan Afrania", 3)])
    assert plain.matches(text, 0, len(text)) == []
    lowered = NameAutomaton([("Sub-Saharan Afrania", 3)], lower_parts=["Sub-Saharan Afrania"])
    s = text.index("sub-")
    assert lowered.matches(text, 0, len(text)) == [(s, s + len("sub-Saharan Afrania"), 3)]


# -- an attack told against a whole country --------------------------------------------------------------------------

@pytest.mark.parametrize("deed, trig", [
    ("Russland attacked Ukrania with 90 drones overnight", "attacked"),
    ("Russland launched 75 drones against Ukrania overnight", "launched"),
    ("Russland struck Ukrania's energy grid with missiles and drones", "struck"),
    ("Russland pounded Ukrania with missiles on Sunday", "pounded"),
    ("Russland attacked Ukrania again, the second time this week", "attacked"),
])
def test_an_attack_on_a_whole_country_is_in_that_country(deed: str, trig: str) -> None:
    t = f"KIEVA (Wire) - {deed}, the air force said."
    places = [place(t, "KIEVA", "UAX", 4, "PPLC"), place(t, "Russland", "RUX", 1, "PCLI"),
              place(t, "Ukrania", "UAX", 1, "PCLI")]
    loc = _loc(t, "Russland", trig, places, "KIEVA")
    assert loc is not None and loc.extracted_place == "Ukrania" and loc.resolution == 1


def test_an_attack_on_a_country_filed_from_a_third_country_is_in_the_target() -> None:
    t = "BEIRA (Wire) - Israela attacked Syra with drones on Monday, state media said."
    places = [place(t, "BEIRA", "LBX", 4, "PPLC"), place(t, "Israela", "ILX", 1, "PCLI"),
              place(t, "Syra", "SYX", 1, "PCLI")]
    loc = _loc(t, "Israela", "attacked", places, "BEIRA")
    assert loc is not None and loc.extracted_place == "Syra"


def test_a_place_the_attack_names_in_the_country_still_wins() -> None:
    t = "KIEVA (Wire) - Russland attacked Ukrania's Dnipra region with drones overnight, officials said."
    places = [place(t, "KIEVA", "UAX", 4, "PPLC"), place(t, "Russland", "RUX", 1, "PCLI"),
              place(t, "Ukrania", "UAX", 1, "PCLI"), place(t, "Dnipra", "UAX", 2, "ADM1")]
    loc = _loc(t, "Russland", "attacked", places, "KIEVA")
    assert loc is not None and loc.extracted_place == "Dnipra"


@pytest.mark.parametrize("deed, trig", [
    # a person of the country, not the country
    ("Russland attacked Ukrania's president in a speech", "attacked"),
    # tariffs are no weapon
    ("Washingta hit Chinara with new tariffs", "hit"),
])
def test_no_country_target_without_an_attack_on_the_country(deed: str, trig: str) -> None:
    t = f"KIEVA (Wire) - {deed} on Monday, officials said."
    places = [place(t, "KIEVA", "UAX", 4, "PPLC")] + [
        place(t, n, cc, 1, "PCLI") for n, cc in (("Russland", "RUX"), ("Ukrania", "UAX"), ("Washingta", "USX"),
                                                 ("Chinara", "CNX")) if n in t]
    loc = _loc(t, "on Monday", trig, sorted(places, key=lambda p: p.start), "KIEVA")
    assert loc is not None and loc.extracted_place not in ("Ukrania", "Chinara")


def test_a_statement_about_an_attack_on_a_country_stays_with_the_speaker() -> None:
    t = "KIEVA (Wire) - The minister accused Russland of attacking Ukrania with drones, officials said."
    places = [place(t, "KIEVA", "UAX", 4, "PPLC"), place(t, "Russland", "RUX", 1, "PCLI"),
              place(t, "Ukrania", "UAX", 1, "PCLI")]
    loc = _loc(t, "The minister", "accused", places, "KIEVA", verbal=True)
    assert loc is not None and loc.extracted_place == "KIEVA"


# -- the other party of contacts, what a statement judges, the state of affairs it is about --------------------------

@pytest.mark.parametrize("party", [
    "said it was in touch with Balora authorities",
    "said it was in close contact with officials in Balora",
    "said it was in talks with Balora",
    "said it was coordinating with the Balora government",
])
def test_the_other_party_of_contacts_is_not_where_the_statement_was(party: str) -> None:
    t = ("ISLAMA (Wire) - A roadside bomb killed six soldiers in Khybra district on Monday. Pakistania's Interior "
         f"Ministry condemned the attack and {party}.")
    places = [place(t, "ISLAMA", "PKX", 4, "PPLC"), place(t, "Khybra", "PKX", 3, "ADM2"),
              place(t, "Pakistania", "PKX", 1, "PCLI"), place(t, "Balora", "PKX", 2, "ADM1")]
    loc = _loc(t, "Pakistania's Interior", "condemned", places, "ISLAMA", verbal=True)
    assert loc is None or loc.extracted_place != "Balora"


def test_in_touch_with_is_no_place_of_a_deed_either() -> None:
    t = "ISLAMA (Wire) - Troops in touch with Balora commanders killed four militants near Tanka on Monday."
    places = [place(t, "ISLAMA", "PKX", 4, "PPLC"), place(t, "Balora", "PKX", 2, "ADM1"), place(t, "Tanka", "PKX", 4)]
    loc = _loc(t, "Troops", "killed", places, "ISLAMA")
    assert loc is not None and loc.extracted_place == "Tanka"


@pytest.mark.parametrize("judged", [
    "condemned an attack on a Hindu temple in Bangla's Chittora",
    "condemned the shelling of the Zamra camp in Bangla's Chittora",
    "denounced Saturday's killing of two aid workers near Chittora",
    "criticised the curfew in Chittora",
])
def test_the_places_of_what_a_statement_judges_are_its_topic(judged: str) -> None:
    t = f"NEWDEL (Wire) - Indiana on Thursday {judged}."
    places = [place(t, "NEWDEL", "INX", 4, "PPLC"), place(t, "Indiana", "INX", 1, "PCLI"),
              place(t, "Chittora", "BDX", 4)] + ([place(t, "Bangla", "BDX", 1, "PCLI")] if "Bangla" in t else [])
    trig = judged.split()[0]
    loc = _loc(t, "Indiana", trig, sorted(places, key=lambda p: p.start), "NEWDEL", verbal=True)
    assert loc is not None and loc.extracted_place == "NEWDEL"


def test_a_venue_of_a_judging_statement_still_places_it() -> None:
    t = ("NEWDEL (Wire) - Gunmen killed four pilgrims in Reasa on Sunday. The minister condemned the attack in a "
         "statement from Jammora.")
    places = [place(t, "NEWDEL", "INX", 4, "PPLC"), place(t, "Reasa", "INX", 3, "ADM2"), place(t, "Jammora", "INX", 4)]
    loc = _loc(t, "The minister", "condemned", places, "NEWDEL", verbal=True)
    assert loc is not None and loc.extracted_place == "Jammora"


def test_a_welcome_is_a_hosts_deed_where_it_is() -> None:
    t = "NEWDEL (Wire) - The president on Thursday welcomed the Bangla delegation in Jammora."
    places = [place(t, "NEWDEL", "INX", 4, "PPLC"), place(t, "Bangla", "BDX", 1, "PCLI"), place(t, "Jammora", "INX", 4)]
    loc = _loc(t, "The president", "welcomed", places, "NEWDEL", verbal=True)
    assert loc is not None and loc.extracted_place == "Jammora"


def test_a_judged_deed_keeps_its_own_place() -> None:
    t = "NEWDEL (Wire) - Indiana on Thursday condemned an attack on a Hindu temple in Chittora."
    places = [place(t, "NEWDEL", "INX", 4, "PPLC"), place(t, "Indiana", "INX", 1, "PCLI"),
              place(t, "Chittora", "BDX", 4)]
    loc = _loc(t, "Indiana", "attack", places, "NEWDEL", verbal=False)
    assert loc is not None and loc.extracted_place == "Chittora"


def test_concern_about_the_situation_somewhere_is_a_topic() -> None:
    t = ("BEIJA (Wire) - Chinara's foreign ministry on Monday expressed concern about the situation in northern "
         "Myanra after fighting near the border.")
    places = [place(t, "BEIJA", "CNX", 4, "PPLC"), place(t, "Chinara", "CNX", 1, "PCLI"),
              place(t, "Myanra", "MMX", 1, "PCLI")]
    loc = _loc(t, "Chinara", "expressed", places, "BEIJA", verbal=True)
    assert loc is not None and loc.extracted_place != "Myanra"


@pytest.mark.parametrize("said, trig", [
    ("said it was alarmed by the fighting in Myanra's north", "said"),
    ("voiced concern over rising violence in northern Myanra", "voiced"),
    ("said it was deeply worried about clashes across Myanra", "said"),
])
def test_what_a_word_of_concern_is_about_is_a_topic(said: str, trig: str) -> None:
    t = f"BEIJA (Wire) - Chinara's foreign ministry on Monday {said}."
    places = [place(t, "BEIJA", "CNX", 4, "PPLC"), place(t, "Chinara", "CNX", 1, "PCLI"),
              place(t, "Myanra", "MMX", 1, "PCLI")]
    loc = _loc(t, "on Monday", trig, places, "BEIJA", verbal=True)
    assert loc is not None and loc.extracted_place != "Myanra"


def test_a_deed_is_not_a_topic_of_concern() -> None:
    t = "BEIJA (Wire) - Troops worried by the unrest attacked a camp in Myanra on Monday, officials said."
    places = [place(t, "BEIJA", "CNX", 4, "PPLC"), place(t, "Myanra", "MMX", 1, "PCLI")]
    loc = _loc(t, "Troops", "attacked", places, "BEIJA")
    assert loc is not None and loc.extracted_place == "Myanra"
