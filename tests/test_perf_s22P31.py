"""Round P31 (session 22): the same answers, less work.

- `coder.warm_tables` (called by `EventCoder.warm`, which `Pipeline.warm` calls before the workers are forked) builds
  the rules' per-process tables that the first article used to build in each worker;
- `detect.StemIndex.match` and `WordAlternation.found` look a word's first character up in either case (no
  `isascii` / `lower` call per word start); `LexiconIndex.types_at` asks the lexicon's whole alternation first;
- `coder._hyphenated_trigger` reads the doc's cached text.
Every answer is compared with the plain regex (or the old table) it stands for."""
from __future__ import annotations

import re
from typing import Any

import pytest

from newsevents.coding import coder as coder_module
from newsevents.coding.detect import LexiconIndex, StemIndex, WordAlternation, lexicon_index
from newsevents.coding.lexicon import load_lexicon
from newsevents.pipeline import Pipeline

# odd input: empty, case, Unicode letters that fold to ASCII ones (Kelvin sign, long s, dotted I), accents, digits
# and underscores glued to words, no-break space, a ligature, a very long word
_ODD = ["", " ", "a", "K", "\u212a", "\u017f", "\u0130stanbul", "\u00c9meute", "\u017fhot", "\u212aILLED 3",
        "KILLED three", "killed", "Killed", "kIlLeD", "_killed", "9killed", "rebels\u00a0attacked", "\ufb02ed",
        "e\u0301attacked", "x" * 300, "ATTACK! attack? Attack.", "Protesters MARCHED on parliament",
        "The minister opened a school on Monday.", "Gunmen stormed a police station and killed four officers.",
        "Thousands marched through the capital demanding the minister's resignation.",
        "Police arrested 12 people and fired tear gas; 3 were wounded.", "\u00dcber 40 Menschen protestierten",
        "Rebels shelled the town, residents said, as talks stalled in Doha.", "12345 _ __ -- ...",
        "Sanctions were imposed on Iran after it seized a tanker.", "He said: \u201cwe will strike back\u201d."]


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\b\w", text)] + list(range(len(text)))


# ------------------------------------------------------------------------------------------- StemIndex.match


def _lexicon_indexes() -> list[StemIndex]:
    idx = lexicon_index()
    assert idx is not None
    return [idx.any, *idx.by_type.values()]


def test_stem_index_matches_as_its_regex_at_every_position() -> None:
    for ix in _lexicon_indexes():
        for text in _ODD:
            for p in range(len(text)):
                got, want = ix.match(text, p), ix.rx.match(text, p)
                assert (got and got.span()) == (want and want.span()), (ix.rx.pattern[:40], text, p)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_stem_index_of_a_small_alternation_in_either_case(flags: int) -> None:
    rx = re.compile(r"\b(?:(?:kill(?:ed|s)?)|(?:attack\w*)|(?:9mm)|(?:_x))", flags)
    ix = StemIndex.build(rx)
    assert ix is not None
    for text in _ODD + ["9mm rounds", "_x", "ATTACKED", "Kills"]:
        for p in range(len(text)):
            got, want = ix.match(text, p), rx.match(text, p)
            assert (got and got.span()) == (want and want.span()), (text, p)


def test_a_character_outside_ascii_still_goes_to_the_regex() -> None:
    rx = re.compile(r"\b(?:(?:kill)|(?:shot))", re.IGNORECASE)
    ix = StemIndex.build(rx)
    assert ix is not None
    # the Kelvin sign and the long s fold to "k" and "s": only the full regex knows it
    assert ix.match("\u212aill", 0) is not None and ix.match("\u017fhot", 0) is not None
    assert ix.match("\u00e9kill", 0) is None


# ------------------------------------------------------------------------------------ WordAlternation.found


