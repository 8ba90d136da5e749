"""Sentence features shared by training and inference: hashed word n-grams (no vocabulary to store), counts of
trigger-lexicon hits per PLOVER type, a few cue flags, and WordLlama static sentence embeddings."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol, Sequence

import numpy as np
import scipy.sparse as sp
from murmurhash.mrmr import hash as murmur3_32  # spaCy's own dependency: MurmurHash3 x86_32, as sklearn hashes
from spacy.tokens import Doc

from newsevents.coding.detect import lexicon_index
from newsevents.coding.lexicon import Lexicon, load_lexicon
from newsevents.errors import ModelError
from newsevents.nlp import doc_text, doc_tokens

N_HASH = 2 ** 15
N_SYN = 2 ** 14
EMB_DIM = 256  # the bundled WordLlama weights (l2_supercat_256): larger Matryoshka dims would need a download
EMB_WEIGHT = 1.0  # the embedding block is L2-normalised like the n-gram block; this balances the two
_CUES = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(not|never|no|n't|denied|failed to)\b", r"\b(will|would|plans? to|to be held|next (week|month|year))\b",
    r"\b(could|might|may|if|threat|warn|fear)", r"\b(last year|years ago|anniversary|in (19|20)\d\d)\b",
    r"\b(said|says|told|according to|stated|added)\b", r"\d", r"\?",
    r"\b(earthquake|flood|storm|cyclone|hurricane|landslide|accident|crash|collision|fire broke out|drown)",
    r"\b(match|tournament|league|goal|championship|cup|coach|olympic|scored)\b",
)]


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> Any: ...


def load_wordllama() -> Embedder:
    """The bundled WordLlama model, offline (raises ModelError when it cannot be loaded)."""
    try:
        import wordllama
        from wordllama import WordLlama
        return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
    except Exception as exc:  # wordllama raises various errors for missing weights
        raise ModelError(f"could not load the bundled WordLlama embeddings ({exc}); reinstall wordllama") from exc


def lexical_block(texts: Sequence[str], lex: Lexicon | None = None) -> np.ndarray:
    """Per text: log(1 + hits) of each PLOVER type's trigger stems, then the cue flags."""
    lx = lex or load_lexicon()
    index = lexicon_index(lx)
    if index is None:  # a lexicon the index cannot handle: the plain (slow) regexes, same values
        return _lexical_block_slow(texts, lx)
    n_types = len(lx.types)
    out = np.zeros((len(texts), n_types + len(_CUES)), dtype=np.float64)
    for i, t in enumerate(texts):
        row = out[i]
        for j, n in enumerate(index.type_counts(t)):
            if n:
                row[j] = _log1p(n)
        for k, rx in enumerate(_CUES):
            if rx.search(t):
                row[n_types + k] = 1.0
    # float64 -> float32 rounds exactly as assigning the float64 values into a float32 array did
    return out.astype(np.float32)


@functools.lru_cache(maxsize=256)
def _log1p(n: int) -> float:
    return float(np.log1p(n))


def _lexical_block_slow(texts: Sequence[str], lx: Lexicon) -> np.ndarray:
    out = np.zeros((len(texts), len(lx.types) + len(_CUES)), dtype=np.float32)
    for i, t in enumerate(texts):
        for j, ty in enumerate(lx.types):
            n = len(lx.trigger_res[ty].findall(t))
            out[i, j] = np.log1p(n)
        for k, rx in enumerate(_CUES):
            out[i, len(lx.types) + k] = 1.0 if rx.search(t) else 0.0
    return out


def syntax_tokens(doc: Doc, lex: Lexicon | None = None) -> str:
    """Pseudo-words from the parse: the root's lemma, its clausal complements/object, the trigger-lexicon types
    they match, their auxiliaries/negation and subject lemmas. The main verb decides the event type far more
    often than other words in the sentence, so it gets its own feature block."""
    lx = lex or load_lexicon()
    index = lexicon_index(lx)
    out: list[str] = []
    root = next((t for t in doc_tokens(doc) if t.dep_ == "ROOT"), None)
    if root is None:
        return ""
    text = doc_text(doc)  # built from the tokens on every access: read once per doc
    out.append("root_" + root.lemma_.lower())
    chain = [root] + [c for c in root.children if c.dep_ in ("xcomp", "ccomp", "conj", "dobj")][:3]
    for k, t in enumerate(chain):
        lvl = min(k, 1)
        out.append(f"c{lvl}_" + t.lemma_.lower())
        if index is not None:
            out.extend(f"t{lvl}_" + ty for ty in index.types_at(text, t.idx))
        else:
            out.extend(f"t{lvl}_" + ty for ty, rx in lx.trigger_res.items() if rx.match(text, t.idx))
    for c in root.children:
        if c.dep_ in ("aux", "neg", "auxpass"):
            out.append("aux_" + c.lower_)
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.append(c.dep_ + "_" + c.lemma_.lower())
    return " ".join(out)


@dataclass(frozen=True)
class _Hashing:
    """The settings of one hashed block, as sklearn's HashingVectorizer took them when the heads were fit:
    `token_pattern`, `lowercase`, n-grams up to `max_n` (joined by one space), `n_features` columns, no alternate
    sign, l2 rows of float64."""
    token_pattern: re.Pattern[str]
    lowercase: bool
    max_n: int
    n_features: int


