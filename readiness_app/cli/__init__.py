"""The `readiness-app` command line: batch and headless use.

Each command lives in its own module with ``register(subparsers)``; add new ones to
``_COMMANDS``. Exit codes: 0 success, 1 a file or input could not be used, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path

from readiness_app import __version__
from readiness_app.cli._common import echo
from readiness_app.core.errors import ReadinessError

_COMMANDS = ("validate", "score", "plan", "support", "report", "library", "cohort",
             "pooling")

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="readiness-app",
        description=(
            "Technology readiness self-assessment for small and medium-sized firms. "
            "Run with no command to open the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", default=None,
        help="keep the library in this folder instead of the user data folder "
             "(also READINESS_DATA_DIR)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.add_parser("gui", help="open the desktop app (the default with no command)")
    for name in _COMMANDS:
        import_module(f"readiness_app.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse exits on --help (0) and on bad usage (2)
        return int(exc.code or 0)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except ReadinessError as exc:
        echo(f"readiness-app: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
