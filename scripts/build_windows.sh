#!/usr/bin/env bash
# Windows build (Git Bash on a Windows runner): PyInstaller one-folder, then an MSI made with
# the WiX Toolset v4 (dotnet tool). NOT RUN YET: written for .github/workflows/build.yml.
# Signing is a separate workflow step (signtool) when a certificate is configured.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m venv build/venv
PY=build/venv/Scripts/python.exe
"$PY" -m pip install --require-hashes --no-deps -r packaging/requirements.lock
"$PY" -m pip install --require-hashes --no-deps -r packaging/build-requirements.lock
REPO=$PWD
# the message catalogues, as build_linux.sh makes them: assets/locale/*/LC_MESSAGES/readiness.mo
# from the .po sources (gettext: core, PDF, CLI) and assets/locale/ui/*.qm from the .ts sources
# (Qt: the app)
PYTHONPATH="$REPO" "$PY" scripts/build_catalogues.py
PYTHONPATH="$REPO" "$PY" scripts/build_ui_translations.py
STAGE=$(mktemp -d)
mkdir -p "$STAGE/cache/questionnaires"
PYTHONPATH=. "$PY" -c "import sys; from pathlib import Path; from readiness_app.services.catalogue import FolderCache, load_catalogue; load_catalogue(cache=FolderCache(Path(sys.argv[1])))" "$STAGE/cache/questionnaires"
# On Windows the Qt cuts differ (no xcb/wayland); the spec's CUTS match by path fragments and
# skip what is absent. The .ico icon is used by the EXE.
READINESS_STAGE="$STAGE" PYTHONPATH=. "$PY" -m PyInstaller --noconfirm --clean \
  --distpath dist packaging/readiness-app.spec
cp LICENSE THIRD-PARTY-NOTICES.md dist/readiness-app/
dotnet tool install --global wix --version 4.0.5
wix build packaging/windows/readiness-app.wxs -d SourceDir=dist/readiness-app \
  -o "dist/readiness-app-$("$PY" -c 'import readiness_app; print(readiness_app.__version__)').msi"
