"""Round E32: the encoder cascade on by default. The encoder settles a close ACLED call among the heads' own best
sub-types (`Cascade.acled_candidates`), its distribution averaged with theirs (`Cascade.acled_weight`).

Fast tests use a tiny fake encoder and copies of the artefact's json; the slow ones run the committed ONNX model on
the sentences earlier rounds pinned (they skip without onnxruntime)."""
from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import pytest

from newsevents.coding import encoder as encoder_module
from newsevents.coding.encoder import (ENCODER_NAME, SWITCH, Cascade, among_candidates, cascade_enabled,
                                       default_cascade, load_cascade)
from newsevents.coding.model import default_model_dir

TYPES = ("ASSAULT", "NONE", "PROTEST")
ACLED = ("Armed clash", "Attack", "NONE", "Shelling")


class FixedEncoder:
    """Returns the same ACLED distribution for every text (labels in the heads' order); counts its calls."""

    type_labels: tuple[str, ...] = TYPES
    acled_labels: tuple[str, ...] = ACLED

    def __init__(self, acled: Sequence[float]) -> None:
        self.acled = np.asarray(acled, dtype=float)
        self.calls = 0

    def probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        self.calls += 1
        n = len(texts)
        return np.tile([0.8, 0.1, 0.1], (n, 1)), np.tile(self.acled, (n, 1))


def _cascade(enc: FixedEncoder, candidates: int, weight: float) -> Cascade:
    return Cascade(enc, 0.0, 0.15, frozenset({"ASSAULT", "PROTEST"}), candidates, weight)


def _apply(c: Cascade, pa: np.ndarray) -> np.ndarray:
    p_type = np.tile([0.9, 0.05, 0.05], (len(pa), 1))
    pt, out = c.apply(["s"] * len(pa), p_type, TYPES, pa, ACLED)
    assert np.array_equal(pt, p_type)  # the types stay the heads'
    assert out is not None
    return out


# ---------------------------------------------------------------- among_candidates
def test_among_candidates_top_k() -> None:
    heads = np.array([[0.40, 0.30, 0.20, 0.10], [0.40, 0.30, 0.20, 0.10]])
    enc = np.array([[0.0, 0.0, 0.9, 0.1], [0.0, 0.0, 0.1, 0.9]])  # third of the heads' / fourth
    assert among_candidates(heads, enc, 3).tolist() == [True, False]
    assert among_candidates(heads, enc, 2).tolist() == [False, False]


def test_among_candidates_no_limit_and_odd_input() -> None:
    heads = np.array([[0.4, 0.3, 0.2, 0.1]])
    assert among_candidates(heads, np.array([[0.0, 0.0, 0.0, 1.0]]), 0).tolist() == [True]
    assert among_candidates(heads, np.array([[0.0, 0.0, 0.0, 1.0]]), -1).tolist() == [True]
    assert among_candidates(np.zeros((0, 4)), np.zeros((0, 4)), 3).shape == (0,)
    assert among_candidates(heads, np.array([[0.0, 0.0, 0.0, 1.0]]), 99).tolist() == [True]  # k past the labels


# ---------------------------------------------------------------- the cascade's guard and mix
def test_reading_the_heads_ranked_low_is_not_taken() -> None:
    """'Troops fired at Ahmed Saleh': NONE, Shelling, Attack close at the top of the heads, the encoder says Armed
    clash (fifth of the heads'): the heads' distribution goes on to the rules unchanged."""
    pa = np.array([[0.05, 0.25, 0.38, 0.32]])
    enc = FixedEncoder([0.9, 0.05, 0.0, 0.05])
    out = _apply(_cascade(enc, 3, 0.5), pa)
    assert enc.calls == 1 and np.array_equal(out, pa)


def test_reading_among_the_candidates_is_averaged() -> None:
    pa = np.array([[0.05, 0.30, 0.36, 0.29]])
    enc = FixedEncoder([0.0, 0.9, 0.1, 0.0])
    out = _apply(_cascade(enc, 3, 0.5), pa)
    assert np.allclose(out, 0.5 * pa + 0.5 * np.array([[0.0, 0.9, 0.1, 0.0]]))
    assert ACLED[int(out[0].argmax())] == "Attack"
    assert np.allclose(out.sum(axis=1), 1.0)


def test_weight_one_no_limit_is_the_session22_cascade() -> None:
    pa = np.array([[0.05, 0.25, 0.38, 0.32]])
    enc_p = [0.9, 0.05, 0.0, 0.05]
    out = _apply(_cascade(FixedEncoder(enc_p), 0, 1.0), pa)
    assert np.array_equal(out, np.array([enc_p]))


def test_only_close_rows_are_touched_and_inputs_kept() -> None:
    pa = np.array([[0.05, 0.30, 0.36, 0.29], [0.02, 0.90, 0.05, 0.03]])  # close / clear
    before = pa.copy()
    out = _apply(_cascade(FixedEncoder([0.0, 0.9, 0.1, 0.0]), 3, 0.5), pa)
    assert np.array_equal(pa, before)
    assert np.array_equal(out[1], pa[1]) and not np.array_equal(out[0], pa[0])


def test_no_acled_head_no_change() -> None:
    c = _cascade(FixedEncoder([0.0, 0.9, 0.1, 0.0]), 3, 0.5)
    p_type = np.tile([0.9, 0.05, 0.05], (1, 1))
    pt, pa = c.apply(["s"], p_type, TYPES, None, ())
    assert pa is None and np.array_equal(pt, p_type)


