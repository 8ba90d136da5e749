"""The `newsevents` command: a thin edge over the library."""
from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newsevents.errors import InputError, NewsEventsError
from newsevents.records import Article, Result, parse_date

DEFAULT_DB = "newsevents.db"
EXIT_OK, EXIT_ERROR, EXIT_SOME_FAILED = 0, 1, 3


def _err(msg: str) -> None:
    sys.stderr.write(msg.rstrip("\n") + "\n")


def _date_arg(value: str) -> Any:
    try:
        return parse_date(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r}; use YYYY-MM-DD") from None


def _progress(enabled: bool, total: int | None = None) -> Any:
    """A rich progress bar on a terminal; a no-op otherwise."""
    if not enabled:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                    TimeElapsedColumn(), console=None, transient=True)


# --- code ---------------------------------------------------------------------------------------

def cmd_code(args: argparse.Namespace) -> int:
    from newsevents.engines.local import default_workers, run_local
    from newsevents.ingest import read_sources
    from newsevents.pipeline import build_pipeline, prepare
    from newsevents.store.sqlite import SQLiteStore

    show = not args.quiet and sys.stderr.isatty()
    counts = {"read": 0, "skipped": 0, "failed": 0, "coded": 0, "events": 0}
    with SQLiteStore(args.db).open() as store:
        def accepted() -> Iterator[Article]:
            for item in read_sources(args.paths, split=args.split, published=args.published, stdin=sys.stdin):
                if isinstance(item, InputError):
                    counts["failed"] += 1
                    store.add_failure(item.record, item.message)
                    _err(f"error: {item.record}: {item.message}")
                    continue
                counts["read"] += 1
                if store.has_article(item.content_hash):
                    counts["skipped"] += 1
                    continue
                yield item

        workers = args.workers if args.workers is not None else default_workers()
        progress = _progress(show)
        task = None
        if progress is not None:
            progress.start()
            task = progress.add_task("coding", total=None)
        try:
            for res in run_local(accepted(), functools.partial(build_pipeline, ner=args.ner), workers=workers,
                                 prepare=prepare):
                if res.error is not None:
                    counts["failed"] += 1
                    store.add_failure(res.article.id, res.error)
                    _err(f"error: {res.article.id}: {res.error}")
                elif store.add_result(res, source_path=res.article.id):
                    counts["coded"] += 1
                    counts["events"] += len(res.events)
                else:
                    counts["skipped"] += 1
                if progress is not None and task is not None:
                    progress.advance(task)
        finally:
            if progress is not None:
                progress.stop()
        summary = store.summary()
        if not args.quiet:
            from newsevents.store import EventFilter

            summary["by_country"] = store.stats(EventFilter())["by_country"][:8]
    if not args.quiet:
        _print_code_summary(args.db, counts, summary)
    return EXIT_SOME_FAILED if counts["failed"] else EXIT_OK


def _print_code_summary(db: str, counts: dict[str, int], summary: dict[str, Any]) -> None:
    out = sys.stdout
    out.write(f"coded {counts['coded']} new article(s) into {counts['events']} event(s); "
              f"{counts['skipped']} already stored, {counts['failed']} failed\n")
    by_type = summary.get("events_by_type") or summary.get("by_type") or {}
    if isinstance(by_type, list):
        by_type = {r.get("event"): r.get("n") for r in by_type}
    out.write(f"database {db}: {summary.get('articles', 0)} articles, {summary.get('events', 0)} events, "
              f"{summary.get('failures', 0)} failed records\n")
    if by_type:
        out.write("events by type: " + ", ".join(f"{k} {v}" for k, v in
                                                 sorted(by_type.items(), key=lambda kv: -int(kv[1] or 0))) + "\n")
    if summary.get("by_country"):
        out.write("events by place (country): " + ", ".join(f"{r['country_code']} {r['n']}"
                                                         for r in summary["by_country"]) + "\n")
        out.write(f"next: newsevents events --db {db} | newsevents serve --db {db}\n")


# --- extract ------------------------------------------------------------------------------------

def _open_in(path: str) -> TextIO:
    return sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")


