"""Export events as JSONL (canonical PLOVER), CSV, Parquet or GeoJSON, and render them as a terminal table.

Rows are the dicts the store returns (`Event.to_dict()` plus "article_id", "article_title", "published", "url").
Text formats are produced by streaming generators (`iter_jsonl`, `iter_csv`, `iter_geojson`) that the HTTP API
sends chunk by chunk; `write_export` writes any format to a path or a binary file object."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from rich.table import Table
from rich.text import Text

from newsevents.errors import InputError

FORMATS = ("jsonl", "csv", "parquet", "geojson")

# Flat columns shared by CSV, Parquet and GeoJSON properties. Lists are joined with "; ".
FLAT_COLUMNS: tuple[str, ...] = (
    "id", "date", "date_precision", "event", "mode", "context", "quad_code", "event_scale", "cameo_root",
    "acled_event_type", "acled_sub_event_type",
    "actor_text", "actor_country", "actor_sector", "recipient_text", "recipient_country", "recipient_sector",
    "place", "lat", "lon", "country_code", "geonameid", "dead", "injured", "arrested", "aux", "confidence",
    "event_text", "article_id", "url",
)
_INT_COLUMNS = frozenset({"quad_code", "geonameid", "dead", "injured", "arrested"})
_FLOAT_COLUMNS = frozenset({"event_scale", "lat", "lon", "confidence"})
_CANONICAL_DROP = ("article_title", "published", "url")
_SEP = "; "


def _join(values: Iterable[Any]) -> str | None:
    items = [str(v) for v in values if v is not None and v != ""]
    return _SEP.join(items) if items else None


def canonical(row: dict[str, Any]) -> dict[str, Any]:
    """The event's PLOVER dict plus article_id (drops the store's convenience keys)."""
    return {k: v for k, v in row.items() if k not in _CANONICAL_DROP}


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """One event row -> the flat columns (FLAT_COLUMNS)."""
    loc = row.get("event_loc") or {}
    size = row.get("size") or {}
    actors = row.get("actor") or []
    recipients = row.get("recipient") or []
    return {
        "id": row.get("id"), "date": row.get("date"), "date_precision": row.get("date_precision"),
        "event": row.get("event"), "mode": _join(row.get("mode") or []), "context": _join(row.get("context") or []),
        "quad_code": row.get("quad_code"), "event_scale": row.get("event_scale"), "cameo_root": row.get("cameo_root"),
        "acled_event_type": row.get("acled_event_type"), "acled_sub_event_type": row.get("acled_sub_event_type"),
        "actor_text": _join(a.get("entity_text") for a in actors),
        "actor_country": _join(a.get("code") for a in actors),
        "actor_sector": _join(a.get("sector") for a in actors),
        "recipient_text": _join(r.get("entity_text") for r in recipients),
        "recipient_country": _join(r.get("code") for r in recipients),
        "recipient_sector": _join(r.get("sector") for r in recipients),
        "place": loc.get("resolved_place") or loc.get("extracted_place"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "country_code": loc.get("country_code"),
        "geonameid": loc.get("geonameid"),
        "dead": size.get("dead"), "injured": size.get("injured"), "arrested": size.get("arrested"),
        "aux": _join(row.get("aux") or []), "confidence": row.get("confidence"),
        "event_text": row.get("event_text"), "article_id": row.get("article_id"), "url": row.get("url"),
    }


def iter_jsonl(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Canonical PLOVER JSONL: one event per line (Event.to_dict() + article_id)."""
    for row in rows:
        yield json.dumps(canonical(row), ensure_ascii=False) + "\n"


