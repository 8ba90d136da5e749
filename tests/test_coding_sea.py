"""Force and coercion between ships (coder.sea_force): coast guards and navies ramming, water-cannoning or
blocking vessels are coded even where the classifier, trained mostly on land conflict, abstains."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.story_guards import sea_force


@pytest.mark.parametrize("text, expected", [
    ("A Chinese coast guard ship rammed a Philippine vessel near the Spratly Islands.", ("ASSAULT", "Attack")),
    ("Coast guard cutters fired water cannon at a Philippine supply boat.", ("ASSAULT", "Attack")),
    ("A navy frigate deliberately collided with a fishing trawler.", ("ASSAULT", "Attack")),
    ("Coast guard ships blocked a Philippine resupply boat heading to the shoal.", ("COERCE", "Other")),
    ("Chinese maritime militia vessels shadowed and harassed a research ship.", ("COERCE", "Other")),
])
def test_force_against_vessels(text: str, expected: tuple[str, str]) -> None:
    assert sea_force(text) == expected


@pytest.mark.parametrize("text", [
    "A cargo ship collided with a fishing boat in dense fog off the coast.",  # an accident
    "The navy water-cannoned a burning tanker to put out the fire.",  # fire-fighting
    "The coast guard rescued 40 migrants from a sinking boat.",
    "Protesters rammed a police van with a truck.",  # no coast guard or navy: the classifier decides
    "The navy held drills in which frigates rammed target boats.",
])
def test_not_force_against_vessels(text: str) -> None:
    assert sea_force(text) is None


@pytest.mark.slow
def test_the_coder_codes_a_ramming_it_would_miss(nlp: Any) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    text = "A Chinese coast guard ship rammed a Philippine vessel near the Spratly Islands on Monday, Manila said."
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert [(e.event, e.acled_sub_event_type) for e in evs] == [("ASSAULT", "Attack")]


def test_water_cannon_is_crowd_control_not_heavy_weapons() -> None:
    from newsevents.coding.lexicon import load_lexicon
    modes = load_lexicon().mode_res["ASSAULT"]
    text = "Coast guard cutters fired water cannon at a supply boat."
    assert modes["crowd-control"].search(text) and not modes["heavy-weapons"].search(text)
    assert modes["heavy-weapons"].search("Troops fired cannon at the fort.")
