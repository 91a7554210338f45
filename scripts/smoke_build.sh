#!/usr/bin/env bash
# Smoke-test a frozen build: --help, --version, report on an example, the GUI offscreen for a
# few seconds, and (for a hub build) the pack's branding on the PDF cover. Prints first-start
# times. Not part of the test command: run after scripts/build_linux.sh.
#
#   bash scripts/smoke_build.sh dist/readiness-app-0.1.0-linux-x86_64
#   bash scripts/smoke_build.sh dist/readiness-app-fellside-growth-hub-0.1.0-linux-x86_64 "Fellside Growth Hub"
set -euo pipefail
BUILD=$(realpath "$1")
BRAND=${2:-}
APP="$BUILD/readiness-app"
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export READINESS_DATA_DIR="$WORK/data" QT_QPA_PLATFORM=offscreen
unset READINESS_PACK || true

step() { printf '%-52s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }
fail() { echo "FAILED"; exit 1; }

step "--help"; "$APP" --help | grep -q "usage: readiness-app" && ok || fail
step "--version"; VERSION=$("$APP" --version); ok "$(echo "$VERSION" | tr '\n' ' ')"
if [[ -n "$BRAND" ]]; then echo "$VERSION" | grep -q "hub pack: $BRAND" || fail; fi

step "every command's --help (no module left out)"
commands=$("$APP" --help | sed -n 's/^    \([a-z][a-z-]*\) .*/\1/p' | sort -u)
for command in $commands; do
  [[ "$command" == gui ]] && continue
  "$APP" "$command" --help > /dev/null || { echo "FAILED: $command --help"; exit 1; }
done
ok "$(echo $commands | wc -w) commands"

step "a command needing what the build leaves out says so"
if "$APP" cohort --json > "$WORK/cohort.out" 2> "$WORK/cohort.err"; then
  ok "the build includes pandas"
else
  grep -q "need the Python library" "$WORK/cohort.err" && ! grep -q Traceback "$WORK/cohort.err" && ok || fail
fi

step "first start (validate, empty data folder)"
start=$(date +%s.%N)
"$APP" validate "$REPO/examples/wales-bakery-carmarthen.readiness" > /dev/null
ok "$(awk "BEGIN { print $(date +%s.%N) - $start }") s"

step "report on an example"
"$APP" report "$REPO/examples/england-joinery-leeds.readiness" -o "$WORK/plan.pdf" \
  --date 2026-06-01 > /dev/null
head -c 4 "$WORK/plan.pdf" | grep -q "%PDF" && ok "$(du -k "$WORK/plan.pdf" | cut -f1) KB" || fail

if [[ -n "$BRAND" ]]; then
  step "the pack's branding on the PDF cover"
  if command -v pdftotext > /dev/null; then
    pdftotext -l 1 "$WORK/plan.pdf" - | grep -q "$BRAND" && ok || fail
  else
    grep -aq "$BRAND" "$WORK/plan.pdf" && ok "pdftotext missing: raw check" || fail
  fi
fi

step "GUI offscreen for 5 seconds (first start, fresh data)"
rm -rf "$WORK/data"
start=$(date +%s.%N)
"$APP" --no-dialogs > "$WORK/gui.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  [[ -f "$WORK/data/library.sqlite3" ]] && break
  sleep 0.05
done
ready=$(awk "BEGIN { print $(date +%s.%N) - $start }")
sleep 5
if kill -0 "$pid" 2> /dev/null; then
  kill "$pid"; wait "$pid" 2> /dev/null || true
  ok "library open after $ready s; still running after 5 s"
else
  echo "FAILED: the GUI exited early"; cat "$WORK/gui.log"; exit 1
fi
echo "smoke test passed: $BUILD"
