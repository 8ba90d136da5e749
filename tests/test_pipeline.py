"""The runner: stage order, offsets, ids, error policy — with small fakes instead of models."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import spacy

from newsevents.pipeline import Pipeline
from newsevents.records import Article, Event, Location, Place, Sentence, Size, Trigger


class FakeCoder:
    """An ASSAULT for every sentence holding 'attacked' (the real coder is tested elsewhere)."""

    def code_batch(self, article: Article, items: list[tuple[Sentence, Any]],
                   add_entities: Any = None, screened: bool = False) -> list[Event]:
        out = []
        for sent, _doc in items:
            i = sent.text.find("attacked")
            if i < 0:
                continue
            start = sent.start + i
            out.append(Event(id="", event="ASSAULT", mode=(), context=(), quad_code=4, event_scale=-9.0,
                             cameo_root="18", acled_event_type=None, acled_sub_event_type=None, actor=(),
                             recipient=(), trigger=Trigger(start, start + 8, "attacked"), event_loc=None,
                             date=None, date_precision=None, aux=(), size=Size(), event_text=sent.text,
                             sentence=sent, confidence=0.9, article_id=article.id))
        return out


class FakeGeo:
    def places(self, article: Article, sentences: list[Sentence], ents: list[tuple[int, int, str]],
               parsed: set[int]) -> list[Place]:
        i = article.text.find("Goma")
        return [Place(i, i + 4, "Goma", "Goma", 216281, -1.68, 29.22, "COD", "PPLA")] if i >= 0 else []

    def event_location(self, article: Article, sentence: Sentence, trigger: Trigger | None,
                       places: list[Place]) -> Location | None:
        return Location.from_place(places[0]) if places else None


def _pipeline() -> Pipeline:
    return Pipeline(spacy.blank("en"), FakeCoder(), FakeGeo(), batch_size=4)


TEXT = ("GOMA, Congo (Newswire) — Rebels attacked a village near Goma on Tuesday. "
        "The weather was mild. Residents said the rebels attacked again on Monday.")


def test_events_get_location_date_and_stable_ids() -> None:
    art = Article("a1", TEXT, published=date(2024, 3, 13))
    r1 = _pipeline().run_one(art)
    assert r1.error is None
    assert [e.event for e in r1.events] == ["ASSAULT", "ASSAULT"]
    first = r1.events[0]
    assert TEXT[first.trigger.start:first.trigger.end] == "attacked"  # type: ignore[union-attr]
    assert first.event_loc is not None and first.event_loc.country_code == "COD"
    assert first.date == "2024-03-12" and first.date_precision == "day"
    assert first.id and first.id == _pipeline().run_one(art).events[0].id
    assert len({e.id for e in r1.events}) == 2


def test_bad_articles_become_error_results_and_batch_goes_on() -> None:
    arts = [Article("empty", "   "), Article("ok", TEXT), Article("nul", "a\x00b"),
            Article("huge", "x" * 5_000_001)]
    results = list(_pipeline().run(arts))
    assert [r.article.id for r in results] == ["empty", "ok", "nul", "huge"]
    assert [r.error is None for r in results] == [True, True, False, False]
    assert results[0].events == () and results[1].events
    assert "NUL" in (results[2].error or "") and "5 MB" in (results[3].error or "")


def test_no_published_date_gives_no_relative_date() -> None:
    r = _pipeline().run_one(Article("a1", TEXT))
    assert all(e.date is None for e in r.events)


def test_undated_sentence_takes_the_lead_date() -> None:
    text = ("GOMA, Congo (Newswire) — Rebels attacked a village near Goma on Tuesday. "
            "Witnesses said gunmen attacked the market too.")
    r = _pipeline().run_one(Article("a2", text, published=date(2024, 3, 13)))
    assert {e.date for e in r.events} == {"2024-03-12"}


def test_ner_scope_is_checked_and_falls_back_without_a_ner_model() -> None:
    import pytest

    with pytest.raises(ValueError):
        Pipeline(spacy.blank("en"), FakeCoder(), FakeGeo(), ner="some")
    assert Pipeline(spacy.blank("en"), FakeCoder(), FakeGeo(), ner="all").ner_scope == "none"


def test_a_text_holding_several_stories_is_coded_story_by_story() -> None:
    first = ("Rebels attack village near Goma\n\n"
             "GOMA, Congo, March 12 (Newswire) — Rebels attacked a village near Goma on Tuesday.\n\n"
             "Witnesses said the rebels attacked the market too.\n\n")
    second = ("Zoo welcomes giraffe calf\n\n"
              "DUBLIN (Newswire) — Dublin Zoo welcomed a giraffe calf on Monday, keepers said.\n\n"
              "Later that week, gunmen attacked a bank in the city, police said.\n")
    text = first + second
    r = _pipeline().run_one(Article("dump", text, published=date(2024, 3, 13)))
    assert r.error is None
    for ev in r.events:
        assert text[ev.trigger.start:ev.trigger.end] == "attacked"  # type: ignore[union-attr]
        assert text[ev.sentence.start:ev.sentence.end] == ev.event_text
    # each story keeps its own lead date: the second story's undated attack is not dated by the first
    assert [e.date for e in r.events if e.sentence.start >= len(first)] == ["2024-03-11"]
    assert [s.sequence for s in r.sentences] == list(range(len(r.sentences)))


def test_sector_only_actors_take_the_country_of_the_place_in_their_sentence() -> None:
    from newsevents.pipeline import _with_place_country
    from newsevents.records import Entity

    text = "Police arrested 12 protesters in Nairobi."
    s = Sentence(0, 0, len(text), text)
    ev = FakeCoder().code_batch(Article("a", "Rebels attacked."), [(Sentence(0, 0, 16, "Rebels attacked."), None)])[0]
    loc = Location("Nairobi", "Nairobi", 184745, -1.28, 36.82, None, "KEN", "PPLC", 4, 33, 40)
    ev = dataclasses.replace(ev, sentence=s, event_loc=loc,
                             actor=(Entity("Police", 0, 6, None, "COP"),),
                             recipient=(Entity("12 protesters", 16, 29, "UGA", "CVL"), Entity("it", 0, 0)))
    got = _with_place_country(ev)
    assert [a.code for a in got.actor] == ["KEN"]
    assert [r.code for r in got.recipient] == ["UGA", None]  # known codes and sectorless words stay
