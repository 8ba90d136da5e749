"""Which word becomes the trigger of a sentence's first event (EventCoder._trigger), on sentences of our own.

The roles of the top event are read from its trigger, so a cue word that is only a name, a background clause, a
participle on a noun or an adjunct of the main act gives the wrong actor and recipient. No model is needed: the
trigger is chosen from the lexicon's cue words of the given type and the parse."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.actors import roles


@pytest.fixture(scope="module")
def lexicon_coder() -> Any:
    from newsevents.coding.coder import EventCoder
    from newsevents.coding.lexicon import load_lexicon
    return EventCoder(None, None, load_lexicon())  # type: ignore[arg-type]  # _trigger reads the lexicon only


def _first_trigger(coder: Any, nlp: Any, event: str, text: str, main_clause: bool = True) -> Any:
    with nlp.select_pipes(disable=["ner"]):  # as the default pipeline parses
        doc = nlp(text)
    return coder._trigger(event, doc, doc.text, main_clause=main_clause)


@pytest.mark.parametrize("event,text,expected", [
    # a cue noun that is the object of a light verb ranks with its verb's clause, not below a verb in a reported
    # side clause
    ("ASSAULT", "Government troops launched an offensive on the rebel stronghold of Kamba on Monday, while villagers "
                "said militiamen had attacked their homes.", "offensive"),
    # at the same depth the verb still wins ("killing five fighters" carries the victims)
    ("ASSAULT", "The air force carried out strikes on the port, killing five fighters.", "killing"),
])
def test_light_verb_object_ranks_with_its_clause(nlp: Any, lexicon_coder: Any, event: str, text: str,
                                                 expected: str) -> None:
    assert _first_trigger(lexicon_coder, nlp, event, text).text == expected


@pytest.mark.parametrize("event,text,expected", [
    # a cue inside a proper name
    ("CONCEDE", "Security forces arrested the director of Amnesty International in Ankara.", "arrested"),
    # a cue inside a background clause
    ("ASSAULT", "Police detained twelve men following clashes that killed three people.", "detained"),
    # a participle that only describes a noun
    ("SUPPORT", "Three aid workers were freed by the Iran-backed militia on Friday.", "freed"),
])
def test_weak_cue_gives_way_to_the_main_verb(nlp: Any, lexicon_coder: Any, event: str, text: str,
                                             expected: str) -> None:
    assert _first_trigger(lexicon_coder, nlp, event, text).text == expected


@pytest.mark.parametrize("event,text,expected", [
    # a noun in a prepositional adjunct (reason, setting) of the main act
    ("ACCUSE", "A journalist was imprisoned in Tehran for his articles and other accusations of propaganda.",
     "imprisoned"),
    ("CONSULT", "The president agreed to lift the tariffs during a summit with the Chinese premier.", "agreed"),
    # a noun inside the condition of the main act
    ("SANCTION", "The navy will not release the seized freighter unless its owners prove it was not breaking the "
                 "embargo.", "release"),
])
def test_adjunct_noun_gives_way_to_the_main_verb(nlp: Any, lexicon_coder: Any, event: str, text: str,
                                                 expected: str) -> None:
    assert _first_trigger(lexicon_coder, nlp, event, text).text == expected


@pytest.mark.parametrize("event,text,expected", [
    # a noun outside the main verb's subject and object, when the main verb is a word of the same kind of act
    # (material conflict: COERCE read from "prison", ASSAULT "beaten")
    ("COERCE", "A teenage inmate was beaten to death by prison guards in Evin on Monday.", "beaten"),
    # ... but not a main verb of another kind of act (praise is verbal cooperation)
    ("COERCE", "The minister praised the prison reform in a speech on Monday.", "prison"),
    # ... nor a conjunct of the main verb's object ("condemned X and the threats": what is condemned)
    ("THREATEN", "The council condemned the shelling and the continuing threats by the militia.", "threats"),
])
def test_noun_outside_the_main_act_of_the_same_kind(nlp: Any, lexicon_coder: Any, event: str, text: str,
                                                    expected: str) -> None:
    assert _first_trigger(lexicon_coder, nlp, event, text).text == expected


@pytest.mark.parametrize("event,text,expected", [
    # what a framing verb denies stays the event (its aux mode is read through the verb)
    ("ASSAULT", "The military denied carrying out the airstrike on the market.", "airstrike"),
    # the object of the main verb is part of the main act
    ("ASSAULT", "The UN condemned the attack on the convoy.", "attack"),
    # what a plea asks for is its complement, not an adjunct (governing_event makes it the REQUEST)
    ("SANCTION", "The opposition leader called for sanctions against the junta on Sunday.", "sanctions"),
])
def test_main_clause_cues_are_kept(nlp: Any, lexicon_coder: Any, event: str, text: str, expected: str) -> None:
    assert _first_trigger(lexicon_coder, nlp, event, text).text == expected


def test_background_act_of_another_kind_keeps_its_cue(nlp: Any, lexicon_coder: Any) -> None:
    """A background clause gives way only to a main verb of the same kind of act: sending condolences after a
    bombing is not the bombing, so the ASSAULT keeps its own word (and its own roles)."""
    text = "The king sent a message of condolence to the president after the bombing in Kabul."
    assert _first_trigger(lexicon_coder, nlp, "ASSAULT", text).text == "bombing"


def test_second_event_keeps_its_own_cue(nlp: Any, lexicon_coder: Any) -> None:
    """Only the first event moves to the main verb: a second prediction would otherwise land on the first one's
    word and be dropped as a duplicate."""
    text = "Security forces arrested the director of Amnesty International in Ankara."
    assert _first_trigger(lexicon_coder, nlp, "CONCEDE", text, main_clause=False).text == "Amnesty"


def test_main_verb_gives_the_roles(nlp: Any, lexicon_coder: Any) -> None:
    """The point of the move: the main verb's subject and object are the top event's actor and recipient."""
    trig = _first_trigger(lexicon_coder, nlp, "SUPPORT", "Three aid workers were freed by the Iran-backed militia "
                                                          "on Friday.")
    actors, recips = roles(trig)
    assert [a.text for a in actors] == ["militia"] and [r.text for r in recips] == ["workers"]
    trig = _first_trigger(lexicon_coder, nlp, "CONCEDE", "Security forces arrested the director of Amnesty "
                                                          "International in Ankara.")
    actors, recips = roles(trig)
    assert [a.text for a in actors] == ["forces"] and recips


def _moved_type(coder: Any, nlp: Any, event: str, text: str) -> tuple[str, str]:
    """(trigger word, event type) of a sentence's first event after the move to the main verb (round A5)."""
    from newsevents.coding.coder import _Prediction
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    tok, moved = coder._moved_trigger(event, doc, doc.text, main_clause=True)
    pred = _Prediction(event, 0.9, None)
    return tok.text, (coder._main_verb_type(pred, tok, doc.text) if moved else pred).event


