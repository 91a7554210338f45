#!/usr/bin/env bash
# macOS build: PyInstaller app bundle, codesign (hardened runtime), notarise, staple, DMG.
# NOT RUN YET: written for .github/workflows/build.yml (needs a Developer ID certificate and an
# Apple ID app-specific password; without them an unsigned DMG is made).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv build/venv
PY=build/venv/bin/python
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
READINESS_STAGE="$STAGE" READINESS_MACOS_BUNDLE=1 PYTHONPATH=. "$PY" -m PyInstaller \
  --noconfirm --clean --distpath dist packaging/readiness-app.spec
APP="dist/Technology Readiness.app"
if [[ -n "${MACOS_CERT_P12_BASE64:-}" ]]; then
  echo "$MACOS_CERT_P12_BASE64" | base64 --decode > cert.p12
  security create-keychain -p ci build.keychain
  security import cert.p12 -k build.keychain -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple: -s -k ci build.keychain
  security default-keychain -s build.keychain && security unlock-keychain -p ci build.keychain
  rm cert.p12
  codesign --deep --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
fi
hdiutil create -volname "Technology Readiness" -srcfolder "$APP" -ov -format UDZO \
  dist/readiness-app.dmg
if [[ -n "${APPLE_ID:-}" ]]; then
  xcrun notarytool submit dist/readiness-app.dmg --apple-id "$APPLE_ID" \
    --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple dist/readiness-app.dmg
fi
