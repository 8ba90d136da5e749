"""(lead, session 23) People called foreign take no country from the event's place (pipeline `_was_there`)."""
from __future__ import annotations

import dataclasses

import pytest

from newsevents.pipeline import _with_place_country
from newsevents.records import Entity, Event, Location, Sentence, Size, Trigger


def _arrest(text: str, recipient: str, sector: str) -> Event:
    s = Sentence(0, 0, len(text), text)
    i = text.index(recipient)
    j = text.index("Addis Ababa")
    loc = Location("Addis Ababa", "Addis Ababa", 344979, 9.02, 38.75, None, "ETH", "PPLC", 4, j, j + 11)
    return Event(id="", event="COERCE", mode=("arrest",), context=(), quad_code=4, event_scale=-7.0,
                 cameo_root="17", acled_event_type=None, acled_sub_event_type=None,
                 actor=(Entity("Police", 0, 6, None, "COP"),),
                 recipient=(Entity(recipient, i, i + len(recipient), None, sector),),
                 trigger=Trigger(7, 15, "detained"), event_loc=loc, date=None, date_precision=None, aux=(),
                 size=Size(), event_text=text, sentence=s, confidence=0.9, article_id="a")


@pytest.mark.parametrize("who,sector", [("three foreign journalists", "JRN"), ("two foreign aid workers", "NGO"),
                                        ("four expatriate engineers", "BUS"), ("the foreigners", "CVL")])
def test_people_called_foreign_take_no_country_from_the_place(who: str, sector: str) -> None:
    ev = _arrest(f"Police detained {who} in Addis Ababa on Thursday.", who, sector)
    got = _with_place_country(ev)
    assert [a.code for a in got.actor] == ["ETH"]  # the police are still of the place
    assert [r.code for r in got.recipient] == [None], got.recipient


@pytest.mark.parametrize("who,sector", [("three journalists", "JRN"), ("the foreign minister's aides", "GOV")])
def test_others_keep_the_place_country(who: str, sector: str) -> None:
    ev = _arrest(f"Police detained {who} in Addis Ababa on Thursday.", who, sector)
    assert [r.code for r in _with_place_country(ev).recipient] == ["ETH"]


def test_a_party_with_no_words_is_not_foreign() -> None:
    ev = _arrest("Police detained journalists in Addis Ababa.", "journalists", "JRN")
    ev = dataclasses.replace(ev, recipient=(Entity("", 0, 0, None, "JRN"),))
    assert [r.code for r in _with_place_country(ev).recipient] == ["ETH"]
