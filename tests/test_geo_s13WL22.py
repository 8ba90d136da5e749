"""Toponym recognition and event location, session 13 (WL22, issue 4).

Recognition:
- A firm named with a combining word before a place ("Hydro-Quebec", "Petro-Canada", "Loto-Quebec") names no place.
- After "the village/town of", a name runs on through up to two lower-case words or Arabic particles when a comma,
  a full stop or a place's preposition ends it ("the village of Tudun wada gari, about 30 km north of Zaria", "the
  village of Wad al-Hashim in Sennar state"); a clause's words end it ("was attacked", "overnight", "proper").
- A found name that only opens such a village's name ("the village of Kwara Daji": Kwara, a state) is part of it.
Event location:
- A place after a second verb joined by "and" belongs to that deed, not to a statement ("accused Rwanda of backing the
  rebels and recalled its ambassador from Kigali").
- The venue of proposed talks is the topic of a response ("rejected a proposal for talks in Geneva").
- A village the gazetteer lacks, read at the capital the story is filed from, is placed in the country.
- A village read as a province through part of its name, written with another province, takes that province.
- A province's own office deciding with no place of its own is at a dateline in that province.
- A third country's word told in the dateline's own sentence is given at home.

Made-up names; places for event location are given by hand (story_parts.place), the recognition tests use a small
in-memory gazetteer."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.recognize import typed_mentions
from newsevents.records import Place

from geo_spans import read_places
from story_parts import place
from test_geo_locate_s12L21 import _at

RECORDS = [
    GazRecord(1, 1, "Canadia", 56.0, -106.0, "CAX", "PCLI", 38_000_000, resolution=1),
    GazRecord(2, 2, "Quebeca", 52.0, -72.0, "CAX", "ADM1", 8_500_000, resolution=2),
    GazRecord(3, 3, "Ontaria", 50.0, -85.0, "CAX", "ADM1", 14_000_000, resolution=2),
    GazRecord(4, 4, "Montralia", 45.5, -73.57, "CAX", "PPL", 1_700_000, admin1="Quebeca", admin1_id=2,
              resolution=4),
    GazRecord(5, 5, "Nigera", 9.0, 8.0, "NGX", "PCLI", 200_000_000, resolution=1),
    GazRecord(6, 6, "Kwara", 8.9, 4.6, "NGX", "ADM1", 3_000_000, resolution=2),
    GazRecord(7, 7, "Zamfa", 12.1, 6.2, "NGX", "ADM1", 4_500_000, resolution=2),
    GazRecord(8, 8, "Abujan", 9.06, 7.5, "NGX", "PPLC", 3_000_000, resolution=4),
    GazRecord(9, 9, "Zarra", 11.08, 7.71, "NGX", "PPL", 900_000, resolution=4),
    GazRecord(10, 10, "Kanor", 12.0, 8.52, "NGX", "ADM1", 13_000_000, resolution=2),
]


@pytest.fixture(scope="module")
def parser() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


# --- recognition ----------------------------------------------------------------------------------------------------

def test_a_firm_named_with_a_combining_word_is_no_place(parser: GeoParser) -> None:
    found = read_places(parser, "MONTRALIA (Wire) - Hydro-Quebeca restored power on Monday. Petro-Canadia raised "
                                "prices and Loto-Ontaria closed a casino.")
    assert "Quebeca" not in found and "Canadia" not in found and "Ontaria" not in found
    assert "MONTRALIA" in found


def test_two_places_joined_by_a_hyphen_stay_places(parser: GeoParser) -> None:
    found = read_places(parser, "Quebeca-Ontaria trade talks resumed in Montralia on Monday.")
    assert {"Quebeca", "Ontaria", "Montralia"} <= set(found)


def _typed(text: str) -> list[str]:
    return [m.text for m in typed_mentions(text, [], lambda _: False)]


def test_a_village_name_with_lower_case_words() -> None:
    assert _typed("Gunmen attacked the village of Tudun wada gari, about 30 km north of Zarra, on Monday.") == [
        "Tudun wada gari"]
    assert _typed("Farmers fled the village of Unguwan sarki near Zarra.") == ["Unguwan sarki"]


def test_a_village_name_with_an_arabic_particle() -> None:
    assert _typed("Fighters stormed the village of Wad al-Hashim in Sennara state.") == ["Wad al-Hashim"]
    assert _typed("Fighters looted the village of Umm Sunta al-Gharbiya on Thursday.") == ["Umm Sunta al-Gharbiya"]


def test_the_words_of_a_clause_end_a_village_name() -> None:
    assert _typed("Gunmen raided the village of Kuriga was attacked on Monday.") == ["Kuriga"]
    assert _typed("Herders attacked the town of Bokkos overnight, killing 20.") == ["Bokkos"]
    assert _typed("Herders attacked the town of Mangu proper on Sunday.") == ["Mangu"]
    assert _typed("Troops reached the town of Bokkos and residents fled.") == ["Bokkos"]
    assert _typed("The village of Kuriga lies near the border.") == ["Kuriga"]
    assert _typed("Elders of the village of Kuriga met in Kaduna.") == ["Kuriga"]
    # (a province's or city's name runs in English word order: no lower-case words)
    assert _typed("Farmers in the province of Togo gather in Saskatoon.") == ["Togo"]
    # (a plural type word opens a list: its items take no lower-case words)
    assert _typed("the villages of Maliuc and Caraorman were flooded.") == ["Maliuc", "Caraorman"]


def test_odd_input_for_village_names() -> None:
    assert _typed("") == []
    assert _typed("the village of") == []
    assert _typed("the village of al-Hashim,") == []


def test_a_found_state_that_only_opens_a_village_name(parser: GeoParser) -> None:
    found = read_places(parser, "ABUJAN, Nigera (Wire) - Gunmen attacked the village of Kwara Daji in Zamfa state "
                                "on Monday.")
    assert "Kwara" not in found and "Kwara Daji" in found and "Zamfa" in found


def test_a_found_name_before_a_place_or_day_word_is_kept(parser: GeoParser) -> None:
    found = read_places(parser, "ABUJAN (Wire) - Police patrolled the town of Kanor State on Monday.")
    assert "Kanor Daji" not in found and any(k.startswith("Kanor") for k in found)
    found = read_places(parser, "ABUJAN (Wire) - Herders attacked the town of Zarra Monday.")
    assert "Zarra" in found


# --- event location -------------------------------------------------------------------------------------------------

_RECALL = ("KINSA, Kongia (Wire) - Rebels shelled the outskirts of Sakel on Thursday.\n\n"
           "Kongia's government accused Rwandia of backing the rebels and recalled its ambassador from Kigal.\n\n"
           "Gunmen killed three villagers and wounded five in Sakel.")


def _recall_places() -> list[Place]:
    t = _RECALL
    return [place(t, "KINSA", "KGX", 4, "PPLC"), place(t, "Kongia", "KGX", 1, "PCLI"), place(t, "Sakel", "KGX", 4),
            place(t, "Kongia", "KGX", 1, "PCLI", nth=1), place(t, "Rwandia", "RWX", 1, "PCLI"),
            place(t, "Kigal", "RWX", 4, "PPLC"), place(t, "Sakel", "KGX", 4, nth=1)]


def test_a_place_of_a_second_verb_does_not_place_the_statement() -> None:
    loc = _at(_RECALL, "Kongia's government", "accused", _recall_places(), "KINSA", verbal=True)
    assert loc is not None and loc.extracted_place != "Kigal" and loc.country_code == "KGX"


def test_deeds_of_force_joined_by_and_share_their_place() -> None:
    loc = _at(_RECALL, "Gunmen killed", "killed", _recall_places(), "KINSA")
    assert loc is not None and loc.extracted_place == "Sakel"


def test_a_verb_of_saying_keeps_the_deeds_it_reports() -> None:
    t = "KINSA, Kongia (Wire) - Police said gunmen stormed and looted a bank in Sakel on Monday."
    places = [place(t, "KINSA", "KGX", 4, "PPLC"), place(t, "Kongia", "KGX", 1, "PCLI"), place(t, "Sakel", "KGX", 4)]
    loc = _at(t, "Police said", "said", places, "KINSA", verbal=True)
    assert loc is not None and loc.extracted_place == "Sakel"


_TALKS = ("KABUR (Wire) - The Talia government rejected a proposal for talks in Dohan on Tuesday.\n\n"
          "Ukria's government welcomed a plan for peace talks to be held in Istana.\n\n"
          "Delegates met for talks in Dohan on Friday.")


def _talks_places() -> list[Place]:
    t = _TALKS
    return [place(t, "KABUR", "AFX", 4, "PPLC"), place(t, "Dohan", "QAX", 4, "PPLC"), place(t, "Ukria", "UKX", 1,
                                                                                            "PCLI"),
            place(t, "Istana", "TRX", 4), place(t, "Dohan", "QAX", 4, "PPLC", nth=1)]


def test_the_venue_of_proposed_talks_does_not_place_the_response() -> None:
    loc = _at(_TALKS, "The Talia", "rejected", _talks_places(), "KABUR", verbal=True)
    assert loc is not None and loc.extracted_place == "KABUR"
    loc = _at(_TALKS, "Ukria's government", "welcomed", _talks_places(), "KABUR", verbal=True)
    assert loc is not None and loc.extracted_place != "Istana"


def test_talks_held_in_a_place_are_there() -> None:
    loc = _at(_TALKS, "Delegates met", "met", _talks_places(), "KABUR")
    assert loc is not None and loc.extracted_place == "Dohan"


_VILLAGE = ("BAMAK, Malia (Wire) - Gunmen killed 20 people in Diallasso on Friday.\n\n"
            "Jihadists attacked the village of Sogoba, 30 km north of Bamak, on Sunday.\n\n"
            "Police arrested ten men in Bamak on Monday.")


def _village_places() -> list[Place]:
    t = _VILLAGE
    capital = replace(place(t, "BAMAK", "MLX", 4, "PPLC"), resolved_place="Bamak")
    seat = dict(resolved_place="Bamak", geonameid=capital.geonameid)
    return [capital, place(t, "Malia", "MLX", 1, "PCLI"), replace(place(t, "Diallasso", "MLX", 4, "PPLC"), **seat),
            replace(place(t, "Sogoba", "MLX", 4, "PPLC"), **seat), replace(capital, start=t.index("Bamak,"),
                                                                           end=t.index("Bamak,") + 5, text="Bamak"),
            replace(capital, start=t.index("Bamak on"), end=t.index("Bamak on") + 5, text="Bamak")]


_MALI = Place(0, 0, "Malia", "Malia", 99, 17.0, -4.0, "MLX", "PCLI", None, 1)


def test_a_village_the_gazetteer_lacks_is_not_put_at_the_capital() -> None:
    loc = _at(_VILLAGE, "Gunmen killed", "killed", _village_places(), "BAMAK", countries={"MLX": _MALI})
    assert loc is not None and loc.resolution == 1 and loc.country_code == "MLX"
    assert loc.extracted_place == "Diallasso" and loc.resolved_place == "Malia"


def test_a_village_placed_by_a_distance_from_the_capital_keeps_it() -> None:
    loc = _at(_VILLAGE, "Jihadists attacked", "attacked", _village_places(), "BAMAK", countries={"MLX": _MALI})
    assert loc is not None and loc.resolved_place == "Bamak"


def test_a_village_placed_by_a_distance_from_an_unknown_town_is_in_the_country() -> None:
    t = "BAMAK, Malia (Wire) - Militiamen clashed in the village of Wenbo, about 40 km south of Debra, on Saturday."
    capital = replace(place(t, "BAMAK", "MLX", 4, "PPLC"), resolved_place="Bamak")
    places = [capital, place(t, "Malia", "MLX", 1, "PCLI"),
              replace(place(t, "Wenbo", "MLX", 4, "PPLC"), resolved_place="Bamak", geonameid=capital.geonameid)]
    loc = _at(t, "Militiamen clashed", "clashed", places, "BAMAK", countries={"MLX": _MALI})
    assert loc is not None and loc.resolution == 1 and loc.extracted_place == "Wenbo"


def test_the_capital_named_for_itself_stays() -> None:
    loc = _at(_VILLAGE, "Police arrested", "arrested", _village_places(), "BAMAK", countries={"MLX": _MALI})
    assert loc is not None and loc.resolved_place == "Bamak" and loc.resolution == 4


def test_a_village_read_as_a_province_through_part_of_its_name() -> None:
    t = "ABUJAN, Nigera (Wire) - Gunmen attacked the village of Kwara Daji in Zamfa state on Monday."
    village = replace(place(t, "Kwara Daji", "NGX", 2, "ADM1", province="Kwara"), resolved_place="Kwara")
    places = [place(t, "ABUJAN", "NGX", 4, "PPLC"), place(t, "Nigera", "NGX", 1, "PCLI"), village,
              place(t, "Zamfa", "NGX", 2, "ADM1", province="Zamfa")]
    loc = _at(t, "Gunmen attacked", "attacked", places, "ABUJAN")
    assert loc is not None and loc.resolved_place == "Zamfa"
    # (a province named for itself stays: "in Kwara, Zamfa state" is no such reading)
    places[2] = place(t, "Kwara Daji", "NGX", 2, "ADM1", province="Kwara")
    loc = _at(t, "Gunmen attacked", "attacked", places, "ABUJAN")
    assert loc is not None and loc.resolved_place == "Kwara Daji"


_PROVINCE = ("PESHAW, Pakia (Wire) - Militants attacked a police checkpoint near Bannor overnight.\n\n"
             "The provincial government announced compensation for the families.\n\n"
             "The Punja government imposed a curfew.")


def _province_places() -> list[Place]:
    t = _PROVINCE
    return [place(t, "PESHAW", "PKX", 4, province="Khyber"), place(t, "Pakia", "PKX", 1, "PCLI"),
            place(t, "Bannor", "PKX", 4, province="Khyber"), place(t, "Punja", "PKX", 2, "ADM1", province="Punja")]


def test_a_provincial_decision_under_a_dateline_of_that_province() -> None:
    loc = _at(_PROVINCE, "The provincial government", "announced", _province_places(), "PESHAW")
    assert loc is not None and loc.extracted_place == "PESHAW"


def test_another_provinces_decision_is_not_at_the_dateline() -> None:
    loc = _at(_PROVINCE, "The Punja government", "imposed", _province_places(), "PESHAW")
    assert loc is None or loc.extracted_place != "PESHAW"


def test_a_foreign_governments_decision_is_no_provincial_one() -> None:
    t = ("PESHAW, Pakia (Wire) - Militants attacked a checkpoint near Bannor overnight.\n\n"
         "Afgania's government imposed a curfew.")
    places = [place(t, "PESHAW", "PKX", 4, province="Khyber"), place(t, "Pakia", "PKX", 1, "PCLI"),
              place(t, "Bannor", "PKX", 4, province="Khyber"), place(t, "Afgania", "AFX", 1, "PCLI")]
    loc = _at(t, "Afgania's government", "imposed", places, "PESHAW")
    assert loc is None or loc.extracted_place != "PESHAW"


_ABROAD = ("NAIROB, Kenia (Wire) - Burundia's government accused Rwandia of arming rebels on Monday.\n\n"
           "NAIROB, Kenia (Wire) - Kenia's government accused Somalia of meddling on Thursday.")


def _abroad_places() -> list[Place]:
    t = _ABROAD
    return [place(t, "NAIROB", "KEX", 4, "PPLC"), place(t, "Kenia", "KEX", 1, "PCLI"),
            replace(place(t, "Burundia", "BIX", 1, "PCLI"), lat=-3.4, lon=29.9),
            place(t, "Rwandia", "RWX", 1, "PCLI")]


def test_a_third_countrys_word_in_the_datelines_sentence_is_given_at_home() -> None:
    loc = _at(_ABROAD, "Burundia's", "accused", _abroad_places(), "NAIROB", verbal=True)
    assert loc is not None and loc.country_code == "BIX"


def test_the_datelines_own_country_speaks_at_the_dateline() -> None:
    t = _ABROAD.split("\n\n")[1]
    places = [place(t, "NAIROB", "KEX", 4, "PPLC"), place(t, "Kenia", "KEX", 1, "PCLI"),
              replace(place(t, "Kenia", "KEX", 1, "PCLI", nth=1), lat=0.5, lon=37.9)]
    loc = _at(t, "Kenia's government", "accused", places, "NAIROB", verbal=True)
    assert loc is not None and loc.extracted_place == "NAIROB"
