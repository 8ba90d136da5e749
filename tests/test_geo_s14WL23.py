"""Toponym recognition and event location, session 14 (WL23, issue 4).

Recognition:
- The wild country of an area ("in the mountains of Northern Samar province", "the jungles of Guaviare", "the forested
  hills of Kunar") is a place slot: a small area's name after it is read whole.
- "the capital", "the country's capital" and "the Afghan capital" written where a place goes are mentions of the
  national capital; "capital markets", "capital punishment", "the provincial capital", "the capital of North Kivu" and
  "Ouagadougou, the country's capital" are not.
- A plural type word's list after a colon or a dash is typed ("attacked three villages: Kampungu, Kaluamba and Mombo").
Event location:
- A place in the wild country of an area locates the deed there, not at the dateline.
- The far side of a border ("near the border crossing with Syria") is not where the deed happened: the near side is,
  the country of the forces or speaker the sentence names by a people's word, else the dateline's country (a town's
  dateline is kept, a capital's gives the country).
- "in the capital" is the capital itself, never read as a village the gazetteer lacks.

Made-up names; places for event location are given by hand (story_parts.place), the recognition tests use a small
in-memory gazetteer."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_DEMONYM, GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.geo.recognize import Mention, capital_mentions, names_capital_by_office, typed_mentions
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from geo_spans import read_places
from story_parts import dateline, place, trigger
from test_geo_locate_s12L21 import _at

RECORDS = [
    GazRecord(1, 1, "Filipia", 12.0, 122.0, "PHX", "PCLI", 110_000_000, resolution=1),
    GazRecord(2, 2, "Manilo", 14.6, 120.98, "PHX", "PPLC", 1_800_000, resolution=4),
    GazRecord(3, 3, "Samara", 11.8, 124.9, "PHX", "ADM2", 80_000, resolution=3),
    GazRecord(4, 4, "Northern Samara", 12.4, 124.7, "PHX", "ADM2", 60_000, resolution=3),
    GazRecord(5, 5, "Guavio", 2.0, -72.6, "COX", "ADM2", 70_000, resolution=3),
    GazRecord(6, 6, "Afghania", 33.0, 65.0, "AFX", "PCLI", 40_000_000, resolution=1),
    GazRecord(7, 7, "Kabura", 34.53, 69.17, "AFX", "PPLC", 4_000_000, resolution=4),
    GazRecord(8, 8, "Islama", 33.72, 73.04, "PKX", "PPLC", 1_000_000, resolution=4),
    GazRecord(9, 9, "Pakistania", 30.0, 70.0, "PKX", "PCLI", 230_000_000, resolution=1),
    GazRecord(10, 10, "Kasaia", -5.2, 21.3, "CDX", "ADM1", 3_000_000, resolution=2),
    GazRecord(11, 11, "Malia", 17.0, -4.0, "MLX", "PCLI", 20_000_000, resolution=1),
    GazRecord(12, 12, "Bamaka", 12.65, -8.0, "MLX", "PPLC", 2_500_000, resolution=4),
    GazRecord(13, 13, "Dakara", 14.69, -17.44, "SNX", "PPLC", 3_000_000, resolution=4),
    GazRecord(14, 14, "Senegalia", 14.5, -14.25, "SNX", "PCLI", 17_000_000, resolution=1),
    GazRecord(15, 15, "Burkinia", 12.5, -1.7, "BFX", "PCLI", 21_000_000, resolution=1),
]
NAMES = {6: [("Afghanian", KIND_DEMONYM)], 9: [("Pakistanian", KIND_DEMONYM)]}


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


# --- recognition: the wild country of an area -------------------------------------------------------------------------

def test_a_small_area_in_the_mountains_of_is_read_whole(parser: GeoParser) -> None:
    found = read_places(parser, "MANILO (Wire) - Rebels ambushed an army patrol in the mountains of Northern Samara "
                                "province on Monday, killing three soldiers.")
    assert "Northern Samara" in found and "Samara" not in found


def test_other_words_for_wild_country_are_place_slots(parser: GeoParser) -> None:
    for words in ("the jungles of", "the forests of", "the forested hills of", "the highlands of", "the swamps of"):
        found = read_places(parser, f"Troops clashed with guerrillas in {words} Guavio on Monday.")
        assert "Guavio" in found, words


def test_a_capitalised_feature_name_is_no_place_slot(parser: GeoParser) -> None:
    # ("the Forests of Guavio" is a name of its own: its capital letter says so; a weak name needs a place's slot)
    found = read_places(parser, "The Forests of Guavio trust opened an office on Monday.")
    assert "Guavio" not in found


# --- recognition: the capital ---------------------------------------------------------------------------------------

def _peoples(word: str) -> str | None:
    return {"Afghan": "AFG", "Somali": "SOM", "Malian": "MLI"}.get(word)


def _capitals(text: str, found: list[Mention] | None = None) -> list[str]:
    return [m.text for m in capital_mentions(text, found or [], _peoples)]


def test_the_capital_where_a_place_goes() -> None:
    assert _capitals("Jihadists attacked a school in the capital on Tuesday.") == ["the capital"]
    assert _capitals("In the capital, police arrested two men.") == ["the capital"]
    assert _capitals("Gunfire continued in the country's capital overnight.") == ["the country's capital"]
    assert _capitals("A bomb exploded in the Afghan capital on Friday.") == ["the Afghan capital"]
    assert _capitals("Gang members burned homes in the capital's Carrefour district.") == ["the capital"]
    assert _capitals("Rebels launched attacks on the capital at dawn.") == ["the capital"]
    assert _capitals("Refugees fled to the capital city last week.") == ["the capital"]
    assert _capitals("Police patrolled the capital Monday.") == []  # (no place slot before it)
    assert _capitals("Police were deployed across the capital Monday.") == ["the capital"]
    assert _capitals("Residents of the capital said gunfire continued.") == ["the capital"]


def test_capital_as_a_word_of_money_or_law_is_no_place() -> None:
    assert _capitals("Investors fled emerging capital markets in London.") == []
    assert _capitals("Saudi Arabia carried out capital punishment on three men.") == []
    assert _capitals("Banks in the capital markets union lost money.") == []
    assert _capitals("The capital gains tax will rise, and venture capital firms in Lyon warned.") == []


def test_a_capital_named_beside_it_or_of_an_area_is_no_mention() -> None:
    assert _capitals("Fighting spread to Goma, the capital of North Kivu province.") == []
    assert _capitals("Officials in Peshawar, the provincial capital, said two were killed.") == []
    assert _capitals("Homes near Ouagadougou, the country's capital, were destroyed.") == []
    assert _capitals("He was held in the capital Nairobi for a week.") == []
    assert _capitals("Workers drove from the capital, Juba, to Pibor.") == []
    assert _capitals("Cases rose in the capital city of Nairobi.") == []
    assert _capitals("Troops entered the state capital on Monday.") == []
    # (a people's word that names no country is another capital: "the Catalan capital")
    assert _capitals("Protesters marched in the Catalan capital on Monday.") == []


def test_odd_input_for_the_capital() -> None:
    assert _capitals("") == []
    assert _capitals("the capital") == []
    assert _capitals("in the capital") == ["the capital"]
    assert _capitals("in the Capital Region on Monday") == []
    # (a mention already found there keeps its place)
    assert _capitals("in the capital on Monday", [Mention(3, 14, "the capital", "gaz")]) == []
    assert names_capital_by_office("the Somali capital") and not names_capital_by_office("Mogadishu")


def test_the_capital_is_read_as_the_dateline_country_capital(parser: GeoParser) -> None:
    found = read_places(parser, "KABURA (Wire) - Gunmen killed two people in the capital on Monday.")
    assert found["the capital"].resolved_place == "Kabura"


def test_a_peoples_capital_is_that_country_capital_wherever_the_story_is_filed(parser: GeoParser) -> None:
    found = read_places(parser, "ISLAMA (Wire) - A suicide bomber killed five people in the Afghanian capital on "
                                "Sunday.")
    assert found["the Afghanian capital"].resolved_place == "Kabura"
    assert found["ISLAMA"].resolved_place == "Islama"


def test_a_story_from_another_countrys_capital_reads_the_capital_of_the_country_it_names(parser: GeoParser) -> None:
    found = read_places(parser, "DAKARA (Wire) - Malia's junta dissolved the parties on Tuesday. Protesters gathered "
                                "in the capital on Wednesday.")
    assert found["the capital"].resolved_place == "Bamaka"


def test_the_dateline_country_named_before_keeps_the_dateline_capital(parser: GeoParser) -> None:
    found = read_places(parser, "DAKARA (Wire) - Senegalia's president met Malia's leader on Monday. In the capital, "
                                "police arrested ten men.")
    assert found["the capital"].resolved_place == "Dakara"


def test_several_other_countries_leave_the_capital_unread(parser: GeoParser) -> None:
    found = read_places(parser, "DAKARA (Wire) - Fighting spread in Malia and Burkinia. In the capital, police "
                                "arrested ten men.")
    assert "the capital" not in found


def test_capital_markets_give_no_place(parser: GeoParser) -> None:
    found = read_places(parser, "KABURA (Wire) - Investors fled capital markets in the capital markets union.")
    assert set(found) == {"KABURA"}


# --- recognition: a list after a colon ------------------------------------------------------------------------------

def _typed(text: str) -> list[str]:
    return [m.text for m in typed_mentions(text, [], lambda _: False)]


def test_a_plural_type_words_list_after_a_colon_or_dash() -> None:
    assert _typed("The outbreak has affected four villages: Kampungu, Makonono, Kaluamba and Mombo.") == [
        "Kampungu", "Makonono", "Kaluamba", "Mombo"]
    assert _typed("Gunmen attacked three villages - Tungan Daji, Gidan Bawa and Kurmi - on Sunday.") == [
        "Tungan Daji", "Gidan Bawa", "Kurmi"]


def test_a_colon_without_a_list_types_nothing() -> None:
    assert _typed("Elections were held in the districts: Results came late.") == []
    assert _typed("There were delays in the villages: Officials blamed the rain.") == []
    # (a singular type word takes no colon: "the village: Kuriga" is no name)
    assert _typed("Gunmen raided the village: Kuriga and Kaduna were quiet.") == []


def test_the_listed_villages_are_read_in_the_area_written_before(parser: GeoParser) -> None:
    found = read_places(parser, "The outbreak in Kasaia province has affected four villages: Kampungu, Kaluamba and "
                                "Mombo, officials said.")
    assert {"Kampungu", "Kaluamba", "Mombo"} <= set(found)


# --- event location -------------------------------------------------------------------------------------------------

def _loc(text: str, opening: str, trig: str, places: list[Place], dl: str | None,
         countries: dict[str, Place] | None = None) -> Location | None:
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), places,
                          dateline=dateline(dl) if dl is not None else None, country_place=(countries or {}).get,
                          demonym={"Lebanian": "LBX", "Jordian": "JOX", "Syrian": "SYX"}.get)


_LEBANIA = Place(0, 0, "Lebania", "Lebania", 91, 33.8, 35.8, "LBX", "PCLI", None, 1)
_JORDIA = Place(0, 0, "Jordia", "Jordia", 92, 31.0, 36.0, "JOX", "PCLI", None, 1)
_COUNTRIES = {"LBX": _LEBANIA, "JOX": _JORDIA}


def test_a_deed_in_the_forested_hills_of_an_area_is_there() -> None:
    t = "KABURA (Wire) - Militants attacked a checkpoint in the forested hills of Kunra province on Monday."
    places = [place(t, "KABURA", "AFX", 4, "PPLC"), place(t, "Kunra", "AFX", 2, "ADM1")]
    loc = _loc(t, "Militants", "attacked", places, "KABURA")
    assert loc is not None and loc.extracted_place == "Kunra"


def test_a_province_after_a_country_possessive_in_the_jungles_of() -> None:
    t = "BOGOTO (Wire) - Rebels attacked troops in the jungles of Colombria's Caquet province on Monday."
    places = [place(t, "BOGOTO", "COX", 4, "PPLC"), place(t, "Colombria", "COX", 1, "PCLI"),
              place(t, "Caquet", "COX", 2, "ADM1")]
    loc = _loc(t, "Rebels", "attacked", places, "BOGOTO")
    assert loc is not None and loc.extracted_place == "Caquet"


def test_the_far_side_of_a_border_is_not_where_the_deed_was() -> None:
    t = "Soldiers arrested three men near the border crossing with Syrania, the Lebanian army said."
    loc = _loc(t, "Soldiers", "arrested", [place(t, "Syrania", "SYX", 1, "PCLI")], None, _COUNTRIES)
    assert loc is not None and loc.country_code == "LBX" and loc.resolution == 1


def test_the_near_side_is_the_dateline_country_at_country_level_from_a_capital() -> None:
    t = "AMMANA (Wire) - Border guards killed four smugglers near the frontier with Syrania on Thursday."
    places = [place(t, "AMMANA", "JOX", 4, "PPLC"), place(t, "Syrania", "SYX", 1, "PCLI")]
    loc = _loc(t, "Border guards", "killed", places, "AMMANA", _COUNTRIES)
    assert loc is not None and loc.country_code == "JOX" and loc.resolution == 1


def test_a_border_town_dateline_is_kept() -> None:
    t = "MAFRA, Jordia (Wire) - Border guards killed four smugglers near the border with Syrania on Thursday."
    places = [place(t, "MAFRA", "JOX", 4), place(t, "Jordia", "JOX", 1, "PCLI"), place(t, "Syrania", "SYX", 1, "PCLI")]
    loc = _loc(t, "Border guards", "killed", places, "MAFRA", _COUNTRIES)
    assert loc is not None and loc.extracted_place == "MAFRA"


def test_a_place_the_clause_locates_beats_the_border() -> None:
    t = "BEIRA (Wire) - Aircraft struck a crossing on the border with Syrania in the Bekra Valley on Tuesday."
    places = [place(t, "BEIRA", "LBX", 4, "PPLC"), place(t, "Syrania", "SYX", 1, "PCLI"),
              place(t, "Bekra Valley", "LBX", 2, "ADM1")]
    loc = _loc(t, "Aircraft", "struck", places, "BEIRA", _COUNTRIES)
    assert loc is not None and loc.extracted_place == "Bekra Valley"


def test_a_border_named_by_its_peoples_word() -> None:
    t = "BEIRA (Wire) - Soldiers arrested three men near the Syrian border, the Lebanian army said."
    places = [place(t, "BEIRA", "LBX", 4, "PPLC")]
    loc = _loc(t, "Soldiers", "arrested", places, "BEIRA", _COUNTRIES)
    assert loc is not None and loc.country_code == "LBX" and loc.resolution == 1


def test_across_the_border_is_no_near_side() -> None:
    t = "BEIRA (Wire) - Jets struck hideouts across the Syrian border on Monday."
    loc = _loc(t, "Jets", "struck", [place(t, "BEIRA", "LBX", 4, "PPLC")], "BEIRA", _COUNTRIES)
    assert loc is None or loc.resolution != 1


def test_a_statement_about_the_border_is_made_at_home() -> None:
    t = "AMMANA (Wire) - Jordia warned on Monday it would close the crossing near the border with Syrania."
    places = [place(t, "AMMANA", "JOX", 4, "PPLC"), place(t, "Jordia", "JOX", 1, "PCLI"),
              place(t, "Syrania", "SYX", 1, "PCLI")]
    loc = _at(t, "Jordia warned", "warned", places, "AMMANA", verbal=True, countries=_COUNTRIES)
    assert loc is not None and loc.extracted_place == "AMMANA"


def test_a_border_with_no_near_country_known_gives_no_country() -> None:
    t = "Soldiers arrested three men near the border with Syrania on Monday."
    loc = _loc(t, "Soldiers", "arrested", [place(t, "Syrania", "SYX", 1, "PCLI")], None, _COUNTRIES)
    assert loc is None or loc.country_code != "SYX"


def test_in_the_capital_is_the_capital_itself() -> None:
    t = ("MANILO (Wire) - Gunmen killed a village chief in Cotaba province on Sunday. In the capital, police "
         "arrested two men.")
    capital = replace(place(t, "MANILO", "PHX", 4, "PPLC"), resolved_place="Manilo")
    spoken = replace(capital, start=t.index("the capital"), end=t.index("the capital") + 11, text="the capital")
    places = [capital, place(t, "Cotaba", "PHX", 3, "ADM2"), spoken]
    loc = _loc(t, "In the capital", "arrested", places, "MANILO",
               {"PHX": Place(0, 0, "Filipia", "Filipia", 93, 12.0, 122.0, "PHX", "PCLI", None, 1)})
    assert loc is not None and loc.resolved_place == "Manilo" and loc.resolution == 4


def test_a_town_written_in_a_town_of_another_country_is_a_namesake_abroad() -> None:
    t = "Police seized explosives in Manaka in Latehor District on Monday."
    places = [place(t, "Manaka", "PHX", 4), place(t, "Latehor", "INX", 4)]
    loc = _loc(t, "Police", "seized", places, None)
    assert loc is not None and loc.extracted_place == "Latehor"


def test_a_list_of_towns_of_two_countries_keeps_both() -> None:
    t = "Flights resumed to Parisa, Londra and Berla on Monday."
    places = [place(t, "Parisa", "FRX", 4), place(t, "Londra", "GBX", 4), place(t, "Berla", "DEX", 4)]
    loc = _loc(t, "Flights", "resumed", places, None)
    assert loc is not None and loc.extracted_place in ("Parisa", "Londra", "Berla")


def test_a_place_seated_at_a_contradicted_reading_is_not_there_either() -> None:
    t = "Police seized explosives from a hideout in Barwa forests of Manaka in Latehor District on Monday."
    manaka = place(t, "Manaka", "PHX", 4)
    barwa = replace(place(t, "Barwa", "PHX", 4), resolved_place="Manaka", geonameid=manaka.geonameid)
    loc = _loc(t, "Police", "seized", [barwa, manaka, place(t, "Latehor", "INX", 4)], None)
    assert loc is not None and loc.country_code == "INX"
