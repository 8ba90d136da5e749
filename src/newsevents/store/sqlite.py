"""SQLite store (the default): articles, events, places and failures, with FTS5 search over article text and an
R-Tree over event locations. One connection per store object, shared across threads behind a lock; open one store
per thread or process if you need parallel reads (WAL mode lets readers and one writer work at once)."""
from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Any

from newsevents.errors import InputError, StoreError
from newsevents.records import Event, Place, Result
from newsevents.store import query as Q
from newsevents.store import schema
from newsevents.store.filter import EventFilter

_ROW_COLS = "e.json, a.article_id, a.title, a.published, a.url"
_STREAM_CHUNK = 1000


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _row(r: tuple[Any, ...]) -> dict[str, Any]:
    """Event row -> the event's to_dict() plus its article's id, title, published date and url."""
    d: dict[str, Any] = json.loads(r[0])
    d["article_id"] = r[1]
    d["article_title"] = r[2]
    d["published"] = r[3]
    d["url"] = r[4]
    return d


def _codes(entities: Any) -> list[str]:
    return list(dict.fromkeys(e.code for e in entities if e.code))


class SQLiteStore:
    """`SQLiteStore(path).open()` or `with SQLiteStore(path) as store:`. `readonly=True` opens with
    `mode=ro` and never migrates (an old schema must be migrated once read-write first)."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()

    # -- lifecycle -------------------------------------------------------------------------------------------
    def open(self) -> SQLiteStore:
        if self._conn is not None:
            return self
        where = str(self.path)
        try:
            if self.readonly:
                if not self.path.exists():
                    raise StoreError(f"{where}: no such database; run `newsevents run` to create it or check the path")
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                       check_same_thread=False, isolation_level=None, timeout=30)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{where}: cannot open the database: {exc}; check the path and its permissions") from exc
        try:
            self._prepare(conn, where)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{where}: not a usable SQLite database ({exc}); pass a newsevents database file") \
                from exc
        except StoreError:
            conn.close()
            raise
        self._conn = conn
        return self

    def _prepare(self, conn: sqlite3.Connection, where: str) -> None:
        conn.execute("PRAGMA foreign_keys = ON")
        if self.readonly:
            version = schema.current_version(conn, where)
            schema.check_not_newer(version, where)
            if version < schema.LATEST:
                raise StoreError(f"{where}: database schema version {version} is older than this newsevents "
                                 f"({schema.LATEST}); open it once read-write (e.g. `newsevents run`) to migrate it")
            return
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a commit survives a process crash; only an OS crash can lose the last commits.
        conn.execute("PRAGMA synchronous = NORMAL")
        schema.migrate(conn, where)

    def close(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            try:
                if not self.readonly:
                    self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass  # optimisation only; closing must still happen
            self._conn.close()
            self._conn = None

    def __enter__(self) -> SQLiteStore:
        return self.open()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(f"{self.path}: the store is not open; call open() or use it as a context manager")
        return self._conn

    def _read(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "fts5" in str(exc) or "MATCH" in str(exc):
                    raise InputError("q", f"the search text could not be used ({exc}); use plain words") from exc
                raise StoreError(f"{self.path}: query failed: {exc}") from exc

    def _write_check(self) -> None:
        if self.readonly:
            raise StoreError(f"{self.path}: the store was opened read-only; open it without readonly=True to write")

    # -- writes ----------------------------------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        return bool(self._read("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)))

    def add_result(self, result: Result, source_path: str | None = None) -> bool:
        """Store one article with its events and places in one transaction. Returns False (and adds nothing) when
        an article with the same content hash is already stored. A Result carrying an error is recorded as a
        failure and returns False. Raises StoreError (nothing of this article kept) when the write fails."""
        self._write_check()
        art = result.article
        if result.error is not None:
            self.add_failure(art.id, result.error)
            return False
        return self._add_many([result], source_path) == 1

    def _add_many(self, results: list[Result], source_path: str | None = None) -> int:
        """Store several error-free results in ONE transaction (all or nothing); returns how many were new.
        add_result uses it with one result, so each article is its own transaction; bulk loaders that can
        afford to lose a whole batch on failure (seed_synthetic) pass many."""
        self._write_check()
        with self._lock:
            conn = self.conn
            art = results[0].article if results else None
            try:
                conn.execute("BEGIN IMMEDIATE")
                added = 0
                for result in results:
                    art = result.article
                    if result.error is not None:
                        continue  # failures are recorded with add_failure, never as articles
                    added += self._insert_result(conn, result, source_path)
                conn.execute("COMMIT")
                return added
            except BaseException as exc:
                # BaseException too: a KeyboardInterrupt mid-article must not leave a half-written article behind.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, Exception):
                    name = art.id if art is not None else "?"
                    raise StoreError(f"{name}: could not store the article ({exc}); it was not saved, "
                                     "re-run to retry it") from exc
                raise

    def _insert_result(self, conn: sqlite3.Connection, result: Result, source_path: str | None) -> bool:
        art = result.article
        if conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (art.content_hash,)).fetchone():
            return False
        cur = conn.execute(
            "INSERT INTO articles(article_id, content_hash, title, text, published, url, source, "
            "source_path, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (art.id, art.content_hash, art.title, art.text,
             art.published.isoformat() if art.published else None, art.url, art.source, source_path, _now()))
        article_rowid = int(cur.lastrowid or 0)
        self._insert_events(conn, article_rowid, art.content_hash, result.events)
        self._insert_places(conn, article_rowid, result.places)
        return True

    def _event_id(self, conn: sqlite3.Connection, event: Event, content_hash: str, taken: set[str]) -> str:
        """The pipeline's id, unless another stored event already has it (two articles with the same caller id):
        then a deterministic variant derived from the content hash, so ids stay stable across runs."""
        eid = event.id or f"e{len(taken)}"
        n = 0
        candidate = eid
        while candidate in taken or conn.execute("SELECT 1 FROM events WHERE id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{eid}-{content_hash[:8]}" + (f"-{n}" if n > 1 else "")
        taken.add(candidate)
        return candidate

    def _insert_events(self, conn: sqlite3.Connection, article: int, content_hash: str,
                       events: tuple[Event, ...]) -> None:
        taken: set[str] = set()
        for ev in events:
            d = ev.to_dict()
            d["id"] = self._event_id(conn, ev, content_hash, taken)
            loc = ev.event_loc
            actors, recipients = _codes(ev.actor), _codes(ev.recipient)
            cur = conn.execute(
                "INSERT INTO events(id, article, event, mode, context, quad_code, event_scale, cameo_root, "
                "acled_event_type, acled_sub_event_type, actor_text, recipient_text, actor_countries, "
                "recipient_countries, date, date_precision, country_code, lat, lon, aux, dead, injured, arrested, "
                "confidence, sentence_seq, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (d["id"], article, ev.event, json.dumps(list(ev.mode)), json.dumps(list(ev.context)), ev.quad_code,
                 ev.event_scale, ev.cameo_root, ev.acled_event_type, ev.acled_sub_event_type,
                 " | ".join(a.entity_text for a in ev.actor), " | ".join(r.entity_text for r in ev.recipient),
                 " ".join(actors), " ".join(recipients), ev.date, ev.date_precision,
                 loc.country_code if loc else None, loc.lat if loc else None, loc.lon if loc else None,
                 json.dumps(list(ev.aux)), ev.size.dead, ev.size.injured, ev.size.arrested,
                 d["confidence"], ev.sentence.sequence, json.dumps(d, ensure_ascii=False)))
            rid = int(cur.lastrowid or 0)
            if loc is not None and loc.lat is not None and loc.lon is not None:
                conn.execute("INSERT INTO events_rtree(rid, min_lon, max_lon, min_lat, max_lat) VALUES (?,?,?,?,?)",
                             (rid, loc.lon, loc.lon, loc.lat, loc.lat))
            conn.executemany("INSERT OR IGNORE INTO event_modes(mode, event) VALUES (?, ?)",
                             [(m, rid) for m in ev.mode])
            conn.executemany("INSERT OR IGNORE INTO event_countries(country_code, event, role) VALUES (?, ?, ?)",
                             schema.country_rows(rid, loc.country_code if loc else None, actors, recipients))

    @staticmethod
    def _insert_places(conn: sqlite3.Connection, article: int, places: tuple[Place, ...]) -> None:
        conn.executemany(
            'INSERT INTO places(article, start, "end", text, resolved_place, geonameid, lat, lon, country_code, '
            "feature_code, province, resolution) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(article, p.start, p.end, p.text, p.resolved_place, p.geonameid, p.lat, p.lon, p.country_code,
              p.feature_code, p.province, p.resolution) for p in places])

    def add_failure(self, record: str, error: str) -> None:
        self._write_check()
        with self._lock:
            try:
                self.conn.execute("INSERT INTO failures(record, error, at) VALUES (?, ?, ?)", (record, error, _now()))
            except sqlite3.Error as exc:
                raise StoreError(f"{record}: could not record the failure ({exc})") from exc

    # -- reads -----------------------------------------------------------------------------------------------
    def query_events(self, f: EventFilter, limit: int = 50, offset: int = 0, sort: str = "-date") -> list[dict[str, Any]]:
        """One page of events matching `f`, sorted by `sort` (date, -date, confidence, -confidence, event, -event,
        country, -country). `limit` is capped at 1000."""
        limit, offset = Q.page(limit, offset)
        cond, params = Q.where(f)
        # CROSS JOIN keeps `events` the outer loop so ORDER BY ... LIMIT can walk an index.
        rows = self._read(f"SELECT {_ROW_COLS} FROM events e CROSS JOIN articles a ON a.id = e.article "
                          f"WHERE {cond} ORDER BY {Q.order_by(sort)} LIMIT ? OFFSET ?", [*params, limit, offset])
        return [_row(r) for r in rows]

    def count_events(self, f: EventFilter) -> int:
        cond, params = Q.where(f)
        return int(self._read(f"SELECT count(*) FROM events e WHERE {cond}", params)[0][0])

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """The event with its article ({id, title, text, published, url, source, places})."""
        rows = self._read(f"SELECT {_ROW_COLS}, a.id, a.text, a.source FROM events e "
                          "JOIN articles a ON a.id = e.article WHERE e.id = ?", (event_id,))
        if not rows:
            return None
        r = rows[0]
        d = _row(r)
        d["article"] = {"id": r[1], "title": r[2], "text": r[6], "published": r[3], "url": r[4], "source": r[7],
                        "places": self._places(int(r[5]))}
        return d

    def _places(self, article: int) -> list[dict[str, Any]]:
        rows = self._read('SELECT start, "end", text, resolved_place, geonameid, lat, lon, country_code, '
                          'feature_code FROM places WHERE article = ? ORDER BY start, id', (article,))
        keys = ("start", "end", "text", "resolved_place", "geonameid", "lat", "lon", "country_code", "feature_code")
        return [dict(zip(keys, r)) for r in rows]

    def list_articles(self, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Articles, newest published first, optionally matching a full-text query (same syntax as
        EventFilter.q). Each: id, title, published, url, source, content_hash, added_at, excerpt, n_events."""
        limit, offset = Q.page(limit, offset)
        cond, params = "1", []
        if q is not None and q.strip():
            cond = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            params = [Q.fts_query(q)]
        rows = self._read(
            "SELECT a.article_id, a.title, a.published, a.url, a.source, a.content_hash, a.added_at, "
            "substr(a.text, 1, 200), (SELECT count(*) FROM events e WHERE e.article = a.id) "
            f"FROM articles a WHERE {cond} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset])
        keys = ("id", "title", "published", "url", "source", "content_hash", "added_at", "excerpt", "n_events")
        return [dict(zip(keys, r)) for r in rows]

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """An article by caller id (or content hash) with its events and places. Caller ids need not be unique:
        the most recently stored article with that id wins."""
        rows = self._read("SELECT id, article_id, title, text, published, url, source, source_path, content_hash, "
                          "added_at FROM articles WHERE article_id = ? OR content_hash = ? ORDER BY id DESC LIMIT 1",
                          (article_id, article_id))
        if not rows:
            return None
        r = rows[0]
        keys = ("id", "title", "text", "published", "url", "source", "source_path", "content_hash", "added_at")
        d: dict[str, Any] = dict(zip(keys, r[1:]))
        events = self._read(f"SELECT {_ROW_COLS} FROM events e JOIN articles a ON a.id = e.article "
                            "WHERE e.article = ? ORDER BY e.sentence_seq, e.rid", (r[0],))
        d["events"] = [_row(e) for e in events]
        d["places"] = self._places(int(r[0]))
        return d

    def stats(self, f: EventFilter) -> dict[str, Any]:
        """Counts for charts: by_day [{date, event, n}] (dated events), by_type [{event, n}], by_country
        [{country_code, n}] (event location country; located events), total."""
        cond, params = Q.where(f)
        groups = ("SELECT 0, date, event, count(*) FROM {t} WHERE date IS NOT NULL GROUP BY date, event "
                  "UNION ALL SELECT 1, NULL, event, count(*) FROM {t} GROUP BY event "
                  "UNION ALL SELECT 2, NULL, country_code, count(*) FROM {t} WHERE country_code IS NOT NULL "
                  "GROUP BY country_code")
        if cond == "1":
            # Unfiltered: each grouping is answered from a covering index, faster than one shared pass.
            rows = self._read(groups.format(t="events"))
        else:
            # Filtered: evaluate the filter once and group the materialised matches three ways.
            rows = self._read(f"WITH f AS MATERIALIZED (SELECT e.date, e.event, e.country_code FROM events e "
                              f"WHERE {cond}) " + groups.format(t="f"), params)
        by_day = sorted((r[1], r[2], r[3]) for r in rows if r[0] == 0)
        by_type = sorted(((r[2], r[3]) for r in rows if r[0] == 1), key=lambda x: (-x[1], x[0]))
        by_country = sorted(((r[2], r[3]) for r in rows if r[0] == 2), key=lambda x: (-x[1], x[0]))
        return {"by_day": [{"date": d, "event": t, "n": n} for d, t, n in by_day],
                "by_type": [{"event": t, "n": n} for t, n in by_type],
                "by_country": [{"country_code": c, "n": n} for c, n in by_country],
                "total": sum(n for _, n in by_type)}

    def iter_events(self, f: EventFilter) -> Iterator[dict[str, Any]]:
        """Every matching event in storage order, fetched in chunks (the lock is not held between chunks, so other
        threads can use the store while an export streams)."""
        cond, params = Q.where(f)
        last = 0
        while True:
            rows = self._read(f"SELECT {_ROW_COLS}, e.rid FROM events e CROSS JOIN articles a ON a.id = e.article "
                              f"WHERE {cond} AND e.rid > ? ORDER BY e.rid LIMIT ?", [*params, last, _STREAM_CHUNK])
            for r in rows:
                yield _row(r)
            if len(rows) < _STREAM_CHUNK:
                return
            last = int(rows[-1][5])

    def summary(self) -> dict[str, Any]:
        """Totals for the end-of-run summary: articles, events, places, failures, by_type {event: n}."""
        counts = self._read("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                            "(SELECT count(*) FROM places), (SELECT count(*) FROM failures)")[0]
        by_type = self._read("SELECT event, count(*) AS n FROM events GROUP BY event ORDER BY n DESC, event")
        return {"articles": counts[0], "events": counts[1], "places": counts[2], "failures": counts[3],
                "by_type": {t: n for t, n in by_type}}

    def failures(self, limit: int = 100) -> list[dict[str, Any]]:
        """The most recent failures (record, error, at)."""
        limit, _ = Q.page(limit, 0)
        rows = self._read("SELECT record, error, at FROM failures ORDER BY id DESC LIMIT ?", (limit,))
        return [{"record": r[0], "error": r[1], "at": r[2]} for r in rows]
