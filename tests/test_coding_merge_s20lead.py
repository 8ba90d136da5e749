"""Lead, session 20 (issue 3, "no double counting"): the other side's deed in a fight told as a dyad is that fight.

Round R29 made a fight named by its two sides a dyad (side A the actor, side B the recipient). The other side's
account of the same battle ("the rebels said they had seized several army trucks") then reads B -> A and no longer
merged, so a story gave two Armed clashes for one battle. Sentences written for these tests; the first failed before
the rule, the others are guards."""
from __future__ import annotations

import dataclasses

from newsevents.coding.merge import merge_duplicates
from story_parts import made_event

_FIGHT = "Government troops and Tigray Defence Forces fought heavy battles in Adigrat on Tuesday, residents said."
_CLAIM = "The rebels said they had seized several army trucks."
_TEXT = _FIGHT + " " + _CLAIM


def _pair(second_actor: tuple[str, str, str], second_recipient: tuple[str, str, str],
          sub: str = "Armed clash", when: str = "2026-05-12") -> list:
    a = made_event(_TEXT, 0, _FIGHT, "fought", when="2026-05-12",
                   actor=("Government troops", "ETH", "MIL"), recipient=("Tigray Defence Forces", "ETH", "REB"))
    b = made_event(_TEXT, 1, _CLAIM, "seized", when=when, actor=second_actor, recipient=second_recipient)
    a = dataclasses.replace(a, acled_sub_event_type="Armed clash")
    b = dataclasses.replace(b, acled_sub_event_type=sub)
    return merge_duplicates([a, b])


def test_the_other_sides_deed_in_the_battle_is_the_battle() -> None:
    out = _pair(("rebels", "ETH", "REB"), ("army trucks", "ETH", "MIL"))
    assert len(out) == 1
    assert [e.entity_text for e in out[0].actor] == ["Government troops"]
    assert [e.entity_text for e in out[0].recipient] == ["Tigray Defence Forces"]


def test_a_third_party_acting_stays_apart() -> None:  # guard: civilians are no side of the battle
    out = _pair(("rebels", "ETH", "REB"), ("army trucks", "ETH", "CVL"), sub="Attack")
    assert len(out) == 2


def test_another_day_stays_apart() -> None:  # guard
    out = _pair(("rebels", "ETH", "REB"), ("army trucks", "ETH", "MIL"), when="2026-05-14")
    assert len(out) == 2


def test_sides_of_other_countries_stay_apart() -> None:  # guard: not the same two sides crosswise
    out = _pair(("rebels", "ERI", "REB"), ("army trucks", "ETH", "MIL"))
    assert len(out) == 2


# Weapons shot down and a strike that hit a target, told in two sentences, are two acts (ACLED codes the disrupted
# use apart from the strike); in one sentence this held since round C22.
_DOWNED = "Moldova's air force said it had shot down 12 of 20 drones launched overnight."
_HIT = "It said its own drones hit a fuel depot in the Bryansk region on Tuesday."
_BOTH = _DOWNED + " " + _HIT


def _downed_then(sub: str, sent: str = _HIT, seq: int = 1) -> list:
    a = made_event(_BOTH, 0, _DOWNED, "shot", when="2026-05-12", actor=("air force", "MDA", "MIL"))
    b = made_event(_BOTH, seq, sent, "hit", when="2026-05-12", actor=("drones", "MDA", "MIL"),
                   recipient=("fuel depot", None, None))
    a = dataclasses.replace(a, acled_sub_event_type="Disrupted weapons use")
    b = dataclasses.replace(b, acled_sub_event_type=sub)
    return merge_duplicates([a, b])


def test_weapons_downed_and_a_strike_told_in_two_sentences_are_two_acts() -> None:
    assert len(_downed_then("Air/drone strike")) == 2


def test_a_second_shoot_down_of_the_same_day_is_the_same_act() -> None:  # guard: the rule is for a hit
    assert len(_downed_then("Disrupted weapons use")) == 1
