"""The cohort view: the library's assessments together, for an adviser's or a hub's report.

Filters as in the library (search, status, latest visit of each firm, a date range on the day
each assessment was started); three charts (levels by area, mean scores by month, the most
common critical gaps), each with its numbers in a table and in its accessible description;
export to XLSX, CSV (a folder) and PNG (the charts).

Every figure comes from :mod:`readiness_app.services.cohort_view`, loaded off the UI thread
on its own library connection; a newer filter replaces a load still running. Errors never
escape into Qt: a problem with the computer is shown calmly, anything else is logged and
named in the page's message.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.assessment import Status
from readiness_app.core.errors import ReadinessError
from readiness_app.services.cohort import CohortFilters
from readiness_app.services.cohort_view import CohortView, Table, export_csv, export_xlsx
from readiness_app.storage.atomic import write_bytes_atomic
from readiness_app.storage.library import Library
from readiness_app.ui import dialogs, errors, theme, workers
from readiness_app.ui.cohort_chart import GapsChart, LevelsChart, MonthlyChart, _Chart, shown
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, error_text, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.pages.results_page import documents_folder
from readiness_app.ui.plain_table import RowsModel, fit_height, rows_view
from readiness_app.ui.widgets import (
    MessageArea,
    ProgressPanel,
    heading,
    make_primary,
    role_label,
    scroll_area,
    wrapped,
)

log = logging.getLogger(__name__)

OpenLibrary = Callable[[], Library]
# English; shown translated
XLSX_FILTER = QT_TRANSLATE_NOOP("cohort_page", "Excel workbooks (*.xlsx)")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "cohort_page",
    "There are no assessments in the library yet, so there is nothing to report. "
    "Start an assessment (or import assessment files) from All assessments; the "
    "cohort report then shows how the firms stand together: their levels in each "
    "area, how the scores change month by month and the most common critical gaps.")
NO_MATCH_TEXT = QT_TRANSLATE_NOOP(
    "cohort_page", "No assessments match these filters. Clear the search or widen the dates.")
# At most this many progress updates per load: each signal crosses threads, and a library of
# 100,000 assessments must not send 100,000 of them.
PROGRESS_STEPS = 50
CHART_FILES = {"levels": "cohort-levels-by-area.png", "months": "cohort-scores-by-month.png",
               "gaps": "cohort-top-gaps.png"}


def ask_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    """Ask for a folder (None when the user cancels)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def covered(view: CohortView) -> str:
    """How many assessments and firms the figures cover, in the app's language (the
    service's ``describe`` in English)."""
    if view.assessments == 0:
        return translate("cohort_page", "No assessments match these filters.")
    assessments = translate("cohort_page", "1 assessment") if view.assessments == 1 else \
        translate("cohort_page", "{count} assessments").format(count=view.assessments)
    firms = translate("cohort_page", "1 firm") if view.firms == 1 else \
        translate("cohort_page", "{count} firms").format(count=view.firms)
    text = translate("cohort_page", "{assessments} of {firms}.").format(
        assessments=assessments, firms=firms)
    if view.skipped:
        text += " " + translate("cohort_page", "{count} left out (questionnaire not "
                                               "installed).").format(count=len(view.skipped))
    return text


def _describe_failure(exc: object) -> str:
    return f"{type(exc).__name__}: {exc}" if isinstance(exc, BaseException) else str(exc)


class CohortSection:
    """A chart and the table of its numbers, under a heading."""

    def __init__(self, title: str, hint: str, chart: _Chart, parent: QWidget,
                 stretch: int = 0) -> None:
        self.heading = heading(title, 3)
        self.hint = role_label(hint, "muted")
        self.chart = chart
        self.model = RowsModel(parent, shown)
        self.table: QTableView = rows_view(self.model, translate(
            "cohort_page", "{title} (table)").format(title=title), stretch)

    def widgets(self) -> list[QWidget]:
        """What the section shows, top to bottom."""
        return [self.heading, self.hint, self.chart, self.table]

    def show(self, table: Table) -> None:
        """Draw the chart and fill the table with the same rows."""
        self.chart.set_table(table)
        self.model.set_rows(table.headers, table.rows)
        fit_height(self.table)


