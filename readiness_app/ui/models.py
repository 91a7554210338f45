"""Table models over core and storage data (adapters only: nothing is computed here)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from readiness_app.core.progress import Progress
from readiness_app.core.scoring import AreaScore, Score
from readiness_app.core.text import score_text
from readiness_app.storage.library import AssessmentSummary

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

LevelName = Callable[[AssessmentSummary], str]
_log = logging.getLogger(__name__)


def when(stamp: datetime) -> str:
    """A date and time for people, in the computer's time zone.

    Never raises: a time that has no local equivalent (the last moment of 9999 east of UTC)
    is shown in UTC, and one that cannot be shown at all as its ISO text.
    """
    try:
        local = stamp.astimezone()
        return f"{local.day} {local:%b %Y, %H:%M}"
    except (OverflowError, ValueError, OSError):
        pass
    try:
        utc = stamp.astimezone(UTC) if stamp.tzinfo is not None else stamp
        return f"{utc.day} {utc:%b} {utc.year:04d}, {utc:%H:%M} UTC"
    except (OverflowError, ValueError, OSError):
        return stamp.isoformat()


class AssessmentListModel(QAbstractTableModel):
    """The library list: firm, last change, status and overall score of each assessment."""

    HEADERS = ("Firm", "Last changed", "Status", "Overall score")

    def __init__(self, level_name: LevelName | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[AssessmentSummary, ...] = ()
        self._level_name = level_name or (lambda s: s.level_id or "")

    def set_items(self, items: Sequence[AssessmentSummary]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = tuple(items)
        self.endResetModel()

    def summary_at(self, row: int) -> AssessmentSummary | None:
        """The assessment shown in ``row``."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, assessment_id: str) -> int:
        """The row showing an assessment, or -1."""
        for row, item in enumerate(self._items):
            if item.id == assessment_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of assessments (a table has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, tooltips and the assessment id (``ID_ROLE``).

        Qt calls this from C++, where a Python exception would kill the app: any failure is
        logged and the cell shown empty.
        """
        try:
            return self._data(index, role)
        except Exception:
            _log.exception("cannot show row %s, column %s", index.row(), index.column())
            return "" if role == Qt.ItemDataRole.DisplayRole else None

    def _data(self, index: AnyIndex, role: int) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.problem:
                return item.problem
            return item.firm_name if column == 0 else self._text(item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: AssessmentSummary, column: int) -> str:
        if column == 0:
            return item.firm_name
        if item.problem:  # a damaged row: only the firm's name is known to be right
            return "Damaged" if column == 2 else "?"
        if column == 1:
            return when(item.updated_at)
        if column == 2:
            return item.status.label
        if item.overall_score is None:
            return "Not scored yet"
        level = self._level_name(item)
        return score_text(item.overall_score) + (f" ({level})" if level else "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None


class AreaScoreModel(QAbstractTableModel):
    """The scores by area as a table: the text alternative to the chart."""

    HEADERS = ("Area", "Score (0 to 100)", "Level", "Questions answered")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._areas: tuple[AreaScore, ...] = ()
        self._counts: Progress | None = None

    def set_score(self, score: Score | None, counts: Progress | None = None) -> None:
        """Show the areas of a score (or nothing), with core's count of questions answered
        (the one the question page and review page use)."""
        self.beginResetModel()
        self._areas = score.areas if score is not None else ()
        self._counts = counts
        self.endResetModel()

    def _answered(self, area: AreaScore) -> str:
        if self._counts is not None:
            return self._counts.area(area.area.id).describe()
        return f"{area.answered} of {area.applicable}"

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of areas."""
        return 0 if parent.isValid() else len(self._areas)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text (a failure is logged and the cell shown empty: see the list model)."""
        try:
            return self._data(index, role)
        except Exception:
            _log.exception("cannot show area row %s, column %s", index.row(), index.column())
            return "" if role == Qt.ItemDataRole.DisplayRole else None

    def _data(self, index: AnyIndex, role: int) -> object:
        if not index.isValid() or index.row() >= len(self._areas):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        area = self._areas[index.row()]
        column = index.column()
        if column == 0:
            return area.area.title.get()
        if not area.applies:
            return ("Not applicable", "-", "-")[column - 1] if column < 4 else \
                self._answered(area)
        if column == 1:
            return score_text(area.score)
        if column == 2:
            if area.level is None:
                return "-"
            return area.level.title.get() + (" (held down by a critical gap)"
                                              if area.is_capped else "")
        return self._answered(area)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None