# ---------------------------------------------------------------- the artefact's settings
def _copy(tmp_path: Path) -> Path:
    d = tmp_path / "models"
    d.mkdir()
    for suffix in (".json", ".onnx", ".tokenizer.json"):
        shutil.copy(default_model_dir() / f"{ENCODER_NAME}{suffix}", d / f"{ENCODER_NAME}{suffix}")
    return d


def test_committed_cascade_settings() -> None:
    """On by default: ACLED close calls (0.15) among the heads' three best, averaged; the types stay the heads'."""
    meta = json.loads((default_model_dir() / f"{ENCODER_NAME}.json").read_text())
    c = meta["cascade"]
    assert c["default"] is True and c["type_margin"] == 0.0 and c["acled_margin"] == 0.15
    assert c["acled_candidates"] == 3 and c["acled_weight"] == 0.5


def test_load_reads_the_guard(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    d = _copy(tmp_path)
    c = load_cascade(d, check_sha=False)
    assert (c.acled_candidates, c.acled_weight) == (3, 0.5)


def test_session22_json_without_the_guard_loads_as_before(tmp_path: Path) -> None:
    pytest.importorskip("onnxruntime")
    d = _copy(tmp_path)
    meta = json.loads((d / f"{ENCODER_NAME}.json").read_text())
    del meta["cascade"]["acled_candidates"], meta["cascade"]["acled_weight"]
    (d / f"{ENCODER_NAME}.json").write_text(json.dumps(meta))
    c = load_cascade(d, check_sha=False)
    assert (c.acled_candidates, c.acled_weight) == (0, 1.0)


def test_on_by_default_and_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SWITCH, raising=False)
    assert cascade_enabled()
    monkeypatch.setenv(SWITCH, "off")
    assert not cascade_enabled() and default_cascade() is None


def test_default_without_onnxruntime_says_so_and_codes_without(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SWITCH, raising=False)
    monkeypatch.setattr(encoder_module.importlib.util, "find_spec", lambda name: None)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert default_cascade() is None
    msgs = [str(w.message) for w in caught]
    assert len(msgs) == 1 and "onnxruntime is not installed" in msgs[0] and f"{SWITCH}=off" in msgs[0]
    assert "\n" not in msgs[0]


def test_unrecognised_switch_value_takes_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    d = _copy(tmp_path)
    monkeypatch.setenv(SWITCH, "maybe")
    assert cascade_enabled(d)
    meta = json.loads((d / f"{ENCODER_NAME}.json").read_text())
    meta["cascade"]["default"] = False
    (d / f"{ENCODER_NAME}.json").write_text(json.dumps(meta))
    assert not cascade_enabled(d)


# ---------------------------------------------------------------- the real model on pinned sentences
@pytest.fixture(scope="module")
def on_coder(coder: Any) -> Any:
    pytest.importorskip("onnxruntime")
    from newsevents.coding.coder import EventCoder

    return EventCoder(coder.model, coder.embedder, coder.lexicon, load_cascade())


def _first(nlp: Any, c: Any, text: str, kind: str, ner: bool) -> Any:
    from coding_parts import code_sentence

    evs = [e for e in code_sentence(nlp, c, text, "e32", ner=ner) if e.event == kind]
    assert evs
    return evs[0]


@pytest.mark.slow
@pytest.mark.parametrize("text,kind,sub,ner", [
    # troops firing at one named man: Attack (the encoder's Armed clash is fifth of the heads'); parsed with named
    # entities as test_coding_s13C22 pins it
    ("Troops fired at Ahmed Saleh at the checkpoint in Taiz.", "ASSAULT", "Attack", True),
    # the attack in an "a day after" clause: the encoder reads the sentence's blockade ("Other")
    ("Residents blocked the highway in Butembo on Monday, a day after a militia attack on the town left 16 people "
     "dead.", "ASSAULT", "Attack", False),
    # a coup announced: the encoder's "no ACLED event" is not among the heads' candidates
    ("Mutinous soldiers announced on the radio that they had removed the president from power.", "COERCE", "Other", False),
])
def test_pinned_sub_types_hold_with_the_cascade(nlp: Any, on_coder: Any, text: str, kind: str, sub: str,
                                                ner: bool) -> None:
    assert _first(nlp, on_coder, text, kind, ner).acled_sub_event_type == sub


@pytest.mark.slow
@pytest.mark.parametrize("text,sub", [
    # (lead, session 23: round E32's ambush on a military convoy left this list: round C32's rule now makes an
    # ambush on troops an armed clash before the heads are asked, so it is no close call any more)
    # the heads: Non-state actor overtakes 0.32 / Government regains 0.23; soldiers reoccupied it
    ("Burkinabe soldiers reoccupied the town of Djibo after jihadists withdrew under fire.",
     "Government regains territory"),
])
def test_close_call_among_the_candidates_is_the_encoders(nlp: Any, coder: Any, on_coder: Any, text: str,
                                                          sub: str) -> None:
    """The guard leaves the encoder its job: a close call it settles among the heads' best takes its answer."""
    assert _first(nlp, on_coder, text, "ASSAULT", False).acled_sub_event_type == sub
    from newsevents.coding.coder import EventCoder

    heads_only = EventCoder(coder.model, coder.embedder, coder.lexicon, None)
    assert _first(nlp, heads_only, text, "ASSAULT", False).acled_sub_event_type != sub
