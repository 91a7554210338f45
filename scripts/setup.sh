#!/usr/bin/env bash
# Set up everything this project needs on a Debian or Ubuntu machine that has only Python:
# the system libraries Qt needs, a virtual environment in .venv, and the Python packages.
# Usage: scripts/setup.sh [app|test]   ("test" adds the test and lint tools)
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-app}"
python="${PYTHON:-python3}"

# --- Debian packages: Qt's runtime libraries, a font, and venv support when missing.
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
          libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
          libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
          fonts-dejavu-core)
if [ "$kind" = "test" ]; then
  packages+=(poppler-utils)  # pdftotext and pdfinfo check the PDF action plan
fi
if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
missing=()
for package in "${packages[@]}"; do
  status="$(dpkg-query -W -f='${Status}\n' "$package" "${package}t64" 2>/dev/null || true)"
  if ! grep -q "install ok installed" <<< "$status"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "These system packages are needed: ${missing[*]}" >&2
    echo "Install them as root (apt-get install ${missing[*]}) and run this again." >&2
    exit 1
  fi
  echo "Installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  resolved=()
  for package in "${missing[@]}"; do
    # Ubuntu 24.04 renamed some libraries with a t64 suffix.
    if apt-cache show "$package" >/dev/null 2>&1; then
      resolved+=("$package")
    elif apt-cache show "${package}t64" >/dev/null 2>&1; then
      resolved+=("${package}t64")
    else
      echo "warning: no package $package on this system; skipping it" >&2
    fi
  done
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${resolved[@]}" >/dev/null
fi

# --- Python: a virtual environment with the project installed (re-done when pyproject changes).
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
extra=""
[ "$kind" = "test" ] && extra="[test]"
stamp=".venv/.installed-${kind}"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".${extra}"
  echo "$wanted" > "$stamp"
fi
