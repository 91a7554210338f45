"""`readiness-app report FILE... [-o OUT]` and `report --all DEST`: PDF action plans.

One file gives one PDF (``-o plan.pdf``, or ``<name>-action-plan.pdf`` beside the input).
Several files, or every assessment in the library with ``--all``, are done in parallel on all
cores into one folder, with a progress bar; one that fails is reported and the others still
get their PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import (
    add_questionnaire_option,
    catalogue,
    current_pack,
    data_dir_of,
    echo,
    pack_questionnaires,
    read_assessment,
)

if TYPE_CHECKING:  # the PDF libraries load only when the command runs
    from readiness_app.core.questionnaire_loader import LoadedQuestionnaires
    from readiness_app.core.support_directory import SupportDirectory
    from readiness_app.report.branding import Branding
    from readiness_app.storage.library import Library

SUFFIX = "-action-plan.pdf"
#: Kept here as plain strings so that --help loads no catalogue (core.i18n has the same).
REPORT_LANGUAGES = ("en", "cy", "cy+en", "en+cy")


def register(subparsers: Any) -> None:
    """Add the command to the parser."""
    parser = subparsers.add_parser(
        "report",
        help="make the PDF action plan of one or more assessment files",
        description=(
            "Make the PDF action plan of assessment files. With one FILE, -o names the PDF "
            f"(default: the file's name with {SUFFIX} beside it). With several, -o names a "
            "folder and the PDFs are made in parallel."
        ),
    )
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help=".readiness assessment files, or ids of assessments in the "
                             "library (an assessment with a previous visit in the library "
                             "gets a 'Since your last check' section)")
    parser.add_argument("--include-private-notes", action="store_true",
                        help="also print the adviser's private notes (left out by default; "
                             "the PDF says which notes it includes)")
    parser.add_argument("--all", type=Path, metavar="DEST", dest="all_to",
                        help="make the plan of every assessment in the library, into the "
                             "folder DEST")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="with --all: use the library in this folder")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT",
                        help="the PDF to write (one FILE) or the folder (several)")
    add_questionnaire_option(parser)
    parser.add_argument("--branding", type=Path, metavar="FILE",
                        help="a growth hub's branding file (JSON) instead of the hub pack's "
                             "or the default")
    parser.add_argument("--directory", type=Path, metavar="FILE", action="append", default=[],
                        help="a growth hub's support directory CSV that extends the default")
    parser.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="the date printed on the plan; with it the PDF bytes are "
                             "repeatable (default: today)")
    parser.add_argument("--language", default="en", choices=REPORT_LANGUAGES,
                        metavar="LANG",
                        help="the plan's language: en, cy (Cymraeg), or both one after the "
                             "other in one PDF: cy+en (Welsh first) or en+cy (default: en)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="processes to use for several files (default: all cores)")
    parser.set_defaults(handler=run)


@dataclass(frozen=True)
class _Job:
    source: Path  # a file, or for --all a label naming the library entry
    target: Path
    questionnaires: tuple[Path, ...]
    branding: Path | None
    directories: tuple[Path, ...]
    date: dt.date | None
    content: bytes | None = None  # the assessment file's bytes, when not read from source
    replace_directory: bool = False  # the first directory replaces the shipped one
    data_dir: Path | None = None  # where the questionnaire cache is (--data-dir)
    previous: bytes | None = None  # the previous visit's file bytes (from the library)
    include_private_notes: bool = False
    language: str = "en"  # "en", "cy", or two joined by "+" (a bilingual PDF)


def run(args: argparse.Namespace) -> int:
    """Make the PDFs; exit 1 if any file failed."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from readiness_app.services.language import messages

    tr = messages(args.language.split("+")[0])
    files: list[Path] = args.files
    _apply_pack(args)
    if args.all_to is not None:
        if files or args.output is not None:
            echo("readiness-app report: give either FILEs or --all DEST", file=sys.stderr)
            return 2
        jobs = _library_jobs(args)
        args.output = args.all_to
        if not jobs:
            echo(tr("The library has no assessments."), file=sys.stderr)
            return 0
    elif not files:
        echo("readiness-app report: give one or more FILEs, or --all DEST", file=sys.stderr)
        return 2
    else:
        jobs = _file_or_id_jobs(args, files)
    # Load the shared inputs once, here: a bad branding or directory file fails fast, and
    # worker processes started by fork inherit them instead of loading them again.
    _inputs(tuple(args.questionnaire), args.branding, tuple(args.directory),
            args.replace_directory, data_dir_of(args))
    if (len(jobs) > 1 or args.all_to is not None) and args.output is not None:
        try:
            args.output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            echo(f"readiness-app: {args.output}: " + tr("cannot create the folder: {reason}")
                 .format(reason=exc.strerror), file=sys.stderr)
            return 1
    failures = 0
    if len(jobs) == 1 or args.jobs <= 1:
        for done, job in enumerate(jobs, start=1):
            failures += _report(job.source, _run_job(job), done, len(jobs))
    else:
        with ProcessPoolExecutor(max_workers=min(args.jobs, len(jobs))) as pool:
            futures = {pool.submit(_run_job, job): job for job in jobs}
            for done, future in enumerate(as_completed(futures), start=1):
                failures += _report(futures[future].source, future.result(), done, len(jobs))
    if len(jobs) > 1:
        echo(tr("{done} of {total} action plans written.").format(
            done=len(jobs) - failures, total=len(jobs)), file=sys.stderr)
    return 1 if failures else 0


