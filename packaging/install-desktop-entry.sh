#!/usr/bin/env bash
# Add the app to the desktop menu for this user: run from the unpacked folder.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
ICONS="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor"
mkdir -p "$APPS" "$ICONS/256x256/apps" "$ICONS/scalable/apps"
cp "$HERE/readiness-app-256.png" "$ICONS/256x256/apps/readiness-app.png"
cp "$HERE/readiness-app.svg" "$ICONS/scalable/apps/readiness-app.svg"
sed "s#^Exec=readiness-app#Exec=\"$HERE/readiness-app\"#" "$HERE/readiness-app.desktop" \
  > "$APPS/readiness-app.desktop"
echo "Added Technology Readiness to the menu ($APPS/readiness-app.desktop)."
