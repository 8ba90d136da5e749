"""EventFilter validation and the FTS query sanitiser."""
from __future__ import annotations

import sqlite3

import pytest

from newsevents.errors import InputError
from newsevents.store import EventFilter
from newsevents.store.query import fts_query, order_by, page, where


def test_normalises_values() -> None:
    f = EventFilter(types=["assault"], countries="syr", quads=["4"], actor="  ", q=" ", date_from="2024-03-05T10:00")
    assert f.types == ("ASSAULT",) and f.countries == ("SYR",) and f.quads == (4,)
    assert f.actor is None and f.q is None and f.date_from == "2024-03-05"
    assert EventFilter().is_empty() and not f.is_empty()
    assert hash(f) == hash(EventFilter(types=("ASSAULT",), countries=("SYR",), quads=(4,), date_from="2024-03-05"))


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"quads": (5,)}, "quads"), ({"quads": ("x",)}, "quads"), ({"countries": ("Syria",)}, "countries"),
    ({"date_from": "yesterday"}, "date_from"), ({"date_to": "2024-13-01"}, "date_to"),
    ({"bbox": (1, 2, 3)}, "bbox"), ({"bbox": (0, 10, 5, 5)}, "bbox"), ({"bbox": (-200, 0, 0, 10)}, "bbox"),
])
def test_bad_values_name_the_field(kwargs: dict, field: str) -> None:
    with pytest.raises(InputError) as info:
        EventFilter(**kwargs)
    assert info.value.record == field


@pytest.mark.parametrize(("text", "expected"), [
    ("aleppo", '"aleppo"'),
    ("troops AND rebels", '"troops" "AND" "rebels"'),
    ('"air strike" Gaza', '"air strike" "Gaza"'),
    ("prot*", '"prot"*'),
    ('say "hi', '"say" """hi"'),
    ("NEAR(a b)", '"NEAR(a" "b)"'),
])
def test_fts_query(text: str, expected: str) -> None:
    assert fts_query(text) == expected


@pytest.mark.parametrize("text", ['"', "*", '""', "- + ^", "()"])
def test_fts_query_without_words(text: str) -> None:
    with pytest.raises(InputError, match="no words"):
        fts_query(text)


@pytest.mark.parametrize("text", ['"', "AND", "OR", "NOT x", "a:b", "x*y*", "(((", "NEAR(a, b", "^x", '""x""',
                                  "col:*", "ü*", "日本"])
def test_fts_query_is_always_valid_fts5(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
    try:
        q = fts_query(text)
    except InputError:
        return
    conn.execute("SELECT * FROM t WHERE t MATCH ?", (q,)).fetchall()


def test_where_is_parameterised() -> None:
    evil = "x'); DROP TABLE events; --"
    sql, params = where(EventFilter(actor=evil, article_id=evil, q=evil))
    assert evil not in sql and "DROP" not in sql
    assert any(evil in str(p) for p in params)
    assert where(EventFilter()) == ("1", [])


def test_order_and_page() -> None:
    with pytest.raises(InputError):
        order_by("nope")
    assert page(5000, 3) == (1000, 3)
    with pytest.raises(InputError):
        page(-1, 0)
