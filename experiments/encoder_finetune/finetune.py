"""Fine-tune all-MiniLM-L6-v2 (mean pooling, one shared encoder) with three heads: PLOVER type (incl. NONE),
ACLED sub-type (incl. NONE) and quad class; score on the project's held-out test split with the metric
definitions of metrics.py (the same as the CPU baseline). Configs: (a) the project's training split, (b) (a) +
round9 rows. Epochs picked on the validation split; seeds fixed.

  python3 experiments/encoder_finetune/finetune.py --out DIR [--limit N --epochs E --seeds 1 --device cpu]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import load_file, save_file
from transformers import AutoTokenizer, BertConfig, BertModel

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import metrics as M  # noqa: E402

T0 = time.time()


def log(msg: str) -> None:
    print(f"[{time.time() - T0:7.1f}s] {msg}", flush=True)


class Coder(nn.Module):
    def __init__(self, enc: BertModel) -> None:
        super().__init__()
        self.enc = enc
        h = enc.config.hidden_size
        self.drop = nn.Dropout(0.1)
        self.type_head = nn.Linear(h, len(M.TYPE_LABELS))
        self.acled_head = nn.Linear(h, len(M.ACLED_LABELS))
        self.quad_head = nn.Linear(h, len(M.QUAD_LABELS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
        hs = self.enc(input_ids=ids, attention_mask=mask).last_hidden_state
        m = mask.unsqueeze(-1).to(hs.dtype)
        pooled = (hs * m).sum(1) / m.sum(1).clamp(min=1e-9)  # mean pooling, as all-MiniLM-L6-v2
        z = self.drop(pooled)
        return self.type_head(z), self.acled_head(z), self.quad_head(z)


def load_encoder(d: Path) -> BertModel:
    enc = BertModel(BertConfig.from_pretrained(str(d)), add_pooling_layer=False)
    sd = {k: v.float() for k, v in load_file(str(d / "model.safetensors")).items()}
    sd = {k[len("bert."):] if k.startswith("bert.") else k: v for k, v in sd.items()}
    missing, unexpected = enc.load_state_dict(sd, strict=False)
    missing = [k for k in missing if "position_ids" not in k]
    if missing:
        raise RuntimeError(f"missing encoder weights: {missing[:5]}")
    return enc


def targets(rows: list[dict[str, Any]]) -> tuple[torch.Tensor, ...]:
    ti = [M.TYPE_LABELS.index(r["event"]) if r["event"] is not None else -100 for r in rows]
    ai = [M.ACLED_LABELS.index(r["acled"]) if r["acled"] is not None else -100 for r in rows]
    qi = [int(r["quad"]) if r["quad"] is not None else -100 for r in rows]
    w = [float(r["weight"]) for r in rows]
    return torch.tensor(ti), torch.tensor(ai), torch.tensor(qi), torch.tensor(w)


def encode(tok: Any, texts: list[str], maxlen: int) -> tuple[torch.Tensor, torch.Tensor]:
    b = tok(texts, padding=True, truncation=True, max_length=maxlen, return_tensors="pt")
    return b["input_ids"], b["attention_mask"]


@torch.no_grad()
def predict(model: Coder, tok: Any, texts: list[str], dev: torch.device, amp: bool,
            bs: int = 256) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    model.eval()
    out: list[list[np.ndarray]] = [[], [], []]
    for i in range(0, len(texts), bs):
        ids, mask = encode(tok, texts[i:i + bs], 128)
        with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=amp):
            logits = model(ids.to(dev), mask.to(dev))
        for k, lg in enumerate(logits):
            out[k].append(F.softmax(lg.float(), -1).cpu().numpy())
    return tuple(np.concatenate(o) for o in out)  # type: ignore[return-value]


def decode(pt: np.ndarray, pa: np.ndarray, pq: np.ndarray, qw: float, thr: float) -> tuple[list[str], list[str]]:
    types = M.decide(M.combine(pt, M.TYPE_LABELS, pq, M.QUAD_LABELS, qw), M.TYPE_LABELS, thr)
    return types, [M.ACLED_LABELS[int(k)] for k in pa.argmax(1)]


def val_objective(rows: list[dict[str, Any]], types: list[str], acled: list[str]) -> float:
    sc = M.score(rows, types, acled)["all_but_round9"]
    return (sc.get("type_acc", 0.0) + sc.get("quad_acc", 0.0) + sc.get("acled_wf1_all", 0.0)) / 3


def run_config(name: str, train: list[dict[str, Any]], val: list[dict[str, Any]], test: list[dict[str, Any]],
               seed: int, a: argparse.Namespace, dev: torch.device, tok: Any) -> dict[str, Any]:
    random.seed(seed); np.random.seed(seed); torch.manual_seed(seed)
    model = Coder(load_encoder(HERE / "minilm")).to(dev)
    tt, ta, tq, tw = targets(train)
    ids_all = [train[i]["text"] for i in range(len(train))]
    head_params = [p for n, p in model.named_parameters() if not n.startswith("enc.")]
    opt = torch.optim.AdamW([{"params": model.enc.parameters(), "lr": a.lr},
                             {"params": head_params, "lr": a.head_lr}], weight_decay=0.01)
    steps = a.epochs * math.ceil(len(train) / a.bs)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, int(0.06 * steps))) * max(0.0, 1 - s / steps))
    amp = dev.type == "cuda" or a.cpu_amp
    g = torch.Generator().manual_seed(seed)
    best: dict[str, Any] = {"obj": -1.0}
    history = []
    for ep in range(a.epochs):
        model.train()
        perm = torch.randperm(len(train), generator=g).tolist()
        tot = 0.0
        for i in range(0, len(perm), a.bs):
            b = perm[i:i + a.bs]
            ids, mask = encode(tok, [ids_all[j] for j in b], 128)
            with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=amp):
                lt, la, lq = model(ids.to(dev), mask.to(dev))
            yt, ya, yq, w = tt[b].to(dev), ta[b].to(dev), tq[b].to(dev), tw[b].to(dev)
            loss = torch.zeros((), device=dev)
            kt = yt >= 0
            if kt.any():  # type loss weighted per row (weak CAMEO-derived types count 0.3, as in train.py)
                ce = F.cross_entropy(lt.float()[kt], yt[kt], reduction="none", label_smoothing=a.smooth)
                loss = loss + (ce * w[kt]).sum() / w[kt].sum()
            ka = ya >= 0
            if ka.any():
                loss = loss + F.cross_entropy(la.float()[ka], ya[ka], label_smoothing=a.smooth)
            kq = yq >= 0
            if kq.any():
                loss = loss + F.cross_entropy(lq.float()[kq], yq[kq], label_smoothing=a.smooth)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); sched.step()
            tot += float(loss.detach()) * len(b)
        pv = predict(model, tok, [r["text"] for r in val], dev, amp)
        obj = val_objective(val, *decode(*pv, 0.0, 0.1))
        history.append({"epoch": ep + 1, "loss": round(tot / len(train), 4), "val_obj": round(obj, 4)})
        log(f"{name} seed {seed} epoch {ep + 1}: loss {tot / len(train):.4f} val {obj:.4f}")
        if obj > best["obj"]:
            best = {"obj": obj, "epoch": ep + 1,
                    "state": {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}}
    model.load_state_dict(best["state"])
    pv = predict(model, tok, [r["text"] for r in val], dev, amp)
    qw, thr = M.tune(val, pv[0], M.TYPE_LABELS, pv[2], M.QUAD_LABELS)
    pt = predict(model, tok, [r["text"] for r in test], dev, amp)
    types, acled = decode(*pt, qw, thr)
    sc = M.score(test, types, acled)
    types0, acled0 = decode(*pt, 0.0, 0.0)  # plain argmax, no quad combination or abstain threshold
    log(f"{name} seed {seed}: best epoch {best['epoch']} qw {qw} thr {thr} -> {json.dumps(M.headline(sc)['all_but_round9'])}")
    return {"config": name, "seed": seed, "best_epoch": best["epoch"], "val_obj": round(best["obj"], 4),
            "quad_weight": qw, "threshold": thr, "history": history, "scores": sc,
            "headline": M.headline(sc), "headline_argmax": M.headline(M.score(test, types0, acled0)),
            "preds": [{"type": t, "acled": c} for t, c in zip(types, acled)], "_model": model}


def save_shards(model: Coder, out: Path, prefix: str, max_bytes: int = 14 * 2 ** 20) -> list[str]:
    """fp16 weights in shards under the 16 MB per-file limit of what comes back."""
    sd: dict[str, torch.Tensor] = {}
    for k, v in model.state_dict().items():
        v = v.detach().to("cpu", torch.float16 if v.is_floating_point() else v.dtype).contiguous()
        if v.numel() * 2 > max_bytes:  # the word embeddings: row blocks, joined again by join_shards
            rows = max(1, max_bytes // (2 * v[0].numel()) // 2)
            for j, part in enumerate(torch.split(v, rows)):
                sd[f"{k}#{j:03d}"] = part.contiguous()
        else:
            sd[k] = v
    shards: list[dict[str, torch.Tensor]] = [{}]
    size = 0
    for k, v in sd.items():
        nb = v.numel() * 2
        if size + nb > max_bytes and shards[-1]:
            shards.append({}); size = 0
        shards[-1][k] = v; size += nb
    names = []
    for i, s in enumerate(shards):
        nm = f"{prefix}-{i}.safetensors"
        save_file(s, str(out / nm)); names.append(nm)
    return names


def join_shards(paths: list[Path]) -> dict[str, torch.Tensor]:
    """The state dict saved by save_shards, as float32."""
    parts: dict[str, torch.Tensor] = {}
    for p in sorted(paths):
        parts.update(load_file(str(p)))
    out: dict[str, torch.Tensor] = {}
    for k in sorted(parts):
        base = k.split("#")[0]
        if "#" in k:
            continue
        out[base] = parts[k].float() if parts[k].is_floating_point() else parts[k]
    for base in sorted({k.split("#")[0] for k in parts if "#" in k}):
        out[base] = torch.cat([parts[k] for k in sorted(parts) if k.split("#")[0] == base]).float()
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=0, help="rows per split, for a quick CPU check")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--bs", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--smooth", type=float, default=0.0)
    ap.add_argument("--budget-s", type=float, default=240.0, help="start no new run after this many seconds")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--cpu-amp", action="store_true")
    ap.add_argument("--save", default="a", help="config whose seed-0 model is saved as fp16 shards ('' = none)")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    dev = torch.device(a.device)
    log(f"torch {torch.__version__} device {dev} {torch.cuda.get_device_name(0) if dev.type == 'cuda' else ''}")
    torch.backends.cuda.matmul.allow_tf32 = True
    data = [json.loads(x) for x in open(HERE / "data.jsonl")]
    r9 = [json.loads(x) for x in open(HERE / "round9.jsonl")]
    split = {s: [r for r in data if r["split"] == s] for s in ("train", "val", "test")}
    test = split["test"] + [r for r in r9 if r["split"] == "test"]  # round9 test rows: an extra group only
    r9_train = [r for r in r9 if r["split"] == "train"]  # contrast file wholly here, others by hash
    if a.limit:
        rng = random.Random(0)
        split = {s: rng.sample(v, min(a.limit, len(v))) for s, v in split.items()}
        test = split["test"] + rng.sample([r for r in r9 if r["split"] == "test"], 10)
        r9_train = rng.sample(r9_train, min(a.limit // 2, len(r9_train)))
    configs = {"a": split["train"], "b": split["train"] + r9_train}
    log(f"rows: train a {len(configs['a'])}, train b {len(configs['b'])}, val {len(split['val'])}, test {len(test)}")
    tok = AutoTokenizer.from_pretrained(str(HERE / "minilm"))
    runs: list[dict[str, Any]] = []
    files: list[str] = []
    for seed in range(a.seeds):
        for name, train in configs.items():
            if runs and time.time() - T0 > a.budget_s:
                log(f"budget reached: skipping {name} seed {seed}")
                continue
            r = run_config(name, train, split["val"], test, 13 + seed, a, dev, tok)
            model = r.pop("_model")
            if name == a.save and seed == 0:
                files = save_shards(model, a.out, f"coder_{name}")
                # GPU inference throughput, for reference (batch 32 and 256)
                texts = [x["text"] for x in test]
                amp = dev.type == "cuda" or a.cpu_amp
                for bs in (32, 256):
                    predict(model, tok, texts[:bs], dev, amp, bs)
                    if dev.type == "cuda":
                        torch.cuda.synchronize()
                    t1 = time.time(); predict(model, tok, texts, dev, amp, bs)
                    if dev.type == "cuda":
                        torch.cuda.synchronize()
                    r[f"infer_ms_per_sentence_bs{bs}"] = round(1000 * (time.time() - t1) / len(texts), 4)
            runs.append(r)
            del model
            if dev.type == "cuda":
                torch.cuda.empty_cache()
    summary: dict[str, Any] = {}
    for name in configs:
        rs = [r for r in runs if r["config"] == name]
        if not rs:
            continue
        keys = ("type_acc", "quad_acc", "acled_wf1_all", "acled_wf1_conflict")
        summary[name] = {g: {k: {"mean": round(float(np.mean([r["headline"][g][k] for r in rs])), 4),
                                 "min": min(r["headline"][g][k] for r in rs),
                                 "max": max(r["headline"][g][k] for r in rs)}
                             for k in keys if k in rs[0]["headline"][g]} for g in rs[0]["headline"]}
    res = {"argv": sys.argv, "args": {k: str(v) for k, v in vars(a).items()}, "torch": torch.__version__,
           "device": torch.cuda.get_device_name(0) if dev.type == "cuda" else "cpu",
           "test_texts": [r["text"] for r in test], "summary": summary, "runs": runs, "weights": files,
           "wall_s": round(time.time() - T0, 1)}
    (a.out / "results.json").write_text(json.dumps(res, indent=1))
    log("summary " + json.dumps({n: {g: {k: v["mean"] for k, v in s.items()} for g, s in sm.items()}
                                 for n, sm in summary.items()}))
    log("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
