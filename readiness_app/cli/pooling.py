"""`readiness-app share-anonymised` and `readiness-app pool`: anonymised pooling for hubs.

Examples::

    readiness-app share-anonymised 3f1c9a2e 77b0c1d4 --dry-run     # see what would be shared
    readiness-app share-anonymised --all -o adviser-jones-2025-03.json
    readiness-app pool shares/*.json --xlsx hub-report.xlsx
    readiness-app pool shares/*.json --parquet hub-parquet/

A share file holds no names, postcodes, notes, answers or ids (see
:mod:`readiness_app.services.pooling`); the pooled workbook hides every figure built from
fewer than five firms.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from readiness_app.cli._common import add_language_option, echo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``share-anonymised`` and ``pool`` commands."""
    share = subparsers.add_parser(
        "share-anonymised", help="write what firms agree to share with a hub (no names)",
        description="Write an anonymised file of assessments for a growth hub: local "
                    "authority, sector, size band, month, questionnaire, scores, levels, gap "
                    "and action ids. No names, postcodes, notes, answers or ids. Only each "
                    "firm's latest chosen visit is shared. The contents are printed first.")
    share.add_argument("ids", nargs="*", metavar="ID", help="an assessment's id (or its start)")
    share.add_argument("--all", action="store_true", help="every assessment in the library "
                       "(not the trash)")
    share.add_argument("-o", "--output", type=Path, metavar="FILE", help="the file to write")
    share.add_argument("--dry-run", action="store_true",
                       help="only print what would be shared; write nothing")
    share.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                       help="use the library in this folder")
    add_language_option(share)
    share.set_defaults(handler=run_share)

    pool = subparsers.add_parser(
        "pool", help="merge anonymised share files into a hub report (XLSX)",
        description="Merge anonymised share files into one report. Each file is checked on "
                    "its own: a bad file is reported by name and left out. A firm found in "
                    "more than one file counts once (its latest visit). Every figure built "
                    "from fewer than 5 firms is hidden.")
    pool.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a share file")
    pool.add_argument("--xlsx", type=Path, metavar="OUT", help="the workbook to write")
    pool.add_argument("--parquet", type=Path, metavar="DIR",
                      help="also (or instead) write each table as Parquet into this folder "
                           "(needs pip install 'readiness_app[parquet]')")
    add_language_option(pool)
    pool.set_defaults(handler=run_pool)


def run_share(args: argparse.Namespace) -> int:
    """Preview, then write, the anonymised file."""
    from readiness_app.services.language import messages
    from readiness_app.services.library import open_library
    from readiness_app.services.pooling import make_share, preview, write_share

    tr = messages(args.language)
    if bool(args.ids) == bool(args.all):
        echo("readiness-app share-anonymised: " + tr("give assessment ids or --all (not both)"),
             file=sys.stderr)
        return 2
    if args.output is None and not args.dry_run:
        echo("readiness-app share-anonymised: " + tr("say where to write with -o FILE, or use "
                                                     "--dry-run"), file=sys.stderr)
        return 2
    with open_library(getattr(args, "data_dir", None)) as library:
        ids = library.ids() if args.all else [library.resolve_id(i) for i in args.ids]
        share = make_share(library, ids)
    echo(preview(share, tr))
    if args.dry_run:
        echo(tr("Nothing written (--dry-run)."))
        return 0
    write_share(args.output, share)
    echo(tr("Wrote {file}").format(file=args.output))
    return 0


def run_pool(args: argparse.Namespace) -> int:
    """Pool the files and write the suppressed report."""
    from readiness_app.core.errors import error_text
    from readiness_app.core.i18n import localized
    from readiness_app.services.cohort_export import write_xlsx
    from readiness_app.services.language import messages
    from readiness_app.services.pooling import POOL_NOTES, pool_files, pooled_report

    tr = messages(args.language)
    if args.xlsx is None and args.parquet is None:
        echo("readiness-app pool: " + tr("say where to write with --xlsx OUT or --parquet DIR"),
             file=sys.stderr)
        return 2
    if args.parquet is not None:
        from readiness_app.services.parquet_export import require_pyarrow

        require_pyarrow(args.parquet)
    pool = pool_files(args.files)
    for error in pool.bad_files:
        echo("readiness-app: " + tr("left out {error}").format(error=error_text(error, tr)),
             file=sys.stderr)
    for line in pool.duplicates:
        echo("readiness-app: " + tr("duplicate: {line}").format(line=localized(line, tr)),
             file=sys.stderr)
    if not pool.files_used:
        echo("readiness-app pool: " + tr("no usable file; nothing written"), file=sys.stderr)
        return 1
    report = pooled_report(pool)
    counted = tr("{firms} firms from {files} files").format(firms=len(pool.records),
                                                           files=len(pool.files_used))
    if args.xlsx is not None:
        write_xlsx(args.xlsx, report.tables, report.cover, notes=POOL_NOTES)
        echo(tr("Wrote {file}: {counted}").format(file=args.xlsx, counted=counted))
    if args.parquet is not None:
        from readiness_app.services.parquet_export import write_parquet_folder

        written = write_parquet_folder(args.parquet, report.tables, report.cover)
        echo(tr("Wrote {count} Parquet files into {folder}: {counted}").format(
            count=len(written), folder=args.parquet, counted=counted))
    return 1 if pool.bad_files else 0
