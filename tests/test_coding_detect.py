"""The fast candidate screen."""
from __future__ import annotations

import pytest

from newsevents.coding.detect import is_candidate


@pytest.mark.parametrize("text", [
    "Police arrested 12 protesters in Nairobi on Sunday after clashes near parliament.",
    "Israeli warplanes struck targets in Gaza overnight.",
    "The two leaders met in Geneva to discuss the ceasefire.",
    "Russia vetoed the resolution on Friday.",
    "Thousands marched through the capital demanding the president's resignation.",
    "The government imposed a curfew in the city.",
    "Rebels seized the town of Goma after heavy fighting.",
])
def test_event_sentences_pass(text: str) -> None:
    assert is_candidate(text)


@pytest.mark.parametrize("text", ["", "By Jane Doe", "Copyright 2024.", "The weather is pleasant today."])
def test_plain_sentences_fail(text: str) -> None:
    assert not is_candidate(text)
