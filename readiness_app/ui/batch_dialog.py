"""Batch PDFs: choose firms (the library's search as a start, each firm's latest visit by
default), a folder, and make one action plan per assessment off the UI thread, with progress
and Cancel; a file that fails is listed with its reason and the others are still made.

The work is :func:`readiness_app.services.batch_pdf.batch_plan_pdfs`, run by
:mod:`readiness_app.ui.workers` on its own library connection.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.errors import ReadinessError
from readiness_app.core.text import score_text
from readiness_app.services.batch_pdf import BatchItem, BatchReport, batch_plan_pdfs
from readiness_app.services.hub_pack import ActivePack, pack_directory
from readiness_app.storage.library import MAX_PAGE_SIZE, Library, ListQuery
from readiness_app.ui import dialogs, workers
from readiness_app.ui.i18n import error_text, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.widgets import MessageArea, ProgressPanel, make_primary, role_label, wrapped

OpenLibrary = Callable[[], Library]
log = logging.getLogger(__name__)


class BatchPdfDialog(QDialog):
    """Pick assessments and a folder; make their PDF plans (see the module docstring)."""

    def __init__(self, library: Library, open_library: OpenLibrary, folder: Path, *,
                 pack: ActivePack | None = None, search: str = "",
                 filters: ListQuery | None = None,
                 parent: QWidget | None = None) -> None:
        """``filters``: the library page's filters (sector, authority, level, dates...), kept
        under the dialog's own search and latest-visit choice."""
        super().__init__(parent)
        self._filters = filters or ListQuery()
        self.setWindowTitle(translate("batch_dialog", "PDF action plans for several firms"))
        self._library = library
        self._open_library = open_library
        self.pack = pack
        self.today = dt.date.today()
        self._worker: workers.Worker | None = None
        self.made: list[BatchItem] = []
        self.report: BatchReport | None = None

        search_label = QLabel(translate("batch_dialog", "&Firms matching:"))
        self.search = QLineEdit(search)
        self.search.setAccessibleName(translate("batch_dialog", "Firms matching"))
        self.search.setPlaceholderText(translate(
                "batch_dialog", "Firm name, sector, town or postcode district"))
        search_label.setBuddy(self.search)
        self.latest = QCheckBox(translate("batch_dialog", "&Latest visit of each firm only"))
        self.latest.setChecked(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate(
                "batch_dialog", "Assessments to make plans for (tick to include)"))
        self.all_button = QPushButton(translate("batch_dialog", "Select &all"))
        self.none_button = QPushButton(translate("batch_dialog", "Select &none"))
        self.count = role_label("", "muted")
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(translate("batch_dialog", "Folder for the PDFs"))
        folder_label = QLabel(translate("batch_dialog", "F&older:"))
        folder_label.setBuddy(self.folder)
        self.choose_button = QPushButton(translate("batch_dialog", "&Choose…"))
        self.choose_button.setAccessibleName(translate("batch_dialog", "Choose the folder"))
        self.private = QCheckBox(translate("batch_dialog", "Include my &private notes"))
        branding = pack.describe() if pack is not None else translate("batch_dialog",
                                                                      "the app's own")
        self.branding = role_label(translate("batch_dialog", "Branding: {branding}.").format(
                                   branding=branding), "muted")
        self.start_button = make_primary(QPushButton(translate("batch_dialog", "&Make the PDFs")))
        self.close_button = QPushButton(translate("batch_dialog", "Close"))
        self.progress = ProgressPanel()
        self.message = MessageArea()
        self.results = wrapped()
        self.results.setAccessibleName(translate("batch_dialog", "What was made"))
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)  # Enter filters now (see eventFilter)
        self.latest.toggled.connect(self.refresh)
        self.list.itemChanged.connect(self._update)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.choose_button.clicked.connect(self._choose_folder)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.progress.cancel_requested.connect(self.cancel)

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.latest)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addWidget(self.count, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        layout.addWidget(self.private)
        layout.addWidget(self.branding)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.results)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.resize(720, 520)
        self.refresh()

    # -- choosing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search box shows the firms matching now; it went on to the dialog's
        default button, which made the PDFs of the list shown before the search applied."""
        if (watched is self.search and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._timer.stop()
            self.refresh()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def refresh(self) -> None:
        """List the assessments matching the search (all ticked)."""
        try:
            page = self._library.list_assessments(replace(
                self._filters, search=self.search.text(),
                latest_per_firm=self.latest.isChecked(), offset=0, limit=MAX_PAGE_SIZE))
        except ReadinessError as exc:
            self.message.show_message(translate(
                    "batch_dialog", "The library cannot be read: {exc}").format(
                                      exc=error_text(exc)))
            return
        self.list.blockSignals(True)
        self.list.clear()
        tr = messages()  # core labels in the app's language
        for summary in page.items:
            score = score_text(summary.overall_score, translate("batch_dialog", "no score"))
            postcode = summary.postcode or translate("batch_dialog", "no postcode")
            started = translate("batch_dialog", "started {date}").format(
                date=f"{summary.created_at:%Y-%m-%d}")
            text = (f"{summary.firm_name} · {postcode} · {tr(summary.status.label)} · {score} · "
                    f"{started}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        more = " " + translate("batch_dialog", "(the first {shown} of {total}; narrow the "
                                               "search)").format(
            shown=len(page.items), total=page.total) if page.has_more else ""
        self.count.setToolTip(more)
        self._update()

    def chosen_ids(self) -> list[str]:
        """The ticked assessments, in the order listed."""
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    @Slot()
    def _update(self) -> None:
        chosen = len(self.chosen_ids())
        self.count.setText(translate("batch_dialog", "{chosen} of {value} chosen").format(
                           chosen=chosen, value=self.list.count()))
        self.start_button.setEnabled(chosen > 0 and self._worker is None)

    @Slot()
    def _choose_folder(self) -> None:
        found = dialogs.ask_folder(self, translate(
                "batch_dialog", "Folder for the PDF action plans"),
                                   Path(self.folder.text() or Path.home()))
        if found is not None:
            self.folder.setText(str(found))

    # -- making

    @Slot()
    def start(self) -> workers.Worker | None:
        """Make the ticked assessments' plans in the background."""
        ids = self.chosen_ids()
        text = self.folder.text().strip()
        if self._worker is not None or not ids:
            return None
        if not text:
            self.message.show_message(translate(
                    "batch_dialog", "Choose a folder for the PDFs first."))
            return None
        folder = Path(text).expanduser()
        open_library, pack, today = self._open_library, self.pack, self.today
        language = lang()  # the PDFs in the app's language, as the results page's
        private = self.private.isChecked()
        self.made = []
        made = self.made

        def make(progress: workers.Progress) -> BatchReport:
            directory = pack_directory(pack)
            with open_library() as library:
                return batch_plan_pdfs(
                    library, ids, folder, today=today, directory=directory,
                    branding_path=pack.branding_path if pack is not None else None,
                    include_private_notes=private, report=progress.report,
                    stop=lambda: progress.cancelled, on_item=made.append, language=language)

        worker = workers.Worker(make)
        self._worker = worker
        worker.signals.progress.connect(self.progress.update_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        worker.signals.done.connect(self._on_done)
        self.message.clear_message()
        self.results.setText("")
        self.progress.begin(translate("batch_dialog", "Making {count} PDF action plan(s)…").format(
            count=len(ids)))
        for widget in (self.start_button, self.list, self.search, self.folder):
            widget.setEnabled(False)
        workers.start(worker)
        return worker

    @Slot()
    def cancel(self) -> None:
        """Stop after the PDF being made; the ones made are kept."""
        if self._worker is not None:
            self._worker.cancel()
            self.progress.cancel_button.setEnabled(False)

    def _on_finished(self, report: object) -> None:
        if not isinstance(report, BatchReport):
            return
        self.report = report
        written, failed = len(report.written), len(report.failed)
        self.message.show_message(
            translate("batch_dialog", "Made {written} of {count} PDF action plan(s) in "
                                      "{folder}.").format(
                written=written, count=len(report.items), folder=report.folder)
            + (" " + translate("batch_dialog", "{failed} could not be made; see below.").format(
                failed=failed) if failed else ""))
        self._show_items(list(report.items))

    def _on_cancelled(self) -> None:
        made = [i for i in self.made if i.ok]
        self.message.show_message(translate(
                "batch_dialog", "Stopped: {value} PDF(s) were made before Cancel; "
                                  "the rest were not.").format(
                                  value=len(made)))
        self._show_items(list(self.made))

    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, ReadinessError):
            self.message.show_message(translate("batch_dialog", "No PDFs were made: {exc}").format(
                                      exc=error_text(exc)))
        else:  # a bug: said plainly here, logged with its traceback
            self.message.show_message(translate("batch_dialog", "No PDFs were made: the app failed "
                                      "({__name__}). This is a bug; please report it.").format(
                                      __name__=type(exc).__name__))
            log.error("batch PDFs failed", exc_info=exc if isinstance(exc, BaseException)
                      else None)

    def _show_items(self, items: list[BatchItem]) -> None:
        failed = [i for i in items if not i.ok]
        tr = messages()
        lines = [i.describe(tr) for i in failed] + [i.describe(tr) for i in items if i.ok]
        self.results.setText("\n".join(lines))

    def _on_done(self) -> None:
        self._worker = None
        self.progress.end()
        for widget in (self.list, self.search, self.folder):
            widget.setEnabled(True)
        self._update()

    def wait_for_work(self) -> None:
        """Stop and wait for a batch being made (when the dialog closes)."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(60)

    def done(self, result: int) -> None:
        """Closing stops the batch after the PDF being made."""
        self.wait_for_work()
        super().done(result)

