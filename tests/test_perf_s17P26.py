"""Round P26 (session 17): faster paths with the same answers: `detect.PieceScreen` (a substring screen in front of
a regex, as `rx.search(text) is not None`), `detect.trigger_spans` (a type's trigger words through the lexicon's
index, as `finditer`), the story guards and the ACLED cue boost through them, and `_find_elsewhere` reading each
word's lemma and relation once."""
from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest

import newsevents
from newsevents.coding import detect, story_guards
from newsevents.coding.detect import (PieceScreen, StemIndex, cached_word_search, lexicon_index, required_pieces,
                                      trigger_spans, word_search)
from newsevents.coding.lexicon import load_lexicon

# odd input: empty, one word, no event, case and Unicode folding (the Kelvin sign and the long s fold to ASCII
# letters, the dotted capital I to "i"), a ligature, a decomposed accent, a no-break space, capitals
_ODD = ["", " ", "a", "K", "\u212a", "\u017f", "\u0130", "\u0130stanbul", "\ufb01re", "e\u0301", "x" * 300,
        "ATTACKS", "the film\u00a0follows", "DRILL", "grenade", "GRENADE", "\u212aILLED", "\u017fince 2019",
        "The minister opened a school on Monday.", "Floods swept the valley.", "since", "according to",
        "Shops and schools remained closed", "SHOPS AND SCHOOLS REMAINED CLOSED", "sho\u0440s remained closed"]