def _file_or_id_jobs(args: argparse.Namespace, files: list[Path]) -> list[_Job]:
    """A job per FILE; an argument that is no file but an assessment id is read from the
    library (opened only then)."""
    from contextlib import ExitStack

    jobs: list[_Job] = []
    with ExitStack() as stack:
        library: Library | None = None
        for f in files:
            if f.exists() or f.suffix:
                jobs.append(_Job(f, _target(f, args.output, len(files)),
                                 tuple(args.questionnaire), args.branding,
                                 tuple(args.directory), args.date,
                                 replace_directory=args.replace_directory,
                                 data_dir=data_dir_of(args),
                                 include_private_notes=args.include_private_notes,
                                 language=args.language))
                continue
            if library is None:
                from readiness_app.services.library import open_library

                library = stack.enter_context(open_library(getattr(args, "data_dir", None)))
            output = args.output if args.output is not None else Path.cwd()
            jobs.append(_library_job(args, library, library.resolve_id(str(f)), output,
                                     folder=len(files) > 1 or output.is_dir()))
    return jobs


def _library_job(args: argparse.Namespace, library: Library, assessment_id: str,
                 output: Path, *, folder: bool = True) -> _Job:
    """The job for one assessment in the library, with its previous visit if it has one."""
    from readiness_app.core.assessment_file import assessment_to_json
    from readiness_app.storage.portable import export_file_name

    assessment = library.get(assessment_id)
    previous_id = library.summary(assessment_id).previous_id
    previous = None
    if previous_id is not None and library.contains(previous_id):
        previous = assessment_to_json(library.get(previous_id)).encode("utf-8")
    name = Path(export_file_name(assessment)).stem + SUFFIX
    return _Job(Path(f"{assessment.firm.name} ({assessment_id[:8]})"),
                output / name if folder else output, tuple(args.questionnaire),
                args.branding, tuple(args.directory), args.date,
                assessment_to_json(assessment).encode("utf-8"),
                args.replace_directory, data_dir_of(args), previous,
                args.include_private_notes, args.language)


def _library_jobs(args: argparse.Namespace) -> list[_Job]:
    """One job per assessment in the library (not the trash), its file's bytes included."""
    from readiness_app.services.library import open_library

    with open_library(getattr(args, "data_dir", None)) as library:
        return [_library_job(args, library, assessment_id, args.all_to)
                for assessment_id in library.ids()]


def _apply_pack(args: argparse.Namespace) -> None:
    """Put the hub pack's questionnaires, branding and directory into ``args`` (explicit
    options win), so each job names every file it needs (workers may not share memory)."""
    pack = current_pack()
    args.questionnaire = list(dict.fromkeys([*pack_questionnaires(), *args.questionnaire]))
    args.replace_directory = False
    if pack is None:
        return
    if args.branding is None:
        args.branding = pack.branding_path
    args.directory = [*pack.directory_paths, *args.directory]
    args.replace_directory = pack.replaces_directory


def _target(source: Path, output: Path | None, count: int) -> Path:
    name = source.stem + SUFFIX
    if output is None:
        return source.with_name(name)
    return output / name if count > 1 or output.is_dir() else output


def _report(source: Path, result: tuple[str, str], done: int, total: int) -> int:
    status, message = result
    if total > 1:
        width = 30
        filled = width * done // total
        echo(f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", file=sys.stderr)
    if status == "ok":
        echo(message)
        return 0
    echo(f"readiness-app: {message}", file=sys.stderr)
    return 1


def _run_job(job: _Job) -> tuple[str, str]:
    """Make one PDF; returns ("ok", path) or ("error", message). Runs in a worker process."""
    from readiness_app.core.assessment_file import read_assessment_bytes
    from readiness_app.core.errors import ReadinessError
    from readiness_app.services.plan_pdf import make_plan_pdf
    from readiness_app.storage.atomic import write_bytes_atomic

    try:
        catalogue, branding, directory = _inputs(job.questionnaires, job.branding,
                                                 job.directories, job.replace_directory,
                                                 job.data_dir)
        if job.content is None:
            assessment, questionnaire = read_assessment(job.source, catalogue)
        else:
            assessment, questionnaire = read_assessment_bytes(job.content, str(job.source),
                                                              catalogue.find)
        since_last = None
        if job.previous is not None:
            from readiness_app.core.comparison import compare

            old, old_questionnaire = read_assessment_bytes(
                job.previous, f"{job.source} (previous visit)", catalogue.find)
            since_last = compare(old_questionnaire, old, questionnaire, assessment)
        pdf = make_plan_pdf(questionnaire, assessment, today=job.date, branding=branding,
                            directory=directory, deterministic=job.date is not None,
                            since_last=since_last,
                            include_private_notes=job.include_private_notes,
                            language=job.language)
        write_bytes_atomic(job.target, pdf)
    except ReadinessError as exc:
        from readiness_app.core.errors import error_text
        from readiness_app.services.language import messages

        return "error", error_text(exc, messages(job.language.split("+")[0]))
    except Exception as exc:  # a bug, but one file must never stop the others
        from readiness_app.storage.portable import unforeseen

        return "error", str(unforeseen(job.source, exc))
    return "ok", str(job.target)


@lru_cache(maxsize=4)
def _inputs(
    questionnaires: tuple[Path, ...], branding: Path | None, directories: tuple[Path, ...],
    replace_directory: bool = False,
    data_dir: Path | None = None,
) -> tuple[LoadedQuestionnaires, Branding, SupportDirectory]:
    from readiness_app.report.branding import load_branding
    from readiness_app.services.local_support import load_directory

    return (catalogue(list(questionnaires), data_dir), load_branding(branding),
            load_directory(directories, replace=replace_directory))
