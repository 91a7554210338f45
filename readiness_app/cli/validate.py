"""`readiness-app validate FILE...`: check questionnaire and assessment files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

QUESTIONNAIRE_SUFFIXES = {".yaml", ".yml"}


def register(subparsers: Any) -> None:
    """Add the command to the parser."""
    parser = subparsers.add_parser(
        "validate",
        help="check questionnaire (.yaml) and assessment (.readiness) files",
        description=(
            "Check questionnaire files (.yaml/.yml) and assessment files (.readiness or .json). "
            "Every problem is listed with the file, the line where known, and what is wrong. "
            "Assessment files are checked against the shipped questionnaires and any "
            "questionnaire files named on the same command line. Exits 1 if any file has "
            "a problem."
        ),
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate every file; report all problems; exit 1 when any file is bad."""
    from readiness_app.cli._common import read_assessment
    from readiness_app.core.errors import InputFileError
    from readiness_app.core.questionnaire_loader import load_questionnaire
    from readiness_app.services.catalogue import default_cache, load_catalogue

    files: list[Path] = args.files
    questionnaire_files = [f for f in files if f.suffix.lower() in QUESTIONNAIRE_SUFFIXES]
    failures = 0
    good_questionnaires: list[Path] = []
    for path in questionnaire_files:
        try:
            q = load_questionnaire(path)
        except InputFileError as exc:
            failures += 1
            print(exc, file=sys.stderr)
            continue
        good_questionnaires.append(path)
        print(f"OK  {path}: questionnaire {q.id} version {q.version} "
              f"({len(q.areas)} areas, {len(q.questions)} questions, {len(q.actions)} actions)")
    others = [f for f in files if f.suffix.lower() not in QUESTIONNAIRE_SUFFIXES]
    if others:
        loaded = load_catalogue(good_questionnaires,
                                cache=default_cache(getattr(args, "data_dir", None)))
        for path in others:
            try:
                assessment, q = read_assessment(path, loaded)
            except InputFileError as exc:
                failures += 1
                print(exc, file=sys.stderr)
                continue
            print(f"OK  {path}: assessment of {assessment.firm.name!r} "
                  f"({q.id} {q.version}, {len(assessment.answers)} answers)")
    if failures:
        print(f"{failures} of {len(files)} file(s) failed validation.", file=sys.stderr)
        return 1
    return 0
