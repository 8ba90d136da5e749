"""Event location and toponym recognition, session 15 (WL24, issue 4).

Event location:
- A state's command, mission or office named with its country ("the U.S. Africa Command said", "Pakistan's Foreign
  Office said", "the U.S. Embassy in Nairobi said") is a speaker: neither the country nor the office's seat is where
  the deed was; "hit militants fleeing the area" goes on with the story's place.
- "in the area, Pakistan's army said": a comma after a common noun opens a speaker, not a parent place in apposition.
- An attack told against a country or province lands where its toll fell: "launched 80 drones at Ukraine overnight,
  killing four people in the city of Dnipro" is Dnipro; a toll outside that area, or an attack clause that names a
  town itself, keeps the old reading.
- "struck Lebanon's Bekaa Valley": the owner's area is the object of the verb of fighting.
Recognition (guards, already right): "the industrial suburb of X", "the township of X", a fronted "In the X region,".

Made-up names; places for event location are given by hand (story_parts.place), the recognition tests use a small
in-memory gazetteer."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from geo_spans import read_places
from story_parts import dateline, place, trigger

_UKRANIA = Place(0, 0, "Ukrania", "Ukrania", 81, 49.0, 32.0, "UAX", "PCLI", None, 1)
_COUNTRIES = {"UAX": _UKRANIA}


def _loc(text: str, opening: str, trig: str, places: list[Place], dl: str | None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places,
                          dateline=dateline(dl) if dl is not None else None, country_place=_COUNTRIES.get,
                          demonym={"Russian": "RUX", "Israeli": "ILX", "Ukranian": "UAX"}.get)


# -- organisations named with a country ------------------------------------------------------------------------------

_SHABAB = ("MOGADISHA (Wire) - Fighters stormed a military base near the town of Bulora in Hirana region early on "
           "Sunday, killing several soldiers. A U.S. drone strike later hit militants fleeing the area, the U.S. "
           "Africa Command said in a statement on Monday.")


def _shabab_places() -> list[Place]:
    t = _SHABAB
    return [place(t, "MOGADISHA", "SOX", 4, "PPLC"), place(t, "Bulora", "SOX", 4), place(t, "Hirana", "SOX", 2, "ADM1"),
            place(t, "U.S.", "USX", 1, "PCLI"), place(t, "U.S.", "USX", 1, "PCLI", nth=1)]


def test_a_command_named_with_its_country_does_not_locate_the_strike() -> None:
    loc = _loc(_SHABAB, "A U.S. drone", "hit", _shabab_places(), "MOGADISHA")
    assert loc is not None and loc.country_code == "SOX" and loc.extracted_place == "Bulora"


@pytest.mark.parametrize("speaker", ["Pakistania's Foreign Office said", "Pakistania's Interior Ministry said",
                                     "the Pakistania Embassy said"])
def test_a_ministry_or_embassy_of_a_country_is_a_speaker(speaker: str) -> None:
    t = (f"ISLAMA (Wire) - Militants attacked a checkpoint in Lakora on Sunday, killing four soldiers. An army "
         f"helicopter later struck the attackers in the area, {speaker}.")
    places = [place(t, "ISLAMA", "PKX", 4, "PPLC"), place(t, "Lakora", "PKX", 3, "ADM2"),
              place(t, "Pakistania", "PKX", 1, "PCLI")]
    loc = _loc(t, "An army", "struck", places, "ISLAMA")
    assert loc is not None and loc.extracted_place == "Lakora"


def test_the_seat_of_an_embassy_that_speaks_is_not_where_the_deed_was() -> None:
    t = ("GARIS, Kenyara (Wire) - Gunmen ambushed a bus near the town of Dadora on Monday. A drone strike later hit "
         "the attackers as they fled the area, the U.S. Embassy in Nairo said.")
    places = [place(t, "GARIS", "KEX", 4), place(t, "Kenyara", "KEX", 1, "PCLI"), place(t, "Dadora", "KEX", 4),
              place(t, "U.S.", "USX", 1, "PCLI"), place(t, "Nairo", "KEX", 4, "PPLC")]
    loc = _loc(t, "A drone", "hit", places, "GARIS")
    assert loc is not None and loc.extracted_place == "Dadora"


def test_a_statement_of_a_countrys_office_is_still_made_at_home() -> None:
    # (guard: the office's country says where its own word was given, not the field place of the paragraph before)
    t = ("KABRA (Wire) - Fighters clashed with troops in Kurma on Sunday.\n\nPakistania's Foreign Office on Monday "
         "summoned the envoy in protest.")
    places = [place(t, "KABRA", "AFX", 4, "PPLC"), place(t, "Kurma", "PKX", 3, "ADM2"),
              place(t, "Pakistania", "PKX", 1, "PCLI")]
    loc = _loc(t, "Pakistania's", "summoned", places, "KABRA")
    assert loc is not None and loc.extracted_place == "Pakistania"


def test_a_protest_at_an_embassy_is_still_in_its_city() -> None:
    # (guard: the embassy's city written with a locative is where the protest was)
    t = "Hundreds of protesters gathered outside the U.S. Embassy in Nairo on Friday."
    places = [place(t, "U.S.", "USX", 1, "PCLI"), place(t, "Nairo", "KEX", 4, "PPLC")]
    loc = _loc(t, "Hundreds", "gathered", places, None)
    assert loc is not None and loc.extracted_place == "Nairo"


def test_a_parent_place_in_apposition_still_locates() -> None:
    # (guard: "in Kurga, Kaduna state" names the parent after the comma)
    t = "Gunmen abducted 30 pupils from a school in Kurga, Kadra state, on Thursday."
    places = [place(t, "Kadra", "NGX", 2, "ADM1")]
    loc = _loc(t, "Gunmen", "abducted", places, None)
    assert loc is not None and loc.extracted_place == "Kadra"


# -- where the toll fell ---------------------------------------------------------------------------------------------

def test_drones_launched_at_a_country_land_where_the_people_were_killed() -> None:
    t = ("KYVA (Wire) - Russia launched more than 80 drones and six ballistic missiles at Ukrania overnight, killing "
         "four people in the city of Dnipra, officials said.")
    places = [place(t, "KYVA", "UAX", 4, "PPLC"), place(t, "Russia", "RUX", 1, "PCLI"),
              place(t, "Ukrania", "UAX", 1, "PCLI"), place(t, "Dnipra", "UAX", 4)]
    loc = _loc(t, "Russia", "launched", places, "KYVA")
    assert loc is not None and loc.extracted_place == "Dnipra"


def test_a_strike_on_a_country_in_the_datelines_sentence_lands_where_the_toll_fell() -> None:
    t = "BEIRA (Wire) - Israeli jets struck Lebania on Sunday, killing three people in the town of Tyra."
    places = [place(t, "BEIRA", "LBX", 4, "PPLC"), place(t, "Lebania", "LBX", 1, "PCLI"), place(t, "Tyra", "LBX", 4)]
    loc = _loc(t, "Israeli", "struck", places, "BEIRA")
    assert loc is not None and loc.extracted_place == "Tyra"


def test_a_strike_on_a_province_lands_at_the_town_of_the_toll_inside_it() -> None:
    t = ("KYVA (Wire) - Russian missiles hit Ukrania's Odessa region overnight, wounding two in the port town of "
         "Izmaila.")
    places = [place(t, "KYVA", "UAX", 4, "PPLC"), place(t, "Ukrania", "UAX", 1, "PCLI"),
              place(t, "Odessa", "UAX", 2, "ADM1", province="Odessa"),
              place(t, "Izmaila", "UAX", 4, province="Odessa")]
    loc = _loc(t, "Russian", "hit", places, "KYVA")
    assert loc is not None and loc.extracted_place == "Izmaila"


def test_a_toll_outside_the_attacked_country_does_not_move_the_attack() -> None:
    t = "Russia launched drones at Ukrania overnight, killing a man in the Russian city of Belgra."
    places = [place(t, "Russia", "RUX", 1, "PCLI"), place(t, "Ukrania", "UAX", 1, "PCLI"),
              place(t, "Belgra", "RUX", 4)]
    loc = _loc(t, "Russia", "launched", places, None)
    assert loc is not None and loc.extracted_place == "Ukrania"


def test_a_town_the_attack_clause_names_beats_the_toll() -> None:
    t = "Aircraft bombed a market in Jowra on Monday, killing ten people in the village of Kalsa."
    places = [place(t, "Jowra", "SOX", 4), place(t, "Kalsa", "SOX", 4)]
    loc = _loc(t, "Aircraft", "bombed", places, None)
    assert loc is not None and loc.extracted_place == "Jowra"


def test_the_speakers_city_after_the_toll_is_not_where_it_fell() -> None:
    t = "Russia attacked Ukrania with missiles on Sunday, killing three people, officials in Kyva said."
    places = [place(t, "Russia", "RUX", 1, "PCLI"), place(t, "Ukrania", "UAX", 1, "PCLI"),
              place(t, "Kyva", "UAX", 4, "PPLC")]
    loc = _loc(t, "Russia", "attacked", places, None)
    assert loc is not None and loc.extracted_place != "Kyva"


def test_a_blockade_leaving_people_stranded_is_no_toll() -> None:
    # (guard: only an attack lands where its toll fell)
    t = ("Truck drivers blocked highways in Colomba on Monday to protest against a rise in diesel prices, leaving "
         "hundreds of vehicles stranded near Bucara.")
    places = [place(t, "Colomba", "COX", 1, "PCLI"), place(t, "Bucara", "COX", 4)]
    loc = _loc(t, "Truck", "protest", places, None)
    assert loc is None or loc.extracted_place != "Bucara"


def test_an_attack_across_a_country_stays_over_it() -> None:
    # (guard)
    t = "Russia fired missiles across Ukrania overnight, killing two people in the city of Lviva."
    places = [place(t, "Russia", "RUX", 1, "PCLI"), place(t, "Ukrania", "UAX", 1, "PCLI"), place(t, "Lviva", "UAX", 4)]
    loc = _loc(t, "Russia", "fired", places, None)
    assert loc is not None and loc.extracted_place == "Ukrania"


def test_a_village_and_its_district_after_a_comma_locate() -> None:
    # (guard: "in Gomal village, Tank": the district after the comma is the village's parent)
    t = "Two guards were wounded when gunmen attacked a polio team in Gomra village, Tanka district officials said."
    places = [place(t, "Tanka", "PKX", 3, "ADM2")]
    loc = _loc(t, "Two guards", "wounded", places, None)
    assert loc is not None and loc.extracted_place == "Tanka"


def test_the_owners_area_is_the_object_of_the_strike() -> None:
    t = "BEIRA (Wire) - Israeli jets struck Lebania's Bekra Valley on Sunday, the army said."
    places = [place(t, "BEIRA", "LBX", 4, "PPLC"), place(t, "Lebania", "LBX", 1, "PCLI"),
              place(t, "Bekra Valley", "LBX", 2, "ADM1")]
    loc = _loc(t, "Israeli", "struck", places, "BEIRA")
    assert loc is not None and loc.extracted_place == "Bekra Valley"


def test_a_fronted_region_places_the_deed_near_its_village() -> None:
    # (guard) "In the Kursk region, ... repelled a Ukrainian attack near the village of Tetkino"
    t = ("MOSKA (Wire) - In the Kursa region, Russia's defence ministry said its troops had repelled a Ukranian attack "
         "near the village of Tetka.")
    places = [place(t, "MOSKA", "RUX", 4, "PPLC"), place(t, "Kursa", "RUX", 2, "ADM1", province="Kursa"),
              place(t, "Russia", "RUX", 1, "PCLI"), place(t, "Tetka", "RUX", 4, province="Kursa")]
    loc = _loc(t, "In the Kursa", "attack", places, "MOSKA")
    assert loc is not None and loc.extracted_place == "Tetka"


def test_a_fronted_region_places_a_deed_that_names_no_town() -> None:
    # (guard)
    t = "KYVA (Wire) - In the Kharka region, Russian shelling killed three civilians on Tuesday, the governor said."
    places = [place(t, "KYVA", "UAX", 4, "PPLC"), place(t, "Kharka", "UAX", 2, "ADM1")]
    loc = _loc(t, "In the Kharka", "killed", places, "KYVA")
    assert loc is not None and loc.extracted_place == "Kharka"


# -- recognition (guards) --------------------------------------------------------------------------------------------

RECORDS = [
    GazRecord(1, 1, "Banglara", 23.7, 90.3, "BDX", "PCLI", 160_000_000, resolution=1),
    GazRecord(2, 2, "Dhakra", 23.71, 90.41, "BDX", "PPLC", 9_000_000, resolution=4),
    GazRecord(3, 3, "Ashula", 23.88, 90.31, "BDX", "PPL", 3_000, resolution=4),
    GazRecord(4, 4, "Tongra", 23.9, 90.4, "BDX", "PPL", 2_000, resolution=4),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


@pytest.mark.parametrize("slot", ["the industrial suburb of", "the sprawling industrial township of",
                                  "the densely populated district of", "the Dhakra suburb of"])
def test_a_small_town_after_a_suburb_or_township_is_read(parser: GeoParser, slot: str) -> None:
    name = "Tongra" if "township" in slot or "district" in slot else "Ashula"
    t = f"DHAKRA (Wire) - Police fired rubber bullets at thousands of garment workers in {slot} {name} on Monday."
    got = read_places(parser, t)
    assert name in got and got[name].country_code == "BDX"
