"""Lead, session 18 (issue 3, "no double counting"): a fight with both sides named and a toll told in its sentence
with no doer are one event.

Round R27 gave "Heavy fighting broke out between X and Y" its two sides; the toll told after it ("and at least nine
soldiers were killed") then no longer merged, because its dead are of one side (the recipient's sector differed),
and the story had two Armed clashes for one fight. The dead of a fight may be of either side, so the toll is
matched against both. Each test holds sentences written for it; the first failed before the rule, the others are
guards."""
from __future__ import annotations

from newsevents.coding.merge import merge_duplicates
from story_parts import made_event

_FIGHT = ("Heavy fighting broke out between soldiers and jihadists near the town of Oicha on Sunday, "
          "and at least nine soldiers were killed.")


def _fight_and_toll(text: str, sent: str, fight: str, toll_sent: str, toll_code: str = "COD",
                    seq: int = 0) -> list:
    a = made_event(text, 0, sent, fight, when="2026-03-08", actor=("soldiers", "COD", "MIL"),
                   recipient=("jihadists", "COD", "REB"))
    b = made_event(text, seq, toll_sent, "killed", when="2026-03-08",
                   recipient=("nine soldiers", toll_code, "MIL"))
    return merge_duplicates([a, b])


def test_a_toll_told_with_the_fight_is_the_fight_and_keeps_its_two_sides() -> None:
    out = _fight_and_toll(_FIGHT, _FIGHT, "fighting", _FIGHT)
    assert len(out) == 1
    ev = out[0]
    assert ev.trigger is not None and ev.trigger.text == "fighting"
    assert [e.entity_text for e in ev.actor] == ["soldiers"]
    assert [e.entity_text for e in ev.recipient] == ["jihadists"]
    assert ev.size.dead == 9


def test_a_toll_of_another_side_than_a_one_sided_attack_stays_apart() -> None:  # guard
    text = "Jihadists attacked villagers near the town of Oicha on Sunday, and at least nine soldiers were killed."
    a = made_event(text, 0, text, "attacked", when="2026-03-08", actor=("Jihadists", "COD", "REB"),
                   recipient=("villagers", "COD", "CVL"))
    b = made_event(text, 0, text, "killed", when="2026-03-08", recipient=("nine soldiers", "COD", "MIL"))
    assert len(merge_duplicates([a, b])) == 2


def test_a_toll_of_people_of_another_country_stays_apart() -> None:  # guard
    out = _fight_and_toll(_FIGHT, _FIGHT, "fighting", _FIGHT, toll_code="UGA")
    assert len(out) == 2


def test_a_toll_told_in_the_next_sentence_joins_the_fight_as_before() -> None:  # guard (the toll-report rule)
    first = "Heavy fighting broke out between soldiers and jihadists near the town of Oicha on Sunday."
    second = "Hospital staff said nine soldiers were killed."
    out = _fight_and_toll(first + " " + second, first, "fighting", second, seq=1)
    assert len(out) == 1 and out[0].trigger is not None and out[0].trigger.text == "fighting"
