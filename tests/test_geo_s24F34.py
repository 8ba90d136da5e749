"""Toponyms, session 24 (F34): two geo rules the parser and the resolver held twice now live in the resolver.

- "near the Bono forest in Lamo": a town abroad that names a forest, river, range or valley of the story is a
  namesake (`resolve._foreign_wild_namesakes`, run last in `Resolver.resolve`).
- "OUAGA - ... in the Sahal region": a wide area of no country written with a level word is the dateline country's
  first-level area of that name (`resolve._dateline_areas_over_regions`, run last in `Resolver.resolve`; the
  story-country pass `_home_areas_over_regions` runs mid-way).

The resolver owns both, so they hold for spans given from outside (gold toponyms) as for spotted ones.
Made-up names."""
from __future__ import annotations

import pytest

from newsevents.geo import GeoParser
from newsevents.geo.fakes import WEIGHTS
from newsevents.geo.gazetteer import GazRecord, InMemoryGazetteer
from newsevents.geo.resolve import _dateline_areas_over_regions, _foreign_wild_namesakes
from newsevents.records import Article
from newsevents.segment import split_sentences

RECORDS = [
    GazRecord(11, 11, "Bono", 50.7, 7.1, "DEX", "PPL", 300_000, resolution=4),
    GazRecord(12, 12, "Lamo", -2.27, 40.9, "KEX", "PPL", 30_000, resolution=4),
    GazRecord(13, 13, "Harro", -17.8, 31.0, "ZWX", "PPLC", 1_500_000, resolution=4),
    GazRecord(14, 14, "Nairo", -1.29, 36.8, "KEX", "PPLC", 4_000_000, resolution=4),
    GazRecord(41, None, "Sahal", 15.0, 5.0, None, "RGN", 50_000_000, resolution=1),
    GazRecord(42, 42, "Sahal", 14.2, -0.4, "BFX", "ADM1", 170_000, admin1="Sahal", resolution=2),
    GazRecord(43, 43, "Ouaga", 12.4, -1.5, "BFX", "PPLC", 2_000_000, resolution=4),
]
BY_NAME = {r.name: r for r in RECORDS if r.feature != "ADM1"}


def _gp() -> GeoParser:
    return GeoParser(InMemoryGazetteer(RECORDS, {}), WEIGHTS, ner_plus_gazetteer=False)


def _spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Each name's span, a repeated name at its next occurrence."""
    out: list[tuple[int, int]] = []
    for n in names:
        i = text.index(n, out[-1][1] if out and n in [text[s:e] for s, e in out] else 0)
        out.append((i, i + len(n)))
    return out


def _wild(text: str, names: tuple[str, ...], dateline_country: str | None) -> list[GazRecord | None]:
    slots = _gp().resolver.slots(text, _spans(text, names))
    return _foreign_wild_namesakes(text, slots, [BY_NAME[n.split()[0].capitalize()] for n in names], dateline_country)


# -- the wild-feature namesake -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["forest", "river", "hills", "game reserve", "river valley"])
def test_a_wild_feature_named_for_a_town_abroad_is_a_namesake_under_a_dateline(word: str) -> None:
    text = f"NAIRO - Militants attacked a police post near the Bono {word} on Friday."
    got = _wild(text, ("NAIRO", "Bono"), "KEX")
    assert got[1] is None and got[0] is not None


@pytest.mark.parametrize("text, names, cc", [
    # a town on its own river: the dateline's country
    ("NAIRO - Floods hit the Lamo river on Friday.", ("NAIRO", "Lamo"), "KEX"),
    # another place of the story lies in the town's country
    ("Militants attacked a post near the Bono forest, officials in Bono said.", ("Bono", "Bono"), None),
    # a capitalised word after the name: "Bono Forest Lodge" is no wild word in lower case
    ("NAIRO - Guests left the Bono Forest Lodge on Friday.", ("NAIRO", "Bono"), "KEX"),
    # the wild word is not right after the name
    ("NAIRO - Bono said the forest burned on Friday.", ("NAIRO", "Bono"), "KEX"),
])
def test_a_town_on_its_own_feature_or_with_no_wild_word_keeps_its_reading(text: str, names: tuple[str, ...],
                                                                            cc: str | None) -> None:
    assert all(r is not None for r in _wild(text, names, cc))


