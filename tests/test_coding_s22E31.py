"""Round E31: the encoder cascade (coding/encoder.py): close calls of the shipped heads go to a fine-tuned encoder.

Fast tests use a tiny fake encoder; loading errors use broken copies of the artefact in tmp_path; one slow test
runs the committed int8 ONNX model on three sentences."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pytest

from newsevents.coding import encoder as encoder_module
from newsevents.coding.encoder import (ENCODER_NAME, SWITCH, Cascade, OnnxEncoder, aligned, cascade_enabled,
                                       default_cascade, load_cascade, margins)
from newsevents.coding.model import default_model_dir
from newsevents.errors import ModelError

TYPES = ("ASSAULT", "NONE", "PROTEST")
ACLED = ("Attack", "NONE", "Peaceful protest")


class FakeEncoder:
    """Labels in another order than the heads' (as the real encoder's NONE comes last); records what it saw."""

    type_labels: tuple[str, ...] = ("PROTEST", "ASSAULT", "NONE")
    acled_labels: tuple[str, ...] = ("Peaceful protest", "Attack", "NONE")

    def __init__(self) -> None:
        self.seen: list[list[str]] = []

    def probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        self.seen.append(list(texts))
        n = len(texts)
        return np.tile([0.9, 0.05, 0.05], (n, 1)), np.tile([0.8, 0.1, 0.1], (n, 1))


def test_margins_top_two() -> None:
    p = np.array([[0.5, 0.3, 0.2], [0.4, 0.4, 0.2], [1.0, 0.0, 0.0]])
    assert np.allclose(margins(p), [0.2, 0.0, 1.0])


def test_margins_odd_input() -> None:
    assert margins(None).shape == (0,)
    assert margins(np.zeros((0, 3))).shape == (0,)
    assert np.allclose(margins(np.array([[1.0], [1.0]])), [1.0, 1.0])  # one label: never a close call


def test_aligned_reorders_by_name() -> None:
    idx = aligned(FakeEncoder.type_labels, TYPES)
    assert [FakeEncoder.type_labels[i] for i in idx] == list(TYPES)


def test_aligned_other_taxonomy_is_an_error() -> None:
    with pytest.raises(ModelError, match="labels differ"):
        aligned(("ASSAULT", "NONE"), ("ASSAULT", "NONE", "PROTEST"))


def test_cascade_replaces_close_rows_only() -> None:
    enc = FakeEncoder()
    p = np.array([[0.9, 0.05, 0.05],  # clear ASSAULT: kept
                  [0.45, 0.1, 0.45]])  # a tie: the encoder's PROTEST
    pa = np.array([[0.5, 0.45, 0.05],  # close ACLED call on the clear-type row
                   [0.9, 0.05, 0.05]])
    c = Cascade(enc, type_margin=0.2, acled_margin=0.2)
    p2, pa2 = c.apply(["clear", "tie"], p, TYPES, pa, ACLED)
    assert enc.seen == [["clear", "tie"]]  # one call, only the rows that need it
    assert np.allclose(p2[0], p[0])
    assert TYPES[int(p2[1].argmax())] == "PROTEST" and np.isclose(p2[1].sum(), 1.0)
    assert pa2 is not None and ACLED[int(pa2[0].argmax())] == "Peaceful protest"
    assert np.allclose(pa2[1], pa[1])
    assert TYPES[int(p[1].argmax())] == "ASSAULT"  # the inputs are not changed in place


def test_cascade_no_close_call_no_encoder() -> None:
    enc = FakeEncoder()
    p = np.array([[0.9, 0.05, 0.05]])
    p2, pa2 = Cascade(enc, 0.2, 0.2).apply(["clear"], p, TYPES, None, ())
    assert enc.seen == [] and p2 is p and pa2 is None


def test_cascade_zero_margins_is_the_shipped_heads() -> None:
    enc = FakeEncoder()
    p = np.array([[0.34, 0.33, 0.33]])
    pa = np.array([[0.34, 0.33, 0.33]])
    p2, pa2 = Cascade(enc, 0.0, 0.0).apply(["x"], p, TYPES, pa, ACLED)
    assert enc.seen == [] and p2 is p and pa2 is pa


def test_cascade_acled_only_row_keeps_type() -> None:
    enc = FakeEncoder()
    p = np.array([[0.9, 0.05, 0.05]])
    pa = np.array([[0.4, 0.2, 0.4]])
    p2, pa2 = Cascade(enc, 0.1, 0.1).apply(["x"], p, TYPES, pa, ACLED)
    assert p2 is not None and np.allclose(p2, p)
    assert pa2 is not None and ACLED[int(pa2[0].argmax())] == "Peaceful protest"


# ---------------------------------------------------------------- the artefact: switch and loading errors
def _copy(tmp_path: Path) -> Path:
    d = tmp_path / "models"
    d.mkdir()
    for suffix in (".json", ".tokenizer.json"):
        shutil.copy(default_model_dir() / f"{ENCODER_NAME}{suffix}", d / f"{ENCODER_NAME}{suffix}")
    return d


def test_switch_env_beats_artefact(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(SWITCH, "off")
    assert not cascade_enabled()
    monkeypatch.setenv(SWITCH, "ON")
    assert cascade_enabled(tmp_path)  # even with no artefact: loading then says what is missing


def test_switch_unset_reads_artefact_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(SWITCH, raising=False)
    assert not cascade_enabled(tmp_path)  # no artefact: off
    d = _copy(tmp_path)
    meta = json.loads((d / f"{ENCODER_NAME}.json").read_text())
    for default in (True, False):
        meta["cascade"]["default"] = default
        (d / f"{ENCODER_NAME}.json").write_text(json.dumps(meta))
        assert cascade_enabled(d) is default
    (d / f"{ENCODER_NAME}.json").write_text("{not json")
    assert not cascade_enabled(d)


def test_missing_model_file_one_line_error(tmp_path: Path) -> None:
    d = _copy(tmp_path)  # no .onnx
    with pytest.raises(ModelError) as err:
        load_cascade(d)
    msg = str(err.value)
    assert "missing" in msg and f"{SWITCH}=off" in msg and "\n" not in msg


def test_corrupt_model_file_sha_error(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / f"{ENCODER_NAME}.onnx").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="corrupt"):
        load_cascade(d)


def test_unreadable_metadata_error(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / f"{ENCODER_NAME}.onnx").write_bytes(b"x")
    (d / f"{ENCODER_NAME}.json").write_text(json.dumps({"labels": {}}))
    with pytest.raises(ModelError, match="unreadable"):
        load_cascade(d)


def test_broken_model_without_checksum_fails_on_first_use(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    d = _copy(tmp_path)
    (d / f"{ENCODER_NAME}.onnx").write_bytes(b"not a model")
    c = load_cascade(d, check_sha=False)
    with pytest.raises(ModelError, match="could not be opened"):
        c.encoder.probabilities(["Police fired tear gas at protesters."])


def _default_on(d: Path) -> None:
    meta = json.loads((d / f"{ENCODER_NAME}.json").read_text())
    meta["cascade"]["default"] = True
    (d / f"{ENCODER_NAME}.json").write_text(json.dumps(meta))


def test_default_cascade_off_switch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _default_on(d)
    monkeypatch.setenv(SWITCH, "off")
    assert default_cascade(d) is None


def test_default_on_without_onnxruntime_warns_and_falls_back(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _default_on(d)
    monkeypatch.delenv(SWITCH, raising=False)
    monkeypatch.setattr(encoder_module.importlib.util, "find_spec", lambda name: None)
    with pytest.warns(RuntimeWarning, match="onnxruntime is not installed"):
        assert default_cascade(d) is None


def test_asked_for_cascade_with_missing_files_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(SWITCH, "on")
    with pytest.raises(ModelError, match="missing"):
        default_cascade(tmp_path)


# ---------------------------------------------------------------- the real model
@pytest.mark.slow
def test_real_onnx_encoder_three_sentences() -> None:
    pytest.importorskip("onnxruntime")
    c = load_cascade()
    assert isinstance(c.encoder, OnnxEncoder)
    texts = ["Gunmen shot dead five villagers in Zamfara state on Sunday, police said.",
             "Thousands of teachers marched peacefully through Accra demanding unpaid salaries.",
             "The two governments signed a trade agreement in Nairobi on Monday."]
    pt, pa = c.encoder.probabilities(texts)
    assert pt.shape == (3, len(c.encoder.type_labels)) and pa.shape == (3, len(c.encoder.acled_labels))
    assert np.allclose(pt.sum(1), 1.0) and np.allclose(pa.sum(1), 1.0)
    tl, al = c.encoder.type_labels, c.encoder.acled_labels
    assert [tl[int(k)] for k in pt.argmax(1)][:2] == ["ASSAULT", "PROTEST"]
    assert al[int(pa[1].argmax())] == "Peaceful protest"
    # a second call in the same process reuses the session; a forked process would build its own
    session = c.encoder._session
    c.encoder.probabilities(texts[:1])
    assert c.encoder._session is session


@pytest.mark.slow
def test_second_event_of_another_type_reads_the_heads(nlp: Any, coder: Any) -> None:
    """The encoder speaks for the sentence's main event: the march beside an old massacre stays a protest."""
    pytest.importorskip("onnxruntime")
    from newsevents.coding.coder import EventCoder

    c = EventCoder(coder.model, coder.embedder, coder.lexicon, load_cascade())
    text = "Sons of the herders massacred near Bokkos in April 2024 marched in Jos on Tuesday."
    preds = c.predict([text], [nlp(text)])[0]
    assert [q.event for q in preds][:2] == ["ASSAULT", "PROTEST"]
