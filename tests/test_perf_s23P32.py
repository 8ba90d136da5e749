"""Round P32 (session 23): the same answers, less work.

- `nlp.FastLemmatizer` answers a cache miss with a copy of spaCy's rule lemmatizer whose `lemma_index` word lists
  are frozensets (`nlp._set_indexed`): spaCy tests `form in index` on lists of up to 57k words;
- `dates._date_expressions` skips a date pattern when the text holds none of the words the pattern needs
  (`rx_screen.required_literals`, `folded`, `may_match`).
Every answer is compared with the unscreened regex / spaCy's own lemmatizer it stands for."""
from __future__ import annotations

import itertools
import random
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsevents import dates
from newsevents.rx_screen import RE_I_TWINS, folded, may_match, required_literals

# odd input: empty, case, the letters IGNORECASE matches to ASCII ones (Kelvin sign, long s, dotted and dotless I),
# accents, digits glued to words, no-break space, curly quotes, a ligature, a very long word
_ODD = ["", " ", "a", "AGO", "3 DAYS AGO", "3 days \u212ago", "two weeks a\u0261o", "\u017feptember 3, 2024",
        "on Augu\u017ft 4", "Frıday", "FR\u0130DAY", "on Friday", "on FRIDAY", "fr\u0131day night", "x" * 300,
        "Sept.\u00a03, 2024", "\u201con Monday\u201d", "last\u00a0week", "in M\u00e4rz 2024", "\ufb01fth of May",
        "12345 _ __ -- ...", "2024-03-05", "04.03.2025", "3/4/2024", "the 12th", "Q3 2024", "Ramadan",
        "on the eve of Eid al-Adha", "the 1990s", "a decade ago", "in recent years", "since last October",
        "between Nov. 20 and Nov. 22, 2022", "from 3 to 6 May 2024", "on 3-4 May", "the night of 30-31 December",
        "earlier this month", "late on Tuesday", "over the weekend", "the first week of March", "Christmas Eve",
        "the first half of 2023", "in the coming days", "the day before yesterday", "MARCH 3", "march 3rd",
        "Mar. 3", "the 5th anniversary of the coup", "summer 2022", "in the third quarter", "Good Friday"]


def _sample_sentences() -> list[str]:
    from newsevents.samples import ARTICLES_DIR
    from newsevents.segment import split_sentences

    out: list[str] = []
    for f in sorted(Path(ARTICLES_DIR).glob("*.txt")):
        text = f.read_text("utf-8")
        out += [s.text for s in split_sentences(text)]
        out.append(text[:3000])  # (a long window, as `_in_story_year` searches)
    return out


def _texts() -> list[str]:
    rng = random.Random(32)
    words = [w for t in _ODD for w in t.split()] + ["killed", "said", "police", "in", "on", "of", "the", "since"]
    mixed = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(400)]
    return _ODD + mixed + _sample_sentences()


# ------------------------------------------------------------------------------------------- rx_screen


def test_twins_are_all_the_non_ascii_letters_ignorecase_matches_to_ascii() -> None:
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    found = set()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found.update(re.findall(letter, every, re.IGNORECASE))
    assert found == set(RE_I_TWINS)
    # and no non-ASCII character matches an ASCII digit or sign (which have no case) either
    assert set(re.findall(r"[\x00-\x7f]", every, re.IGNORECASE)) == set(RE_I_TWINS)


def test_folded_refuses_text_with_a_twin() -> None:
    assert folded("On Friday") == "on friday"
    assert folded("caf\u00e9 \u201cMonday\u201d") == "caf\u00e9 \u201cmonday\u201d"  # other non-ASCII is fine
    for twin in RE_I_TWINS:
        assert folded(f"on Fr{twin}day") is None
    assert folded("") == ""


@pytest.mark.parametrize("pattern, flags, need", [
    (r"\b(\d+|an?)\s+(day|week)s?\s+ago\b", 0, (frozenset({"ago"}), frozenset({"day", "week"}))),
    (r"\bAGO\b", 0, (frozenset({"ago"}),)),
    (r"(?i:since)\s+\d{4}", 0, (frozenset({"since"}),)),
    (r"(?:on\s+)?Monday", re.IGNORECASE, (frozenset({"monday"}),)),
    (r"x+yz", 0, (frozenset({"yz"}), frozenset({"x"}))),
])
def test_required_literals_reads_what_every_match_holds(pattern: str, flags: int, need: Any) -> None:
    got = required_literals(re.compile(pattern, flags))
    assert got is not None and set(got) == set(need)


