"""The library commands: `list`, `import`, `export`, `trash` and `restore`.

Examples::

    readiness-app list --search harbour --sort score
    readiness-app list --json --limit 0
    readiness-app import visits/*.readiness --on-conflict keep-both
    readiness-app export 3f1c9a2e harbour.readiness
    readiness-app export --all backup-folder/
    readiness-app trash 3f1c9a2e          # move to the trash
    readiness-app trash                   # show what is in the trash
    readiness-app restore 3f1c9a2e
    readiness-app recover -o rescued-folder/   # copy what a damaged library still holds

The library is in the user data folder unless ``--data-dir DIR`` or ``READINESS_DATA_DIR`` says
otherwise. Assessments are named by id; the first few characters (at least four) are enough
when no other assessment starts the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import (
    add_language_option,
    add_questionnaire_option,
    catalogue,
    data_dir_of,
    echo,
    print_json,
)
from readiness_app.core.assessment import SizeBand, Status
from readiness_app.core.i18n import ENGLISH, Messages
from readiness_app.core.text import score_text

if TYPE_CHECKING:
    from readiness_app.services.catalogue import LazyCatalogue
    from readiness_app.storage.library import AssessmentSummary, Library, ListQuery

_SORTS = ("updated", "created", "firm", "score", "status", "sector", "size", "authority",
          "level", "change", "review")
# The levels, written out so that --help need not load core's questionnaire model; checked
# against core.questionnaire.DEFAULT_LEVELS by tests/cli/test_firm_list_cli.py.
_LEVELS = ("starting", "developing", "established", "advanced")
_SECTIONS = tuple(chr(c) for c in range(ord("A"), ord("U") + 1))
# ConflictPolicy's values, written out so that --help need not load the storage layer
_ON_CONFLICT = ("keep-both", "replace", "skip")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the library commands."""
    _register_list(subparsers)
    _register_import(subparsers)
    _register_export(subparsers)
    _register_trash(subparsers)
    _register_restore(subparsers)
    _register_recover(subparsers)


def _day(text: str) -> datetime:
    """A YYYY-MM-DD day as midnight UTC (argparse type)."""
    try:
        return datetime.combine(date.fromisoformat(text), time(0), UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day in the form YYYY-MM-DD: {text!r}") \
            from None


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    # The same option as the global one, so it also works after the command name.
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="use the library in this folder")


def _register_list(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "list", help="list the assessments in the library",
        description="List the assessments in the library, newest change first. Search looks "
                    "in the firm's name, sector and postcode, ignoring case and accents.")
    parser.add_argument("--search", "-s", default="", metavar="TEXT",
                        help="only assessments whose firm, sector or postcode contain every "
                             "word; a postcode district (LS1) matches exactly, not LS11")
    parser.add_argument("--status", choices=[s.value for s in Status],
                        help="only assessments with this status")
    parser.add_argument("--size", choices=[b.value for b in SizeBand],
                        help="only firms of this size")
    parser.add_argument("--questionnaire-id", metavar="ID", help="only this questionnaire")
    parser.add_argument("--area", metavar="AREA",
                        help="use this area's score (e.g. cyber) for --min-score, --max-score "
                             "and --sort score")
    parser.add_argument("--min-score", type=float, metavar="N", help="score at least N (0-100)")
    parser.add_argument("--max-score", type=float, metavar="N", help="score at most N (0-100)")
    parser.add_argument("--latest-per-firm", action="store_true",
                        help="only each firm's latest visit (one row per firm)")
    parser.add_argument("--sector", type=str.upper, choices=_SECTIONS, metavar="SECTION",
                        help="only firms in this UK SIC 2007 section (a letter A to U; G is "
                             "wholesale and retail trade)")
    parser.add_argument("--authority", metavar="NAME",
                        help="only firms in this local authority (its name, e.g. Leeds)")
    parser.add_argument("--level", choices=_LEVELS, help="only this overall level")
    parser.add_argument("--area-below", choices=_LEVELS[1:], metavar="LEVEL",
                        help="only assessments with an area (the --area one, else any) below "
                             f"this level ({', '.join(_LEVELS[1:])})")
    parser.add_argument("--changed-from", type=_day, metavar="YYYY-MM-DD",
                        help="last changed on or after this day (UTC)")
    parser.add_argument("--changed-before", type=_day, metavar="YYYY-MM-DD",
                        help="last changed before this day (UTC)")
    parser.add_argument("--sort", choices=_SORTS, default="updated", help="sort order "
                        "(default: updated)")
    order = parser.add_mutually_exclusive_group()
    order.add_argument("--ascending", dest="descending", action="store_false", default=None,
                       help="lowest, oldest or A first (the default for firm and status)")
    order.add_argument("--descending", dest="descending", action="store_true", default=None,
                       help="highest, newest or Z first (the default for the others)")
    parser.add_argument("--limit", type=int, default=50, metavar="N",
                        help="show at most N (default 50; 0 for all)")
    parser.add_argument("--page", type=int, default=1, metavar="N", help="page N of the list")
    parser.add_argument("--trash", action="store_true", help="list the trash instead")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_language_option(parser)
    _data_dir_option(parser)
    parser.set_defaults(handler=run_list)


