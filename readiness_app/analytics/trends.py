"""Scores over time: the mean overall and area scores of the assessments started each month.

Works on the cohort table of :func:`readiness_app.analytics.cohort.cohort_frame` (pandas is
imported when the function is called). A mean is over the assessments with a score in that
area that month; a month with none scored there has no mean (never zero).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from readiness_app.analytics.cohort import OVERALL, score_column
from readiness_app.analytics.records import CohortMeta

if TYPE_CHECKING:
    import pandas as pd


def mean_header(area_id: str, title: str) -> str:
    """The column header of an area's monthly mean ('Mean overall', 'Mean Cyber security')."""
    return "Mean overall" if area_id == OVERALL else f"Mean {title}"


def means_by_month(frame: pd.DataFrame, meta: CohortMeta) -> pd.DataFrame:
    """One row per month with assessments (oldest first): the month as ``yyyy-mm``, how many
    assessments were started, and the mean overall and area scores."""
    import pandas as pd

    areas = [(OVERALL, "Overall"), *meta.areas]
    columns = ["Month", "Assessments", *(mean_header(a, t) for a, t in areas)]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    months = frame["assessed_on"].dt.strftime("%Y-%m")
    grouped = frame.groupby(months, sort=True)
    rows: list[dict[str, Any]] = []
    for month, group in grouped:
        row: dict[str, Any] = {"Month": str(month), "Assessments": len(group)}
        for area_id, title in areas:
            scores = group[score_column(area_id)].dropna()
            row[mean_header(area_id, title)] = float(scores.mean()) if len(scores) else None
        rows.append(row)
    return pd.DataFrame(rows, columns=columns)
