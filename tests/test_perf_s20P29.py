"""Round P29: the hashed feature blocks are computed without importing sklearn (its import cost ~1.5 s of CPU
per process). The committed classifier heads were fit on sklearn's HashingVectorizer columns, so the
replacement must give the very same matrix: same shape, dtype, column indices, order and float values."""
from __future__ import annotations

import random
import subprocess
import sys
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp

from newsevents.coding import features as F

from corpus import sample_sentences, training_texts

_SETTINGS = {
    "words": dict(n_features=2 ** 15, ngram_range=(1, 2), alternate_sign=False, norm="l2", lowercase=True,
                  token_pattern=r"(?u)\b\w+\b"),
    "syntax": dict(n_features=2 ** 14, token_pattern=r"\S+", lowercase=False, norm="l2", alternate_sign=False),
}


def _sklearn(kind: str, texts: list[str]) -> sp.csr_matrix:
    text_mod = pytest.importorskip("sklearn.feature_extraction.text")
    return text_mod.HashingVectorizer(**_SETTINGS[kind]).transform(texts)


def _same(a: Any, b: Any) -> bool:
    return bool(a.shape == b.shape and a.dtype == b.dtype and a.indices.dtype == b.indices.dtype
                and a.indptr.dtype == b.indptr.dtype
                and all(np.array_equal(getattr(a, k), getattr(b, k)) for k in ("data", "indices", "indptr")))


def _odd_texts() -> list[str]:
    rnd = random.Random(29)
    words = " ".join(training_texts()[:300]).split()
    out = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 30))) for _ in range(200)]
    out += ["", " ", "\n\t", "word", "Word word WORD", "a a a a a a a a", "Zaïre's Perú", "İstanbul ǅemal",
            "日本 東京 攻撃", "x" * 300, "_ __ 9 3.5 -", "don't won't", "«Attack» …shot", "\u00a0Kabul\u2009city",
            "killed\u2028injured", "a\u00adb", "ﬁre ﬂood", "root_kill t0_ASSAULT aux_not", "          Maiduguri"]
    return out


@pytest.mark.parametrize("kind", ["words", "syntax"])
def test_hash_transform_equals_sklearn_over_training_sentences(kind: str) -> None:
    texts = training_texts() + sample_sentences()
    assert len(texts) > 1000
    assert _same(F._hash_transform(kind, texts), _sklearn(kind, texts))


@pytest.mark.parametrize("kind", ["words", "syntax"])
def test_hash_transform_equals_sklearn_on_odd_input(kind: str) -> None:
    texts = _odd_texts()
    assert _same(F._hash_transform(kind, texts), _sklearn(kind, texts))
    for t in texts:  # one text at a time, as a story of one sentence
        assert _same(F._hash_transform(kind, [t]), _sklearn(kind, [t]))


@pytest.mark.parametrize("kind", ["words", "syntax"])
def test_empty_batches_and_empty_texts(kind: str) -> None:
    # sklearn's transform raised StopIteration on no texts (the coder never asked it); here: 0 rows, same dtypes
    empty = F._hash_transform(kind, [])
    one = F._hash_transform(kind, ["word"])
    assert empty.shape == (0, one.shape[1]) and empty.nnz == 0
    assert (empty.dtype, empty.indices.dtype, empty.indptr.dtype) == (one.dtype, one.indices.dtype, one.indptr.dtype)
    x = F._hash_transform(kind, ["", " "])
    assert x.shape == (2, F.N_HASH if kind == "words" else F.N_SYN) and x.nnz == 0
    assert _same(x, _sklearn(kind, ["", " "]))


def test_same_text_twice_gives_the_same_rows() -> None:
    x = F._hash_transform("words", ["Troops shelled the town.", "Troops shelled the town."])
    assert np.array_equal(x[0].toarray(), x[1].toarray())
    assert _same(F._hash_transform("words", ["Troops shelled the town."]), x[0])


def test_repeated_words_are_counted_then_normalised() -> None:
    x = F._hash_transform("syntax", ["a a b"])
    assert sorted(np.round(x.data ** 2, 12).tolist()) == [0.2, 0.8]  # counts 2 and 1 over sqrt(5)
    assert np.isclose(np.linalg.norm(x.data), 1.0)


def test_analyzer_features_in_sklearn_order() -> None:
    words = F._HASHINGS["words"]
    assert F._analyze("Police FIRED tear-gas", words) == [
        "police", "fired", "tear", "gas", "police fired", "fired tear", "tear gas"]
    assert F._analyze("one", words) == ["one"]
    assert F._analyze("", words) == []
    assert F._analyze("root_Kill  aux_not", F._HASHINGS["syntax"]) == ["root_Kill", "aux_not"]


def test_extreme_hash_maps_as_sklearn_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(F, "murmur3_32", lambda f: -2147483648)
    assert F._column("x", 2 ** 15) == (2147483647 - (2 ** 15 - 1)) % 2 ** 15
    monkeypatch.setattr(F, "murmur3_32", lambda f: -5)
    assert F._column("x", 2 ** 14) == 5


def test_lone_surrogate_as_sklearn() -> None:
    # no word character: the word block skips it; a whitespace-split token holding it cannot be encoded (both fail)
    assert _same(F._hash_transform("words", ["bad \ud800 text"]), _sklearn("words", ["bad \ud800 text"]))
    with pytest.raises(UnicodeEncodeError):
        F._hash_transform("syntax", ["root_x\ud800"])
    with pytest.raises(UnicodeEncodeError):
        _sklearn("syntax", ["root_x\ud800"])


def test_featurize_with_parses_equals_the_sklearn_blocks() -> None:
    from newsevents.errors import ModelError
    from newsevents.nlp import load_nlp

    try:
        nlp = load_nlp()
    except ModelError:
        pytest.skip("no spaCy English model installed")
    texts = training_texts()[::7] + ["", "one", "Nothing happened here."]
    docs = list(nlp.pipe(texts, disable=["ner"]))
    x = F.featurize(texts, None, docs)
    words = _sklearn("words", texts)
    syn = _sklearn("syntax", [F.syntax_tokens(d) for d in docs])
    assert _same(x[:, :F.N_HASH].tocsr(), words)
    assert _same(x[:, x.shape[1] - F.N_SYN:].tocsr(), syn)


def test_coding_imports_no_sklearn() -> None:
    code = ("import sys; import newsevents.coding.features, newsevents.coding.coder, newsevents.pipeline; "
            "print(sorted(m for m in sys.modules if m == 'sklearn' or m.startswith('sklearn.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
