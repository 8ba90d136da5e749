"""Event location and toponym recognition, session 22 (WL31).

Event location:
- "JUBO - Raiders killed herders in Jongo state. The night before, gunmen burned a village near Boro": a later sentence
  of the lead opened by an earlier time tells another deed; its place does not narrow the main deed's area.
- "LAGO - Gunmen killed 20 villagers": a rural deed told from a big city that is not the capital (a wire bureau's
  seat) is placed at country level, like one told from the capital; a checkpoint or a road may be in the city.
- "ambushed a bus on the road between Mandro and Lafo": a road between two towns is at the first.
- "attacked a bus carrying pilgrims who were returning from Najo, killing six near Samro": the toll clause places an
  attack with no place of its own, past a relative clause on its object.
Recognition:
- "the Centre" (India's Union government) is no place; "the Centre region" and "Centre-North" are.
- "the Centre-North region" labelled "Centre" by spaCy is read whole.

Made-up names; places for event location are given by hand (story_parts.place)."""
from __future__ import annotations

import pytest

from newsevents.geo import BUREAU_POPULATION, GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.geo.recognize import NameAutomaton, central_government, find_mentions
from newsevents.records import Article, Location, Place, Sentence
from newsevents.segment import split_sentences

from story_parts import dateline, place, trigger


def _country(cc: str) -> Place | None:
    return Place(0, 0, f"Land-{cc}", f"Land-{cc}", 900, 5.0, 5.0, cc, "PCLI", None, 1)


def _hub(p: Place | Location) -> bool:
    return p.resolved_place in ("LAGO", "KARA")


def _loc(text: str, trig: str, places: list[Place], dl: str | None, hub: bool = True) -> Location | None:
    s = next(s for s in split_sentences(text) if trig in s.text)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, country_place=_country,
                          hub=_hub if hub else None)


# -- an earlier deed told in the lead does not narrow the main deed's place -------------------------------------------

@pytest.mark.parametrize("opener", ["The night before,", "A day earlier,", "Hours earlier,", "Two days earlier,",
                                    "The previous evening,", "Earlier that week,", "Days earlier,", "Last week,",
                                    "Separately,", "In a separate attack,"])
def test_an_earlier_deeds_place_does_not_narrow_the_lead(opener: str) -> None:
    text = f"JUBO (Wire) - Raiders killed 12 herders in Jongo state on Sunday, officials said. {opener} gunmen " \
           "burned a village near Boro."
    places = [place(text, "JUBO", "SSX", 4, "PPLC"), place(text, "Jongo", "SSX", 2, "ADM1", province="Jongo"),
              place(text, "Boro", "SSX", 4, province="Jongo")]
    loc = _loc(text, "killed", places, "JUBO")
    assert loc is not None and loc.resolved_place == "Jongo"
    # the earlier deed keeps its own place
    loc = _loc(text, "burned", places, "JUBO")
    assert loc is not None and loc.resolved_place == "Boro"


def test_a_later_sentence_telling_the_same_deed_still_narrows_it() -> None:
    text = "JUBO (Wire) - Raiders killed 12 herders in Jongo state on Sunday, officials said. The attack happened " \
           "near Boro."
    places = [place(text, "JUBO", "SSX", 4, "PPLC"), place(text, "Jongo", "SSX", 2, "ADM1", province="Jongo"),
              place(text, "Boro", "SSX", 4, province="Jongo")]
    loc = _loc(text, "killed", places, "JUBO")
    assert loc is not None and loc.resolved_place == "Boro"


# -- a rural deed told from a big city that is not the capital ----------------------------------------------------------

