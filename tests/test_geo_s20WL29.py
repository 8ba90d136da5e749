"""Toponym recognition and event location, session 20 (WL29, issue 4).

Event location:
- "GOMA - M23 rebels captured the town of Nyabondo in North Kivua province": a name the gazetteer lacks, read as a
  place the story names otherwise (here the dateline), is placed at the area written right after it, not at that
  place; the dateline keeps its own reading.
- "NIAMEY - Jihadists based in Malia killed 12 soldiers": the country an acting party is based in is its home, not
  where its deed was, nor where the story's later sentences are. A party that suffers the deed ("troops based in
  Syra came under attack") is hit at its base.
- "Troops killed a commander who led the massacre in Gwaza during a raid near Dikwo": the raid after a relative
  clause is the occasion of the trigger's own deed, so its place is the deed's; the relative clause's place is not.
  So is a second site with its own town after a relative clause placed in a town ("arrested a man who had shot a
  guard in Gwaza at a checkpoint in Dikwo"): one deed is not in two towns.
Dateline:
- "SANJO (Wire) - Costara's police ...": when the resolver reads the dateline in another country than its name's top
  entry (the story's first words name it), the story's other names are read again with that country; the dateline
  keeps the reading that gave it.

Made-up names; places for event location are given by hand (story_parts.place); the dateline tests use a small
in-memory gazetteer and a stand-in resolver that reads a name by the country it is given."""
from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.locate import event_location
from newsevents.records import Article, Location, Place, Span
from newsevents.segment import split_sentences

from geo_spans import full_stop_sentences
from story_parts import dateline, place, trigger


def _loc(text: str, opening: str, trig: str, places: list[Place], dl: str | None,
         verbal: bool | None = None) -> Location | None:
    """The event location of the trigger word `trig` in the sentence that holds the words `opening`."""
    i = text.index(opening)
    s = next(s for s in split_sentences(text) if s.start <= i < s.end)
    return event_location(Article("a", text), s, trigger(text, trig, s.start), sorted(places, key=lambda p: p.start),
                          dateline=dateline(dl) if dl is not None else None, verbal=verbal)


def _seated(text: str, name: str, seat: Place) -> Place:
    """`name` read as the place `seat` (the resolver's reading of a name it lacks)."""
    i = text.index(name)
    return Place(i, i + len(name), name, seat.resolved_place, seat.geonameid, seat.lat, seat.lon, seat.country_code,
                 seat.feature_code, seat.province, seat.resolution)


# -- event location: an unknown name with its area written after it ---------------------------------------------------

@pytest.mark.parametrize("phrase, area, feature", [
    ("captured the town of Nyabondo in North Kivua province", "North Kivua province", "RGN"),
    ("killed nine farmers in the village of Nyabondo in Kivua state", "Kivua", "ADM1"),
    ("killed nine farmers in Nyabondo, Kivua state,", "Kivua", "ADM1"),
    ("killed five herders in a raid on Nyabondo village in Kivua county", "Kivua", "ADM1"),
])
def test_an_unknown_name_read_as_the_dateline_is_placed_in_its_written_area(phrase: str, area: str,
                                                                            feature: str) -> None:
    t = f"GOMAX (Wire) - Rebels {phrase} on Monday, residents said."
    dl = place(t, "GOMAX", "CDX", 4, "PPL", province="Kivua")
    places = [dl, _seated(t, "Nyabondo", dl), place(t, area, "CDX", 2, feature, province="Kivua")]
    loc = _loc(t, "Rebels", phrase.split()[0], places, "GOMAX", verbal=False)
    assert loc is not None and loc.resolution == 2 and loc.extracted_place == area


def test_a_known_town_with_its_area_keeps_the_town() -> None:
    t = "GOMAX (Wire) - Rebels seized the town of Rubaja in North Kivua province on Monday, residents said."
    places = [place(t, "GOMAX", "CDX", 4, province="Kivua"), place(t, "Rubaja", "CDX", 4, province="Kivua"),
              place(t, "North Kivua province", "CDX", 2, "RGN", province="Kivua")]
    loc = _loc(t, "Rebels", "seized", places, "GOMAX", verbal=False)
    assert loc is not None and loc.extracted_place == "Rubaja"


