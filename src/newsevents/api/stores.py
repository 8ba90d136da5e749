"""Database access for the API: one read-only store per worker thread, short-lived writers under a lock.

SQLite connections belong to the thread that made them, and FastAPI runs sync routes on a thread pool, so each
pool thread lazily opens its own read-only store and keeps it for the app's life. Writes (POST /api/articles) are
rare and slow (they run the NLP pipeline), so each one opens a fresh read-write store under one lock."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsevents.errors import StoreError
from newsevents.store.sqlite import SQLiteStore

QUERY_BUDGET_S = 5.0  # wall-clock seconds of SQL per API request
PROGRESS_STEPS = 5_000


class StoreAccess:
    """Hands out stores for one database file. `close()` closes every store it opened."""

    def __init__(self, db_path: Path, query_budget_s: float = QUERY_BUDGET_S,
                 progress_steps: int = PROGRESS_STEPS) -> None:
        self.db_path = Path(db_path)
        self.query_budget_s = query_budget_s
        self.progress_steps = progress_steps
        self._local = threading.local()
        self._opened: list[SQLiteStore] = []
        self._opened_lock = threading.Lock()
        self._write_lock = threading.Lock()

    def prepare(self, create: bool) -> None:
        """Check the file exists (or create it), and run migrations once with a read-write connection, so that
        the read-only connections that follow see the current schema."""
        if not self.db_path.exists() and not create:
            raise StoreError(f"no database at {self.db_path}: run `newsevents code --db {self.db_path} FILES` first, "
                             "or pass the right --db")
        if self.db_path.exists() and self.db_path.is_dir():
            raise StoreError(f"{self.db_path} is a directory; pass the database file with --db")
        store = SQLiteStore(self.db_path).open()
        store.close()

    def reader(self) -> SQLiteStore:
        """This thread's read-only store; its queries are interrupted once `query_budget_s` has passed from now
        (one budget per request, so no filter combination can tie up a worker thread)."""
        store: SQLiteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = self.open_reader()
            local = self._local

            def over_budget() -> int:
                # Called by SQLite every `progress_steps` VM steps on this thread; non-zero aborts the statement.
                return 1 if time.monotonic() > getattr(local, "deadline", float("inf")) else 0

            store.conn.set_progress_handler(over_budget, self.progress_steps)
            local.store = store
        self._local.deadline = time.monotonic() + self.query_budget_s
        return store

    def open_reader(self) -> SQLiteStore:
        """A new read-only store; the caller owns it unless it came through `reader()`."""
        store = SQLiteStore(self.db_path, readonly=True).open()
        with self._opened_lock:
            self._opened.append(store)
        return store

    def release(self, store: SQLiteStore) -> None:
        with self._opened_lock:
            if store in self._opened:
                self._opened.remove(store)
        store.close()

    @contextmanager
    def writer(self) -> Iterator[SQLiteStore]:
        with self._write_lock:
            store = SQLiteStore(self.db_path).open()
            try:
                yield store
            finally:
                store.close()

    def close(self) -> None:
        with self._opened_lock:
            stores, self._opened = self._opened, []
        for s in stores:
            try:
                s.close()
            except Exception:  # noqa: BLE001 - closing is best effort at shutdown; a thread may still hold it
                pass
