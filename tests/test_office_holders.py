"""The dated office-holder table (data/actors/office_holders.tsv) and its use for people named without a title.

The table tests check the file's own promises (a source and dates on every row, as_of in the header); the lookup
tests use a small made-up table, so they do not depend on who is in office."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.coding.actors import roles, to_entities
from newsevents.coding.office_holders import load_holders, parse

_HEADER = "# made up for the tests\n# as_of 2025-06-30\nname\taliases\tcode\tsector\toffice\tfrom\tto\tsource\n"
_TABLE = _HEADER + (
    "Anna Berg\tBerg\tAAA\tGOV\tPresident\t2020-01-01\t\ttest\n"
    "Anna Berg\tBerg\tAAA\tGOV\tPrime Minister\t2010-01-01\t2015-01-01\ttest\n"
    "Carl Dahl\tDahl\tBBB\tGOV\tPresident\t2012-01-01\t2020-01-01\ttest\n")


def test_every_row_has_a_source_and_ordered_dates() -> None:
    table = load_holders()
    assert table.as_of <= dt.date(2026, 11, 26)
    terms = {h for hs in table.by_name.values() for h in hs}
    assert len(terms) > 40
    for h in terms:
        assert h.source.startswith("wikipedia:") and len(h.code) == 3 and h.sector
        assert h.end is None or h.start < h.end
        assert h.start <= table.as_of  # nothing after the date the table was checked


def test_a_term_that_covers_the_date_wins_else_the_open_one() -> None:
    table = parse(_TABLE)
    hit = table.lookup("Berg", dt.date(2012, 6, 1))
    assert hit is not None and hit.office == "Prime Minister"
    hit = table.lookup("Anna Berg", dt.date(2017, 6, 1))  # out of office then: the as_of holder
    assert hit is not None and hit.office == "President"
    hit = table.lookup("Berg")
    assert hit is not None and hit.office == "President"


def test_an_ex_holder_with_no_open_term_gives_nothing_outside_his_term() -> None:
    table = parse(_TABLE)
    hit = table.lookup("Dahl", dt.date(2015, 1, 1))
    assert hit is not None and hit.code == "BBB"
    assert table.lookup("Dahl", dt.date(2021, 1, 1)) is None
    assert table.lookup("Dahl") is None
    assert table.lookup("Carl") is None  # a given name alone is no alias


def test_a_table_without_as_of_or_source_is_refused() -> None:
    with pytest.raises(ValueError):
        parse(_TABLE.replace("# as_of 2025-06-30\n", ""))
    with pytest.raises(ValueError):
        parse(_HEADER + "Eva Falk\tFalk\tCCC\tGOV\tPresident\t2020-01-01\t\t\n")


def _codes(nlp: Any, text: str, trigger: str, on: dt.date | None = None) -> list[tuple[str | None, str | None]]:
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp(text)
    a, _ = roles(next(t for t in doc if t.text == trigger))
    return [(e.code, e.sector) for e in to_entities(a, 0, None, on=on)]


def test_a_leader_named_without_title_gets_country_and_sector(nlp: Any) -> None:
    assert _codes(nlp, "Netanyahu rejected calls for a ceasefire .", "rejected") == [("ISR", "GOV")]
    assert _codes(nlp, "Zelensky urged allies to send more air defence systems .", "urged") == [("UKR", "GOV")]


def test_the_event_date_decides_and_a_named_country_still_wins(nlp: Any) -> None:
    # Biden held office only until January 2025: a story from 2026 about him gets no code from the table
    assert _codes(nlp, "Biden criticised the decision .", "criticised", dt.date(2023, 5, 1)) == [("USA", "GOV")]
    assert _codes(nlp, "Biden criticised the decision .", "criticised", dt.date(2026, 5, 1)) == [(None, None)]
    # the phrase's own country is kept ("Georgian Prime Minister X" is never looked up)
    assert _codes(nlp, "Georgian President Mikheil Kavelashvili criticised the decision .",
                  "criticised") == [("GEO", "GOV")]


def test_names_are_read_from_the_end_of_the_phrase() -> None:
    from newsevents.coding.actors import named_holder

    hit = named_holder("Russian President Vladimir Putin's", dt.date(2026, 1, 1))
    assert hit is not None and hit.code == "RUS"
    assert named_holder("the Putin government", None) is None
    assert named_holder("Biden", dt.date(2026, 1, 1)) is None


def test_the_pipeline_redates_a_holder_to_the_events_own_date() -> None:
    from newsevents.pipeline import _with_dated_holders
    from newsevents.records import Entity, Event, Sentence, Size, Trigger

    text = "Biden criticised the decision in 2023."
    sent = Sentence(0, 0, len(text), text)

    def event(actor: Entity, date: str) -> Event:
        return Event(id="", event="DISAPPROVE", mode=(), context=(), quad_code=3, event_scale=-2.0,
                     cameo_root="11", acled_event_type=None, acled_sub_event_type=None, actor=(actor,),
                     recipient=(), trigger=Trigger(6, 16, "criticised"), event_loc=None, date=date,
                     date_precision="year", aux=("historical",), size=Size(), event_text=text, sentence=sent,
                     confidence=0.9, article_id="a")

    published = dt.date(2026, 11, 26)
    got = _with_dated_holders(event(Entity("Biden", 0, 5), "2023-01-01"), published)
    assert (got.actor[0].code, got.actor[0].sector) == ("USA", "GOV")
    # the story's own date: nothing to change; a code the phrase gave itself is kept
    assert _with_dated_holders(event(Entity("Biden", 0, 5), "2026-11-26"), published).actor[0].code is None
    kept = _with_dated_holders(event(Entity("Biden", 0, 5, "XXX", "GOV"), "2023-01-01"), published)
    assert kept.actor[0].code == "XXX"