@pytest.mark.parametrize("sentence, trig", [
    ("Gunmen killed 20 villagers in an overnight raid, police said.", "killed"),
    ("Gunmen killed five police reservists in an attack on a remote village.", "killed"),
    ("Gunmen killed 11 farmers working in their fields on Tuesday.", "killed"),
    ("Bandits raided a farming community on Monday.", "raided"),
    ("Gunmen shot dead five labourers at a remote village.", "shot"),
])
def test_a_rural_deed_told_from_a_bureau_city_is_placed_in_the_country(sentence: str, trig: str) -> None:
    text = f"LAGO (Wire) - {sentence}"
    loc = _loc(text, trig, [place(text, "LAGO", "NGX", 4)], "LAGO")
    assert loc is not None and loc.country_code == "NGX" and loc.resolution == 1


@pytest.mark.parametrize("sentence, trig", [
    # sites that may lie in the city itself
    ("Gunmen attacked a police checkpoint on Monday.", "attacked"),
    ("Gunmen ambushed a convoy on a highway.", "ambushed"),
    # no deed of violence
    ("Police arrested 20 farmers protesting at the governor's office.", "arrested"),
])
def test_a_bureau_city_keeps_city_sites_and_other_deeds(sentence: str, trig: str) -> None:
    text = f"LAGO (Wire) - {sentence}"
    loc = _loc(text, trig, [place(text, "LAGO", "NGX", 4)], "LAGO")
    assert loc is not None and loc.resolved_place == "LAGO"


def test_a_smaller_city_or_no_bureau_lookup_keeps_the_dateline() -> None:
    text = "MAIDO (Wire) - Gunmen killed 20 villagers on Monday."
    loc = _loc(text, "killed", [place(text, "MAIDO", "NGX", 4)], "MAIDO")
    assert loc is not None and loc.resolved_place == "MAIDO"
    text = "LAGO (Wire) - Gunmen killed 20 villagers on Monday."
    loc = _loc(text, "killed", [place(text, "LAGO", "NGX", 4)], "LAGO", hub=False)
    assert loc is not None and loc.resolved_place == "LAGO"


def test_the_bureau_leads_rural_deed_goes_on_in_later_deeds_of_violence() -> None:
    text = "KARA (Wire) - Gunmen killed 12 villagers on Tuesday. The attackers also burned 30 homes. Police arrested " \
           "two men."
    places = [place(text, "KARA", "PKX", 4)]
    loc = _loc(text, "burned", places, "KARA")
    assert loc is not None and loc.resolution == 1
    loc = _loc(text, "arrested", places, "KARA")
    assert loc is not None and loc.resolved_place == "KARA"


def test_the_capitals_rural_site_reaches_past_the_victims() -> None:
    text = "NAIRO (Wire) - Bandits killed five police reservists in an attack on a remote village, police said."
    loc = _loc(text, "killed", [place(text, "NAIRO", "KEX", 4, "PPLC")], "NAIRO", hub=False)
    assert loc is not None and loc.resolution == 1 and loc.country_code == "KEX"


RECORDS = [
    GazRecord(1, 101, "Lago", 6.5, 3.4, "NGX", "PPL", BUREAU_POPULATION + 1, resolution=4),
    GazRecord(2, 102, "Maido", 11.8, 13.1, "NGX", "PPL", BUREAU_POPULATION // 2, resolution=4),
    GazRecord(3, 103, "Lago", 6.6, 3.5, "NGX", "ADM1", BUREAU_POPULATION * 5, resolution=2),
]


@pytest.mark.parametrize("name, gid, feature, expected", [
    ("Lago", 101, "PPL", True),
    ("Maido", 102, "PPL", False),  # too small
    ("Lago", 103, "ADM1", False),  # an area, not a city
    ("Lago", None, "PPL", False),  # unresolved
    ("Nowhere", 999, "PPL", False),  # not in the gazetteer
])
def test_bureau_city(name: str, gid: int | None, feature: str, expected: bool) -> None:
    gp = GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)
    p = Place(0, len(name), name.upper(), name, gid, 1.0, 1.0, "NGX", feature, None, 4)
    assert gp._bureau_city(p) is expected


# -- a road between two towns; a toll past a relative clause ------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["on the road between Mandro and Lafo", "on the highway linking Mandro and Lafo",
                                    "on a stretch between Mandro and Lafo"])
