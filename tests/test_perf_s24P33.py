"""Round P33 (session 24): the same answers, less work.

- `dates._in_story_year` reads the text before a sentence (a window of up to 3000 characters, new for every sentence)
  only when the sentence holds an unresolved day and month (`_bare_month_day`), the one kind of date it can change;
- `Pipeline.warm` (run before the workers fork) also builds the date patterns' screens and dateparser's tables
  (`dates.warm`) and parses one short text, so that spaCy's first-text set-up is shared by the workers.
Each is compared with what it stands for: the former `_in_story_year`, the memo left as it was, the same parses."""
from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsevents import dates
from newsevents.dates import DateExpression, find_date_expressions
from newsevents.pipeline import _WARM_TEXT, Pipeline
from newsevents.records import Sentence
from newsevents.segment import split_sentences


def _former_in_story_year(text: str, sentence: Sentence, exprs: list[DateExpression]) -> list[DateExpression]:
    """`_in_story_year` as it was before round P33 (the reference)."""
    if not any(e.date is None for e in exprs):
        return exprs
    lo = max(0, sentence.start - dates._ANCHOR_WINDOW)
    before = find_date_expressions(text[lo:sentence.start], None)
    ref = next((e.date for e in reversed(before) if e.date and e.explicit_year and e.precision == "day"), None)
    if ref is None:
        return exprs
    near = {(e.start, e.end): e for e in find_date_expressions(sentence.text, ref + dates._HALF_YEAR)}
    out = []
    for e in exprs:
        got = near.get((e.start, e.end))
        if e.date is None and got is not None and got.precision == "day" and \
                dates._MONTH_DAY_ONLY.match(sentence.text[e.start:e.end].strip()) and \
                any(w.lower().rstrip(".") in dates._MONTHS for w in re.findall(r"[A-Za-z.]+",
                                                                                sentence.text[e.start:e.end])):
            e = replace(got, explicit_year=False)
        out.append(e)
    return out


_STORIES = [
    "A court in Bamako sentenced two men on 11 July 2031. A court charged six of them on 14 July. They appealed on "
    "July 20 and again on Aug. 2.",
    "Protesters marched on 3 March 2024. Police arrested 40 people on March 5th, and more on the 7th of March.",
    "Fighting broke out in 2019. On 14 July, rebels attacked a base. In July 2020 they withdrew.",
    "No date here. Troops moved in on 14 July. Nothing else.",
    "On Monday, 4 May 2026, gunmen attacked a village. On Tuesday, 5 May, the army said 12 died. By May 9 it was over.",
    "The strike began on December 30, 2025. It ended on January 3 after talks on Jan. 2.",
    "",
    "14 July",
    "On 14 July 2031. On 14 July. On 14 July 2031. On 15 July.",
    "In 2030 the war ended. On 31 June, nothing happened. On 30 February, neither. On 1 March, talks began.",
]


def _sample_stories() -> list[str]:
    from newsevents.samples import ARTICLES_DIR

    return [f.read_text("utf-8") for f in sorted(Path(ARTICLES_DIR).glob("*.txt"))]


def _odd_stories() -> list[str]:
    rng = random.Random(33)
    words = ("on", "14", "July", "2031", "3", "March", "Sept.", "the", "12th", "of", "May", "killed", "said", ".",
             "Monday", "\u212aelvin", "Augu\u017ft", "4", "2024,", "last", "week", "since")
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(300)]


def _cases() -> list[tuple[str, Sentence, list[DateExpression]]]:
    out = []
    for text in _STORIES + _odd_stories() + _sample_stories():
        for s in split_sentences(text):
            out.append((text, s, find_date_expressions(s.text, None)))
    return out


def test_in_story_year_answers_as_before() -> None:
    cases = _cases()
    assert len(cases) > 500
    changed = 0
    for text, sentence, exprs in cases:
        new = dates._in_story_year(text, sentence, list(exprs))
        old = _former_in_story_year(text, sentence, list(exprs))
        assert new == old, (text, sentence.text)
        changed += new != exprs
    assert changed >= 3  # (the stories above do take their year: the check compares real work, not two no-ops)


