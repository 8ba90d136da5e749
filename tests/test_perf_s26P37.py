"""Round P37 (session 26): the same answers, less repeated work in the per-event rules.

- `normalise` and `sentence_country` keep their answer on the doc (asked several times per event for the same
  phrase or sentence); the cache is keyed by what the answer reads beside the parse (the tables, the entities'
  presence, the story's namesake towns) and guarded by the token count;
- `non_event_reason` picks the rules that apply to an event type once per type (`_rules_for`);
- `aux._historical` reads the trigger's own phrase once.
Each is compared with what it stands for: the uncached function, the former rule loop."""
from __future__ import annotations

import importlib
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from newsevents.coding import aux, nonevents
from newsevents.coding.actors.tables import NAMESAKES, load_tables

from coding_parts import parsed

# (the package exports the function `normalise` under the module's name)
norm_mod = importlib.import_module("newsevents.coding.actors.normalise")

_SENTENCES = [
    "Police in Lagos arrested 40 supporters of the Nigerian opposition party on Monday.",
    "Russian-backed separatists shelled Ukrainian positions near the Pakistan-based group's camp.",
    "The Houthi-run health ministry said two people were killed in an air strike in Sanaa.",
    "Gunmen abducted a Chinese mining engineer and three Kenyan police officers in Kebbi state.",
    "Protesters marched on the Indian high commission in Dhaka, and riot police fired tear gas.",
    "rebels attacked a base in north kivu province, the congolese army said.",
    "The European Union's foreign policy chief met Sudan's UN ambassador in New York.",
    "A",
    "Benin City residents said soldiers of the 4th Brigade clashed with the Santa Rosa de Lima gang.",
    "Ethiopian troops and Fano militia fighters exchanged fire in Amhara region on Friday.",
]


def _spans(doc: Any, longest: int = 5) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + longest) + 1)]


@pytest.mark.parametrize("text", _SENTENCES)
def test_normalise_cached_equals_uncached(nlp: Any, text: str) -> None:
    tb = load_tables()
    doc = parsed(nlp, text)
    for i, j in _spans(doc):
        first = norm_mod.normalise(doc[i:j], tb)
        again = norm_mod.normalise(doc[i:j])  # (the packaged tables: the same object)
        assert first == norm_mod._normalise(doc[i:j], tb)
        assert again is first
    assert norm_mod.normalise(doc[0:0], tb) == norm_mod._normalise(doc[0:0], tb) == (None, None, None)


def test_normalise_recomputed_when_entities_are_added(nlp: Any) -> None:
    text = _SENTENCES[0]
    doc = parsed(nlp, text)
    tb = load_tables()
    before = {s: norm_mod.normalise(doc[s[0]:s[1]], tb) for s in _spans(doc)}
    assert not doc.has_annotation("ENT_IOB")
    nlp.get_pipe("ner")(doc)  # (the pipeline adds NER to event sentences after the first rules ran)
    assert doc.has_annotation("ENT_IOB")
    for (i, j), old in before.items():
        got = norm_mod.normalise(doc[i:j], tb)
        assert got == norm_mod._normalise(doc[i:j], tb)
    # a parse with entities from the start gives the same answers
    fresh = nlp(text)
    for i, j in _spans(fresh):
        assert norm_mod.normalise(fresh[i:j], tb) == norm_mod.normalise(doc[i:j], tb)


def test_normalise_other_tables_are_not_served_from_the_cache(nlp: Any) -> None:
    doc = parsed(nlp, "Kenyan police arrested two men in Nairobi.")
    tb = load_tables()
    assert norm_mod.normalise(doc[0:2], tb)[0] == "KEN"
    empty = type(tb)(countries={}, countries_lower={}, orgs={}, sector_nouns=tb.sector_nouns, max_words=1,
                     country_re=tb.country_re, orgs_lower={}, peoples={}, body_sectors={},
                     party_aliases=frozenset())
    assert norm_mod.normalise(doc[0:2], empty) == norm_mod._normalise(doc[0:2], empty)
    assert norm_mod.normalise(doc[0:2], empty)[0] is None
    assert norm_mod.normalise(doc[0:2], tb)[0] == "KEN"