def test_an_other_name_for_the_same_place_is_no_unknown_name() -> None:
    # ("Kyivo" read as "Kievo": a spelling of the same name, the reading holds)
    t = "KIEVO (Wire) - Drones struck Kyivo in Kyivo oblast overnight, officials said."
    dl = place(t, "KIEVO", "UAX", 4, "PPLC", province="Kyivo")
    i = t.index("Kyivo")
    town = Place(i, i + 5, "Kyivo", "KIEVO", dl.geonameid, 1.0, 1.0, "UAX", "PPLC", "Kyivo", 4)
    places = [dl, town, place(t, "Kyivo oblast", "UAX", 2, "ADM1", province="Kyivo")]
    loc = _loc(t, "Drones", "struck", places, "KIEVO", verbal=False)
    assert loc is not None and loc.resolution == 4


def test_an_unknown_name_with_no_area_after_it_is_left_as_read() -> None:
    t = "GOMAX (Wire) - Rebels captured the town of Nyabondo on Monday, residents said. Kivua is tense."
    dl = place(t, "GOMAX", "CDX", 4, province="Kivua")
    places = [dl, _seated(t, "Nyabondo", dl), place(t, "Kivua", "CDX", 2, "ADM1", province="Kivua")]
    loc = _loc(t, "Rebels", "captured", places, "GOMAX", verbal=False)
    assert loc is not None and loc.resolution == 4


def test_the_unknown_names_reading_is_not_offered_to_later_sentences() -> None:
    t = ("GOMAX (Wire) - Rebels captured the town of Nyabondo in Kivua province on Monday. "
         "The governor said on Tuesday that talks would go on.")
    dl = place(t, "GOMAX", "CDX", 4, province="Kivua")
    places = [dl, _seated(t, "Nyabondo", dl), place(t, "Kivua", "CDX", 2, "ADM1", province="Kivua")]
    loc = _loc(t, "The governor", "said", places, "GOMAX", verbal=True)
    assert loc is not None and loc.extracted_place in ("GOMAX", "Kivua")


# -- event location: a party's base is not where its deed was ---------------------------------------------------------

@pytest.mark.parametrize("deed, trig", [
    ("Jihadists based in Malia killed 12 soldiers", "killed"),
    ("Militants based in Malia have killed 12 soldiers", "killed"),
    ("A group headquartered in Malia attacked a border post", "attacked"),
    ("Jihadists based in Malia launched an attack on an army post", "attack"),
])
def test_the_country_an_acting_party_is_based_in_is_not_where(deed: str, trig: str) -> None:
    t = f"NIAMO (Wire) - {deed} on Monday, the army said."
    places = [place(t, "NIAMO", "NEX", 4, "PPLC"), place(t, "Malia", "MLX", 1, "PCLI")]
    loc = _loc(t, deed[:8], trig, places, "NIAMO", verbal=False)
    assert loc is not None and loc.extracted_place == "NIAMO"


def test_a_place_after_the_deed_of_a_based_party_is_the_deeds() -> None:
    t = "OUAGO (Wire) - Jihadists based in Malia killed four soldiers in an attack near Djibu on Monday."
    places = [place(t, "OUAGO", "BFX", 4, "PPLC"), place(t, "Malia", "MLX", 1, "PCLI"), place(t, "Djibu", "BFX", 4)]
    loc = _loc(t, "Jihadists", "killed", places, "OUAGO", verbal=False)
    assert loc is not None and loc.extracted_place == "Djibu"


@pytest.mark.parametrize("deed, trig", [
    ("US troops based in Syra came under attack", "attack"),
    ("Troops based in Syra were attacked by drones", "attacked"),
])
def test_a_party_hit_where_it_is_based_is_placed_there(deed: str, trig: str) -> None:
    t = f"WASHO (Wire) - {deed} on Monday, officials said."
    places = [place(t, "WASHO", "USX", 4, "PPLC"), place(t, "Syra", "SYX", 1, "PCLI")]
    loc = _loc(t, deed[:8], trig, places, "WASHO", verbal=False)
    assert loc is not None and loc.extracted_place == "Syra"


def test_a_town_a_party_is_based_in_is_not_dropped() -> None:
    # (only a whole country is a home and nothing more: a town base may well be where the group struck)
    t = "KANOX (Wire) - Bandits based in the Rugu forest raided Dansadau on Monday. Gunmen based in Zurmo killed two."
    places = [place(t, "KANOX", "NGX", 4), place(t, "Dansadau", "NGX", 4), place(t, "Zurmo", "NGX", 4)]
    loc = _loc(t, "Gunmen", "killed", places, "KANOX", verbal=False)
    assert loc is not None and loc.extracted_place == "Zurmo"


