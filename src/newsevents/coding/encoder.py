"""A second opinion on the classifier's close calls: a fine-tuned sentence encoder (all-MiniLM-L6-v2 with PLOVER
type, ACLED sub-type and quad heads, exported to int8 ONNX) run with onnxruntime + tokenizers, no PyTorch.

The cascade: the shipped linear heads decide every sentence; only sentences whose top-two type probabilities are
closer than `type_margin` (or ACLED probabilities closer than `acled_margin`) are encoded, and for those the
encoder's distribution replaces the heads' one (ACLED: averaged with it, and only where the encoder's pick is one of
the heads' best few; round E32). The margins were picked on the validation split (see
experiments/encoder_finetune). Most sentences are clear calls, so most of the encoder's cost is never paid. On by
default since round E32 (the artefact's `cascade.default`); NEWSEVENTS_ENCODER=off turns it off.

The artefact (`data/models/event_encoder.{onnx,tokenizer.json,json}`) is loaded once per process and injected into
`EventCoder`; the onnxruntime session is made lazily in each process that uses it (never across a fork: the
pipeline's workers are forked from a parent that loaded the models)."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence

import numpy as np

from newsevents.errors import ModelError

ENCODER_NAME = "event_encoder"
NONE = "NONE"
# "on" / "off": whether `EventCoder.load` adds the cascade (an explicit choice beats the artefact's default)
SWITCH = "NEWSEVENTS_ENCODER"


class SentenceEncoder(Protocol):
    """What the cascade needs of an encoder (the ONNX one, or a fake in tests)."""

    type_labels: tuple[str, ...]
    acled_labels: tuple[str, ...]

    def probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(P(type), P(ACLED sub-type)) per text, rows summing to 1, columns in the labels' order."""
        ...


@dataclass(frozen=True)
class Cascade:
    """An encoder and the margins under which its opinion replaces the shipped heads'."""

    encoder: SentenceEncoder
    type_margin: float
    acled_margin: float
    # the PLOVER types that carry an ACLED sub-type (acled_rules._ACLED_TYPES); empty: every row may need one
    acled_types: frozenset[str] = frozenset()
    # (round E32) the encoder settles a close ACLED call among the heads' own `acled_candidates` best sub-types
    # (0: any); a reading they ranked lower is the sentence's other event or one the rules were tuned against
    # ("Troops fired at Ahmed Saleh": Armed clash, fifth of the heads'). Where it may speak, its distribution
    # weighs `acled_weight` against the heads' (1: replaces them); both picked on the validation split
    acled_candidates: int = 0
    acled_weight: float = 1.0

    def warm(self) -> None:
        """Open the encoder now where it can be (`OnnxEncoder.warm`); other encoders (tests' fakes) load nothing."""
        warm = getattr(self.encoder, "warm", None)
        if callable(warm):
            warm()

    def apply(self, texts: Sequence[str], p_type: np.ndarray, type_labels: Sequence[str],
              p_acled: np.ndarray | None, acled_labels: Sequence[str]) -> tuple[np.ndarray, np.ndarray | None]:
        """`p_type` / `p_acled` with the close-call rows replaced by the encoder's (the inputs are not changed)."""
        close_t = margins(p_type) < self.type_margin
        close_a = margins(p_acled) < self.acled_margin if p_acled is not None else np.zeros(len(texts), bool)
        if self.acled_types and p_acled is not None:
            close_a &= acled_used(p_type, type_labels, self.acled_types)
        rows = np.flatnonzero(close_t | close_a)
        if not len(rows):
            return p_type, p_acled
        et, ea = self.encoder.probabilities([texts[int(i)] for i in rows])
        p_type = p_type.copy()
        sel_t = close_t[rows]
        p_type[rows[sel_t]] = et[sel_t][:, aligned(self.encoder.type_labels, type_labels)]
        if p_acled is not None:
            p_acled = p_acled.copy()
            sel_a = close_a[rows]
            heads, enc = p_acled[rows[sel_a]], ea[sel_a][:, aligned(self.encoder.acled_labels, acled_labels)]
            ok = among_candidates(heads, enc, self.acled_candidates)
            p_acled[rows[sel_a][ok]] = (1 - self.acled_weight) * heads[ok] + self.acled_weight * enc[ok]
        return p_type, p_acled


def among_candidates(heads: np.ndarray, enc: np.ndarray, k: int) -> np.ndarray:
    """Per row, whether the encoder's best label is among the `k` best of the heads (k <= 0: always)."""
    if k <= 0 or not len(heads):
        return np.ones(len(heads), bool)
    best = np.argsort(-heads, axis=1, kind="stable")[:, :k]
    return np.asarray((best == enc.argmax(axis=1)[:, None]).any(axis=1))


