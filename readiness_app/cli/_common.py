"""Helpers shared by the CLI commands: loading files and printing.

Importing this module stays cheap (``--help`` needs it); what a command needs to do its work
is imported when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from readiness_app.core.assessment import Assessment
    from readiness_app.core.questionnaire import Questionnaire
    from readiness_app.core.questionnaire_loader import LoadedQuestionnaires


def add_assessment_command(
    subparsers: Any, name: str, help_text: str, description: str
) -> argparse.ArgumentParser:
    """A command that reads one assessment file: FILE, ``--json`` and ``--questionnaire``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=description
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .readiness assessment file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_questionnaire_option(parser)
    return parser


def load_assessment(args: argparse.Namespace) -> tuple[Assessment, Questionnaire]:
    """The assessment named by ``args.file`` and its questionnaire."""
    return read_assessment(args.file, catalogue(args.questionnaire, data_dir_of(args)))


def add_questionnaire_option(parser: argparse.ArgumentParser) -> None:
    """``--questionnaire FILE``: use a questionnaire that is not shipped with the app."""
    parser.add_argument(
        "--questionnaire",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="also use this questionnaire file (may be given more than once)",
    )


def data_dir_of(args: argparse.Namespace) -> Path | None:
    """The ``--data-dir`` given (None: ``READINESS_DATA_DIR`` or the user's folder)."""
    found: Path | None = getattr(args, "data_dir", None)
    return found


def catalogue(extra: list[Path], data_dir: Path | None = None) -> LoadedQuestionnaires:
    """Shipped questionnaires plus ``extra``; an unusable extra file is an error.

    Parsed questionnaires are cached in ``data_dir``'s cache folder (never elsewhere).
    """
    from readiness_app.services.catalogue import default_cache, load_catalogue

    loaded = load_catalogue(extra, cache=default_cache(data_dir))
    extra_names = {str(p) for p in extra}
    for error in loaded.errors:
        if error.source in extra_names:
            raise error
        print(f"readiness-app: warning: skipped a shipped questionnaire:\n{error}",
              file=sys.stderr)
    return loaded


def read_assessment(path: Path, loaded: LoadedQuestionnaires) -> tuple[Assessment, Questionnaire]:
    """Read an assessment file and find its questionnaire."""
    from readiness_app.core.assessment_file import read_assessment_file

    return read_assessment_file(path, loaded.find)


def print_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")