def _open_out(path: str) -> TextIO:
    return sys.stdout if path == "-" else open(path, "w", encoding="utf-8")


def cmd_extract(args: argparse.Namespace) -> int:
    from newsevents.engines.local import run_local
    from newsevents.ingest import read_jsonl_records
    from newsevents.pipeline import build_pipeline, prepare

    src = _open_in(args.input)
    out = _open_out(args.output)
    name = "<stdin>" if args.input == "-" else args.input
    failed = 0
    # Bad lines become error records at their place in the output; good ones go through the pipeline.
    slots: list[Result | None] = []

    def articles() -> Iterator[Article]:
        for item in read_jsonl_records(src, name, allow_empty=True):
            if isinstance(item, InputError):
                slots.append(Result(article=Article(id=_id_of(item), text=""), error=item.message))
            else:
                slots.append(None)
                yield item

    try:
        for res in run_local(articles(), functools.partial(build_pipeline, ner=args.ner),
                                 workers=args.workers or 1, prepare=prepare):
            # Flush error records that precede this result, then the result itself.
            while slots and slots[0] is not None:
                failed += _write_result(out, slots.pop(0))
            slots.pop(0)
            failed += _write_result(out, res)
        while slots:
            failed += _write_result(out, slots.pop(0))
    finally:
        out.flush()
        if out is not sys.stdout:
            out.close()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _id_of(err: InputError) -> str:
    rid = getattr(err, "record_id", None)
    return str(rid) if rid else err.record


def _write_result(out: TextIO, res: Result | None) -> int:
    if res is None:
        return 0
    out.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
    if res.error is not None:
        _err(f"error: {res.article.id}: {res.error}")
        return 1
    return 0


# --- events / export ----------------------------------------------------------------------------

def _filter_from(args: argparse.Namespace) -> Any:
    from newsevents.store import EventFilter

    return EventFilter(types=tuple(t.upper() for t in args.type or ()),
                       countries=tuple(c.upper() for c in args.country or ()),
                       actor=args.actor, date_from=args.since, date_to=args.until, q=args.search)


def cmd_events(args: argparse.Namespace) -> int:
    from newsevents.store.sqlite import SQLiteStore

    _require_db(args.db)
    with SQLiteStore(args.db, readonly=True).open() as store:
        rows = store.query_events(_filter_from(args), limit=args.limit, offset=args.offset, sort=args.sort)
    if args.json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        from rich.console import Console

        from newsevents.export import render_events_table

        Console(width=max(120, Console().width)).print(render_events_table(rows))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from newsevents.export import write_export
    from newsevents.store.sqlite import SQLiteStore

    _require_db(args.db)
    with SQLiteStore(args.db, readonly=True).open() as store:
        rows = store.iter_events(_filter_from(args))
        if args.output == "-":
            if args.format == "parquet":
                raise InputError("--output", "parquet cannot go to stdout; give --output FILE.parquet")
            n = write_export(rows, args.format, sys.stdout.buffer)
        else:
            n = write_export(rows, args.format, Path(args.output))
    _err(f"exported {n} event(s) as {args.format}" + ("" if args.output == "-" else f" to {args.output}"))
    return EXIT_OK


def _require_db(db: str) -> None:
    if not Path(db).exists():
        raise InputError(db, "no such database; create it with `newsevents code PATH --db " + db + "`")


# --- bench / eval / train / gazetteer / serve ----------------------------------------------------

def cmd_bench(args: argparse.Namespace) -> int:
    from newsevents.bench import format_bench, run_bench

    sys.stdout.write(format_bench(run_bench(args.input, n_articles=args.articles, workers=args.workers, ner=args.ner)) + "\n")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from newsevents.eval.runner import run_eval

    return run_eval(Path(args.shared), only=args.only, gate=args.gate, limit=args.limit)


def cmd_train(args: argparse.Namespace) -> int:
    from newsevents.coding.train import main as train_main

    return int(train_main(args.rest))


def cmd_gazetteer(args: argparse.Namespace) -> int:
    from newsevents.geo.build import main as build_main

    return int(build_main(args.rest))


def cmd_serve(args: argparse.Namespace) -> int:
    from newsevents.api import serve

    _require_db(args.db)
    serve(Path(args.db), args.host, args.port, args.token)
    return EXIT_OK