def margins(p: np.ndarray | None) -> np.ndarray:
    """Per row, the best probability minus the second best (0 for a tie: a close call)."""
    if p is None or not len(p):
        return np.zeros(0)
    if p.shape[1] < 2:
        return np.ones(len(p))
    top2 = np.partition(p, -2, axis=1)[:, -2:]
    return np.asarray(top2[:, 1] - top2[:, 0])


def acled_used(p_type: np.ndarray, type_labels: Sequence[str], acled_types: frozenset[str]) -> np.ndarray:
    """Rows whose ACLED sub-type can be asked for: the best type carries one, or the best is another event type
    and the second carries one (`EventCoder.predict` stops at NONE and reads at most two types). A close ACLED
    call on a sentence the heads give no conflict type is not worth the encoder's time."""
    if not len(p_type):
        return np.zeros(0, bool)
    order = np.argsort(-p_type, axis=1)[:, :2]
    carries = np.array([lab in acled_types for lab in type_labels])
    first, second = order[:, 0], order[:, min(1, p_type.shape[1] - 1)]
    is_none = np.array([lab == NONE for lab in type_labels])
    return np.asarray(carries[first] | (~is_none[first] & carries[second]))


def aligned(source: Sequence[str], target: Sequence[str]) -> list[int]:
    """Column indices taking `source`-ordered probabilities to `target`'s order (same label set)."""
    if set(source) != set(target):
        raise ModelError(f"the event encoder's labels differ from the classifier's ({sorted(set(source) ^ set(target))}"
                         f"); retrain one of them on the same taxonomy")
    where = {lab: i for i, lab in enumerate(source)}
    return [where[lab] for lab in target]


