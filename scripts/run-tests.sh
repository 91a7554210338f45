#!/usr/bin/env bash
# Set up (first run only) and run the whole test suite: lint, types, import layers, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check .
echo "== mypy"
.venv/bin/mypy readiness_app
echo "== import contracts"
.venv/bin/lint-imports
echo "== pytest"
.venv/bin/pytest "$@"