class CohortPage(QWidget):
    """The cohort view (see the module docstring)."""

    library_requested = Signal()
    loaded = Signal()  # a load finished (shown, failed or replaced): for tests and callers

    def __init__(self, open_library: OpenLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_library = open_library
        self._worker: workers.Worker | None = None
        self._export_worker: workers.Worker | None = None
        self.view: CohortView | None = None

        self.title = heading(translate("cohort_page", "Cohort report"))
        self.intro = role_label(translate(
                "cohort_page", "All the assessments in the library together: for a report "
                                "to a funder or a slide. Every figure is worked out on this "
                                "computer."), "muted")
        search_label = QLabel(translate("cohort_page", "&Search:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("cohort_page", "Firm name, sector or postcode"))
        self.search.setAccessibleName(translate("cohort_page", "Search the cohort"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        status_label = QLabel(translate("cohort_page", "S&tatus:"))
        self.status = QComboBox()
        self.status.setAccessibleName(translate("cohort_page", "Status"))
        self.status.addItem(translate("cohort_page", "Any status"), None)
        for status in Status:
            self.status.addItem(messages()(status.label), status)
        status_label.setBuddy(self.status)
        self.latest = QCheckBox(translate("cohort_page", "&Latest visit of each firm only"))
        self.latest.setAccessibleName(translate("cohort_page", "Latest visit of each firm only"))
        today = QDate.currentDate()
        self.from_check = QCheckBox(translate("cohort_page", "Fro&m:"))
        self.from_check.setAccessibleName(translate(
                "cohort_page", "Only assessments started from a date"))
        self.from_date = self._date_edit(translate("cohort_page", "Started from"),
                                         today.addYears(-1))
        self.to_check = QCheckBox(translate("cohort_page", "T&o:"))
        self.to_check.setAccessibleName(translate(
                "cohort_page", "Only assessments started up to a date"))
        self.to_date = self._date_edit(translate("cohort_page", "Started up to"), today)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._filters_changed)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.latest.toggled.connect(self._filters_changed)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._filters_changed)
            edit.dateChanged.connect(self._filters_changed)

        self.summary = wrapped()
        self.summary.setAccessibleName(translate("cohort_page", "What the report covers"))
        self.levels = CohortSection(
            translate("cohort_page", "Levels by area"), translate(
                "cohort_page", "How many assessments reached each level, overall and in each "
                               "area (lightest: Starting; darkest: Advanced)."),
            LevelsChart(), self)
        self.months = CohortSection(
            translate("cohort_page", "Mean scores by month"), translate(
                "cohort_page", "The mean score of the assessments started each month, "
                               "overall and in each area (0 to 100)."), MonthlyChart(), self)
        self.gaps = CohortSection(
            translate("cohort_page", "Most common critical gaps"), translate(
                "cohort_page", "The critical gaps most assessments have, with how many and "
                               "their share of all the assessments shown."), GapsChart(), self,
            1)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, theme.SPACE_S, theme.SPACE_S, theme.SPACE_S)
        body.setSpacing(theme.SPACE_S)
        body.addWidget(self.summary)
        for section in self.sections:
            for widget in section.widgets():
                body.addWidget(widget)
            body.addSpacing(theme.SPACE_M)
        body.addStretch(1)
        self.report_area = scroll_area(content)
        self.empty = wrapped(translate("cohort_page", EMPTY_TEXT))
        self.empty.setProperty("role", "lead")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_button = make_primary(QPushButton(translate(
                "cohort_page", "&Go to all assessments")))
        self.empty_button.setAccessibleName(translate("cohort_page", "Go to all assessments"))
        self.empty_button.clicked.connect(self.library_requested)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(0, theme.SPACE_M, 0, 0)
        empty_layout.addWidget(heading(translate("cohort_page", "Nothing to report yet"), 2))
        empty_layout.addWidget(self.empty)
        empty_layout.addWidget(self.empty_button, alignment=Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.empty_page = empty_page
        self.no_match = wrapped(translate("cohort_page", NO_MATCH_TEXT))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.views = QStackedWidget()
        for view in (self.report_area, self.empty_page, self.no_match):
            self.views.addWidget(view)

        self.xlsx_button = make_primary(QPushButton(translate("cohort_page", "&Export to XLSX…")))
        self.xlsx_button.setAccessibleName(translate(
                "cohort_page", "Export the cohort report to a spreadsheet (XLSX)"))
        self.xlsx_button.clicked.connect(self.ask_export_xlsx)
        self.csv_button = QPushButton(translate("cohort_page", "Export &CSV files…"))
        self.csv_button.setAccessibleName(translate(
                "cohort_page", "Export the cohort report as CSV files in a folder"))
        self.csv_button.clicked.connect(self.ask_export_csv)
        self.png_button = QPushButton(translate("cohort_page", "Save charts as &PNG…"))
        self.png_button.setAccessibleName(translate(
                "cohort_page", "Save the charts as PNG pictures in a folder"))
        self.png_button.clicked.connect(self.ask_export_png)
        self.library_button = QPushButton(translate("cohort_page", "&All assessments"))
        self.library_button.setAccessibleName(translate("cohort_page", "All assessments"))
        self.library_button.clicked.connect(self.library_requested)
        self.message = MessageArea()
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_work)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        dates = QHBoxLayout()
        for widget in (self.latest, self.from_check, self.from_date, self.to_check,
                       self.to_date):
            dates.addWidget(widget)
        dates.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.xlsx_button, self.csv_button, self.png_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.library_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        order: list[QWidget] = [self.search, self.status, self.latest, self.from_check,
                                self.from_date, self.to_check, self.to_date]
        for section in self.sections:
            order += [section.chart, section.table]
        order += [self.empty_button, self.progress.cancel_button, self.xlsx_button,
                  self.csv_button, self.png_button, self.library_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    def _date_edit(self, name: str, date: QDate) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        edit.lineEdit().setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    @property
    def sections(self) -> tuple[CohortSection, CohortSection, CohortSection]:
        """The three charts with their tables, in page order."""
        return (self.levels, self.months, self.gaps)

    def set_icons(self, current: theme.Theme) -> None:
        """Draw the buttons' icons in the theme's colours."""
        self.xlsx_button.setIcon(theme.icon("save", current.on_accent))
        self.csv_button.setIcon(theme.icon("save", current.text))
        self.png_button.setIcon(theme.icon("save", current.text))

    def focus_start(self) -> None:
        """Focus the search box."""
        self.search.setFocus()

    # -- filters and loading

    def filters(self) -> CohortFilters:
        """The filters as set; ValueError when the dates are the wrong way round."""
        status = self.status.currentData()
        return CohortFilters(
            search=self.search.text().strip(),
            status=status if isinstance(status, Status) else None,
            latest=self.latest.isChecked(),
            date_from=_day(self.from_date.date()) if self.from_check.isChecked() else None,
            date_to=_day(self.to_date.date()) if self.to_check.isChecked() else None)

    @Slot()
    def _filters_changed(self) -> None:
        self._timer.start()

    @Slot()
    def refresh(self) -> workers.Worker | None:
        """Load the cohort for the filters off the UI thread (replacing a load running)."""
        self._timer.stop()
        try:
            filters = self.filters()
        except ValueError as exc:
            self.message.show_message(translate("cohort_page", "Check the dates: {exc}.").format(
                                      exc=error_text(exc)))
            self.loaded.emit()
            return None
        if self._worker is not None:
            self._worker.cancel()
        open_library = self._open_library

        def load(progress: workers.Progress) -> CohortView:
            from readiness_app.services.cohort_view import load_cohort_view

            with open_library() as library:
                total = library.count()
                every = max(25, total // PROGRESS_STEPS)

                def step(done: int) -> None:
                    progress.check()
                    if done % every == 0 or done == total:
                        progress.report(done, total, translate(
                            "cohort_page", "Reading assessment {done} of {total}…").format(
                                done=done, total=total))

                return load_cohort_view(library, filters, progress=step,
                                        language=lang())

        worker = workers.Worker(load)
        self._worker = worker
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(lambda view: self._on_loaded(worker, view))
        worker.signals.failed.connect(lambda exc: self._on_failed(worker, exc))
        worker.signals.done.connect(lambda: self._on_done(worker))
        self.message.clear_message()
        self.progress.begin(translate("cohort_page", "Reading the library…"))
        self._update_buttons()
        workers.start(worker)
        return worker

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._worker is not None:
            self.progress.update_progress(done, total, text)

    def _on_loaded(self, worker: workers.Worker, view: object) -> None:
        if worker is not self._worker or not isinstance(view, CohortView):
            return  # replaced by a newer load
        try:
            self.show_view(view)
        except Exception as exc:  # a fault in drawing must not escape into Qt
            log.exception("cannot show the cohort")
            self.message.show_message(translate(
                    "cohort_page", "The cohort report could not be shown "
                                      "({value}). The details are in the "
                                      "app's log.").format(
                                      value=_describe_failure(exc)))

    def show_view(self, view: CohortView) -> None:
        """Show the figures of ``view``."""
        self.view = view
        for button in (self.xlsx_button, self.csv_button, self.png_button):
            button.setVisible(not view.library_empty)  # one primary button: the empty page's
        if view.library_empty:
            self.views.setCurrentWidget(self.empty_page)
            self.summary.setText("")
        elif view.assessments == 0:
            self.views.setCurrentWidget(self.no_match)
            self.summary.setText(covered(view))
        else:
            self.views.setCurrentWidget(self.report_area)
            self.summary.setText(covered(view))
            self.levels.show(view.levels)
            self.months.show(view.months)
            self.gaps.show(view.gaps)
        self._update_buttons()

    def _on_failed(self, worker: workers.Worker, exc: object) -> None:
        if worker is not self._worker:
            return
        if isinstance(exc, ReadinessError):
            errors.report_problem(self, translate("cohort_page", "Cannot read the library"), exc)
            self.message.show_message(translate(
                    "cohort_page", "The cohort report could not be made: "
                                      "{value}").format(
                                      value=errors.describe_problem(exc)))
        else:
            log.error("cannot make the cohort report: %s", _describe_failure(exc),
                      exc_info=exc if isinstance(exc, BaseException) else None)
            self.message.show_message(translate(
                    "cohort_page", "The cohort report could not be made "
                                      "({value}). The details are in the "
                                      "app's log.").format(
                                      value=_describe_failure(exc)))

    def _on_done(self, worker: workers.Worker) -> None:
        if worker is not self._worker:
            return
        self._worker = None
        self.progress.end()
        self._update_buttons()
        self.loaded.emit()

    @Slot()
    def cancel_work(self) -> None:
        """Stop the load (or export) that is running."""
        for worker in (self._worker, self._export_worker):
            if worker is not None:
                worker.cancel()
        self.progress.cancel_button.setEnabled(False)

    def wait_for_work(self) -> None:
        """Cancel anything running and wait for it (when the window closes)."""
        for worker in (self._worker, self._export_worker):
            if worker is not None:
                worker.cancel()
                worker.wait(30)

    @property
    def busy(self) -> bool:
        """True while a load or an export runs."""
        return self._worker is not None or self._export_worker is not None

    def _update_buttons(self) -> None:
        ready = self.view is not None and self.view.assessments > 0 and not self.busy
        for button in (self.xlsx_button, self.csv_button, self.png_button):
            button.setEnabled(ready)

    # -- export

    @Slot()
    def ask_export_xlsx(self) -> None:
        """Ask where to save the workbook, then write it."""
        if self.view is None:
            return
        target = dialogs.ask_save_path(
            self, translate("cohort_page", "Export the cohort report"),
            documents_folder() / f"cohort-report_{dt.date.today().isoformat()}.xlsx",
            translate("cohort_page", XLSX_FILTER))
        if target is not None:
            if target.suffix.lower() != ".xlsx":
                target = target.with_name(target.name + ".xlsx")
            self.export_xlsx_to(target)

    @Slot()
    def ask_export_csv(self) -> None:
        """Ask for a folder, then write one CSV file per table in it."""
        folder = ask_folder(self, translate(
                "cohort_page", "Folder for the CSV files"), documents_folder())
        if folder is not None:
            self.export_csv_to(folder)

    @Slot()
    def ask_export_png(self) -> None:
        """Ask for a folder, then save each chart in it as a PNG picture."""
        folder = ask_folder(self, translate(
                "cohort_page", "Folder for the chart pictures"), documents_folder())
        if folder is not None:
            self.export_png_to(folder)

    def export_xlsx_to(self, path: Path) -> workers.Worker | None:
        """Write the whole report as an XLSX workbook (off the UI thread)."""
        view = self.view
        if view is None:
            return None
        return self._export(lambda: [export_xlsx(view, path)], translate(
            "cohort_page", "Writing {name}…").format(name=path.name))

    def export_csv_to(self, folder: Path) -> workers.Worker | None:
        """Write the whole report as CSV files in ``folder`` (off the UI thread)."""
        view = self.view
        if view is None:
            return None
        return self._export(lambda: export_csv(view, folder), translate(
            "cohort_page", "Writing CSV files to {folder}…").format(folder=folder))

    def export_png_to(self, folder: Path) -> list[Path]:
        """Save the three charts as PNG pictures in ``folder``; returns the files written."""
        if self.view is None:
            return []
        written: list[Path] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for key, section in zip(CHART_FILES, self.sections, strict=True):
                path = folder / CHART_FILES[key]
                write_bytes_atomic(path, section.chart.png())
                written.append(path)
        except ReadinessError as exc:
            errors.report_problem(self, translate("cohort_page", "Cannot save the charts"), exc)
            return written
        except OSError as exc:
            self.message.show_message(translate(
                    "cohort_page", "Cannot save the charts in {folder}: {exc}").format(
                                      folder=folder, exc=error_text(exc)))
            return written
        self.message.show_message(translate(
                "cohort_page", "Saved {value} charts in {folder}.").format(
                                  value=len(written), folder=folder))
        return written

    def _export(self, write: Callable[[], list[Path]], text: str) -> workers.Worker | None:
        if self._export_worker is not None:
            return None
        worker = workers.Worker(lambda _progress: write())
        self._export_worker = worker
        worker.signals.finished.connect(self._on_exported)
        worker.signals.failed.connect(self._on_export_failed)
        worker.signals.done.connect(self._on_export_done)
        self.message.clear_message()
        self.progress.begin(text)
        self._update_buttons()
        workers.start(worker)
        return worker

    def _on_exported(self, written: object) -> None:
        files = written if isinstance(written, list) else []
        if len(files) == 1:
            self.message.show_message(translate("cohort_page", "Saved {value}.").format(
                                      value=files[0]))
        elif files:
            self.message.show_message(translate(
                    "cohort_page", "Saved {value} files in {parent}.").format(
                                      value=len(files), parent=files[0].parent))

    def _on_export_failed(self, exc: object) -> None:
        if isinstance(exc, ReadinessError):
            errors.report_problem(
                self, translate("cohort_page", "Cannot export the cohort report"), exc)
            self.message.show_message(translate(
                    "cohort_page", "The cohort report was not exported."))
        else:
            log.error("cannot export the cohort report: %s", _describe_failure(exc),
                      exc_info=exc if isinstance(exc, BaseException) else None)
            self.message.show_message(translate("cohort_page", "The cohort report was not exported "
                                      "({value}). The details are in the "
                                      "app's log.").format(
                                      value=_describe_failure(exc)))

    def _on_export_done(self) -> None:
        self._export_worker = None
        self.progress.end()
        self._update_buttons()


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