def softmax(x: np.ndarray) -> np.ndarray:
    z = np.asarray(x, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def combine_quad(p_type: np.ndarray, type_labels: Sequence[str], p_quad: np.ndarray, quad_labels: Sequence[str],
                 quad_weight: float) -> np.ndarray:
    """model.combine for the encoder's own heads (import kept local: model imports nothing from here)."""
    from newsevents.coding.model import combine

    return combine(p_type, type_labels, p_quad, quad_labels, quad_weight)


@dataclass
class OnnxEncoder:
    """The int8 ONNX encoder. `probabilities` builds the onnxruntime session on first use in each process."""

    model_path: Path
    tokenizer_path: Path
    type_labels: tuple[str, ...]
    acled_labels: tuple[str, ...]
    quad_labels: tuple[str, ...]
    quad_weight: float
    max_tokens: int = 128
    # one sentence per run: int8 activations are scaled per batch (dynamic quantisation), so a batch would let a
    # sentence's probabilities move with whatever else (and however much padding) shares it; alone, an article
    # codes the same whatever it is batched with in the pipeline (~0.5 ms more per sentence)
    batch: int = 1
    _session: Any = field(default=None, repr=False)
    _tokenizer: Any = field(default=None, repr=False)
    _pid: int = field(default=-1, repr=False)
    # (round P35) a session `warm` built before the workers fork is theirs too: with one intra- and one inter-op
    # thread the session starts no thread (the tokenizer's pool starts only when it first encodes, never in
    # `warm`), so a forked child holds a whole copy; each worker otherwise built its own (~0.35 s of CPU each)
    _fork_safe: bool = field(default=False, repr=False)

    def _ready(self) -> tuple[Any, Any]:
        if self._session is None or (self._pid != os.getpid() and not self._fork_safe):
            import onnxruntime as ort
            from tokenizers import Tokenizer

            try:
                tok = Tokenizer.from_file(str(self.tokenizer_path))
            except Exception as exc:  # tokenizers raises a bare Exception for a malformed file
                raise ModelError(_fix(f"the event encoder's tokenizer {self.tokenizer_path} is unreadable")) from exc
            tok.enable_truncation(self.max_tokens)
            tok.enable_padding(pad_id=0, pad_token="[PAD]")
            so = ort.SessionOptions()
            # one thread: the pipeline runs one worker per core (engines/local.py), like its BLAS limit
            so.intra_op_num_threads = 1
            so.inter_op_num_threads = 1
            so.log_severity_level = 3
            try:
                self._session = ort.InferenceSession(str(self.model_path), so, providers=["CPUExecutionProvider"])
            except Exception as exc:  # onnxruntime raises its own error types for a broken or foreign file
                raise ModelError(_fix(f"the event encoder {self.model_path} could not be opened "
                                      f"({type(exc).__name__})")) from exc
            self._tokenizer, self._pid, self._fork_safe = tok, os.getpid(), False
        return self._session, self._tokenizer

    def warm(self) -> None:
        """(round P35) Open the session and the tokenizer now, for the workers forked after this (`Pipeline.warm`)
        to share; nothing is encoded, so no thread runs at the fork. A session opened on first use (in a worker,
        or before a fork without `warm`) stays that process's own."""
        self._ready()
        self._fork_safe = True

    def probabilities(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        sess, tok = self._ready()
        if not len(texts):
            return np.zeros((0, len(self.type_labels))), np.zeros((0, len(self.acled_labels)))
        # texts of like length batched together (a larger `batch`): less padding to encode
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        pt, pa, pq = [], [], []
        for i in range(0, len(order), self.batch):
            enc = tok.encode_batch([texts[k] for k in order[i:i + self.batch]])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            lt, la, lq = sess.run(["type", "acled", "quad"], {"input_ids": ids, "attention_mask": mask})
            pt.append(softmax(lt)); pa.append(softmax(la)); pq.append(softmax(lq))
        back = np.argsort(order)
        p_type = combine_quad(np.concatenate(pt)[back], self.type_labels, np.concatenate(pq)[back], self.quad_labels,
                              self.quad_weight)
        return p_type, np.concatenate(pa)[back]


def default_encoder_dir() -> Path:
    from newsevents.coding.model import default_model_dir

    return default_model_dir()


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fix(msg: str) -> str:
    return (f"{msg}; rebuild it (experiments/encoder_finetune/README.md) or set {SWITCH}=off to code without the "
            f"encoder cascade")


def load_cascade(model_dir: Path | None = None, check_sha: bool = True) -> Cascade:
    """The committed cascade (encoder + margins), or ModelError saying what to do. Needs onnxruntime and tokenizers
    (project dependencies), never torch."""
    d = model_dir or default_encoder_dir()
    meta_path, onnx_path, tok_path = (d / f"{ENCODER_NAME}.json", d / f"{ENCODER_NAME}.onnx",
                                      d / f"{ENCODER_NAME}.tokenizer.json")
    for p in (meta_path, onnx_path, tok_path):
        if not p.is_file():
            raise ModelError(_fix(f"the event encoder file {p} is missing"))
    try:
        meta: Mapping[str, Any] = json.loads(meta_path.read_text("utf-8"))
        labels, cascade = meta["labels"], meta["cascade"]
        enc = OnnxEncoder(onnx_path, tok_path, tuple(labels["type"]), tuple(labels["acled"]), tuple(labels["quad"]),
                          float(meta.get("quad_weight", 0.0)), int(meta.get("max_tokens", 128)))
        type_margin, acled_margin = float(cascade["type_margin"]), float(cascade["acled_margin"])
        # (round E32) absent in a session-22 json: the encoder's whole distribution for any close call
        candidates, weight = int(cascade.get("acled_candidates", 0)), float(cascade.get("acled_weight", 1.0))
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(_fix(f"the event encoder's metadata {meta_path} is unreadable ({exc})")) from exc
    if check_sha:
        for p in (onnx_path, tok_path):
            want = meta.get("sha256", {}).get(p.name)
            if want is not None and _sha256(p) != want:
                raise ModelError(_fix(f"the event encoder file {p} is corrupt (sha256 differs from {meta_path.name})"))
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError as exc:
        raise ModelError(_fix(f"the event encoder needs onnxruntime and tokenizers ({exc}): pip install -c "
                              f"constraints.txt onnxruntime tokenizers")) from exc
    from newsevents.coding.acled_rules import _ACLED_TYPES

    return Cascade(enc, type_margin, acled_margin, frozenset(_ACLED_TYPES), candidates, weight)


def _switch() -> bool | None:
    """NEWSEVENTS_ENCODER: True (on), False (off) or None (unset or unrecognised: the artefact's default)."""
    v = os.environ.get(SWITCH, "").strip().lower()
    if v in ("1", "on", "true", "yes"):
        return True
    if v in ("0", "off", "false", "no"):
        return False
    return None


def cascade_enabled(model_dir: Path | None = None) -> bool:
    """NEWSEVENTS_ENCODER=on/off decides; unset, the artefact's `cascade.default` (absent artefact: off)."""
    explicit = _switch()
    if explicit is not None:
        return explicit
    meta_path = (model_dir or default_encoder_dir()) / f"{ENCODER_NAME}.json"
    try:
        return bool(json.loads(meta_path.read_text("utf-8"))["cascade"].get("default", False))
    except (OSError, KeyError, TypeError, ValueError, AttributeError):
        return False


def default_cascade(model_dir: Path | None = None) -> Cascade | None:
    """The cascade `EventCoder.load` uses, or None (the shipped heads alone). Asked for with NEWSEVENTS_ENCODER=on,
    any loading problem is an error; on by the artefact's default in an environment installed before onnxruntime
    was a dependency, a one-line warning and the heads alone (files that are missing or corrupt stay errors)."""
    if not cascade_enabled(model_dir):
        return None
    if _switch() is None and importlib.util.find_spec("onnxruntime") is None:
        warnings.warn(f"newsevents: onnxruntime is not installed, so the event encoder cascade is off (pip install "
                      f"-c constraints.txt -e . installs it; {SWITCH}=off silences this)", RuntimeWarning,
                      stacklevel=2)
        return None
    return load_cascade(model_dir)
