"""Event location and toponym recognition, session 23 (WL32).

Event location:
- "BOGO - ELN fighters kidnapped two oil workers in the eastern department of Arauco": an admin area named for the
  deed by its level word ("department of", "county of", "governorate of", "regency of", ...) beats the dateline city.
- "WASHO - The Treasury imposed sanctions on two commanders over atrocities in Fasho": the reason for a sanction tells
  the targets' deeds; the sanction is at its authors' seat (the dateline), not where the targets did them.
- "BOGO - Dissidents killed two soldiers in the jungle", "LAGO - Troops killed fighters in their hideouts in the Sambo
  forest": a deed in the wild (forest, jungle, bush, mountains, a river) with no known place, told from the capital or a
  bureau city, is placed at country level, like a deed at a village.
Recognition:
- "along the Juba river" in a MOGO story: a town abroad that names a river, forest, range or valley there is a
  namesake, not the place; "the Kabo river" in a KABO story keeps its reading.
- "freed captives from Boko Haram camps": an armed group's name the gazetteer lacks is no place.
- "in the Birno Gwaro area of Kaduno state", "the Gwozo local government area", "the western governorate of Matro":
  typed as places, read by the gazetteer even when the automaton lacks the name.
- "LAGO (Wire) - ... camps in the Sambo forest": a feature the gazetteer lacks is never seated at the dateline.

Made-up names; places for event location are given by hand (story_parts.place)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser, _armed_group_names
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, GazRecord, InMemoryGazetteer
from newsevents.geo.locate import _LOCATIVE, _sanction_target, _wild_site, event_location
from newsevents.records import Article, Location, Place, Trigger
from newsevents.segment import split_sentences

from geo_spans import read_places
from story_parts import dateline, place, trigger


def _country(cc: str) -> Place | None:
    return Place(0, 0, f"Land-{cc}", f"Land-{cc}", 900, 5.0, 5.0, cc, "PCLI", None, 1)


def _hub(p: Place | Location) -> bool:
    return p.resolved_place in ("LAGO",)


def _loc(text: str, trig: str, places: list[Place], dl: str | None) -> Location | None:
    s = next(s for s in split_sentences(text) if trig in s.text)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, country_place=_country, hub=_hub)


# -- an admin area named by its level word beats the dateline -----------------------------------------------------------

@pytest.mark.parametrize("phrase, feature, res", [
    ("in the eastern department of Arauco", "ADM1", 2),
    ("in the northeastern county of Mandro", "ADM1", 2),
    ("in the western governorate of Matro", "ADM1", 2),
    ("in the Puncko regency of Papuo", "ADM2", 3),
    ("in the southern prefecture of Kindo", "ADM1", 2),
    ("in the eastern oblast of Kharko", "ADM1", 2),
])
def test_an_admin_area_named_by_its_level_word_beats_the_dateline(phrase: str, feature: str, res: int) -> None:
    text = f"BOGO (Wire) - Fighters kidnapped two oil workers {phrase} on Tuesday, the army said."
    name = phrase.split()[-1] if "regency" not in phrase else "Puncko"
    places = [place(text, "BOGO", "COX", 4, "PPLC"), place(text, name, "COX", res, feature)]
    loc = _loc(text, "kidnapped", places, "BOGO")
    assert loc is not None and loc.resolved_place == name


@pytest.mark.parametrize("before, locative", [
    ("kidnapped two men in the eastern department of ", True),
    ("raided homes in the county of ", True),
    ("a spokesman for the Department of ", False),  # (a body, capitalised)
    ("officials of the State Department of ", False),
])
def test_level_words_are_locative_in_lower_case_only(before: str, locative: bool) -> None:
    assert (_LOCATIVE.search(before) is not None) is locative


# -- the reason for a sanction is not where it happened ------------------------------------------------------------------

@pytest.mark.parametrize("clause", [
    "on two commanders of the Rapid Force over atrocities in Fasho",
    "on three settler leaders for violence against villagers in Fasho",
    "on six officials it accuses of deporting children from Fasho",
    "on a network that supplied missiles used in attacks in Fasho",
    "on four generals it holds responsible for air strikes on villages in Fasho",
    "on three traders tied to smuggling in Fasho",
])
def test_a_sanctions_reason_is_not_its_place(clause: str) -> None:
    text = f"WASHO (Wire) - The Treasury imposed sanctions on Thursday {clause}."
    places = [place(text, "WASHO", "USX", 4, "PPLC"), place(text, "Fasho", "SDX", 4)]
    loc = _loc(text, "sanctions", places, "WASHO")
    assert loc is not None and loc.resolved_place == "WASHO"


def test_a_sanction_with_no_dateline_is_not_at_its_reason() -> None:
    text = "The Treasury imposed sanctions on Tuesday on a network over attacks on shipping in Fasho."
    places = [place(text, "Fasho", "SDX", 4)]
    loc = _loc(text, "sanctions", places, None)
    assert loc is None or loc.resolved_place != "Fasho"


@pytest.mark.parametrize("text, where", [
    # a span of time is no reason: the ban is in Chitto
    ("DHAKO (Wire) - Authorities banned rallies for a week in Chitto after clashes, police said.", "Chitto"),
    ("DHAKO (Wire) - Authorities banned rallies for three days in Chitto, police said.", "Chitto"),
])
def test_a_ban_for_a_time_keeps_its_place(text: str, where: str) -> None:
    places = [place(text, "DHAKO", "BDX", 4, "PPLC"), place(text, "Chitto", "BDX", 4)]
    loc = _loc(text, "banned", places, "DHAKO")
    assert loc is not None and loc.resolved_place == where


def test_a_sanction_trigger_of_several_words_counts() -> None:
    text = "WASHO (Wire) - The Treasury imposed sanctions on two commanders over atrocities in Fasho."
    fasho = place(text, "Fasho", "SDX", 4)
    i = text.index("imposed sanctions")
    assert _sanction_target(text, fasho, Trigger(i, i + len("imposed sanctions"), "imposed sanctions"))
    j = text.index("two commanders")
    assert not _sanction_target(text, fasho, Trigger(j, j + 3, "two"))  # (no sanction word)


def test_a_venue_after_the_reason_is_where_it_was_announced() -> None:
    text = "KIVO (Wire) - Ruritania imposed sanctions on 50 firms over strikes on Odo, the president said in Kivo."
    odo = place(text, "Odo", "UAX", 4)
    kivo = place(text, "Kivo", "UAX", 4, "PPLC")
    t = trigger(text, "sanctions")
    assert _sanction_target(text, odo, t)
    assert not _sanction_target(text, kivo, t)


# -- a deed in the wild told from the capital or a bureau city -------------------------------------------------------------

@pytest.mark.parametrize("text, trig, dl, feature", [
    ("BOGO (Wire) - Dissidents killed two soldiers in the jungle on Sunday, the army said.", "killed", "BOGO", "PPLC"),
    ("BAGO (Wire) - Troops killed five militants in an operation in the Hamro mountains on Monday.", "killed", "BAGO",
     "PPLC"),
    ("MOGO (Wire) - Fighters attacked a military base along the river on Friday, officials said.", "attacked", "MOGO",
     "PPLC"),
    ("LAGO (Wire) - Troops killed 15 fighters in a raid on their hideouts in the Sambo forest on Tuesday.", "killed",
     "LAGO", "PPL"),
    ("LAGO (Wire) - Gunmen abducted 12 travellers in the bush along a highway in the north.", "abducted", "LAGO", "PPL"),
])
def test_a_deed_in_the_wild_from_the_capital_or_a_bureau_is_in_the_country(text: str, trig: str, dl: str,
                                                                            feature: str) -> None:
    places = [place(text, dl, "NGX", 4, feature)]
    loc = _loc(text, trig, places, dl)
    assert loc is not None and loc.resolution == 1 and loc.country_code == "NGX"


@pytest.mark.parametrize("text, trig, dl, feature, where", [
    # a place named in the sentence says where
    ("BOGO (Wire) - Gunmen killed four aid workers in the hills outside Tibo on Monday.", "killed", "BOGO", "PPLC",
     "Tibo"),
    # a local dateline is kept: the forest is near the town
    ("BENO (Wire) - Rebels killed nine villagers in the forest on Monday night.", "killed", "BENO", "PPL", "BENO"),
    # a bureau city keeps a deed that is no violence
    ("LAGO (Wire) - Police arrested five men in the bush on Monday.", "arrested", "LAGO", "PPL", "LAGO"),
])
def test_a_deed_in_the_wild_keeps_a_named_or_local_place(text: str, trig: str, dl: str, feature: str,
                                                          where: str) -> None:
    places = [place(text, dl, "NGX", 4, feature)] + ([place(text, where, "NGX", 4)] if where != dl else [])
    loc = _loc(text, trig, places, dl)
    assert loc is not None and loc.resolved_place == where


@pytest.mark.parametrize("tail, wild", [
    (" two soldiers in the jungle", True), (" them in the Sambo forest", True), (" five near the Tano river", True),
    (" a herder in the bush", True), (" two men in the city centre", False), (" an officer at a checkpoint", False),
    ("", False),
])
def test_wild_site_words(tail: str, wild: bool) -> None:
    assert _wild_site(tail, 0, len(tail)) is wild


# -- recognition -------------------------------------------------------------------------------------------------------------

RECORDS = [
    GazRecord(1, 1, "Mogo", 2.0, 45.3, "SOX", "PPLC", 2_500_000, resolution=4),
    GazRecord(2, 2, "Juba", 4.85, 31.6, "SSX", "PPLC", 400_000, resolution=4),
    GazRecord(3, 3, "Kabo", 34.5, 69.2, "AFX", "PPLC", 4_000_000, resolution=4),
    GazRecord(4, 4, "Jilbo", 0.5, 42.8, "SOX", "PPL", 50_000, resolution=4),
    GazRecord(5, 5, "Lago", 6.5, 3.4, "NGX", "PPL", 9_000_000, resolution=4),
    GazRecord(6, 6, "Borno", 11.5, 13.0, "NGX", "ADM1", 5_000_000, resolution=2),
    GazRecord(7, 7, "Kaduno", 10.5, 7.4, "NGX", "ADM1", 6_000_000, resolution=2),
    GazRecord(8, 8, "Birno Gwaro district", 10.84, 6.66, "NGX", "ADM2", 30_000, resolution=3),
    GazRecord(9, 9, "Gwozo district", 11.1, 13.7, "NGX", "ADM2", 30_000, resolution=3),
    GazRecord(10, 10, "Cairo", 30.0, 31.2, "EGX", "PPLC", 9_000_000, resolution=4),
    GazRecord(11, 11, "Matroh Governorate", 30.4, 27.3, "EGX", "ADM1", 300_000, resolution=2),
    GazRecord(12, 12, "Yendi", 9.4, 0.0, "GHX", "PPL", 50_000, resolution=4),
]
NAMES = {8: [("Birno Gwaro", KIND_ALTERNATE)], 9: [("Gwozo", KIND_ALTERNATE)], 11: [("Matro", KIND_ALTERNATE)]}


def _gp() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


def test_a_foreign_town_naming_a_river_is_a_namesake() -> None:
    got = read_places(_gp(), "MOGO (Wire) - Fighters attacked a military base along the Juba river on Friday.")
    assert "Juba" not in got and got["MOGO"].resolved_place == "Mogo"


@pytest.mark.parametrize("text", [
    # a town on its own river, in the dateline's country
    "KABO (Wire) - Floods along the Kabo river killed ten people on Friday.",
    # a story that names the town's country elsewhere keeps it
    "MOGO (Wire) - Fighters attacked a base along the Juba river. Officials in Juba condemned the attack.",
    # no feature word
    "MOGO (Wire) - The president flew to Juba on Friday.",
])
def test_a_town_naming_a_feature_at_home_keeps_its_reading(text: str) -> None:
    got = read_places(_gp(), text)
    name = "Kabo" if "Kabo " in text else "Juba"
    assert name in got


def test_an_armed_groups_name_is_no_place() -> None:
    assert "boko haram" in _armed_group_names() and "al shabaab" in _armed_group_names()
    got = read_places(_gp(), "LAGO (Wire) - Troops freed 40 captives from Boko Haram camps in Borno state.")
    assert "Boko Haram" not in got and "Borno" in got


@pytest.mark.parametrize("text, name, where", [
    ("LAGO (Wire) - Bandits abducted 25 passengers from a bus in the Birno Gwaro area of Kaduno state on Monday.",
     "Birno Gwaro", "Birno Gwaro district"),
    ("LAGO (Wire) - Gunmen killed four farmers in the Gwozo local government area on Monday.", "Gwozo",
     "Gwozo district"),
    ("CAIRO (Wire) - Gunmen killed three policemen at a checkpoint in the western governorate of Matro on Sunday.",
     "Matro", "Matroh Governorate"),
])
def test_typed_areas_the_automaton_lacks(text: str, name: str, where: str) -> None:
    got = read_places(_gp(), text)
    assert name in got and got[name].resolved_place == where


def test_a_bare_area_is_no_type() -> None:
    # ("the Yendi area" needs "of <Name>" to type a name; Yendi is found by the automaton anyway)
    got = read_places(_gp(), "LAGO (Wire) - Gunmen killed four farmers in the Pampo area on Monday.")
    assert "Pampo" not in got


def test_a_feature_is_never_seated_at_the_dateline() -> None:
    got = read_places(_gp(), "LAGO (Wire) - Troops freed 40 captives from camps in the Sambo forest on Tuesday.")
    assert "Sambo forest" not in got


def test_a_site_taken_up_between_two_towns_is_at_the_first() -> None:
    text = "BAMKO (Wire) - Jihadists ambushed a convoy of trucks on Monday, killing 12 drivers. The convoy was " \
           "travelling between Nioro and Kayo when it came under fire."
    places = [place(text, "BAMKO", "MLX", 4, "PPLC"), place(text, "Nioro", "MLX", 4), place(text, "Kayo", "MLX", 4)]
    loc = _loc(text, "ambushed", places, "BAMKO")
    assert loc is not None and loc.resolved_place == "Nioro"


@pytest.mark.parametrize("site", ["in Tsavo East National Park", "in a game reserve", "inside a wildlife sanctuary"])
def test_a_park_or_reserve_from_the_capital_is_in_the_country(site: str) -> None:
    text = f"NAIRO (Wire) - Rangers killed five suspected poachers {site} on Monday, the wildlife service said."
    loc = _loc(text, "killed", [place(text, "NAIRO", "KEX", 4, "PPLC")], "NAIRO")
    assert loc is not None and loc.resolution == 1 and loc.country_code == "KEX"


# -- the lead's next sentence takes up the deed and says where -------------------------------------------------------------

@pytest.mark.parametrize("second, where", [
    ("The kidnapping took place in the eastern department of Arauco, near the border.", "Arauco"),
    ("The attack happened near the town of Elwo in Mandro county.", "Elwo"),
    ("The blast occurred in Kandro province's Arghando district.", "Arghando"),
])
def test_the_leads_next_sentence_places_the_deed(second: str, where: str) -> None:
    text = f"BOGO (Wire) - Rebels kidnapped two oil workers on Tuesday, the army said. {second}"
    places = [place(text, "BOGO", "COX", 4, "PPLC")]
    for name, res, feature in (("Arauco", 2, "ADM1"), ("Elwo", 4, "PPL"), ("Mandro", 2, "ADM1"),
                               ("Kandro", 2, "ADM1"), ("Arghando", 3, "ADM2")):
        if name in text:
            places.append(place(text, name, "COX", res, feature))
    loc = _loc(text, "kidnapped", places, "BOGO")
    assert loc is not None and loc.resolved_place == where


@pytest.mark.parametrize("second", [
    "The attack was condemned by the governor of Arauco.",  # no verb of happening
    "Officials in Arauco said the rebels had fled.",  # not the deed taken up
    "The kidnapping took place in Venezo, officials said.",  # another country than the dateline's
])
def test_the_leads_next_sentence_must_take_up_the_deed_at_home(second: str) -> None:
    text = f"BOGO (Wire) - Rebels kidnapped two oil workers on Tuesday, the army said. {second}"
    places = [place(text, "BOGO", "COX", 4, "PPLC"),
              place(text, "Arauco" if "Arauco" in second else "Venezo", "COX" if "Arauco" in second else "VEX", 2,
                    "ADM1")]
    loc = _loc(text, "kidnapped", places, "BOGO")
    assert loc is not None and loc.resolved_place == "BOGO"


def test_a_statement_is_not_placed_by_the_deed_taken_up() -> None:
    text = "BOGO (Wire) - The army said on Tuesday that rebels kidnapped two workers. The kidnapping took place in " \
           "Arauco."
    places = [place(text, "BOGO", "COX", 4, "PPLC"), place(text, "Arauco", "COX", 2, "ADM1")]
    loc = _loc(text, "said", places, "BOGO")
    assert loc is not None and loc.resolved_place == "BOGO"


@pytest.mark.parametrize("text, trig", [
    ("HAGO (Wire) - The court issued an arrest warrant on Monday for a militia leader over crimes committed in Fasho.",
     "issued"),
    ("HAGO (Wire) - The bloc on Monday suspended budget support to Nigo over the coup in Fasho.", "suspended"),
])
def test_a_warrant_or_a_suspension_is_not_at_its_reason(text: str, trig: str) -> None:
    places = [place(text, "HAGO", "NLX", 4, "PPLC"), place(text, "Fasho", "SDX", 4)]
    loc = _loc(text, trig, places, "HAGO")
    assert loc is not None and loc.resolved_place == "HAGO"


def test_a_suspension_keeps_the_place_it_is_in() -> None:
    text = "DELO (Wire) - Authorities suspended internet services in Manipo over violence in Imphalo, officials said."
    places = [place(text, "DELO", "INX", 4, "PPLC"), place(text, "Manipo", "INX", 2, "ADM1"),
              place(text, "Imphalo", "INX", 4)]
    loc = _loc(text, "suspended", places, "DELO")
    assert loc is not None and loc.resolved_place == "Manipo"


@pytest.mark.parametrize("text, absent", [
    ("LAGO (Wire) - Police recovered two bodies under Yendi Police Station area of the District.", "Yendi Police Station"),
    ("LAGO (Wire) - Two men were killed in Gulshan e Bunero area of Landho Town on Monday.", "Bunero"),
])
def test_an_area_of_a_station_or_a_names_tail_is_no_type(text: str, absent: str) -> None:
    assert absent not in read_places(_gp(), text)


def test_an_area_of_after_a_preposition_is_typed() -> None:
    got = read_places(_gp(), "LAGO (Wire) - Police clashed with gunmen at Jugno Hatkolo area of Kaduno state.")
    assert "Jugno Hatkolo" in got
