"""Metric definitions shared by the CPU baseline and the GPU fine-tune. `per_class`, `combine` and `decide` are
copies of newsevents.coding.train / newsevents.coding.model on purpose: the GPU machine runs this folder without the
project installed, and both sides must score the same rows the same way."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

NONE = "NONE"
HERE = Path(__file__).resolve().parent
_TAX = json.loads((HERE / "taxonomy.json").read_text())
QUAD: dict[str, int] = _TAX["quad"]
TYPE_LABELS = sorted(QUAD) + [NONE]
ACLED_LABELS = sorted(_TAX["acled"]) + [NONE]
QUAD_LABELS = ["0", "1", "2", "3", "4"]


def quad_of(t: str) -> int:
    return 0 if t == NONE else QUAD[t]


def per_class(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, dict[str, float]]:
    """newsevents.coding.train.per_class."""
    labels = sorted(set(y_true) | set(y_pred))
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    table = {lab: {"p": round(float(p[i]), 4), "r": round(float(r[i]), 4), "f1": round(float(f[i]), 4),
                   "n": int(s[i])} for i, lab in enumerate(labels)}
    wp, wr, wf, _ = precision_recall_fscore_support(y_true, y_pred, average="weighted", zero_division=0)
    table["_weighted"] = {"p": round(float(wp), 4), "r": round(float(wr), 4), "f1": round(float(wf), 4),
                          "n": len(y_true)}
    table["_accuracy"] = {"acc": round(float(np.mean([a == b for a, b in zip(y_true, y_pred)])), 4)
                          if y_true else 0.0, "n": len(y_true)}
    return table


def combine(p_type: np.ndarray, type_labels: Sequence[str], p_quad: np.ndarray | None,
            quad_labels: Sequence[str], quad_weight: float) -> np.ndarray:
    """newsevents.coding.model.combine."""
    logp = np.log(p_type + 1e-12)
    if p_quad is not None and quad_weight > 0:
        qidx = [quad_labels.index(str(quad_of(t))) for t in type_labels]
        logp = logp + quad_weight * np.log(p_quad[:, qidx] + 1e-12)
    logp -= logp.max(axis=1, keepdims=True)
    e = np.exp(logp)
    return e / e.sum(axis=1, keepdims=True)


def decide(p: np.ndarray, labels: Sequence[str], threshold: float) -> list[str]:
    """newsevents.coding.model.decide."""
    out = []
    for row in p:
        k = int(row.argmax())
        out.append(labels[k] if labels[k] == NONE or row[k] >= threshold else NONE)
    return out


def tune(rows: list[dict[str, Any]], pt: np.ndarray, tl: Sequence[str], pq: np.ndarray,
         ql: Sequence[str]) -> tuple[float, float]:
    """train.py's validation search for the quad weight and abstain threshold (same grid, same objective)."""
    best = (0.0, 0.5, -1.0)
    for qw in (0.0, 0.25, 0.5, 1.0, 1.5, 2.0):
        pc = combine(pt, tl, pq, ql, qw)
        for thr in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            pred = decide(pc, tl, thr)
            t_ok = [p == r["event"] for p, r in zip(pred, rows) if r["event"] is not None and r["weight"] == 1.0]
            q_ok = [quad_of(p) == r["quad"] for p, r in zip(pred, rows) if r["quad"] is not None]
            acc = (float(np.mean(t_ok)) if t_ok else 0.0) * 0.5 + (float(np.mean(q_ok)) if q_ok else 0.0) * 0.5
            if acc > best[2] + 1e-9:
                best = (qw, thr, acc)
    return best[0], best[1]


def group_of(r: dict[str, Any]) -> str:
    s = r["source"]
    if s.startswith("project:round9"):
        return "round9"
    return "project" if s.startswith("project:") else s


def score(rows: list[dict[str, Any]], types: Sequence[str], acled: Sequence[str]) -> dict[str, Any]:
    """Per source group: PLOVER type accuracy (known type, full weight: train.py's type_test), quad accuracy
    (quad of the first type, 0 when none: eval's quad_accuracy), ACLED weighted F1 over all rows with a known
    sub-type (train.py's acled_test) and over conflict rows only (gold not none: eval's acled_weighted_f1)."""
    out: dict[str, Any] = {}
    groups = sorted({group_of(r) for r in rows})
    for g in groups + ["all_but_round9"]:
        idx = [i for i, r in enumerate(rows) if (group_of(r) == g if g != "all_but_round9" else group_of(r) != "round9")]
        res: dict[str, Any] = {"n": len(idx)}
        ti = [i for i in idx if rows[i]["event"] is not None and rows[i]["weight"] == 1.0]
        if ti:
            t = per_class([rows[i]["event"] for i in ti], [types[i] for i in ti])
            res["type_acc"] = t["_accuracy"]["acc"]; res["type_wf1"] = t["_weighted"]["f1"]; res["type_n"] = len(ti)
            res["type_table"] = t
        qi = [i for i in idx if rows[i]["quad"] is not None]
        if qi:
            q = per_class([str(rows[i]["quad"]) for i in qi], [str(quad_of(types[i])) for i in qi])
            res["quad_acc"] = q["_accuracy"]["acc"]; res["quad_n"] = len(qi); res["quad_table"] = q
        ai = [i for i in idx if rows[i]["acled"] is not None]
        if ai and any(rows[i]["acled"] != NONE for i in ai):
            a = per_class([rows[i]["acled"] for i in ai], [acled[i] for i in ai])
            res["acled_wf1_all"] = a["_weighted"]["f1"]; res["acled_n_all"] = len(ai)
            ci = [i for i in ai if rows[i]["acled"] != NONE]
            c = per_class([rows[i]["acled"] for i in ci], [acled[i] for i in ci])
            res["acled_wf1_conflict"] = c["_weighted"]["f1"]; res["acled_n_conflict"] = len(ci)
            res["acled_table"] = c
        out[g] = res
    return out


def headline(scores: dict[str, Any]) -> dict[str, dict[str, float]]:
    keys = ("type_acc", "quad_acc", "acled_wf1_all", "acled_wf1_conflict")
    return {g: {k: v[k] for k in keys + ("n",) if k in v} for g, v in scores.items()}
