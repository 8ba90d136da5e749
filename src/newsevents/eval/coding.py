"""Score the event coder on the dev data in ../shared/data/dev (held-out parts only where we train on a file).

Figures (keys of the returned dict; `floors_coding.json` pins a floor for the headline ones):
- plover_type_accuracy: PLOVER gold records of the held-out split (older names mapped to current types)
- quad_accuracy: cameo_class_train.tsv held-out split; predicted quad = quad of the first event, 0 when none
- acled_weighted_f1: held-out split of the project's labelled ACLED sentences (src/newsevents/data/training)
- actor_span_f1 / recipient_span_f1 / role_span_f1: cameo_ner_train.txt (S = actor, T = recipient, R = both);
  a predicted span matches a gold span of the same role when they share the head token or overlap by >= 50%
- ipe_kill_f1 / ipe_arrest_f1: IndiaPoliceEvents dev sentences (KILL = an ASSAULT with deaths or a kill trigger,
  ARREST = COERCE arrest), after the candidate screen
- detect_recall / detect_kept: candidate screen recall on event sentences and fraction of all sentences kept
"""
from __future__ import annotations

import csv
import re
import json
import time
from pathlib import Path
from typing import Any, Iterable, Protocol, Sequence

from newsevents.coding.detect import is_candidate
from newsevents.coding.model import NONE
from newsevents.coding.train import (load_cameo_class, load_ipe, load_plover_gold, load_project, per_class,
                                     split_of)
from newsevents.records import Article, Event, Sentence
from newsevents.taxonomy import quad_code

HEADLINE = ("plover_type_accuracy", "quad_accuracy", "acled_weighted_f1", "role_span_f1", "ipe_kill_f1",
            "ipe_arrest_f1", "detect_recall")
_POLICE_RE = re.compile(r"\b(police|policemen|cops?|constables?|encounter|security forces|crpf|bsf|firing)\b")
_KILL_WORDS = ("kill", "shot dead", "gunned down", "died", "death", "dead", "slain", "murder", "lynch")


class _Coder(Protocol):
    def code_batch(self, article: Article, items: list[tuple[Sentence, Any]]) -> list[Event]: ...


def _predict(coder: _Coder, nlp: Any, texts: list[str]) -> list[list[Event]]:
    """Each text coded as a one-sentence article through the full coder (screen, parse, classify, rules)."""
    out: list[list[Event]] = []
    docs = iter(nlp.pipe([t for t in texts if is_candidate(t)], batch_size=256))
    for k, t in enumerate(texts):
        if not is_candidate(t):
            out.append([])
            continue
        out.append(coder.code_batch(Article(id=f"eval{k}", text=t), [(Sentence(0, 0, len(t), t), next(docs))]))
    return out


def _first_types(coder: _Coder, nlp: Any, texts: list[str]) -> list[str]:
    return [evs[0].event if evs else NONE for evs in _predict(coder, nlp, texts)]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def eval_plover(coder: _Coder, nlp: Any, dev: Path) -> dict[str, Any]:
    ex = [e for e in load_plover_gold(dev / "plover_gsr_cameo.json") if split_of(e.text) == "test"]
    pred = _first_types(coder, nlp, [e.text for e in ex])
    table = per_class([str(e.event) for e in ex], pred)
    return {"plover_type_accuracy": table["_accuracy"]["acc"], "plover_type_table": table}


def eval_quad(coder: _Coder, nlp: Any, dev: Path) -> dict[str, Any]:
    ex = [e for e in load_cameo_class(dev / "confli" / "cameo_class_train.tsv") if split_of(e.text) == "test"]
    types = _first_types(coder, nlp, [e.text for e in ex])
    pred = [str(0 if t == NONE else quad_code(t)) for t in types]
    table = per_class([str(e.quad) for e in ex], pred)
    return {"quad_accuracy": table["_accuracy"]["acc"], "quad_table": table}


def eval_acled(coder: _Coder, nlp: Any, training_dir: Path) -> dict[str, Any]:
    # conflict snippets only (gold sub-type known and not none), as in ACLED sub-event benchmarks
    ex = [e for e in load_project(training_dir) if split_of(e.text) == "test" and e.acled not in (None, NONE)]
    if not ex:
        return {}
    preds = _predict(coder, nlp, [e.text for e in ex])
    pred = [next((ev.acled_sub_event_type for ev in p if ev.acled_sub_event_type), NONE) for p in preds]
    table = per_class([str(e.acled) for e in ex], pred)
    return {"acled_weighted_f1": table["_weighted"]["f1"], "acled_table": table}


