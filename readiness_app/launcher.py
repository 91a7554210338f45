"""Entry point of `readiness-app`: no command opens the desktop app, anything else is the CLI.

The launcher sits above both front-ends so that the command line never imports Qt and
the GUI never imports the command line (see the import contracts in pyproject.toml).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the GUI when no command is given, otherwise the command line."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] == "gui":
        from readiness_app.ui.app import run_gui

        return run_gui(args[1:])
    from readiness_app.cli import main as cli_main

    return cli_main(args)