def _register_import(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import", help="import .readiness assessment files into the library",
        description="Import assessment files. Each file is checked in full before the library "
                    "is touched; a bad file is reported and changes nothing. An assessment "
                    "already in the library is left out unless --on-conflict says what to do.")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="a .readiness assessment file")
    parser.add_argument("--on-conflict", choices=_ON_CONFLICT,
                        help="when the assessment is already in the library: keep both (the "
                             "file gets a new id), replace the stored one, or skip the file")
    parser.add_argument("--force", action="store_true",
                        help="with --on-conflict replace: replace even when the firm's name or "
                             "postcode differ or the library's copy is newer than the file")
    parser.add_argument("--password-file", type=Path, metavar="F",
                        help="open password-protected files with the password on the first "
                             "line of F")
    parser.add_argument("--same-firm", choices=("new-visit", "separate"),
                        help="a file of a firm the library already has (the same firm id, or "
                             "the same name and postcode) under another assessment id: link "
                             "it into that firm's history as a new visit, or keep it apart "
                             "(its name marked 'imported copy' and the day); without this the "
                             "file is added as it says and the match is pointed out")
    add_questionnaire_option(parser)
    add_language_option(parser)
    _data_dir_option(parser)
    parser.set_defaults(handler=run_import)


def _register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export", help="write assessments from the library to .readiness files",
        description="Write one assessment (by id) to a file or into a folder, or every "
                    "assessment (--all) into a folder. Files are replaced only by complete "
                    "new ones.")
    parser.add_argument("id", nargs="?", metavar="ID", help="the assessment's id (or its start)")
    parser.add_argument("dest", type=Path, metavar="DEST", help="a file, or a folder")
    parser.add_argument("--all", action="store_true", help="export every assessment into DEST")
    parser.add_argument("--include-trash", action="store_true",
                        help="with --all: also export what is in the trash")
    parser.add_argument("--include-private-notes", action="store_true",
                        help="also write the adviser's private notes (left out by default)")
    parser.add_argument("--scrub", action="store_true",
                        help="an anonymised copy: a new id, no firm name, the postcode cut to "
                             "its district, no private notes, local authority or names")
    parser.add_argument("--password-file", type=Path, metavar="F",
                        help="encrypt the file with the password on the first line of F "
                             "(AES-GCM, scrypt); it is named *.readiness-encrypted")
    add_language_option(parser)
    _data_dir_option(parser)
    parser.set_defaults(handler=run_export)


def _register_trash(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "trash", help="move assessments to the trash, or show what is in it",
        description="With ids, move those assessments to the trash (restore brings them "
                    "back). Without ids, list the trash. --empty deletes everything in the "
                    "trash for good.")
    parser.add_argument("ids", nargs="*", metavar="ID", help="an assessment's id (or its start)")
    parser.add_argument("--empty", action="store_true",
                        help="delete everything in the trash for good")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_language_option(parser)
    _data_dir_option(parser)
    parser.set_defaults(handler=run_trash)


def _register_restore(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("restore", help="take assessments out of the trash",
                                   description="Put assessments from the trash back in the "
                                               "library.")
    parser.add_argument("ids", nargs="+", metavar="ID", help="an assessment's id (or its start)")
    add_language_option(parser)
    _data_dir_option(parser)
    parser.set_defaults(handler=run_restore)


def _register_recover(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "recover", help="copy what can be read from a damaged library into a new one",
        description="Read the library (only read: it is never changed) and copy every "
                    "assessment that can still be read into a new library in another folder. "
                    "Says what could not be read. Then use the new folder with --data-dir, or "
                    "move its library.sqlite3 in place of the damaged one.")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="NEWDIR",
                        help="a new folder for the recovered library (it must not have one)")
    add_language_option(parser)
    _data_dir_option(parser)
    parser.set_defaults(handler=run_recover)


# ---------------------------------------------------------------------- handlers


