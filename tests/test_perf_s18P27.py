"""Round P27 (session 18): a doc's Tokens built once (`nlp.doc_tokens`) and read by the rules' sentence walks, with
the same answers as iterating the doc; the ACLED backing/arming reading tests its cheap condition first; and the
benchmark's startup CPU reported apart (`LocalEngine.startup_cpu_s`)."""
from __future__ import annotations

import time
from typing import Any

import pytest

from newsevents.bench import format_bench
from newsevents.engines.local import LocalEngine
from newsevents.nlp import doc_tokens
from newsevents.records import Article, Result

# sentences written for this round (none from the dev data or the story material)
_SENTENCES = [
    "Kenya denied arming the rebels in South Sudan, a government spokesman said.",
    "The governor accused Ugandan-backed militiamen of torching a clinic near Bunia.",
    "An Iranian-made drone struck a fuel depot outside Port Sudan on Friday.",
    "The ministry said Rwanda had been funding armed groups, a charge Kigali rejected.",
    "Soldiers supporting the militia attacked the village of Kaya at dawn.",
    "The Pan-African Parliament condemned the coup in Niamey.",
    "Protesters pushed back riot police towards the bridge, witnesses said.",
    "Gunmen abducted 12 farmers and demanded a ransom for their release.",
    "Burundi denies backing Red Tabara, a spokesman said on Tuesday.",
    "The Dakar-based group said four of its members were arrested.",
    "The company sacked 40 miners who had joined the strike at Kolwezi.",
    "lower-case wire copy: police fired tear gas at students in lilongwe on monday.",
]
_ODD = ["", " ", "Fire", "!!!", "\u00a0", "a " * 60]


@pytest.mark.parametrize("text", _SENTENCES + _ODD)
def test_doc_tokens_equal_iteration(nlp: Any, text: str) -> None:
    doc = nlp(text)
    toks = doc_tokens(doc)
    assert isinstance(toks, tuple)
    assert list(toks) == list(doc)
    assert [t.i for t in toks] == list(range(len(doc)))
    assert [t.text for t in toks] == [t.text for t in doc]
    assert all(t.doc is doc for t in toks)
    assert doc_tokens(doc) is toks  # built once per doc


