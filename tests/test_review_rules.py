"""Rules from reading the pipeline's output on hand-written stories (review round): a match report with a
scoreline and one more sport word is a sport report (its "attack" is football), and the copula standing in as the
trigger of a second reading ("The protest was peaceful") is no event. Sentences written for these tests."""
from __future__ import annotations

from typing import Any

import pytest

from newsevents.coding.story_guards import is_sport_report

spacy = pytest.importorskip("spacy")

MATCH = ("Liverpool crushed Arsenal 4-0 at Anfield on Sunday, with the winger scoring twice. The Arsenal back line "
         "was torn apart after the break. The home manager said his side had launched a relentless attack from the "
         "first minute.")


@pytest.mark.parametrize("text,expected", [
    (MATCH, True),
    ("Celtic edged Rangers 2-1 in Glasgow. The coach praised his players for the late attack.", True),
    # a scoreline without any other sport word, or with real violence, stays news
    ("The rebels beat back the army 3-1 in the hills, a commander claimed.", False),
    ("Rovers beat United 2-0, but fans fought police after the match and 12 people were arrested by officers "
     "who were injured.", False),
    # no scoreline: one sport word is not enough
    ("The club manager said militants had attacked the team bus near the border.", False),
])
def test_scoreline_sport_report(text: str, expected: bool) -> None:
    assert is_sport_report(text) is expected


@pytest.mark.slow
def test_match_report_attack_is_no_event(nlp: Any) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    coder = EventCoder.load()
    sents = MATCH.split(". ")
    last = sents[-1]
    start = MATCH.index(last)
    evs = coder.code(Article(id="m", text=MATCH), Sentence(2, start, start + len(last), last), nlp(last))
    assert evs == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The protest was peaceful and police did not intervene.",
    "The march was peaceful, and officers did not intervene.",
])
def test_copula_is_no_second_event(nlp: Any, text: str) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    coder = EventCoder.load()
    evs = coder.code(Article(id="p", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert all(e.trigger.text.lower() not in ("was", "is", "were") for e in evs)


QUAKE = ("A magnitude 6.8 earthquake struck the east of the country early on Friday, destroying hundreds of homes. "
         "The president declared a state of emergency in the province.")
UNREST = ("Protesters clashed with police in the capital for a third night on Friday. "
          "The president declared a state of emergency in the province.")


@pytest.mark.parametrize("text,trigger,expected", [
    ("The president declared a state of emergency in the province.", "declared", True),
    ("A state of emergency was declared in three districts.", "declared", True),
    ("The president declared a curfew in the province.", "declared", False),
])
def test_declares_emergency(nlp: Any, text: str, trigger: str, expected: bool) -> None:
    from newsevents.coding.frames import declares_emergency
    assert declares_emergency(next(t for t in nlp(text) if t.text == trigger)) is expected


@pytest.mark.slow
@pytest.mark.parametrize("article,coerce", [(QUAKE, False), (UNREST, True)])
def test_disaster_emergency_is_no_coerce(nlp: Any, article: str, coerce: bool) -> None:
    """An emergency declared over a disaster coerces nobody; the same words after riots stay COERCE."""
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    coder = EventCoder.load()
    last = "The president declared a state of emergency in the province."
    start = article.index(last)
    evs = coder.code(Article(id="q", text=article), Sentence(1, start, start + len(last), last), nlp(last))
    assert any(e.event == "COERCE" for e in evs) is coerce


@pytest.mark.parametrize("text,head,expected", [
    # the parse hangs "to Protect Journalists" on "Committee" as a clause: the listed name is the whole phrase
    ("The Committee to Protect Journalists demanded their immediate release.", "Committee",
     ("Committee to Protect Journalists", "NGO", "JRN")),
    # a phrase that merely starts like a listed name keeps its own extent
    ("The committee to review the budget met on Monday.", "committee", ("committee", None, None)),
])
def test_listed_name_runs_past_the_phrase(nlp: Any, text: str, head: str,
                                         expected: tuple[str, str | None, str | None]) -> None:
    from newsevents.coding.actors import to_entities
    tok = next(t for t in nlp(text) if t.text == head)
    ents = to_entities([tok], 0, None)
    assert ents and (ents[0].entity_text, ents[0].code, ents[0].sector) == expected


@pytest.mark.parametrize("text, blocked", [
    ("Hundreds of rice farmers blocked a major highway north of Bangkok on Monday.", True),
    ("Taxi drivers blocked the main bridge into the city.", True),
    ("Police blocked the road to the parliament.", False),  # a force's blockade: COERCE, the classifier decides
    ("The committee blocked the bill for a third time.", False),  # not a passage
])
def test_crowd_blockade(nlp: Any, text: str, blocked: bool) -> None:
    from newsevents.coding.frames import crowd_blockade
    assert (crowd_blockade(nlp(text)) is not None) is blocked


@pytest.mark.slow
def test_a_crowd_blockade_is_a_protest_where_the_classifier_abstains(nlp: Any) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    text = ("Hundreds of rice farmers blocked a major highway north of Bangkok on Monday to demand higher crop "
            "prices from the Thai government.")
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert [(e.event, e.acled_sub_event_type) for e in evs] == [("PROTEST", "Peaceful protest")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Police raided a protest camp outside parliament in Nairobi on Monday.", "COERCE"),
    ("Hundreds of police officers protested outside the interior ministry over unpaid wages.", "PROTEST"),
])
def test_a_force_acting_on_a_protest_coerces(nlp: Any, text: str, expected: str) -> None:
    from newsevents.coding import EventCoder
    from newsevents.records import Article, Sentence
    evs = EventCoder.load().code(Article(id="a", text=text), Sentence(0, 0, len(text), text), nlp(text))
    assert evs and evs[0].event == expected