def _csv_line(values: Iterable[Any]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(["" if v is None else v for v in values])
    return buf.getvalue()


def iter_csv(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Flat CSV (RFC 4180, CRLF line ends): a header, then one line per event. Empty cell = null."""
    yield _csv_line(FLAT_COLUMNS)
    for row in rows:
        flat = flatten(row)
        yield _csv_line(flat[c] for c in FLAT_COLUMNS)


def _feature(row: dict[str, Any]) -> dict[str, Any] | None:
    flat = flatten(row)
    lat, lon = flat["lat"], flat["lon"]
    if lat is None or lon is None:
        return None
    props = {k: v for k, v in flat.items() if k not in ("lat", "lon")}
    return {"type": "Feature", "id": flat["id"], "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": props}


def iter_geojson(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A GeoJSON FeatureCollection of Point features (located events only; others are skipped), streamed."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for row in rows:
        feat = _feature(row)
        if feat is None:
            continue
        yield ("\n" if first else ",\n") + json.dumps(feat, ensure_ascii=False)
        first = False
    yield "\n]}\n"


def _arrow_schema() -> Any:
    import pyarrow as pa

    def typ(c: str) -> Any:
        return pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS else pa.string()
    return pa.schema([(c, typ(c)) for c in FLAT_COLUMNS])


def _write_parquet(rows: Iterable[dict[str, Any]], out: Path | BinaryIO, batch: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema()
    n = 0
    with pq.ParquetWriter(out if isinstance(out, Path) else pa.PythonFile(out, mode="w"), schema) as writer:
        chunk: list[dict[str, Any]] = []
        for row in rows:
            chunk.append(flatten(row))
            n += 1
            if len(chunk) >= batch:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                chunk = []
        # Always write (even empty) so a zero-event export is still a valid file with the schema.
        writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    return n


class _Counter:
    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self.rows = rows
        self.n = 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for row in self.rows:
            self.n += 1
            yield row


def write_export(rows: Iterable[dict[str, Any]], fmt: str, out: Path | BinaryIO) -> int:
    """Write rows as `fmt` (jsonl, csv, parquet, geojson) to a path or binary file; returns the number of events
    read from `rows` (GeoJSON writes only the located ones)."""
    fmt = fmt.lower().strip()
    if fmt not in FORMATS:
        raise InputError("format", f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _write_parquet(rows, out)
    counted = _Counter(rows)
    chunks = {"jsonl": iter_jsonl, "csv": iter_csv, "geojson": iter_geojson}[fmt](counted)
    if isinstance(out, Path):
        with out.open("wb") as fh:
            for chunk in chunks:
                fh.write(chunk.encode("utf-8"))
    else:
        for chunk in chunks:
            out.write(chunk.encode("utf-8"))
    return counted.n


def _cell(value: Any) -> Text:
    # Text, not str: rich would otherwise interpret "[...]" in article-derived strings as markup.
    return Text("" if value is None else str(value))


def _entities(ents: Any) -> str:
    """'Israeli warplanes [ISR MIL]; Hezbollah [LBN REB]' — text with its codes, for the terminal."""
    parts = []
    for e in ents or ():
        codes = " ".join(c for c in (e.get("code"), e.get("sector")) if c)
        parts.append(f"{e.get('entity_text')} [{codes}]" if codes else str(e.get("entity_text")))
    return "; ".join(parts)


def render_events_table(rows: list[dict[str, Any]]) -> Table:
    """A terminal table of events (for `newsevents events`)."""
    table = Table(show_lines=False, header_style="bold")
    for name, kw in (("date", {"no_wrap": True}), ("event", {"no_wrap": True}), ("mode", {}), ("actor", {}),
                     ("recipient", {}), ("place", {}), ("conf", {"justify": "right"}), ("id", {"no_wrap": True}),
                     ("article", {"overflow": "fold"})):
        table.add_column(name, **kw)  # type: ignore[arg-type]
    for row in rows:
        flat = flatten(row)
        place = flat["place"]
        if place and flat["country_code"]:
            place = f"{place} ({flat['country_code']})"
        conf = flat["confidence"]
        table.add_row(_cell(flat["date"]), _cell(flat["event"]), _cell(flat["mode"]),
                      _cell(_entities(row.get("actor"))), _cell(_entities(row.get("recipient"))), _cell(place),
                      _cell(f"{conf:.2f}" if isinstance(conf, (int, float)) else None), _cell(flat["id"]),
                      _cell(str(flat["article_id"] or "").rsplit("/", 1)[-1]))
    return table
