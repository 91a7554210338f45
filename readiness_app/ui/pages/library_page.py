"""The start page: every assessment in the library, with search and the file actions.

The page shows and selects; the main window's controller does what the buttons ask
(``*_requested`` signals), except the list itself, search, delete with undo, export and import,
which only need the library.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
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
from readiness_app.core.questionnaire import DEFAULT_LEVELS
from readiness_app.core.sectors import SECTIONS
from readiness_app.services.place_names import authority_names
from readiness_app.storage.library import (
    AssessmentSummary,
    ConflictPolicy,
    Library,
    ListQuery,
    SortKey,
)
from readiness_app.storage.portable import (
    ImportCandidate,
    ImportOutcome,
    ImportReport,
    ImportStatus,
    export_assessment,
    export_file_name,
    import_candidate,
    prepare_import,
    shared_form,
)
from readiness_app.storage.sealed import is_sealed
from readiness_app.ui import dialogs, errors, share_dialog, theme, workers
from readiness_app.ui.firm_history import FirmHistoryDialog
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, locale, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.models import AssessmentListModel, LevelName, section_label
from readiness_app.ui.widgets import (
    MessageArea,
    ProgressPanel,
    card,
    heading,
    make_primary,
    role_label,
    scroll_area,
    wrapped,
)

# English; shown translated
EMPTY_TITLE = QT_TRANSLATE_NOOP("library_page", "Check how ready your firm is for new technology")
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "library_page",
    "This app helps a small firm check how ready it is to invest in technology, keep its "
    "systems safe and bring its staff along. Answer the questions (alone or with an "
    "adviser) and you get a score, an action plan and the support available near you.")
EMPTY_STEPS = (
    ("1", QT_TRANSLATE_NOOP("library_page", "Answer the questions"),
     QT_TRANSLATE_NOOP("library_page", "Every answer is saved as you go; stop whenever you "
                                       "like.")),
    ("2", QT_TRANSLATE_NOOP("library_page", "See where you stand"),
     QT_TRANSLATE_NOOP("library_page", "A score from 0 to 100 for investing in technology, "
                                       "cyber security and involving your staff, and what "
                                       "holds it back.")),
    ("3", QT_TRANSLATE_NOOP("library_page", "Get a plan you can carry out"),
     QT_TRANSLATE_NOOP("library_page", "What to do first, with the first step and the local "
                                       "organisations that can help, as a PDF to keep.")),
)
#: {full} and {quick} are ranges of minutes such as "22 to 32" (the text just below)
EMPTY_TIMES = QT_TRANSLATE_NOOP("library_page", "About {full} minutes for the full check, "
                                                "{quick} for the quick one.")
MINUTES_RANGE = QT_TRANSLATE_NOOP("library_page", "{fewest} to {most}")
EMPTY_PRIVACY = QT_TRANSLATE_NOOP("library_page",
                                  "Everything stays on this computer: nothing is sent anywhere.")

OpenLibrary = Callable[[], Library]


RESIZE_SAMPLE_ROWS = 60
PAGE_SIZE = 200  # rows read at a time; more are read as the list is scrolled
# The areas of the shipped questionnaires, for "an area below a level".
AREAS = (("investment", QT_TRANSLATE_NOOP("library_page", "Investing in technology")),
         ("cyber", QT_TRANSLATE_NOOP("library_page", "Cyber security")),
         ("people", QT_TRANSLATE_NOOP("library_page", "Involving staff")))


class LibraryPage(QWidget):
    """The list of assessments and the actions on them."""

    new_requested = Signal()
    open_requested = Signal(str)  # assessment id
    copy_requested = Signal(str)

    def __init__(self, library: Library, open_library: OpenLibrary,
                 level_name: LevelName | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._open_library = open_library
        self._trashed: AssessmentSummary | None = None
        self._worker: workers.Worker | None = None
        self.model = AssessmentListModel(level_name, self)

        self.title = heading(translate("library_page", "Your assessments"))
        search_label = QLabel(translate("library_page", "&Search:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
                "library_page", "Firm, sector, postcode district, town or local "
                                        "authority"))
        self.search.setAccessibleName(translate("library_page", "Search assessments"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("library_page", "Assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        # the firm's name and its sector share what is left (at 1024 pixels wide about 20
        # letters each; the full text is in each cell's tooltip)
        header.setSectionResizeMode(AssessmentListModel.FIRM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AssessmentListModel.SECTOR, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(AssessmentListModel.AUTHORITY, 120)
        for column in (AssessmentListModel.SIZE, AssessmentListModel.STATUS,
                       AssessmentListModel.SCORE, AssessmentListModel.LEVEL,
                       AssessmentListModel.CHANGE, AssessmentListModel.CHANGED,
                       AssessmentListModel.REVIEW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._sort = SortKey.UPDATED
        self._descending = True
        header.setSortIndicator(AssessmentListModel.CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # a header click asks the library (model.sort)
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.model.more_requested.connect(self._on_model_more_requested)
        # Size those columns from the visible rows plus a sample, not all 1,000 rows: with a
        # large library, measuring every row made each refresh take about 0.3 s.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)

        empty_content = QWidget()
        empty_layout = QVBoxLayout(empty_content)
        empty_layout.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L,
                                        theme.SPACE_M)
        empty_layout.setSpacing(theme.SPACE_M)
        self.empty_title = heading(translate("library_page", EMPTY_TITLE), 2)
        self.empty_text = role_label(translate("library_page", EMPTY_TEXT), "lead")
        self.empty_text.setAccessibleName(translate("library_page", "About this app"))
        steps = QHBoxLayout()
        steps.setSpacing(theme.SPACE_S)
        self.step_texts: list[QLabel] = []
        for number, title, text in EMPTY_STEPS:
            step = card()
            step_layout = QVBoxLayout(step)
            step_layout.setContentsMargins(theme.SPACE_M, theme.SPACE_M, theme.SPACE_M,
                                           theme.SPACE_M)
            step_layout.addWidget(role_label(number, "display"))
            step_layout.addWidget(role_label(translate("library_page", title), "h3"))
            explained = wrapped(translate("library_page", text))
            self.step_texts.append(explained)
            step_layout.addWidget(explained)
            step_layout.addStretch(1)
            steps.addWidget(step, 1)
        self.empty_new = make_primary(QPushButton(translate(
                "library_page", "Start a new assess&ment")))
        self.empty_new.setAccessibleName(translate("library_page", "Start a new assessment"))
        self.empty_new.clicked.connect(self.new_requested)
        self.empty_privacy = role_label(translate("library_page", EMPTY_PRIVACY), "muted")
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(steps)
        empty_layout.addWidget(self.empty_new, alignment=Qt.AlignmentFlag.AlignLeft)
        empty_layout.addWidget(self.empty_privacy)
        empty_layout.addStretch(1)
        self.empty = scroll_area(empty_content)  # a small window scrolls; nothing is cut
        self.no_match = wrapped(translate(
                "library_page", "No assessment matches your search and filters."))
        self.views = QStackedWidget()
        for view in (self.table, self.empty, self.no_match):
            self.views.addWidget(view)

        self.new_button = self._button(translate("library_page", "&New assessment"),
                                       translate("library_page", "New assessment"),
                                       self.new_requested.emit)
        self.open_button = self._button(translate("library_page", "&Open"),
                                        translate("library_page", "Open the selected assessment"),
                                        self._open_selected)
        self.copy_button = self._button(translate("library_page", "&Copy to re-assess"),
                                        translate("library_page", "Copy for a re-assessment"),
                                        self._copy_selected)
        self.import_button = self._button(translate("library_page", "&Import…"),
                                          translate("library_page", "Import assessment files"),
                                          self.import_files)
        self.export_button = self._button(
            translate("library_page", "E&xport…"),
            translate("library_page", "Export the selected assessment"), self.export_selected)
        self.delete_button = self._button(
            translate("library_page", "&Delete"),
            translate("library_page", "Delete the selected assessment"), self.delete_selected)
        self.history_button = self._button(translate("library_page", "Firm's his&tory…"),
                                           translate("library_page", "Show the firm's visits"),
                                           self.show_history)
        self.count_label = wrapped()
        self._build_filters()

        self.undo_label = wrapped()
        self.undo_button = self._button(translate("library_page", "&Undo"),
                                        translate("library_page", "Undo delete"),
                                        self.undo_delete)
        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.message = MessageArea()
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_work)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.latest_only)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.history_button,
                       self.copy_button, self.import_button, self.export_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(search_row)
        self.filters = QWidget()
        self.filters.setLayout(self._filter_rows())
        layout.addWidget(self.filters)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)

        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        previous: QWidget = self.search
        for control in self._filter_controls():
            QWidget.setTabOrder(previous, control)
            previous = control
        QWidget.setTabOrder(previous, self.table)
        QWidget.setTabOrder(self.table, self.empty_new)
        previous = self.empty_new
        for button in (self.new_button, self.open_button, self.history_button,
                       self.copy_button, self.import_button,
                       self.export_button, self.delete_button, self.undo_button,
                       self.progress.cancel_button):
            QWidget.setTabOrder(previous, button)
            previous = button
        self._refreshing_paused = False
        self.refresh()

    def set_check_times(self, full: tuple[int, int] | None,
                        quick: tuple[int, int] | None) -> None:
        """Say how long the full and the quick check take (their questionnaires' own
        estimates, in minutes), in the empty library's first step; unknown: no times."""
        text = translate("library_page", EMPTY_STEPS[0][2])
        if full is not None and quick is not None:
            full_text, quick_text = (translate("library_page", MINUTES_RANGE).format(
                fewest=fewest, most=most) for fewest, most in (full, quick))
            text = translate("library_page", EMPTY_TIMES).format(
                full=full_text, quick=quick_text) + " " + text
        self.step_texts[0].setText(text)

    def set_icons(self, current: theme.Theme) -> None:
        """Draw the buttons' icons in the theme's colours."""
        self.empty_new.setIcon(theme.icon("new", current.on_accent))
        self.new_button.setIcon(theme.icon("new", current.text))
        self.open_button.setIcon(theme.icon("open", current.text))

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- filters

    def _build_filters(self) -> None:
        self._refreshing_paused = True  # until the page is built (see __init__)

        def combo(name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
            box = QComboBox()
            box.setAccessibleName(name)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
            for text, value in items:
                box.addItem(text, value)
            box.currentIndexChanged.connect(lambda _i: self.refresh())
            return box

        levels = [(level.title.get(lang()), level.id) for level in DEFAULT_LEVELS]
        tr = messages()  # core labels in the app's language
        self.latest_only = QCheckBox(translate("library_page", "&Latest visit per firm"))
        self.latest_only.setAccessibleName(translate(
                "library_page", "Show only each firm's latest visit"))
        self.latest_only.setChecked(True)
        self.latest_only.toggled.connect(lambda _on: self.refresh())
        self.status_filter = combo(
            translate("library_page", "Filter by status"),
            [(translate("library_page", "Any status"), None)]
            + [(tr(s.label), s.value) for s in Status])
        self.sector_filter = combo(
            translate("library_page", "Filter by sector"),
            [(translate("library_page", "Any sector"), None)]
            + [(section_label(section.code), section.code) for section in SECTIONS])
        self.sector_filter.setMinimumContentsLength(16)
        self.authority_filter = combo(translate("library_page", "Filter by local authority"),
                                      [(translate("library_page", "Any local authority"), None)])
        self.level_filter = combo(translate("library_page", "Filter by overall level"),
                                  [(translate("library_page", "Any level"), None), *levels])
        self.below_area = combo(translate("library_page", "Area below a level"),
                                [(translate("library_page", "No area filter"), None),
                                 (translate("library_page", "Any area"), ""),
                                 *((translate("library_page", title), area_id)
                                   for area_id, title in AREAS)])
        self.below_area.setMinimumContentsLength(17)  # "Dim hidlydd maes" whole in Welsh
        self.below_level = combo(translate(
                "library_page", "The level the area is below"), levels[1:])
        self.below_level.setCurrentIndex(1)  # below Established
        self.dates_on = QCheckBox(translate("library_page", "Changed &between"))
        self.dates_on.setAccessibleName(translate(
                "library_page", "Filter by the date of the last change"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-6))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, translate("library_page", "Changed on or after")),
                           (self.date_to, translate("library_page", "Changed on or before"))):
            edit.setCalendarPopup(True)
            edit.setLocale(locale())  # the month's name in the app's language
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
            inner = edit.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.dates_on.toggled.connect(self._on_dates_on_toggled)
        self.clear_filters = QPushButton(translate("library_page", "Clear filters"))
        self.clear_filters.setAccessibleName(translate("library_page", "Clear the filters"))
        self.clear_filters.clicked.connect(lambda _c=False: self.reset_filters())

    def _filter_rows(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        for box in (self.status_filter, self.sector_filter, self.authority_filter,
                    self.level_filter):
            first.addWidget(box, 1)
        second = QHBoxLayout()
        widgets: list[QWidget] = [QLabel(translate(
                "library_page", "Area below:")), self.below_area, self.below_level,
                                  self.dates_on, self.date_from, QLabel(translate(
                                          "library_page", "and")), self.date_to]
        for widget in widgets:
            second.addWidget(widget)
        second.addStretch(1)
        second.addWidget(self.clear_filters)
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def _filter_controls(self) -> list[QWidget]:
        return [self.latest_only, self.status_filter, self.sector_filter,
                self.authority_filter, self.level_filter, self.below_area, self.below_level,
                self.dates_on, self.date_from, self.date_to, self.clear_filters]

    @Slot(bool)
    def _on_dates_on_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.refresh()

    def reset_filters(self) -> None:
        """Show every firm again (the search text is kept)."""
        self._refreshing_paused = True
        try:
            for box in (self.status_filter, self.sector_filter, self.authority_filter,
                        self.level_filter, self.below_area):
                box.setCurrentIndex(0)
            self.dates_on.setChecked(False)
            self.latest_only.setChecked(True)
        finally:
            self._refreshing_paused = False
        self.refresh()

    def query(self, offset: int = 0) -> ListQuery:
        """What the list shows: the search, the filters and the sort order."""
        below_area = self.below_area.currentData()
        date_from = date_to = None
        if self.dates_on.isChecked():
            start, end = self.date_from.date(), self.date_to.date()
            date_from = datetime.combine(date(start.year(), start.month(), start.day()),
                                         time(0), UTC)
            date_to = datetime.combine(date(end.year(), end.month(), end.day()), time(0),
                                       UTC) + timedelta(days=1)
        status = self.status_filter.currentData()
        return ListQuery(
            search=self.search.text(),
            status=Status(status) if status else None,
            sector_section=self.sector_filter.currentData(),
            authority=self.authority_filter.currentData(),
            level_id=self.level_filter.currentData(),
            below_level=self.below_level.currentData() if below_area is not None else None,
            below_area=below_area or None,
            updated_from=date_from,
            updated_before=date_to,
            latest_per_firm=self.latest_only.isChecked(),
            sort=self._sort,
            descending=self._descending,
            offset=offset,
            limit=PAGE_SIZE,
        )

    def _filtering(self) -> bool:
        return (bool(self.search.text().strip()) or self.dates_on.isChecked()
                or any(box.currentIndex() > 0 for box in (
                    self.status_filter, self.sector_filter, self.authority_filter,
                    self.level_filter, self.below_area)))

    def _update_authorities(self) -> None:
        """Offer the local authorities the library's firms are in."""
        try:
            names = self._library.authorities()
        except ReadinessError:
            return
        box = self.authority_filter
        current = box.currentData()
        if [box.itemData(i) for i in range(1, box.count())] == names:
            return
        box.blockSignals(True)
        try:
            while box.count() > 1:
                box.removeItem(1)
            shown = authority_names(lang())  # the Welsh names in Welsh (Caerdydd)
            for name in names:
                box.addItem(shown.get(name, name), name)
            box.setCurrentIndex(max(0, box.findData(current)) if current else 0)
        finally:
            box.blockSignals(False)

    @Slot(str, bool)
    def _on_model_sort_requested(self, key: str, descending: bool) -> None:
        sort = SortKey(key)
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            self.refresh()

    @Slot(int)
    def _on_model_more_requested(self, offset: int) -> None:
        try:
            page = self._library.list_assessments(self.query(offset))
        except ReadinessError as exc:
            self.model.append_items(())  # stop asking
            errors.report_problem(self, translate("library_page", "Cannot read the library"),
                                 exc)
            return
        self.model.append_items(page.items)
        self._show_count(page.total)

    def _show_count(self, total: int) -> None:
        shown = self.model.rowCount()
        if self.latest_only.isChecked():
            count = translate("library_page", "1 firm") if total == 1 else translate(
                "library_page", "{count} firms").format(count=total)
        else:
            count = translate("library_page", "1 assessment") if total == 1 else translate(
                "library_page", "{count} assessments").format(count=total)
        more = " " + translate("library_page", "(showing {shown}; scroll for more)").format(
            shown=shown) if shown < total else ""
        self.count_label.setText(f"{count}{more}")

    # -- the list

    _refreshing_paused = False

    @Slot()
    def refresh(self, select_id: str | None = None) -> None:
        """Read the list again (after any change) and keep or set the selection."""
        if self._refreshing_paused:
            return
        keep = select_id or self.selected_id()
        self._update_authorities()
        try:
            page = self._library.list_assessments(self.query())
        except ReadinessError as exc:
            errors.report_problem(self, translate("library_page", "Cannot read the library"), exc)
            return
        self.model.set_items(page.items, page.total)
        searching = self._filtering()
        self.filters.setVisible(page.total > 0 or searching)
        if page.total == 0 and not searching:
            self.views.setCurrentWidget(self.empty)
            self.count_label.setText("")
        elif page.total == 0:
            self.views.setCurrentWidget(self.no_match)
            self.count_label.setText("")
        else:
            self.views.setCurrentWidget(self.table)
            self._show_count(page.total)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def selected_id(self) -> str | None:
        """The id of the selected assessment."""
        index = self.table.selectionModel().currentIndex()
        summary = self.model.summary_at(index.row()) if index.isValid() else None
        return summary.id if summary is not None else None

    def focus_start(self) -> None:
        """Put the keyboard focus where the user most likely starts."""
        if self.views.currentWidget() is self.table:
            self.table.setFocus()
        elif self.views.currentWidget() is self.empty:
            self.empty_new.setFocus()
        else:
            self.search.setFocus()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None and self.views.currentWidget() is self.table
        busy = self._worker is not None
        for button in (self.open_button, self.copy_button, self.export_button,
                       self.delete_button, self.history_button):
            button.setEnabled(has)
        self.import_button.setEnabled(not busy)

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        summary = self.model.summary_at(index.row())
        if summary is not None:
            self.open_requested.emit(summary.id)

    def _open_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.open_requested.emit(selected)

    def show_history(self) -> None:
        """Show the selected firm's visits; open the one the user picks."""
        selected = self.selected_id()
        if selected is None:
            return
        chosen = FirmHistoryDialog.choose(self, self._library, selected,
                                          self.model.level_name)
        if chosen:
            self.open_requested.emit(chosen)

    def _copy_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.copy_requested.emit(selected)

    # -- delete with undo

    def delete_selected(self) -> None:
        """Move the selected assessment to the trash; Undo brings it back."""
        selected = self.selected_id()
        if selected is None:
            return
        try:
            summary = self._library.summary(selected)
            self._library.trash(selected)
        except ReadinessError as exc:
            errors.report_problem(
                self, translate("library_page", "Cannot delete the assessment"), exc)
            return
        self._trashed = summary
        self.undo_label.setText(translate(
                "library_page", "Deleted the assessment of {firm_name}.").format(
                                firm_name=summary.firm_name))
        self.undo_bar.show()
        self.refresh()
        self.focus_start()

    def undo_delete(self) -> None:
        """Restore the assessment deleted last."""
        trashed = self._trashed
        if trashed is None:
            return
        try:
            self._library.restore(trashed.id)
        except ReadinessError as exc:
            errors.report_problem(self, translate("library_page", "Cannot undo the delete"), exc)
            return
        self._trashed = None
        self.undo_bar.hide()
        self.message.show_message(translate(
                "library_page", "Restored the assessment of {firm_name}.").format(
                                  firm_name=trashed.firm_name))
        self.refresh(select_id=trashed.id)
        self.table.setFocus()

    # -- export and import

    def export_selected(self) -> Path | None:
        """Save the selected assessment as a ``.readiness`` file."""
        selected = self.selected_id()
        if selected is None:
            return None
        return export_with_dialog(self, self._library, selected, self.message)

    def import_files(self) -> None:
        """Ask for files and import them off the UI thread, asking about conflicts."""
        if self._worker is not None:
            return
        files = dialogs.ask_import_paths(self)
        if files:
            self.start_import(files)

    def start_import(self, files: list[Path]) -> None:
        """Check ``files`` in the background, then add them (see :meth:`import_files`).

        Password-protected files are opened with a password asked for first; a wrong one is
        reported for each such file, as any file that cannot be used."""
        open_library = self._open_library
        sealed = [p for p in files if _starts_sealed(p)]
        password = dialogs.ask_password(self, [p.name for p in sealed]) if sealed else None

        def check(progress: workers.Progress) -> list[ImportCandidate | ImportOutcome]:
            results: list[ImportCandidate | ImportOutcome] = []
            with open_library() as library:
                for number, path in enumerate(files, start=1):
                    progress.check()
                    progress.report(number - 1, len(files), translate(
                        "library_page", "Checking {name}…").format(name=path.name))
                    try:
                        results.append(prepare_import(library, path, password))
                    except ReadinessError as exc:
                        results.append(ImportOutcome(path, ImportStatus.FAILED, error=exc))
            progress.report(len(files), len(files), translate("library_page", "Checked"))
            return results

        self.message.clear_message()
        self._run(check, translate("library_page", "Checking {count} file(s)…").format(
            count=len(files)), self._on_checked)

    def _on_checked(self, results: object) -> None:
        assert isinstance(results, list)
        plan: list[tuple[ImportCandidate, ConflictPolicy | None, bool | None]] = []
        failed: list[ImportOutcome] = []
        for item in results:
            if isinstance(item, ImportOutcome):
                failed.append(item)
                continue
            policy = dialogs.ask_conflict(self, item) if item.existing is not None else None
            as_visit = None
            if item.existing is None and item.same_firm is not None:
                as_visit = dialogs.ask_same_firm(self, item)
                if as_visit is None:  # skipped: nothing is added
                    failed.append(ImportOutcome(item.path, ImportStatus.SKIPPED,
                                                item.assessment.id,
                                                item.assessment.firm.name))
                    continue
            plan.append((item, policy, as_visit))
        open_library = self._open_library

        def add(progress: workers.Progress) -> ImportReport:
            outcomes = list(failed)
            with open_library() as library:
                for number, (candidate, policy, as_visit) in enumerate(plan, start=1):
                    progress.check()
                    progress.report(number - 1, len(plan), translate(
                        "library_page", "Adding {name}…").format(name=candidate.path.name))
                    if candidate.existing is not None and policy is None:
                        outcomes.append(ImportOutcome(candidate.path, ImportStatus.SKIPPED,
                                                      candidate.assessment.id,
                                                      candidate.assessment.firm.name))
                        continue
                    chosen = policy if candidate.existing is not None else None
                    # the dialog showed both versions and any risk: the user decided
                    outcomes.append(import_candidate(library, candidate, chosen, force=True,
                                                     as_visit=as_visit))
            return ImportReport(tuple(outcomes))

        self._run(add, translate("library_page", "Adding to the library…"), self._on_imported)

    def _on_imported(self, report: object) -> None:
        assert isinstance(report, ImportReport)
        added = [o for o in report.outcomes if o.ok and o.status is not ImportStatus.SKIPPED]
        self.refresh(select_id=added[-1].assessment_id if added else None)
        lines = [o.describe(messages()) for o in report.outcomes]
        summary = translate("library_page", "Imported {added} of {count} file(s).").format(
            added=len(added), count=len(report.outcomes))
        self.message.show_message(summary)
        dialogs.show_info(self, translate("library_page", "Import finished"),
                          summary + "\n\n" + "\n".join(lines))

    def _run(self, job: workers.Job, text: str, done: Callable[[object], None]) -> None:
        worker = workers.Worker(job)
        self._worker = worker
        worker.signals.progress.connect(self.progress.update_progress)
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(
            lambda: self.message.show_message(translate(
                    "library_page", "Import cancelled: nothing more was added.")))
        worker.signals.done.connect(lambda: self._on_worker_done(worker))
        self.progress.begin(text)
        self._update_buttons()
        workers.start(worker)

    @Slot()
    def cancel_work(self) -> None:
        """Stop the running import after the file it is on."""
        if self._worker is not None:
            self._worker.cancel()
            self.progress.cancel_button.setEnabled(False)

    def _on_worker_done(self, worker: workers.Worker) -> None:
        if self._worker is not worker:
            return  # an earlier step of a chained job; the next one is running
        self._worker = None
        self.progress.end()
        self._update_buttons()

    def _on_failed(self, exc: object) -> None:
        if isinstance(exc, ReadinessError):
            errors.report_problem(self, translate("library_page", "Import stopped"), exc)
        elif isinstance(exc, BaseException):
            raise exc

    def wait_for_work(self) -> None:
        """Cancel any running import and wait for it (when the window closes)."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait(10)


def _starts_sealed(path: Path) -> bool:
    """True when the file starts like a password-protected one (False if unreadable: the
    import names the problem)."""
    try:
        if not path.is_file():  # never open a pipe or device here: it could block
            return False
        with path.open("rb") as handle:
            return is_sealed(handle.read(64))
    except OSError:
        return False


def export_with_dialog(parent: QWidget, library: Library, assessment_id: str,
                       message: MessageArea | None = None) -> Path | None:
    """Ask how to share the assessment (plain, scrubbed, password; with a preview) and where,
    then write it (atomically); None if not saved."""
    try:
        assessment = library.get(assessment_id)
        has_links = library.summary(assessment_id).previous_id is not None
    except ReadinessError as exc:
        errors.report_problem(parent, translate("library_page", "Cannot export the assessment"),
                              exc)
        return None
    options = share_dialog.ask_share(parent, assessment, has_links)
    if options is None:
        return None
    target = dialogs.ask_save_path(
        parent, translate("library_page", "Export the assessment file"),
        Path.home() / export_file_name(shared_form(assessment, options), options),
        dialogs.SEALED_FILTER if options.password is not None else dialogs.ASSESSMENT_FILTER)
    if target is None:
        return None
    try:
        written = export_assessment(library, assessment_id, target, options)
    except ReadinessError as exc:
        errors.report_problem(parent, translate("library_page", "Cannot export the assessment"),
                              exc)
        return None
    if message is not None:
        message.show_message(translate("library_page", "Saved {written}.").format(
                             written=written))
    return written
