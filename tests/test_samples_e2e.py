"""The bundled sample stories through the real pipeline, against their hand-coded answers.

Figures are printed (run with -s to read them); the asserts hold the floors the samples must meet."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from newsevents.ingest import read_sources
from newsevents.pipeline import build_pipeline, prepare
from newsevents.records import Article, Result
from newsevents.samples import ARTICLE_FILES, ARTICLES_DIR, EXPECTED_PATH

pytestmark = pytest.mark.slow
CONFLICT = {"ASSAULT", "COERCE", "PROTEST", "THREATEN"}


def _stories() -> Iterator[tuple[tuple[str, int], Article]]:
    for name in ARTICLE_FILES:
        arts = [a for a in read_sources([str(ARTICLES_DIR / name)]) if isinstance(a, Article)]
        for i, art in enumerate(arts, 1):
            yield (name, i), art


@pytest.fixture(scope="module")
def coded() -> dict[tuple[str, int], Result]:
    prepare()
    pipe = build_pipeline()
    keys, arts = zip(*_stories())
    return dict(zip(keys, pipe.run(list(arts))))


def _expected() -> list[dict[str, Any]]:
    return list(json.loads(EXPECTED_PATH.read_text(encoding="utf-8")))


def test_every_expected_story_was_read(coded: dict[tuple[str, int], Result]) -> None:
    missing = [(e["file"], e["story"]) for e in _expected() if (e["file"], e["story"]) not in coded]
    assert not missing
    assert all(r.error is None for r in coded.values())


def _score(coded: dict[tuple[str, int], Result]) -> tuple[dict[str, float], list[str]]:
    n = typ = loc = date = actor = 0
    misses: list[str] = []
    for exp in _expected():
        res = coded[(exp["file"], exp["story"])]
        for want in exp["events"]:
            n += 1
            # a negated mention ("had not identified the attackers") is not the event that happened
            same = [e for e in res.events if e.event == want["event"] and "negation" not in e.aux]
            if not same:
                misses.append(f"{exp['file']}#{exp['story']}: no {want['event']} "
                              f"(got {sorted({e.event for e in res.events})})")
                continue
            typ += 1
            # The best candidate: the one agreeing with most of the hand-coded fields.
            def agree(e: Any) -> int:
                return ((e.event_loc is not None and e.event_loc.country_code == want["location_country"])
                        + (e.date == want["date"])
                        + any(a.code == want["actor_country"] for a in e.actor))
            best = max(same, key=agree)
            loc += best.event_loc is not None and best.event_loc.country_code == want["location_country"]
            date += best.date == want["date"]
            actor += want["actor_country"] is None or any(a.code == want["actor_country"] for a in best.actor)
            if best.event_loc is None or best.event_loc.country_code != want["location_country"]:
                misses.append(f"{exp['file']}#{exp['story']}: {want['event']} at "
                              f"{best.event_loc.resolved_place if best.event_loc else None}, "
                              f"want {want['location_name']} ({want['location_country']})")
            if best.date != want["date"]:
                misses.append(f"{exp['file']}#{exp['story']}: {want['event']} dated {best.date}, want {want['date']}")
    return {"type_recall": typ / n, "location_country": loc / max(1, typ), "date": date / max(1, typ),
            "actor_country": actor / max(1, typ)}, misses


def test_sample_events_come_out_right(coded: dict[tuple[str, int], Result]) -> None:
    scores, misses = _score(coded)
    print("\nsample scores:", {k: round(v, 3) for k, v in scores.items()})
    print("\n".join(misses))
    assert scores["type_recall"] >= 0.85
    assert scores["location_country"] >= 0.9
    assert scores["date"] >= 0.85
    assert scores["actor_country"] >= 0.7


def test_no_conflict_event_in_quiet_stories(coded: dict[tuple[str, int], Result]) -> None:
    for exp in _expected():
        if exp.get("no_conflict_event"):
            res = coded[(exp["file"], exp["story"])]
            bad = [(e.event, e.event_text[:80]) for e in res.events if e.event in CONFLICT]
            assert not bad, f"{exp['file']}#{exp['story']}: {bad}"
