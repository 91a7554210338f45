#!/usr/bin/env bash
# Set up (first run only) and launch the desktop app. Extra arguments go to readiness-app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh app
exec .venv/bin/readiness-app "$@"
