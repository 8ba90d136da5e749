"""Whole-story review 14 (session 8, K8): story-level dates without a publication date, the scene a souring of
relations sets, a statement after an earlier step's day, and which parties take the country of the event's place.
All stories are made up for these tests; the pipeline runs with a fake coder and geoparser (tests/story_parts.py)."""
from __future__ import annotations

from datetime import date
from typing import Any

import spacy

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event
from story_parts import NamesGeo, Spec, SpecCoder, run_story


def _run(text: str, specs: list[Spec], published: date | None, names: Any = (), dateline: str = "") -> list[Event]:
    res = Pipeline(spacy.blank("en"), SpecCoder(specs), NamesGeo(names, dateline)).run_one(
        Article("a", text, published=published))
    assert res.error is None
    return list(res.events)


def _by_trigger(events: list[Event], word: str) -> Event:
    return next(e for e in events if e.trigger is not None and e.trigger.text == word)


# --- no publication date -------------------------------------------------------------------------------------

_MARCH = ("SANTIAGO, Chile (Wire) - Thousands of teachers marched through the capital on Thursday to demand "
          "higher pay.\n\nThe march ended with speeches outside the ministry.\n\nThe country was shaken in 2019 by "
          "weeks of violent protests that left more than 30 people dead.")
_MARCH_SPECS = [Spec("marched", "PROTEST", 4, ("demo",)), Spec("protests", "PROTEST", 4, ("riot",))]


def test_an_undated_lead_takes_no_background_year_nor_its_toll() -> None:
    events = _run(_MARCH, _MARCH_SPECS, None)
    lead = _by_trigger(events, "marched")
    assert lead.date is None and lead.size.dead is None and lead.mode == ("demo",)
    assert _by_trigger(events, "protests").date == "2019-01-01"  # the background protests are an event of their own


def test_with_a_publication_date_the_lead_keeps_its_day() -> None:  # guard
    events = _run(_MARCH, _MARCH_SPECS, date(2024, 5, 24))
    assert _by_trigger(events, "marched").date == "2024-05-23"


_CAMP = ("PEMBA, Mozambique (Wire) - Insurgents attacked a camp near the coast on Tuesday, the army said. "
         "The insurgency began in 2017. Soldiers drove the attackers back after a gunfight.")


def test_without_publication_sentences_going_on_with_the_lead_take_no_explicit_year() -> None:
    specs = [Spec("attacked", "ASSAULT", 4), Spec("drove", "ASSAULT", 4)]
    events = _run(_CAMP, specs, None)
    assert all(e.date is None for e in events)


def test_without_publication_undated_sentences_still_merge_with_the_lead() -> None:
    text = ("PEMBA, Mozambique (Wire) - Insurgents attacked a camp near the coast on Tuesday, the army said. "
            "Insurgents attacked the camp with rifles and machetes.")
    events = _run(text, [Spec("attacked", "ASSAULT", 4)], None)
    assert len(events) == 1


# --- the scene a souring of relations sets -------------------------------------------------------------------

_RELATIONS = ("CANBERRA, March 5 (Wire) - The two leaders signed a defence pact on Wednesday.\n\n"
              "{background} Jakarta suspended military cooperation for several months.")


def _suspended(background: str) -> Event:
    specs = [Spec("signed", "AGREE", 1), Spec("suspended", "SANCTION", 3)]
    return _by_trigger(run_story(_RELATIONS.format(background=background), specs, [], "CANBERRA",
                                 date(2026, 3, 5)), "suspended")


def test_a_souring_of_relations_sets_the_scene() -> None:
    ev = _suspended("Relations between the neighbours were strained in 2013, when Jakarta recalled its ambassador.")
    assert ev.date == "2013-01-01" and "historical" in ev.aux


def test_an_inner_date_of_another_deed_is_no_scene() -> None:  # guard
    ev = _suspended("Jakarta recalled its ambassador in 2013 over a spying row.")
    assert ev.date == "2026-03-04" and "historical" not in ev.aux


# --- a statement after an earlier step's day -------------------------------------------------------------------

_SHIP = ("ROME, July 8 (Wire) - The coast guard rescued 300 migrants late on Tuesday.\n\n{middle} "
         "The charity accused the government of keeping rescue ships away.")


def _accused(middle: str) -> str | None:
    specs = [Spec("rescued", "AID", 2), Spec("accused", "ACCUSE", 3)]
    return _by_trigger(run_story(_SHIP.format(middle=middle), specs, [], "ROME", date(2026, 7, 8)), "accused").date


def test_an_earlier_steps_day_does_not_date_the_next_statement() -> None:
    assert _accused("The charity ship was ordered to sail north with the 84 people it had picked up on Sunday.") \
        == "2026-07-07"  # the lead's day


def test_a_day_the_sentence_before_gives_its_report_dates_the_statement() -> None:  # guard
    assert _accused("The charity said on Sunday it had picked up 84 people.") == "2026-07-05"


# --- which parties take the country of the event's place -------------------------------------------------------

_PLACES = [("Copenhagen", "DNK", 4, "PPLC")]


def _party_code(sentence: str, spec: Spec, recipient: bool) -> str | None:
    text = "COPENHAGEN, Oct 1 (Wire) - " + sentence
    ev = _by_trigger(run_story(text, [spec], _PLACES, "COPENHAGEN", date(2026, 10, 1)), spec.trigger)
    parties = ev.recipient if recipient else ev.actor
    return parties[0].code


def test_a_proxy_accused_takes_no_country_from_the_speakers_place() -> None:
    spec = Spec("blamed", "ACCUSE", 3, actor=(("Denmark", "DNK", "GOV"),),
                recipient=(("a pro-Russian hacker group", None, "REB"),))
    assert _party_code("Denmark blamed a pro-Russian hacker group for the outage in Copenhagen.", spec, True) is None


def test_a_cyber_attacker_takes_no_country_from_the_targets_place() -> None:
    spec = Spec("attacked", "ASSAULT", 4, ("cyber",), actor=(("Hackers", None, "REB"),))
    assert _party_code("Hackers attacked the websites of ministries in Copenhagen.", spec, False) is None


def test_parties_that_were_there_keep_the_places_country() -> None:  # guards
    arrest = Spec("arrested", "COERCE", 4, ("arrest",), actor=(("Police", None, "COP"),),
                  recipient=(("members of a pro-Russian group", None, "REB"),))
    text = "Police arrested members of a pro-Russian group in Copenhagen."
    assert _party_code(text, arrest, True) == "DNK" and _party_code(text, arrest, False) == "DNK"
    praise = Spec("approved", "SUPPORT", 1, actor=(("The city board", None, "GOV"),),
                  recipient=(("county nurses", None, "MED"),))
    assert _party_code("The city board approved raises for county nurses in Copenhagen.", praise, True) == "DNK"


def test_migrants_take_no_country_from_the_place_they_were_rescued() -> None:
    rescue = Spec("rescued", "AID", 2, actor=(("The coast guard", None, "COP"),),
                  recipient=(("86 migrants", None, "REF"),))
    text = "The coast guard rescued 86 migrants off a beach in Copenhagen."
    assert _party_code(text, rescue, True) is None
    assert _party_code(text, rescue, False) == "DNK"  # guard: the rescuers were there and are of it