def eval_conflict_types(coder: _Coder, nlp: Any, training_dir: Path) -> dict[str, Any]:
    """PLOVER type of the first event (and the ACLED sub-type) on held-out project conflict snippets (gold ACLED
    sub-type and PLOVER type known, no aux mode), and the share of held-out hard negatives (no event) that get
    no material-conflict (quad 4) event: the outside targets ask for both on ACLED-note-like snippets."""
    held = [e for e in load_project(training_dir) if split_of(e.text) == "test"]
    aux_texts = _aux_texts(training_dir)
    ex = [e for e in held if e.acled not in (None, NONE) and e.event not in (None, NONE) and e.text not in aux_texts]
    neg = [e for e in held if e.event == NONE and e.acled == NONE]
    out: dict[str, Any] = {}
    if ex:
        preds = _predict(coder, nlp, [e.text for e in ex])
        table = per_class([str(e.event) for e in ex], [evs[0].event if evs else NONE for evs in preds])
        out.update({"conflict_type_accuracy": table["_accuracy"]["acc"], "conflict_type_table": table})
        # ACLED F1 on the same snippets (events that happened, as in ACLED notes; aux mentions left out)
        acled = [next((ev.acled_sub_event_type for ev in evs if ev.acled_sub_event_type), NONE) for evs in preds]
        out["conflict_acled_weighted_f1"] = per_class([str(e.acled) for e in ex], acled)["_weighted"]["f1"]
    if neg:
        quiet = [not any(ev.quad_code == 4 for ev in evs) for evs in _predict(coder, nlp, [e.text for e in neg])]
        out.update({"negative_quiet_rate": round(sum(quiet) / len(quiet), 4), "negative_n": len(quiet)})
    return out


def _aux_texts(training_dir: Path) -> set[str]:
    """Texts of project sentences that mention an event as negated, future, hypothetical or historical."""
    out: set[str] = set()
    for f in sorted(training_dir.glob("*.jsonl")):
        rows = [json.loads(x) for x in f.read_text("utf-8").splitlines() if x.strip()]
        out |= {str(r["text"]) for r in rows if r.get("aux")}
    return out


def _read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def _gold_spans(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    """Text joined with single spaces and gold (start, end, role) character spans; R counts for both roles."""
    text, spans, offs = "", [], []
    for w, _ in tokens:
        offs.append(len(text) + (1 if text else 0))
        text = (text + " " + w) if text else w
    cur: list[Any] | None = None
    for k, (w, tag) in enumerate(tokens + [("", "O")]):
        if cur is not None and not tag.startswith("I-"):
            spans.append((cur[0], cur[1], cur[2]))
            cur = None
        if tag.startswith("B-"):
            cur = [offs[k], offs[k] + len(w), tag[2:]]
        elif tag.startswith("I-") and cur is not None:
            cur[1] = offs[k] + len(w)
    out = []
    for s, e, r in spans:
        if r in ("S", "R"):
            out.append((s, e, "actor"))
        if r in ("T", "R"):
            out.append((s, e, "recipient"))
    return text, out


def _match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def _score_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]], nested: bool) -> tuple[int, int, int]:
    """(tp, fp, fn) of predicted against gold spans of one role; each gold span is matched at most once.
    With `nested`, further predictions inside an already matched gold span (conjuncts of one coordinated gold
    span) count neither as hits nor as false positives."""
    used: set[int] = set()
    tp = fp = 0
    for ps in pred:
        hit = next((i for i, gs in enumerate(gold) if i not in used and _match(ps, gs)), None)
        if hit is not None:
            used.add(hit)
            tp += 1
        elif not (nested and any(gold[i][0] <= ps[0] and ps[1] <= gold[i][1] for i in used)):
            fp += 1
    return tp, fp, len(gold) - len(used)


