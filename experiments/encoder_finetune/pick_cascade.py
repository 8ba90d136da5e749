"""Pick the cascade's margins on the VALIDATION split and score shipped / cascade / encoder alone on the test split
(metrics.py's definitions), with the shipped runtime (`newsevents.coding.encoder`, onnxruntime, no torch).

  .venv/bin/python experiments/encoder_finetune/pick_cascade.py [--model-dir DIR] [--write] [--default on|off]

The two margins are picked together on the validation split: the pair with the best objective (finetune.py's: mean
of type accuracy, quad accuracy, ACLED weighted F1) less a small price per escalated row (0.02 x share), among
the pairs that escalate at most --max-share of the rows (the throughput budget: the encoder alone is best on the
classifier figures, but costs ~45% more CPU per article). `--write` stores them in the model json.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from newsevents.coding.acled_rules import _ACLED_TYPES
from newsevents.coding.encoder import ENCODER_NAME, OnnxEncoder, acled_used, aligned, margins
from newsevents.coding.features import featurize, load_wordllama
from newsevents.coding.model import combine, decide, default_model_dir, load_model
from newsevents.coding.train import load_parser

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import metrics as M  # noqa: E402

GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
PRICE = 0.02


def shipped(texts: list[str]) -> tuple[np.ndarray, list[str], np.ndarray, list[str], float]:
    model, emb, nlp = load_model(), load_wordllama(), load_parser()
    x = featurize(texts, emb, list(nlp.pipe(texts, batch_size=256)))
    th, qh, ah = model.heads["type"], model.heads["quad"], model.heads["acled"]
    p = combine(th.proba(x), th.labels, qh.proba(x), qh.labels, model.quad_weight)
    return p, list(th.labels), ah.proba(x), list(ah.labels), model.threshold


def decisions(p: np.ndarray, tl: list[str], pa: np.ndarray, al: list[str], thr: float) -> tuple[list[str], list[str]]:
    return decide(p, tl, thr), [al[int(k)] for k in pa.argmax(axis=1)]


def acled_margins(p: np.ndarray, tl: list[str], pa: np.ndarray) -> np.ndarray:
    """ACLED margins, infinite where the row's types carry no ACLED sub-type (the cascade never asks there)."""
    return np.where(acled_used(p, tl, frozenset(_ACLED_TYPES)), margins(pa), np.inf)


def mixed(base: np.ndarray, enc: np.ndarray, m: float, marg: np.ndarray) -> np.ndarray:
    out = base.copy()
    out[marg < m] = enc[marg < m]
    return out


def objective(h: dict[str, float]) -> float:
    """finetune.py's validation objective: mean of type accuracy, quad accuracy and ACLED weighted F1 (all)."""
    return (h.get("type_acc", 0.0) + h.get("quad_acc", 0.0) + h.get("acled_wf1_all", 0.0)) / 3


