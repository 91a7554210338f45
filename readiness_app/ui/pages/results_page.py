"""The results: overall score and level, the areas (chart and table), strengths, the top
priorities with first steps, local support, and saving the PDF plan or the assessment file.

Every number comes from core (``score_assessment``, ``build_plan``); the PDF comes from the
report code and is made off the UI thread with progress and Cancel.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.errors import GeographyDataError, ReadinessError
from readiness_app.core.questionnaire import SupportTopic
from readiness_app.core.scoring import critical_gap_summary
from readiness_app.core.support_directory import SupportDirectory, help_label
from readiness_app.core.text import file_name_stem, percent, score_text
from readiness_app.services.local_support import FirmSupport, load_directory
from readiness_app.storage.atomic import write_bytes_atomic
from readiness_app.storage.library import Library
from readiness_app.ui import dialogs, errors, workers
from readiness_app.ui.chart import AreaChart
from readiness_app.ui.local_area import firm_support, plan_pdf_bytes
from readiness_app.ui.models import AreaScoreModel
from readiness_app.ui.pages.library_page import export_with_dialog
from readiness_app.ui.session import AssessmentSession
from readiness_app.ui.widgets import (
    MessageArea,
    ProgressPanel,
    heading,
    scroll_area,
    set_heading,
    wrapped,
)

TOP_PRIORITIES = 5
MAX_STRENGTHS = 8

def pdf_file_name(firm_name: str, today: dt.date) -> str:
    """A safe default file name for the plan."""
    return f"{file_name_stem(firm_name, 'firm')}_action-plan_{today.isoformat()}.pdf"


class ListBox(QListWidget):
    """A read-only, word-wrapping list that is exactly as tall as its rows."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def set_lines(self, lines: list[str], empty: str) -> None:
        """Show ``lines`` (or ``empty`` when there are none)."""
        self.clear()
        self.addItems(lines or [empty])
        self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.setAccessibleDescription(" ".join(lines or [empty]))
        self._fit()

    def _fit(self) -> None:
        self.doItemsLayout()
        height = sum(self.sizeHintForRow(r) for r in range(self.count()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: object) -> None:
        """Re-measure rows when the width changes their wrapping."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()


class ResultsPage(QWidget):
    """The results of one assessment (see the module docstring)."""

    change_answers_requested = Signal()
    library_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._session: AssessmentSession | None = None
        self._directory: SupportDirectory | None = None
        self._worker: workers.Worker | None = None
        self.support: FirmSupport | None = None
        self.today = dt.date.today()

        self.title = heading("")
        self.subtitle = wrapped()
        self.overall = heading("", 2)
        self.level_text = wrapped()
        self.level_text.setAccessibleName("What the level means")
        self.chart = AreaChart()
        self.area_model = AreaScoreModel(self)
        self.area_table = QTableView()
        self.area_table.setModel(self.area_model)
        self.area_table.setAccessibleName("Scores by area (table)")
        self.area_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_table.setTabKeyNavigation(False)
        self.area_table.verticalHeader().setVisible(False)
        self.area_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.area_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.area_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.not_applicable = wrapped()
        self.not_applicable.setAccessibleName("Areas that do not apply")
        self.priorities = ListBox("First actions with first steps")
        self.plan_note = wrapped()
        self.plan_note.setAccessibleName("How the plan fits the firm")
        self.later = ListBox("Later, once the year's plan is done")
        self.strengths = ListBox("Strengths")
        self.place = wrapped()
        self.place.setAccessibleName("Area")
        self.local_support = ListBox("Local support")

        self.pdf_button = QPushButton("Save the &PDF action plan…")
        self.pdf_button.setAccessibleName("Save the PDF action plan")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.export_button = QPushButton("E&xport the assessment file…")
        self.export_button.setAccessibleName("Export the assessment file")
        self.export_button.clicked.connect(self.export_file)
        self.change_button = QPushButton("&Change answers")
        self.change_button.setAccessibleName("Change answers")
        self.change_button.clicked.connect(self.change_answers_requested)
        self.library_button = QPushButton("&All assessments")
        self.library_button.setAccessibleName("All assessments")
        self.library_button.clicked.connect(self.library_requested)
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_pdf)
        self.message = MessageArea()

        content = QWidget()
        body = QVBoxLayout(content)
        for widget in (self.title, self.subtitle, self.overall, self.level_text,
                       heading("Scores by area", 3), self.chart, self.area_table,
                       self.not_applicable,
                       heading("First actions", 3), self.priorities, self.plan_note,
                       heading("Later, once the year's plan is done", 3), self.later,
                       heading("Strengths", 3), self.strengths,
                       heading("Support near the firm", 3), self.place, self.local_support):
            body.addWidget(widget)
        body.addStretch(1)
        self.scroll_area = scroll_area(content)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.library_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        order: list[QWidget] = [self.chart, self.area_table, self.priorities, self.later,
                                self.strengths,
                                self.local_support, self.progress.cancel_button,
                                self.pdf_button, self.export_button, self.change_button,
                                self.library_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- showing

    def show_session(self, session: AssessmentSession) -> None:
        """Show the results of the assessment as saved (scored and planned by core)."""
        self._session = session
        self.message.clear_message()
        assessment = session.assessment
        plan = session.plan()
        score = plan.score
        set_heading(self.title, f"Results for {assessment.firm.name}")
        self.subtitle.setText(f"{session.questionnaire.title.get()} · "
                              f"{assessment.status.label} · "
                              f"{percent(score.coverage)} of the questions answered")
        if score.overall is None or score.level is None:
            set_heading(self.overall, "No score yet: answer some questions first.", 2)
            self.level_text.setText("")
        else:
            held = " (held down by a critical gap)" if score.is_capped else ""
            set_heading(self.overall, f"Overall score {score_text(score.overall)} out of 100: "
                        f"{score.level.title.get()}{held}", 2)
            description = score.level.description.get() if score.level.description else ""
            self.level_text.setText(" ".join(x for x in (description,
                                                         critical_gap_summary(score)) if x))
        self.chart.set_score(score)
        self.area_model.set_score(score)
        self.area_table.resizeRowsToContents()
        header_height = self.area_table.horizontalHeader().sizeHint().height()
        rows = sum(self.area_table.rowHeight(r) for r in range(self.area_model.rowCount()))
        self.area_table.setFixedHeight(header_height + rows + 2 * self.area_table.frameWidth())
        self.not_applicable.setText("\n".join(
            " ".join(x for x in (f"{a.area.title.get()}: not applicable.",
                                 a.not_applicable_reason.get() if a.not_applicable_reason
                                 else "", a.note.get() if a.note else "") if x)
            for a in score.not_applicable))
        self.not_applicable.setVisible(bool(score.not_applicable))
        self.priorities.set_lines(
            [f"{n}. {p.text_title().get()}. First step: {p.text_first_step().get()} "
             f"({p.timeframe.label.lower()}; effort {p.action.effort.value}; "
             f"{p.action.cost.label.lower()})"
             for n, p in enumerate(plan.top_priorities(TOP_PRIORITIES), start=1)],
            "No actions needed from the answers so far.")
        notes = [load.note() for load in plan.loads if load.note()]
        self.plan_note.setText(
            f"This year's plan has {len(plan.scheduled)} actions; the PDF lists them all. "
            f"Fitted to: {plan.means.describe()} " + " ".join(notes))
        self.later.set_lines(
            [f"{p.text_title().get()} – {p.why_later}" for p in plan.later],
            "Nothing left for later.")
        self.strengths.set_lines(
            [f"{r.question_text.get()} – {r.answer_text.get()}"
             for r in score.strengths[:MAX_STRENGTHS]]
            + ([f"…and {len(score.strengths) - MAX_STRENGTHS} more"]
               if len(score.strengths) > MAX_STRENGTHS else []),
            "No full-marks answers yet.")
        self._show_support()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _show_support(self) -> None:
        session = self._session
        if session is None:
            return
        try:
            if self._directory is None:
                self._directory = load_directory()
            support = firm_support(session.assessment.firm, self._directory, self.today)
        except (GeographyDataError, ReadinessError) as exc:
            self.support = None
            self.place.setText(f"The support directory cannot be read: {exc}")
            self.local_support.set_lines([], "No support listed.")
            return
        self.support = support
        stale = (" The directory is more than a year old; check the details before you call."
                 if support.directory_stale else "")
        self.place.setText(f"{support.place}. Directory checked "
                           f"{support.directory_date:%B %Y}.{stale}")
        lines = []
        # The topics, then any narrower help the plan's actions ask for (e.g. Acas for
        # consulting staff), each by the one rule in core (TopicSupport.for_action).
        wanted: list[tuple[SupportTopic, tuple[str, ...]]] = [(t, ()) for t in support.support]
        wanted += list(dict.fromkeys((p.action.topic, p.action.support_kinds)
                                     for p in session.plan().actions if p.action.support_kinds))
        for topic, kinds in wanted:
            found = support.support.get(topic)
            if found is None:
                continue
            for match in found.for_action(kinds):
                org = match.organisation
                phone = f", {org.checked_phone}" if org.checked_phone else ""
                lines.append(f"{help_label(topic, kinds)}: {org.name} "
                             f"({match.scope.value}) – {org.website}{phone}")
        self.local_support.set_lines(lines, "No support listed for this area.")

    def focus_start(self) -> None:
        """Focus the first results control."""
        self.chart.setFocus()

    # -- files

    def export_file(self) -> Path | None:
        """Save the assessment as a ``.readiness`` file."""
        if self._session is None:
            return None
        return export_with_dialog(self, self._library, self._session.assessment_id,
                                  self.message)

    @Slot()
    def save_pdf(self) -> None:
        """Ask where to save the action plan, then make it off the UI thread."""
        session = self._session
        if session is None or self._worker is not None:
            return
        target = dialogs.ask_save_path(
            self, "Save the PDF action plan",
            Path.home() / pdf_file_name(session.assessment.firm.name, self.today),
            dialogs.PDF_FILTER)
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.start_pdf(target)

    def start_pdf(self, target: Path) -> workers.Worker | None:
        """Make the PDF for the assessment as saved and write it to ``target``."""
        session = self._session
        if session is None or self._worker is not None:
            return None
        questionnaire, assessment = session.questionnaire, session.assessment
        today = self.today
        directory = self._directory  # the one the page already shows (read-only)

        def make(progress: workers.Progress) -> Path:
            progress.report(0, 2, "Making the action plan…")
            data = plan_pdf_bytes(questionnaire, assessment, today, directory)
            progress.check()
            progress.report(1, 2, f"Writing {target.name}…")
            write_bytes_atomic(target, data)
            progress.report(2, 2, "Saved")
            return target

        worker = workers.Worker(make)
        self._worker = worker
        worker.signals.progress.connect(self.progress.update_progress)
        worker.signals.finished.connect(self._on_pdf_saved)
        worker.signals.failed.connect(self._on_pdf_failed)
        worker.signals.cancelled.connect(
            lambda: self.message.show_message("Cancelled: no PDF was saved."))
        worker.signals.done.connect(self._on_pdf_done)
        self.message.clear_message()
        self.progress.begin("Making the action plan…")
        self.pdf_button.setEnabled(False)
        workers.start(worker)
        return worker

    @Slot()
    def cancel_pdf(self) -> None:
        """Stop making the PDF; nothing is written."""
        if self._worker is not None:
            self._worker.cancel()
            self.progress.cancel_button.setEnabled(False)

    def _on_pdf_saved(self, path: object) -> None:
        self.message.show_message(f"Saved the action plan to {path}.")

    def _on_pdf_failed(self, exc: object) -> None:
        if isinstance(exc, ReadinessError):
            errors.report_problem(self, "Cannot save the action plan", exc)
            self.message.show_message("The action plan was not saved.")
        elif isinstance(exc, BaseException):
            raise exc

    def _on_pdf_done(self) -> None:
        self._worker = None
        self.progress.end()
        self.pdf_button.setEnabled(True)

    def wait_for_work(self) -> None:
        """Cancel a PDF being made and wait for it (when the window closes)."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(30)
