"""Auxiliary modes scoped by the dependency parse."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsevents.coding.aux import aux_modes


def _aux(nlp: Any, text: str, trigger: str, published: date | None = None) -> tuple[str, ...]:
    doc = nlp(text)
    return aux_modes(next(t for t in doc if t.text == trigger), published)


@pytest.mark.parametrize("text,trigger,expected", [
    ("Thus far, fighting has not resumed in the tense region.", "fighting", "negation"),
    ("The army did not attack the village.", "attack", "negation"),
    ("Members of the G-7 will meet in Ottawa next month.", "meet", "future"),
    ("The rebels plan to attack the city.", "attack", "future"),
    ("If Russian forces were to cross the border, it would be a major escalation.", "cross", "hypothetical"),
    ("Officials fear the militants could attack the capital.", "attack", "hypothetical"),
    ("The group threatened to bomb the embassy.", "bomb", "hypothetical"),
    ("Survivors recalled the attack on Oct. 7 last year.", "attack", "historical"),
    ("During the decolonization struggle in 1961, Angolan forces attacked settlers.", "attacked", "historical"),
])
def test_aux_modes(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _aux(nlp, text, trigger, date(2024, 5, 1))


def test_plain_event_has_no_aux_and_scope_is_the_trigger(nlp: Any) -> None:
    assert _aux(nlp, "Police arrested 12 protesters in Nairobi on Sunday.", "arrested") == ()
    # the negation belongs to "deny", not to the killing the sentence reports
    assert "negation" not in _aux(nlp, "Gunmen killed five people, but the group did not claim it.", "killed")


@pytest.mark.parametrize("text,trigger,expected", [
    # hypothetical: an indefinite event as subject of a would-clause is a supposition, even when reported
    ("An incursion by Venezuelan troops into Guyana would draw a swift regional response, diplomats said.",
     "incursion", "hypothetical"),
    ("Any incursion by the militia would be met with force, the governor said.", "incursion", "hypothetical"),
    # an "if" clause hung from the event's clause
    ("Organisers said a protest would be possible if the talks collapsed.", "protest", "hypothetical"),
    ("But if we are not allowed to pray, then they are free to arrest us.", "arrest", "hypothetical"),
    # a modal shared by coordinated verbs; obligations; directives; demands
    ("Some activists might suddenly appear in the town, shout slogans and court arrest.", "arrest",
     "hypothetical"),
    ("First, we have to arrest the guilty, the minister said.", "arrest", "hypothetical"),
    ("The commissioner directed his deputies to keep a watch and apprehend the troublemakers.", "apprehend",
     "hypothetical"),
    ("Opposition leaders demanded the arrest of the officers.", "arrest", "hypothetical"),
    # "has not ruled out": a possibility, not a negation
    ("The president has not ruled out declaring martial law.", "declaring", "hypothetical"),
    # future: conditional with will stays future; "be to"; called actions
    ("The detainees will begin a hunger strike on Sunday if their demands are not met.", "strike", "future"),
    ("Similar arrangements for detaining activists are to be made at the stations.", "detaining", "future"),
    ("The council will vote on Thursday on fresh sanctions against the junta.", "sanctions", "future"),
    # negation through a denial or "no return to"
    ("The Taliban denied any involvement in the suicide bombing in Kabul.", "bombing", "negation"),
    ("So far there has been no return to fighting in the disputed highlands.", "fighting", "negation"),
    ("The army rejected allegations that its soldiers had raped women in the village.", "raped", "negation"),
    # a modifier trigger stands for its noun phrase
    ("Western governments are concerned that chemical weapons might be used in the battle.", "chemical",
     "hypothetical"),
    ("Damascus denied ever using chemical weapons against its own people.", "chemical", "negation"),
    # historical: the time of an event noun subject, or of a participle describing the event noun
    ("The bombing of Dresden in February 1945 destroyed much of the city centre.", "destroyed", "historical"),
    ("Sanctions imposed in the 1990s crippled the country's economy.", "Sanctions", "historical"),
    # historical: the year of the noun a relative clause describes
    ("The 1995 Srebrenica massacre, in which some 8,000 men were killed, was ruled a genocide.", "killed",
     "historical"),
    ("Israel has marked the anniversary of the attack.", "attack", "historical"),
])
def test_aux_rules(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _aux(nlp, text, trigger, date(2024, 5, 1))
    assert expected in _aux(nlp, text, trigger, None)


@pytest.mark.parametrize("text,trigger,absent", [
    # a sibling clause's refusal does not negate the confirmed event
    ("The officer declined to give details, but confirmed that the offenders had been arrested.", "arrested",
     "negation"),
    ("Intelligence officials asked how many policemen were killed in the violence.", "killed", "hypothetical"),
    # "allegedly" reports a disputed author, not a possibility
    ("Police allegedly beat the protesters on Sunday.", "beat", "hypothetical"),
    ("Police arrested 12 protesters, officials said.", "arrested", "future"),
    # "has not ruled out" is no negation
    ("The president has not ruled out declaring martial law.", "declaring", "negation"),
    # a year of this publication's own year, or the one just ended less than a month ago, is not historical
    ("In 2024, the rebels attacked the town.", "attacked", "historical"),
    ("The clashes erupted in 2024 and killed 12 people.", "killed", "historical"),
    # "set up a base" is no "set to"; the subject of "demanded" is not what is demanded
    ("The army set up a new forward operating base near the lake.", "base", "future"),
    ("Protesters in the capital demanded justice for the missing students.", "Protesters", "hypothetical"),
    # "former" describes a person, not a past event
    ("Police arrested a former minister on charges of incitement.", "arrested", "historical"),
    ("Police detained women who had gathered to mark the anniversary of the protests.", "detained", "historical"),
    # "since the war began" is an ongoing span
    ("Israeli strikes have killed 40 people since the war began.", "killed", "historical"),
])
def test_aux_rules_negative(nlp: Any, text: str, trigger: str, absent: str) -> None:
    assert absent not in _aux(nlp, text, trigger, date(2024, 5, 1))


def test_historical_years_follow_publication(nlp: Any) -> None:
    text = "The rebels attacked the town in 2023."
    assert "historical" in _aux(nlp, text, "attacked", date(2024, 5, 1))
    # published on 10 January 2024: December 2023 ended less than 30 days before, so not yet historical
    assert "historical" not in _aux(nlp, text, "attacked", date(2024, 1, 10))
    # times, phone numbers and counts are not years
    assert "historical" not in _aux(nlp, "Gunmen killed 1,995 cattle at 3 am.", "killed", date(2024, 5, 1))
