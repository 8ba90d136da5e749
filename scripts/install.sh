#!/usr/bin/env bash
# Install newsevents and its pinned dependencies into .venv/ (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
# constraints.txt pins every transitive dependency; pyproject pins the direct ones.
.venv/bin/python -m pip install --quiet -c constraints.txt -e ".[test]"
