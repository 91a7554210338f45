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

from readiness_app.cli._common import echo
from readiness_app.core.errors import ReadinessError

_COMMANDS = ("validate", "score", "plan", "support", "report", "library", "cohort",
             "pooling", "pack", "adviser")

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
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", default=None,
        help="keep the library in this folder instead of the user data folder "
             "(also READINESS_DATA_DIR)",
    )
    parser.add_argument(
        "--pack", type=Path, metavar="FILE", default=None,
        help="use this growth hub's pack (.readiness-pack file or pack folder) for branding, "
             "local support and questionnaires (also READINESS_PACK; default: the installed "
             "pack, or one next to the app)",
    )
    parser.add_argument("--version", action=_Version, help="show the app's version and the "
                        "hub pack in use, then exit")
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
    from readiness_app.cli._common import use_pack_options

    use_pack_options(args.pack, args.data_dir)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except ReadinessError as exc:
        echo(f"readiness-app: {exc}", file=sys.stderr)
        return 1
    except ImportError as exc:
        from readiness_app.core.errors import missing_feature

        missing = missing_feature(exc)
        if missing is None:
            raise
        echo(f"readiness-app: {missing}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0


class _Version(argparse.Action):
    """``--version``: the app's version, and the hub pack in use with its version."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from readiness_app.services.hub_pack import active_pack, version_text

        try:
            text = version_text(active_pack(getattr(namespace, "data_dir", None),
                                            getattr(namespace, "pack", None)))
        except ReadinessError as exc:
            text = f"{version_text(None)}\nhub pack: cannot be used: {exc}"
        sys.stdout.write(text + "\n")
        parser.exit(0)