def test_a_road_between_two_towns_is_at_the_first(phrase: str) -> None:
    text = f"NAIRO (Wire) - Gunmen ambushed a bus {phrase} on Tuesday, killing 10 passengers."
    places = [place(text, "NAIRO", "KEX", 4, "PPLC"), place(text, "Mandro", "KEX", 4), place(text, "Lafo", "KEX", 4)]
    loc = _loc(text, "ambushed", places, "NAIRO")
    assert loc is not None and loc.resolved_place == "Mandro"


def test_the_toll_clause_places_an_attack_past_a_relative_clause() -> None:
    text = "BAGDO (Wire) - Gunmen attacked a bus carrying pilgrims who were returning from Najo, killing six people " \
           "near the town of Samro, police said."
    places = [place(text, "BAGDO", "IQX", 4, "PPLC"), place(text, "Najo", "IQX", 4), place(text, "Samro", "IQX", 4)]
    loc = _loc(text, "attacked", places, "BAGDO")
    assert loc is not None and loc.resolved_place == "Samro"


@pytest.mark.parametrize("text", [
    # another clause than a relative one between the attack and the toll
    "BAGDO (Wire) - Gunmen attacked a bus after troops raided Najo, killing six people near Samro.",
    # a place in the relative clause: which of the two the toll belongs to is unclear
    "BAGDO (Wire) - Gunmen attacked a bus which had stopped in Najo, killing six people near Samro.",
])
def test_the_toll_clause_does_not_reach_past_other_clauses(text: str) -> None:
    places = [place(text, "BAGDO", "IQX", 4, "PPLC"), place(text, "Najo", "IQX", 4), place(text, "Samro", "IQX", 4)]
    loc = _loc(text, "attacked", places, "BAGDO")
    assert loc is not None and loc.resolved_place != "Samro"


# -- recognition: "the Centre" -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Farmers rejected the Centre's offer.", True),
    ("The state wrote to the Centre seeking funds.", True),
    ("Opposition leaders accused the Center of neglect.", True),
    ("Militants attacked a convoy in the Centre region.", False),
    ("Militants raided the Centre-North.", False),
    ("It rained in Centre on Monday.", False),  # no "the": a place slot
    ("They visited the Centre Pompidou.", False),  # a longer name: not ours to judge
    ("", False),
])
def test_central_government(text: str, expected: bool) -> None:
    i = text.find("Cent")
    assert central_government(text, max(i, 0), max(i, 0) + (6 if i >= 0 else 0)) is expected


def _sents(text: str) -> list[Sentence]:
    return [Sentence(0, 0, len(text), text)]


def test_the_centre_labelled_by_spacy_is_no_place() -> None:
    text = "Maharashtra asked the Centre to release more vaccine doses."
    i = text.index("Centre")
    a = NameAutomaton([("Maharashtra", 3), ("Centre", 3)], ["Centre"])
    ms = find_mentions(text, _sents(text), [(0, 11, "GPE"), (i, i + 6, "GPE")], {0}, a)
    assert [m.text for m in ms] == ["Maharashtra"]


def test_a_hyphened_region_labelled_in_part_is_read_whole() -> None:
    text = "Militants attacked a convoy in the Centre-North region on Monday."
    i = text.index("Centre")
    a = NameAutomaton([("Centre-North", 3), ("Centre", 3)], [])
    ms = find_mentions(text, _sents(text), [(i, i + 6, "GPE")], {0}, a)
    assert [m.text for m in ms] == ["Centre-North"]


# -- a road named by the towns it joins; villages of a district ---------------------------------------------------------

@pytest.mark.parametrize("phrase", ["on the Abuda-Kadu highway", "along the Abuda-Kadu road",
                                    "on the busy Abuda-Kadu expressway"])
