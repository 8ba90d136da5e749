"""Round-8 type rules of the coder (PLOVER manual): stopped protests are COERCE, refusals declared "out of the
question" are REJECT, forces preparing an attack MOBILIZE, lifted curfews and bans CONCEDE, blocked roads PROTEST
'obstruct', a people's protest is no diplomatic protest, "unless" conditions make threats, hedges are no
accusations. Sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Entity

spacy = pytest.importorskip("spacy")


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,trigger,expected", [
    ("Police prevented the rally planned by the nurses' union.", "rally", True),
    ("The march was banned by the city governor.", "march", True),
    ("Soldiers prevented villagers from holding a demonstration near the mine.", "demonstration", True),
    ("Riot police broke up the vigil outside the ministry.", "vigil", True),
    # the protest is held, or the verb does not stop it
    ("Teachers held a rally outside the ministry.", "rally", False),
    ("The union called a strike for Monday.", "strike", False),
    ("Police broke the news of the march to the families.", "march", False),
])
def test_suppressing_verb(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.frames import is_suppressed_protest
    assert is_suppressed_protest(_tok(nlp(text), trigger)) is expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Lifting the embargo on the country is out of the question, the minister said.", "embargo", True),
    ("The rebels ruled out talks with the army.", "talks", True),
    ("Withdrawing the troops is not on the table, the spokesman said.", "Withdrawing", True),
    # an option kept open, or a coordinated clause of its own
    ("The president has not ruled out declaring martial law.", "declaring", False),
    ("The minister ruled out new taxes, and the army shelled the town.", "shelled", False),
])
def test_ruled_out(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.frames import is_ruled_out
    assert is_ruled_out(_tok(nlp(text), trigger)) is expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("The army prepared to resume shelling the rebel villages.", "shelling", True),
    ("Government troops were preparing to storm the town.", "storm", True),
    ("The army resumed shelling the rebel villages.", "shelling", False),
    # willingness, not preparation
    ("The minister said the army is prepared to strike the camps.", "strike", False),
])
def test_prepared_attack(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.frames import is_prepared_attack
    assert is_prepared_attack(_tok(nlp(text), trigger)) is expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("The government lifted the curfew in the port city.", "lifted", True),
    ("The junta lifted a state of emergency in the north.", "lifted", True),
    ("Authorities eased the ban on opposition rallies.", "eased", True),
    # a blockade lifted lets goods in (RETREAT); an embargo eased is economic (RETREAT in CAMEO)
    ("The navy lifted its blockade of the harbour.", "lifted", False),
    ("The bloc eased the embargo on oil exports.", "eased", False),
])
def test_lifted_restriction(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.frames import is_lifted_restriction
    assert is_lifted_restriction(_tok(nlp(text), trigger)) is expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("Farmers blocked the highway with tractors.", "blocked", True),
    ("Rebels blocked the road into the capital.", "blocked", True),
    ("The senate blocked the budget bill.", "blocked", False),
])
def test_blocked_passage(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.frames import is_blocked_passage
    assert is_blocked_passage(_tok(nlp(text), trigger)) is expected


def test_recode_protest_rules(nlp: Any) -> None:
    from newsevents.coding.coder import recode
    text = "Police prevented the rally planned by the nurses' union."
    assert recode("PROTEST", _tok(nlp(text), "rally"), text, (), ()) == ("COERCE", ("restrict",))
    # a named crowd-control weapon leaves the type to the classifier (ASSAULT crowd-control)
    text = "Police fired tear gas and prevented the rally."
    assert recode("PROTEST", _tok(nlp(text), "rally"), text, (), ()) is None
    text = "Farmers blocked the highway with tractors."
    assert recode("REJECT", _tok(nlp(text), "blocked"), text, (), ()) == ("PROTEST", ("obstruct",))
    police = (Entity("Police", 0, 6, None, "COP"),)
    text = "Police blocked the highway near the summit."
    assert recode("REJECT", _tok(nlp(text), "blocked"), text, police, ()) == ("COERCE", ("restrict",))
    text = "The government lifted the curfew in the port city."
    assert recode("RETREAT", _tok(nlp(text), "lifted"), text, (), ()) == ("CONCEDE", ())


@pytest.mark.parametrize("text,subject,expected", [
    ("Kurds protested against the arrest of their leader.", "Kurds", False),
    ("Palestinians shunned work to protest at the new settlement.", "Palestinians", False),
    ("Egypt protested to Israel over the killing of two border guards.", "Egypt", True),
    ("The Philippines protested to Beijing over the incident.", "Philippines", True),
])
def test_diplomatic_protest_needs_a_state(nlp: Any, text: str, subject: str, expected: bool) -> None:
    from newsevents.coding.frames import is_diplomatic_protest
    doc = nlp(text)
    trig = next(t for t in doc if t.lemma_.lower() == "protest")
    subj = _tok(doc, subject)
    actor = (Entity(subject, subj.idx, subj.idx + len(subject), "XXX", None),)
    assert is_diplomatic_protest(trig, text, actor) is expected


@pytest.mark.parametrize("text,trigger,event,expected", [
    ("The party will boycott the vote unless the president agrees to resign.", "agrees", "AGREE", "THREATEN"),
    ("Kenya will close its border unless the rebels stop their attacks.", "close", "REJECT", "THREATEN"),
    # a refusal with a condition is a threat whatever the refused act's type (round A5)
    ("The kidnappers will not free the engineers unless the company pays them.", "free", "RETREAT", "THREATEN"),
    ("The kidnappers will not free the engineers.", "free", "RETREAT", "REJECT"),
    ("The ministers ruled out lifting the sanctions.", "sanctions", "SANCTION", "REJECT"),
    ("The army prepared to resume shelling the villages.", "shelling", "ASSAULT", "MOBILIZE"),
    ("The army resumed shelling the villages.", "shelling", "ASSAULT", "ASSAULT"),
])
def test_reconcile_round8(nlp: Any, text: str, trigger: str, event: str, expected: str) -> None:
    from newsevents.coding.aux import aux_modes
    from newsevents.coding.coder import reconcile
    tok = _tok(nlp(text), trigger)
    assert reconcile(event, tok, aux_modes(tok))[0] == expected


def test_hedge(nlp: Any) -> None:
    from newsevents.coding.clauses import is_hedge
    doc = nlp("Youths threw stones during protests against the alleged abuses.")
    assert is_hedge(_tok(doc, "alleged"))
    doc = nlp("The opposition alleged that the count was rigged.")
    assert not is_hedge(_tok(doc, "alleged"))


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Police prevented the rally planned by the nurses' union in the capital.", "COERCE"),
    ("The military government lifted the curfew in the port city on Sunday.", "CONCEDE"),
    ("The government said lifting the sanctions on the regime was out of the question.", "REJECT"),
])
def test_coder_round8_types(nlp: Any, text: str, expected: str) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    coder = EventCoder.load()
    evs = coder.code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert evs and evs[0].event == expected


@pytest.mark.slow
def test_hedge_only_accusation(nlp: Any) -> None:
    """An ACCUSE reading whose only ACCUSE word is a hedge on a noun is skipped in favour of the next reading."""
    from newsevents.coding import EventCoder
    coder = EventCoder.load()
    text = "Youths threw stones during protests against the alleged abuses by soldiers."
    assert coder._hedge_only(nlp(text), text)
    text = "The opposition alleged that soldiers had abused detainees."
    assert not coder._hedge_only(nlp(text), text)


@pytest.mark.parametrize("text,trigger,expected", [
    ("The archbishop called for sanctions against the military government.", "sanctions", ("called", "REQUEST")),
    ("The opposition pressed for the arrest of the former minister.", "arrest", ("pressed", "REQUEST")),
    ("The 1989 crackdown on protesters remains a taboo subject.", "protesters", ("crackdown", "COERCE")),
    # a strike called for is left to the classifier (unions "call" the strikes they hold)
    ("The union called for a strike on Monday.", "strike", None),
])
def test_governing_event_round8(nlp: Any, text: str, trigger: str, expected: tuple[str, str] | None) -> None:
    from newsevents.coding.coder import governing_event
    from newsevents.coding.lexicon import load_lexicon
    got = governing_event(_tok(nlp(text), trigger), load_lexicon())
    assert (None if got is None else (got[0].text, got[1])) == expected
