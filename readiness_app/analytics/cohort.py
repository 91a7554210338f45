"""The cohort table and its aggregates, on pandas (imported when a function is called).

The cohort table has one row per assessment (:func:`cohort_frame`); :func:`latest_per_firm`
keeps each firm's latest visit and :func:`between` keeps the visits in a date range (by the
day the assessment was started, both ends included). Every aggregate takes that table and
returns a small table whose column headers are ready to show or export:

* :func:`levels_by_area`: how many assessments reached each level, overall and per area;
* :func:`area_summary`: mean, median, lowest and highest score per area;
* :func:`by_group`: assessments, mean scores and critical gaps per local authority, region,
  nation, sector or size band;
* :func:`top_gaps` / :func:`top_actions`: the most common critical gaps and planned actions;
* :func:`changes_between_visits`: first and latest visit of each re-assessed firm, and
  :func:`change_summary`: the mean change per area.

Means are over the assessments that have a score in that area; an unscored area is left out,
never counted as zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from readiness_app.analytics.records import NOT_GIVEN, CohortMeta, CohortRecord

if TYPE_CHECKING:
    import pandas as pd

OVERALL = "overall"
#: The frame's columns that group firms, with the header shown for each.
GROUPS = {
    "local_authority": "Local authority",
    "region": "Region",
    "nation": "Nation",
    "sector": "Sector",
    "size_band": "Size band",
}
_PARENTS = {"local_authority": ["nation", "region"], "region": ["nation"]}
SIZE_ORDER = ("micro", "small", "medium", "large", NOT_GIVEN)


def score_column(area_id: str) -> str:
    """The frame's column with an area's score ('overall' for the overall score)."""
    return f"{area_id}_score"


def level_column(area_id: str) -> str:
    """The frame's column with an area's level id ('overall' for the overall level)."""
    return f"{area_id}_level"


def cohort_frame(records: Sequence[CohortRecord], meta: CohortMeta) -> pd.DataFrame:
    """One row per assessment, oldest visit first, with a score and level column per area."""
    import pandas as pd

    area_ids = [a for a, _ in meta.areas]
    def text(values: list[str]) -> pd.Series:
        return pd.Series(values, dtype="str")

    data: dict[str, Any] = {
        "assessment_id": text([r.assessment_id for r in records]),
        "series_id": text([r.series_id for r in records]),
        "firm": text([r.firm_name for r in records]),
        "sector": text([r.sector or NOT_GIVEN for r in records]),
        "size_band": text([r.size_band or NOT_GIVEN for r in records]),
        "local_authority": text([r.local_authority for r in records]),
        "local_authority_code": text([r.local_authority_code for r in records]),
        "region": text([r.region for r in records]),
        "nation": text([r.nation for r in records]),
        "questionnaire": text([f"{r.questionnaire_id} {r.questionnaire_version}"
                               for r in records]),
        "status": text([r.status for r in records]),
        "assessed_on": pd.to_datetime(pd.Series([r.assessed_on for r in records],
                                                dtype="object")),
        "updated_on": pd.to_datetime(pd.Series([r.updated_on for r in records],
                                               dtype="object")),
        score_column(OVERALL): pd.Series([r.overall_score for r in records], dtype="float64"),
        level_column(OVERALL): pd.Series([r.overall_level for r in records], dtype="object"),
    }
    for area_id in area_ids:
        data[score_column(area_id)] = pd.Series(
            [r.area_scores.get(area_id) for r in records], dtype="float64")
        data[level_column(area_id)] = pd.Series(
            [r.area_levels.get(area_id) for r in records], dtype="object")
    data["critical_gaps"] = pd.Series([tuple(r.critical_gaps) for r in records],
                                      dtype="object")
    data["actions"] = pd.Series([tuple(r.actions) for r in records], dtype="object")
    data["gap_count"] = pd.Series([len(r.critical_gaps) for r in records], dtype="int64")
    data["action_count"] = pd.Series([len(r.actions) for r in records], dtype="int64")
    frame = pd.DataFrame(data)
    return frame.sort_values(["assessed_on", "assessment_id"], kind="stable",
                             ignore_index=True)


def between(frame: pd.DataFrame, start: dt.date | None, end: dt.date | None) -> pd.DataFrame:
    """The assessments started from ``start`` to ``end`` (both included; None: no limit)."""
    import pandas as pd

    keep = pd.Series(True, index=frame.index)
    if start is not None:
        keep &= frame["assessed_on"] >= pd.Timestamp(start)
    if end is not None:
        keep &= frame["assessed_on"] < pd.Timestamp(end) + pd.Timedelta(days=1)
    return frame[keep].reset_index(drop=True)


def latest_per_firm(frame: pd.DataFrame) -> pd.DataFrame:
    """Each firm's latest visit (the last started; ties: the last in the table)."""
    ordered = frame.sort_values(["assessed_on", "updated_on"], kind="stable")
    return ordered.drop_duplicates("series_id", keep="last").sort_index().reset_index(drop=True)


