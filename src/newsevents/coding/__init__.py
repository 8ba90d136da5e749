"""Event coding: candidate screen, classifier (PLOVER type, mode, ACLED sub-type), actors, counts, aux modes,
within-article deduplication."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsevents.coding.merge import merge_duplicates

if TYPE_CHECKING:
    from newsevents.coding.coder import EventCoder


def __getattr__(name: str) -> Any:
    # EventCoder imports spaCy and numpy; import it lazily so `merge_duplicates` stays cheap to import
    if name == "EventCoder":
        from newsevents.coding.coder import EventCoder
        return EventCoder
    raise AttributeError(name)


__all__ = ["EventCoder", "merge_duplicates"]
