"""A firm's history: every visit (assessment) of one firm, oldest first, with its score,
level, each area's score and the change since the visit before; one can be opened.

The visits are those linked by *Copy to re-assess* (the firm's series in the library).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.errors import ReadinessError
from readiness_app.core.text import score_change, score_text
from readiness_app.storage.library import AssessmentSummary, Library
from readiness_app.ui import errors
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, messages, short_month, translate
from readiness_app.ui.models import LevelName, when
from readiness_app.ui.widgets import heading, wrapped

AnyIndex = QModelIndex | QPersistentModelIndex
# The shipped questionnaires' areas, in their order; other areas follow by id.
AREA_TITLES = {"investment": QT_TRANSLATE_NOOP("firm_history", "Investing"),
               "cyber": QT_TRANSLATE_NOOP("firm_history", "Cyber security"),
               "people": QT_TRANSLATE_NOOP("firm_history", "Staff")}  # shown translated
_log = logging.getLogger(__name__)


class VisitTableModel(QAbstractTableModel):
    """The visits of one firm: started, status, score, level, change, area scores."""

    FIXED = (QT_TRANSLATE_NOOP("firm_history", "Visit started"),  # shown translated
             QT_TRANSLATE_NOOP("firm_history", "Status"),
             QT_TRANSLATE_NOOP("firm_history", "Score"),
             QT_TRANSLATE_NOOP("firm_history", "Level"),
             QT_TRANSLATE_NOOP("firm_history", "Change"),
             QT_TRANSLATE_NOOP("firm_history", "Last changed"))

    def __init__(self, visits: Sequence[AssessmentSummary], level_name: LevelName,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits = tuple(visits)
        self._level_name = level_name
        found = {area for v in self._visits for area in v.area_scores}
        self._areas = [a for a in AREA_TITLES if a in found] + sorted(found - set(AREA_TITLES))

    def visit_at(self, row: int) -> AssessmentSummary | None:
        """The visit shown in ``row``."""
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of visits."""
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.FIXED) + len(self._areas)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < len(self.FIXED):
            return translate("firm_history", self.FIXED[section])
        area = self._areas[section - len(self.FIXED)]
        return translate("firm_history", AREA_TITLES[area]) if area in AREA_TITLES \
            else area.capitalize()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text (a failure is logged and the cell shown empty: Qt calls this from C++)."""
        try:
            if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                                   Qt.ItemDataRole.AccessibleTextRole,
                                                   Qt.ItemDataRole.ToolTipRole):
                return None
            return self._text(index.row(), index.column())
        except Exception:
            _log.exception("cannot show visit %s, column %s", index.row(), index.column())
            return ""

    def _text(self, row: int, column: int) -> str:
        visit = self._visits[row]
        if visit.problem:
            return translate("firm_history", "Damaged") if column == 1 else "?"
        if column == 0:
            started = visit.created_at.astimezone()
            return f"{started.day} {short_month(started.month)} {started.year}"
        if column == 1:
            return messages()(visit.status.label)
        if column == 2:
            return score_text(visit.overall_score) if visit.overall_score is not None else "-"
        if column == 3:
            return self._level_name(visit) if visit.overall_score is not None else ""
        if column == 4:
            change = self._change(row)
            return "" if change is None else f"{change:+.0f}"
        if column == 5:
            return when(visit.updated_at)
        score = visit.area_scores.get(self._areas[column - len(self.FIXED)])
        return score_text(score) if score is not None else "-"

    def _change(self, row: int) -> int | None:
        """The change since the visit before it in this list (the firm's previous visit), in
        the whole points shown (core.text.score_change)."""
        if row == 0:
            return None
        return score_change(self._visits[row - 1].overall_score, self._visits[row].overall_score)


class FirmHistoryDialog(QDialog):
    """The visits of the selected assessment's firm; *Open* opens the one selected."""

    def __init__(self, visits: Sequence[AssessmentSummary], level_name: LevelName,
                 select_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        firm = visits[-1].firm_name if visits else ""
        self.setWindowTitle(translate("firm_history", "History of {firm}").format(
                            firm=firm))
        self.model = VisitTableModel(visits, level_name, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("firm_history", "Visits of {firm}").format(
                                     firm=firm))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.summary = wrapped((translate(
                "firm_history", "1 visit, oldest first. The change is the overall score's "
                                "change since the visit before.") if len(visits) == 1
                else translate(
                "firm_history", "{count} visits, oldest first. The change is the overall "
                                "score's change since the visit before.")).format(
                                count=len(visits)))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(translate("firm_history", "&Open this visit"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(translate("firm_history", "Open the selected visit"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("firm_history", "Close the history"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(firm, 2))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        row = next((r for r, v in enumerate(visits) if v.id == select_id), len(visits) - 1)
        self.table.selectRow(max(row, 0))
        self.resize(760, 360)

    def selected_id(self) -> str | None:
        """The visit selected in the table."""
        index = self.table.selectionModel().currentIndex()
        visit = self.model.visit_at(index.row()) if index.isValid() else None
        return visit.id if visit is not None else None

    @classmethod
    def choose(cls, parent: QWidget, library: Library, assessment_id: str,
               level_name: LevelName) -> str | None:
        """Show the firm's history; the id of the visit to open, or None."""
        try:
            visits = library.history(assessment_id)
        except ReadinessError as exc:
            errors.report_problem(parent, translate("firm_history",
                                                    "Cannot read the firm's history"), exc)
            return None
        dialog = cls(visits, level_name, assessment_id, parent)
        return dialog.selected_id() if dialog.exec() == QDialog.DialogCode.Accepted else None
