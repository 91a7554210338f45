"""Scores over time: the mean overall and area scores of the assessments started each month.

Works on the cohort table of :func:`readiness_app.analytics.cohort.cohort_frame` (pandas is
imported when the function is called). A mean is over the assessments with a score in that
area that month; a month with none scored there has no mean (never zero). Every month from
the first to the last is listed, those without assessments too, so the months are evenly
spaced in time.
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
    """One row per month from the first assessment's to the last's: the month as
    ``yyyy-mm``, how many assessments were started (0 for a month without any), and the mean
    overall and area scores (None where nothing was scored)."""
    import pandas as pd

    areas = [(OVERALL, "Overall"), *meta.areas]
    columns = ["Month", "Assessments", *(mean_header(a, t) for a, t in areas)]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    months = frame["assessed_on"].dt.strftime("%Y-%m")
    groups = {str(month): group for month, group in frame.groupby(months, sort=True)}
    every = pd.period_range(frame["assessed_on"].min(), frame["assessed_on"].max(), freq="M")
    rows: list[dict[str, Any]] = []
    for period in every:
        month = period.strftime("%Y-%m")
        group = groups.get(month)
        row: dict[str, Any] = {"Month": month,
                               "Assessments": 0 if group is None else len(group)}
        for area_id, title in areas:
            mean = None
            if group is not None:
                scores = group[score_column(area_id)].dropna()
                mean = float(scores.mean()) if len(scores) else None
            row[mean_header(area_id, title)] = mean
        rows.append(row)
    return pd.DataFrame(rows, columns=columns)