def pick(rows: list[dict[str, Any]], p: np.ndarray, tl: list[str], pa: np.ndarray, al: list[str], thr: float,
         et: np.ndarray, ea: np.ndarray, max_share: float,
         type_grid: tuple[float, ...] = GRID, acled_grid: tuple[float, ...] = GRID) -> tuple[float, float]:
    """The (type, ACLED) margins with the best validation objective less PRICE x share of rows escalated, among
    those escalating at most `max_share` of the rows (the throughput budget)."""
    mt, ma = margins(p), acled_margins(p, tl, pa)
    best, got = (0.0, 0.0), -1.0
    for m_t in type_grid:
        for m_a in acled_grid:
            share = float(np.mean((mt < m_t) | (ma < m_a)))
            if share > max_share:
                continue
            h = M.headline(M.score(rows, *decisions(mixed(p, et, m_t, mt), tl, mixed(pa, ea, m_a, ma), al, thr)))
            v = objective(h["all_but_round9"]) - PRICE * share
            if v > got + 1e-9:
                best, got = (m_t, m_a), v
    return best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", type=Path, default=default_model_dir())
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--default", choices=("on", "off"), default="off")
    ap.add_argument("--max-share", type=float, default=0.25,
                    help="most validation rows escalated (each costs ~3-5 ms of CPU, ~22 rows per 600-word article)")
    ap.add_argument("--type-margin", type=float, help="fix the type margin (0: the encoder never decides the type)")
    ap.add_argument("--acled-max", type=float, default=1.01,
                    help="largest ACLED margin tried (the CPU budget: on the benchmark's news, margin 0.2 sends ~3 "
                         "sentences of a 600-word article to the encoder, ~13%% more CPU; 0.6 ~8, ~30%%)")
    a = ap.parse_args()
    meta_path = a.model_dir / f"{ENCODER_NAME}.json"
    meta: dict[str, Any] = json.loads(meta_path.read_text())
    lab = meta["labels"]
    enc = OnnxEncoder(a.model_dir / f"{ENCODER_NAME}.onnx", a.model_dir / f"{ENCODER_NAME}.tokenizer.json",
                      tuple(lab["type"]), tuple(lab["acled"]), tuple(lab["quad"]), float(meta["quad_weight"]))
    rows = [json.loads(x) for f in ("data.jsonl", "round9.jsonl") for x in open(HERE / f)]
    sets = {s: [r for r in rows if r["split"] == s and not (s == "val" and r["source"].startswith("project:round9"))]
            for s in ("val", "test")}
    out: dict[str, Any] = {}
    probs: dict[str, Any] = {}
    for s, rs in sets.items():
        texts = [r["text"] for r in rs]
        p, tl, pa, al, thr = shipped(texts)
        et, ea = enc.probabilities(texts)
        probs[s] = (p, tl, pa, al, thr, et[:, aligned(enc.type_labels, tl)], ea[:, aligned(enc.acled_labels, al)])
    # validation: the margins
    p, tl, pa, al, thr, et, ea = probs["val"]
    mt, ma = margins(p), acled_margins(p, tl, pa)
    best_t, best_a = pick(sets["val"], p, tl, pa, al, thr, et, ea, a.max_share,
                          GRID if a.type_margin is None else (a.type_margin,),
                          tuple(m for m in GRID if m <= a.acled_max))
    for m in GRID:
        h = M.headline(M.score(sets["val"], *decisions(mixed(p, et, m, mt), tl, mixed(pa, ea, m, ma), al, thr)))
        print(f"val margin<{m:.2f}: type rows {np.mean(mt < m):.3f} acled rows {np.mean(ma < m):.3f} ->",
              json.dumps(h["all_but_round9"]))
    print(f"picked on validation: type margin {best_t}, ACLED margin {best_a}")
    # test: shipped, cascade, encoder alone
    p, tl, pa, al, thr, et, ea = probs["test"]
    mt, ma = margins(p), acled_margins(p, tl, pa)
    for name, (pp, ppa) in {"shipped": (p, pa), "cascade": (mixed(p, et, best_t, mt), mixed(pa, ea, best_a, ma)),
                            "encoder": (et, ea)}.items():
        h = M.headline(M.score(sets["test"], *decisions(pp, tl, ppa, al, thr)))
        out[name] = {g: h[g] for g in ("all_but_round9", "plover_gold", "round9") if g in h}
        print(f"test {name}:", json.dumps(out[name]))
    share = {"type": round(float(np.mean(mt < best_t)), 4), "acled": round(float(np.mean(ma < best_a)), 4),
             "any": round(float(np.mean((mt < best_t) | (ma < best_a))), 4)}
    print("test rows escalated:", share)
    if a.write:
        meta["cascade"] = {"type_margin": best_t, "acled_margin": best_a, "default": a.default == "on",
                           "picked_on": f"validation split, at most {a.max_share} of rows escalated "
                                        "(experiments/encoder_finetune/pick_cascade.py)",
                           "test": out, "test_escalated": share}
        meta_path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
