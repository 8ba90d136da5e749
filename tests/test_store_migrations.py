"""Schema versioning: new, empty, old (v1 with data), newer and foreign databases."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsevents.errors import StoreError
from newsevents.store import EventFilter, SQLiteStore
from newsevents.store import schema


def versions(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    finally:
        conn.close()


def test_new_file_gets_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.db"
    with SQLiteStore(path) as s:
        assert s.summary()["events"] == 0
    assert versions(path) == [m[0] for m in schema.MIGRATIONS]
    with SQLiteStore(path):  # reopening applies nothing twice
        pass
    assert versions(path) == [m[0] for m in schema.MIGRATIONS]


def test_empty_sqlite_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()  # a zero-byte file
    with SQLiteStore(path) as s:
        assert s.count_events(EventFilter()) == 0


def _v1_database(path: Path) -> None:
    """A database as the first release left it, holding one article and one located event."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    conn.execute("BEGIN")
    schema.MIGRATIONS[0][2](conn)
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'core tables', '2024-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO articles(id, article_id, content_hash, title, text, published, added_at) VALUES "
                 "(1, 'old-1', 'h1', 'Clashes in Aleppo', 'Troops clashed with rebels in Aleppo.', '2024-01-02', "
                 "'2024-01-02')")
    ev = {"id": "ev-old", "event": "ASSAULT", "mode": ["firearms"], "context": [], "quad_code": 4,
          "event_loc": {"lat": 36.2, "lon": 37.1, "country_code": "SYR"}, "date": "2024-01-02"}
    conn.execute("INSERT INTO events(id, article, event, mode, quad_code, actor_text, actor_countries, "
                 "recipient_countries, date, country_code, lat, lon, confidence, json) VALUES "
                 "('ev-old', 1, 'ASSAULT', '[\"firearms\"]', 4, 'Troops', 'SYR', 'REB', '2024-01-02', 'SYR', "
                 "36.2, 37.1, 0.9, ?)", (json.dumps(ev),))
    conn.execute("COMMIT")
    conn.close()


def test_old_database_is_migrated_and_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v1_database(path)
    with pytest.raises(StoreError, match="older"):
        SQLiteStore(path, readonly=True).open()  # read-only never migrates
    with SQLiteStore(path) as s:
        assert versions(path)[-1] == schema.LATEST
        assert [r["id"] for r in s.query_events(EventFilter(q="rebels"))] == ["ev-old"]
        assert s.count_events(EventFilter(modes=("firearms",))) == 1
        assert s.count_events(EventFilter(countries=("SYR",))) == 1
        assert s.count_events(EventFilter(bbox=(36.0, 36.0, 38.0, 37.0))) == 1
    with SQLiteStore(path, readonly=True) as ro:
        assert ro.get_article("old-1")["title"] == "Clashes in Aleppo"


def test_newer_database_asks_to_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with SQLiteStore(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', 'now')", (schema.LATEST + 1,))
    conn.commit()
    conn.close()
    for readonly in (False, True):
        with pytest.raises(StoreError, match="upgrade newsevents"):
            SQLiteStore(path, readonly=readonly).open()


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a newsevents database"):
        SQLiteStore(path).open()


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        SQLiteStore(path).open()


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "half.db"
    _v1_database(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], (2, "broken", broken)))
    with pytest.raises(StoreError, match="migration 2"):
        SQLiteStore(path).open()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert "half_done" not in tables and versions(path) == [1]
