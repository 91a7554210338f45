"""Progress widgets for the results page: a status control per action of the plan, and
"Since your last check" (the comparison with the previous visit, as text from core)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.action_plan import PlannedAction
from readiness_app.core.assessment import ActionRecord, ActionStatus
from readiness_app.core.comparison import Comparison, ScoreChange
from readiness_app.core.text import score_text
from readiness_app.ui import theme
from readiness_app.ui.compare_chart import shown_level
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.widgets import heading, role_label, wrapped

NOT_STARTED = QT_TRANSLATE_NOOP("tracking", "Not started")  # shown translated


class ActionTracker(QFrame):
    """One row per action: its title and a status box (not started, planned, in progress,
    done, not doing). Choosing a status emits :attr:`status_chosen`; the page saves it."""

    status_chosen = Signal(str, object)  # action id, ActionStatus or None (not started)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("tracking", "Where each action stands"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(theme.SPACE_XS, theme.SPACE_XS, theme.SPACE_XS,
                                      theme.SPACE_XS)
        self._grid.setHorizontalSpacing(theme.SPACE_M)
        self._grid.setVerticalSpacing(theme.SPACE_S)
        self._grid.setColumnStretch(0, 1)
        self.boxes: dict[str, QComboBox] = {}
        self._rows: list[QWidget] = []

    def set_actions(self, actions: Sequence[PlannedAction],
                    records: dict[str, ActionRecord],
                    numbers: Mapping[str, int] | None = None) -> None:
        """Show ``actions`` with the status each has in ``records``, under the plan's own
        numbers (``ActionPlan.numbers``) when given."""
        for widget in self._rows:
            widget.hide()
            widget.deleteLater()
        self._rows = []
        self.boxes = {}
        if not actions:
            empty = role_label(translate("tracking", "No actions to track."), "muted")
            self._grid.addWidget(empty, 0, 0)
            self._rows.append(empty)
        for row, planned in enumerate(actions):
            number = numbers.get(planned.id, row + 1) if numbers is not None else row + 1
            title = wrapped(f"{number}. {planned.text_title().get(lang())}")
            box = QComboBox()
            box.addItem(translate("tracking", NOT_STARTED), None)
            tr = messages()
            for status in ActionStatus:
                box.addItem(tr(status.label), status)
            record = records.get(planned.id)
            if record is not None:
                box.setCurrentIndex(box.findData(record.status))
                when = tr.date(record.at.date())
                box.setToolTip(f"{tr(record.status.label)} · {when}"
                               + (f", {record.who}" if record.who else "")
                               + (f": {record.note}" if record.note else ""))
            box.setAccessibleName(translate("tracking", "Status of {value}").format(
                                  value=planned.text_title().get(lang())))
            title.setBuddy(box)
            box.currentIndexChanged.connect(
                lambda _i, action_id=planned.id, b=box: self.status_chosen.emit(
                    action_id, b.currentData()))
            self._grid.addWidget(title, row, 0)
            self._grid.addWidget(box, row, 1)
            self._rows += [title, box]
            self.boxes[planned.id] = box


def _change(change: ScoreChange) -> str:
    delta = change.change
    sign = "" if delta is None else f" ({delta:+.0f})"
    return f"{score_text(change.before)} → {score_text(change.after)}{sign}"


def comparison_lines(comparison: Comparison) -> list[str]:
    """The comparison as short lines of plain text (the page and its tests)."""
    c = comparison
    counts = c.action_counts
    lines = [translate("tracking", "Compared with the check of {day}.").format(
                 day=messages().date(c.date_before.date())),
             translate("tracking", "Overall: {change} ({before} → {after})").format(
                 change=_change(c.overall), before=shown_level(c.overall.level_before),
                 after=shown_level(c.overall.level_after))]
    lines += [f"{a.title}: {_change(a)}" for a in c.areas]
    lines.append(translate("tracking", "Actions from last time: {done} done, {in_progress} in "
                                       "progress, {planned} planned, {not_doing} not doing, "
                                       "{not_started} not started.").format(**counts))
    better = sum(1 for m in c.moved if m.direction == "up")
    worse = sum(1 for m in c.moved if m.direction == "down")
    lines.append(translate("tracking", "Answers that changed: {count} ({better} better, "
                                       "{worse} worse).").format(
                                           count=len(c.moved), better=better, worse=worse))
    return lines


class SinceLastCheck(QFrame):
    """The comparison with the previous visit; hidden when there is none. Its button asks
    for the full comparison view (:attr:`compare_requested`)."""

    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("tracking", "Since your last check"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(translate("tracking", "Since your last check"), 3)
        self.text = wrapped("")
        self.compare_button = QPushButton(translate("tracking", "Compare &with the last visit…"))
        self.compare_button.setAccessibleName(translate(
                "tracking", "Compare with the last visit (chart, answers "
                                              "that changed, actions)"))
        self.compare_button.clicked.connect(self.compare_requested)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.hide()

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison`` (None hides the section)."""
        if comparison is None:
            self.text.setText("")
            self.hide()
            return
        lines = comparison_lines(comparison)
        self.text.setText("\n".join(lines))
        self.setAccessibleDescription(" ".join(lines))
        self.show()
