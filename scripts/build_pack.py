"""Build a hub pack (``.readiness-pack``) from a folder, checking it whole.

The folder holds ``pack-source.json`` (the manifest without its ``files`` list) and the files
the pack ships: branding JSON and logo, support directory CSV, questionnaire variants, welcome
text. The script lists every file with its SHA-256, zips them in a fixed order with fixed
dates (the same folder gives the same bytes), and checks the result as ``pack install`` would.
``readiness-app pack build`` does the same for hubs without this repository.

Usage (from the repository root)::

    .venv/bin/python scripts/build_pack.py examples/hub-pack/fellside \\
        -o examples/fellside-growth-hub.readiness-pack
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from readiness_app.core.errors import ReadinessError  # noqa: E402
from readiness_app.services.hub_pack import build_pack  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Build the pack; exit 1 listing every problem when it cannot be built."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with pack-source.json")
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help="the .readiness-pack file to write")
    args = parser.parse_args(argv)
    try:
        built = build_pack(args.folder, args.output)
    except ReadinessError as exc:
        print(f"build_pack: {exc}", file=sys.stderr)
        return 1
    print(f"{args.output}: {built.describe()}, SHA-256 {built.pack.sha256}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
