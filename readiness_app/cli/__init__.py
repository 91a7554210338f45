"""The `readiness-app` command line: batch and headless use.

Each command lives in its own module with ``register(subparsers)``; add new ones to
``_COMMANDS`` and their names and help lines to ``_COMMAND_HELP``. Only the module of the
command being run is imported and registered; ``--help`` imports none and lists every
command from ``_COMMAND_HELP``, which tests/cli/test_cli.py checks against the modules' own
``register``.
Exit codes: 0 success, 1 a file or input could not be used (or a bug: one line, the traceback in
the data folder's ``logs/cli-errors.log``), 2 wrong usage, 130 stopped with Ctrl+C.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import Any, cast

from readiness_app.cli._common import echo
from readiness_app.core.arguments import first_command

_COMMANDS = ("validate", "score", "plan", "support", "report", "library", "cohort",
             "pooling", "pack", "adviser")

# command -> (the module that registers it, its help line), in the order --help lists them
_COMMAND_HELP: dict[str, tuple[str, str]] = {
    "validate": ("validate", "check questionnaire, assessment, hub pack, branding and "
                 "directory files"),
    "score": ("score", "show the readiness score of an assessment file, with the answers "
              "behind it"),
    "plan": ("plan", "show the ranked action plan of an assessment file"),
    "support": ("support", "show the local authority for a postcode and the support "
                "organisations there"),
    "report": ("report", "make the PDF action plan of one or more assessment files"),
    "list": ("library", "list the assessments in the library"),
    "import": ("library", "import .readiness assessment files into the library"),
    "export": ("library", "write assessments from the library to .readiness files"),
    "trash": ("library", "move assessments to the trash, or show what is in it"),
    "restore": ("library", "take assessments out of the trash"),
    "recover": ("library", "copy what can be read from a damaged library into a new one"),
    "cohort": ("cohort", "aggregate the library for a funder or hub: XLSX, CSV, Parquet or "
               "JSON"),
    "share-anonymised": ("pooling", "write what firms agree to share with a hub (no names)"),
    "pool": ("pooling", "merge anonymised share files into a hub report (XLSX)"),
    "pack": ("pack", "install, list, remove or build growth hub packs"),
    "compare": ("adviser", "compare two visits of a firm (progress since the last check)"),
    "action": ("adviser", "mark where one action of an assessment's plan stands"),
}
_OPTIONS_WITH_VALUE = ("--data-dir", "--pack")

Handler = Callable[[argparse.Namespace], int]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: with ``argv``, only the module of the command it names is
    imported and registered (the others are listed with their help line); without, all."""
    parser = _Parser(
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
    if argv is None:
        for name in _COMMANDS:
            import_module(f"readiness_app.cli.{name}").register(subparsers)
        return parser
    wanted = _COMMAND_HELP.get(first_command(argv, _OPTIONS_WITH_VALUE) or "", ("", ""))[0]
    for command, (module, help_text) in _COMMAND_HELP.items():
        if module != wanted:
            if not wanted:  # --help, or a mistyped command's message, lists them all
                subparsers.add_parser(command, help=help_text, add_help=False)
        elif command == next(c for c, (m, _) in _COMMAND_HELP.items() if m == module):
            import_module(f"readiness_app.cli.{module}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse exits on --help (0) and on bad usage (2)
        return int(exc.code or 0)
    from readiness_app.cli._common import use_pack_options
    from readiness_app.core.errors import ReadinessError  # not needed for --help

    use_pack_options(args.pack, args.data_dir)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except ReadinessError as exc:
        from readiness_app.core.errors import error_text
        from readiness_app.services.language import messages

        # --language cy (the first language of a bilingual report) words the error in Welsh
        language = str(getattr(args, "language", "en") or "en").split("+")[0]
        echo(f"readiness-app: {error_text(exc, messages(language))}", file=sys.stderr)
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
    except KeyboardInterrupt:
        echo("readiness-app: stopped (Ctrl+C)", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one clear line, the traceback in the log
        return _unforeseen(exc, args, arguments)


def _unforeseen(exc: Exception, args: argparse.Namespace, arguments: list[str]) -> int:
    """Say in one line that the command failed on a bug, and where its details were kept."""
    from readiness_app.services.error_log import record_unforeseen
    from readiness_app.services.language import messages

    tr = messages(str(getattr(args, "language", "en") or "en").split("+")[0])
    log = record_unforeseen(exc, getattr(args, "data_dir", None), arguments)
    said = tr("The command stopped on a problem the app did not foresee ({kind}); this is "
              "a bug, please report it.").format(kind=f"{type(exc).__name__}: {str(exc)[:200]}")
    where = (tr("The details were saved in {path}.").format(path=log) if log is not None
             else tr("The details could not be saved."))
    echo(f"readiness-app: {said} {where}", file=sys.stderr)
    return 1


class _Parser(argparse.ArgumentParser):
    """argparse's parser, except that building it does not measure the terminal.

    Python checks each option's metavar with a help formatter as the option is added, and a
    formatter's width comes from ``shutil`` (which imports ``bz2`` and ``lzma``): a few ms of
    every command. Those checks get a formatter of fixed width; help and usage errors are
    still formatted at the terminal's width. Sub-commands' parsers are made of this class.
    """

    _building = False

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """Add an option, its metavar checked without measuring the terminal."""
        self._building = True
        try:
            return super().add_argument(*args, **kwargs)
        finally:
            self._building = False

    def add_subparsers(self, **kwargs: Any) -> Any:
        """Add sub-commands; their names' prefix is worked out without the terminal."""
        self._building = True
        try:
            return super().add_subparsers(**kwargs)
        finally:
            self._building = False

    def _get_formatter(self) -> argparse.HelpFormatter:
        if self._building:  # argparse's formatters all take a width
            formatter: argparse.HelpFormatter = cast(Any, self.formatter_class)(
                prog=self.prog, width=80)
            return formatter
        return super()._get_formatter()


class _Version(argparse.Action):
    """``--version``: the app's version, and the hub pack in use with its version."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from readiness_app.core.errors import ReadinessError
        from readiness_app.services.hub_pack import active_pack, version_text

        try:
            text = version_text(active_pack(getattr(namespace, "data_dir", None),
                                            getattr(namespace, "pack", None)))
        except ReadinessError as exc:
            text = f"{version_text(None)}\nhub pack: cannot be used: {exc}"
        sys.stdout.write(text + "\n")
        parser.exit(0)
