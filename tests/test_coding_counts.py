"""Counts per event: with several events in one sentence each reads its own clause (size.event_size and the
coder's _scoped_sizes); one-event sentences read the whole sentence as before."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from newsevents.coding.size import event_size, extract_size
from newsevents.records import Article, Event, Sentence, Size, Trigger


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,trigger,others,size", [
    # two clauses, two events: each takes its own figure
    ("Police killed 3 militants and arrested 4 others.", "killed", ["arrested"], Size(3, None, None)),
    ("Police killed 3 militants and arrested 4 others.", "arrested", ["killed"], Size(None, None, 4)),
    ("Three militants were killed and four others were arrested.", "killed", ["arrested"], Size(3, None, None)),
    ("Three militants were killed and four others were arrested.", "arrested", ["killed"], Size(None, None, 4)),
    ("Security forces killed five rebels in Kidal and captured 12 fighters in Gao.", "captured", ["killed"],
     Size(None, None, 12)),
    # a noun trigger with a clause of its own ("after an attack that killed 3")
    ("Police arrested 4 people after an attack that killed 3.", "attack", ["arrested"], Size(3, None, None)),
    ("Police arrested 4 people after an attack that killed 3.", "arrested", ["attack"], Size(None, None, 4)),
    # the other trigger is an argument of this event's verb: no split, the whole clause counts
    ("Police killed 3 protesters and wounded 5.", "killed", ["protesters"], Size(3, 5, None)),
    # this event's clause states no count: the sentence's counts
    ("The protest turned violent and police arrested 12.", "protest", ["arrested"], Size(None, None, 12)),
    # vague quantities keep their documented readings inside a clause
    ("Troops killed dozens of fighters and detained several others.", "killed", ["detained"], Size(24, None, None)),
    ("Troops killed dozens of fighters and detained several others.", "detained", ["killed"], Size(None, None, 3)),
])
def test_event_size_reads_the_events_clause(nlp: Any, text: str, trigger: str, others: list[str],
                                            size: Size) -> None:
    doc = nlp(text)
    assert event_size(text, _tok(doc, trigger), [_tok(doc, w) for w in others]) == size


@pytest.mark.parametrize("text,trigger", [
    ("Police killed 3 militants and arrested 4 others.", "killed"),
    ("Gunmen killed five and wounded 12.", "killed"),
    ("Officials said 73 people have died in police firing.", "died"),
    ("The talks ended without agreement.", "talks"),
])
def test_one_event_reads_the_whole_sentence(nlp: Any, text: str, trigger: str) -> None:
    doc = nlp(text)
    assert event_size(text, _tok(doc, trigger)) == extract_size(text)


def test_odd_input_falls_back_to_the_sentence(nlp: Any) -> None:
    text = "Police killed 3 militants and arrested 4 others."
    doc, other = nlp(text), nlp(text)
    killed, whole = _tok(doc, "killed"), extract_size(text)
    assert event_size(text, killed, [_tok(other, "arrested")]) == whole  # a trigger of another parse is ignored
    assert event_size(text, killed, [killed]) == whole  # the event's own trigger is no other event
    assert event_size("Another sentence.", killed, [_tok(doc, "arrested")]) == Size()  # text is not the parse
    one = nlp("killed")
    assert event_size("killed", one[0], [one[0]]) == Size()
    # a long coordination of clauses stays fast and gives each clause its figure
    long = " and ".join(f"police arrested {k} people" for k in range(1, 40)) + "."
    d = nlp(long)
    verbs = [t for t in d if t.text == "arrested"]
    got = [event_size(long, v, [o for o in verbs if o is not v]).arrested for v in verbs]
    assert got[0] == 1 and all(isinstance(n, int) for n in got)


def test_coder_scopes_counts_of_events_in_one_sentence(nlp: Any) -> None:
    from newsevents.coding.coder import _scoped_sizes

    text = "Police killed 3 militants and arrested 4 others."
    doc = nlp(text)
    sent = Sentence(1, 0, len(text), text)
    base = Event(id="", event="ASSAULT", mode=(), context=(), quad_code=4, event_scale=-10.0, cameo_root="18",
                 acled_event_type=None, acled_sub_event_type=None, actor=(), recipient=(),
                 trigger=Trigger(0, 6, "Police"), event_loc=None, date=None, date_precision=None, aux=(),
                 size=extract_size(text), event_text=text, sentence=sent, confidence=0.9, article_id="a")
    trigs = [_tok(doc, "killed"), _tok(doc, "arrested")]
    evs = [replace(base, event=e, trigger=Trigger(t.idx, t.idx + len(t.text), t.text))
           for e, t in zip(("ASSAULT", "COERCE"), trigs)]
    out = _scoped_sizes(evs, trigs, text)
    assert [e.size for e in out] == [Size(3, None, None), Size(None, None, 4)]
    assert _scoped_sizes(evs[:1], trigs[:1], text) == evs[:1]  # one event: unchanged
    # a type without counts keeps its empty size, and still bounds the other event's clause
    talk = replace(evs[1], event="CONSULT", size=Size())
    out = _scoped_sizes([evs[0], talk], trigs, text)
    assert [e.size for e in out] == [Size(3, None, None), Size()]


@pytest.mark.slow
def test_coder_end_to_end_counts(nlp: Any) -> None:
    from newsevents.coding import EventCoder

    text = "Police killed 3 militants and arrested 4 others."
    art = Article(id="a", text=text)
    evs = {e.trigger.text: e for e in EventCoder.load().code(art, Sentence(1, 0, len(text), text), nlp(text))}
    assert evs, "the sentence is an event"
    if len(evs) > 1:  # two events (the committed model codes ASSAULT and COERCE): each its own count
        assert (evs["killed"].size.dead, evs["killed"].size.arrested) == (3, None)
        assert (evs["arrested"].size.dead, evs["arrested"].size.arrested) == (None, 4)


@pytest.mark.parametrize("text,first,verb,toll", [
    ("Three soldiers were killed and five others were injured in a roadside bomb blast.", "killed", "injured", True),
    ("Two people were killed and 20 others injured when a bomb ripped through a bus.", "killed", "injured", True),
    ("At least 23 militants were killed and four soldiers lost their lives in the attacks.", "killed", "lost", True),
    # a clause with a perpetrator and a victim is an event of its own
    ("Militants killed three soldiers on Monday and troops killed five militants on Tuesday.", "killed", "killed",
     False),
    # not a casualty word on both sides
    ("Police arrested 4 men and troops killed 2 others.", "arrested", "killed", False),
])
def test_casualty_toll_clause_is_no_second_event(nlp: Any, text: str, first: str, verb: str, toll: bool) -> None:
    from newsevents.coding.frames import _casualty_toll
    doc = nlp(text)
    f = _tok(doc, first)
    v = [t for t in doc if t.text == verb and t.i != f.i][0]
    assert _casualty_toll(v, f) is toll


@pytest.mark.slow
def test_killed_and_injured_is_one_event_with_both_counts(nlp: Any) -> None:
    from newsevents.coding import EventCoder

    text = "Three soldiers were killed and five others were injured in a roadside bomb blast."
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(1, 0, len(text), text), nlp(text))
    assault = [e for e in evs if e.event == "ASSAULT"]
    assert len(assault) == 1 and assault[0].size == Size(3, 5, None)
