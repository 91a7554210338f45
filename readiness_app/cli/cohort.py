"""`readiness-app cohort`: the cohort report of the library, as XLSX, CSV or Parquet files or
JSON.

Examples::

    readiness-app cohort --xlsx march.xlsx --from 2025-03-01 --to 2025-03-31
    readiness-app cohort --latest --status complete --csv cohort-csv/
    readiness-app cohort --search bakery --json
    readiness-app cohort --latest --parquet cohort-parquet/

The report has the cohort table (one row per assessment, or each firm's latest visit with
``--latest``) and the aggregates: levels by area, scores by area, by local authority, region,
nation, sector and size, the most common critical gaps and actions, and the change between
visits of firms assessed more than once. pandas, openpyxl and pyarrow are imported only when
the command runs. See docs/cohort.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from readiness_app.cli._common import add_language_option, echo
from readiness_app.core.assessment import SizeBand, Status
from readiness_app.core.i18n import localized


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``cohort`` command."""
    parser = subparsers.add_parser(
        "cohort", help="aggregate the library for a funder or hub: XLSX, CSV, Parquet or JSON",
        description="Report on the assessments in the library: levels by area, by local "
                    "authority, region, nation, sector and size, the most common gaps and "
                    "actions, and change between visits. Dates are the day each assessment "
                    "was started; both ends of the range are included.")
    add_filter_options(parser)
    parser.add_argument("--latest", action="store_true",
                        help="only each firm's latest visit (within the dates, if given)")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--xlsx", type=Path, metavar="FILE", help="write a workbook")
    out.add_argument("--csv", type=Path, metavar="DIR", help="write one CSV file per table "
                     "into this folder")
    out.add_argument("--parquet", type=Path, metavar="DIR", help="write one Parquet file per "
                     "table into this folder (for DuckDB or Spark; needs the optional pyarrow "
                     "package: pip install 'readiness_app[parquet]')")
    out.add_argument("--json", action="store_true", help="print the tables as JSON")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="use the library in this folder")
    add_language_option(parser)
    parser.set_defaults(handler=run_cohort)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """The library's list filters and a date range (as ``list`` has them)."""
    parser.add_argument("--search", "-s", default="", metavar="TEXT",
                        help="only firms whose name, sector or postcode contain every word")
    parser.add_argument("--status", choices=[s.value for s in Status],
                        help="only assessments with this status")
    parser.add_argument("--size", choices=[b.value for b in SizeBand],
                        help="only firms of this size")
    parser.add_argument("--questionnaire-id", metavar="ID", help="only this questionnaire")
    parser.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE",
                        help="only assessments started on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE",
                        help="only assessments started on or before DATE (YYYY-MM-DD)")


def parse_date(text: str) -> dt.date:
    """A YYYY-MM-DD date for argparse."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD "
                                         "(for example 2025-03-31)") from None


def run_cohort(args: argparse.Namespace) -> int:
    """Build the report and write or print it."""
    from readiness_app.cli._common import print_json
    from readiness_app.services import cohort_export
    from readiness_app.services.cohort import CohortFilters, build_report, load_cohort
    from readiness_app.services.language import messages
    from readiness_app.services.library import open_library

    tr = messages(args.language)
    try:
        filters = CohortFilters(
            search=args.search, status=Status(args.status) if args.status else None,
            size_band=SizeBand(args.size) if args.size else None,
            questionnaire_id=args.questionnaire_id, date_from=args.date_from,
            date_to=args.date_to, latest=args.latest)
    except ValueError as exc:
        echo(f"readiness-app cohort: {exc}", file=sys.stderr)
        return 2
    if args.parquet is not None:
        from readiness_app.services.parquet_export import require_pyarrow

        require_pyarrow(args.parquet)  # before the library is read
    with open_library(getattr(args, "data_dir", None)) as library:
        cohort = load_cohort(library, filters)
    for line in cohort.skipped:
        echo("readiness-app: " + tr("warning: left out {line}").format(line=localized(line, tr)),
             file=sys.stderr)
    report = build_report(cohort)
    firms = len({r.series_id for r in cohort.records})
    counted = tr("{assessments} assessments of {firms} firms").format(
        assessments=len(cohort.records), firms=firms)
    if args.json:
        print_json({"cover": dict(report.cover),
                    "tables": cohort_export.json_tables(report.tables)})
    elif args.xlsx is not None:
        cohort_export.write_xlsx(args.xlsx, report.tables, report.cover)
        echo(tr("Wrote {file}: {counted}, {tables} tables").format(
            file=args.xlsx, counted=counted, tables=len(report.tables)))
    elif args.parquet is not None:
        from readiness_app.services.parquet_export import write_parquet_folder

        written = write_parquet_folder(args.parquet, report.tables, report.cover)
        echo(tr("Wrote {count} Parquet files into {folder}: {counted}").format(
            count=len(written), folder=args.parquet, counted=counted))
    else:
        written = cohort_export.write_csv_folder(args.csv, report.tables, report.cover)
        echo(tr("Wrote {count} CSV files into {folder}: {counted}").format(
            count=len(written), folder=args.csv, counted=counted))
    return 0
