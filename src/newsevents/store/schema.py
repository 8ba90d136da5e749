"""Versioned SQLite schema. Each migration is a function over an open connection, run in its own transaction by
`migrate`; the applied versions are recorded in `schema_migrations`. Append new migrations, never edit old ones."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone

from newsevents.errors import StoreError

Migration = Callable[[sqlite3.Connection], None]


def _run(conn: sqlite3.Connection, *statements: str) -> None:
    # One execute per statement: executescript() would COMMIT the migration's transaction half-way.
    for sql in statements:
        conn.execute(sql)


def _v1_core(conn: sqlite3.Connection) -> None:
    """Articles, events, places and failures: everything needed to keep results."""
    _run(
        conn,
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            url TEXT,
            source TEXT,
            source_path TEXT,
            added_at TEXT NOT NULL)""",
        "CREATE INDEX articles_article_id ON articles(article_id)",
        # `rid` is the stable integer key the R-Tree and lookup tables point at; `id` is the pipeline's event id.
        """CREATE TABLE events (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event TEXT NOT NULL,
            mode TEXT NOT NULL DEFAULT '[]',
            context TEXT NOT NULL DEFAULT '[]',
            quad_code INTEGER,
            event_scale REAL,
            cameo_root TEXT,
            acled_event_type TEXT,
            acled_sub_event_type TEXT,
            actor_text TEXT,
            recipient_text TEXT,
            actor_countries TEXT,
            recipient_countries TEXT,
            date TEXT,
            date_precision TEXT,
            country_code TEXT,
            lat REAL,
            lon REAL,
            aux TEXT NOT NULL DEFAULT '[]',
            dead INTEGER,
            injured INTEGER,
            arrested INTEGER,
            confidence REAL,
            sentence_seq INTEGER,
            json TEXT NOT NULL)""",
        "CREATE INDEX events_article ON events(article)",
        """CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            resolved_place TEXT,
            geonameid INTEGER,
            lat REAL,
            lon REAL,
            country_code TEXT,
            feature_code TEXT,
            province TEXT,
            resolution INTEGER)""",
        "CREATE INDEX places_article ON places(article)",
        """CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            record TEXT NOT NULL,
            error TEXT NOT NULL,
            at TEXT NOT NULL)""",
    )


def _v2_search(conn: sqlite3.Connection) -> None:
    """Full-text search, spatial index, mode/country lookup tables and the indexes behind filtered, sorted pages.
    Backfills from rows a v1 database already holds."""
    _run(
        conn,
        # External-content FTS5: the text lives once, in `articles`; triggers keep the index in step.
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
        """CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
        """CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            END""",
        """CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
        "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
        "CREATE VIRTUAL TABLE events_rtree USING rtree(rid, min_lon, max_lon, min_lat, max_lat)",
        """INSERT INTO events_rtree(rid, min_lon, max_lon, min_lat, max_lat)
            SELECT rid, lon, lon, lat, lat FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL""",
        """CREATE TABLE event_modes (
            mode TEXT NOT NULL,
            event INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
            PRIMARY KEY (mode, event)) WITHOUT ROWID""",
        # role: 'loc' (event location), 'actor', 'recipient'.
        """CREATE TABLE event_countries (
            country_code TEXT NOT NULL,
            event INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
            role TEXT NOT NULL,
            PRIMARY KEY (country_code, event, role)) WITHOUT ROWID""",
        # Sorted pages and the stats groupings read these. Event rows are wide (they carry the JSON), so the
        # indexes cover (date, event, country_code): a filtered stats query then never touches the rows.
        "CREATE INDEX events_date ON events(date, event, country_code)",
        # Ascending date pages put undated events last: ORDER BY (date IS NULL), date walks this index.
        "CREATE INDEX events_date_nulls_last ON events(date IS NULL, date)",
        "CREATE INDEX events_event_date ON events(event, date, country_code)",
        "CREATE INDEX events_quad_date ON events(quad_code, date, event, country_code)",
        "CREATE INDEX events_country_date ON events(country_code, date, event)",
        "CREATE INDEX events_confidence ON events(confidence)",
        "CREATE INDEX events_article_cov ON events(article, date, event, country_code)",
        "DROP INDEX events_article",  # superseded by events_article_cov
        "CREATE INDEX articles_published ON articles(published, id)",
    )
    for rid, mode, actor_c, recipient_c, country in conn.execute(
            "SELECT rid, mode, actor_countries, recipient_countries, country_code FROM events").fetchall():
        conn.executemany("INSERT OR IGNORE INTO event_modes(mode, event) VALUES (?, ?)",
                         [(m, rid) for m in json.loads(mode or "[]")])
        conn.executemany("INSERT OR IGNORE INTO event_countries(country_code, event, role) VALUES (?, ?, ?)",
                         country_rows(rid, country, (actor_c or "").split(), (recipient_c or "").split()))


def country_rows(rid: int, loc: str | None, actors: list[str], recipients: list[str]) -> list[tuple[str, int, str]]:
    """Rows of `event_countries` for one event."""
    rows = [(c, rid, "actor") for c in dict.fromkeys(actors)] + [(c, rid, "recipient") for c in dict.fromkeys(recipients)]
    if loc:
        rows.append((loc, rid, "loc"))
    return rows


MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "core tables", _v1_core),
    (2, "search indexes", _v2_search),
)
LATEST = MIGRATIONS[-1][0]


def current_version(conn: sqlite3.Connection, where: str) -> int:
    """The highest applied migration; 0 for an empty database. Raises StoreError for a non-newsevents database."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        if tables:
            raise StoreError(f"{where}: this SQLite file is not a newsevents database (no schema_migrations table); "
                             "pass the path of a newsevents database or a new file")
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def check_not_newer(version: int, where: str) -> None:
    if version > LATEST:
        raise StoreError(f"{where}: database schema version {version} is newer than this newsevents supports "
                         f"({LATEST}); upgrade newsevents to open it")


def migrate(conn: sqlite3.Connection, where: str) -> int:
    """Apply every pending migration, each in its own transaction. Returns the version reached."""
    version = current_version(conn, where)
    check_not_newer(version, where)
    if version == 0:
        conn.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)""")
    for number, name, step in MIGRATIONS:
        if number <= version:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            step(conn)
            conn.execute("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                         (number, name, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"{where}: migration {number} ({name}) failed: {exc}; the database is left at "
                             f"version {number - 1}, restore a backup or report this") from exc
        version = number
    return version
