"""Before the results: which questions are still unanswered and which were "don't know"."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.questionnaire import Question
from readiness_app.ui.session import AssessmentSession
from readiness_app.ui.widgets import heading, set_heading, wrapped

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewPage(QWidget):
    """Lists of open questions; picking one goes back to it."""

    question_requested = Signal(str)
    back_requested = Signal()
    results_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("Review your answers")
        self.summary = wrapped()
        self.summary.setAccessibleName("Summary")
        self.unanswered_label = QLabel("&Not answered yet:")
        self.unanswered = QListWidget()
        self.unanswered.setAccessibleName("Questions not answered yet")
        self.unanswered.setWordWrap(True)
        self.unanswered_label.setBuddy(self.unanswered)
        self.dont_know_label = QLabel("Answered \"&don't know\" (worth checking with someone "
                                      "who knows):")
        self.dont_know_label.setWordWrap(True)
        self.dont_know = QListWidget()
        self.dont_know.setAccessibleName("Questions answered don't know")
        self.dont_know.setWordWrap(True)
        self.dont_know_label.setBuddy(self.dont_know)
        self.to_check_label = QLabel("Answers to &check (they seem to contradict each "
                                     "other):")
        self.to_check_label.setWordWrap(True)
        self.to_check = QListWidget()
        self.to_check.setAccessibleName("Answers to check")
        self.to_check.setWordWrap(True)
        self.to_check_label.setBuddy(self.to_check)
        for box in (self.unanswered, self.dont_know, self.to_check):
            box.setAccessibleDescription("Press Enter on a question to go back to it.")
            box.itemActivated.connect(self._on_item_activated)
        self.back_button = QPushButton("← &Back to the questions")
        self.back_button.setAccessibleName("Back to the questions")
        self.back_button.clicked.connect(self.back_requested)
        self.results_button = QPushButton("&See results")
        self.results_button.setAccessibleName("See results")
        self.results_button.setDefault(True)
        self.results_button.clicked.connect(self.results_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.results_button)
        layout = QVBoxLayout(self)
        widgets: list[QWidget] = [self.title, self.summary, self.unanswered_label,
                                  self.unanswered, self.dont_know_label, self.dont_know,
                                  self.to_check_label, self.to_check]
        for widget in widgets:
            layout.addWidget(widget)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.unanswered, self.dont_know)
        QWidget.setTabOrder(self.dont_know, self.to_check)
        QWidget.setTabOrder(self.to_check, self.back_button)
        QWidget.setTabOrder(self.back_button, self.results_button)

    def show_session(self, session: AssessmentSession) -> None:
        """Fill the lists from the assessment as saved."""
        set_heading(self.title, f"Review the answers for {session.assessment.firm.name}")
        unanswered = session.unanswered()
        dont_know = session.dont_know()
        shown = [q for q in session.shown()]
        answered = sum(1 for q in shown if session.answer(q.id) is not None)
        if not unanswered and not dont_know:
            text = (f"All {answered} questions are answered, none with \"don't know\". "
                    "See the results when you are ready.")
        else:
            text = (f"{answered} of {len(shown)} questions answered; {len(unanswered)} not "
                    f"answered yet and {len(dont_know)} \"don't know\". You can see the "
                    "results now: unanswered questions are left out of the score and "
                    "\"don't know\" counts as not in place.")
        self.summary.setText(text)
        self._fill(self.unanswered, unanswered, session, "Every question has an answer.")
        self._fill(self.dont_know, dont_know, session, "No \"don't know\" answers.")
        self.to_check.clear()
        for check in session.answers_to_check():
            item = QListWidgetItem(check.text.get())
            item.setData(QUESTION_ROLE, check.when[0].question_id)  # Enter: the first answer
            self.to_check.addItem(item)
        has_checks = self.to_check.count() > 0
        self.to_check_label.setVisible(has_checks)
        self.to_check.setVisible(has_checks)

    @staticmethod
    def _fill(widget: QListWidget, questions: tuple[Question, ...],
              session: AssessmentSession, empty: str) -> None:
        widget.clear()
        for question in questions:
            area = session.questionnaire.area(question.area_id).title.get()
            item = QListWidgetItem(f"{area}: {question.text.get()}")
            item.setData(QUESTION_ROLE, question.id)
            widget.addItem(item)
        if not questions:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            widget.addItem(item)
        widget.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def focus_start(self) -> None:
        """Focus the first list with something to do, else the results button."""
        if self.unanswered.item(0) is not None and self.unanswered.item(0).data(QUESTION_ROLE):
            self.unanswered.setFocus()
        elif self.dont_know.item(0) is not None and self.dont_know.item(0).data(QUESTION_ROLE):
            self.dont_know.setFocus()
        else:
            self.results_button.setFocus()

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        question_id = item.data(QUESTION_ROLE)
        if question_id:
            self.question_requested.emit(str(question_id))
