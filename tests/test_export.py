"""Exports: a round trip for every format, streaming generators, and the terminal table."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from rich.console import Console

from newsevents.errors import InputError
from newsevents.export import (FLAT_COLUMNS, flatten, iter_csv, iter_geojson, iter_jsonl, render_events_table,
                               write_export)
from newsevents.records import Event
from newsevents.store import EventFilter, SQLiteStore
from newsevents.store.seed import seed_synthetic


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    with SQLiteStore(tmp_path_factory.mktemp("exp") / "e.db") as s:
        seed_synthetic(s, 300, seed=1)
        out = list(s.iter_events(EventFilter()))
    # An event with awkward text: quotes, commas, newlines, non-ASCII, rich markup.
    odd = dict(out[0])
    odd["id"] = "odd"
    odd["event_text"] = 'He said, "[bold]boom[/bold]",\nthen left Zürich — 東京.'
    odd["actor"] = [{"entity_text": "=cmd|' /C calc'!A0", "start": 0, "end": 3, "code": None, "sector": None,
                     "identifier_text": None}]
    return [odd, *out]


def _flat_cmp(a: dict, b: dict) -> None:
    for c in FLAT_COLUMNS:
        x, y = a[c], b[c]
        if isinstance(x, float) or isinstance(y, float):
            assert y is not None and x is not None and abs(float(x) - float(y)) < 1e-9, c
        else:
            assert (None if x in ("", None) else str(x)) == (None if y in ("", None) else str(y)), c


def test_jsonl_round_trip(rows: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    assert write_export(rows, "jsonl", out) == len(rows)
    back = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(back) == len(rows)
    for orig, got in zip(rows, back):
        assert "article_title" not in got and got["article_id"] == orig["article_id"]
        # Canonical PLOVER: parses back into the same Event.
        assert Event.from_dict(got).to_dict() == {k: orig[k] for k in Event.from_dict(orig).to_dict()}


def test_csv_round_trip(rows: list[dict], tmp_path: Path) -> None:
    buf = io.BytesIO()
    assert write_export(rows, "csv", buf) == len(rows)
    reader = list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8"), newline="")))
    assert list(reader[0].keys()) == list(FLAT_COLUMNS)
    assert len(reader) == len(rows)
    for orig, got in zip(rows, reader):
        _flat_cmp(flatten(orig), got)
    assert reader[0]["event_text"] == rows[0]["event_text"]


def test_parquet_round_trip(rows: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    assert write_export(rows, "parquet", out) == len(rows)
    table = pq.read_table(out)
    assert table.column_names == list(FLAT_COLUMNS)
    back = table.to_pylist()
    for orig, got in zip(rows, back):
        want = flatten(orig)
        assert got == want
    buf = io.BytesIO()
    assert write_export(rows[:5], "parquet", buf) == 5  # to a binary file object too
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == 5
    empty = tmp_path / "empty.parquet"
    assert write_export([], "parquet", empty) == 0 and pq.read_table(empty).num_rows == 0


def test_geojson_round_trip(rows: list[dict], tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    assert write_export(rows, "geojson", out) == len(rows)
    fc = json.loads(out.read_text(encoding="utf-8"))
    located = [r for r in rows if r["event_loc"] and r["event_loc"]["lat"] is not None]
    assert fc["type"] == "FeatureCollection" and 0 < len(fc["features"]) == len(located) < len(rows)
    for orig, feat in zip(located, fc["features"]):
        assert feat["geometry"] == {"type": "Point",
                                    "coordinates": [orig["event_loc"]["lon"], orig["event_loc"]["lat"]]}
        assert feat["properties"]["id"] == orig["id"] and feat["properties"]["event"] == orig["event"]
    assert json.loads("".join(iter_geojson([]))) == {"type": "FeatureCollection", "features": []}


def test_generators_stream(rows: list[dict]) -> None:
    consumed = 0

    def source():  # noqa: ANN202 - a counting generator
        nonlocal consumed
        for r in rows:
            consumed += 1
            yield r

    gen = iter_jsonl(source())
    next(gen)
    assert consumed == 1  # nothing is buffered ahead
    csv_gen = iter_csv(iter(rows))
    assert next(csv_gen).startswith("id,date,")
    assert "".join(iter_csv([])).strip() == ",".join(FLAT_COLUMNS)


def test_unknown_format(rows: list[dict], tmp_path: Path) -> None:
    with pytest.raises(InputError, match="jsonl"):
        write_export(rows, "xlsx", tmp_path / "x")


def test_render_events_table_escapes_markup(rows: list[dict]) -> None:
    odd = dict(rows[0])
    odd["actor"] = [{"entity_text": "[red]Rebels[/red]", "start": 0, "end": 1, "code": None, "sector": None,
                     "identifier_text": None}]
    table = render_events_table([odd, *rows[1:4]])
    console = Console(record=True, width=200)
    console.print(table)
    text = console.export_text()
    assert "[red]Rebels[/red]" in text  # shown literally, not interpreted
    assert rows[1]["id"] in text and rows[1]["event"] in text
