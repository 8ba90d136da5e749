"""The sped-up trigger matching (detect.LexiconIndex) and feature code give exactly what the plain regexes
gave: the committed classifier was trained on those features, so any difference would silently change it.
The reference functions below are the original implementations, kept verbatim for the comparison."""
from __future__ import annotations

import dataclasses
import random
import re
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp

from newsevents.coding import features as F
from newsevents.coding.detect import LexiconIndex, StemIndex, _first_chars, is_candidate, lexicon_index
from newsevents.coding.lexicon import Lexicon, load_lexicon

from corpus import sample_sentences, training_texts


def _odd_texts(seed: int = 7) -> list[str]:
    """Shuffled words of real sentences plus case and Unicode oddities (case folding maps the Kelvin sign,
    the long s and the dotted/dotless i onto ASCII letters; all must still give the regex answer)."""
    rnd = random.Random(seed)
    words = " ".join(training_texts()[:400]).split()
    out = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 25))) for _ in range(300)]
    out += [w.upper() for w in words[:300:3]]
    out += ["KILLED", "kİlled", "Kılled", "\u212aILLED", "\u017fhot", "ATTACK-attack", "re-arrested",
            "cardiac arrest", "Cardiac  arrest", "arrest", "_attack", "9attack", "x" * 50, "", " ", "…shot",
            "«Attack»", "d\u00e9tained"]
    return out


def _ref_lexical_block(texts: list[str], lx: Lexicon) -> np.ndarray:
    out = np.zeros((len(texts), len(lx.types) + len(F._CUES)), dtype=np.float32)
    for i, t in enumerate(texts):
        for j, ty in enumerate(lx.types):
            n = len(lx.trigger_res[ty].findall(t))
            out[i, j] = np.log1p(n)
        for k, rx in enumerate(F._CUES):
            out[i, len(lx.types) + k] = 1.0 if rx.search(t) else 0.0
    return out


def _ref_syntax_tokens(doc: Any, lx: Lexicon) -> str:
    out: list[str] = []
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return ""
    text = doc.text
    out.append("root_" + root.lemma_.lower())
    chain = [root] + [c for c in root.children if c.dep_ in ("xcomp", "ccomp", "conj", "dobj")][:3]
    for k, t in enumerate(chain):
        lvl = min(k, 1)
        out.append(f"c{lvl}_" + t.lemma_.lower())
        for ty, rx in lx.trigger_res.items():
            if rx.match(text, t.idx):
                out.append(f"t{lvl}_" + ty)
    for c in root.children:
        if c.dep_ in ("aux", "neg", "auxpass"):
            out.append("aux_" + c.lower_)
        if c.dep_ in ("nsubj", "nsubjpass"):
            out.append(c.dep_ + "_" + c.lemma_.lower())
    return " ".join(out)


def _same_csr(a: sp.csr_matrix, b: sp.csr_matrix) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and all(
        np.array_equal(getattr(a, k), getattr(b, k)) for k in ("data", "indices", "indptr"))


def test_bundled_lexicon_takes_the_fast_path() -> None:
    idx = lexicon_index()
    assert isinstance(idx, LexiconIndex) and idx._any_covers


@pytest.mark.parametrize("stem, first", [
    ("kill", {"k"}), ("(?<!cardiac )arrest", {"a"}), ("(diplomatic|formal|strong) protest", {"d", "f", "s"}),
    ("Gunm[ae]n", {"g"}), ("war ?ships?", {"w"}), ("ab|Cd", {"a", "c"}), ("(?:x|y)z", {"x", "y"}),
    ("a?b", None), ("[ab]c", None), ("(ed|s)?x", None), (r"\w+", None), ("", None), ("(?i:a)", None),
    ("é", None), ("(a", None), ("(?P<n>a)", None), ("a{0,2}b", None), ("a*", None),
])
def test_first_chars(stem: str, first: set[str] | None) -> None:
    got = _first_chars(stem)
    assert (None if got is None else set(got)) == first


def test_unsupported_alternations_are_not_indexed() -> None:
    assert StemIndex.build(re.compile(r"kill|shot", re.I)) is None  # not the lexicon's shape
    assert StemIndex.build(re.compile(r"\b(?:(?:[ks]hot)|(?:kill))", re.I)) is None  # a stem starting with a class
    assert StemIndex.build(re.compile(r"\b(?:(?:shot)|(?:kill))", re.I)) is not None


def test_candidate_screen_matches_the_regex() -> None:
    rx = load_lexicon().any_trigger
    texts = training_texts() + sample_sentences() + _odd_texts()
    assert len(texts) > 1000
    got = [is_candidate(t) for t in texts]
    # (round C7b) the screen also passes the few words of the coder's rule readings that the lexicon lacks
    from newsevents.coding.detect import _RULE_CUES
    assert got == [len(t) >= 12 and (rx.search(t) is not None or _RULE_CUES.search(t) is not None) for t in texts]
    assert any(got) and not all(got)