def cmd_bench_api(args: argparse.Namespace) -> int:
    from newsevents.api.bench import format_bench, run_bench

    sys.stdout.write(format_bench(run_bench(n_events=args.events, requests=args.requests)) + "\n")
    return EXIT_OK


def _add_ner(p: argparse.ArgumentParser) -> None:
    p.add_argument("--ner", choices=("all", "events", "none"), default="none",
                   help="which parsed sentences also get spaCy named entities: none (default: places come from "
                        "the gazetteer, actors from the parse and the actor tables), events (the sentences "
                        "holding an event; ~1.4x slower, slightly better recall of places), all (slowest)")


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite database (default {DEFAULT_DB})")
    p.add_argument("--type", action="append", help="PLOVER event type, e.g. ASSAULT (repeatable)")
    p.add_argument("--country", action="append", help="ISO alpha-3 country of the event or its actors (repeatable)")
    p.add_argument("--actor", help="text in the actor or recipient name")
    p.add_argument("--since", help="first event date, YYYY-MM-DD")
    p.add_argument("--until", help="last event date, YYYY-MM-DD")
    p.add_argument("--search", help="full-text query over article text")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="newsevents", description=__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("code", help="code articles into the database")
    p.add_argument("paths", nargs="+", help="files, directories, feeds, archives, or - for stdin")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--split", choices=("none", "blank", "auto"), default="auto",
                   help="how to split a text file into stories (default auto)")
    p.add_argument("--published", type=_date_arg, help="publication date for records that have none")
    p.add_argument("--workers", type=int, help="worker processes (default: up to 2)")
    p.add_argument("--quiet", action="store_true", help="no progress and no summary")
    _add_ner(p)
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("extract", help="JSONL articles in, JSONL events out (no database)")
    p.add_argument("--input", default="-")
    p.add_argument("--output", default="-")
    p.add_argument("--workers", type=int, default=1)
    _add_ner(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("events", help="list stored events")
    _add_filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--sort", default="-date", help="date, -date, confidence, -confidence, event, country")
    p.add_argument("--json", action="store_true", help="one JSON object per line instead of a table")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("export", help="export events: jsonl (PLOVER, canonical), csv, parquet, geojson")
    _add_filters(p)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet", "geojson"), default="jsonl")
    p.add_argument("--output", default="-")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("bench", help="throughput and peak memory of the full pipeline")
    p.add_argument("--input", help="articles to use (any input `code` reads); default: the bundled samples")
    p.add_argument("--articles", type=int, default=200, help="number of articles to code (default 200)")
    p.add_argument("--workers", type=int, help="worker processes (default: up to 2)")
    _add_ner(p)
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("eval", help="score the pipeline on the dev data in ../shared/data/dev")
    p.add_argument("--shared", default="../shared", help="path to the shared folder (default ../shared)")
    p.add_argument("--only", choices=("coding", "geo", "outside"), help="one part only")
    p.add_argument("--gate", action="store_true", help="exit 1 when a figure falls below its pinned floor")
    p.add_argument("--limit", type=int, help="score at most this many items per dataset (quick look)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("train", help="train the event classifier (see `newsevents train --help`)", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("gazetteer", help="build the offline gazetteer (`newsevents gazetteer build`)",
                       add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_gazetteer)

    p = sub.add_parser("serve", help="read API and dashboard")
    p.add_argument("--db", default=DEFAULT_DB)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help="enable POST /api/articles, requiring this bearer token")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("bench-api", help="API latency on a synthetic 100k-event database")
    p.add_argument("--events", type=int, default=100_000)
    p.add_argument("--requests", type=int, default=200)
    p.set_defaults(func=cmd_bench_api)
    return ap


# Commands whose own parser takes every argument after the command name (options included).
_FORWARDED = {"train": cmd_train, "gazetteer": cmd_gazetteer}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _FORWARDED:
        args = argparse.Namespace(rest=argv[1:], func=_FORWARDED[argv[0]], verbose=False)
    else:
        args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except NewsEventsError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("interrupted: everything already committed is kept; run the same command again to resume")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