@pytest.mark.parametrize("text", _SENTENCES)
def test_span_tokens_are_the_doc_slice(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for start, end in ((0, len(doc)), (1, 4), (2, 2), (len(doc) - 1, len(doc))):
        span = doc[start:end]
        assert list(doc_tokens(span)) == list(span)
    for sent in doc.sents:
        assert list(doc_tokens(sent)) == list(sent)
    for chunk in doc.noun_chunks:
        assert [t.i for t in doc_tokens(chunk)] == [t.i for t in chunk]


def test_a_doc_made_twice_has_its_own_tokens(nlp: Any) -> None:
    a, b = nlp(_SENTENCES[0]), nlp(_SENTENCES[0])
    ta, tb = doc_tokens(a), doc_tokens(b)
    assert [t.text for t in ta] == [t.text for t in tb]
    assert all(t.doc is a for t in ta) and all(t.doc is b for t in tb)
    assert ta != tb  # Tokens of different docs never compare equal


def test_retokenized_doc_gets_fresh_tokens(nlp: Any) -> None:
    doc = nlp("Fighters of the Allied Democratic Forces attacked Oicha.")
    before = doc_tokens(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[3:6])
    after = doc_tokens(doc)
    assert len(after) == len(before) - 2
    assert list(after) == list(doc) and after[3].text == "Allied Democratic Forces"


def test_cached_tokens_read_the_parse(nlp: Any) -> None:
    doc = nlp(_SENTENCES[6])
    for t in doc_tokens(doc):
        fresh = doc[t.i]
        assert (t.text, t.lemma_, t.pos_, t.dep_, t.head.i, [c.i for c in t.children]) == \
            (fresh.text, fresh.lemma_, fresh.pos_, fresh.dep_, fresh.head.i, [c.i for c in fresh.children])
        assert t == fresh and hash(t) == hash(fresh)


def _old_armed_help(doc: Any, lemmas: frozenset[str]) -> Any:
    """readings._armed_help as it was at the start of session 18 (every head read before the cheap test)."""
    from newsevents.coding.readings import _ARMED_GROUP, _REPORTING
    for tok in doc:
        main = tok.head.dep_ == "ROOT" or tok.head.dep_ == "ccomp" and tok.head.head.dep_ == "ROOT" and \
            tok.head.head.lemma_.lower() in _REPORTING
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lemmas or \
                not (tok.dep_ == "ROOT" or tok.dep_ in ("xcomp", "ccomp") and main):
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            phrase = "".join(t.text_with_ws for t in obj.subtree)
            if _ARMED_GROUP.search(phrase) or obj.pos_ == "PROPN" and not any(c.dep_ == "prep" for c in obj.children):
                return tok
    return None


@pytest.mark.parametrize("text", _SENTENCES + _ODD)
def test_armed_help_as_before(nlp: Any, text: str) -> None:
    from newsevents.coding.readings import _ARMING, _BACKING, _armed_help
    doc = nlp(text)
    for lemmas in (_ARMING, _BACKING):
        new, old = _armed_help(doc, lemmas), _old_armed_help(doc, lemmas)
        assert (new.i if new is not None else None) == (old.i if old is not None else None)


def test_armed_help_reads_both_answers(nlp: Any) -> None:
    from newsevents.coding.readings import armed_aid, armed_backing
    assert armed_aid(nlp(_SENTENCES[0])) is not None
    assert armed_backing(nlp(_SENTENCES[8])) is not None
    assert armed_backing(nlp(_SENTENCES[4])) is None  # the attack is the deed


@pytest.mark.parametrize("text", _SENTENCES + _ODD)
def test_maker_and_pan_indices_same_on_tokens(nlp: Any, text: str) -> None:
    from newsevents.coding.actors.normalise import _ELSEWHERE_MAKERS, _maker_indices, _pan_indices
    doc = nlp(text)
    assert _maker_indices(doc_tokens(doc)) == _maker_indices(doc)
    assert _maker_indices(doc_tokens(doc), _ELSEWHERE_MAKERS) == _maker_indices(doc, _ELSEWHERE_MAKERS)
    assert _pan_indices(doc_tokens(doc)) == _pan_indices(doc)


def _old_walk(doc: Any) -> list[tuple[int, str, str]]:
    return [(t.i, t.lemma_, t.dep_) for t in doc]


def test_rules_answer_as_on_a_fresh_doc(nlp: Any) -> None:
    """The sentence walks read the cache: a doc whose tokens were cached first gives each rule the same answer as
    one read before any cache (the cache is filled by the first rule that runs)."""
    from newsevents.coding import frames, readings
    from newsevents.coding.actors.normalise import sentence_country
    rules = [frames.pushed_back, frames.person_taken, frames.crowd_rally, readings.staff_dismissed,
             readings.voted_against, readings.meeting_told, sentence_country]
    for text in _SENTENCES + _ODD:
        fresh, cached = nlp(text), nlp(text)
        doc_tokens(cached)
        for rule in rules:
            a, b = rule(fresh), rule(cached)
            assert (getattr(a, "i", a)) == (getattr(b, "i", b)), (rule.__name__, text)
        assert _old_walk(fresh) == _old_walk(cached)


# --- startup CPU -----------------------------------------------------------------------------------------------
class _Echo:
    def run_batch(self, chunk: list[Article]) -> list[Result]:
        return [Result(article=a) for a in chunk]


def _busy_factory() -> _Echo:
    """A pipeline whose loading burns at least 0.05 s of CPU (counted, not timed: the loop reads the CPU clock)."""
    t0 = time.process_time()
    while time.process_time() - t0 < 0.05:
        pass
    return _Echo()


@pytest.mark.parametrize("workers", [1, 2])
def test_startup_cpu_counts_loading(workers: int) -> None:
    with LocalEngine(_busy_factory, workers=workers) as engine:
        engine.wait_ready()
        startup = engine.startup_cpu_s
        out = list(engine.map(iter([Article("a", "text"), Article("b", "more")])))
    assert [r.article.id for r in out] == ["a", "b"]
    assert startup >= 0.05  # (round P28) with workers, the parent loads once and the workers share it


def test_startup_cpu_zero_before_start() -> None:
    assert LocalEngine(_busy_factory, workers=2).startup_cpu_s == 0.0


def test_format_bench_reports_startup_apart() -> None:
    d = {"articles": 200, "words_per_article": 600.0, "sentences": 5000, "workers": 2, "ner": "none",
         "events": 2800, "failed": 0, "articles_per_s": 2.0, "sentences_per_s": 50.0,
         "articles_per_s_incl_load": 1.9, "model_load_s": 6.0, "cpu_s": 50.0, "startup_cpu_s": 10.0,
         "peak_rss_parent_mb": 300.0, "peak_rss_worker_mb": 600.0}
    lines = format_bench(d).splitlines()
    assert "CPU time: 50.0 s in all processes, 250 ms per article (model loading included)" in lines
    assert "startup CPU: 10.0 s loading the models (once, before the workers start); 200 ms per article without it" in lines
    assert len(lines) == 6
