"""Toponyms and event location, session 24 (WL33).

Recognition and reading:
- "Wiltshiro Police ... near Salsbury": a town read abroad by another of its names (a capital once called so) is the
  town of that main name in a country the story is in; the county a local force is named for tells the story's country.
- "Alexa police officers ... in Arlo": a town named for its local force, read abroad while every other place of the
  story lies in one country holding a town of that name, is that country's town.
- "through the centre of Salsbury", "the streets of Kenno": parts of a town are place slots.
Event location:
- "Alexa police officers arrested 12 protesters who blocked a road in Arlo": a protest's own act, told in a relative
  clause on the people acted on, is the scene of the arrest (not the force's home town).
- "near the Kishno forest in Lakho district": a forest written in a district of its own country, read as a namesake
  town far outside it, is not the deed's place; the district is.
- "seven members of the Communist party of Nepo": a country naming a party is no place of a deed when the story names
  another place.
- "Russia fired 40 drones from Kursko ..., and air defences downed 30 over Odeso": the weapons of a strike are placed
  where they came down, not where they were launched from (a launch told alone keeps its site).

Made-up names; places for event location are given by hand (story_parts.place)."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALTERNATE, KIND_DEMONYM, KIND_MAIN, GazRecord, InMemoryGazetteer
from newsevents.geo.locate import _contradicted, _downed_after_launch, _open_places, event_location
from newsevents.geo.recognize import Mention, locative_context
from newsevents.records import Article, Location, Place
from newsevents.segment import split_sentences

from story_parts import dateline, place, trigger

RECORDS = [
    # a capital once called "Salsbury", and the English town of that name
    GazRecord(1, 1, "Harro", -17.8, 31.0, "ZWX", "PPLC", 1_500_000, resolution=4),
    GazRecord(2, 2, "Salsbury", 51.07, -1.79, "GBX", "PPL", 45_000, resolution=4),
    GazRecord(3, 3, "Wiltshiro", 51.3, -1.9, "GBX", "ADM2", 400_000, resolution=3),
    # a big foreign city and a smaller town of the same name in the story's country
    GazRecord(4, 4, "Alexa", 31.2, 29.9, "EGX", "PPL", 5_000_000, resolution=4),
    GazRecord(5, 5, "Alexa", 38.8, -77.05, "USX", "PPL", 160_000, resolution=4),
    GazRecord(6, 6, "Arlo", 38.88, -77.1, "USX", "PPL", 230_000, resolution=4),
    GazRecord(7, 7, "Tiny Salsbury", 40.0, -80.0, "USX", "PPL", 300, resolution=4),
    # a foreign capital and a town of its name far from the story's other place
    GazRecord(8, 8, "Mosco", 55.75, 37.6, "RUX", "PPLC", 12_000_000, resolution=4),
    GazRecord(9, 9, "Mosco", 46.7, -117.0, "USX", "PPL", 25_000, resolution=4),
    GazRecord(10, 10, "Washo", 38.9, -77.0, "USX", "PPLC", 700_000, resolution=4),
    GazRecord(11, 11, "Usa", 39.0, -98.0, "USX", "PCLI", 330_000_000, resolution=1),
]
NAMES = {1: [("Salsbury", KIND_ALTERNATE)], 7: [("Salsbury", KIND_MAIN)]}


def _gp() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


def _mention(text: str, name: str, source: str = "gaz") -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), name, source)


def _rec(rid: int, kind: int = KIND_MAIN) -> GazRecord:
    from dataclasses import replace
    return replace(next(r for r in RECORDS if r.id == rid), kind=kind)


# -- an old name loses to the main name of the story's country ---------------------------------------------------------

def test_an_old_name_read_abroad_is_the_town_of_the_storys_county_force() -> None:
    text = "Wiltshiro Police said officers arrested six activists near Salsbury on Sunday."
    got = _gp()._home_readings(text, [_mention(text, "Salsbury")], [_rec(1, KIND_ALTERNATE)], None)
    assert got[0] is not None and got[0].id == 2


def test_an_old_name_gives_way_to_another_place_of_the_story() -> None:
    text = "Farmers drove tractors through Salsbury and Wiltshiro on Monday."
    ms = [_mention(text, "Salsbury"), _mention(text, "Wiltshiro")]
    got = _gp()._home_readings(text, ms, [_rec(1, KIND_ALTERNATE), _rec(3)], None)
    assert got[0] is not None and got[0].id == 2


@pytest.mark.parametrize("text, dl", [
    # nothing tells the story's country: the reading stays
    ("Farmers drove tractors through Salsbury on Monday.", None),
    # the story is in the old name's own country
    ("HARRO - Police in Salsbury, as the capital was once called, arrested 20 people.", "ZWX"),
])
def test_an_old_name_keeps_its_reading_without_another_country(text: str, dl: str | None) -> None:
    got = _gp()._home_readings(text, [_mention(text, "Salsbury")], [_rec(1, KIND_ALTERNATE)], dl)
    assert got[0] is not None and got[0].id == 1


def test_a_hamlet_of_the_storys_country_is_no_better_guess() -> None:
    # (only a 300-people Salsbury in the story's country: the reading abroad stays)
    text = "Police in Arlo said protesters marched in Salsbury."
    ms = [_mention(text, "Arlo"), _mention(text, "Salsbury")]
    got = _gp()._home_readings(text, ms, [_rec(6), _rec(1, KIND_ALTERNATE)], None)
    assert got[1] is not None and got[1].id == 1


def test_a_dateline_is_never_reread() -> None:
    text = "SALSBURY - Police in Wiltshiro arrested six men."
    ms = [Mention(0, 8, "SALSBURY", "dateline"), _mention(text, "Wiltshiro")]
    got = _gp()._home_readings(text, ms, [_rec(1, KIND_ALTERNATE), _rec(3)], None)
    assert got[0] is not None and got[0].id == 1


# -- a town named for its local force is the story's country's town ----------------------------------------------------

def test_a_towns_force_is_read_in_the_storys_country() -> None:
    text = "Alexa police officers arrested a man in Arlo on Friday."
    ms = [_mention(text, "Alexa"), _mention(text, "Arlo")]
    got = _gp()._home_readings(text, ms, [_rec(4), _rec(6)], None)
    assert got[0] is not None and got[0].id == 5


@pytest.mark.parametrize("text", [
    # no force after the name: the resolver's reading stands
    "Protesters from Alexa marched in Arlo on Friday.",
    # the story's other places lie in two countries
    "Alexa police officers arrested a man in Arlo, a spokesman in Harro said.",
])
def test_a_town_without_its_force_or_in_a_story_of_two_countries_keeps_its_reading(text: str) -> None:
    names = [n for n in ("Alexa", "Arlo", "Harro") if n in text]
    recs = {"Alexa": _rec(4), "Arlo": _rec(6), "Harro": _rec(1)}
    got = _gp()._home_readings(text, [_mention(text, n) for n in names], [recs[n] for n in names], None)
    assert got[0] is not None and got[0].id == 4


def test_a_body_name_of_two_countries_tells_nothing() -> None:
    # ("Alexa Police": Alexa names towns in two countries, so it says nothing of the story's country)
    assert _gp()._one_country_readings("Alexa") == [] and _gp()._one_country_readings("Nowhere") == []
    assert [r.country for r in _gp()._one_country_readings("Wiltshiro")] == ["GBX"]


def test_a_towns_force_in_a_story_naming_its_people_keeps_its_reading() -> None:
    # ("Mosco police detained 50 Russos": a people's word names the reading's country)
    text = "Mosco police detained 50 Russos at a rally, officials in Washo said."
    russo = GazRecord(20, 20, "Rusland", 60.0, 90.0, "RUX", "PCLI", 140_000_000, resolution=1, kind=KIND_DEMONYM)
    ms = [_mention(text, "Mosco"), _mention(text, "Russos"), _mention(text, "Washo")]
    got = _gp()._home_readings(text, ms, [_rec(8), russo, _rec(10)], None)
    assert got[0] is not None and got[0].id == 8


def test_an_old_name_far_from_the_storys_places_keeps_its_reading() -> None:
    # ("Mosco" as another name of the capital: the Mosco of the story's country lies 3,000 km from Washo)
    text = "Protesters gathered in Mosco, officials in Washo said."
    ms = [_mention(text, "Mosco"), _mention(text, "Washo")]
    got = _gp()._home_readings(text, ms, [_rec(8, KIND_ALTERNATE), _rec(10)], None)
    assert got[0] is not None and got[0].id == 8


def test_a_towns_force_in_a_story_naming_the_whole_country_is_read_there() -> None:
    text = "Mosco police arrested two men, the Usa embassy said."
    ms = [_mention(text, "Mosco"), _mention(text, "Usa")]
    got = _gp()._home_readings(text, ms, [_rec(8), _rec(11)], None)
    assert got[0] is not None and got[0].id == 9


# -- parts of a town are place slots -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, slot", [
    ("Farmers drove tractors through the centre of Salsbury", True),
    ("Hundreds marched in the streets of Kenno", True),
    ("a rally in the heart of Bamo", True),
    ("Hundreds marched past the statue of Kenno", False),
])
def test_parts_of_a_town_are_slots(text: str, slot: bool) -> None:
    name = text.split()[-1]
    i = text.rindex(name)
    assert locative_context(text, i, i + len(name)) is slot


def test_a_capitalised_centre_is_no_slot() -> None:
    text = "officials at the Centre of Kenno"
    i = text.rindex("Kenno")
    assert not locative_context(text, i, i + 5)


# -- event location ----------------------------------------------------------------------------------------------------

def _country(cc: str) -> Place | None:
    return Place(0, 0, f"Land-{cc}", f"Land-{cc}", 900, 5.0, 5.0, cc, "PCLI", None, 1)


def _loc(text: str, trig: str, places: list[Place], dl: str | None = None) -> Location | None:
    s = next(s for s in split_sentences(text) if trig in s.text)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, country_place=_country)


@pytest.mark.parametrize("text, home", [
    ("Alexa police officers arrested 12 protesters who blocked a road in Arlo on Saturday.", "Alexa"),
    ("Kano state police officers arrested 15 protesters who blocked the highway in Arlo on Monday.", "Kano"),
    ("Alexa police officers detained 30 activists who were occupying a bank in Arlo on Friday.", "Alexa"),
    ("Alexa police officers dispersed students who rallied outside the town hall in Arlo.", "Alexa"),
])
def test_a_protest_met_by_the_police_is_the_scene(text: str, home: str) -> None:
    trig = next(w for w in ("arrested", "detained", "dispersed") if w in text)
    places = [place(text, home, "USX", 4 if home == "Alexa" else 2, "PPL" if home == "Alexa" else "ADM1"),
              place(text, "Arlo", "USX", 4)]
    loc = _loc(text, trig, places)
    assert loc is not None and loc.resolved_place == "Arlo"


@pytest.mark.parametrize("text", [
    # an earlier deed of the people acted on
    "Alexa police officers arrested two men who had robbed a bank in Arlo last year.",
    # a deed of another kind than the police's
    "Alexa police officers arrested two men who sold drugs in Arlo.",
])
def test_an_earlier_or_other_deed_of_the_people_is_not_the_scene(text: str) -> None:
    places = [place(text, "Alexa", "USX", 4), place(text, "Arlo", "USX", 4)]
    loc = _loc(text, "arrested", places)
    assert loc is not None and loc.resolved_place == "Alexa"


def test_a_forest_read_as_a_far_town_in_its_district_is_contradicted() -> None:
    text = "SSB personnel arrested two smugglers near the Kishno forest in Lakho district on Friday."
    kishno = Place(text.index("Kishno"), text.index("Kishno") + 6, "Kishno", "Kishno", 11, 25.6, 81.0, "INX", "PPL",
                   "Uttar", 4)
    lakho = Place(text.index("Lakho"), text.index("Lakho") + 5, "Lakho", "Lakho", 12, 27.95, 80.78, "INX", "ADM2",
                  "Uttar", 3)
    assert _contradicted(text, kishno, [kishno, lakho])
    loc = _loc(text, "arrested", [kishno, lakho])
    assert loc is not None and loc.resolved_place == "Lakho"


def test_a_forest_town_inside_its_district_stands() -> None:
    text = "Troops killed three Maoists in the Kishno forest of Lakho district."
    kishno = Place(text.index("Kishno"), text.index("Kishno") + 6, "Kishno", "Kishno", 11, 27.9, 80.7, "INX", "PPL",
                   "Uttar", 4)
    lakho = Place(text.index("Lakho"), text.index("Lakho") + 5, "Lakho", "Lakho", 12, 27.95, 80.78, "INX", "ADM2",
                  "Uttar", 3)
    assert not _contradicted(text, kishno, [kishno, lakho])


def test_a_district_town_of_no_forest_is_not_contradicted() -> None:
    # ("Kishno in Lakho district", no forest word: the other rules decide)
    text = "Police arrested two men in Kishno in Lakho district."
    kishno = Place(text.index("Kishno"), text.index("Kishno") + 6, "Kishno", "Kishno", 11, 25.6, 81.0, "INX", "PPL",
                   "Uttar", 4)
    lakho = Place(text.index("Lakho"), text.index("Lakho") + 5, "Lakho", "Lakho", 12, 27.95, 80.78, "INX", "ADM2",
                  "Uttar", 3)
    assert not _contradicted(text, kishno, [kishno, lakho])


def test_a_country_naming_a_party_is_no_place_of_the_deed() -> None:
    text = ("An SSB trooper was injured in Bahro district on Thursday. The incident took place when an SSB team "
            "intercepted seven members of the Communist party of Nepo who were trying to sneak across.")
    places = [place(text, "Bahro", "INX", 3, "ADM2"), place(text, "Nepo", "NPX", 1, "PCLI")]
    assert _open_places(text, tuple(places)) == (0,)
    loc = _loc(text, "intercepted", places)
    assert loc is not None and loc.resolved_place == "Bahro"


def test_a_partys_country_alone_stays() -> None:
    text = "Police arrested two leaders of the Communist Party of Nepo on Monday."
    places = [place(text, "Nepo", "NPX", 1, "PCLI")]
    assert _open_places(text, tuple(places)) == (0,)


def test_a_strikes_weapons_are_where_they_came_down() -> None:
    text = ("KYIVO - Russia fired 40 drones from Kursko and Primo overnight, and air defences downed 30 over Odeso "
            "and Mykolo.")
    places = [place(text, "KYIVO", "UKX", 4, "PPLC"), place(text, "Russia", "RUX", 1, "PCLI"),
              place(text, "Kursko", "RUX", 4), place(text, "Primo", "RUX", 4), place(text, "Odeso", "UKX", 4),
              place(text, "Mykolo", "UKX", 2, "ADM1")]
    t = trigger(text, "fired")
    assert _downed_after_launch(text, places[2], t) and _downed_after_launch(text, places[3], t)
    assert not _downed_after_launch(text, places[4], t)
    loc = _loc(text, "fired", places, "KYIVO")
    assert loc is not None and loc.resolved_place == "Odeso"


@pytest.mark.parametrize("text", [
    "SEOLO - The North test-fired a missile from the Pyongo area on Tuesday.",
    # (what came down is told in another sentence)
    "SEOLO - The North fired a missile from the Pyongo area. Air defences downed it over Seolo.",
])
def test_a_launch_told_alone_keeps_its_site(text: str) -> None:
    places = [place(text, "SEOLO", "KOX", 4, "PPLC"), place(text, "Pyongo", "KPX", 4)]
    assert not _downed_after_launch(text, places[1], trigger(text, "fired"))


def test_over_a_lower_case_word_names_no_place_it_came_down() -> None:
    text = ("SEOLO - The North fired two missiles from the Pyongo area, and Japo said neither was intercepted over its "
            "sea.")
    places = [place(text, "SEOLO", "KOX", 4, "PPLC"), place(text, "Pyongo", "KPX", 4)]
    assert not _downed_after_launch(text, places[1], trigger(text, "fired"))


# -- a feature's namesake abroad, with no dateline ---------------------------------------------------------------------

FEATURES = [
    GazRecord(11, 11, "Bono", 50.7, 7.1, "DEX", "PPL", 300_000, resolution=4),
    GazRecord(12, 12, "Lamo", -2.27, 40.9, "KEX", "PPL", 30_000, resolution=4),
    GazRecord(13, 13, "Harro", -17.8, 31.0, "ZWX", "PPLC", 1_500_000, resolution=4),
]


def _feature_gp() -> GeoParser:
    return GeoParser(InMemoryGazetteer(FEATURES), WEIGHTS, ner_plus_gazetteer=False)


def test_a_forest_named_for_a_town_abroad_in_a_one_country_story_is_a_namesake() -> None:
    from newsevents.geo.resolve import _foreign_wild_namesakes
    text = "Militants attacked a police post near the Bono forest in Lamo on Friday."
    ms = [_mention(text, "Bono"), _mention(text, "Lamo")]
    slots = _feature_gp().resolver.slots(text, [(m.start, m.end) for m in ms])
    got = _foreign_wild_namesakes(text, slots, [FEATURES[0], FEATURES[1]], None)
    assert got[0] is None and got[1] is not None


@pytest.mark.parametrize("text, names", [
    # the story's other places lie in two countries: nothing says which one the forest is in
    ("Militants attacked a post near the Bono forest in Lamo, officials in Harro said.", ("Bono", "Lamo", "Harro")),
    # no other place at all
    ("Militants attacked a police post near the Bono forest on Friday.", ("Bono",)),
])
def test_a_forest_namesake_stays_without_one_story_country(text: str, names: tuple[str, ...]) -> None:
    from newsevents.geo.resolve import _foreign_wild_namesakes
    recs = {"Bono": FEATURES[0], "Lamo": FEATURES[1], "Harro": FEATURES[2]}
    slots = _feature_gp().resolver.slots(text, [(m.start, m.end) for m in (_mention(text, n) for n in names)])
    got = _foreign_wild_namesakes(text, slots, [recs[n] for n in names], None)
    assert got[0] is not None


def test_a_forest_namesake_e2e() -> None:
    text = "Militants attacked a police post near the Bono forest in Lamo on Friday."
    got = {p.text: p for p in _feature_gp().places(Article("a", text), split_sentences(text), [], set())}
    assert "Bono" not in got and "Lamo" in got


# -- a shoot-down with no place of its own is over the defender's ground -----------------------------------------------

def _demonym(word: str) -> str | None:
    return {"Russo": "RUX", "Ukro": "UKX"}.get(word)


def _loc_d(text: str, trig: str, places: list[Place]) -> Location | None:
    s = next(s for s in split_sentences(text) if trig in s.text)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          country_place=_country, demonym=_demonym)


def test_a_shoot_down_is_not_in_the_launchers_country() -> None:
    text = "Russo air defences shot down 10 drones launched by Ukrainia overnight, the ministry said."
    loc = _loc_d(text, "shot", [place(text, "Ukrainia", "UKX", 1, "PCLI")])
    assert loc is not None and loc.country_code == "RUX" and loc.resolution == 1


def test_a_shoot_down_over_a_named_place_is_there() -> None:
    text = "Russo air defences shot down 25 Ukro drones over the Belgo region overnight."
    loc = _loc_d(text, "shot", [place(text, "Belgo", "RUX", 2, "ADM1")])
    assert loc is not None and loc.resolved_place == "Belgo"


@pytest.mark.parametrize("text", [
    # no forces named: a shooting, not a shoot-down
    "Gunmen shot dead three villagers on Sunday.",
    # forces, but no aircraft, drone or missile
    "Russo forces shot two men at a checkpoint.",
    # shot dead, not shot down
    "The army shot dead five militants carrying rockets.",
])
def test_other_shootings_are_no_shoot_downs(text: str) -> None:
    from newsevents.geo.locate import _downing
    t = trigger(text, "shot")
    assert not _downing(text, t, len(text))
