"""Fast, high-recall screen for sentences that may report an event (regex over the trigger lexicon; no spaCy).

Only sentences that pass go to the parser and the classifier, so recall matters more than precision here:
`newsevents.eval.coding` reports the recall on labelled event sentences and the fraction of sentences kept."""
from __future__ import annotations

from newsevents.coding.lexicon import load_lexicon

_MIN_CHARS = 12  # shorter fragments (datelines, bylines) carry no codable event


def is_candidate(text: str) -> bool:
    """True when `text` contains any trigger stem of any PLOVER type."""
    if len(text) < _MIN_CHARS:
        return False
    return load_lexicon().any_trigger.search(text) is not None
