"""Text corpora shared by the tests that compare a fast path with its reference implementation."""
from __future__ import annotations

import json
from pathlib import Path

import newsevents

TRAINING = Path(newsevents.__file__).parent / "data" / "training"


def training_texts() -> list[str]:
    """Every labelled training sentence, file by file in name order."""
    out = []
    for f in sorted(TRAINING.glob("*.jsonl")):
        out += [json.loads(line)["text"] for line in f.read_text("utf-8").splitlines() if line.strip()]
    return out


def sample_sentences() -> list[str]:
    """The sentences of the bundled sample articles."""
    from newsevents.samples import ARTICLES_DIR
    from newsevents.segment import split_sentences

    return [s.text for f in sorted(Path(ARTICLES_DIR).glob("*.txt"))
            for s in split_sentences(f.read_text("utf-8"))]
