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
    parser.add_argument("--upgrade", action="store_true",
                        help="carry the answers to the latest version of the questionnaire "
                             "first (the file is not changed; what did not carry over is "
                             "listed on standard error)")
    add_questionnaire_option(parser)
    return parser


def load_assessment(args: argparse.Namespace) -> tuple[Assessment, Questionnaire]:
    """The assessment named by ``args.file`` and its questionnaire (with ``--upgrade``, the
    latest version of it, carrying the answers over)."""
    loaded = catalogue(args.questionnaire)
    assessment, questionnaire = read_assessment(args.file, loaded)
    if getattr(args, "upgrade", False):
        return upgraded(assessment, questionnaire, loaded)
    return assessment, questionnaire


def upgraded(assessment: Assessment, questionnaire: Questionnaire,
             loaded: LoadedQuestionnaires) -> tuple[Assessment, Questionnaire]:
    """``assessment`` carried to the latest version of its questionnaire, saying what
    happened on standard error; unchanged when it is already on the latest."""
    from readiness_app.core.upgrade import carry_answers, is_newer

    latest = loaded.latest(questionnaire.id)
    if latest is None or not is_newer(latest, questionnaire):
        print(f"readiness-app: {questionnaire.id} {questionnaire.version} is already the "
              "latest version", file=sys.stderr)
        return assessment, questionnaire
    result = carry_answers(questionnaire, latest, assessment)
    print(f"readiness-app: {result.describe()}", file=sys.stderr)
    return result.assessment, latest


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


def catalogue(extra: list[Path]) -> LoadedQuestionnaires:
    """Shipped questionnaires plus ``extra``; an unusable extra file is an error."""
    from readiness_app.services.catalogue import load_catalogue

    loaded = load_catalogue(extra)
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