def eval_roles(coder: _Coder, nlp: Any, dev: Path, limit: int | None = None) -> dict[str, Any]:
    """Actor and recipient spans of each sentence's first event against cameo_ner_train.txt (S = actor,
    T = recipient, R = both).

    Convention (headline keys actor_span_f1 / recipient_span_f1 / role_span_f1): a predicted span matches a gold
    span of the same role when they overlap by at least half of the shorter one (so a prediction inside a gold
    span matches it); each gold span is matched at most once; and further predictions lying inside a gold span
    that is already matched count once, neither as hits nor as false positives. The annotators mark a coordination
    as one span ("the Syrian army and its ally Hezbollah") where PLOVER codes one entity per conjunct, so
    without this the second conjunct of every coordinated party was a false positive.
    The previous convention (overlap only, every unmatched prediction a false positive) is kept under the
    *_old keys, so that figures stay comparable."""
    data = [_gold_spans(s) for s in _read_conll(dev / "confli" / "cameo_ner_train.txt")]
    if limit:
        data = data[:limit]
    counts = {(r, nested): [0, 0, 0] for r in ("actor", "recipient") for nested in (True, False)}
    docs = list(nlp.pipe([t for t, _ in data]))
    for k, ((text, gold), doc) in enumerate(zip(data, docs)):
        art = Article(id=f"ner{k}", text=text)
        evs = coder.code_batch(art, [(Sentence(0, 0, len(text), text), doc)])
        pred: list[tuple[int, int, str]] = []
        if evs:
            ev = evs[0]
            pred = [(a.start, a.end, "actor") for a in ev.actor] + [(a.start, a.end, "recipient") for a in ev.recipient]
        for (role, nested), cnt in counts.items():
            g = [(s, e) for s, e, r in gold if r == role]
            p = [(s, e) for s, e, r in pred if r == role]
            for i, v in enumerate(_score_spans(g, p, nested)):
                cnt[i] += v
    out: dict[str, Any] = {}
    for nested, suffix in ((True, ""), (False, "_old")):
        for r in ("actor", "recipient"):
            out[f"{r}_span{suffix}"] = _prf(*counts[(r, nested)])
        tot = [counts[("actor", nested)][i] + counts[("recipient", nested)][i] for i in range(3)]
        out[f"role_span{suffix}"] = _prf(*tot)
        for key in ("actor_span", "recipient_span", "role_span"):
            out[f"{key}_f1{suffix}"] = out[f"{key}{suffix}"]["f1"]
    return out


def _ipe_rows(path: Path) -> list[tuple[str, bool, bool]]:
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 6:
                rows.append((row[0], row[1] == "1", row[2] == "1"))
    return rows


def eval_ipe(coder: _Coder, nlp: Any, dev: Path) -> dict[str, Any]:
    rows = _ipe_rows(dev / "confli" / "IndiaPoliceEvents_sents_dev.tsv")
    preds = _predict(coder, nlp, [t for t, _, _ in rows])
    kill_c, arr_c = [0, 0, 0], [0, 0, 0]
    for (text, kill, arrest), evs in zip(rows, preds):
        low = text.lower()
        # IPE KILL means killings by the police: an ASSAULT with a kill word whose actor is a security force
        evs = [e for e in evs if not set(e.aux) & {"negation", "hypothetical", "future"}]
        pk = any(e.event == "ASSAULT" and (any(a.sector in ("COP", "MIL", "PRM") for a in e.actor) or
                                          _POLICE_RE.search(low) is not None) for e in evs) and \
            any(w in low for w in _KILL_WORDS)
        pa = any(e.event == "COERCE" for e in evs) and any(w in low for w in ("arrest", "detain", "custody", "held",
                                                                               "nabbed", "apprehend", "rounded up"))
        for got, gold, cnt in ((pk, kill, kill_c), (pa, arrest, arr_c)):
            cnt[0] += got and gold
            cnt[1] += got and not gold
            cnt[2] += gold and not got
    k, a = _prf(*kill_c), _prf(*arr_c)
    return {"ipe_kill": k, "ipe_arrest": a, "ipe_kill_f1": k["f1"], "ipe_arrest_f1": a["f1"]}


def eval_aux(coder: _Coder, nlp: Any, training_dir: Path) -> dict[str, Any]:
    """Aux modes of the first event on the project's aux.jsonl (sentences whose gold event is kept)."""
    path = training_dir / "aux.jsonl"
    if not path.exists():
        return {}
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    preds = _predict(coder, nlp, [r["text"] for r in rows])
    out: dict[str, Any] = {}
    exact = 0
    for lab in ("negation", "future", "hypothetical", "historical"):
        tp = fp = fn = 0
        for r, evs in zip(rows, preds):
            got = bool(evs) and lab in evs[0].aux
            gold = lab in (r.get("aux") or [])
            tp, fp, fn = tp + (got and gold), fp + (got and not gold), fn + (gold and not got)
        out[f"aux_{lab}"] = _prf(tp, fp, fn)
    for r, evs in zip(rows, preds):
        exact += set(evs[0].aux if evs else ()) == set(r.get("aux") or [])
    out["aux_exact"] = round(exact / max(1, len(rows)), 4)
    return out


