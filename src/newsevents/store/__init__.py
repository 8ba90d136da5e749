"""Event storage: `SQLiteStore` (default) and the shared `EventFilter`."""
from __future__ import annotations

from newsevents.store.filter import EventFilter
from newsevents.store.sqlite import SQLiteStore

__all__ = ["EventFilter", "SQLiteStore"]
