"""seed_synthetic: exact counts, determinism, offsets that point into the article text."""
from __future__ import annotations

from pathlib import Path

from newsevents.store import EventFilter, SQLiteStore
from newsevents.store.seed import seed_synthetic


def test_seed_counts_and_offsets(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "seed.db") as s:
        seed_synthetic(s, 500, seed=3)
        summ = s.summary()
        assert summ["events"] == 500 and summ["articles"] >= 500 // 8
        assert len(summ["by_type"]) >= 8
        st = s.stats(EventFilter())
        assert st["total"] == 500 and st["by_day"] and st["by_country"]
        for row in s.query_events(EventFilter(), limit=40):
            art = s.get_article(row["article_id"])
            assert art is not None
            text = art["text"]
            tr = row["trigger"]
            assert text[tr["start"]:tr["end"]] == tr["text"]
            for ent in row["actor"] + row["recipient"]:
                assert text[ent["start"]:ent["end"]] == ent["entity_text"]
            ti = row["text_info"]
            assert text[ti["start"]:ti["end"]] == row["event_text"]
            if row["event_loc"]:
                loc = row["event_loc"]
                assert text[loc["start"]:loc["end"]] == loc["extracted_place"]


def test_seed_is_deterministic(tmp_path: Path) -> None:
    got = []
    for name in ("a.db", "b.db"):
        with SQLiteStore(tmp_path / name) as s:
            seed_synthetic(s, 120, seed=7)
            got.append([(r["id"], r["date"], r["event"]) for r in s.iter_events(EventFilter())])
    assert got[0] == got[1] and len(got[0]) == 120
