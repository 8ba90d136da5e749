"""Train the ONE encoder the pipeline's cascade ships (round E31): configs (a) the training split and (b) (a) +
round-9 training rows, one seed each; the config and epoch with the best validation objective win (finetune.py's
`run_config`: epochs, quad weight and abstain threshold are picked on the validation split; the test split is only
scored). Writes to --out: the winner's weights as fp16 shards (coder-N.safetensors, each under 16 MiB),
results.json (configs, validation and test figures) and, as a check, the test rows' agreement of the ONNX export
(fp32 and int8) with PyTorch.

  python3 experiments/encoder_finetune/final.py --out DIR                       # on a GPU: ~2 min
  python3 experiments/encoder_finetune/final.py --out DIR --limit 300 --epochs 1 --device cpu   # a quick check

Then, on any machine with torch + onnxruntime: onnx_export.py --shards DIR --results DIR/results.json.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import finetune as FT  # noqa: E402
import metrics as M  # noqa: E402
from transformers import AutoTokenizer  # noqa: E402


def onnx_check(model: Any, test: list[dict[str, Any]], qw: float, thr: float) -> dict[str, Any]:
    """Export, quantise and score the test rows through onnxruntime (a check only: nothing of it comes back)."""
    import onnx_export as OX

    out: dict[str, Any] = {}
    texts = [r["text"] for r in test]
    with tempfile.TemporaryDirectory() as d:
        fp32, int8 = Path(d) / "m.onnx", Path(d) / "m8.onnx"
        OX.export_fp32(model, fp32)
        OX.quantise(fp32, int8)
        out["int8_mib"] = round(int8.stat().st_size / 2 ** 20, 2)
        preds = {}
        for name, p in (("fp32", fp32), ("int8", int8)):
            t0 = time.time()
            lt, la, lq = OX.ort_logits(p, HERE / "minilm" / "tokenizer.json", texts, threads=4)
            sm = [np.exp(x - x.max(1, keepdims=True)) for x in (lt, la, lq)]
            pt, pa, pq = (s / s.sum(1, keepdims=True) for s in sm)
            types, acled = FT.decode(pt, pa, pq, qw, thr)
            preds[name] = (types, acled)
            out[name] = {"s": round(time.time() - t0, 1),
                         "test": M.headline(M.score(test, types, acled))["all_but_round9"]}
        out["int8_vs_fp32_type_agree"] = float(np.mean([a == b for a, b in zip(preds["fp32"][0], preds["int8"][0])]))
        out["int8_vs_fp32_acled_agree"] = float(np.mean([a == b for a, b in zip(preds["fp32"][1], preds["int8"][1])]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--smooth", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--configs", default="a,b")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--cpu-amp", action="store_true")
    ap.add_argument("--no-onnx", action="store_true")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    dev = torch.device(a.device)
    torch.backends.cuda.matmul.allow_tf32 = True
    FT.log(f"torch {torch.__version__} device {dev} {torch.cuda.get_device_name(0) if dev.type == 'cuda' else ''}")
    data = [json.loads(x) for x in open(HERE / "data.jsonl")]
    r9 = [json.loads(x) for x in open(HERE / "round9.jsonl")]
    split = {s: [r for r in data if r["split"] == s] for s in ("train", "val", "test")}
    test = split["test"] + [r for r in r9 if r["split"] == "test"]
    r9_train = [r for r in r9 if r["split"] == "train"]
    if a.limit:
        rng = random.Random(0)
        split = {s: rng.sample(v, min(a.limit, len(v))) for s, v in split.items()}
        test = split["test"] + rng.sample([r for r in r9 if r["split"] == "test"], 10)
        r9_train = rng.sample(r9_train, min(a.limit // 2, len(r9_train)))
    configs = {"a": split["train"], "b": split["train"] + r9_train}
    tok = AutoTokenizer.from_pretrained(str(HERE / "minilm"))
    runs: dict[str, dict[str, Any]] = {}
    for name in a.configs.split(","):
        runs[name] = FT.run_config(name, configs[name], split["val"], test, a.seed, a, dev, tok)
    best = max(runs, key=lambda n: runs[n]["val_obj"])
    r = runs[best]
    model = r["_model"]
    FT.log(f"chosen on validation: config {best} (val {[(n, runs[n]['val_obj']) for n in runs]})")
    files = FT.save_shards(model, a.out, "coder")
    res: dict[str, Any] = {
        "config": best, "seed": a.seed, "best_epoch": r["best_epoch"], "val_obj": r["val_obj"],
        "quad_weight": r["quad_weight"], "threshold": r["threshold"], "headline_test": r["headline"],
        "headline_test_argmax": r["headline_argmax"],
        "configs": {n: {k: v for k, v in x.items() if k in ("best_epoch", "val_obj", "quad_weight", "threshold",
                                                             "history", "headline")} for n, x in runs.items()},
        "rows": {"train": len(configs[best]), "val": len(split["val"]), "test": len(test)},
        "args": {k: str(v) for k, v in vars(a).items() if k != "out"}, "torch": torch.__version__,
        "device": torch.cuda.get_device_name(0) if dev.type == "cuda" else "cpu", "weights": files,
        "test_texts_sha": __import__("hashlib").sha256("\n".join(x["text"] for x in test).encode()).hexdigest()}
    (a.out / "results.json").write_text(json.dumps(res, indent=1))
    FT.log("test (all but round9): " + json.dumps(r["headline"]["all_but_round9"]))
    if not a.no_onnx:
        try:
            res["onnx_check"] = onnx_check(model, test, r["quad_weight"], r["threshold"])
            FT.log("onnx check: " + json.dumps(res["onnx_check"]))
        except Exception as exc:  # noqa: BLE001 - the weights are saved; the export is redone on the CPU side
            FT.log(f"onnx check failed: {type(exc).__name__}: {exc}")
        (a.out / "results.json").write_text(json.dumps(res, indent=1))
    FT.log("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
