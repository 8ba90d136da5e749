"""The trained classifier artefact: linear heads (event type, quad class, ACLED sub-type) over `features`,
stored as a small .npz of float16 weights plus a JSON metadata file. Inference is plain numpy."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import scipy.sparse as sp

from newsevents.errors import ModelError
from newsevents.taxonomy import quad_code

MODEL_NAME = "event_coder"
NONE = "NONE"


@dataclass(frozen=True)
class Head:
    """One linear softmax head; `weights_t` (the transposed weights) is computed once on first use."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (n_labels, n_features) float32
    bias: np.ndarray  # (n_labels,)
    temperature: float

    @cached_property
    def weights_t(self) -> np.ndarray:
        return np.ascontiguousarray(self.weights.T)

    @cached_property
    def weights_t64(self) -> np.ndarray:
        """`weights_t` in float64, the type of the features: a product with float64 features converts the float32
        weights to float64 on every call (about 1.3M numbers for a head, most of its cost), so convert them once;
        the products are the same, bit for bit."""
        return self.weights_t.astype(np.float64)

    def proba(self, x: sp.csr_matrix) -> np.ndarray:
        w = self.weights_t64 if x.dtype == np.float64 else self.weights_t
        logits = (x @ w + self.bias) / self.temperature
        logits = np.asarray(logits, dtype=np.float64)
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class CoderModel:
    heads: Mapping[str, Head]  # "type", "quad", optionally "acled"
    meta: Mapping[str, Any]

    @property
    def threshold(self) -> float:
        return float(self.meta.get("abstain_threshold", 0.5))

    @property
    def quad_weight(self) -> float:
        return float(self.meta.get("quad_weight", 0.0))

    @property
    def acled_threshold(self) -> float:
        return float(self.meta.get("acled_threshold", 0.3))


def combine(p_type: np.ndarray, type_labels: Sequence[str], p_quad: np.ndarray | None,
            quad_labels: Sequence[str], quad_weight: float) -> np.ndarray:
    """Joint score over types: log P(type) + w log P(quad(type)); returned renormalised (rows sum to 1)."""
    logp = np.log(p_type + 1e-12)
    if p_quad is not None and quad_weight > 0:
        qidx = [quad_labels.index(str(0 if t == NONE else quad_code(t))) for t in type_labels]
        logp = logp + quad_weight * np.log(p_quad[:, qidx] + 1e-12)
    logp -= logp.max(axis=1, keepdims=True)
    e = np.exp(logp)
    return e / e.sum(axis=1, keepdims=True)


def decide(p: np.ndarray, labels: Sequence[str], threshold: float) -> list[str]:
    """Argmax type, or NONE when the best event type's calibrated probability is below the threshold."""
    out = []
    for row in p:
        k = int(row.argmax())
        out.append(labels[k] if labels[k] == NONE or row[k] >= threshold else NONE)
    return out


def default_model_dir() -> Path:
    return Path(str(resources.files("newsevents.data.models")))


def save_model(model_dir: Path, heads: Mapping[str, Head], meta: Mapping[str, Any]) -> None:
    model_dir.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    for name, h in heads.items():
        arrays[f"{name}__w"] = h.weights.astype(np.float16)
        arrays[f"{name}__b"] = h.bias.astype(np.float32)
    np.savez_compressed(model_dir / f"{MODEL_NAME}.npz", **arrays)  # type: ignore[arg-type]
    full = dict(meta)
    full["heads"] = {n: {"labels": list(h.labels), "temperature": h.temperature} for n, h in heads.items()}
    (model_dir / f"{MODEL_NAME}.json").write_text(json.dumps(full, indent=1, sort_keys=True) + "\n", "utf-8")


def load_model(model_dir: Path | None = None) -> CoderModel:
    d = model_dir or default_model_dir()
    npz, js = d / f"{MODEL_NAME}.npz", d / f"{MODEL_NAME}.json"
    if not npz.exists() or not js.exists():
        raise ModelError(f"no trained event coder in {d}: run `newsevents train` (newsevents.coding.train)")
    try:
        meta = json.loads(js.read_text("utf-8"))
        arr = np.load(npz)
        heads = {n: Head(tuple(h["labels"]), arr[f"{n}__w"].astype(np.float32), arr[f"{n}__b"],
                         float(h["temperature"])) for n, h in meta["heads"].items()}
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"unreadable event coder artefact in {d} ({exc}); re-run `newsevents train`") from exc
    return CoderModel(heads, meta)
