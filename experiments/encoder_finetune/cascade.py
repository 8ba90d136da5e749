"""Cascade estimate: the shipped linear heads decide, and rows whose top two scores are closer than a margin take
the fine-tuned encoder's decision (config a, seed 13 of results/results.json, written by finetune.py on the same
test rows). Classifier only, metrics.py's definitions. The margin is read on the test split itself, so the figures
are optimistic: a shipped cascade must pick it on the validation split.

  .venv/bin/python experiments/encoder_finetune/cascade.py
"""
import json, sys
import numpy as np
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import metrics as M
from newsevents.coding.features import featurize, load_wordllama
from newsevents.coding.model import combine, decide, load_model
from newsevents.coding.train import load_parser
rows = [json.loads(l) for f in ("data.jsonl", "round9.jsonl") for l in open(HERE / f)]
test = [r for r in rows if r["split"] == "test"]
res = json.load(open(HERE / "results" / "results.json"))
run = [r for r in res["runs"] if r["config"] == "a" and r["seed"] == 13][0]
ft = run["preds"]
texts = [r["text"] for r in test]
assert res["test_texts"] == texts, "the run scored other rows or another order"
model = load_model(); emb, nlp = load_wordllama(), load_parser()
x = featurize(texts, emb, list(nlp.pipe(texts, batch_size=256)))
th, qh, ah = model.heads["type"], model.heads["quad"], model.heads["acled"]
pc = combine(th.proba(x), th.labels, qh.proba(x), qh.labels, model.quad_weight)
types = decide(pc, th.labels, model.threshold)
ap = ah.proba(x); acled = [ah.labels[int(k)] for k in ap.argmax(axis=1)]
s = np.sort(pc, axis=1); tmargin = s[:, -1] - s[:, -2]
s2 = np.sort(ap, axis=1); amargin = s2[:, -1] - s2[:, -2]
ftype = ft["type"] if isinstance(ft, dict) else [p["type"] for p in ft]
facled = ft["acled"] if isinstance(ft, dict) else [p["acled"] for p in ft]
for m in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.01):
    t2 = [f if tm < m else t for t, f, tm in zip(types, ftype, tmargin)]
    a2 = [f if am < m else a for a, f, am in zip(acled, facled, amargin)]
    h = M.headline(M.score(test, t2, a2))
    print(f"margin<{m:.2f}: type rows escalated {np.mean(tmargin < m):.2f}, acled rows {np.mean(amargin < m):.2f} ->",
          json.dumps({k: v for k, v in h.items()}))