def test_a_road_named_by_its_towns_is_at_the_first(phrase: str) -> None:
    text = f"LAGO (Wire) - Gunmen kidnapped 12 passengers {phrase} on Sunday."
    places = [place(text, "LAGO", "NGX", 4), place(text, "Abuda", "NGX", 4), place(text, "Kadu", "NGX", 4)]
    loc = _loc(text, "kidnapped", places, "LAGO")
    assert loc is not None and loc.resolved_place == "Abuda"


def test_a_place_on_the_road_beats_the_roads_first_town() -> None:
    text = "DHAKO (Wire) - Police clashed with workers on the Dhako-Arich highway near Savo on Tuesday."
    places = [place(text, "DHAKO", "BDX", 4, "PPLC"), place(text, "Dhako", "BDX", 4, "PPLC"),
              place(text, "Arich", "BDX", 4), place(text, "Savo", "BDX", 4)]
    loc = _loc(text, "clashed", places, "DHAKO")
    assert loc is not None and loc.resolved_place == "Savo"


def test_a_road_to_a_town_is_no_road_named_by_its_towns() -> None:
    text = "Gunmen stopped a bus in Gusa on the Gusa-Soko road."
    places = [place(text, "Gusa", "NGX", 4), place(text, "Gusa", "NGX", 4, nth=1), place(text, "Soko", "NGX", 4)]
    loc = _loc(text, "stopped", places, None)
    assert loc is not None and loc.resolved_place == "Gusa" and loc.start == text.index("Gusa")


def test_villages_of_a_district_are_in_the_district() -> None:
    text = "MAPU (Wire) - Insurgents beheaded 11 people in villages of the Macom district of Cabo province."
    places = [place(text, "MAPU", "MZX", 4, "PPLC"), place(text, "Macom", "MZX", 4),
              place(text, "Cabo", "MZX", 2, "ADM1")]
    loc = _loc(text, "beheaded", places, "MAPU")
    assert loc is not None and loc.resolved_place == "Macom"


# -- recognition: an area owned by a place -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, expected", [
    ("Gunmen killed 30 villagers in Plato state's Bokko area on Sunday.", "Bokko", True),
    ("a village in Kadu's Kauro district", "Kauro", True),
    ("in Kadu's Kauro local government area", "Kauro", True),
    ("Kadu's Kauro said on Monday", "Kauro", False),  # no area word
    ("the president's Kauro area", "Kauro", False),  # owner in lower case
])
def test_an_area_owned_by_a_place_is_a_place_slot(text: str, name: str, expected: bool) -> None:
    from newsevents.geo.recognize import locative_context
    i = text.index(name)
    assert locative_context(text, i, i + len(name)) is expected


# -- a part of a city abroad; the victims' origin; a raid after a comma -------------------------------------------------

def test_a_part_of_a_city_read_abroad_gives_way_to_the_city() -> None:
    text = "CARAC (Wire) - Police clashed with gangs in the Cota 905 neighbourhood of Carac on Thursday."
    places = [place(text, "CARAC", "VEX", 4, "PPLC"), place(text, "Cota", "COX", 4),
              place(text, "Carac", "VEX", 4, "PPLC", nth=0)]
    loc = _loc(text, "clashed", places, "CARAC")
    assert loc is not None and loc.resolved_place == "Carac" and loc.start == text.index("Carac on")


def test_a_part_of_a_city_at_home_is_kept() -> None:
    text = "CARAC (Wire) - Police clashed with gangs in the Petar neighbourhood of Carac on Thursday."
    places = [place(text, "CARAC", "VEX", 4, "PPLC"), place(text, "Petar", "VEX", 5),
              place(text, "Carac", "VEX", 4, "PPLC", nth=0)]
    loc = _loc(text, "clashed", places, "CARAC")
    assert loc is not None and loc.resolved_place == "Petar"


def test_the_victims_origin_is_no_area_of_the_toll() -> None:
    text = "YANGO (Wire) - Jets bombed a monastery sheltering villagers displaced from Sagain, killing 18 people in " \
           "Manda region."
    places = [place(text, "YANGO", "MMX", 4), place(text, "Sagain", "MMX", 4),
              place(text, "Manda", "MMX", 2, "ADM1", province="Manda")]
    loc = _loc(text, "bombed", places, "YANGO")
    assert loc is not None and loc.resolved_place == "Manda"