def test_in_story_year_takes_the_year_of_the_story() -> None:
    text = _STORIES[0]
    second = split_sentences(text)[1]
    got = dates._in_story_year(text, second, find_date_expressions(second.text, None))
    assert [(e.date, e.explicit_year) for e in got] == [(date(2031, 7, 14), False)]


@pytest.mark.parametrize("span, bare", [
    ("on 14 July", True), ("14 July", True), ("July 14", True), ("Sept. 3", True), ("the 12th of May", True),
    ("on 14 July 2031", False), ("on Monday", False), ("last week", False), ("in July", False), ("14", False),
])
def test_bare_month_day(span: str, bare: bool) -> None:
    s = f"Troops moved in {span}."
    e = DateExpression(s.index(span), s.index(span) + len(span), None, None)
    assert dates._bare_month_day(s, e) is bare
    assert dates._bare_month_day(s, replace(e, date=date(2031, 7, 14), precision="day")) is False  # resolved


def test_in_story_year_leaves_a_sentence_without_bare_day_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rebels attacked a base on 11 July 2031. They attacked again last week and on Monday."
    second = split_sentences(text)[1]
    exprs = find_date_expressions(second.text, None)
    assert exprs and all(e.date is None for e in exprs)

    def no_search(s: str, published: date | None) -> list[DateExpression]:
        raise AssertionError("the text before the sentence was searched")

    monkeypatch.setattr(dates, "find_date_expressions", no_search)
    assert dates._in_story_year(text, second, exprs) is exprs


# --------------------------------------------------------------------------------------------- warming


def test_dates_warm_builds_the_screens_and_leaves_the_memo() -> None:
    before = dates._dateparser.cache_info()
    dates.warm()
    dates.warm()  # idempotent
    assert dates._pattern_needs.cache_info().currsize == 1
    after = dates._dateparser.cache_info()
    assert (after.currsize, after.hits, after.misses) == (before.currsize, before.hits, before.misses)
    # numeric dates read as before (through the memo, which the articles fill)
    got = find_date_expressions("It was signed on 3/4/2024 in Accra.", date(2024, 5, 1))
    assert [(e.date, e.precision) for e in got] == [(date(2024, 3, 4), "day")]


class _Geo:
    def event_location(self, article: Any, sentence: Any, trigger: Any, places: Any) -> None:
        return None


class _PipeNlp:
    """A spaCy stand-in that records what it is asked to parse."""

    pipe_names = ["tok2vec", "parser", "ner"]

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.calls: list[tuple[list[str], Any]] = []

    def get_pipe(self, name: str) -> Any:
        return self.nlp.get_pipe(name)

    def pipe(self, texts: Any, disable: Any = ()) -> Any:
        texts = list(texts)
        self.calls.append((texts, list(disable)))
        return self.nlp.pipe(texts, disable=disable)


def test_pipeline_warm_parses_one_text_without_ner(nlp: Any) -> None:
    fake = _PipeNlp(nlp)
    pipe = Pipeline(fake, object(), _Geo(), ner="none")  # type: ignore[arg-type]
    pipe.warm()
    assert fake.calls == [([_WARM_TEXT], ["ner"])]  # (the scope "none" never runs NER)


def test_pipeline_warm_without_a_parser() -> None:
    class _Bare:
        pipe_names: list[str] = []

    Pipeline(_Bare(), object(), _Geo()).warm()  # type: ignore[arg-type]


def test_parses_after_the_warm_text_are_the_same(nlp: Any) -> None:
    from newsevents.nlp import load_nlp

    texts = [s.text for t in _sample_stories()[:6] for s in split_sentences(t)][:60] + ["", "x", "\u212a 3/4/2024"]

    def rows(model: Any, warm: bool) -> list[list[tuple[str, str, str, str, int]]]:
        if warm:
            list(model.pipe([_WARM_TEXT], disable=["ner"]))
        return [[(t.text, t.tag_, t.lemma_, t.dep_, t.head.i) for t in d] for d in model.pipe(texts, disable=["ner"])]

    assert rows(load_nlp(), warm=True) == rows(load_nlp(), warm=False)
