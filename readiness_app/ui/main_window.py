"""The main window: a welcome page, and a results page for an opened assessment file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readiness_app import __version__
from readiness_app.core.action_plan import ActionPlan, build_plan
from readiness_app.core.assessment import Assessment
from readiness_app.core.assessment_file import FILE_SUFFIX, read_assessment_bytes
from readiness_app.core.errors import InputFileError
from readiness_app.core.questionnaire_loader import LoadedQuestionnaires

MAX_OPEN_BYTES = 50 * 1024 * 1024


def ask_open_path(parent: QWidget) -> Path | None:
    """Ask the user for an assessment file to open; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        "Open an assessment file",
        "",
        f"Assessment files (*{FILE_SUFFIX} *.json);;All files (*)",
    )
    return Path(name) if name else None


def show_problem(parent: QWidget, title: str, text: str) -> None:
    """Tell the user calmly that something could not be done."""
    QMessageBox.warning(parent, title, text)


class MainWindow(QMainWindow):
    """The application window."""

    def __init__(self, catalogue: LoadedQuestionnaires) -> None:
        super().__init__()
        self._catalogue = catalogue
        self.setWindowTitle("Technology Readiness")
        self.resize(960, 640)
        self._pages = QStackedWidget()
        self._welcome = self._build_welcome()
        self._results = ResultsPage()
        self._results.back_requested.connect(self._show_welcome)
        self._pages.addWidget(self._welcome)
        self._pages.addWidget(self._results)
        self.setCentralWidget(self._pages)
        self._build_menus()
        self.statusBar().showMessage(
            f"{len(catalogue.questionnaires)} questionnaire(s) available", 5000
        )

    # -- building

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel("<h1>Technology readiness check</h1>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(
            "Answer questions about investing in technology, cyber security and involving "
            "your staff, and get a readiness score. You then get a plan of practical actions, "
            "each pointing to support near you."
        )
        intro.setWordWrap(True)
        available = QLabel("Questionnaires in this copy of the app:")
        self.questionnaire_list = QListWidget()
        self.questionnaire_list.setAccessibleName("Available questionnaires")
        for q in self._catalogue.questionnaires:
            self.questionnaire_list.addItem(
                f"{q.title} (version {q.version}): {len(q.questions)} questions"
            )
        available.setBuddy(self.questionnaire_list)
        self.open_button = QPushButton("&Open an assessment file…")
        self.open_button.setAccessibleName("Open an assessment file")
        self.open_button.clicked.connect(self.open_file)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(available)
        layout.addWidget(self.questionnaire_list)
        layout.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignLeft)
        if self._catalogue.errors:
            problems = QLabel(
                "Some questionnaire files could not be used:\n"
                + "\n".join(str(e) for e in self._catalogue.errors)
            )
            problems.setWordWrap(True)
            problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(problems)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open assessment file…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_file)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About", self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    # -- actions

    @Slot()
    def open_file(self) -> None:
        """Ask for an assessment file and show its results."""
        path = ask_open_path(self)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Show the results of the assessment in ``path``; False (and a message) if unusable."""
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_OPEN_BYTES + 1)
            assessment, questionnaire = read_assessment_bytes(
                data, str(path), self._catalogue.find
            )
        except OSError as exc:
            show_problem(self, "Cannot open the file",
                         f"{path} could not be read: {exc.strerror or exc}.")
            return False
        except InputFileError as exc:
            show_problem(self, "Cannot open the file", str(exc))
            return False
        self._results.show_plan(assessment, build_plan(questionnaire, assessment))
        self._pages.setCurrentWidget(self._results)
        self.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    @Slot()
    def _show_welcome(self) -> None:
        self._pages.setCurrentWidget(self._welcome)

    @Slot()
    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Technology Readiness",
            f"Technology Readiness {__version__}\n\nWorks entirely on this computer; "
            "nothing is sent anywhere.",
        )


class ResultsPage(QWidget):
    """Scores by area and the top priorities of one assessment, as computed by core."""

    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.firm_label = QLabel()
        self.firm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firm_label.setWordWrap(True)
        self.overall_label = QLabel()
        self.overall_label.setWordWrap(True)
        self.area_table = QTableWidget(0, 4)
        self.area_table.setAccessibleName("Scores by area")
        self.area_table.setHorizontalHeaderLabels(["Area", "Score", "Level", "Answered"])
        self.area_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.area_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_table.verticalHeader().setVisible(False)
        priorities = QLabel("Top priorities:")
        self.priority_list = QListWidget()
        self.priority_list.setAccessibleName("Top priorities")
        self.priority_list.setWordWrap(True)
        priorities.setBuddy(self.priority_list)
        back = QPushButton("&Back")
        back.setAccessibleName("Back to the start page")
        back.clicked.connect(self.back_requested)
        for widget in (self.firm_label, self.overall_label, self.area_table, priorities,
                       self.priority_list):
            layout.addWidget(widget)
        layout.addWidget(back, alignment=Qt.AlignmentFlag.AlignLeft)

    def show_plan(self, assessment: Assessment, plan: ActionPlan) -> None:
        """Fill the page from the plan (which carries the score)."""
        score = plan.score
        self.firm_label.setText(assessment.firm.name)
        if score.overall is None or score.level is None:
            self.overall_label.setText("No scored answers yet.")
        else:
            held = " (held down by a critical gap)" if score.is_capped else ""
            self.overall_label.setText(
                f"Overall score {score.overall:.0f} out of 100: {score.level.title.get()}"
                f"{held}. {score.coverage:.0%} of the questions answered."
            )
        self.area_table.setRowCount(len(score.areas))
        for row, area in enumerate(score.areas):
            cells = [
                area.area.title.get(),
                "-" if area.score is None else f"{area.score:.0f}",
                area.level.title.get() if area.level else "-",
                f"{area.answered} of {area.applicable}",
            ]
            for column, text in enumerate(cells):
                self.area_table.setItem(row, column, QTableWidgetItem(text))
        self.priority_list.clear()
        for planned in plan.top_priorities(5):
            self.priority_list.addItem(
                f"{planned.action.title.get()}: {planned.action.first_step.get()}"
            )