# sentences written for this round (none from the dev data or the story material)
_SENTENCES = [
    "Militiamen torched two granaries outside Mopti on Thursday, a local official said.",
    "The novel follows a deserter who crosses the desert to find his brother.",
    "Attacks on aid convoys have risen sharply since 2021, according to the agency.",
    "Troops staged a live-fire exercise near the coast, simulating an amphibious landing.",
    "Ships and ferries stayed in port as the strike entered its third day.",
    "Shops and banks remained closed in Goma on Monday.",
    "A crocodile killed a fisherman on the banks of the Zambezi.",
    "Police fired rubber bullets and tear gas to disperse students in Lilongwe.",
    "The army said it had retaken the town of Kidal from separatist fighters.",
    "Two grenades were thrown at a bar in Bujumbura, wounding five people.",
    "Rebels and soldiers exchanged heavy gunfire near the border crossing with Uganda.",
    "The Chadian ambassador was summoned after Sudanese refugees were detained near the Libyan border.",
    "Striker Ama Owusu scored twice as the visitors won 3-1 in Kumasi.",
    "Colonel Diallo overthrew the president in a palace coup on Sunday and declared himself leader.",
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


def _texts() -> list[str]:
    return _ODD + _SENTENCES + [" ".join(_SENTENCES)] + [s.upper() for s in _SENTENCES] + \
        [s.replace("s", "\u017f").replace("k", "\u212a") for s in _SENTENCES]


# ---------------------------------------------------------------- required pieces
@pytest.mark.parametrize("pattern, flags, pieces", [
    (r"\bfoo\b", 0, ("foo",)),
    (r"(?i)\bFoo bar\b", 0, ("foo bar",)),
    (r"\b(?:last|this|in the past) year\b", 0, (" year",)),
    (r"\b(?:shell|mortar)ed", 0, ("mortar", "shell")),
    (r"(?:decades?|years?) of war", re.IGNORECASE, (" of war",)),
    (r"\b(?:bomb|bombs|bombing)\b", 0, ("bomb",)),  # a piece holding another is dropped
    (r"x(?:yzq)+w", 0, ("yzq",)),
])
def test_required_pieces(pattern: str, flags: int, pieces: tuple[str, ...]) -> None:
    assert required_pieces(re.compile(pattern, flags)) == pieces


@pytest.mark.parametrize("pattern", [
    r"\w+", r"a|b", r"(?:foo)?ba", r"(?:foo)*", r"\bin\b", r"(?=foo)\w", r"[a-z]{4}", r"(?i:foo)ba",
    r"(?:foo|\d+)", r"\b(?:abc|abd)e",  # (the parser factors out "ab": too short a piece)
    "(?i)ab\u212acd",  # (a non-ASCII letter under case folding breaks the piece: "abkcd" matches too)
])
def test_no_pieces_for_weak_or_unknown_shapes(pattern: str) -> None:
    assert required_pieces(re.compile(pattern)) is None
    found = word_search(re.compile(pattern))  # and the search still answers as the regex does
    for text in _ODD + ["foo bar", "abkcd", "ABKCD", "ab\u212acd"]:
        assert found(text) == (re.search(pattern, text) is not None)


def test_bytes_patterns_have_no_pieces() -> None:
    assert required_pieces(re.compile(b"foo")) is None  # type: ignore[arg-type]


def test_a_scoped_case_flag_gives_no_piece_inside_it() -> None:
    rx = re.compile(r"(?i:FOO) bar")
    assert required_pieces(rx) == (" bar",)
    screen = word_search(rx)
    for text in ["foo bar", "FOO bar", "FOO BAR", "foo"]:
        assert screen(text) == (rx.search(text) is not None)


def test_case_sensitive_pieces_keep_their_case() -> None:
    rx = re.compile(r"^(?:Last|The previous) (?:year|month)'s\b")
    screen = PieceScreen(rx, required_pieces(rx) or ())
    for text in ["Last year's attacks", "last year's attacks", "LAST YEAR'S", "The previous month's raids", ""]:
        assert screen.found(text) == (rx.search(text) is not None)


def test_every_screened_pattern_answers_as_its_regex() -> None:
    texts = _texts()
    screened = 0
    for name, rx in _patterns():
        pieces = required_pieces(rx)
        if pieces is None:
            continue
        screened += 1
        found = PieceScreen(rx, pieces).found
        for text in texts:
            assert found(text) == (rx.search(text) is not None), (name, text)
    assert screened >= 100  # (most rule regexes need some rare word)


def test_non_ascii_text_goes_to_the_regex() -> None:
    rx = re.compile(r"\bkilled\b", re.IGNORECASE)
    found = word_search(rx)
    assert found("\u212aILLED") and found("KILLED") and not found("kill")


def test_cached_word_search_is_built_once() -> None:
    rx = re.compile(r"\b(?:grenades?|mortars?)\b", re.IGNORECASE)
    assert cached_word_search(rx) is cached_word_search(rx)
    for text in _texts():
        assert cached_word_search(rx)(text) == (rx.search(text) is not None)


def test_acled_cues_answer_as_their_regexes() -> None:
    for sub, rx in load_lexicon().acled_cues.items():
        for text in _texts():
            assert cached_word_search(rx)(text) == (rx.search(text) is not None), (sub, text)


# ---------------------------------------------------------------- the story guards
_GUARDS = [("is_sport_result", None), ("is_drill_report", None), ("is_fiction_plot", "_FICTION"),
           ("is_work_release", "_WORK_ABOUT"), ("is_coup_takeover", None)]


def test_background_tests_answer_as_their_regexes() -> None:
    for _name, test in story_guards._BACKGROUND:
        for text in _texts():
            assert isinstance(test(text), bool)
    for rx in (story_guards._TREND, story_guards._CLOSED_STATE, story_guards._YEAR_TOLL,
               story_guards._LAST_YEARS_ACTS, story_guards._ANIMAL_HARM):
        found = story_guards._found(rx)
        for text in _texts():
            assert found(text) == (rx.search(text) is not None)


def test_guards_answer_as_before() -> None:
    sg = story_guards

    def old_sport_result(text: str) -> bool:
        if sg._SPORT_SCORING.search(text) is not None and sg._HARD_VIOLENCE.search(text) is None:
            return True
        return (sg._SPORT_RESULT.search(text) is not None or sg._SPORT_BAN.search(text) is not None) and \
            sg._VIOLENCE_CUE.search(text) is None

    def old_coup(text: str) -> bool:
        return sg._COUP_TAKEOVER.search(text) is not None and sg._COUP_OTHER.search(text) is None and \
            sg._COUP_HARM.search(text) is None

    for text in _texts():
        assert sg.is_sport_result(text) == old_sport_result(text)
        assert sg.is_drill_report(text) == (sg._DRILL.search(text) is not None and
                                            sg._DRILL_HOSTILE.search(text) is None)
        assert sg.is_fiction_plot(text) == (sg._FICTION.search(text) is not None)
        assert sg.is_work_release(text) == (sg._WORK_ABOUT.search(text) is not None)
        assert sg.is_coup_takeover(text) == old_coup(text)
        assert sg.background_kind(text) == next((n for n, t in sg._BACKGROUND if t(text)), None) or \
            len(text) > sg._BACKGROUND_MAX


def test_the_written_sentences_reach_the_guards() -> None:
    """(so the comparisons above see both answers)"""
    assert story_guards.is_fiction_plot(_SENTENCES[1])
    assert story_guards.is_drill_report(_SENTENCES[3])
    assert story_guards.is_background_statement(_SENTENCES[2])
    assert story_guards.is_background_statement(_SENTENCES[5])
    assert story_guards.is_sport_result(_SENTENCES[12])
    assert story_guards.is_coup_takeover(_SENTENCES[13])
    assert not story_guards.is_background_statement(_SENTENCES[0])


# ---------------------------------------------------------------- trigger spans
def test_trigger_spans_equal_finditer_for_every_type() -> None:
    lex = load_lexicon()
    assert lexicon_index(lex) is not None
    for event, rx in lex.trigger_res.items():
        for text in _texts():
            assert trigger_spans(lex, event, text) == [m.span() for m in rx.finditer(text)], (event, text)


def test_trigger_spans_of_an_unknown_type_are_empty() -> None:
    assert trigger_spans(load_lexicon(), "NO_SUCH_TYPE", "Rebels attacked the town.") == []


def test_trigger_spans_without_an_index(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = load_lexicon()
    monkeypatch.setattr(detect, "lexicon_index", lambda _lex=None: None)
    text = _SENTENCES[6]
    assert trigger_spans(lex, "COERCE", text) == [m.span() for m in lex.trigger_res["COERCE"].finditer(text)]
    assert trigger_spans(lex, "NO_SUCH_TYPE", text) == []


def test_stem_spans_skip_overlaps_as_finditer_does() -> None:
    rx = re.compile(r"\b(?:(?:attack)|(?:attacked by)|(?:by))", re.IGNORECASE)
    index = StemIndex.build(rx)
    assert index is not None
    for text in ["attacked by bandits by night", "", "by", "Attack attack"]:
        starts = [m.start() for m in re.finditer(r"\b\w", text)]
        assert index.spans(text, starts) == [m.span() for m in rx.finditer(text)]


# ---------------------------------------------------------------- _find_elsewhere
def _old_find_elsewhere(nz: Any, doc: Any, user_towns: frozenset[str]) -> set[int]:
    """The loop before this round, kept to check the hoisted sets and single reads give the same words."""
    out = nz._maker_indices(doc, nz._BASE_WORDS | nz._LEAD_WORDS | nz._FLAG_WORDS | nz._TONGUE_WORDS) | \
        nz._pan_indices(doc)
    for t in doc:
        if t.lemma_.lower() in nz._FOREIGN_ENVOYS and t.dep_ in {"dobj", "obj", "pobj"} | nz._PASS_SUBJ:
            out.update(x.i for c in t.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree)
        if t.dep_ == "pobj" and t.head.lower_ == "with" and \
                t.head.head.lemma_.lower() in nz._BORDER_NOUNS | {"crossing"}:
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if nz._is_mission(t) and t.dep_ in {"dobj", "obj", "pobj"} | nz._PASS_SUBJ:
            out.update(x.i for c in t.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") for x in c.subtree)
        out.update(nz._region_name_words(t))
        if t.dep_ == "agent" and t.head.lemma_.lower() in nz._BACKING and t.head.dep_ in ("acl", "advcl", "relcl"):
            out.update(range(t.i, t.right_edge.i + 1))
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "with") and t.head.head.lemma_.lower() in nz._TIES and \
                t.head.head.dep_ in ("acl", "advcl", "relcl", "amod"):
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.dep_ == "acl" and \
                t.head.head.lemma_.lower() in nz._LAUNCH_VERBS:
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if t.dep_ == "pobj" and t.head.lower_ in nz._HEADING_PREPS and t.head.head.lemma_.lower() in nz._MOVING_OFF:
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_.lower() in nz._CROSSING_OVER and \
                t.head.head.dep_ in ("acl", "advcl", "relcl", "conj"):
            out.update(range(t.left_edge.i, t.right_edge.i + 1))
        if t.lemma_.lower() in nz._EXPATRIATE_NOUNS and t.dep_ in {"dobj", "obj"} | nz._PASS_SUBJ:
            out.update(c.i for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper())
        if t.lemma_.lower() in nz._MIGRANT_NOUNS:
            out.update(c.i for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper())
        if t.lemma_.lower() in nz._BORDER_NOUNS and t.dep_ == "pobj" and t.head.lower_ in nz._NEAR_WORDS:
            out.update(c.i for c in t.children if c.dep_ == "amod" and c.text[:1].isupper())
        if t.dep_ == "conj":
            out.update(nz._contingent_country_words(t.head, t) | nz._contingent_country_words(t, t.head))
            split = nz._modifier_force(t.head.head, nz.load_tables()) \
                if t.head.dep_ in ("nmod", "compound", "amod") else None
            if split is not None and split[1].i == t.i:
                out.add(t.i)
    towns = nz.namesakes(nz.doc_text(doc)) | user_towns
    return out | nz._source_indices(doc) | nz._stance_indices(doc) | nz._inner_name_indices(doc) | \
        nz._place_name_parts(doc, towns)


def test_find_elsewhere_gives_the_same_words(nlp: Any) -> None:
    nz = importlib.import_module("newsevents.coding.actors.normalise")
    texts = _SENTENCES + ["", "Kidal", "Police and Ugandan soldiers, backed by Kenyan officers, arrested 40 Eritrean "
                                        "migrants who had fled towards Sudan from the Pakistan-based group.",
                                        "The militants, who had crossed from Bangladesh, attacked a police outpost."]
    for text in texts:
        for towns in (frozenset(), frozenset({"goma"})):
            assert nz._find_elsewhere(nlp(text), towns) == _old_find_elsewhere(nz, nlp(text), towns), text
