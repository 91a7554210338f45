#!/usr/bin/env bash
# Build the Linux app a firm can run without Python: a PyInstaller one-folder build, its
# tar.gz, and (with --pack FILE) a hub's variant with the pack baked in next to the executable.
#
#   bash scripts/build_linux.sh                       # dist/readiness-app-<version>-linux-x86_64
#   bash scripts/build_linux.sh --pack examples/fellside-growth-hub.readiness-pack
#   PYTHON=/path/to/venv/bin/python bash scripts/build_linux.sh   # reuse a venv (no install)
#
# Without PYTHON the script makes build/venv and installs exactly the locked versions with
# their hashes (packaging/requirements.lock for the app, packaging/build-requirements.lock for
# PyInstaller; both made by pip-compile --generate-hashes). The questionnaire cache is built
# here, so the installed app's first start parses no YAML. What each size cut saves is written
# to dist/size-report.json. Smoke-test the result with scripts/smoke_build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PACK=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pack) PACK=$(realpath "$2"); shift 2 ;;
    *) echo "usage: build_linux.sh [--pack FILE.readiness-pack]" >&2; exit 2 ;;
  esac
done

if [[ -z "${PYTHON:-}" ]]; then
  python3 -m venv build/venv
  PYTHON=build/venv/bin/python
  "$PYTHON" -m pip install --quiet --require-hashes --no-deps -r packaging/requirements.lock
  "$PYTHON" -m pip install --quiet --require-hashes --no-deps -r packaging/build-requirements.lock
fi
VERSION=$("$PYTHON" -c "import sys; sys.path.insert(0, '.'); import readiness_app; print(readiness_app.__version__)")
NAME="readiness-app-${VERSION}-linux-$(uname -m)"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

# 0. the message catalogues: assets/locale/*/LC_MESSAGES/readiness.mo from the .po sources
#    (gettext: core, PDF, CLI) and assets/locale/ui/*.qm from the .ts sources (Qt: the app)
PYTHONPATH="$REPO" "$PYTHON" scripts/build_catalogues.py
PYTHONPATH="$REPO" "$PYTHON" scripts/build_ui_translations.py

# 1. the questionnaire cache, made by the same code the app runs
mkdir -p "$STAGE/cache/questionnaires"
PYTHONPATH="$REPO" "$PYTHON" - "$STAGE/cache/questionnaires" <<'PY'
import sys
from pathlib import Path
from readiness_app.services.catalogue import FolderCache, load_catalogue
loaded = load_catalogue(cache=FolderCache(Path(sys.argv[1])))
assert not loaded.errors, loaded.errors
print(f"cached {len(loaded.questionnaires)} questionnaires")
PY

# 2. the frozen app
rm -rf build/pyinstaller "dist/$NAME"
READINESS_STAGE="$STAGE" READINESS_SIZE_REPORT="$REPO/dist/size-report.json" \
  PYTHONPATH="$REPO" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath "dist/$NAME.tmp" packaging/readiness-app.spec
mkdir -p dist
mv "dist/$NAME.tmp/readiness-app" "dist/$NAME"
rmdir "dist/$NAME.tmp"

# 3. what a firm gets beside the executable: icon, .desktop file, licences
OUT="dist/$NAME"
cp LICENSE THIRD-PARTY-NOTICES.md "$OUT/"
cp assets/icons/readiness-app.svg assets/icons/readiness-app-256.png "$OUT/"
cp packaging/readiness-app.desktop "$OUT/"
cp packaging/install-desktop-entry.sh "$OUT/"
mkdir -p "$OUT/licenses"
for dist_info in $("$PYTHON" -c "import site; print(' '.join(site.getsitepackages()))"); do
  find "$dist_info" -maxdepth 4 -type f -path '*.dist-info/*' \( -iname 'LICENSE*' -o -iname 'COPYING*' \
    -o -iname 'NOTICE*' \) 2>/dev/null | while read -r f; do
      pkg=$(basename "$(dirname "$f")" | sed 's/\.dist-info$//')
      case "$pkg" in pyinstaller*|altgraph*|pip*|setuptools*|wheel*) continue ;; esac
      cp "$f" "$OUT/licenses/${pkg}-$(basename "$f")"
  done
done
cp assets/fonts/LICENSE-DejaVu.txt "$OUT/licenses/"

if [[ -n "$PACK" ]]; then
  PACK_ID=$(PYTHONPATH="$REPO" "$PYTHON" -c "import sys; from pathlib import Path; from readiness_app import __version__; from readiness_app.core.hub_pack import read_pack; print(read_pack(Path(sys.argv[1]), __version__).id)" "$PACK")
  HUB="dist/${NAME/readiness-app/readiness-app-$PACK_ID}"
  rm -rf "$HUB"
  cp -a "$OUT" "$HUB"
  cp "$PACK" "$HUB/"
  OUT="$HUB"
fi

for folder in "dist/$NAME" ${HUB:+"$HUB"}; do
  tar -C dist -czf "$folder.tar.gz" "$(basename "$folder")"
  echo "$folder: $(du -sm "$folder" | cut -f1) MB unpacked, $(du -m "$folder.tar.gz" | cut -f1) MB as tar.gz"
done
