"""Event location and region reading, session 21 (WL30, issue 4).

Event location:
- "ABUJA - Troops killed 25 fighters who attacked a base in Borna state": the object's own attack, told in the simple
  past right after it, is the fight in which the trigger's deed happened; its place is the deed's. An earlier deed
  ("who had attacked", "who led the attack in X") stays the party's description.
- "JUBA - Gunmen raided a cattle camp": a deed at a rural site with no place named, told from the capital, is placed
  at country level (ACLED geo-precision 3); a local dateline is kept, and so are deeds in the city.
- "BAGHDAD - US forces based in Syra killed an IS leader": ground forces garrisoned abroad act where they are
  garrisoned; a group's base across a border is still its home only ("Jihadists based in Malia killed 12 soldiers").
Region reading:
- "OUAGADOUGOU - Militants raided X in the Sahal region": a wide area of no country written with a level word is the
  first-level area of that name in the story's country, when there is one.

Made-up names; places for event location are given by hand (story_parts.place)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from story_parts import dateline, place, trigger


def _country(cc: str) -> Place | None:
    return Place(0, 0, f"Land-{cc}", f"Land-{cc}", 900, 5.0, 5.0, cc, "PCLI", None, 1)


def _loc(text: str, trig: str, places: list[Place], dl: str | None) -> Location | None:
    s = next(s for s in split_sentences(text) if trig in s.text)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, country_place=_country)


# -- a relative clause telling the object's attack is the deed's scene -------------------------------------------------

@pytest.mark.parametrize("clause, area", [
    ("killed 25 fighters who attacked a base in Borna state on Sunday", "Borna"),
    ("shot dead three gunmen who raided a police station in Lamo county on Friday", "Lamo"),
    ("repelled jihadists who stormed a camp near Menko on Saturday", "Menko"),
    ("killed 12 militants who tried to overrun a checkpoint in Kunor province", "Kunor"),
    ("killed six bandits who were attacking a village outside Gusow", "Gusow"),
])
def test_the_objects_own_attack_places_the_deed(clause: str, area: str) -> None:
    text = f"ABUJO (Wire) - The army said troops {clause}."
    places = [place(text, "ABUJO", "NGX", 4, "PPLC"), place(text, area, "NGX", 2, "ADM1")]
    verb = clause.split()[0]
    loc = _loc(text, verb, places, "ABUJO")
    assert loc is not None and loc.resolved_place == area


@pytest.mark.parametrize("clause, other", [
    # an earlier deed, not the fight the deed happened in
    ("killed three militants who had attacked a checkpoint in Ghazna last year", "Ghazna"),
    ("killed the commander who led the attack in Bago near Mongo", "Mongo"),
    # a relative clause that is no attack
    ("killed four men who lived in Ghazna", "Ghazna"),
])
def test_an_earlier_deed_or_a_description_keeps_the_dateline(clause: str, other: str) -> None:
    text = f"KABOL (Wire) - Troops {clause}."
    places = [place(text, "KABOL", "AFX", 4, "PPLC"), place(text, other, "AFX", 3, "ADM2")]
    loc = _loc(text, "killed", places, "KABOL")
    assert loc is not None and loc.resolved_place == "KABOL"


def test_a_second_site_after_the_attack_clause_is_the_deeds() -> None:
    text = "MAIDO (Wire) - Rangers arrested two men who attacked a bus in Gwaza at a hideout near Dikwo on Monday."
    places = [place(text, "MAIDO", "NGX", 4, "PPLC"), place(text, "Gwaza", "NGX", 4), place(text, "Dikwo", "NGX", 4)]
    loc = _loc(text, "arrested", places, "MAIDO")
    assert loc is not None and loc.resolved_place == "Dikwo"


# -- a rural site with no place named, told from the capital -----------------------------------------------------------

@pytest.mark.parametrize("sentence, trig", [
    ("Gunmen raided a cattle camp before dawn on Tuesday, killing 14 herders.", "raided"),
    ("Rebels attacked a village overnight, burning homes.", "attacked"),
    ("Militiamen stormed a displacement camp on Wednesday.", "stormed"),
    ("Gunmen attacked a checkpoint on the highway on Thursday.", "attacked"),
    ("Jihadists ambushed a supply convoy on Sunday.", "ambushed"),
    ("Gunmen killed 11 villagers on Friday.", "killed"),
])
def test_a_rural_site_told_from_the_capital_is_placed_in_the_country(sentence: str, trig: str) -> None:
    text = f"JUBO (Wire) - {sentence}"
    loc = _loc(text, trig, [place(text, "JUBO", "SSX", 4, "PPLC")], "JUBO")
    assert loc is not None and loc.country_code == "SSX" and loc.resolution == 1 and loc.resolved_place == "Land-SSX"


@pytest.mark.parametrize("sentence, trig, feature", [
    # a local dateline: the site is near the town (ACLED precision 2)
    ("ADF rebels attacked a village overnight.", "attacked", "PPL"),
    # deeds in the city, and sites that are no rural sites
    ("Police arrested 30 protesters in the city on Monday.", "arrested", "PPLC"),
    ("Police fired tear gas at protesters marching to parliament.", "fired", "PPLC"),
    ("Gunmen attacked a hotel on Monday.", "attacked", "PPLC"),
    ("Police arrested 20 protesters on a road leading to the presidency.", "arrested", "PPLC"),
])
def test_a_local_dateline_or_a_city_deed_keeps_the_dateline(sentence: str, trig: str, feature: str) -> None:
    text = f"BENO (Wire) - {sentence}"
    loc = _loc(text, trig, [place(text, "BENO", "CDX", 4, feature)], "BENO")
    assert loc is not None and loc.resolved_place == "BENO"


def test_a_statement_about_a_raid_keeps_the_dateline() -> None:
    text = "JUBO (Wire) - The army said on Monday that gunmen raided a cattle camp."
    s = split_sentences(text)[0]
    loc = event_location(Article("a", text), s, trigger(text, "said"), [place(text, "JUBO", "SSX", 4, "PPLC")],
                         dateline=dateline("JUBO"), country_place=_country, verbal=True)
    assert loc is not None and loc.resolved_place == "JUBO"


def test_a_named_place_beats_the_country() -> None:
    text = "JUBO (Wire) - Gunmen raided a cattle camp in Bor on Tuesday."
    places = [place(text, "JUBO", "SSX", 4, "PPLC"), place(text, "Bor", "SSX", 4)]
    loc = _loc(text, "raided", places, "JUBO")
    assert loc is not None and loc.resolved_place == "Bor"


def test_no_country_lookup_keeps_the_dateline() -> None:
    text = "JUBO (Wire) - Gunmen raided a cattle camp on Tuesday."
    s = split_sentences(text)[0]
    loc = event_location(Article("a", text), s, trigger(text, "raided"), [place(text, "JUBO", "SSX", 4, "PPLC")],
                         dateline=dateline("JUBO"))
    assert loc is not None and loc.resolved_place == "JUBO"


# -- garrisoned forces act where they are based ------------------------------------------------------------------------

@pytest.mark.parametrize("party", ["US forces", "French troops", "Turkish soldiers", "UN peacekeepers"])
def test_ground_forces_based_abroad_act_there(party: str) -> None:
    text = f"BAGDO (Wire) - {party} based in Syra killed a senior Islamic State leader, the ministry said."
    places = [place(text, "BAGDO", "IRX", 4, "PPLC"), place(text, "Syra", "SYX", 1, "PCLI")]
    loc = _loc(text, "killed", places, "BAGDO")
    assert loc is not None and loc.resolved_place == "Syra"


@pytest.mark.parametrize("party", ["Jihadists", "Militants", "Drones"])
def test_a_group_or_aircraft_based_abroad_keeps_the_story_place(party: str) -> None:
    text = f"NIAMO (Wire) - {party} based in Malia killed 12 soldiers on Monday."
    places = [place(text, "NIAMO", "NEX", 4, "PPLC"), place(text, "Malia", "MLX", 1, "PCLI")]
    loc = _loc(text, "killed", places, "NIAMO")
    assert loc is not None and loc.resolved_place == "NIAMO"


# -- a wide region written with a level word is the story country's area of that name ----------------------------------

REGION_RECORDS = [
    GazRecord(41, None, "Sahal", 15.0, 5.0, None, "RGN", 50_000_000, resolution=1),
    GazRecord(42, 42, "Sahal", 14.2, -0.4, "BFX", "ADM1", 170_000, admin1="Sahal", resolution=2),
    GazRecord(43, 43, "Ouaga", 12.4, -1.5, "BFX", "PPLC", 2_000_000, resolution=4),
]


def _regions(text: str, name: str, dateline_country: str | None) -> GazRecord | None:
    from newsevents.geo.resolve import _dateline_areas_over_regions
    gp = GeoParser(InMemoryGazetteer(REGION_RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)
    i = text.index(name)
    slots = gp.resolver.slots(text, [(i, i + len(name))])
    return _dateline_areas_over_regions(gp.gazetteer, text, slots, [REGION_RECORDS[0]], dateline_country)[0]


@pytest.mark.parametrize("text, name", [
    ("OUAGA - Militants raided Kouro in the Sahal region on Monday.", "Sahal region"),
    ("OUAGA - Militants raided Kouro in the Sahal region on Monday.", "Sahal"),
    ("OUAGA - Floods hit the Sahal Region.", "Sahal Region"),
])
def test_a_wide_region_with_a_level_word_is_the_story_countrys_area(text: str, name: str) -> None:
    rec = _regions(text, name, "BFX")
    assert rec is not None and rec.country == "BFX" and rec.feature == "ADM1"


@pytest.mark.parametrize("text, name, cc", [
    ("OUAGA - Jihadists spread across the Sahal in recent years.", "Sahal", "BFX"),  # no level word: the belt
    ("BAMKO - Militants raided a village in the Sahal region.", "Sahal region", "MLX"),  # no such area there
    ("Militants raided a village in the Sahal region.", "Sahal region", None),  # no dateline
])
def test_the_belt_stays_without_a_level_word_or_a_national_area(text: str, name: str, cc: str | None) -> None:
    rec = _regions(text, name, cc)
    assert rec is not None and rec.country is None


def test_the_leads_rural_deed_goes_on_in_later_sentences() -> None:
    text = "JUBO (Wire) - Gunmen raided a cattle camp on Tuesday, killing 14 herders. The attackers also burned huts."
    loc = _loc(text, "burned", [place(text, "JUBO", "SSX", 4, "PPLC")], "JUBO")
    assert loc is not None and loc.country_code == "SSX" and loc.resolution == 1


@pytest.mark.parametrize("text", [
    # the lead tells a deed in the city
    "JUBO (Wire) - Police arrested 20 protesters on Tuesday. Gunmen later burned huts.",
    # the lead names the rural site's town
    "JUBO (Wire) - Gunmen raided a cattle camp near Boro on Tuesday. Gunmen later burned huts.",
])
def test_a_city_lead_or_a_named_place_keeps_the_later_deed_at_the_dateline(text: str) -> None:
    places = [place(text, "JUBO", "SSX", 4, "PPLC")] + ([place(text, "Boro", "SSX", 4)] if "Boro" in text else [])
    loc = _loc(text, "burned", places, "JUBO")
    assert loc is not None and loc.resolved_place in {"JUBO", "Boro"} and loc.resolution == 4


def test_a_lead_sentence_taking_up_the_site_places_the_deed() -> None:
    text = "KHARTO (Wire) - Militiamen stormed a displacement camp on Wednesday. The camp lies near Fasho in Darfo."
    places = [place(text, "KHARTO", "SDX", 4, "PPLC"), place(text, "Fasho", "SDX", 4), place(text, "Darfo", "SDX", 2)]
    loc = _loc(text, "stormed", places, "KHARTO")
    assert loc is not None and loc.resolved_place == "Fasho"


def test_another_deeds_place_in_the_lead_does_not_place_the_raid() -> None:
    text = "JUBO (Wire) - Gunmen raided a cattle camp on Tuesday. President Kiro later held talks in Wawo."
    places = [place(text, "JUBO", "SSX", 4, "PPLC"), place(text, "Wawo", "SSX", 4)]
    loc = _loc(text, "raided", places, "JUBO")
    assert loc is not None and loc.resolution == 1 and loc.country_code == "SSX"


def test_a_later_deed_of_another_setting_is_not_placed_at_the_attack() -> None:
    text = "LAGO (Wire) - A court sentenced two men who attacked a church in Kadu to death on Monday."
    places = [place(text, "LAGO", "NGX", 4, "PPL"), place(text, "Kadu", "NGX", 4)]
    loc = _loc(text, "sentenced", places, "LAGO")
    assert loc is not None and loc.resolved_place == "LAGO"


# -- a dateline names a town ---------------------------------------------------------------------------------------

DATELINE_RECORDS = [
    GazRecord(51, 51, "El Beno", -14.0, -65.5, "BOX", "ADM1", 300_000, resolution=2),
    GazRecord(52, 52, "Beno", 0.5, 29.5, "COX", "PPL", 140_000, resolution=4),
    GazRecord(53, 53, "Gorgia", 32.7, -83.4, "USX", "ADM1", 10_000_000, resolution=2),
    GazRecord(54, 54, "Gorgia", 31.5, -83.0, "USX", "PPL", 2_000, resolution=4),
    GazRecord(55, 55, "Gorgia", 42.0, 43.5, "GEX", "PCLI", 4_000_000, resolution=1),
]


def _dateline_country(text: str) -> str | None:
    gaz = InMemoryGazetteer(DATELINE_RECORDS, {51: [("Beno", 2)]})
    return GeoParser(gaz, WEIGHTS, ner_plus_gazetteer=False)._dateline_country(text)


def test_a_dateline_is_the_town_not_an_area_of_another_form_of_the_name() -> None:
    assert _dateline_country("BENO (Wire) - ADF rebels killed nine people overnight.") == "COX"


def test_an_area_under_its_own_name_stays_the_dateline() -> None:
    assert _dateline_country("GORGIA - Police arrested 20 protesters on Monday.") == "USX"