def _level_titles(levels: pd.Series, meta: CohortMeta) -> pd.Series:
    """Level ids as titles ("Not scored" where missing; an unknown id as itself), vectorised."""
    known = dict(meta.levels)
    titles = levels.map(known)
    unknown = titles.isna() & levels.notna()
    if unknown.any():
        titles[unknown] = levels[unknown]
    return titles.fillna(meta.level_title(None)).astype("object")


def _area_keys(meta: CohortMeta) -> list[tuple[str, str]]:
    return [(OVERALL, "Overall"), *meta.areas]


def levels_by_area(frame: pd.DataFrame, meta: CohortMeta) -> pd.DataFrame:
    """Assessments at each level, one row for the overall level and one per area."""
    import pandas as pd

    rows = []
    for area_id, title in _area_keys(meta):
        levels = frame[level_column(area_id)]
        counts = levels.value_counts()  # one pass over the column
        row: dict[str, Any] = {"Area": title}
        for level_id, level_title in meta.levels:
            row[level_title] = int(counts.get(level_id, 0))
        row["Not scored"] = int(levels.isna().sum())
        row["Assessments"] = len(frame)
        rows.append(row)
    return pd.DataFrame(rows)


def area_summary(frame: pd.DataFrame, meta: CohortMeta) -> pd.DataFrame:
    """Per area: how many assessments have a score, and the mean, median, lowest and highest."""
    import pandas as pd

    rows = []
    for area_id, title in _area_keys(meta):
        scores = frame[score_column(area_id)].dropna()
        rows.append({"Area": title, "Scored": len(scores),
                     "Mean score": scores.mean() if len(scores) else None,
                     "Median score": scores.median() if len(scores) else None,
                     "Lowest": scores.min() if len(scores) else None,
                     "Highest": scores.max() if len(scores) else None})
    return pd.DataFrame(rows)


def by_group(frame: pd.DataFrame, meta: CohortMeta, column: str, *,
             scored_counts: bool = False) -> pd.DataFrame:
    """Per value of ``column`` (see :data:`GROUPS`): assessments, firms, mean overall and area
    scores, and how many assessments have a critical gap; largest group first.

    ``scored_counts`` adds, after each mean, how many assessments it is built from."""
    if column not in GROUPS:
        raise ValueError(f"cannot group by {column!r}; choose one of {', '.join(GROUPS)}")
    keys = [*_PARENTS.get(column, []), column]
    scores = {score_column(a): f"Mean {t.lower() if a == OVERALL else t}"
              for a, t in _area_keys(meta)}
    grouped = frame.groupby(keys, dropna=False, sort=True)
    table = grouped.agg(**{"Assessments": ("assessment_id", "size"),
                           "Firms": ("series_id", "nunique")},
                        **{header: (col, "mean") for col, header in scores.items()})
    if scored_counts:
        for position, (col, header) in enumerate(scores.items()):
            counts = grouped[col].count()
            table.insert(table.columns.get_loc(header) + 1, f"Scored ({position})", counts)
        table = table.rename(columns={f"Scored ({i})": f"Built from ({h.removeprefix('Mean ')})"
                                      for i, h in enumerate(scores.values())})
    table["With a critical gap"] = grouped["gap_count"].agg(lambda s: int((s > 0).sum()))
    table = table.reset_index().rename(columns=GROUPS)
    order = [GROUPS[k] for k in keys]
    if column == "size_band":
        table["_order"] = table["Size band"].map(
            lambda v: SIZE_ORDER.index(v) if v in SIZE_ORDER else len(SIZE_ORDER))
        return table.sort_values("_order", kind="stable").drop(columns="_order") \
            .reset_index(drop=True)
    return table.sort_values(["Assessments", *order], ascending=[False, *[True] * len(order)],
                             kind="stable").reset_index(drop=True)


def _top(frame: pd.DataFrame, column: str, titles: dict[str, str], label: str,
         limit: int | None) -> pd.DataFrame:
    import pandas as pd

    ids = frame[column].explode().dropna()
    counts = ids.value_counts()
    table = pd.DataFrame({label: counts.index.astype(str),
                          "Title": [titles.get(i, "") for i in counts.index],
                          "Assessments": counts.to_numpy().astype("int64")})
    table["Share"] = table["Assessments"] / len(frame) if len(frame) else 0.0
    table = table.sort_values(["Assessments", label], ascending=[False, True], kind="stable")
    return table.head(limit).reset_index(drop=True) if limit else table.reset_index(drop=True)


