"""Shelling needs a heavy weapon or firing at a place: people fired on are shot (session 12 review; "Troops fired on
striking dockers" read Shelling with mode heavy-weapons). Sentences written for this test."""
from __future__ import annotations

from typing import Any

import pytest

from coding_parts import code_sentence
from newsevents.coding.evidence import lacks_evidence

_SHELLING = "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "Troops fired on striking dockers at the port, killing one.",
    "Soldiers fired at a man who ran from the checkpoint.",
    "Police fired on farmers blocking the road.",
    "Guards fired at the miners as they left the pit.",
    "Gunmen fired on a group of pilgrims near the shrine.",
])
def test_firing_at_people_is_no_shelling_evidence(text: str) -> None:
    assert lacks_evidence(_SHELLING, text)


@pytest.mark.parametrize("text", [
    "Rebels fired on the town from the hills.",
    "The army fired into the district overnight.",
    "Troops fired mortars at the village.",
])
def test_firing_at_a_place_or_with_heavy_weapons_stays_evidence(text: str) -> None:
    assert not lacks_evidence(_SHELLING, text)


def test_troops_firing_on_strikers_is_excessive_force_not_shelling(nlp: Any, coder: Any) -> None:
    evs = code_sentence(nlp, coder, "Troops fired on striking dockers at the port of Matadi, killing one.")
    assert evs and evs[0].event == "ASSAULT"
    assert evs[0].acled_sub_event_type != _SHELLING
    assert "heavy-weapons" not in evs[0].mode