@pytest.mark.parametrize("text", _SENTENCES)
def test_sentence_country_cached_equals_uncached(nlp: Any, text: str) -> None:
    tb = load_tables()
    doc = parsed(nlp, text)
    first = norm_mod.sentence_country(doc, tb)
    assert first == norm_mod._sentence_country(doc, tb)
    assert norm_mod.sentence_country(doc) == first
    with_ents = nlp(text)
    assert norm_mod.sentence_country(with_ents, tb) == norm_mod._sentence_country(with_ents, tb)


def test_sentence_country_follows_namesakes_and_entities(nlp: Any) -> None:
    tb = load_tables()
    doc = parsed(nlp, "Gunmen attacked a market in Jordan, a town near the border, police said.")
    plain = norm_mod.sentence_country(doc, tb)
    assert plain == norm_mod._sentence_country(doc, tb)
    doc.user_data[NAMESAKES] = frozenset({"jordan"})  # (the coder marks the story's namesake towns later)
    assert norm_mod.sentence_country(doc, tb) == norm_mod._sentence_country(doc, tb)
    nlp.get_pipe("ner")(doc)
    assert norm_mod.sentence_country(doc, tb) == norm_mod._sentence_country(doc, tb)
    doc.user_data[NAMESAKES] = frozenset()
    assert norm_mod.sentence_country(doc, tb) == norm_mod._sentence_country(doc, tb)


def _former_non_event_reason(event_type: str, trigger: Any, text: str) -> str | None:
    """`non_event_reason` as it was before round P37 (the reference)."""
    own = nonevents.load_lexicon().trigger_res.get(event_type)
    is_cue = own is not None and own.match(text, trigger.idx) is not None
    for rule, types, cue_only in nonevents._RULES:
        if (types is not None and event_type not in types) or (cue_only and not is_cue):
            continue
        reason = rule(trigger)
        if reason is not None:
            return reason
    return None


_TYPES = ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "ACCUSE", "THREATEN", "SANCTION", "CONSULT",
          "RETREAT", "AGREE", "REJECT", "SUPPORT", "CONCEDE", "COOPERATE", "REQUEST", "OTHER", "")


def test_rules_for_keeps_the_order_and_the_filter() -> None:
    for event_type in _TYPES:
        for is_cue in (True, False):
            want = tuple(r for r, types, cue_only in nonevents._RULES
                         if not ((types is not None and event_type not in types) or (cue_only and not is_cue)))
            assert nonevents._rules_for(event_type, is_cue) == want
            assert nonevents._rules_for(event_type, is_cue) is nonevents._rules_for(event_type, is_cue)


@pytest.mark.parametrize("text", _SENTENCES + [
    "The army said the attack was a drill, and the protesters called off the strike planned for Friday.",
    "Flares were fired to light up the area while rescuers moved the wounded to hospital.",
])
def test_non_event_reason_equals_the_former_loop(nlp: Any, text: str) -> None:
    doc = parsed(nlp, text)
    for tok in doc:
        for event_type in _TYPES:
            assert nonevents.non_event_reason(event_type, tok, doc, text) == \
                _former_non_event_reason(event_type, tok, text)


# (the answers of the start commit's `_historical`, checked with and without a publication date)
@pytest.mark.parametrize("text,nth,past", [
    ("Soldiers killed 12 villagers on Sunday, two years after the 2029 massacre.", ("killed", 0), False),
    ("The 2017 bombing killed 500 people.", ("bombing", 0), True),
    ("Rebels attacked the town in 2019 and attacked it again on Monday.", ("attacked", 0), True),
    ("Rebels attacked the town in 2019 and attacked it again on Monday.", ("attacked", 1), False),  # (a conj)
    ("Police arrested five men on Monday for their role in the killing of a journalist in 2019.", ("arrested", 0),
     True),
    ("Protesters rallied on the anniversary of the 1973 coup and police detained 20 on Monday.", ("detained", 0),
     False),
])
@pytest.mark.parametrize("published", [None, date(2031, 1, 5), date(2020, 6, 1)])
def test_historical_reads_the_own_phrase_once(nlp: Any, monkeypatch: pytest.MonkeyPatch, text: str,
                                              nth: tuple[str, int], past: bool, published: date | None) -> None:
    doc = parsed(nlp, text)
    trig = [t for t in doc if t.text == nth[0]][nth[1]]
    calls: list[tuple[int, bool]] = []
    real = aux._own_phrase

    def counted(tok: Any, own_day: bool = False) -> str:
        if tok.i == trig.i:
            calls.append((tok.i, own_day))
        return real(tok, own_day)

    monkeypatch.setattr(aux, "_own_phrase", counted)
    chain = aux._chain(trig)
    assert aux._historical(trig, chain, published, aux._governor_links(chain, 4)) is past
    assert calls and len(calls) == len(set(calls))  # (no phrase read twice)


