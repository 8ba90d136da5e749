"""Training is reproducible and produces a loadable artefact (tiny synthetic data, no ../shared)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.coding.model import load_model
from newsevents.coding.train import bucket, main, split_of
from newsevents.errors import ModelError

pytest.importorskip("spacy")

_ROWS = [
    ("Police arrested {n} protesters in the capital on {d}.", "COERCE", "Arrests"),
    ("Gunmen killed {n} villagers in an attack on {d}.", "ASSAULT", "Attack"),
    ("Thousands marched peacefully through the city on {d}.", "PROTEST", "Peaceful protest"),
    ("The two ministers met in Geneva on {d} to discuss trade.", "CONSULT", None),
    ("The football team won the cup final on {d}.", None, None),
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _write(tmp: Path) -> Path:
    d = tmp / "training"
    d.mkdir()
    lines = []
    for k in range(12):
        for text, ev, acled in _ROWS:
            t = text.format(n=k + 2, d=_DAYS[k % 7]) + f" Report {k}."
            lines.append(json.dumps({"text": t, "event": ev, "mode": None, "acled": acled, "quad": 0, "aux": []}))
    (d / "synthetic.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_split_is_deterministic() -> None:
    assert bucket("Some  Sentence") == bucket("some sentence")
    assert split_of("x") in ("train", "val", "test")


@pytest.mark.slow
def test_train_writes_loadable_reproducible_artefact(tmp_path: Path) -> None:
    data = _write(tmp_path)
    out1, out2 = tmp_path / "m1", tmp_path / "m2"
    assert main(["--shared", str(tmp_path / "absent"), "--training", str(data), "--out", str(out1)]) == 0
    assert main(["--shared", str(tmp_path / "absent"), "--training", str(data), "--out", str(out2)]) == 0
    m = load_model(out1)
    assert "type" in m.heads and "COERCE" in m.heads["type"].labels
    meta = json.loads((out1 / "event_coder.json").read_text("utf-8"))
    assert meta["data"] and meta["sizes"]["train"]["examples"] > 0 and "scores" in meta
    assert (out1 / "event_coder.npz").read_bytes() == (out2 / "event_coder.npz").read_bytes()


def test_missing_artefact_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="newsevents train"):
        load_model(tmp_path)


def test_labels_md_counts_every_file_and_label(tmp_path: Path) -> None:
    data = _write(tmp_path)
    assert main(["--training", str(data), "--labels-md"]) == 0
    md = (data / "labels.md").read_text("utf-8")
    assert "Total: 60 sentences in 1 files." in md
    assert "| synthetic.jsonl | 60 | ASSAULT:12, COERCE:12, CONSULT:12, PROTEST:12, null:12 | - | - |" in md
    assert "| Peaceful protest | 12 |" in md and "| null | 24 |" in md
