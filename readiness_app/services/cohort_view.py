"""What the app's cohort view shows: the cohort of a library under the view's filters, the
three chart tables (levels by area, mean scores by month, the most common critical gaps) as
plain rows, and the whole report for export.

Everything is computed here and below (core scores, pandas aggregates); the window only draws
the rows it is given. Exports go through :mod:`readiness_app.services.cohort_export`, which
writes atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readiness_app.core.questionnaire import DEFAULT_LANGUAGE
from readiness_app.services.cohort import (
    CohortFilters,
    CohortReport,
    Placer,
    build_report,
    load_cohort,
)
from readiness_app.services.cohort_export import json_tables, write_csv_folder, write_xlsx
from readiness_app.storage.library import Library

LEVELS = "Levels by area"
MONTHS = "Scores by month"
GAPS = "Top gaps"
Cell = Any  # str, int, float or None


@dataclass(frozen=True, slots=True)
class Table:
    """One table as plain rows (numbers as numbers, dates as yyyy-mm-dd, missing as None)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def column(self, header: str) -> list[Cell]:
        """The values of one column."""
        index = self.headers.index(header)
        return [row[index] for row in self.rows]


@dataclass(frozen=True, slots=True)
class CohortView:
    """The cohort view's figures for one set of filters."""

    filters: CohortFilters
    library_empty: bool  # no assessment at all (not in the trash), whatever the filters
    assessments: int
    firms: int
    skipped: tuple[str, ...]
    level_titles: tuple[str, ...]  # lowest first, then "Not scored"
    area_titles: tuple[str, ...]  # "Overall" first, then the areas in questionnaire order
    levels: Table  # Area, one column per level, Not scored, Assessments
    months: Table  # Month, Assessments, Mean overall, Mean <area>...
    gaps: Table  # Question, Title, Assessments, Share (0-1)
    report: CohortReport  # every table, for export (with the monthly means)

    def describe(self) -> str:
        """How many assessments and firms the figures cover, in words."""
        if self.assessments == 0:
            return "No assessments match these filters."
        noun = "assessment" if self.assessments == 1 else "assessments"
        firms = "firm" if self.firms == 1 else "firms"
        left = (f" {len(self.skipped)} left out (questionnaire not installed)."
                if self.skipped else "")
        return f"{self.assessments} {noun} of {self.firms} {firms}.{left}"


def _table(name: str, frame: Any) -> Table:
    headers = tuple(str(c) for c in frame.columns)
    rows = json_tables({name: frame})[name]
    return Table(name, headers, tuple(tuple(r[h] for h in headers) for r in rows))


def load_cohort_view(library: Library, filters: CohortFilters | None = None, *,
                     placer: Placer | None = None, today: dt.date | None = None,
                     progress: Callable[[int], None] | None = None,
                     language: str = DEFAULT_LANGUAGE) -> CohortView:
    """The cohort view of ``library`` under ``filters`` (pandas is imported here); the
    questionnaires' titles (areas, levels, questions) in ``language``, the tables' column
    names in English (the charts and exports look them up by those)."""
    from readiness_app.analytics import cohort as ac
    from readiness_app.analytics.trends import means_by_month

    filters = filters or CohortFilters()
    cohort = load_cohort(library, filters, placer=placer, progress=progress, language=language)
    report = build_report(cohort, today=today)
    frame = ac.cohort_frame(cohort.records, cohort.meta)
    monthly = means_by_month(frame, cohort.meta)
    tables = dict(report.tables)
    report.tables = {}
    for name, table in tables.items():  # the monthly means go after the scores by area
        report.tables[name] = table
        if name == "Scores by area":
            report.tables[MONTHS] = monthly
    return CohortView(
        filters=filters, library_empty=library.count() == 0,
        assessments=len(frame), firms=int(frame["series_id"].nunique()),
        skipped=cohort.skipped,
        level_titles=(*(t for _, t in cohort.meta.levels), "Not scored"),
        area_titles=("Overall", *(t for _, t in cohort.meta.areas)),
        levels=_table(LEVELS, tables[LEVELS]), months=_table(MONTHS, monthly),
        gaps=_table(GAPS, tables[GAPS]), report=report)


def export_xlsx(view: CohortView, path: Path) -> Path:
    """The whole report as one workbook (a cover sheet, then a sheet per table)."""
    write_xlsx(path, view.report.tables, view.report.cover, notes=view.skipped)
    return path


def export_csv(view: CohortView, folder: Path) -> list[Path]:
    """The whole report as one CSV per table in ``folder``; returns the files written."""
    return write_csv_folder(folder, view.report.tables, view.report.cover)