@pytest.mark.parametrize("pattern", [r"(?i)\b(?:threw|hurled|kill(?:ed)?|9mm|_x)\b", r"\b(?:Threw|hurled)",
                                     r"(?i)\b(sacked|stormed|shot)\b", r"\b(?:rebels|police)\b"])
def test_word_alternation_finds_as_its_regex(pattern: str) -> None:
    rx = re.compile(pattern)
    index = WordAlternation.build(rx)
    assert index is not None
    for text in _ODD + ["THREW stones", "\u017fhot dead", "\u017facked", "they Threw", "9mm", "a _x b", "Police"]:
        assert index.found(text) == (rx.search(text) is not None), (pattern, text)


# --------------------------------------------------------------------------------- LexiconIndex.types_at


def test_types_at_answers_as_the_type_regexes() -> None:
    lex = load_lexicon()
    idx = lexicon_index(lex)
    assert idx is not None and idx._any_covers
    for text in _ODD:
        for p in _word_starts(text) + [len(text), len(text) + 3]:
            want = [] if p >= len(text) else [t for t, rx in lex.trigger_res.items() if rx.match(text, p)]
            assert idx.types_at(text, p) == want, (text, p)


def test_types_at_without_a_covering_alternation_tries_every_type() -> None:
    lex = load_lexicon()
    idx = LexiconIndex.build(lex)
    assert idx is not None
    idx._any_covers = False  # (as for a lexicon whose any-trigger lacks some stem)
    text = "Gunmen stormed a police station and killed four officers."
    for p in _word_starts(text):
        assert idx.types_at(text, p) == [t for t, rx in lex.trigger_res.items() if rx.match(text, p)]


# ------------------------------------------------------------------------------------------- warm tables


def _builders() -> list[Any]:
    from newsevents.coding.actors.cities import big_cities
    from newsevents.coding.actors.people import _org_alias_re
    from newsevents.coding.actors.tables import _capital_re, load_tables
    from newsevents.coding.office_holders import load_holders
    from newsevents.coding.size import _pattern_table

    return [_pattern_table, load_tables, big_cities, _capital_re, _org_alias_re, load_holders]


def test_warm_tables_builds_every_table_once() -> None:
    from newsevents.coding import detect, lexicon

    before = [f() for f in _builders()]  # (the tables as any earlier caller built them)
    for f in _builders():
        f.cache_clear()
    detect._INDEXES.clear()
    lexicon._CUE_INDEXES.clear()
    lex = load_lexicon()
    coder_module.warm_tables(lex)
    assert all(f.cache_info().currsize == 1 for f in _builders())
    assert id(lex) in detect._INDEXES and id(lex) in lexicon._CUE_INDEXES
    built = [f() for f in _builders()]
    index = lexicon_index(lex)
    coder_module.warm_tables(lex)  # idempotent: nothing is rebuilt
    assert all(a is b for a, b in zip(built, [f() for f in _builders()]))
    assert lexicon_index(lex) is index
    # the same tables as built on demand (the regexes compare by pattern and flags)
    assert [repr(x) for x in built[1:]] == [repr(x) for x in before[1:]]
    assert [(f, s.pattern, tuple(p.pattern for p in ps), tuple(p.pattern for p in ls)) for f, s, ps, ls in built[0]] \
        == [(f, s.pattern, tuple(p.pattern for p in ps), tuple(p.pattern for p in ls)) for f, s, ps, ls in before[0]]


def test_warm_tables_with_a_lexicon_of_its_own() -> None:
    from dataclasses import replace

    from newsevents.coding import detect, lexicon

    other = replace(load_lexicon())  # another object with the same patterns (as a test's own lexicon)
    coder_module.warm_tables(other)
    assert id(other) in detect._INDEXES and id(other) in lexicon._CUE_INDEXES
    assert id(load_lexicon()) in detect._INDEXES


class _Geo:
    def __init__(self) -> None:
        self.warmed = 0

    def event_location(self, article: Any, sentence: Any, trigger: Any, places: Any) -> None:
        return None

    def warm(self) -> None:
        self.warmed += 1


