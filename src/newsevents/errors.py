"""One error hierarchy. Every message says what went wrong and what to do about it."""
from __future__ import annotations


class NewsEventsError(Exception):
    """Base class for all errors raised by newsevents."""


class InputError(NewsEventsError):
    """A record or file could not be read or is malformed; the batch goes on without it."""

    def __init__(self, record: str, message: str) -> None:
        self.record = record
        self.message = message
        super().__init__(f"{record}: {message}")


class ModelError(NewsEventsError):
    """A model or trained artefact is missing or unreadable."""


class GazetteerError(NewsEventsError):
    """The gazetteer could not be built or opened."""


class StoreError(NewsEventsError):
    """The database could not be opened, migrated or written."""
