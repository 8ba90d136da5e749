"""Auxiliary modes on news-style sentences written for this project (not taken from aux.jsonl): planned events,
threats and options, background history, and negation, with sentences where a mode must stay off."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsevents.coding.aux import aux_modes

_PUBLISHED = date(2024, 5, 1)


def _aux(nlp: Any, text: str, trigger: str) -> tuple[str, ...]:
    doc = nlp(text)
    return aux_modes(next(t for t in doc if t.text == trigger), _PUBLISHED)


@pytest.mark.parametrize("text,trigger,expected", [
    # future / planned
    ("Iran and the E3 are due to resume nuclear talks in Geneva on Monday.", "talks", "future"),
    ("The foreign ministers are set to meet in Brussels later this month.", "meet", "future"),
    ("Israeli and Lebanese officials will hold talks next week.", "talks", "future"),
    ("The union plans to stage a nationwide strike over pension cuts.", "strike", "future"),
    ("The referendum is scheduled for March, the electoral commission said.", "referendum", "future"),
    ("A summit of regional leaders is to be held in Addis Ababa in February.", "summit", "future"),
    ("The summit, scheduled for next month, will focus on the border dispute.", "summit", "future"),
    ("Teachers are due to walk out on Friday in a dispute over pay.", "walk", "future"),
    ("Opposition parties have announced a march on parliament for Saturday.", "march", "future"),
    ("The government intends to deploy troops along the northern border.", "deploy", "future"),
    ("Election monitors are expected to arrive in Harare on Tuesday.", "arrive", "future"),
    ("Kenya is preparing to send police officers to Haiti.", "send", "future"),
    ("The two presidents are scheduled to sign the accord in Doha.", "sign", "future"),
    ("The junta has promised to hold elections in 2026.", "elections", "future"),
    ("Doctors are planning a three-day strike from Monday.", "strike", "future"),
    ("Talks between the two sides are slated for next Tuesday.", "Talks", "future"),
    ("Peace talks are scheduled to begin in Jeddah on Saturday.", "talks", "future"),
    ("A vote on the resolution is expected later this week.", "vote", "future"),
    ("The state of emergency is due to be lifted on Friday.", "emergency", "future"),
    # threats, warnings, conditionals
    ("Militants warned they would attack polling stations.", "attack", "hypothetical"),
    ("Officials fear that the unrest could spread to other provinces.", "spread", "hypothetical"),
    ("Analysts say a ground invasion might trigger a wider war.", "invasion", "hypothetical"),
    ("If the ceasefire collapses, fighting would resume within hours.", "fighting", "hypothetical"),
    ("Unless wages are raised, the dockers may strike again.", "strike", "hypothetical"),
    ("The UN warned of possible famine in the besieged city.", "famine", "hypothetical"),
    ("Sending troops is among the options being considered, a senior official said.", "Sending", "hypothetical"),
    ("Imposing a curfew remains an option, the police chief said.", "Imposing", "hypothetical"),
    ("A general strike is possible, union leaders said.", "strike", "hypothetical"),
    ("The threat of renewed clashes has increased, the envoy said.", "increased", "hypothetical"),
    ("The danger of a wider conflict is growing, analysts warned.", "growing", "hypothetical"),
    ("The army could launch an offensive at any time.", "launch", "hypothetical"),
    # historical
    ("Moscow has faced sanctions since the 2014 annexation of Crimea.", "annexation", "historical"),
    ("Thousands were killed during the 1990s war in Bosnia.", "killed", "historical"),
    ("Last year's coup drove the president into exile.", "coup", "historical"),
    ("The 2008 war with Georgia lasted five days.", "war", "historical"),
    ("Rebels attacked the town two years ago.", "attacked", "historical"),
    ("The city was bombed heavily during the Second World War.", "bombed", "historical"),
    ("The 1982 massacre in Hama killed thousands.", "massacre", "historical"),
    ("In 1999, NATO bombed Belgrade for 78 days.", "bombed", "historical"),
    ("The village was razed during the civil war of the 1970s.", "razed", "historical"),
    # negation
    ("No one was hurt in the explosion, police said.", "hurt", "negation"),
    ("The rebels denied carrying out the ambush.", "ambush", "negation"),
    ("Negotiators failed to reach an agreement on prisoner swaps.", "agreement", "negation"),
    ("The government has never negotiated with the insurgents.", "negotiated", "negation"),
    ("Police said nobody was arrested after the rally.", "arrested", "negation"),
    ("There were no reports of casualties or arrests.", "arrests", "negation"),
    ("The protest ended without arrests.", "arrests", "negation"),
    ("No arrests have been made so far.", "arrests", "negation"),
    ("None of the hostages were harmed.", "harmed", "negation"),
    ("The ministry denied that its jets had struck the hospital.", "struck", "negation"),
])
def test_news_sentence_has_mode(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _aux(nlp, text, trigger)


@pytest.mark.parametrize("text,trigger,absent", [
    ("Police arrested 20 people on Sunday.", "arrested", "future"),
    ("The rebels attacked the town on Monday.", "attacked", "historical"),
    ("Protesters marched through the capital on Friday.", "marched", "negation"),
    ("Sanctions have been in place since the 2014 annexation of Crimea.", "Sanctions", "historical"),
    ("Troops fired on protesters who had gathered to mark last year's coup.", "fired", "historical"),
    ("The leaders held talks as scheduled on Monday.", "talks", "future"),
    ("Police arrested a man who had planned to attack the embassy.", "arrested", "future"),
    ("The army launched an offensive after the rebels threatened to seize the town.", "launched", "hypothetical"),
    ("The government imposed a curfew, citing the risk of unrest.", "imposed", "hypothetical"),
    ("The talks were held without preconditions.", "talks", "negation"),
    ("The minister has not been seen since the coup.", "coup", "negation"),
    # "announced strikes on" reports strikes made; "reports of fighting" without "no" is no negation
    ("The army announced strikes on rebel positions overnight.", "strikes", "future"),
    ("There were reports of heavy fighting in the north.", "fighting", "negation"),
    # a risk noun that is the object, not the subject, of the trigger's verb
    ("The army evacuated the village, citing the threat of shelling.", "evacuated", "hypothetical"),
    # an event subject with no option named in its predicate
    ("The attack was carried out after careful consideration, the group said.", "attack", "hypothetical"),
])
def test_news_sentence_lacks_mode(nlp: Any, text: str, trigger: str, absent: str) -> None:
    assert absent not in _aux(nlp, text, trigger)
