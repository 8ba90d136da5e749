"""spaCy loading: the fast attribute ruler and the cached lemmatizer set exactly the attributes spaCy's own
components set."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents.nlp import FastAttributeRuler, FastLemmatizer, use_fast_attribute_ruler, use_fast_lemmatizer

spacy = pytest.importorskip("spacy")

EDGE_CASES = [
    "Y'all ain't seen nothin' yet, he said.", "They AIN'T coming.", "y all came", "There's a riot. There are two.",
    "Did he do it? He did, and he has done it before.", " \n Police  fired\t\tteargas .", "I'd say we'd won't've.",
    "          Troops opened fire on protesters.", "", " ", "It gets worse: he got arrested, but then released.",
    "Those who were detained said that anything could happen once the army is there.",
]


def _attrs(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.tag_, t.pos_, t.lemma_, str(t.morph), t.dep_, t.head.i, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    from newsevents.errors import ModelError
    from newsevents.nlp import load_nlp

    try:
        return load_nlp(), load_nlp(fast=False)
    except ModelError:
        pytest.skip("no spaCy English model installed")


def test_load_nlp_swaps_in_the_fast_ruler(pipelines: tuple[Any, Any]) -> None:
    fast, slow = pipelines
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert not isinstance(slow.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    assert not isinstance(slow.get_pipe("lemmatizer"), FastLemmatizer)
    assert fast.pipe_names == slow.pipe_names
    assert use_fast_attribute_ruler(fast) and use_fast_lemmatizer(fast)  # idempotent


def test_fast_ruler_gives_identical_tokens(pipelines: tuple[Any, Any]) -> None:
    fast, slow = pipelines
    from newsevents.samples import ARTICLES_DIR
    from newsevents.segment import split_sentences

    texts = list(EDGE_CASES)
    for f in sorted(Path(ARTICLES_DIR).glob("*.txt")):
        texts += [s.text for s in split_sentences(f.read_text("utf-8"))]
    training = Path(newsevents.__file__).parent / "data" / "training"
    for f in sorted(training.glob("*.jsonl"))[::3]:
        texts += [json.loads(line)["text"] for line in f.read_text("utf-8").splitlines()[:15] if line.strip()]
    assert len(texts) > 200
    for disable in (["ner"], []):
        for a, b in zip(fast.pipe(texts, disable=disable), slow.pipe(texts, disable=disable)):
            assert _attrs(a) == _attrs(b), a.text


def _blank_with_ruler(patterns: list[dict[str, Any]]) -> Any:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


RULES = [
    {"patterns": [[{"LOWER": "a"}]], "attrs": {"POS": "NOUN", "LEMMA": "first"}},
    {"patterns": [[{"LOWER": {"IN": ["a", "b"]}}]], "attrs": {"POS": "VERB"}},  # later: overrides POS only
    {"patterns": [[{"LOWER": "x"}, {"LOWER": {"REGEX": "^y+$"}}]], "attrs": {"LEMMA": "why"}, "index": 1},
    {"patterns": [[{"LOWER": "x"}, {"LOWER": "z"}]], "attrs": {"LEMMA": "ex"}, "index": -2},
    {"patterns": [[{"LOWER": {"NOT_IN": ["a", "x", "y", "z"]}, "IS_SPACE": False}]], "attrs": {"MORPH": "Foo=Bar"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]


def test_rule_order_and_multi_token_rules_match_spacy() -> None:
    slow = _blank_with_ruler(RULES)
    fast = _blank_with_ruler(RULES)
    assert use_fast_attribute_ruler(fast)
    for text in ("a b x yy x z", "A  x Y q x", "x", "b a", "  "):
        got, ref = fast(text), slow(text)
        assert [(t.pos_, t.lemma_, str(t.morph), t.tag_) for t in got] == \
            [(t.pos_, t.lemma_, str(t.morph), t.tag_) for t in ref], text
    assert fast("a")[0].pos_ == "VERB" and fast("a")[0].lemma_ == "first"


def test_unsupported_patterns_keep_spacys_ruler() -> None:
    nlp = _blank_with_ruler([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    ruler = nlp.get_pipe("attribute_ruler")
    assert not use_fast_attribute_ruler(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler
    assert not use_fast_attribute_ruler(spacy.blank("en"))  # no ruler at all
    assert not use_fast_lemmatizer(spacy.blank("en"))  # no lemmatizer at all


def test_lemma_cache_follows_pos_and_morphology(pipelines: tuple[Any, Any]) -> None:
    fast, slow = pipelines
    # the same word as noun and verb, singular and plural, in several tenses: one cache entry each
    texts = ["The attacks left him with attacks of fever.", "They attack; she attacks; it attacked.",
             "Police fired shots and fire spread as the fires burned.", "Leaves fall when he leaves."] * 2
    for a, b in zip(fast.pipe(texts), slow.pipe(texts)):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert [t.lemma_ for t in fast("They attack; she attacks; it attacked.")][1::3] == ["attack"] * 3
