"""Regains vs overtakes follows the capturing side (training/README.md rule), and exchange-of-fire cues raise
Armed clash. Made-up sentences; the rule itself needs only the parse, the end-to-end checks load the coder."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.acled_rules import territory_side
from newsevents.coding.lexicon import load_lexicon


REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"


def _side(nlp: Any, text: str, classifier: str) -> str:
    return territory_side(classifier, nlp(text), text)


@pytest.mark.parametrize("text,expected", [
    ("Rebels regained control of Karunga on Tuesday.", OVERTAKES),  # a re-capture verb, but rebels capture
    ("Insurgent fighters recaptured the town of Lomba from the army.", OVERTAKES),
    ("M23 fighters seized the town of Wavu.", OVERTAKES),
    ("A coalition of rebel groups captured the market town of Bekoro.", OVERTAKES),
    ("Troops recaptured the town of Zelim.", REGAINS),
    ("The army pushed al-Shabaab out of Yarow.", REGAINS),  # "pushed X out of Y": the subject captures
    ("Soldiers drove the militants from the village of Tunga and took back the bridge.", REGAINS),
    ("The town of Zelim was recaptured by the army on Monday.", REGAINS),  # passive: the agent captures
])
def test_capturing_side_decides(nlp: Any, text: str, expected: str) -> None:
    for classifier in (REGAINS, OVERTAKES):
        assert _side(nlp, text, classifier) == expected


@pytest.mark.parametrize("text", [
    "Villagers regained control of the well.",  # no armed side: the classifier's answer stays
    "The army lost control of Ndaka to rebels.",  # the subject lost the place
    "Rebels were pushed out of Ndaka.",  # passive without agent: the capturer is not named
    "Soldiers and rebels took turns to seize the hill.",  # both sides
])
def test_unknown_or_mixed_side_keeps_classifier(nlp: Any, text: str) -> None:
    for classifier in (REGAINS, OVERTAKES):
        assert _side(nlp, text, classifier) == classifier


def test_other_subtypes_untouched(nlp: Any) -> None:
    text = "Rebels seized the town of Wavu."
    assert _side(nlp, text, "Armed clash") == "Armed clash"


def test_exchange_of_fire_cues() -> None:
    rx = load_lexicon().acled_cues["Armed clash"]
    for text in ("Police and bandits exchanged fire for an hour", "a gun battle broke out", "died in a shootout",
                 "troops traded gunfire with militants", "an exchange of heavy gunfire", "a brief firefight",
                 "killed in a gunfight", "a shoot-out with gunmen"):
        assert rx.search(text), text
    for text in ("gunmen opened fire on a bus", "the house caught fire", "soldiers fired at protesters",
                 "a battle over the budget"):
        assert not rx.search(text), text


def _acled(nlp: Any, coder: Any, text: str) -> str | None:
    from newsevents.records import Article, Sentence
    evs = coder.code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    return next((e.acled_sub_event_type for e in evs if e.acled_sub_event_type), None)


@pytest.mark.slow
def test_coder_territory_direction(nlp: Any, coder: Any) -> None:
    assert _acled(nlp, coder, "Rebels regained control of Karunga after heavy fighting.") == OVERTAKES
    assert _acled(nlp, coder, "The army pushed al-Shabaab fighters out of Yarow.") == REGAINS


@pytest.mark.slow
def test_coder_exchange_of_fire_is_clash(nlp: Any, coder: Any) -> None:
    text = "Police traded gunfire with suspected bandits near Funtua; three bandits were killed."
    assert _acled(nlp, coder, text) == "Armed clash"