@pytest.mark.parametrize("pattern", [
    r"(?:ago)?", r"\d+", r"(ago|\d+)", r"x*", r"(?<=ago)\s", r"(?!ago)\w+", r"[ago]+", r"\b\w+\b", r"",
    "\u00e9\u00e8",  # non-ASCII literals give nothing
])
def test_required_literals_is_none_when_a_match_may_hold_no_literal(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None


def test_required_literals_ignores_bytes_patterns() -> None:
    assert required_literals(re.compile(rb"ago")) is None  # type: ignore[arg-type]


def test_may_match_without_need_or_fold_always_searches() -> None:
    need = (frozenset({"ago"}),)
    assert may_match(None, "anything")
    assert may_match(need, None)
    assert not may_match(need, "three days before")
    assert may_match(need, "three days ago")
    assert not may_match((frozenset({"ago"}), frozenset({"day"})), "weeks ago")


def test_screen_never_hides_a_match_of_a_date_pattern() -> None:
    # the screen's promise, pattern by pattern: where it says "no match", the regex finds none
    texts = _texts()
    needs = dates._pattern_needs()
    assert len(needs) == len(dates._PATTERNS)
    assert sum(n is not None for n in needs) >= len(needs) - 2  # (most patterns are screened)
    skipped = 0
    for text in texts:
        low = folded(text)
        for (rx, _), need in zip(dates._PATTERNS, needs):
            if not may_match(need, low):
                skipped += 1
                assert rx.search(text) is None, (rx.pattern, text)
    assert skipped > 1000


def test_date_expressions_are_the_unscreened_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    pubs = [None, date(2024, 3, 7)]
    screened = [dates._date_expressions.__wrapped__(t, p) for t, p in itertools.product(texts, pubs)]
    monkeypatch.setattr(dates, "may_match", lambda need, low: True)
    plain = [dates._date_expressions.__wrapped__(t, p) for t, p in itertools.product(texts, pubs)]
    assert screened == plain
    assert sum(bool(x) for x in plain) > 100  # (the texts do hold dates)


# ------------------------------------------------------------------------------------------- FastLemmatizer


@pytest.fixture(scope="module")
def nlp() -> Any:
    pytest.importorskip("spacy")
    from newsevents.errors import ModelError
    from newsevents.nlp import load_nlp

    try:
        return load_nlp()
    except ModelError:
        pytest.skip("no spaCy English model installed")


def test_set_indexed_lemmatizer_gives_spacys_lemmas(nlp: Any) -> None:
    from newsevents.nlp import _set_indexed

    inner = nlp.get_pipe("lemmatizer").inner
    index = inner.lookups.get_table("lemma_index")
    fast = _set_indexed(inner, index)
    assert fast is not inner and fast.cache is inner.cache and fast.lookups is not inner.lookups
    assert all(isinstance(v, list) for v in index.values())  # spaCy's own tables are left as they were
    assert all(isinstance(v, frozenset) for v in fast.lookups.get_table("lemma_index").values())
    texts = _ODD + _sample_sentences()[:150] + [
        "The militias were disbanding, the bishops' councils wrote; geese, oxen and mice fled.",
        "He'd been running faster than the fastest runners, who ran worse.", "Criteria, phenomena, analyses",
        "UNHCR's spokespeople briefed journalists", "Shelling, looting and beheadings continued"]
    n = 0
    for doc in nlp.pipe(texts, disable=["ner"]):
        for tok in doc:
            inner.cache.clear()
            want = inner.rule_lemmatize(tok)
            inner.cache.clear()
            assert fast.rule_lemmatize(tok) == want, tok.text
            n += 1
    assert n > 2000


def test_fast_lemmatizer_builds_its_miss_path_once_per_table(nlp: Any) -> None:
    lem = nlp.get_pipe("lemmatizer")
    first = lem._lemmatize()
    assert lem._lemmatize() is first  # remembered
    inner = lem.inner
    table = inner.lookups.get_table("lemma_index")
    from spacy.lookups import Table

    copy = Table(name="lemma_index", data=dict(table.items()))
    inner.lookups.set_table("lemma_index", copy)
    try:
        assert lem._lemmatize() is not first  # a new table: a new copy
    finally:
        inner.lookups.set_table("lemma_index", table)
    assert lem._lemmatize() is not None


def test_fast_lemmatizer_outside_rule_mode_asks_the_inner_one() -> None:
    from newsevents.nlp import FastLemmatizer

    class _Lookups:
        def get_table(self, name: str, default: Any = None) -> Any:
            return default

    class _Inner:
        mode = "lookup"
        lookups = _Lookups()

        def lemmatize(self, token: Any) -> list[str]:
            return [str(token).lower()]

    inner = _Inner()
    fast = FastLemmatizer(inner)
    assert fast._lemmatize() == inner.lemmatize
    inner.mode = "rule"  # rule mode with no index table: still the inner one
    fast = FastLemmatizer(inner)
    assert fast._lemmatize() == inner.lemmatize


def test_pipeline_lemmas_unchanged_by_the_set_index(nlp: Any) -> None:
    # the whole pipe, with its cache, against spaCy's own lemmatizer answering every token
    texts = _sample_sentences()[:80]
    lem = nlp.get_pipe("lemmatizer")
    got = [[t.lemma_ for t in d] for d in nlp.pipe(texts, disable=["ner"])]
    lem._cache.clear()
    lem._miss = (lem.inner.lemmatize, lem.inner.lookups.get_table("lemma_index", None))
    try:
        want = [[t.lemma_ for t in d] for d in nlp.pipe(texts, disable=["ner"])]
    finally:
        lem._cache.clear()
        lem._miss = (None, None)
    assert got == want


def test_fast_lemmatizer_pickles_without_its_copy(nlp: Any) -> None:
    import pickle

    list(nlp.pipe(["Rebels overran the garrisons."]))
    lem = nlp.get_pipe("lemmatizer")
    assert lem._lemmatize() is not None
    again = pickle.loads(pickle.dumps(lem))
    assert again._miss == (None, None) and again._cache == lem._cache
    assert lem._miss[0] is not None  # (the original keeps its own)
    doc = pickle.loads(pickle.dumps(nlp))("Rebels overran the garrisons.")
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in nlp("Rebels overran the garrisons.")]
