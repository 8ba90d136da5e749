#!/usr/bin/env bash
# Install everything the tests need (packages, Chromium) and run the whole suite:
# type check, unit + end-to-end + browser tests, the extract contract, and the quality gate
# (gate tests run when ../shared/data/dev exists and skip otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
bash scripts/install_browser.sh
.venv/bin/python -m mypy
.venv/bin/python -m pytest -q "$@"
if [ -f ../shared/tools/check_contract.py ]; then
  .venv/bin/python ../shared/tools/check_contract.py .venv/bin/newsevents
fi
