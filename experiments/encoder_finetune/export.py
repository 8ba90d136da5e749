"""Export the classifier's examples with the project's own loaders (same dedup, weak labels and hash split as
`newsevents train`) to JSONL beside this file, plus the staged round-9 sentences (the scene-generated contrast file
goes to the training split only, as training_staged/round9/README.md says).

  python experiments/encoder_finetune/export.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from newsevents.coding.train import gather, load_project, split_of
from newsevents.taxonomy import PLOVER_TYPES, acled_subtypes, quad_code

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    rows = gather(args.shared, ROOT / "src/newsevents/data/training")
    seen = {" ".join(e.text.lower().split()) for e in rows}
    with (HERE / "data.jsonl").open("w") as f:
        for e in rows:
            f.write(json.dumps({**asdict(e), "split": split_of(e.text)}) + "\n")
    n = 0
    with (HERE / "round9.jsonl").open("w") as f:
        for e in load_project(ROOT / "training_staged/round9"):
            key = " ".join(e.text.lower().split())
            if key in seen:
                continue
            seen.add(key)
            split = "train" if e.source.endswith("round9_acled_contrast") else split_of(e.text)
            f.write(json.dumps({**asdict(e), "split": split}) + "\n")
            n += 1
    (HERE / "taxonomy.json").write_text(json.dumps(
        {"quad": {t: quad_code(t) for t in PLOVER_TYPES}, "acled": sorted(acled_subtypes())}, indent=1))
    print(f"{len(rows)} examples, {n} round-9 examples")


if __name__ == "__main__":
    main()
