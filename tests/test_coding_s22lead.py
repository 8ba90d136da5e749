"""Lead (session 22): with no publication date, the full date a dateline gives is the day a story's background is
read against (as the event dates already do): a deed dated two days before the dateline is no history, one years
before still is. Sentences written for these tests."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coding_parts import code_in_story
from newsevents.coding.coder import story_day
from newsevents.records import Article

spacy = pytest.importorskip("spacy")

_DATELINE = "NAIROBI, June 27, 2031 (Newswire) - "


def test_story_day_is_the_publication_date_else_the_datelines() -> None:
    assert story_day(Article(id="a", text=_DATELINE + "x", published=date(2031, 7, 1))) == date(2031, 7, 1)
    assert story_day(Article(id="b", text=_DATELINE + "x")) == date(2031, 6, 27)
    assert story_day(Article(id="c", text="NAIROBI (Newswire) - no date here")) is None  # a dateline without a date
    assert story_day(Article(id="d", text="")) is None


@pytest.mark.parametrize(("sentence", "historical"), [
    ("Police fired tear gas at protesters in Nairobi on June 25, 2031, witnesses said.", False),
    ("Police fired tear gas at protesters in Nairobi in 2019, witnesses said.", True),
])
def test_a_dated_dateline_anchors_background(nlp: Any, coder: Any, sentence: str, historical: bool) -> None:
    evs = code_in_story(nlp, coder, _DATELINE + sentence, sentence)
    assert evs, sentence
    assert ("historical" in evs[0].aux) is historical

