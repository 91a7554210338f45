"""`readiness-app validate FILE...`: check questionnaires, assessments, packs, branding and
support directory files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import add_language_option, echo

if TYPE_CHECKING:
    from readiness_app.core.i18n import Messages

QUESTIONNAIRE_SUFFIXES = {".yaml", ".yml"}
DIRECTORY_SUFFIXES = {".csv"}
# A regular file named so is never a hub pack (a pack is a .readiness-pack file or a folder).
_NOT_PACK_SUFFIXES = {*QUESTIONNAIRE_SUFFIXES, *DIRECTORY_SUFFIXES, ".readiness", ".json"}


def register(subparsers: Any) -> None:
    """Add the command to the parser."""
    parser = subparsers.add_parser(
        "validate",
        help="check questionnaire, assessment, hub pack, branding and directory files",
        description=(
            "Check questionnaire files (.yaml/.yml, variants made with extends too), "
            "assessment files (.readiness or .json), hub packs (.readiness-pack or a pack "
            "folder), branding files (.json) and support directory files (.csv). Every "
            "problem is listed with the file, the line where known, and what is wrong. "
            "Assessment files are checked against the shipped questionnaires, the hub packs' "
            "and any questionnaire files named on the same command line. Exits 1 if any file "
            "has a problem."
        ),
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Validate every file; report all problems; exit 1 when any file is bad."""
    from readiness_app.core.errors import InputFileError, error_text
    from readiness_app.services.language import messages

    tr = messages(args.language)
    files: list[Path] = args.files
    failures = 0
    kinds = {path: _kind(path) for path in files}
    good_questionnaires = _questionnaires([f for f in files if kinds[f] == "questionnaire"],
                                          args)
    failures += sum(1 for f in files if kinds[f] == "questionnaire") - len(good_questionnaires)
    checks = {"pack": _pack, "branding": _branding, "directory": _directory}
    for path in files:
        kind = kinds[path]
        if kind in checks:
            try:
                echo(checks[kind](path, args))
            except InputFileError as exc:
                failures += 1
                echo(error_text(exc, tr), file=sys.stderr)
    assessments = [f for f in files if kinds[f] == "assessment"]
    if assessments:
        failures += _assessments(assessments, good_questionnaires,
                                 getattr(args, "data_dir", None), tr)
    if failures:
        echo(tr("{failures} of {count} file(s) failed validation.").format(
            failures=failures, count=len(files)), file=sys.stderr)
        return 1
    return 0


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if path.is_dir() or suffix not in _NOT_PACK_SUFFIXES:  # else no need for the pack code
        from readiness_app.core.hub_pack import is_pack_path

        if is_pack_path(path):
            return "pack"
    if suffix in QUESTIONNAIRE_SUFFIXES:
        return "questionnaire"
    if suffix in DIRECTORY_SUFFIXES:
        return "directory"
    if suffix == ".json" and _looks_like_branding(path):
        return "branding"
    return "assessment"


def _looks_like_branding(path: Path) -> bool:
    """A .json file that is not an assessment file (branding files have no "format")."""
    from readiness_app.core.errors import InputFileError
    from readiness_app.core.files import read_limited
    from readiness_app.core.i18n import T_
    from readiness_app.core.strict_json import read_strict_json

    try:
        raw = read_strict_json(read_limited(path, 64 * 1024), str(path), T_("a branding file"))
    except InputFileError:
        return False  # let the assessment reader word the problem
    return isinstance(raw, dict) and "format" not in raw


def _questionnaires(paths: list[Path], args: argparse.Namespace) -> list[Path]:
    if not paths:
        return []
    from readiness_app import resources
    from readiness_app.cli._common import pack_questionnaires
    from readiness_app.core.errors import InputFileError, error_text
    from readiness_app.core.questionnaire_loader import load_questionnaire, questionnaire_bases
    from readiness_app.services.catalogue import default_cache
    from readiness_app.services.language import messages

    tr = messages(args.language)

    cache = default_cache(args.data_dir)
    bases = questionnaire_bases([*resources.questionnaire_paths(), *paths,
                                 *pack_questionnaires()], cache)
    good: list[Path] = []
    for path in paths:
        try:
            q = load_questionnaire(path, bases=bases)
        except InputFileError as exc:
            echo(error_text(exc, tr), file=sys.stderr)
            continue
        good.append(path)
        echo("OK  " + tr("{path}: questionnaire {id} version {version} ({areas} areas, "
                         "{questions} questions, {actions} actions)").format(
            path=path, id=q.id, version=q.version, areas=len(q.areas),
            questions=len(q.questions), actions=len(q.actions)))
    return good


def _pack(path: Path, args: argparse.Namespace) -> str:
    from readiness_app.services.hub_pack import check_pack_contents, open_pack
    from readiness_app.services.language import messages

    tr = messages(args.language)
    pack = open_pack(path, args.data_dir)
    loaded = check_pack_contents(pack)
    own = {str(p) for p in pack.questionnaire_paths}
    names = ", ".join(f"{q.id} {q.version}" for q in loaded.questionnaires
                      if q.source_name in own) or tr("none")
    return "OK  " + tr("{path}: hub pack {id} version {version} ({name}; questionnaires: "
                       "{names}; SHA-256 {hash}…)").format(
        path=path, id=pack.pack.id, version=pack.pack.version, name=pack.name, names=names,
        hash=pack.pack.sha256[:16])


def _branding(path: Path, args: argparse.Namespace) -> str:
    from readiness_app.report.branding import load_branding
    from readiness_app.services.language import messages

    tr = messages(args.language)
    branding = load_branding(path)
    fields = {"path": path, "organisation": repr(branding.organisation),
              "primary": branding.primary_colour, "accent": branding.accent_colour}
    if branding.logo:
        return "OK  " + tr("{path}: branding for {organisation} ({primary}, {accent}, with a "
                           "logo)").format(**fields)
    return "OK  " + tr("{path}: branding for {organisation} ({primary}, {accent})").format(
        **fields)


def _directory(path: Path, args: argparse.Namespace) -> str:
    from readiness_app.services.language import messages
    from readiness_app.services.local_support import load_directory

    directory = load_directory([path])
    own = [o for o in directory.organisations if o.origin == str(path)]
    tr = messages(args.language)
    return "OK  " + tr("{path}: support directory, {count} organisation(s), extending the "
                       "shipped directory").format(path=path, count=len(own))


def _assessments(paths: list[Path], questionnaires: list[Path],
                 data_dir: Path | None, tr: Messages) -> int:
    from readiness_app.cli._common import NeededCatalogue, read_assessment
    from readiness_app.core.errors import InputFileError, error_text

    failures = 0
    loaded = NeededCatalogue(questionnaires, data_dir)  # each file's questionnaire only
    for path in paths:
        try:
            assessment, q = read_assessment(path, loaded)
        except InputFileError as exc:
            failures += 1
            echo(error_text(exc, tr), file=sys.stderr)
            continue
        fields = {"path": path, "firm": repr(assessment.firm.name), "id": q.id,
                  "version": q.version, "count": len(assessment.answers)}
        if assessment.pack:
            echo("OK  " + tr("{path}: assessment of {firm} ({id} {version}, {count} answers, "
                             "hub pack {pack})").format(pack=assessment.pack.describe(),
                                                        **fields))
        else:
            echo("OK  " + tr("{path}: assessment of {firm} ({id} {version}, {count} "
                             "answers)").format(**fields))
    return failures
