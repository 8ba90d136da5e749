"""Round M27 (session 18): the classifier artefact matches the features, loads, saves reproducibly, and copes with
odd input (empty text, one word)."""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from newsevents.coding import features as F
from newsevents.coding.lexicon import load_lexicon
from newsevents.coding.model import Head, combine, decide, load_model, save_model


def _width() -> int:
    n_lex = len(load_lexicon().types) + len(F._CUES)
    return F.N_HASH + n_lex + F.EMB_DIM + F.N_SYN


def test_feature_width_and_blocks_without_embedder_or_parse() -> None:
    x = F.featurize(["Gunmen killed five villagers.", "", "Shot"], None)
    assert x.shape == (3, _width())
    assert np.isfinite(x.data).all()
    assert x[1].nnz == 0  # the empty text has no word, cue or lexicon feature


def test_shipped_artefact_fits_the_features_and_records_them() -> None:
    m = load_model()
    assert set(m.heads) == {"type", "quad", "acled"}
    for h in m.heads.values():
        assert h.weights.shape == (len(h.labels), _width())
        assert h.bias.shape == (len(h.labels),) and h.temperature > 0
    feats = m.meta["features"]
    assert feats["embedding"] == f"wordllama {F.EMB_DIM}"
    assert float(feats.get("embedding_weight", 1.0)) == F.EMB_WEIGHT


def test_odd_input_gets_a_decision_from_every_head() -> None:
    m = load_model()
    x = F.featurize(["", "Clashes", "   "], None)
    th, qh = m.heads["type"], m.heads["quad"]
    p = combine(th.proba(x), th.labels, qh.proba(x), qh.labels, m.quad_weight)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert len(decide(p, th.labels, m.threshold)) == 3
    pa = m.heads["acled"].proba(x)
    assert pa.shape == (3, len(m.heads["acled"].labels)) and np.isfinite(pa).all()


def test_saved_artefact_bytes_do_not_depend_on_the_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(0)
    heads = {"type": Head(("A", "B"), rng.normal(size=(2, 5)).astype(np.float32), np.zeros(2, np.float32), 1.5)}
    monkeypatch.setattr(time, "time", lambda: 1_000_000_000.0)
    save_model(tmp_path / "a", heads, {"seed": 13})
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    save_model(tmp_path / "b", heads, {"seed": 13})
    assert (tmp_path / "a" / "event_coder.npz").read_bytes() == (tmp_path / "b" / "event_coder.npz").read_bytes()
    m = load_model(tmp_path / "b")
    assert np.array_equal(m.heads["type"].weights, heads["type"].weights.astype(np.float16).astype(np.float32))
    assert m.heads["type"].temperature == 1.5 and m.meta["seed"] == 13


class _WrongSize:
    def embed(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 64), dtype=np.float32)


def test_an_embedder_of_another_size_is_a_clear_error() -> None:
    from newsevents.errors import ModelError

    with pytest.raises(ModelError, match="256 dims"):
        F.featurize(["Troops shelled the town."], _WrongSize())
