"""JSONL records: one output per non-blank line, in order, with errors naming path:LINE."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from newsevents.errors import InputError
from newsevents.ingest import MAX_BYTES, RecordError, read_jsonl_records
from newsevents.records import Article, Span

FIX = Path(__file__).parent / "fixtures" / "ingest"


def _records(text: str, published: date | None = None) -> list[Article | InputError]:
    return list(read_jsonl_records(io.StringIO(text), "in.jsonl", published))


def test_fixture_one_item_per_non_blank_line_in_order() -> None:
    with open(FIX / "records.jsonl", "rb") as f:
        items = list(read_jsonl_records(f, "records.jsonl", published=date(2024, 1, 1)))
    assert len(items) == 10  # 11 lines, one blank
    a1, a2, a3 = items[:3]
    assert isinstance(a1, Article) and a1.toponyms == (Span(30, 34),) and a1.text[30:34] == "Goma"
    assert a1.title == "Convoy attacked" and a1.published == date(2024, 3, 11)
    assert isinstance(a2, Article) and a2.published == date(2024, 3, 12) and a2.source == "Wire"
    assert a2.language == "en" and a2.url == "https://x.example/a2" and a2.toponyms is None
    assert isinstance(a3, Article) and a3.published == date(2024, 1, 1)  # the fallback
    errors = items[3:9]
    assert [e.record for e in errors if isinstance(e, InputError)] == [f"records.jsonl:{n}" for n in range(5, 11)]
    assert [e.article_id for e in errors if isinstance(e, RecordError)] == [None, "a5", "a6", "a7", "a8", None]
    assert [e.record_id for e in errors if isinstance(e, RecordError)] == [None, "a5", "a6", "a7", "a8", None]
    assert isinstance(items[9], Article) and items[9].id == "9"


def test_error_messages_say_what_to_fix() -> None:
    lines = ['{"text": "x"}', '{"id": "a", "text": 5}', '{"id": "a", "text": "  "}',
             '{"id": "a", "text": "x", "published": "soon"}', '{"id": "a", "text": "x", "published": 20240312}',
             '{"id": "a", "text": "abc", "toponyms": [{"start": 1}]}',
             '{"id": "a", "text": "abc", "toponyms": [{"start": 2, "end": 2}]}',
             '{"id": "a", "text": "abc", "toponyms": {"start": 0, "end": 1}}',
             '{"id": "a", "text": "abc", "title": 3}', "{'id': 'a'}", '"just a string"']
    items = _records("\n".join(lines))
    assert all(isinstance(i, InputError) for i in items)
    msgs = [i.message for i in items if isinstance(i, InputError)]
    expected = ["missing 'id'", "missing 'text'", "'text' is empty", "bad 'published' date 'soon'",
                "bad 'published' date '20240312'", "needs integer 'start' and 'end'", "span 2-2 is outside",
                "'toponyms' must be a list", "'title' must be a string", "bad JSON", "expected a JSON object"]
    for msg, want in zip(msgs, expected, strict=True):
        assert want in msg
    assert all("\n" not in m for m in msgs)


def test_text_is_kept_exactly_as_given() -> None:
    text = "Line one.\r\nLine two \u00e9\u0301 with \ttabs.  "
    (a,) = _records(__import__("json").dumps({"id": "t", "text": text, "toponyms": []}))
    assert isinstance(a, Article) and a.text == text and a.toponyms == ()


def test_empty_toponym_list_and_datetime_published() -> None:
    (a,) = _records('{"id": "t", "text": "Kyiv.", "published": "2024-03-12T23:30:00+02:00", '
                    '"toponyms": [{"start": 0, "end": 4}]}')
    assert isinstance(a, Article) and a.published == date(2024, 3, 12) and a.toponyms == (Span(0, 4),)


def test_bytes_lines_with_bom_and_cp1252() -> None:
    lines = [b'\xef\xbb\xbf{"id": "u", "text": "caf\xc3\xa9"}\n', b'{"id": "c", "text": "caf\xe9"}\n']
    items = list(read_jsonl_records(lines, "b.jsonl"))
    assert [a.text for a in items if isinstance(a, Article)] == ["café", "café"]


def test_oversized_line_is_refused_and_the_next_line_read() -> None:
    big = '{"id": "big", "text": "' + "a" * (MAX_BYTES + 10) + '"}'
    items = _records(big + '\n{"id": "ok", "text": "Fine."}\n')
    assert isinstance(items[0], InputError) and "larger than 5 MB" in items[0].message
    assert isinstance(items[1], Article) and items[1].id == "ok"