def test_the_dateline_itself_is_never_a_namesake() -> None:
    text = "BONO river - Officials in Lamo said the water rose."
    slots = _gp().resolver.slots(text, _spans(text, ("BONO", "Lamo")))
    got = _foreign_wild_namesakes(text, slots, [BY_NAME["Bono"], BY_NAME["Lamo"]], "KEX")
    assert got[0] is not None


def test_no_spans_and_no_readings_are_left_alone() -> None:
    assert _foreign_wild_namesakes("", [], [], None) == []
    text = "Rebels hid in the Bono forest."
    slots = _gp().resolver.slots(text, _spans(text, ("Bono",)))
    assert _foreign_wild_namesakes(text, slots, [None], "KEX") == [None]


def test_the_resolver_drops_the_namesake_for_given_spans_too() -> None:
    text = "NAIRO - Militants attacked a police post near the Bono forest in Lamo on Friday."
    got = _gp().resolver.resolve(text, _spans(text, ("NAIRO", "Bono", "Lamo")), "KEX", fallback=False)
    assert got[1] is None and got[2] is not None and got[2].country == "KEX"


def test_the_wild_namesake_e2e_with_a_dateline() -> None:
    text = "NAIRO - Militants attacked a police post near the Bono forest on Friday."
    got = {p.text for p in _gp().places(Article("a", text), split_sentences(text), [], set())}
    assert "Bono" not in got


# -- the Sahel belt by the dateline's country ---------------------------------------------------------------------------

def _region(text: str, name: str, cc: str | None, rec: GazRecord | None = RECORDS[4]) -> GazRecord | None:
    slots = _gp().resolver.slots(text, _spans(text, (name,)))
    return _dateline_areas_over_regions(_gp().gazetteer, text, slots, [rec], cc)[0]


@pytest.mark.parametrize("text, name", [
    ("OUAGA - Militants raided Kouro in the Sahal province on Monday.", "Sahal province"),
    ("OUAGA - Militants raided Kouro in the Sahal department on Monday.", "Sahal"),
])
def test_the_belt_with_any_level_word_is_the_dateline_countrys_area(text: str, name: str) -> None:
    rec = _region(text, name, "BFX")
    assert rec is not None and rec.feature == "ADM1" and rec.country == "BFX"


@pytest.mark.parametrize("text, name, cc, rec", [
    ("OUAGA - Militants raided Kouro in the Sahal region.", "Sahal region", "BFX", None),  # no reading
    ("OUAGA - Militants raided Kouro near Lamo region.", "Lamo region", "BFX", RECORDS[1]),  # a country's town
    ("NAIRO - Jihadists spread in the Sahal region.", "Sahal region", "KEX", RECORDS[4]),  # no such area there
])
def test_readings_with_a_country_none_or_no_area_are_left(text: str, name: str, cc: str, rec: GazRecord | None
                                                          ) -> None:
    assert _region(text, name, cc, rec) == rec


def test_the_resolver_reads_the_belt_by_the_dateline_for_given_spans_too() -> None:
    text = "OUAGA - Militants raided a village in the Sahal region on Monday."
    got = _gp().resolver.resolve(text, _spans(text, ("OUAGA", "Sahal region")), "BFX", fallback=True)
    assert got[1] is not None and got[1].feature == "ADM1" and got[1].country == "BFX"


def test_the_belt_spread_over_by_across_stays_the_belt() -> None:
    text = "OUAGA - Jihadists are active across the Sahal region, the minister said."
    assert _region(text, "Sahal region", "BFX") == RECORDS[4]


def test_odd_spans_past_the_text_never_crash() -> None:
    text = "NAIRO - Rebels hid in the Bono forest."
    slots = _gp().resolver.slots(text, [(0, 5), (200, 210)])
    assert _foreign_wild_namesakes(text, slots, [BY_NAME["Nairo"], BY_NAME["Bono"]], "KEX")[1] is not None
    assert _dateline_areas_over_regions(_gp().gazetteer, text, slots, [None, RECORDS[4]], "BFX")[1] == RECORDS[4]