def _open(args: argparse.Namespace, catalogue: LazyCatalogue | None = None) -> Library:
    from readiness_app.services.library import open_library

    return open_library(getattr(args, "data_dir", None), catalogue=catalogue)


def run_list(args: argparse.Namespace) -> int:
    """Print a page of the list."""
    from readiness_app.services.language import messages
    from readiness_app.storage.library import ListQuery, SortKey

    tr = messages(args.language)
    if args.limit < 0 or args.page < 1:
        echo("readiness-app: " + tr("--limit must be 0 or more and --page 1 or more"),
             file=sys.stderr)
        return 2
    limit = args.limit or 1_000_000_000
    sort = SortKey(args.sort)
    if sort is SortKey.SCORE and args.area:
        sort = SortKey.AREA
    query = ListQuery(
        search=args.search,
        status=Status(args.status) if args.status else None,
        size_band=SizeBand(args.size) if args.size else None,
        questionnaire_id=args.questionnaire_id,
        area_id=args.area,
        min_score=args.min_score,
        max_score=args.max_score,
        updated_from=args.changed_from,
        updated_before=args.changed_before,
        latest_per_firm=args.latest_per_firm,
        sector_section=args.sector,
        authority=args.authority,
        level_id=args.level,
        below_level=args.area_below,
        below_area=args.area if args.area_below else None,
        sort=SortKey.TRASHED if args.trash and args.sort == "updated" else sort,
        descending=args.descending if args.descending is not None
        else sort not in (SortKey.FIRM, SortKey.STATUS, SortKey.SECTOR, SortKey.AUTHORITY,
                          SortKey.REVIEW),
        in_trash=args.trash,
        offset=(args.page - 1) * limit if args.limit else 0,
        limit=limit,
    )
    with _open(args) as library:
        items, total = _all_pages(library, query, unlimited=not args.limit)
        damaged = _report_damaged(library, items, tr)
    if args.json:
        print_json({"total": total, "offset": query.offset,
                    "assessments": [_summary_dict(s) for s in items]})
        return 1 if damaged else 0
    _print_table(items, args.area, tr)
    counts = {"first": query.offset + 1, "last": query.offset + len(items), "total": total,
              "page": args.page}
    if items:
        echo("\n" + (tr("{first}-{last} of {total} in the trash") if args.trash else
                     tr("{first}-{last} of {total} in the library")).format(**counts))
    elif total == 0:
        echo(tr("No assessments in the trash match.") if args.trash else
             tr("No assessments in the library match."))
    else:
        echo((tr("Page {page} is past the end: {total} in the trash match.") if args.trash
              else tr("Page {page} is past the end: {total} in the library match."))
             .format(**counts))
    if query.offset + len(items) < total:
        echo(tr("More: add --page {page}").format(page=args.page + 1))
    return 1 if damaged else 0


def _report_damaged(library: Library, items: list[AssessmentSummary], tr: Messages) -> int:
    """Name every damaged row on stderr; returns how many there are."""
    damaged = [s for s in items if s.problem]
    for s in damaged:
        echo(f"readiness-app: {library.path}: {s.problem}", file=sys.stderr)
    if damaged:
        echo("readiness-app: " + tr("{count} assessment(s) marked DAMAGED above; the rest are "
                                    "listed as stored. 'readiness-app recover -o NEWDIR' "
                                    "copies what can be read into a new library.").format(
                                        count=len(damaged)), file=sys.stderr)
    return len(damaged)


def _all_pages(library: Library, query: ListQuery,
               unlimited: bool) -> tuple[list[AssessmentSummary], int]:
    page = library.list_assessments(replace(query, limit=min(query.limit, 1000)))
    items = list(page.items)
    while unlimited and page.has_more:
        page = library.list_assessments(replace(query, offset=page.offset + len(page.items),
                                                limit=1000))
        items.extend(page.items)
    return items, page.total


