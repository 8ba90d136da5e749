#!/usr/bin/env bash
# Install, then code the bundled sample articles into newsevents.db and print a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/newsevents code src/newsevents/samples/articles --db newsevents.db
