"""Round P25 (session 16): faster paths with the same answers: `detect.WordAlternation` (as `rx.search(text) is not
None`), `story_guards.is_sport_report` asking violence first, `model.Head.proba` with float64 weights kept."""
from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp

import newsevents
from newsevents.coding import detect, story_guards
from newsevents.coding.detect import WordAlternation, word_search
from newsevents.coding.features import featurize
from newsevents.coding.model import Head, load_model

# odd input: empty, one word, no event, case and Unicode folding (the Kelvin sign and the long s fold to ASCII
# letters), words glued to digits or underscores, a decomposed accent, a no-break space
_ODD = ["", " ", "a", "K", "\u212a", "\u017f", "\u017facked the town", "\u0130stanbul", "\u00c9meute", "threw",
        "THREW stones", "x" * 300, "\u00e9\u00e9 threw", "_threw", "9threw", "rebels\u00a0occupied", "\ufb02ogged",
        "e\u0301threw", "The minister opened a school on Monday.", "Floods swept the valley.",
        "A FLOOD hit the town", "ﬂood", "Robbers stabbed a shopkeeper in a burglary.", "the quakes\u2019 toll",
        "Police said rebels threw grenades at the market and sacked the town.", "sacked", "unthrew"]

_SENTENCES = [
    "Rebels pillaged three villages near the river on Sunday, residents said.",
    "Coast guard officers pushed the dinghy back towards Turkish waters.",
    "The governor held a phone call with the prime minister on Tuesday.",
    "An earthquake of magnitude 6.1 struck the province, killing 12 people.",
    "A fuel tanker exploded on the highway outside the city.",
    "Gunmen stormed a police station and killed four officers.",
    "Thousands marched through the capital demanding the minister's resignation.",
]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(newsevents.__path__, "newsevents."):
        if any(part in info.name for part in ("web", "api", ".eval", "train")):
            continue
        mod = importlib.import_module(info.name)
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.setdefault(id(value), (f"{info.name}.{name}", value))
    return list(out.values())


def test_the_rule_cues_and_guards_are_indexed() -> None:
    for rx in (detect._RULE_CUES, story_guards._DISASTER, story_guards._PRIVATE_CRIME):
        assert WordAlternation.build(rx) is not None


@pytest.mark.parametrize("pattern", [
    r"\b(?=foo)bar", r"foo|bar", r"\b(?P<x>foo|bar)", r"\b(?:[a-z]+|foo)", r"\b(?:foo)?bar", r"\b(?:foo|bar)x",
    r"\b(?:foo|\dbar)", r"\b(?:foo", r"(?i)\b(?:foo|bar)(?:baz)",
])
def test_other_shapes_are_not_indexed(pattern: str) -> None:
    try:
        rx = re.compile(pattern)
    except re.error:
        return
    assert WordAlternation.build(rx) is None
    # and `word_search` still answers as the regex does
    found = word_search(rx)
    for text in _ODD + ["foo bar", "foobar", "xbar"]:
        assert found(text) == (rx.search(text) is not None)


def test_every_indexed_pattern_answers_as_its_regex() -> None:
    texts = _ODD + _SENTENCES + [" ".join(_SENTENCES)]
    indexed = 0
    for name, rx in _patterns():
        index = WordAlternation.build(rx)
        if index is None:
            continue
        indexed += 1
        for text in texts:
            assert index.found(text) == (rx.search(text) is not None), (name, text)
    assert indexed > 50


def test_shapes_with_capturing_group_and_closing_boundary() -> None:
    for pattern, flags in ((r"\b(floods?|quakes?|fire (at|in))\b", re.IGNORECASE), (r"(?i)\b(?:threw|hurl(?:ed|ing))", 0),
                           (r"\b(?:Floods?|storm)\b", 0)):
        rx = re.compile(pattern, flags)
        index = WordAlternation.build(rx)
        assert index is not None
        for text in _ODD + _SENTENCES + ["a fire at the mill", "FLOODS", "Floods", "storms", "stormy", "hurling"]:
            assert index.found(text) == (rx.search(text) is not None), (pattern, text)


