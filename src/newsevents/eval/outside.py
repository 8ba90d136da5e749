"""Whole-pipeline checks on news we never train on: do quiet stories stay quiet, do conflict reports give events?

Two dev files in ../shared/data/dev/confli are used, neither for training:
- BBC_News_dev.tsv: whole BBC articles (lower-cased, punctuation partly stripped) with a politics label. The
  non-politics ones (sport, business, technology, entertainment) should give no *material conflict* event
  (quad 4: ASSAULT, COERCE, PROTEST, MOBILIZE). `quiet_clean_rate` is the share of them with none; the events
  that slip through are listed so a person can judge them (a footballer "attacked" in a bar is a real ASSAULT).
- satp_relevant_dev.tsv: short South Asia Terrorism Portal snippets, each with four 0/1 category columns; every
  row carries at least one category and every one is a report of political violence (attacks, killings,
  abductions, arson, captures). `satp_conflict_recall` is the share of them that give a quad-4 event, and
  `satp_acled_rate` the share whose first such event carries an ACLED sub-event type.

Each text goes through the full `Pipeline` (segmenter, screen, parser, coder, geoparser, dates) as one article,
exactly as `newsevents extract` would code it.
"""
from __future__ import annotations

from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from newsevents.records import Article, Event, Result

MATERIAL_CONFLICT = 4


class _Runner(Protocol):
    def run(self, articles: Iterable[Article]) -> Iterator[Result]: ...


def read_labelled_tsv(path: Path) -> list[tuple[str, tuple[int, ...]]]:
    """Rows of `text<TAB>label[<TAB>label...]` (0/1 labels); rows without integer labels are skipped."""
    rows: list[tuple[str, tuple[int, ...]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, *labels = line.split("\t")
        if text.strip() and labels and all(x.strip().isdigit() for x in labels):
            rows.append((text.strip(), tuple(int(x) for x in labels)))
    return rows


def _conflict_events(result: Result) -> list[Event]:
    return [e for e in result.events if e.quad_code == MATERIAL_CONFLICT]


def _code(runner: _Runner, texts: list[str], prefix: str) -> list[Result]:
    return list(runner.run(Article(id=f"{prefix}{i}", text=t) for i, t in enumerate(texts)))


def eval_quiet(runner: _Runner, path: Path, limit: int | None = None) -> dict[str, Any]:
    texts = [t for t, labels in read_labelled_tsv(path) if labels[0] == 0][:limit]
    results = _code(runner, texts, "bbc")
    flagged = []
    for text, res in zip(texts, results):
        for ev in _conflict_events(res):
            flagged.append({"article": text[:60], "event": ev.event,
                            "trigger": ev.trigger.text if ev.trigger else "", "sentence": ev.sentence.text[:140]})
    noisy = len({f["article"] for f in flagged})
    return {"n": len(texts), "with_conflict_event": noisy,
            "clean_rate": round(1 - noisy / len(texts), 4) if texts else 0.0, "flagged": flagged}


def eval_satp(runner: _Runner, path: Path, limit: int | None = None) -> dict[str, Any]:
    texts = [t for t, labels in read_labelled_tsv(path) if any(labels)][:limit]
    results = _code(runner, texts, "satp")
    hit = acled = 0
    missed = []
    for text, res in zip(texts, results):
        evs = _conflict_events(res)
        if evs:
            hit += 1
            acled += evs[0].acled_sub_event_type is not None
        else:
            missed.append(text[:140])
    n = len(texts)
    return {"n": n, "recall": round(hit / n, 4) if n else 0.0, "acled_rate": round(acled / n, 4) if n else 0.0,
            "missed": missed}


def evaluate(shared: Path, runner: _Runner, limit: int | None = None) -> dict[str, Any]:
    confli = shared / "data" / "dev" / "confli"
    quiet = eval_quiet(runner, confli / "BBC_News_dev.tsv", limit)
    satp = eval_satp(runner, confli / "satp_relevant_dev.tsv", limit)
    return {"quiet_clean_rate": quiet["clean_rate"], "satp_conflict_recall": satp["recall"],
            "satp_acled_rate": satp["acled_rate"], "quiet": quiet, "satp": satp}


def format_report(scores: dict[str, Any], show: int = 8) -> str:
    q, s = scores["quiet"], scores["satp"]
    lines = ["outside news (whole pipeline; never trained on)",
             f"  quiet_clean_rate             {scores['quiet_clean_rate']:.3f}   BBC non-politics articles with no"
             f" material-conflict event ({q['n'] - q['with_conflict_event']}/{q['n']})",
             f"  satp_conflict_recall         {scores['satp_conflict_recall']:.3f}   SATP violence snippets with a"
             f" material-conflict event (n={s['n']})",
             f"  satp_acled_rate              {scores['satp_acled_rate']:.3f}   ... whose first one has an ACLED"
             " sub-event type"]
    if q["flagged"]:
        lines.append("  quiet-story events to judge (first %d):" % min(show, len(q["flagged"])))
        lines += [f"    {f['event']:9s} '{f['trigger']}' in: {f['article']}" for f in q["flagged"][:show]]
    if s["missed"]:
        lines.append("  SATP snippets with no event (first %d):" % min(show, len(s["missed"])))
        lines += [f"    {m}" for m in s["missed"][:show]]
    return "\n".join(lines)
