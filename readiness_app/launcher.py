"""Entry point of `readiness-app`: no command opens the desktop app, anything else is the CLI.

The launcher sits above both front-ends so that the command line never imports Qt and
the GUI never imports the command line (see the import contracts in pyproject.toml).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

_GUI_OPTIONS_WITH_VALUE = {"--data-dir"}
_CLI_ONLY = {"-h", "--help", "--version"}


def main(argv: list[str] | None = None) -> int:
    """Run the GUI when no command is given, otherwise the command line."""
    args = sys.argv[1:] if argv is None else argv
    command = _first_command(args)
    if command in (None, "gui") and not _CLI_ONLY & set(args[: _index(args, command)]):
        from readiness_app.ui.app import run_gui

        return run_gui([a for a in args if a != "gui"])
    from readiness_app.cli import main as cli_main

    return cli_main(args)


def _first_command(args: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _GUI_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _index(args: Sequence[str], command: str | None) -> int:
    return args.index(command) if command in args else len(args)