def top_gaps(frame: pd.DataFrame, meta: CohortMeta, limit: int | None = 10) -> pd.DataFrame:
    """The critical gaps most assessments have: question, how many, and share of all."""
    return _top(frame, "critical_gaps", dict(meta.question_titles), "Question", limit)


def top_actions(frame: pd.DataFrame, meta: CohortMeta, limit: int | None = 10) -> pd.DataFrame:
    """The actions most plans recommend: action, how many plans, and share of all."""
    return _top(frame, "actions", dict(meta.action_titles), "Action", limit)


def changes_between_visits(frame: pd.DataFrame, meta: CohortMeta) -> pd.DataFrame:
    """For each firm with two or more visits in the table: first and latest visit and the
    change in the overall and each area's score (latest minus first)."""
    import pandas as pd

    ordered = frame.sort_values(["assessed_on", "updated_on"], kind="stable")
    visits = ordered.groupby("series_id", sort=False)["assessment_id"].transform("size")
    repeat = ordered[visits >= 2]
    columns = ["Firm", "Visits", "First visit", "Latest visit", "First level", "Latest level",
               *(f"Change {t.lower() if a == OVERALL else t}" for a, t in _area_keys(meta))]
    if repeat.empty:
        return pd.DataFrame(columns=columns)
    groups = repeat.groupby("series_id", sort=False)
    first, last = groups.head(1).set_index("series_id"), groups.tail(1).set_index("series_id")
    table = pd.DataFrame({
        "Firm": last["firm"], "Visits": groups.size(),
        "First visit": first["assessed_on"], "Latest visit": last["assessed_on"],
        "First level": _level_titles(first[level_column(OVERALL)], meta),
        "Latest level": _level_titles(last[level_column(OVERALL)], meta),
    })
    for area_id, title in _area_keys(meta):
        header = f"Change {title.lower() if area_id == OVERALL else title}"
        table[header] = last[score_column(area_id)] - first[score_column(area_id)]
    return table.sort_values(["Latest visit", "Firm"], kind="stable").reset_index(drop=True)


def change_summary(changes: pd.DataFrame, meta: CohortMeta) -> pd.DataFrame:
    """Per area: re-assessed firms with a score both times, mean change, and how many went
    up, stayed level or went down."""
    import pandas as pd

    rows = []
    for area_id, title in _area_keys(meta):
        header = f"Change {title.lower() if area_id == OVERALL else title}"
        change = changes[header].dropna() if header in changes else pd.Series(dtype="float64")
        rows.append({"Area": title, "Firms": len(change),
                     "Mean change": change.mean() if len(change) else None,
                     "Went up": int((change > 0).sum()), "Stayed level": int((change == 0).sum()),
                     "Went down": int((change < 0).sum())})
    return pd.DataFrame(rows)


def cohort_table(frame: pd.DataFrame, meta: CohortMeta, *,
                 anonymous: bool = False) -> pd.DataFrame:
    """The cohort table for people: readable headers, level titles, ids joined with '; '."""
    import pandas as pd

    out = pd.DataFrame()
    if not anonymous:
        out["Assessment"] = frame["assessment_id"].str[:8]
        out["Firm"] = frame["firm"]
    for key, header in GROUPS.items():
        out[header] = frame[key]
    out["Questionnaire"] = frame["questionnaire"]
    if not anonymous:
        out["Status"] = frame["status"]
    out["Assessed on"] = frame["assessed_on"]
    if not anonymous:
        out["Last changed"] = frame["updated_on"]
    for area_id, title in _area_keys(meta):
        out[f"{title} score"] = frame[score_column(area_id)]
        out[f"{title} level"] = _level_titles(frame[level_column(area_id)], meta)
    out["Critical gaps"] = pd.Series(["; ".join(v) for v in frame["critical_gaps"]],
                                     index=frame.index, dtype="object")
    out["Planned actions"] = pd.Series(["; ".join(v) for v in frame["actions"]],
                                       index=frame.index, dtype="object")
    return out


def peer_medians(frame: pd.DataFrame, meta: CohortMeta, *, sector: str, size_band: str,
                 exclude_series: str, k: int) -> tuple[int, dict[str, tuple[float | None, int]]]:
    """Firms like one firm (same sector, ignoring case, and size band; each firm's latest
    visit; the firm itself left out): how many, and per area (and 'overall') the median score
    and how many firms it is built from. A median built from fewer than ``k`` firms is None."""
    latest = latest_per_firm(frame)
    alike = latest[(latest["sector"].str.casefold() == sector.casefold())
                   & (latest["size_band"] == size_band)
                   & (latest["series_id"] != exclude_series)]
    medians: dict[str, tuple[float | None, int]] = {}
    for area_id, _ in _area_keys(meta):
        scores = alike[score_column(area_id)].dropna()
        medians[area_id] = (float(scores.median()) if len(scores) >= k else None, len(scores))
    return int(alike["series_id"].nunique()), medians