def test_a_based_partys_country_does_not_locate_a_later_sentence() -> None:
    t = "NIAMO (Wire) - Jihadists based in Malia killed 12 soldiers on Monday. Troops later arrested three suspects."
    places = [place(t, "NIAMO", "NEX", 4, "PPLC"), place(t, "Malia", "MLX", 1, "PCLI")]
    loc = _loc(t, "Troops", "arrested", places, "NIAMO", verbal=False)
    assert loc is not None and loc.extracted_place == "NIAMO"


def test_a_based_party_hit_at_home_still_locates_a_later_sentence() -> None:
    t = "WASHO (Wire) - US troops based in Syra came under attack on Monday. Two soldiers were wounded in the attack."
    places = [place(t, "WASHO", "USX", 4, "PPLC"), place(t, "Syra", "SYX", 1, "PCLI")]
    loc = _loc(t, "Two soldiers", "wounded", places, "WASHO", verbal=False)
    assert loc is not None and loc.extracted_place == "Syra"


# -- event location: a raid after a relative clause is the deed's occasion ---------------------------------------------

@pytest.mark.parametrize("deed, trig", [
    ("Troops killed a commander who led the massacre in Gwaza during a raid near Dikwo", "killed"),
    ("Special forces captured a commander who had planned the bombing in Gwaza during an operation near Dikwo",
     "captured"),
    ("Soldiers arrested a bandit leader who had kidnapped pupils in Gwaza in an operation in Dikwo", "arrested"),
])
def test_a_raid_after_a_relative_clause_places_the_deed(deed: str, trig: str) -> None:
    t = f"MAIDO (Wire) - {deed} on Sunday, the army said."
    places = [place(t, "MAIDO", "NGX", 4), place(t, "Gwaza", "NGX", 4), place(t, "Dikwo", "NGX", 4)]
    loc = _loc(t, deed[:8], trig, places, "MAIDO", verbal=False)
    assert loc is not None and loc.extracted_place == "Dikwo"


@pytest.mark.parametrize("deed, trig", [
    ("Police arrested a man who had shot a guard in Gwaza at a checkpoint in Dikwo", "arrested"),
    ("Police detained a suspect who had stabbed a trader in Gwaza at his home in Dikwo", "detained"),
    ("Rangers arrested two men who attacked a bus in Gwaza at a hideout near Dikwo", "arrested"),
])
def test_a_second_site_after_a_placed_relative_clause_is_the_deeds(deed: str, trig: str) -> None:
    t = f"MAIDO (Wire) - {deed} on Thursday, police said."
    places = [place(t, "MAIDO", "NGX", 4), place(t, "Gwaza", "NGX", 4), place(t, "Dikwo", "NGX", 4)]
    loc = _loc(t, deed[:8], trig, places, "MAIDO", verbal=False)
    assert loc is not None and loc.extracted_place == "Dikwo"


def test_a_relative_clauses_own_site_stays_its_own() -> None:
    # (no town before the site: "at a checkpoint in Dikwo" may be where the shooting was)
    t = "MAIDO (Wire) - Police arrested a man who had shot a guard at a checkpoint in Dikwo on Thursday."
    places = [place(t, "MAIDO", "NGX", 4), place(t, "Dikwo", "NGX", 4)]
    loc = _loc(t, "Police", "arrested", places, "MAIDO", verbal=False)
    assert loc is not None and loc.extracted_place == "MAIDO"


def test_a_place_only_inside_the_relative_clause_is_not_the_deeds() -> None:
    # "near Monguna" says where Baga is: no occasion of the killing is named, so its place stays unsaid
    t = "MAIDO (Wire) - Troops killed the commander who led the attack in Baga near Monguna on Monday."
    places = [place(t, "MAIDO", "NGX", 4), place(t, "Baga", "NGX", 4), place(t, "Monguna", "NGX", 4)]
    loc = _loc(t, "Troops", "killed", places, "MAIDO", verbal=False)
    assert loc is not None and loc.extracted_place == "MAIDO"


def test_a_clause_break_before_the_raid_still_cuts() -> None:
    t = "MAIDO (Wire) - Troops killed a commander who fled; police later held his aide during a raid near Dikwo."
    places = [place(t, "MAIDO", "NGX", 4), place(t, "Dikwo", "NGX", 4)]
    loc = _loc(t, "Troops", "killed", places, "MAIDO", verbal=False)
    assert loc is not None and loc.extracted_place == "MAIDO"


# -- dateline: the resolver's reading of the dateline gives the story's country ---------------------------------------