_HASHINGS = {
    "words": _Hashing(re.compile(r"(?u)\b\w+\b"), True, 2, N_HASH),
    "syntax": _Hashing(re.compile(r"\S+"), False, 1, N_SYN),
}


def _analyze(text: str, h: _Hashing) -> list[str]:
    """The analyzer's features of one text: its tokens, then each run of 2..max_n tokens (sklearn's order)."""
    tokens = h.token_pattern.findall(text.lower() if h.lowercase else text)
    out = list(tokens)
    for n in range(2, min(h.max_n, len(tokens)) + 1):
        out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


def _column(feature: str, n_features: int) -> int:
    """sklearn's FeatureHasher column of a feature: |murmur3_32(utf-8, seed 0)| mod n (-2**31 as sklearn maps it)."""
    h = murmur3_32(feature)
    return (2147483647 - (n_features - 1)) % n_features if h == -2147483648 else abs(h) % n_features


def _hash_transform(kind: str, texts: Sequence[str]) -> Any:
    """`HashingVectorizer.transform(texts)` for the "words" or "syntax" settings, without importing sklearn (its
    import costs about 1.5 s of CPU in every process, and only the hashing was used): the same columns, values and
    dtypes (counts summed, indices sorted, rows scaled to unit l2 norm); tests/test_perf_s20P29.py compares it
    with sklearn's over the training sentences."""
    h = _HASHINGS[kind]
    indptr = [0]
    indices: list[int] = []
    for t in texts:
        indices.extend(_column(f, h.n_features) for f in _analyze(t, h))
        indptr.append(len(indices))
    x = sp.csr_matrix((np.ones(len(indices), dtype=np.float64), np.asarray(indices, dtype=np.int32),
                       np.asarray(indptr, dtype=np.int32)), dtype=np.float64, shape=(len(texts), h.n_features))
    x.sum_duplicates()  # also sorts the indices, as FeatureHasher does
    # counts are whole numbers, so their sums of squares are exact in any order: the norms equal sklearn's loop's
    rows = np.repeat(np.arange(len(texts)), np.diff(x.indptr))
    norms = np.sqrt(np.bincount(rows, weights=x.data * x.data, minlength=len(texts)))
    x.data /= norms[rows]
    return x


def featurize(texts: Sequence[str], embedder: Embedder | None, docs: Sequence[Doc] | None = None) -> sp.csr_matrix:
    """Feature matrix (n, N_HASH + lexical + embedding + N_SYN dims). Without an embedder the embedding block is
    zero; without parses the syntax block is zero."""
    texts = [t or "" for t in texts]
    hashed = _hash_transform("words", texts)
    lexb = lexical_block(texts)
    if embedder is not None and texts:
        emb = np.asarray(embedder.embed(list(texts)), dtype=np.float32)
        if emb.shape != (len(texts), EMB_DIM):  # another WordLlama size would silently misalign the heads
            raise ModelError(f"sentence embeddings of shape {emb.shape}; the event coder needs {EMB_DIM} dims")
        norms = np.linalg.norm(emb, axis=1, keepdims=True)
        emb = EMB_WEIGHT * emb / np.maximum(norms, 1e-8)
    else:
        emb = np.zeros((len(texts), EMB_DIM), dtype=np.float32)
    if docs is not None:
        syn = _hash_transform("syntax", [syntax_tokens(d) for d in docs])
    else:
        syn = sp.csr_matrix((len(texts), N_SYN), dtype=np.float32)
    return sp.hstack([hashed, sp.csr_matrix(lexb), sp.csr_matrix(emb), syn], format="csr")


FINGERPRINT_DECIMALS = 5  # values are rounded before hashing: a last-bit difference between builds is no change


def _digest(x: Any) -> str:
    """sha256 (16 hex) of a feature matrix: its shape, sparsity pattern and rounded values."""
    m = sp.csr_matrix(x, dtype=np.float64)
    m.eliminate_zeros()
    m.sort_indices()
    h = hashlib.sha256(np.asarray(m.shape, dtype=np.int64).tobytes())
    h.update(m.indptr.astype(np.int64).tobytes())
    h.update(m.indices.astype(np.int64).tobytes())
    h.update((np.round(m.data, FINGERPRINT_DECIMALS) + 0.0).tobytes())  # + 0.0 turns -0.0 into 0.0
    return h.hexdigest()[:16]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return ""


def feature_fingerprint(probe: Sequence[str], corpus: Sequence[str], parser: Any) -> dict[str, Any]:
    """What the heads were fit on, apart from the embeddings (floats that may differ across BLAS builds): the
    width, a hash of every non-embedding feature of `probe` (word n-grams, lexicon counts, cues, and the syntax
    block from `parser`'s parses), a hash of the lexicon/cue block over `corpus` (the project's training
    sentences, so a changed trigger stem shows even where the probe lacks it), and the library versions."""
    docs = list(parser.pipe(list(probe)))
    x = featurize(probe, None, docs)  # no embedder: the embedding block is zero and drops out of the hash
    meta = getattr(parser, "meta", {}) or {}
    return {
        "width": int(x.shape[1]),
        "probe": _digest(x),
        "lexicon": _digest(lexical_block(list(corpus))),
        "versions": {"spacy": _version("spacy"), "parser": f"{meta.get('name', '')} {meta.get('version', '')}",
                     "wordllama": _version("wordllama"), "scikit-learn": _version("scikit-learn")},
    }