def _print_table(items: list[AssessmentSummary], area: str | None,
                 tr: Messages = ENGLISH) -> None:
    """The rows as a table; headings, statuses, levels and Welsh authorities in ``tr``'s
    language (ids, names and numbers as stored)."""
    from readiness_app.core.questionnaire import DEFAULT_LEVELS
    from readiness_app.services.place_names import authority_names

    if not items:
        return
    levels = {level.id: level.title.get(tr.language) for level in DEFAULT_LEVELS}
    places = authority_names(tr.language)
    score_title = tr("{area} score").format(area=area) if area else tr("Score")
    rows = [(tr("Id"), tr("Firm"), tr("Sector"), tr("Authority"), tr("Status"), score_title,
             tr("Level"), tr("Change"), tr("Answered"), tr("Updated"), tr("Review"))]
    for s in items:
        score = s.area_scores.get(area) if area else s.overall_score
        if s.problem:
            rows.append((s.short_id, _clip(s.firm_name, 40), "?", "?", tr("DAMAGED"), "?",
                         "?", "", "?", "?", "?"))
            continue
        change, review = s.change, s.next_review
        authority = places.get(s.authority, s.authority)
        rows.append((s.short_id, _clip(s.firm_name, 40), s.sector_section or "-",
                     _clip(authority, 24) or "-", tr(s.status.label), score_text(score),
                     levels.get(s.level_id, s.level_id) if s.level_id else "-",
                     "" if change is None else f"{change:+.0f}",
                     str(s.answered), s.updated_at.strftime("%Y-%m-%d %H:%M"),
                     review.isoformat() if review else "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        echo("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _summary_dict(s: AssessmentSummary) -> dict[str, Any]:
    review = s.next_review
    return {
        "id": s.id,
        "firm": {"name": s.firm_name, "sector": s.sector, "sector_section": s.sector_section,
                 "size_band": s.size_band.value if s.size_band else None,
                 "postcode": s.postcode, "local_authority": s.authority or None},
        "questionnaire": {"id": s.questionnaire_id, "version": s.questionnaire_version},
        "status": s.status.value,
        "created_at": s.created_at.isoformat(),
        "updated_at": s.updated_at.isoformat(),
        "deleted_at": s.deleted_at.isoformat() if s.deleted_at else None,
        "overall": s.overall_score,
        "level": s.level_id,
        "areas": dict(s.area_scores),
        "answered": s.answered,
        "previous_id": s.previous_id,
        "series_id": s.series_id,
        "change_since_previous": s.change,
        "next_review": review.isoformat() if review else None,
        "problem": s.problem,
    }


def run_import(args: argparse.Namespace) -> int:
    """Import files and say what happened to each."""
    from readiness_app.services.catalogue import LazyCatalogue
    from readiness_app.services.language import messages
    from readiness_app.storage.library import ConflictPolicy
    from readiness_app.storage.portable import ImportCandidate, ImportStatus, import_files
    from readiness_app.storage.sealed import read_password_file

    tr = messages(args.language)
    password = read_password_file(args.password_file) if args.password_file else None
    loaded = catalogue(args.questionnaire, data_dir_of(args))
    policy = ConflictPolicy(args.on_conflict) if args.on_conflict else None
    as_visit = None if args.same_firm is None else args.same_firm == "new-visit"
    matches: dict[Path, str] = {}

    def note_match(candidate: ImportCandidate) -> None:
        if candidate.same_firm is not None and candidate.existing is None:
            found = candidate.same_firm
            matches[candidate.path] = tr("'{firm}' ({id}, started {day})").format(
                firm=found.firm_name, id=found.short_id, day=f"{found.created_at:%Y-%m-%d}")

    with _open(args, LazyCatalogue.of(loaded)) as library:
        report = import_files(library, args.files, policy, force=args.force,
                              password=password, as_visit=as_visit, on_candidate=note_match)
    for outcome in report.outcomes:
        if outcome.status in (ImportStatus.FAILED, ImportStatus.REFUSED):
            echo(f"readiness-app: {outcome.describe(tr)}", file=sys.stderr)
        elif outcome.status is ImportStatus.CONFLICT:
            line = tr("'{firm}' is already in the library (id {id}); nothing was changed. Run "
                      "again with --on-conflict keep-both, replace or skip")
            echo(f"readiness-app: {outcome.path}: " + line.format(
                firm=outcome.firm_name, id=(outcome.assessment_id or "")[:8]), file=sys.stderr)
        else:
            echo(outcome.describe(tr))
            match = matches.get(outcome.path)  # a note on standard output, not an error
            if match and as_visit is None and outcome.ok:
                echo(f"readiness-app: {outcome.path}: " + tr(
                    "the library already has this firm, {match}; to link the file into its "
                    "history as a new visit, import it with {new_visit} (or {separate} to keep "
                    "it apart under a marked name)").format(
                    match=match, new_visit="--same-firm new-visit",
                    separate="--same-firm separate"))
    done = len(report.outcomes) - len(report.failed)
    echo(tr("{done} of {total} file(s) imported or dealt with").format(
        done=done, total=len(report.outcomes)), file=sys.stderr if report.failed else sys.stdout)
    return 0 if report.ok else 1


def run_export(args: argparse.Namespace) -> int:
    """Export one assessment or all of them."""
    from readiness_app.services.language import messages
    from readiness_app.storage.portable import ShareOptions, export_all, export_assessment
    from readiness_app.storage.sealed import read_password_file

    tr = messages(args.language)
    if args.all == (args.id is not None):
        echo("readiness-app: export: " + tr("give either an assessment ID or --all (not both)"),
             file=sys.stderr)
        return 2
    if args.scrub and args.include_private_notes:
        echo("readiness-app: export: " + tr("--scrub leaves private notes out; give one or "
                                            "the other"), file=sys.stderr)
        return 2
    password = read_password_file(args.password_file) if args.password_file else None
    options = ShareOptions(include_private_notes=args.include_private_notes,
                           scrub=args.scrub, password=password)
    with _open(args) as library:
        if args.all:
            written = export_all(library, args.dest, include_trash=args.include_trash,
                                 options=options)
            echo(tr("Exported {count} assessment(s) to {dest}").format(
                count=len(written), dest=args.dest) + _shared(options, tr))
            return 0
        target = export_assessment(library, library.resolve_id(args.id), args.dest, options)
    echo(tr("Exported to {target}").format(target=target) + _shared(options, tr))
    return 0


def _shared(options: Any, tr: Messages = ENGLISH) -> str:
    """What the export left out or added, for the confirmation line."""
    parts = [tr("anonymised") if options.scrub else
             tr("with private notes") if options.include_private_notes else
             tr("without private notes")]
    if options.password is not None:
        parts.append(tr("password-protected"))
    return f" ({', '.join(parts)})"


def run_trash(args: argparse.Namespace) -> int:
    """Move to the trash, list the trash, or empty it."""
    from readiness_app.services.language import messages
    from readiness_app.storage.library import ListQuery, SortKey

    tr = messages(args.language)
    if args.empty and args.ids:
        echo("readiness-app: trash: " + tr("give ids or --empty, not both"), file=sys.stderr)
        return 2
    with _open(args) as library:
        if args.empty:
            count = library.empty_trash()
            echo(tr("Deleted {count} assessment(s) from the trash for good").format(
                count=count))
            return 0
        if not args.ids:
            items, total = _all_pages(library, ListQuery(in_trash=True, sort=SortKey.TRASHED),
                                      unlimited=True)
            if args.json:
                print_json({"total": total, "assessments": [_summary_dict(s) for s in items]})
            elif items:
                _print_table(items, None, tr)
            else:
                echo(tr("The trash is empty."))
            return 0
        return _each(library, args.ids, library.trash, tr("Moved to the trash"), tr)


def run_restore(args: argparse.Namespace) -> int:
    """Take assessments out of the trash."""
    from readiness_app.services.language import messages

    tr = messages(args.language)
    with _open(args) as library:
        return _each(library, args.ids, library.restore, tr("Restored"), tr)


def _each(library: Library, ids: list[str], action: Callable[[str], None], done: str,
          tr: Messages) -> int:
    from readiness_app.core.errors import StorageError, error_text

    failed = 0
    for text in ids:
        try:
            assessment_id = library.resolve_id(text)
            action(assessment_id)
        except StorageError as exc:
            echo(f"readiness-app: {error_text(exc, tr)}", file=sys.stderr)
            failed += 1
            continue
        summary = library.summary(assessment_id)
        echo(f"{done}: {summary.short_id} {summary.firm_name}")
    return 1 if failed else 0


def run_recover(args: argparse.Namespace) -> int:
    """Copy what can be read from the library into a new one; say what could not be."""
    from readiness_app.core.i18n import localized
    from readiness_app.services.language import messages
    from readiness_app.services.library import recover_library

    tr = messages(args.language)
    report = recover_library(data_dir_of(args), args.output)
    for problem in report.problems:
        echo(f"readiness-app: {report.source}: {localized(problem, tr)}", file=sys.stderr)
    echo(tr("Recovered {recovered} of {total} assessment(s) from {source} into {target}")
         .format(recovered=report.recovered, total=report.recovered + report.failed,
                 source=report.source, target=report.target))
    echo(tr("Use it with: {command}").format(
        command=f"readiness-app --data-dir \"{report.target.parent}\" list"))
    if report.problems:
        echo("readiness-app: " + tr("{count} problem(s): what is listed above could not be "
                                    "read or copied; {source} was not changed.").format(
                                        count=len(report.problems), source=report.source),
             file=sys.stderr)
        return 1
    return 0
