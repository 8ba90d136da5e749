"""Round M28 (session 19): the shipped heads record a fingerprint of the features they were fit on, a fast offline
test recomputes it, and `newsevents train --check` compares a retrain with the shipped files."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp

from newsevents.coding import features as F
from newsevents.coding import train as T
from newsevents.coding.model import MODEL_NAME, combine, decide, default_model_dir, load_model

TRAINING = Path(T.__file__).resolve().parents[1] / "data" / "training"


@pytest.fixture(scope="module")
def parser() -> Any:
    pytest.importorskip("spacy")
    return T.load_parser()


@pytest.fixture(scope="module")
def shipped_meta() -> dict[str, Any]:
    return dict(load_model().meta)



def test_shipped_heads_were_fit_on_todays_features(shipped_meta: dict[str, Any], parser: Any) -> None:
    problems = T.fingerprint_problems(shipped_meta, TRAINING, parser)
    assert not problems, "\n".join(problems)


def test_the_fingerprint_width_is_the_heads_width(shipped_meta: dict[str, Any]) -> None:
    m = load_model()
    width = shipped_meta["fingerprint"]["width"]
    assert all(h.weights.shape[1] == width for h in m.heads.values())
    assert len(shipped_meta["fingerprint"]["probe_texts"]) >= 100  # enough sentences to touch every type


def test_a_changed_cue_moves_the_fingerprint(parser: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    probe = ["Rebels shelled the town of Arvo on Monday.", "The minister urged calm."]
    corpus = probe + ["Police detained two men."]
    before = F.feature_fingerprint(probe, corpus, parser)
    import re
    monkeypatch.setattr(F, "_CUES", F._CUES + [re.compile(r"\bcalm\b")])
    after = F.feature_fingerprint(probe, corpus, parser)
    assert after["width"] == before["width"] + 1
    assert after["probe"] != before["probe"] and after["lexicon"] != before["lexicon"]
    assert after["versions"] == before["versions"]


def test_a_changed_trigger_count_moves_the_lexicon_hash(parser: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = ["Rebels shelled the town of Arvo on Monday.", "The minister urged calm."]
    before = F.feature_fingerprint(corpus[:1], corpus, parser)["lexicon"]
    real = F.lexical_block
    monkeypatch.setattr(F, "lexical_block", lambda texts, lex=None: real(texts, lex) * 2.0)
    assert F.feature_fingerprint(corpus[:1], corpus, parser)["lexicon"] != before


def test_the_digest_ignores_last_bit_noise_and_signed_zeros() -> None:
    a = sp.csr_matrix(np.array([[0.5, 0.0, 0.25], [0.0, 1.0 / 3.0, 0.0]]))
    b = sp.csr_matrix(np.array([[0.5 + 1e-12, -0.0, 0.25], [0.0, 1.0 / 3.0 - 1e-12, 0.0]]))
    assert F._digest(a) == F._digest(b)
    c = sp.csr_matrix(np.array([[0.5, 0.0, 0.25], [0.0, 0.34, 0.0]]))
    assert F._digest(a) != F._digest(c)
    assert F._digest(sp.csr_matrix((0, 3))) != F._digest(sp.csr_matrix((0, 4)))


def test_odd_input_has_a_fingerprint_and_a_decision(parser: Any) -> None:
    fp = F.feature_fingerprint(["", "Clashes"], ["", "Clashes", "   "], parser)
    assert fp["width"] == F.featurize(["x"], None).shape[1]
    assert len(fp["probe"]) == len(fp["lexicon"]) == 16
    m = load_model()
    x = F.featurize(["", "Clashes"], None, list(parser.pipe(["", "Clashes"])))
    th, qh = m.heads["type"], m.heads["quad"]
    p = combine(th.proba(x), th.labels, qh.proba(x), qh.labels, m.quad_weight)
    assert np.allclose(p.sum(axis=1), 1.0) and len(decide(p, th.labels, m.threshold)) == 2


def _small_training(tmp_path: Path) -> Path:
    d = tmp_path / "training"
    d.mkdir()
    lines = [json.dumps({"text": t, "event": e, "acled": None}) for t, e in (
        ("Troops shelled rebel positions near Orsk.", "ASSAULT"), ("The envoy met the prime minister.", "CONSULT"),
        ("Officials signed a water-sharing accord.", "SUPPORT"))]
    (d / "small.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    return d


def test_problems_name_what_changed(tmp_path: Path, parser: Any) -> None:
    d = _small_training(tmp_path)
    meta: dict[str, Any] = {"fingerprint": T.fingerprint(d, parser), "data": T._data_hashes(None, d)}
    assert T.fingerprint_problems(meta, d, parser) == []
    stale = {**meta, "fingerprint": {**meta["fingerprint"], "lexicon": "0" * 16}}
    (msg,) = T.fingerprint_problems(stale, d, parser)
    assert msg.startswith("features changed since the heads were fit: run `newsevents train`") and "lexicon" in msg
    (msg,) = T.fingerprint_problems({"data": meta["data"]}, d, parser)
    assert "records no feature fingerprint" in msg
    with (d / "small.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"text": "Police arrested a journalist.", "event": "COERCE"}) + "\n")
    msgs = T.fingerprint_problems(meta, d, parser)
    assert any(m.startswith("training data changed") and "training/small.jsonl" in m for m in msgs)


def _fake_train(payload: bytes) -> Any:
    def fake(shared: Path | None, training_dir: Path, out_dir: Path) -> dict[str, object]:
        (out_dir / f"{MODEL_NAME}.npz").write_bytes(payload)
        (out_dir / f"{MODEL_NAME}.json").write_text('{"data": {}}\n', "utf-8")
        return {}
    return fake


def test_train_check_compares_a_retrain_byte_for_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "model"
    shipped.mkdir()
    (shipped / f"{MODEL_NAME}.npz").write_bytes(b"heads")
    (shipped / f"{MODEL_NAME}.json").write_text('{"data": {}}\n', "utf-8")
    monkeypatch.setattr(T, "train", _fake_train(b"heads"))
    assert T.check(None, tmp_path, shipped) == 0
    monkeypatch.setattr(T, "train", _fake_train(b"other heads"))
    assert T.check(None, tmp_path, shipped) == 1
    (shipped / f"{MODEL_NAME}.npz").unlink()  # a missing shipped file differs too
    monkeypatch.setattr(T, "train", _fake_train(b"heads"))
    assert T.check(None, tmp_path, shipped) == 1


def test_train_check_needs_the_shared_data_the_heads_were_fit_on(tmp_path: Path) -> None:
    shipped = tmp_path / "model"
    shutil.copytree(default_model_dir(), shipped)
    assert T.check(None, tmp_path, shipped) == 2  # returns before any training
    assert T.main(["--check", "--shared", str(tmp_path / "absent"), "--out", str(shipped)]) == 2


def test_the_abstain_threshold_is_pinned_not_tuned(shipped_meta: dict[str, Any]) -> None:
    # the coder also reads it as the floor for a second-best type; a val-tuned 0.3 lost a drill's MOBILIZE
    assert shipped_meta["abstain_threshold"] == T.ABSTAIN_THRESHOLD == 0.1
