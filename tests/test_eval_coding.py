"""Quality gate for event coding: every figure pinned in src/newsevents/eval/floors_coding.json must hold on
../shared/data/dev (skipped when ../shared is absent)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsevents.eval.coding import evaluate, format_report
from newsevents.eval.runner import below_floors, load_floors

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    if not (SHARED / "data" / "dev").is_dir():
        pytest.skip("../shared/data/dev is absent")
    from newsevents.coding import EventCoder
    from newsevents.nlp import load_nlp
    return evaluate(SHARED, EventCoder.load(), load_nlp())


def test_coding_scores_meet_floors(scores: dict[str, Any]) -> None:
    fails = below_floors(scores, load_floors("coding"))
    assert not fails, "\n".join(fails) + "\n\n" + format_report(scores)


def test_report_has_per_class_tables(scores: dict[str, Any]) -> None:
    rep = format_report(scores)
    assert "PLOVER event type" in rep and "quad class" in rep and "ASSAULT" in rep