def eval_detect(dev: Path, training_dir: Path) -> dict[str, Any]:
    events: list[str] = [e.text for e in load_project(training_dir) if e.event not in (None, NONE)]
    events += [e.text for e in load_plover_gold(dev / "plover_gsr_cameo.json")]
    events += [e.text for e in load_cameo_class(dev / "confli" / "cameo_class_train.tsv") if e.quad]
    events += [e.text for e in load_ipe(dev / "confli" / "IndiaPoliceEvents_sents_dev.tsv")]
    allsent = [t for t, _, _ in _ipe_rows(dev / "confli" / "IndiaPoliceEvents_sents_dev.tsv")]
    rec = sum(map(is_candidate, events)) / max(1, len(events))
    kept = sum(map(is_candidate, allsent)) / max(1, len(allsent))
    return {"detect_recall": round(rec, 4), "detect_kept": round(kept, 4), "detect_n_events": len(events),
            "detect_n_sentences": len(allsent)}


def evaluate(shared: Path, coder: _Coder, nlp: Any, training_dir: Path | None = None,
             limit: int | None = None) -> dict[str, Any]:
    """All coding scores on the dev data under `shared` (the ../shared folder). `limit` caps the number of
    sentences of the role-span set (the slowest part) for quick runs; floors apply to full runs."""
    dev = shared / "data" / "dev"
    tdir = training_dir or Path(__file__).resolve().parents[1] / "data" / "training"
    t0 = time.perf_counter()
    scores: dict[str, Any] = {}
    # score the coder as the default pipeline runs it (`--ner none`): rules that read entity labels must not
    # look better here than they are in use
    with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
        scores.update(eval_plover(coder, nlp, dev))
        scores.update(eval_quad(coder, nlp, dev))
        scores.update(eval_acled(coder, nlp, tdir))
        scores.update(eval_conflict_types(coder, nlp, tdir))
        scores.update(eval_roles(coder, nlp, dev, limit))
        scores.update(eval_ipe(coder, nlp, dev))
        scores.update(eval_aux(coder, nlp, tdir))
    scores.update(eval_detect(dev, tdir))
    scores["seconds"] = round(time.perf_counter() - t0, 1)
    return scores


def _table(title: str, table: dict[str, dict[str, float]]) -> list[str]:
    lines = [title, f"  {'class':36s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>5s}"]
    for lab, row in table.items():
        if lab.startswith("_"):
            continue
        lines.append(f"  {lab:36s} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f} {int(row['n']):5d}")
    w = table.get("_weighted")
    if w:
        lines.append(f"  {'weighted':36s} {w['p']:6.3f} {w['r']:6.3f} {w['f1']:6.3f} {int(w['n']):5d}")
    return lines


def format_report(scores: dict[str, Any]) -> str:
    """Headline figures, then per-class tables."""
    lines = ["event coding on ../shared/data/dev (held-out splits)"]
    for k in HEADLINE + ("actor_span_f1", "recipient_span_f1", "detect_kept", "aux_exact", "conflict_type_accuracy",
                         "conflict_acled_weighted_f1", "negative_quiet_rate"):
        if k in scores:
            lines.append(f"  {k:28s} {scores[k]:.3f}")
    for key, title in (("plover_type_table", "PLOVER event type (gold records, held-out)"),
                       ("quad_table", "quad class (cameo_class_train.tsv, held-out; 0 = no event)"),
                       ("acled_table", "ACLED sub-event type (project sentences, held-out)"),
                       ("conflict_type_table", "PLOVER type on conflict snippets (project ACLED sentences, held-out)")):
        if key in scores:
            lines += [""] + _table(title, scores[key])
    for key in ("actor_span", "recipient_span", "ipe_kill", "ipe_arrest", "aux_negation", "aux_future",
                "aux_hypothetical", "aux_historical"):
        if key in scores:
            r = scores[key]
            lines.append(f"  {key:28s} P {r['p']:.3f} R {r['r']:.3f} F1 {r['f1']:.3f}")
    return "\n".join(lines)


def _main(argv: Iterable[str] | None = None) -> int:
    import argparse

    from newsevents.coding.coder import EventCoder
    ap = argparse.ArgumentParser(description="score the event coder on ../shared/data/dev")
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3].parent / "shared")
    a = ap.parse_args(list(argv) if argv is not None else None)
    from newsevents.nlp import load_nlp

    scores = evaluate(a.shared, EventCoder.load(), load_nlp())
    import sys
    sys.stdout.write(format_report(scores) + "\n")
    from newsevents.eval.runner import below_floors, load_floors

    fails = below_floors(scores, load_floors("coding"))
    for f in fails:
        sys.stdout.write("FAIL " + f + "\n")
    return 1 if fails else 0


if __name__ == "__main__":
    raise SystemExit(_main())
