"""Toponyms and event location, session 25 (WL35).

Recognition:
- "Trento Township": a found name followed by "Township" is read with it, typed (the resolver then keeps it in its
  story's state or places it by the story's nearby places).
- "Isabo City, Basilo": a found name closed by a level word that the gazetteer holds whole is that place (the Basilan
  city, not the province of its first word); "the Kando forest area of Rajo district": a name the gazetteer lacks
  alone but holds as an area with the lower-case level word after it ("Rajo district") is read with it.
Reading:
- "TRENTO, N.J. - ... in Howello": a bare small town read in another US state, far from a dateline that writes its
  state, with that state named nowhere in the story, is a place of the dateline's state the gazetteer lacks.
Event location:
- "a ceasefire in Jedda ... brokered by Saudo and the Unito": the mediators are no venue.

Made-up names; places for event location are given by hand (story_parts.place)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import KIND_ALIAS, KIND_ALTERNATE, KIND_MAIN, GazRecord, InMemoryGazetteer
from newsevents.geo.locate import _contradicted, _elsewhere
from newsevents.geo.recognize import Mention
from newsevents.records import Article, Place
from newsevents.segment import split_sentences

from story_parts import located, place

RECORDS = [
    # a province named like a city of another island, the city known whole as "Isabo City"
    GazRecord(1, 1, "Isabo", 17.0, 121.8, "PHX", "ADM2", 770_000, resolution=3),
    GazRecord(2, 2, "City of Isabo", 6.70, 121.97, "PHX", "PPL", 67_000, resolution=4),
    # a district the gazetteer knows only with its level word, and a town of a forest's name far from it
    GazRecord(3, 3, "Rajoori", 33.3, 74.35, "INX", "ADM2", 600_000, resolution=3),
    GazRecord(4, 4, "Kando", 23.96, 88.04, "INX", "PPL", 55_000, resolution=4),
    # US towns and states (the rule reads the ISO code of the United States)
    GazRecord(5, 5, "Trento", 40.22, -74.76, "USA", "PPL", 90_000, admin1="New Jersey", resolution=4),
    GazRecord(6, 6, "New Jersey", 40.1, -74.5, "USA", "ADM1", 9_000_000, admin1="New Jersey", resolution=2),
    GazRecord(7, 7, "Howello", 42.61, -83.93, "USA", "PPL", 9_500, admin1="Michigan", resolution=4),
    GazRecord(8, 8, "Michigan", 44.3, -85.6, "USA", "ADM1", 10_000_000, admin1="Michigan", resolution=2),
    GazRecord(9, 9, "Lansa", 42.73, -84.55, "USA", "PPL", 110_000, admin1="Michigan", resolution=4),
    GazRecord(10, 10, "Bigtown", 42.3, -83.0, "USA", "PPL", 600_000, admin1="Michigan", resolution=4),
    GazRecord(11, 11, "Morrisa", 40.21, -74.78, "USA", "PPL", 5_000, admin1="Pennsylvania", resolution=4),
    # a small town and the district of its name
    GazRecord(12, 12, "Shopo", 33.72, 74.83, "INX", "PPL", 16_000, resolution=4),
    GazRecord(13, 13, "Shupo", 33.72, 74.83, "INX", "ADM2", 16_000, resolution=3),
]
NAMES = {2: [("Isabo City", KIND_ALTERNATE)], 3: [("Rajo district", KIND_ALIAS), ("Rajoori District", KIND_ALIAS)],
         6: [("N.J.", KIND_ALIAS)], 13: [("Shopo district", KIND_ALIAS)]}


def _gp() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, NAMES), WEIGHTS, ner_plus_gazetteer=False)


def _mention(text: str, name: str, source: str = "gaz") -> Mention:
    i = text.index(name)
    return Mention(i, i + len(name), name, source)


def _rec(rid: int) -> GazRecord:
    return replace(next(r for r in RECORDS if r.id == rid), kind=KIND_MAIN)


# -- a level word that is part of a name ------------------------------------------------------------------------------

def test_a_name_closed_by_a_level_word_the_gazetteer_holds_whole_is_read_whole() -> None:
    text = "Soldiers clashed with gunmen on the outskirts of Isabo City, Basilo, on Sunday."
    got = _gp()._spelled_runs(text, [_mention(text, "Isabo")])
    assert [m.text for m in got] == ["Isabo City"]


@pytest.mark.parametrize("text", [
    "Soldiers clashed with gunmen on the outskirts of Isabo Town on Sunday.",  # the gazetteer lacks the run
    "Officials in Isabo Monday said the road was shut.",  # a day word, no level word
])
def test_a_run_the_gazetteer_lacks_keeps_the_found_name(text: str) -> None:
    got = _gp()._spelled_runs(text, [_mention(text, "Isabo")])
    assert [m.text for m in got] == ["Isabo"]


def test_a_known_name_keeps_its_span_before_an_area_level_word() -> None:
    text = "A soldier was killed in an IED blast in Pallo sector of Akno in Rajoori District on Sunday."
    got = _gp()._spelled_runs(text, [_mention(text, "Rajoori")])
    assert [m.text for m in got] == ["Rajoori"]


def test_a_run_into_the_next_found_name_is_not_taken() -> None:
    text = "Farmers marched from Isabo City Hall to the port."
    ms = [_mention(text, "Isabo"), Mention(text.index("City Hall"), text.index("City Hall") + 9, "City Hall", "gaz")]
    assert [m.text for m in _gp()._spelled_runs(text, ms)] == ["Isabo", "City Hall"]


@pytest.mark.parametrize("text, name", [
    ("Police arrested two protesters who blocked a road in Trento Township on Saturday.", "Trento"),
    ("Protesters rallied in Howello Twp. on Sunday.", "Howello"),
])
def test_a_township_is_read_with_its_word_and_typed(text: str, name: str) -> None:
    got = _gp()._spelled_runs(text, [_mention(text, name)])
    assert len(got) == 1 and got[0].text.startswith(name + " T") and got[0].source == "typed"


def test_a_township_word_only_after_the_name() -> None:
    text = "Township officials in Trento said the road was shut."
    got = _gp()._spelled_runs(text, [_mention(text, "Trento")])
    assert [(m.text, m.source) for m in got] == [("Trento", "gaz")]


def test_a_name_known_only_with_its_lower_case_level_word_takes_it() -> None:
    text = "Two militants were killed in the Kando forest area of Rajo district on Thursday."
    got = _gp()._spelled_runs(text, [_mention(text, "Kando"), _mention(text, "Rajo", "typed")])
    assert [m.text for m in got] == ["Kando", "Rajo district"]
    assert got[1].source == "typed"


@pytest.mark.parametrize("text", [
    "Police in Kando district arrested two men on Monday.",  # the gazetteer has no area named so
    "Police in Rajo said the district was calm.",  # no level word right after it
    "Security forces killed two militants in Shopo district on Sunday.",  # known alone: the resolver reads the word
])
def test_a_known_name_or_one_without_its_level_word_is_not_widened(text: str) -> None:
    name = next(n for n in ("Kando", "Rajo", "Shopo") if n in text)
    got = _gp()._spelled_runs(text, [_mention(text, name, "typed")])
    assert [m.text for m in got] == [name]


def test_a_forest_of_a_district_known_by_its_level_word_e2e() -> None:
    text = "Security forces killed two militants in the Kando forest area of Rajo district on Thursday."
    got = {p.text: p for p in _gp().places(Article("a", text), split_sentences(text), [], set())}
    assert "Rajo district" in got and got["Rajo district"].resolved_place == "Rajoori"


# -- a bare small town of another US state ------------------------------------------------------------------------------

def _towns(text: str, names: list[tuple[str, int]], source: str = "gaz") -> list[GazRecord | None]:
    ms = [_mention(text, n, source) for n, _ in names]
    return _gp()._out_of_state_towns(text, ms, [_rec(rid) for _, rid in names])


def test_a_bare_small_town_of_another_state_is_no_reading_in_a_local_story() -> None:
    text = "TRENTO, N.J. - Protesters rallied outside a warehouse in Howello on Saturday."
    got = _towns(text, [("TRENTO", 5), ("N.J.", 6), ("Howello", 7)])
    assert got[2] is None and got[0] is not None and got[1] is not None


@pytest.mark.parametrize("text, names", [
    # the town's state is written
    ("TRENTO, N.J. - Protesters rallied outside a warehouse in Howello, Michigan, on Saturday.",
     [("TRENTO", 5), ("N.J.", 6), ("Howello", 7), ("Michigan", 8)]),
    # another place of its state is named
    ("TRENTO, N.J. - Workers struck in Howello and Lansa on Saturday.",
     [("TRENTO", 5), ("N.J.", 6), ("Howello", 7), ("Lansa", 9)]),
    # a big city stands alone
    ("TRENTO, N.J. - Protesters rallied in Bigtown on Saturday.", [("TRENTO", 5), ("N.J.", 6), ("Bigtown", 10)]),
    # a town across the state line from the dateline
    ("TRENTO, N.J. - Protesters rallied in Morrisa on Saturday.", [("TRENTO", 5), ("N.J.", 6), ("Morrisa", 11)]),
    # the dateline writes no state
    ("TRENTO - Protesters rallied in Howello on Saturday.", [("TRENTO", 5), ("Howello", 7)]),
    # no dateline
    ("Protesters in New Jersey rallied in Howello on Saturday.", [("New Jersey", 6), ("Howello", 7)]),
])
def test_a_town_of_another_state_keeps_its_reading(text: str, names: list[tuple[str, int]]) -> None:
    got = _towns(text, names)
    assert all(r is not None for r in got)


# -- mediators are no venue --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, is_mediator", [
    ("agreed to a truce brokered by Saudo and the Unito.", "Saudo", True),
    ("agreed to a truce brokered by Saudo and the Unito.", "Unito", True),
    ("held talks in Cairo in a process mediated by Qatro, Egypto and the Unito.", "Egypto", True),
    ("held talks in Cairo in a process mediated by Qatro, Egypto and the Unito.", "Cairo", False),
    ("met for talks under the auspices of Omano on Monday.", "Omano", True),
    ("agreed to a ceasefire with the mediation of Omano and Qatro.", "Qatro", True),
    ("exchanged 150 prisoners each in a Emiro-mediated swap.", "Emiro", True),
    ("held talks hosted by Kazo in Almo.", "Kazo", False),  # a host is a venue
    ("a truce brokered by Saudo was signed in Jedda.", "Jedda", False),
])
def test_mediators(text: str, name: str, is_mediator: bool) -> None:
    assert _elsewhere(text, place(text, name, "XXX", 1, "PCLI")) is is_mediator




def test_a_deal_with_a_venue_is_there_not_at_its_mediators() -> None:
    text = "The army and the rebels signed a ceasefire in Jedda on Saturday in a deal brokered by Saudo and the Unito."
    loc = located(text, "signed", [place(text, "Jedda", "SAX", 4), place(text, "Saudo", "SAX", 1, "PCLI"),
                                place(text, "Unito", "USX", 1, "PCLI")])
    assert loc is not None and loc.resolved_place == "Jedda"


def test_a_deal_without_a_venue_is_not_at_its_mediators() -> None:
    text = "The army and the rebels agreed on Saturday to a truce brokered by Saudo and the Unito."
    loc = located(text, "agreed", [place(text, "Saudo", "SAX", 1, "PCLI"), place(text, "Unito", "USX", 1, "PCLI")])
    assert loc is None or loc.country_code not in ("SAX", "USX")


# -- a building written in a town is no namesake far away ---------------------------------------------------------------

def _placed(text: str, name: str, res: int, lat: float, lon: float, feature: str = "PPL") -> Place:
    return replace(place(text, name, "USX", res, feature), lat=lat, lon=lon)


def test_a_building_read_far_from_the_town_it_is_written_in_is_contradicted() -> None:
    text = "Hundreds of teachers rallied outside the Capito in Salo on Monday."
    capitol = _placed(text, "Capito", 5, 38.89, -77.01, "BLDG")
    salem = _placed(text, "Salo", 4, 44.94, -123.04)
    assert _contradicted(text, capitol, [capitol, salem])
    loc = located(text, "rallied", [capitol, salem])
    assert loc is not None and loc.resolved_place == "Salo"


@pytest.mark.parametrize("text, lat, lon", [
    ("Hundreds of teachers rallied outside the Capito in Salo on Monday.", 44.93, -123.03),  # the town's own
    ("Hundreds of teachers rallied outside the Capito near Salo on Monday.", 38.89, -77.01),  # not written "in" it
])
def test_a_building_in_its_town_or_only_near_one_stands(text: str, lat: float, lon: float) -> None:
    capitol = _placed(text, "Capito", 5, lat, lon, "BLDG")
    salem = _placed(text, "Salo", 4, 44.94, -123.04)
    assert not _contradicted(text, capitol, [capitol, salem])
