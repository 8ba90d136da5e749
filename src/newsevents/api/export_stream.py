"""Streamed exports: a producer thread reads the store, the response drains a bounded queue.

SQLite cursors must stay on the thread that opened them, but Starlette advances a streaming body on arbitrary
pool threads; so one dedicated thread owns the read-only store and the cursor for the whole export, and hands
64 kB chunks over a small queue (bounded memory; the producer stops when the client goes away)."""
from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsevents.api.stores import StoreAccess
from newsevents.store.filter import EventFilter

log = logging.getLogger(__name__)

EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
}
CHUNK = 65_536
_END = object()


def _serialiser(fmt: str) -> Callable[[Iterable[dict[str, Any]]], Iterator[str]]:
    from newsevents import export
    return {"jsonl": export.iter_jsonl, "csv": export.iter_csv, "geojson": export.iter_geojson}[fmt]


class _Producer(threading.Thread):
    def __init__(self, access: StoreAccess, f: EventFilter, fmt: str, limit: int) -> None:
        super().__init__(name="newsevents-export", daemon=True)
        self.access, self.f, self.fmt, self.limit = access, f, fmt, limit
        self.out: queue.Queue[object] = queue.Queue(maxsize=16)
        self.stop = threading.Event()

    def put(self, item: object) -> None:
        while not self.stop.is_set():
            try:
                self.out.put(item, timeout=0.5)
                return
            except queue.Full:
                continue

    def run(self) -> None:
        try:
            store = self.access.open_reader()
            try:
                self._produce(store.iter_events(self.f))
            finally:
                self.access.release(store)
        except Exception as exc:  # noqa: BLE001 - handed to the consumer, which reports or logs it
            self.put(exc)
        finally:
            self.put(_END)

    def _produce(self, rows: Iterator[dict[str, Any]]) -> None:
        buf: list[str] = []
        size = 0
        try:
            for piece in _serialiser(self.fmt)(itertools.islice(rows, self.limit)):
                if self.stop.is_set():
                    return
                buf.append(piece)
                size += len(piece)
                if size >= CHUNK:
                    self.put("".join(buf).encode("utf-8"))
                    buf, size = [], 0
            if buf:
                self.put("".join(buf).encode("utf-8"))
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()  # release the cursor on this thread, also when stopped early


def stream_export(access: StoreAccess, f: EventFilter, fmt: str, limit: int) -> Iterator[bytes]:
    """Start the export and wait for its first chunk, so that an error in the query (raised here) still becomes a
    proper JSON error response; later errors can only end the stream early, and are logged."""
    producer = _Producer(access, f, fmt, limit)
    producer.start()
    first = producer.out.get()
    if isinstance(first, BaseException):
        producer.stop.set()
        raise first

    def body() -> Iterator[bytes]:
        try:
            item = first
            while item is not _END:
                if isinstance(item, BaseException):
                    log.error("export stopped early: %s", item)
                    return
                assert isinstance(item, bytes)
                yield item
                item = producer.out.get()
        finally:
            producer.stop.set()

    return body()