def test_with_parties_keeps_the_event_when_nothing_changes() -> None:
    from newsevents.pipeline import _with_parties
    from newsevents.records import Entity, Event, Sentence, Size

    a, r = Entity("Police", 0, 6, None, "COP"), Entity("protesters", 16, 26, None, "CVL")
    sent = Sentence(0, 0, 27, "Police arrested protesters.")
    ev = Event(id="", event="COERCE", mode=("arrest",), context=(), quad_code=4, event_scale=None, cameo_root=None,
               acled_event_type=None, acled_sub_event_type=None, actor=(a,), recipient=(r,), trigger=None,
               event_loc=None, date=None, date_precision=None, aux=(), size=Size(), event_text=sent.text,
               sentence=sent, confidence=0.9)
    assert _with_parties(ev, lambda e, _: e) is ev
    fixed = _with_parties(ev, lambda e, recipient: replace(e, code="KEN") if recipient else e)
    assert fixed is not ev and fixed.recipient[0].code == "KEN" and fixed.actor == ev.actor
    # an equal but new entity is a change made by `fix`: the event is rebuilt (equal to the old one)
    same = _with_parties(ev, lambda e, _: replace(e))
    assert same == ev
    empty = replace(ev, actor=(), recipient=())
    assert _with_parties(empty, lambda e, _: e) is empty


@pytest.mark.parametrize("text", ["Gaza City", "Saint-Louis", "the Hague", "Zaïre", "", "  ", "São Paulo's",
                                  "Mount Kenya", "N'Djamena", "Ft. Worth", "ﬁ", "Rio Grande do Sul"])
def test_norm_memo_gives_the_same_keys(text: str) -> None:
    from newsevents.geo import names

    want = names.norm.__wrapped__(text)
    assert names.norm(text) == want
    assert names.norm(text) == want


@pytest.mark.parametrize("text", [
    "Floods killed 12 people in Porto Alegre, officials said.",
    "A gas explosion at a mine killed 20 workers.",
    "Gunmen killed 12 people after floods hit the town.",
    "Robbers shot a shopkeeper dead in Lagos, police said.",
    "Soldiers shot a shopkeeper dead during a robbery.",
    "",
    "A man stabbed his neighbour during a dispute over land.",
])
def test_story_guard_memos_give_the_same_answers(text: str) -> None:
    from newsevents.coding import story_guards as sg

    for guard in (sg.is_disaster_report, sg.is_private_crime):
        want = guard.__wrapped__(text)  # type: ignore[attr-defined]
        assert guard(text) is want
        assert guard(text) is want


def test_resolver_score_equals_the_former_sum() -> None:
    import random

    from newsevents.geo.resolve import FEATURES, Resolver

    rng = random.Random(37)
    weights = {k: rng.uniform(-3, 3) for k in FEATURES}
    res = Resolver.__new__(Resolver)
    res.w = weights
    for _ in range(500):
        f = {k: rng.choice([0.0, 0.0, 1.0, rng.random(), -0.0, rng.uniform(-1, 1) * 1e-9]) for k in FEATURES}
        f["unknown_feature"] = rng.random()  # (a feature with no weight counts 0)
        former = sum(weights.get(k, 0.0) * v for k, v in f.items() if v)
        assert res._score(f) == former
        assert repr(res._score(f)) == repr(former)
    assert res._score({}) == 0
    assert res._score({k: 0.0 for k in FEATURES}) == 0
