"""Small-cell suppression for pooled reports: no figure built from fewer than ``k`` firms.

* A count below ``k`` (zero included) is replaced by the text ``"<k"``.
* A mean or median is suppressed when it is built from fewer than ``k`` firms; a group (a
  local authority, a sector...) with fewer than ``k`` firms has every figure suppressed.
* Secondary suppression: when a row of counts with a shown total has exactly one suppressed
  cell, the smallest other shown cell is suppressed too, so the hidden one cannot be worked
  out by subtraction; the same is done down a group table's "Firms" column.
* Lowest and highest scores are single firms' scores, so a pooled report never shows them.

Every function returns a new table (object columns where cells were suppressed).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_K = 5


def mark(k: int) -> str:
    """What a suppressed cell shows."""
    return f"<{k}"


def _is_hidden(value: Any, k: int) -> bool:
    return isinstance(value, str) and value == mark(k)


def _hide_smallest(table: pd.DataFrame, cells: Sequence[tuple[Any, str]], k: int) -> None:
    """Hide the smallest shown cell among ``cells`` ((row label, column) pairs)."""
    shown = [(table.at[r, c], r, c) for r, c in cells if not _is_hidden(table.at[r, c], k)]
    shown = [(v, r, c) for v, r, c in shown if v is not None and v == v]  # not missing
    if shown:
        _, row, column = min(shown, key=lambda item: item[0])
        table.at[row, column] = mark(k)


def suppress_counts(table: pd.DataFrame, columns: Sequence[str], k: int = DEFAULT_K, *,
                    total: str | None = None) -> pd.DataFrame:
    """Counts below ``k`` in ``columns`` hidden; with a ``total`` column, secondary
    suppression along each row (and the total itself hidden when below ``k``)."""
    out = table.astype({c: "object" for c in [*columns, *([total] if total else [])]})
    for column in columns:
        out[column] = [mark(k) if v < k else int(v) for v in out[column]]
    out = out.astype({c: "object" for c in columns})  # a column of counts only may take '<k'
    if total is not None:
        for row in out.index:
            hidden = [c for c in columns if _is_hidden(out.at[row, c], k)]
            if len(hidden) == 1:
                _hide_smallest(out, [(row, c) for c in columns], k)
            if out.at[row, total] < k:
                out.loc[row, [*columns, total]] = mark(k)
    return out


GAPS = "With a critical gap"
LABELS = ("Nation", "Region", "Local authority", "Sector", "Size band")


@dataclass(frozen=True, slots=True)
class _Part:
    """Rows whose total a reader may know: ``known`` when it is shown (the whole table, or a
    parent group shown in its own table), else hidden there."""

    rows: tuple[Any, ...]
    known: bool


def _protect(parts: Sequence[_Part], hidden: Callable[[Any], bool],
             value: Callable[[Any], Any], hide: Callable[[Any], None], k: int) -> None:
    """Secondary suppression of one count column.

    In each part whose total is known, the hidden cells are none, or two or more adding up
    to at least ``k`` (a row that is a known part on its own counts as shown: its value is
    public); in a part whose total is hidden elsewhere, at least one cell is hidden (else
    the rows would add up to it). Otherwise the smallest shown cell is hidden, until all
    hold."""
    public = {p.rows[0] for p in parts if p.known and len(p.rows) == 1}
    changed = True
    while changed:
        changed = False
        for part in parts:
            secret = [i for i in part.rows if hidden(i) and i not in public]
            if part.known:
                if not secret or (len(secret) >= 2 and sum(value(i) for i in secret) >= k):
                    continue
            elif secret or any(hidden(i) for i in part.rows):
                continue
            shown = [i for i in part.rows if not hidden(i) and i not in public]
            if shown:
                hide(min(shown, key=lambda i: value(i)))
                changed = True


def suppress_groups(table: pd.DataFrame, k: int = DEFAULT_K, *, firms: str = "Firms",
                    parents: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """A :func:`~readiness_app.analytics.cohort.by_group` table (with ``scored_counts``) made
    safe: groups with fewer than ``k`` firms hidden whole, means built from fewer than ``k``
    hidden, counts below ``k`` hidden; "With a critical gap" hidden where the firms without
    one are fewer than ``k``; and secondary suppression of the firms, "With a critical gap"
    and "Built from" counts (a mean goes with its count) over the whole table and within
    each parent group (a local authority's region and nation), so that no hidden count can
    be worked out from a total: the hidden cells of a set are two or more that add up to at
    least ``k``. ``parents`` are the parent tables already made safe ("Nation": the nation
    table...): a parent group whose own count is hidden there gives no total to subtract
    from. Without them every parent total counts as known."""
    out = table.astype("object")
    labels = [c for c in out.columns if c in LABELS]
    figures = [c for c in out.columns if c not in labels]

    def partitions(column: str) -> list[_Part]:
        found = [_Part(tuple(out.index), True)]
        for parent in labels[:-1]:
            shown_in = (parents or {}).get(parent)
            for name, rows in table.groupby(parent, sort=False, dropna=False).groups.items():
                known = True
                if shown_in is not None and column in shown_in:
                    match = shown_in[shown_in[parent] == name]
                    known = not (match.empty or all(_is_hidden(v, k) for v in match[column]))
                found.append(_Part(tuple(rows), known))
        return found

    whole: set[Any] = {i for i in out.index if table.at[i, firms] < k}
    _protect(partitions(firms), whole.__contains__, lambda i: table.at[i, firms],
             whole.add, k)
    for row in sorted(whole):
        out.loc[row, figures] = mark(k)
    for column in figures:
        if column.startswith("Mean "):
            built_from = f"Built from ({column.removeprefix('Mean ')})"
            for row in out.index:
                count = out.at[row, built_from]
                if not _is_hidden(count, k) and count < k:
                    out.at[row, column] = mark(k)
    for column in figures:
        if not column.startswith("Mean "):
            out[column] = [v if _is_hidden(v, k) or v >= k else mark(k) for v in out[column]]
    out = out.astype("object")  # a column with nothing hidden yet may take '<k' below
    if GAPS in out and "Assessments" in out:
        for row in out.index:
            if table.at[row, "Assessments"] - table.at[row, GAPS] < k:
                out.at[row, GAPS] = mark(k)
    for column in [GAPS, *(c for c in figures if c.startswith("Built from ("))]:
        if column not in out:
            continue
        mean = f"Mean {column.removeprefix('Built from (').removesuffix(')')}"

        def hide(row: Any, column: str = column, mean: str = mean) -> None:
            out.at[row, column] = mark(k)
            if mean in out:
                out.at[row, mean] = mark(k)

        def hidden(row: Any, column: str = column) -> bool:
            return _is_hidden(out.at[row, column], k)

        def value(row: Any, column: str = column) -> Any:
            return table.at[row, column]

        _protect(partitions(column), hidden, value, hide, k)
    return out


def suppress_summary(table: pd.DataFrame, k: int = DEFAULT_K) -> pd.DataFrame:
    """An :func:`~readiness_app.analytics.cohort.area_summary` table without lowest and
    highest, and with the mean and median hidden where fewer than ``k`` firms are scored."""
    out = table.drop(columns=[c for c in ("Lowest", "Highest") if c in table]).astype("object")
    for row in out.index:
        if out.at[row, "Scored"] < k:
            out.loc[row, ["Scored", "Mean score", "Median score"]] = mark(k)
    return out


def suppress_top(table: pd.DataFrame, k: int = DEFAULT_K) -> pd.DataFrame:
    """A top gaps or top actions table with counts (and their shares) below ``k`` hidden."""
    out = table.astype({"Assessments": "object", "Share": "object"})
    for row in out.index:
        if out.at[row, "Assessments"] < k:
            out.loc[row, ["Assessments", "Share"]] = mark(k)
    return out
