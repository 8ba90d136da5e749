"""A "since" date in a clause contrasted with the trigger's ("..., though he has not attacked since 2010") dates that
clause's state, not the trigger's deed (session 26, lead)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.dates import resolve_event_date
from newsevents.records import Sentence, Trigger

PUBLISHED = date(2024, 1, 15)


def _date(text: str, word: str) -> tuple[str | None, str | None]:
    at = text.index(word)
    when = resolve_event_date(text, Sentence(0, 0, len(text), text), Trigger(at, at + len(word), word), PUBLISHED)
    return when.date, when.precision


@pytest.mark.parametrize("text,word", [
    ("Kim Jong Un has called South Korea the North's principal enemy, though he has not carried out a direct attack "
     "on the South since the shelling of Yeonpyeong island in 2010.", "called"),
    ("Police have arrested 40 people, but most have been held without charge since March 2023.", "arrested"),
    ("The rebels rejected the offer, while the army has kept its positions since 2019.", "rejected"),
])
def test_a_contrasted_clauses_since_date_does_not_date_the_deed(text: str, word: str) -> None:
    assert _date(text, word) == (PUBLISHED.isoformat(), "day")


@pytest.mark.parametrize("text,word,year", [
    # the trigger's own clause: the state it spans starts then (ongoing), as before
    ("The group has held the town since 2019.", "held", "2019"),
    # a contrast before the trigger is not after it
    ("Though calm since 2019, the town was shelled on Sunday.", "shelled", "2024"),
])
def test_the_triggers_own_since_or_an_earlier_contrast_is_kept(text: str, word: str, year: str) -> None:
    got, _ = _date(text, word)
    assert got is not None and got.startswith(year)


def test_no_trigger_and_empty_sentence_are_quiet() -> None:
    text = "Calm returned, though no one has been arrested since 2019."
    assert resolve_event_date(text, Sentence(0, 0, len(text), text), None, PUBLISHED).date is not None
    assert resolve_event_date("", Sentence(0, 0, 0, ""), None, PUBLISHED).date == PUBLISHED.isoformat()
