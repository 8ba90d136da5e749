"""The shipped classifier alone (train.py's held-out scoring path: features, heads, `combine` + `decide`) on the
exported test rows, with the metric definitions of metrics.py; writes baseline.json and baseline_preds.json here.

  .venv/bin/python experiments/encoder_finetune/baseline.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from newsevents.coding.features import featurize, load_wordllama
from newsevents.coding.model import combine, decide, load_model
from newsevents.coding.train import load_parser

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import metrics as M  # noqa: E402


def main() -> None:
    rows = [json.loads(x) for f in ("data.jsonl", "round9.jsonl") for x in open(HERE / f)]
    test = [r for r in rows if r["split"] == "test"]
    texts = [r["text"] for r in test]
    model, emb, nlp = load_model(), load_wordllama(), load_parser()
    x = featurize(texts, emb, list(nlp.pipe(texts, batch_size=256)))
    th, qh, ah = model.heads["type"], model.heads["quad"], model.heads["acled"]
    types = decide(combine(th.proba(x), th.labels, qh.proba(x), qh.labels, model.quad_weight), th.labels,
                   model.threshold)
    acled = [ah.labels[int(k)] for k in ah.proba(x).argmax(axis=1)]
    scores = M.score(test, types, acled)
    (HERE / "baseline.json").write_text(json.dumps({"scores": scores, "headline": M.headline(scores)}, indent=1))
    (HERE / "baseline_preds.json").write_text(json.dumps(
        [{"text": t, "type": a, "acled": b} for t, a, b in zip(texts, types, acled)]))
    print(json.dumps(M.headline(scores), indent=1))


if __name__ == "__main__":
    main()