@pytest.mark.parametrize("event,text,expected", [
    # the type's only cue is a name or a participle on a noun: the main verb's own type
    ("CONCEDE", "Amnesty International said the army had burned three villages.", ("burned", "ASSAULT")),
    ("MOBILIZE", "The recently formed militia burned a village near the river.", ("burned", "ASSAULT")),
    ("SUPPORT", "A Western-backed coalition arrested the former minister.", ("arrested", "COERCE")),
])
def test_a_type_read_from_a_name_or_modifier_follows_the_main_verb(nlp: Any, lexicon_coder: Any, event: str,
                                                                   text: str, expected: tuple[str, str]) -> None:
    assert _moved_type(lexicon_coder, nlp, event, text) == expected


@pytest.mark.parametrize("event,text,expected", [
    # a background act of the same kind moves the trigger, but it is an act: the type stays
    ("ASSAULT", "Police detained 18 people following clashes that killed 19.", ("detained", "ASSAULT")),
    # a main verb the lexicon gives two types says nothing certain
    ("MOBILIZE", "A newly formed alliance of opposition parties boycotted the vote.", ("boycotted", "MOBILIZE")),
    # the type's cue is the main verb itself
    ("REJECT", "The Islamic Resistance rejected the proposal.", ("rejected", "REJECT")),
])
def test_a_type_read_from_an_act_stays(nlp: Any, lexicon_coder: Any, event: str, text: str,
                                       expected: tuple[str, str]) -> None:
    assert _moved_type(lexicon_coder, nlp, event, text) == expected