DATELINE_RECORDS = [
    GazRecord(31, 31, "Sanjo", 37.3, -121.9, "USX", "PPL", 1_000_000, admin1="Califa", resolution=4),
    GazRecord(32, 32, "Sanjo", 9.9, -84.1, "CRX", "PPLC", 335_000, admin1="Sanjo", resolution=4),
    GazRecord(33, 33, "Costara", 10.0, -84.0, "CRX", "PCLI", 5_000_000, resolution=1),
    GazRecord(34, 34, "Palmo", 34.0, -118.0, "USX", "PPL", 90_000, admin1="Califa", resolution=4),
    GazRecord(35, 35, "Palmo", 10.0, -84.5, "CRX", "PPL", 30_000, admin1="Alajo", resolution=4),
]


class _ByCountry:
    """A stand-in resolver: the dateline is read in Costara (as the lede rule does), every other name by the
    country it is given, else by population; it records the countries it was asked with."""

    def __init__(self, gaz: InMemoryGazetteer, dateline_cc: str) -> None:
        self.gaz, self.dateline_cc = gaz, dateline_cc
        self.asked: list[str | None] = []

    def resolve(self, text: str, spans: Sequence[tuple[int, int]], dateline_country: str | None = None,
                **_: object) -> list[GazRecord | None]:
        self.asked.append(dateline_country)
        out: list[GazRecord | None] = []
        for s, e in spans:
            recs = self.gaz.lookup(text[s:e])
            want = self.dateline_cc if s == 0 else dateline_country
            out.append(next((r for r in recs if r.country == want), recs[0] if recs else None))
        return out


def _dateline_parser(dateline_cc: str) -> tuple[GeoParser, _ByCountry]:
    gaz = InMemoryGazetteer(DATELINE_RECORDS, {})
    gp = GeoParser(gaz, WEIGHTS, ner_plus_gazetteer=False)
    fake = _ByCountry(gaz, dateline_cc)
    gp.resolver = fake  # type: ignore[assignment]
    return gp, fake


def _read(gp: GeoParser, text: str) -> dict[str, str | None]:
    return {p.text: p.country_code for p in gp.places(Article("a", text), full_stop_sentences(text), [], set())}


def test_names_are_read_again_in_the_country_the_dateline_was_read_in() -> None:
    gp, fake = _dateline_parser("CRX")
    got = _read(gp, "SANJO (Wire) - Costara's police arrested two men in Palmo on Monday, officials said.")
    assert got["SANJO"] == "CRX" and got["Palmo"] == "CRX"
    assert fake.asked[:2] == ["USX", "CRX"]


def test_a_dateline_read_as_its_top_entry_is_resolved_once() -> None:
    gp, fake = _dateline_parser("USX")
    got = _read(gp, "SANJO (Wire) - Police arrested two men in Palmo on Monday, officials said.")
    assert got["SANJO"] == "USX" and got["Palmo"] == "USX"
    assert fake.asked[:1] == ["USX"] and "CRX" not in fake.asked


def test_gold_spans_are_read_again_too() -> None:
    gp, fake = _dateline_parser("CRX")
    t = "SANJO (Wire) - Costara's police arrested two men in Palmo on Monday, officials said."
    spans = [(0, 5), (t.index("Palmo"), t.index("Palmo") + 5)]
    art = Article("a", t, toponyms=tuple(Span(s, e) for s, e in spans))
    got = {p.text: p.country_code for p in gp.places(art, full_stop_sentences(t), [], set())}
    assert got == {"SANJO": "CRX", "Palmo": "CRX"}


def test_a_story_with_no_dateline_is_resolved_once() -> None:
    gp, fake = _dateline_parser("CRX")
    _read(gp, "Police arrested two men in Palmo on Monday, officials said.")
    assert len(fake.asked) == 1


def test_a_dateline_whose_name_has_no_entry_is_not_read_again() -> None:
    # ("The Manipura Front (MNPF) has claimed ...": the span taken for a dateline is no clean name, and a place read
    # inside it gives the story no country)
    gp, _ = _dateline_parser("CRX")
    t = "SANJO (Wire) - Costara's police arrested two men in Palmo on Monday, officials said."
    recs = [DATELINE_RECORDS[1], DATELINE_RECORDS[2], DATELINE_RECORDS[4]]
    spans = [(0, 5), (15, 22), (t.index("Palmo"), t.index("Palmo") + 5)]
    assert gp._read_dateline_country(t, spans, recs, None) is None
    assert gp._read_dateline_country(t, spans, recs, "USX") == "CRX"
    assert gp._read_dateline_country(t, spans, recs, "CRX") is None
