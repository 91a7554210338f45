"""Entry point of `readiness-app`: no command opens the desktop app, anything else is the CLI.

The launcher sits above both front-ends so that the command line never imports Qt and
the GUI never imports the command line (see the import contracts in pyproject.toml).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from readiness_app.core.arguments import first_command

_GUI_OPTIONS_WITH_VALUE = {"--data-dir"}
_CLI_ONLY = {"-h", "--help", "--version"}


def main(argv: list[str] | None = None) -> int:
    """Run the GUI when no command is given, otherwise the command line."""
    args = sys.argv[1:] if argv is None else argv
    command = first_command(args, _GUI_OPTIONS_WITH_VALUE)
    if command in (None, "gui") and not _CLI_ONLY & set(args[: _index(args, command)]):
        from readiness_app.ui.app import run_gui

        return run_gui([a for a in args if a != "gui"])
    from readiness_app.cli import main as cli_main

    return cli_main(args)


def _index(args: Sequence[str], command: str | None) -> int:
    return args.index(command) if command in args else len(args)