def test_a_raid_after_the_relative_clause_and_a_comma_is_the_deeds() -> None:
    text = "BAMKO (Wire) - Soldiers killed 30 jihadists who had attacked the town of Niono, in a raid near Dogo on " \
           "Friday, the army said."
    places = [place(text, "BAMKO", "MLX", 4, "PPLC"), place(text, "Niono", "MLX", 4), place(text, "Dogo", "MLX", 4)]
    loc = _loc(text, "killed", places, "BAMKO")
    assert loc is not None and loc.resolved_place == "Dogo"


def test_a_name_owned_by_an_area_and_read_outside_it_is_placed_in_the_area() -> None:
    text = "YANGO (Wire) - Jets bombed a monastery, killing 18 people in Manda region's Singo township."
    places = [place(text, "YANGO", "MMX", 4, province="Yango"), place(text, "Manda", "MMX", 2, "ADM1", province="Manda"),
              place(text, "Singo", "MMX", 4, province="Yango")]
    loc = _loc(text, "bombed", places, "YANGO")
    assert loc is not None and loc.resolved_place == "Manda" and loc.extracted_place == "Singo"


def test_a_name_owned_by_an_area_and_read_inside_it_is_kept() -> None:
    text = "YANGO (Wire) - Jets bombed a monastery, killing 18 people in Manda region's Singo township."
    places = [place(text, "YANGO", "MMX", 4, province="Yango"), place(text, "Manda", "MMX", 2, "ADM1", province="Manda"),
              place(text, "Singo", "MMX", 4, province="Manda")]
    loc = _loc(text, "bombed", places, "YANGO")
    assert loc is not None and loc.resolved_place == "Singo"


@pytest.mark.parametrize("text, name, expected", [
    ("abducted travellers on the Gusa-Soko road", "Gusa", True),
    ("on the Abuda-Kadu Expressway", "Abuda", True),
    ("the Gusa-Soko partnership", "Gusa", False),
])
def test_a_road_named_by_its_towns_is_a_place_slot(text: str, name: str, expected: bool) -> None:
    from newsevents.geo.recognize import locative_context
    i = text.index(name)
    assert locative_context(text, i, i + len(name)) is expected


@pytest.mark.parametrize("phrase", ["in Lamo county's Mpeko area", "in Lamo's Mpeko area", "in Lamo state's Mpeko"])
def test_an_owned_place_beats_its_owner(phrase: str) -> None:
    text = f"NAIRO (Wire) - Militants killed five people {phrase} on Sunday night."
    places = [place(text, "NAIRO", "KEX", 4, "PPLC"), place(text, "Lamo", "KEX", 4), place(text, "Mpeko", "KEX", 4)]
    loc = _loc(text, "killed", places, "NAIRO")
    assert loc is not None and loc.resolved_place == "Mpeko"


# -- a feature the gazetteer lacks is not seated at the victims' origin -------------------------------------------------

FEATURE_RECORDS = [
    GazRecord(51, 51, "Irako", 33.0, 44.0, "IQX", "PCLI", 40_000_000, resolution=1),
    GazRecord(52, 52, "Sinjaro", 36.3, 41.9, "IQX", "PPL", 200_000, resolution=4),
]


@pytest.mark.parametrize("text, seated", [
    ("Militants in Irako killed four shepherds from Sinjaro in the Hamro mountains on Thursday.", False),
    ("Militants in Irako killed four shepherds in the Hamro mountains near Sinjaro on Thursday.", True),
])
def test_a_feature_is_not_seated_at_an_origin(text: str, seated: bool) -> None:
    from geo_spans import read_places
    gp = GeoParser(InMemoryGazetteer(FEATURE_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)
    got = read_places(gp, text)
    assert ("Hamro mountains" in got) is seated
    assert got["Sinjaro"].resolved_place == "Sinjaro"