def test_guards_and_screen_keep_their_answers() -> None:
    assert detect.is_candidate("Rebels pillaged three villages near the river on Sunday.")
    assert not detect.is_candidate("")
    assert not detect.is_candidate("Hello")
    assert story_guards.is_disaster_report("Floods swept through the valley, killing nine people.")
    assert not story_guards.is_disaster_report("Gunmen killed nine people in the valley.")
    assert not story_guards.is_disaster_report("")
    assert story_guards.is_private_crime("Robbers stabbed a shopkeeper during a burglary in the market.")
    assert not story_guards.is_private_crime("")
    assert not story_guards.is_disaster_story("")


def _sport_report_before(text: str) -> bool:
    """`is_sport_report` as it read before round P25 (violence asked last)."""
    terms = {m.group(1).lower() for m in story_guards._SPORT_TERMS.finditer(text)}
    needed = 1 if story_guards._SPORT_RESULT.search(text) is not None else 3
    return len(terms) >= needed and story_guards._HARD_VIOLENCE.search(text) is None


@pytest.mark.parametrize("text", _ODD + _SENTENCES + [
    "The striker scored twice as United crushed Rovers 4-0 in the league match at the stadium.",
    "The striker scored twice in the league match at the stadium before fans rioted outside.",
    "Hooligans attacked rival fans after the cup match; police arrested 12 people.",
    "The coach praised the squad after a goalless draw in the friendly.",
    "The captain said the season was over.",
])
def test_sport_report_answers_as_before(text: str) -> None:
    assert story_guards.is_sport_report(text) == _sport_report_before(text)


def _proba_before(head: Head, x: Any) -> np.ndarray:
    """`Head.proba` as it read before round P25 (float32 weights, converted by the product on every call)."""
    logits = (x @ head.weights_t + head.bias) / head.temperature
    logits = np.asarray(logits, dtype=np.float64)
    logits -= logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    return e / e.sum(axis=1, keepdims=True)


def _odd_feature_rows(n_features: int) -> list[Any]:
    rng = np.random.default_rng(16)
    dense = rng.normal(size=(6, n_features)) * (rng.random((6, n_features)) < 0.2)
    dense[2] = 0.0  # a text with no features at all
    return [sp.csr_matrix(dense), sp.csr_matrix(dense[:1]), sp.csr_matrix(dense[2:3]),
            sp.csr_matrix((0, n_features), dtype=np.float64), dense, sp.csr_matrix(dense.astype(np.float32))]


def test_head_probabilities_are_unchanged_bit_for_bit() -> None:
    rng = np.random.default_rng(25)
    head = Head(("A", "B", "C"), rng.normal(size=(3, 40)).astype(np.float32),
                rng.normal(size=3).astype(np.float32), 1.3)
    assert head.weights_t64.dtype == np.float64 and head.weights_t.dtype == np.float32
    for x in _odd_feature_rows(40):
        got, want = head.proba(x), _proba_before(head, x)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert np.array_equal(got, want)


def test_committed_model_probabilities_are_unchanged_bit_for_bit() -> None:
    model = load_model()
    x = featurize(_SENTENCES + ["", "a"], None)
    assert x.dtype == np.float64  # the case the float64 weights are kept for
    for head in model.heads.values():
        assert np.array_equal(head.proba(x), _proba_before(head, x))


def _candidate_before(text: str) -> bool:
    """`detect.is_candidate` as it read before round P25 (rule cues asked first, by the plain regex)."""
    if len(text) < detect._MIN_CHARS:
        return False
    if detect._RULE_CUES.search(text) is not None:
        return True
    return detect.load_lexicon().any_trigger.search(text) is not None


@pytest.mark.parametrize("text", _ODD + _SENTENCES + [
    "They hurled stones at the convoy.", "The villagers said armed men took him from his farm.",
    "Nothing happened here at all today.", "He was there.", "The weather was mild and sunny across the region."])
def test_screen_answers_as_before(text: str) -> None:
    assert detect.is_candidate(text) == _candidate_before(text)