class _Coder(_Geo):
    pass


class _Nlp:
    pipe_names: list[str] = []


def test_pipeline_warm_reaches_the_coder_and_the_geoparser() -> None:
    geo, coder = _Geo(), _Coder()
    pipe = Pipeline(_Nlp(), coder, geo)  # type: ignore[arg-type]
    pipe.warm()
    assert (geo.warmed, coder.warmed) == (1, 1)


def test_pipeline_warm_skips_a_coder_without_warm() -> None:
    geo = _Geo()
    pipe = Pipeline(_Nlp(), object(), geo)  # type: ignore[arg-type]
    pipe.warm()
    assert geo.warmed == 1


def test_event_coder_warm_builds_the_tables() -> None:
    from newsevents.coding.size import _pattern_table

    _pattern_table.cache_clear()
    ec = coder_module.EventCoder(model=None, embedder=None, lexicon=load_lexicon())  # type: ignore[arg-type]
    ec.warm()
    assert _pattern_table.cache_info().currsize == 1


# ---------------------------------------------------------------------------------- the hyphenated trigger


@pytest.mark.parametrize("text, word", [("Workers staged a sit-in at the plant.", "in"),
                                        ("Teachers began a sit-in.", "sit"),
                                        ("Rebels attacked the town.", "attacked"),
                                        ("A hit-and-run attack killed two.", "run")])
def test_hyphenated_trigger_reads_the_doc_text(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    trig = next(t for t in doc if t.text == word)
    got = coder_module._hyphenated_trigger(100, trig)
    assert got.text == text[got.start - 100:got.end - 100]
    if word in ("in", "sit"):
        assert got.text == "sit-in"


# ------------------------------------------------------------------------ remembered trigger starts per text


def test_type_counts_and_spans_answer_as_the_regexes_when_asked_again() -> None:
    lex = load_lexicon()
    idx = LexiconIndex.build(lex)
    assert idx is not None and idx._any_covers
    for _ in range(2):  # the second round reads the remembered starts
        for text in _ODD:
            assert idx.type_counts(text) == [len(lex.trigger_res[t].findall(text)) for t in lex.types], text
            for t in lex.types:
                assert idx.type_spans(t, text) == [m.span() for m in lex.trigger_res[t].finditer(text)], (t, text)
    assert idx.type_spans("NO_SUCH_TYPE", "Rebels attacked the town.") == []


def test_trigger_starts_are_where_the_whole_alternation_matches() -> None:
    lex = load_lexicon()
    idx = LexiconIndex.build(lex)
    assert idx is not None
    for text in _ODD:
        want = tuple(p for p in (m.start() for m in re.finditer(r"\b\w", text)) if lex.any_trigger.match(text, p))
        assert idx.trigger_starts(text) == want
        assert idx.trigger_starts(text) is idx.trigger_starts(text)  # remembered


def test_remembered_starts_stay_bounded() -> None:
    idx = LexiconIndex.build(load_lexicon())
    assert idx is not None
    for i in range(3 * LexiconIndex._MAX_REMEMBERED):
        text = f"Rebels attacked {i} villages."
        assert idx.trigger_starts(text) == idx.trigger_starts(text + "")
        assert len(idx._starts_of) <= LexiconIndex._MAX_REMEMBERED


def test_without_a_covering_alternation_counts_and_spans_read_every_word() -> None:
    lex = load_lexicon()
    idx = LexiconIndex.build(lex)
    assert idx is not None
    idx._any_covers = False
    text = "Gunmen stormed a police station and killed four officers; police arrested two."
    assert idx.type_counts(text) == [len(lex.trigger_res[t].findall(text)) for t in lex.types]
    for t in lex.types:
        assert idx.type_spans(t, text) == [m.span() for m in lex.trigger_res[t].finditer(text)]
    assert idx._starts_of == {}