def test_type_counts_and_types_at_match_the_regexes() -> None:
    lx, idx = load_lexicon(), lexicon_index()
    assert idx is not None
    for t in training_texts()[::3] + sample_sentences() + _odd_texts():
        assert idx.type_counts(t) == [len(lx.trigger_res[ty].findall(t)) for ty in lx.types], t
        for pos in range(0, len(t) + 1):
            assert idx.types_at(t, pos) == [ty for ty, rx in lx.trigger_res.items() if rx.match(t, pos)], (t, pos)


def test_lexical_block_is_identical_on_the_training_sentences() -> None:
    lx = load_lexicon()
    texts = training_texts() + sample_sentences() + _odd_texts()
    got, ref = F.lexical_block(texts), _ref_lexical_block(texts, lx)
    assert got.dtype == ref.dtype == np.float32 and np.array_equal(got, ref)
    assert (ref[:, :len(lx.types)] > 0).any()


def test_a_lexicon_the_index_cannot_handle_falls_back_to_the_regexes() -> None:
    lx = load_lexicon()
    odd = re.compile(r"\b(?:(?:[ks]ill(?:ed)?)|(?:shot))", re.IGNORECASE)
    custom = dataclasses.replace(lx, trigger_res={**lx.trigger_res, lx.types[0]: odd})
    assert lexicon_index(custom) is None
    texts = ["They killed two and shot three.", "Sill and skill", "Nothing here."]
    assert np.array_equal(F.lexical_block(texts, custom), _ref_lexical_block(texts, custom))


@pytest.fixture(scope="module")
def parsed() -> tuple[list[str], list[Any]]:
    pytest.importorskip("spacy")
    from newsevents.errors import ModelError
    from newsevents.nlp import load_nlp

    try:
        nlp = load_nlp()
    except ModelError:
        pytest.skip("no spaCy English model installed")
    texts = training_texts()[::5] + sample_sentences()
    # a dateline blanked out with spaces (as the pipeline parses it) gives whitespace tokens
    texts += ["          " + t for t in texts[:20]]
    return texts, list(nlp.pipe(texts, disable=["ner"]))


def test_syntax_tokens_are_identical(parsed: tuple[list[str], list[Any]]) -> None:
    texts, docs = parsed
    lx = load_lexicon()
    got = [F.syntax_tokens(d) for d in docs]
    assert got == [_ref_syntax_tokens(d, lx) for d in docs]
    assert sum("t0_" in g for g in got) > len(got) // 4


def _ref_featurize(texts: list[str], embedder: Any, docs: list[Any]) -> sp.csr_matrix:
    from sklearn.feature_extraction.text import HashingVectorizer

    lx = load_lexicon()
    hashed = HashingVectorizer(n_features=2 ** 15, ngram_range=(1, 2), alternate_sign=False, norm="l2",
                               lowercase=True, token_pattern=r"(?u)\b\w+\b").transform(texts)
    if embedder is not None:
        emb = np.asarray(embedder.embed(list(texts)), dtype=np.float32)
        emb = 1.0 * emb / np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-8)
    else:
        emb = np.zeros((len(texts), 256), dtype=np.float32)
    syn = HashingVectorizer(n_features=2 ** 14, token_pattern=r"\S+", lowercase=False, norm="l2",
                            alternate_sign=False).transform([_ref_syntax_tokens(d, lx) for d in docs])
    return sp.hstack([hashed, sp.csr_matrix(_ref_lexical_block(texts, lx)), sp.csr_matrix(emb), syn], format="csr")


def test_feature_matrix_is_identical(parsed: tuple[list[str], list[Any]]) -> None:
    texts, docs = parsed
    assert len(texts) > 300
    assert _same_csr(F.featurize(texts, None, docs), _ref_featurize(texts, None, docs))
    # batches as the pipeline makes them (one story's sentences), and a batch of one
    for lo, hi in ((0, 23), (23, 24), (100, 160)):
        assert _same_csr(F.featurize(texts[lo:hi], None, docs[lo:hi]),
                         _ref_featurize(texts[lo:hi], None, docs[lo:hi]))


def test_feature_matrix_with_embeddings_is_identical(parsed: tuple[list[str], list[Any]]) -> None:
    from newsevents.errors import ModelError

    try:
        emb = F.load_wordllama()
    except ModelError:
        pytest.skip("WordLlama not installed")
    texts, docs = parsed
    assert _same_csr(F.featurize(texts, emb, docs), _ref_featurize(texts, emb, docs))
