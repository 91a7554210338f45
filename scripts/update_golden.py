"""Write the golden files: the score and the plan of every example assessment, as JSON.

For each ``examples/NAME.readiness`` this writes exactly what the command line prints:

    tests/data/golden/NAME.score.json   <- readiness-app score examples/NAME.readiness --json
    tests/data/golden/NAME.plan.json    <- readiness-app plan examples/NAME.readiness --json

tests/questionnaires/test_golden.py compares them exactly, so any change to scoring, the plan,
the shipped questionnaires or the examples shows up. When such a change is intended, run this
script and read the diff (``git diff tests/data/golden``) before committing it.

Usage (from the repository root)::

    .venv/bin/python scripts/update_golden.py          # rewrite tests/data/golden/*.json
    .venv/bin/python scripts/update_golden.py --check  # exit 1 if any file is out of date
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from readiness_app.cli import main as cli_main  # noqa: E402

EXAMPLES_DIR = REPO / "examples"
GOLDEN_DIR = REPO / "tests" / "data" / "golden"
COMMANDS = ("score", "plan")


def examples() -> list[Path]:
    """The example assessment files, in name order."""
    return sorted(EXAMPLES_DIR.glob("*.readiness"))


def golden_name(example: Path, command: str) -> str:
    """``NAME.score.json`` or ``NAME.plan.json``."""
    return f"{example.stem}.{command}.json"


def cli_json(command: str, example: Path) -> str:
    """What ``readiness-app COMMAND FILE --json`` prints (run in this process)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main([command, str(example), "--json"])
    if code != 0:
        raise RuntimeError(f"readiness-app {command} {example.name} --json failed ({code}): "
                           f"{err.getvalue().strip()}")
    return out.getvalue()


def render_all() -> dict[str, str]:
    """Every golden file's name and its expected text."""
    return {golden_name(example, command): cli_json(command, example)
            for example in examples() for command in COMMANDS}


def main(argv: Sequence[str] | None = None) -> int:
    """Write (or with --check, compare) the golden files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a golden file is missing or differs")
    args = parser.parse_args(argv)
    expected = render_all()
    stale = sorted(p.name for p in GOLDEN_DIR.glob("*.json") if p.name not in expected)
    changed = [name for name, text in expected.items()
               if not (GOLDEN_DIR / name).is_file()
               or (GOLDEN_DIR / name).read_text(encoding="utf-8") != text]
    if args.check:
        for name in changed:
            print(f"out of date: tests/data/golden/{name}")
        for name in stale:
            print(f"no example for: tests/data/golden/{name}")
        return 1 if changed or stale else 0
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name in changed:
        (GOLDEN_DIR / name).write_text(expected[name], encoding="utf-8", newline="\n")
        print(f"wrote tests/data/golden/{name}")
    for name in stale:
        (GOLDEN_DIR / name).unlink()
        print(f"removed tests/data/golden/{name} (its example is gone)")
    if not changed and not stale:
        print("golden files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
