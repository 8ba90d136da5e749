"""Story-level dates (session 7, P7): an earlier report day does not date a statement about what it does not tell, and a past
war told as background dates the sentence that goes on with it. All sentences are made up for these tests."""
from __future__ import annotations

from datetime import date

from story_parts import Spec, run_story

_SANCTIONS = ("BRUSSELS, May 21 (Wire) - EU governments on Wednesday approved new sanctions against Ruritania.\n\n"
              "Slovakia had blocked the package for weeks. Its prime minister said on Tuesday that he had received "
              "assurances.\n\nRuritania's foreign ministry said the {noun} were illegal and that it would respond.")


def _respond_date(noun: str) -> str | None:
    specs = [Spec("approved", "SANCTION", 3), Spec("respond", "THREATEN", 3)]
    events = run_story(_SANCTIONS.format(noun=noun), specs, [], "BRUSSELS", date(2026, 5, 21))
    return next(e for e in events if e.event == "THREATEN").date


def test_an_earlier_report_day_does_not_date_a_statement_on_what_it_does_not_tell() -> None:
    assert _respond_date("measures") == "2026-05-20"  # the lead's day, not Tuesday


def test_a_statement_on_what_the_report_tells_keeps_its_day() -> None:  # guard
    assert _respond_date("assurances") == "2026-05-19"


_WAR = ("JAMMU, April 9 (Wire) - Troops shelled villages along the frontier on Thursday, officials said.\n\n"
        "The neighbours fought a brief conflict in May 2025 after militants killed 26 tourists. "
        "Troops launched missile strikes on camps across the border before a ceasefire was agreed.")


def test_a_sentence_going_on_with_a_past_war_takes_its_date() -> None:
    specs = [Spec("shelled", "ASSAULT", 4), Spec("launched", "ASSAULT", 4)]
    events = run_story(_WAR, specs, [], "JAMMU", date(2026, 4, 9))
    strikes = next(e for e in events if e.trigger is not None and e.trigger.text == "launched")
    assert strikes.date == "2025-05-01" and "historical" in strikes.aux
    lead = next(e for e in events if e.trigger is not None and e.trigger.text == "shelled")  # guard
    assert lead.date == "2026-04-09" and "historical" not in lead.aux


def test_an_aside_date_inside_a_sentence_is_not_a_scene() -> None:  # guard: not every inner date sets a scene
    text = ("JAMMU, April 9 (Wire) - Troops shelled villages along the frontier on Thursday, officials said.\n\n"
            "The commander was arrested in May 2025 after militants killed 26 tourists. "
            "Troops closed the border crossings.")
    specs = [Spec("shelled", "ASSAULT", 4), Spec("closed", "COERCE", 4)]
    events = run_story(text, specs, [], "JAMMU", date(2026, 4, 9))
    closed = next(e for e in events if e.trigger is not None and e.trigger.text == "closed")
    assert closed.date == "2026-04-09" and "historical" not in closed.aux


_TALKS = ("BOGOTA, Sept 17 (Wire) - The government on Wednesday suspended peace talks with the rebels after an attack "
          "on a military base killed four soldiers.\n\nRebels fired explosives at the base {when}, killing four "
          "soldiers, the army said.")


def _attack_days(when: str) -> list[str | None]:
    specs = [Spec("suspended", "SANCTION", 3), Spec("killed", "ASSAULT", 4), Spec("fired", "ASSAULT", 4)]
    events = run_story(_TALKS.format(when=when), specs, [], "BOGOTA", date(2026, 9, 17))
    return [e.date for e in events if e.event == "ASSAULT"]


def test_a_deed_after_which_the_dated_act_came_takes_the_next_sentence_s_earlier_day() -> None:
    assert _attack_days("early on Tuesday") == ["2026-09-15"]  # one attack, on Tuesday


def test_an_after_clause_deed_keeps_the_day_when_the_next_sentence_gives_none() -> None:  # guard
    assert "2026-09-16" in _attack_days("with drones")
