"""End to end through the CLI with the real models: code, re-run, events, export, extract, bad input."""
from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from newsevents.cli import EXIT_OK, EXIT_SOME_FAILED, main
from newsevents.samples import ARTICLES_DIR

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "events.db"
    assert main(["code", str(ARTICLES_DIR), "--db", str(db), "--quiet", "--workers", "1"]) == EXIT_OK
    return db


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_code_stores_articles_and_events(coded_db: Path) -> None:
    assert _count(coded_db, "articles") == 27
    assert _count(coded_db, "events") > 27


def test_rerun_adds_nothing(coded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = (_count(coded_db, "articles"), _count(coded_db, "events"))
    assert main(["code", str(ARTICLES_DIR), "--db", str(coded_db), "--workers", "1"]) == EXIT_OK
    assert (_count(coded_db, "articles"), _count(coded_db, "events")) == before
    assert "27 already stored" in capsys.readouterr().out


def test_events_filters_as_json(coded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(coded_db), "--type", "assault", "--json", "--limit", "500"]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["event"] == "ASSAULT" for r in rows)
    assert main(["events", "--db", str(coded_db), "--country", "LBN", "--json"]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows
    assert main(["events", "--db", str(coded_db), "--search", "giraffe", "--type", "ASSAULT", "--json"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == ""  # the zoo story holds no assault


def test_events_table(coded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", str(coded_db), "--limit", "5"]) == EXIT_OK
    assert "event" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "geojson"])
def test_export_formats(coded_db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    assert main(["export", "--db", str(coded_db), "--format", fmt, "--output", str(out)]) == EXIT_OK
    assert out.stat().st_size > 100
    if fmt == "jsonl":
        first = json.loads(out.read_text().splitlines()[0])
        assert {"event", "quad_code", "actor", "event_loc", "date"} <= set(first)
    if fmt == "geojson":
        fc = json.loads(out.read_text())
        assert fc["type"] == "FeatureCollection" and fc["features"]


def test_bad_files_fail_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "huge.txt").write_text("Rebels attacked a village. " * 200_000)
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "Police arrested 3 men."}\n{not json\n')
    (tmp_path / "good.txt").write_text("Title: Clash\nPublished: 2024-03-13\n\n"
                                       "Rebels attacked an army base in North Kivu on Tuesday, killing 7 soldiers.\n")
    db = tmp_path / "t.db"
    code = main(["code", str(tmp_path), str(tmp_path / "missing.txt"), "--db", str(db), "--quiet",
                 "--workers", "1"])
    err = capsys.readouterr().err
    assert code == EXIT_SOME_FAILED
    for name in ("empty.txt", "binary.txt", "huge.txt", "bad.jsonl:2", "missing.txt"):
        assert name in err
    assert all(line.startswith("error: ") for line in err.strip().splitlines())
    assert _count(db, "articles") == 2  # good.txt and the good JSONL line are kept
    assert _count(db, "failures") == 5


def test_extract_contract_order_and_errors(monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "a", "published": "2024-03-13",
         "text": "Police arrested 12 protesters in Nairobi on Sunday after clashes near parliament."},
        {"id": "b", "text": ""},
        {"id": "c", "text": "Rebels attacked a village in North Kivu.", "toponyms": [{"start": 29, "end": 39}]},
    ]
    data = "\n".join(json.dumps(x) for x in lines) + "\n{broken\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(data))
    code = main(["extract", "--input", "-", "--output", "-"])
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert code == EXIT_SOME_FAILED
    assert [o.get("id") for o in out][:3] == ["a", "b", "c"] and len(out) == 4
    assert out[0]["events"] and out[1] == {"id": "b", "events": [], "places": []} and "error" in out[3]
    arrest = out[0]["events"][0]
    assert arrest["size"]["arrested"] == 12
    assert len(out[2]["places"]) == 1 and out[2]["places"][0]["country_code"] == "COD"


def test_extract_with_named_entities_on_event_sentences(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    line = {"id": "n", "published": "2024-03-13",
            "text": "Israeli warplanes struck the village of Khiam in southern Lebanon on Tuesday, killing three."}
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(line) + "\n"))
    assert main(["extract", "--ner", "events"]) == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    ev = out["events"][0]
    assert ev["event"] == "ASSAULT" and ev["date"] == "2024-03-12"
    assert ev["event_loc"]["country_code"] == "LBN" and ev["size"]["dead"] == 3
