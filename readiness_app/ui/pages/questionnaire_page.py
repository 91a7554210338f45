"""Answering: one question at a time, areas and questions in a sidebar, autosave on change.

Choices are saved the moment they change; typed answers (numbers, text) and notes are saved
shortly after typing stops and whenever the user leaves the question. Which questions are
shown is core's decision (``shown_questions``), so a conditional question appears in the
sidebar as soon as the answer it depends on is saved.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.assessment import DONT_KNOW, AnswerValue
from readiness_app.core.errors import AnswerError
from readiness_app.core.questionnaire import Question, QuestionType
from readiness_app.ui.session import AssessmentSession
from readiness_app.ui.widgets import (
    MessageArea,
    button_text,
    heading,
    scroll_area,
    set_heading,
    wrapped,
)

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
DONT_KNOW_TEXT = "Don't know"
SAVE_DELAY_MS = 600


def answer_state(session: AssessmentSession, question: Question) -> str:
    """'answered', "don't know" or 'not answered' (for the sidebar and screen readers)."""
    answer = session.answer(question.id)
    if answer is None:
        return "not answered"
    return "don't know" if answer.is_dont_know else "answered"


_MARKS = {"answered": "✓", "don't know": "?", "not answered": "○"}


class QuestionnairePage(QWidget):
    """The questions of one assessment (see the module docstring)."""

    review_requested = Signal()
    library_requested = Signal()
    position_changed = Signal(str)  # the id of the question now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: AssessmentSession | None = None
        self._question: Question | None = None
        self._loading = False
        self._choice_buttons: dict[str, QAbstractButton] = {}
        self._group: QButtonGroup | None = None
        self._number: QLineEdit | None = None
        self._text: QPlainTextEdit | None = None
        self._dont_know: QAbstractButton | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        # sidebar
        self.outline_label = QLabel("Areas and &questions:")
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName("Areas and questions")
        self.outline.setAccessibleDescription("Press Enter on a question to go to it.")
        self.outline.setUniformRowHeights(True)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.itemActivated.connect(self._on_outline_item_activated)
        self.outline_label.setBuddy(self.outline)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.outline_label)
        side_layout.addWidget(self.outline)

        # the question
        self.firm_label = wrapped()
        self.firm_label.setAccessibleName("Firm")
        self.area_heading = heading("", 2)
        self.position_label = wrapped()
        self.question_text = heading("", 3)
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.help_button = QPushButton("What this &means")
        self.help_button.setCheckable(True)
        self.help_button.setAccessibleName("What this means")
        self.why_button = QPushButton("&Why it matters")
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName("Why it matters")
        self.clear_button = QPushButton("C&lear answer")
        self.clear_button.setAccessibleName("Clear answer")
        self.help_text = wrapped()
        self.help_text.setAccessibleName("What this means")
        self.help_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.why_text = wrapped()
        self.why_text.setAccessibleName("Why it matters")
        self.why_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.help_text.hide()
        self.why_text.hide()
        self.help_button.toggled.connect(self.help_text.setVisible)
        self.why_button.toggled.connect(self.why_text.setVisible)
        self.clear_button.clicked.connect(self.clear_answer)
        self.notes_label = QLabel("N&otes (for advisers):")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName("Notes for advisers")
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.notes.textChanged.connect(self._on_typed)
        self.notes_label.setBuddy(self.notes)
        self.message = MessageArea()

        help_row = QHBoxLayout()
        for button in (self.help_button, self.why_button, self.clear_button):
            help_row.addWidget(button)
        help_row.addStretch(1)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        for widget in (self.firm_label, self.area_heading, self.position_label,
                       self.question_text, self.options_box):
            panel_layout.addWidget(widget)
        panel_layout.addLayout(help_row)
        for widget in (self.help_text, self.why_text, self.message, self.notes_label,
                       self.notes):
            panel_layout.addWidget(widget)
        panel_layout.addStretch(1)
        self.scroll_area = scroll_area(panel)

        # navigation
        self.back_button = QPushButton("← &Back")
        self.back_button.setAccessibleName("Previous question")
        self.next_button = QPushButton("&Next →")
        self.next_button.setAccessibleName("Next question")
        self.review_button = QPushButton("&Review answers")
        self.review_button.setAccessibleName("Review answers")
        self.library_button = QPushButton("&All assessments")
        self.library_button.setAccessibleName("All assessments")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.review_button.clicked.connect(self._on_review_clicked)
        self.library_button.clicked.connect(self._on_library_clicked)
        self.saved_label = wrapped("Every answer is saved as you go.")
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.saved_label, 1)
        nav.addWidget(self.review_button)
        nav.addWidget(self.library_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.scroll_area, 1)
        right_layout.addLayout(nav)
        self.splitter = QSplitter()
        self.splitter.addWidget(side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 48, width * 110])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QShortcut(QKeySequence("Ctrl+J"), self, self.outline.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- state

    @property
    def session(self) -> AssessmentSession | None:
        """The assessment being answered."""
        return self._session

    @property
    def current_question(self) -> Question | None:
        """The question on screen."""
        return self._question

    def set_session(self, session: AssessmentSession, start_at: str | None = None) -> None:
        """Show an assessment, at ``start_at`` when it is shown, else the first open question."""
        if self._session is not None:
            self.flush()
            self._session.assessment_changed.disconnect(self._on_session_assessment_changed)
            self._session.problem_raised.disconnect(self._on_session_problem_raised)
        self._session = session
        self._question = None
        session.assessment_changed.connect(self._on_session_assessment_changed)
        session.problem_raised.connect(self._on_session_problem_raised)
        self.firm_label.setText(f"{session.assessment.firm.name} · "
                                f"{session.questionnaire.title.get()}")
        shown = session.shown()
        ids = [q.id for q in shown]
        if start_at not in ids:
            open_questions = session.unanswered()
            start_at = open_questions[0].id if open_questions else (ids[0] if ids else None)
        self._fill_outline()
        if start_at is not None:
            self.go_to(start_at)

    def _shown_ids(self) -> list[str]:
        return [q.id for q in self._session.shown()] if self._session else []

    # -- navigation

    def go_to(self, question_id: str) -> None:
        """Show one question (saving anything typed on the current one first)."""
        session = self._session
        if session is None or not session.questionnaire.has_question(question_id):
            return
        if self._question is not None and self._question.id != question_id:
            self.flush()
        self._question = session.questionnaire.question(question_id)
        self._show_question()
        self.position_changed.emit(question_id)

    @Slot()
    def go_next(self) -> None:
        """The next shown question; after the last one, the review page."""
        ids = self._shown_ids()
        if self._question is None or self._question.id not in ids:
            return
        self.flush()
        ids = self._shown_ids()  # the answer just saved may show or hide questions
        position = ids.index(self._question.id)
        if position + 1 < len(ids):
            self.go_to(ids[position + 1])
            self.focus_answer()
        else:
            self.review_requested.emit()

    @Slot()
    def go_back(self) -> None:
        """The previous shown question."""
        ids = self._shown_ids()
        if self._question is None or self._question.id not in ids:
            return
        position = ids.index(self._question.id)
        if position > 0:
            self.go_to(ids[position - 1])
            self.focus_answer()

    def _on_review_clicked(self) -> None:
        self.flush()
        self.review_requested.emit()

    def _on_library_clicked(self) -> None:
        self.flush()
        self.library_requested.emit()

    @Slot(QTreeWidgetItem, int)
    def _on_outline_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, QUESTION_ROLE)
        first = item.child(0) if item.childCount() else None
        if not target and first is not None:
            target = first.data(0, QUESTION_ROLE)
        if target:
            # after the tree has finished handling the key: going there rebuilds the tree
            QTimer.singleShot(0, lambda: self._jump(str(target)))

    def _jump(self, question_id: str) -> None:
        self.go_to(question_id)
        self.focus_answer()

    # -- showing

    def _fill_outline(self) -> None:
        session = self._session
        if session is None:
            return
        self.outline.blockSignals(True)
        self.outline.clear()
        shown = session.shown()
        current_item: QTreeWidgetItem | None = None
        for progress in session.progress():
            area_text = (f"{progress.area.title.get()} ({progress.answered} of "
                         f"{progress.shown})")
            area_item = QTreeWidgetItem([area_text])
            area_item.setData(0, Qt.ItemDataRole.AccessibleTextRole, area_text)
            area_item.setToolTip(0, area_text)
            self.outline.addTopLevelItem(area_item)
            number = 0
            for question in shown:
                if question.area_id != progress.area.id:
                    continue
                number += 1
                state = answer_state(session, question)
                text = f"{_MARKS[state]} {number}. {question.text.get()}"
                child = QTreeWidgetItem([text])
                child.setData(0, QUESTION_ROLE, question.id)
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                              f"Question {number}, {state}: {question.text.get()}")
                child.setToolTip(0, f"{question.text.get()} ({state})")
                area_item.addChild(child)
                if self._question is not None and question.id == self._question.id:
                    current_item = child
            area_item.setExpanded(self._question is None
                                  or self._question.area_id == progress.area.id)
        if current_item is not None:
            self.outline.setCurrentItem(current_item)
        self.outline.blockSignals(False)

    def _show_question(self) -> None:
        session, question = self._session, self._question
        if session is None or question is None:
            return
        self._loading = True
        try:
            area = session.questionnaire.area(question.area_id)
            in_area = [q.id for q in session.shown() if q.area_id == area.id]
            position = in_area.index(question.id) + 1 if question.id in in_area else 0
            set_heading(self.area_heading, area.title.get(), 2)
            total = len(session.shown())
            answered = sum(p.answered for p in session.progress())
            self.position_label.setText(f"Question {position} of {len(in_area)} in this area. "
                                        f"{answered} of {total} questions answered in all.")
            set_heading(self.question_text, question.text.get(), 3)
            self.help_text.setText(f"What this means: {question.help.get()}")
            self.why_text.setText(f"Why it matters: {question.why.get()}")
            self.help_button.setChecked(False)
            self.why_button.setChecked(False)
            self.message.clear_message()
            self._build_answer_widgets(question)
            answer = session.answer(question.id)
            self.notes.setPlainText(answer.note if answer is not None else "")
            self._fill_outline()
            self._update_state()
            ids = self._shown_ids()
            self.back_button.setEnabled(bool(ids) and ids[0] != question.id)
            last = bool(ids) and ids[-1] == question.id
            self.next_button.setText("&Next: review →" if last else "&Next →")
            self.next_button.setAccessibleName("Next: review answers" if last
                                               else "Next question")
            self.scroll_area.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    def _clear_answer_widgets(self) -> None:
        while self.options_layout.count():
            item = self.options_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._choice_buttons = {}
        self._group = None
        self._number = None
        self._text = None
        self._dont_know = None

    def _build_answer_widgets(self, question: Question) -> None:
        self._clear_answer_widgets()
        session = self._session
        assert session is not None
        answer = session.answer(question.id)
        value: AnswerValue | None = answer.value if answer is not None else None
        question_name = question.text.get()
        if question.type in (QuestionType.SCALE, QuestionType.YES_NO):
            group = QButtonGroup(self.options_box)
            for option in question.options:
                radio = QRadioButton(button_text(option.text.get()))
                radio.setAccessibleName(option.text.get())
                radio.setChecked(value == option.id)
                group.addButton(radio)
                self._choice_buttons[option.id] = radio
                self.options_layout.addWidget(radio)
                radio.toggled.connect(
                    lambda checked, oid=option.id: self._on_choice_toggled(oid, checked))
            if question.allow_dont_know:
                radio = QRadioButton(DONT_KNOW_TEXT)
                radio.setAccessibleName(DONT_KNOW_TEXT)
                radio.setChecked(value is DONT_KNOW)
                group.addButton(radio)
                self._dont_know = radio
                self.options_layout.addWidget(radio)
                radio.toggled.connect(
                    lambda checked: self._on_choice_toggled(DONT_KNOW.value, checked))
            self._group = group
        elif question.type is QuestionType.MULTI:
            picked = value if isinstance(value, frozenset) else frozenset()
            hint = wrapped("Tick all that apply.")
            self.options_layout.addWidget(hint)
            for option in question.options:
                box = QCheckBox(button_text(option.text.get()))
                box.setAccessibleName(option.text.get())
                box.setChecked(option.id in picked)
                self._choice_buttons[option.id] = box
                self.options_layout.addWidget(box)
                box.toggled.connect(
                    lambda checked, oid=option.id: self._on_multi_toggled(oid, checked))
            if question.allow_dont_know:
                box = QCheckBox(DONT_KNOW_TEXT)
                box.setAccessibleName(DONT_KNOW_TEXT)
                box.setChecked(value is DONT_KNOW)
                self._dont_know = box
                self.options_layout.addWidget(box)
                box.toggled.connect(
                    lambda checked: self._on_multi_toggled(DONT_KNOW.value, checked))
        elif question.type is QuestionType.NUMBER:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel("&Answer:")
            field = QLineEdit()
            field.setAccessibleName(f"Answer: {question_name}")
            field.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
            if isinstance(value, float):
                field.setText(f"{value:g}")
            label.setBuddy(field)
            field.textEdited.connect(self._on_typed)
            field.editingFinished.connect(self.flush)
            row_layout.addWidget(label)
            row_layout.addWidget(field)
            if question.unit:
                row_layout.addWidget(QLabel(question.unit))
            limits = []
            if question.min_value is not None:
                limits.append(f"at least {question.min_value:g}")
            if question.max_value is not None:
                limits.append(f"at most {question.max_value:g}")
            if limits:
                row_layout.addWidget(wrapped("(a whole or decimal number, "
                                             + " and ".join(limits) + ")"))
            row_layout.addStretch(1)
            self._number = field
            self.options_layout.addWidget(row)
            self._add_dont_know_box(question, value)
        else:
            field_text = QPlainTextEdit()
            field_text.setTabChangesFocus(True)
            field_text.setAccessibleName(f"Answer: {question_name}")
            field_text.setPlainText(value if isinstance(value, str) else "")
            field_text.setMaximumHeight(self.fontMetrics().height() * 7)
            field_text.textChanged.connect(self._on_typed)
            self._text = field_text
            self.options_layout.addWidget(wrapped("Optional: type as much or as little as "
                                                  "you like."))
            self.options_layout.addWidget(field_text)
        # a layout shows new children later (queued); show them now so they can take focus
        for index in range(self.options_layout.count()):
            item = self.options_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.show()
        self._set_tab_order()

    def _add_dont_know_box(self, question: Question, value: AnswerValue | None) -> None:
        if not question.allow_dont_know:
            return
        box = QCheckBox(DONT_KNOW_TEXT)
        box.setAccessibleName(DONT_KNOW_TEXT)
        box.setChecked(value is DONT_KNOW)
        box.toggled.connect(self._on_number_dont_know_toggled)
        self._dont_know = box
        self.options_layout.addWidget(box)
        if self._number is not None:
            self._number.setEnabled(value is not DONT_KNOW)

    def _answer_widgets(self) -> list[QWidget]:
        found: list[QWidget] = list(self._choice_buttons.values())
        for widget in (self._number, self._text, self._dont_know):
            if widget is not None and widget not in found:
                found.append(widget)
        return found

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [self.outline, *self._answer_widgets(), self.help_button,
                                self.why_button, self.clear_button, self.notes,
                                self.back_button, self.next_button, self.review_button,
                                self.library_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def focus_answer(self) -> None:
        """Put the keyboard focus on the answer (the picked option, or the first)."""
        for button in self._choice_buttons.values():
            if button.isChecked():
                button.setFocus()
                return
        widgets = self._answer_widgets()
        if widgets:
            widgets[0].setFocus()

    def _update_state(self) -> None:
        session, question = self._session, self._question
        if session is None or question is None:
            return
        answered = session.answer(question.id) is not None
        self.clear_button.setEnabled(answered)
        self.notes.setEnabled(answered)
        self.notes.setPlaceholderText("" if answered else
                                      "Answer the question first: a note is kept with its "
                                      "answer.")

    # -- saving

    def _save(self, value: AnswerValue | None) -> bool:
        session, question = self._session, self._question
        if session is None or question is None:
            return False
        try:
            if value is None:
                session.clear_answer(question.id)
            else:
                session.save_answer(question.id, value)
        except AnswerError as exc:
            self.message.show_message(str(exc))
            return False
        self.message.clear_message()
        return True

    def _on_choice_toggled(self, option_id: str, checked: bool) -> None:
        if self._loading or not checked:
            return
        self._save(DONT_KNOW if option_id == DONT_KNOW.value else option_id)

    def _on_multi_toggled(self, option_id: str, checked: bool) -> None:
        question = self._question
        if self._loading or question is None:
            return
        self._loading = True
        try:
            if checked:
                exclusive = option_id == DONT_KNOW.value or any(
                    o.exclusive for o in question.options if o.id == option_id)
                for other_id, box in self._choice_buttons.items():
                    other_exclusive = any(o.exclusive for o in question.options
                                          if o.id == other_id)
                    if other_id != option_id and (exclusive or other_exclusive):
                        box.setChecked(False)
                if self._dont_know is not None and option_id != DONT_KNOW.value:
                    self._dont_know.setChecked(False)
        finally:
            self._loading = False
        if self._dont_know is not None and self._dont_know.isChecked():
            self._save(DONT_KNOW)
            return
        picked = frozenset(oid for oid, box in self._choice_buttons.items() if box.isChecked())
        self._save(picked if picked else None)

    def _on_number_dont_know_toggled(self, checked: bool) -> None:
        if self._loading or self._number is None:
            return
        self._number.setEnabled(not checked)
        if checked:
            self._number.clear()
            self._save(DONT_KNOW)
        else:
            self._save(None)
            self._number.setFocus()

    def _on_typed(self) -> None:
        if not self._loading:
            self._save_timer.start()

    @Slot()
    def flush(self) -> None:
        """Save what was typed but not yet saved (number, text answer, note)."""
        self._save_timer.stop()
        session, question = self._session, self._question
        if session is None or question is None or self._loading:
            return
        answer = session.answer(question.id)
        if self._number is not None and self._number.isEnabled():
            text = self._number.text().strip().replace(",", "")
            if not text:
                if answer is not None and not answer.is_dont_know:
                    self._save(None)
            else:
                try:
                    number = float(text)
                except ValueError:
                    number = math.nan
                if not math.isfinite(number):
                    self.message.show_message(f"'{self._number.text()}' is not a number; "
                                              "type digits only, such as 12.")
                elif answer is None or answer.value != number:
                    self._save(number)
        if self._text is not None:
            typed = self._text.toPlainText()
            saved = answer.value if answer is not None else ""
            if typed != saved:
                self._save(typed if typed.strip() else None)
        answer = session.answer(question.id)
        if answer is not None and self.notes.toPlainText() != answer.note:
            session.save_note(question.id, self.notes.toPlainText())

    def clear_answer(self) -> None:
        """Remove the answer to the question on screen (and its note)."""
        question = self._question
        if question is None:
            return
        self._save(None)
        self._show_question()
        self.focus_answer()

    @Slot(str, object)
    def _on_session_problem_raised(self, _title: str, _exc: object) -> None:
        # the change was not saved: show the question as it is stored, not as clicked
        QTimer.singleShot(0, self._show_question)

    @Slot()
    def _on_session_assessment_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            focused = self.outline.hasFocus()
            self._fill_outline()
            self._update_state()
            if self._question is not None:
                session = self._session
                assert session is not None
                ids = self._shown_ids()
                last = bool(ids) and ids[-1] == self._question.id
                self.next_button.setText("&Next: review →" if last else "&Next →")
                total = len(ids)
                answered = sum(p.answered for p in session.progress())
                text = self.position_label.text().split(". ")[0]
                self.position_label.setText(f"{text}. {answered} of {total} questions "
                                            "answered in all.")
            if focused:
                self.outline.setFocus()
        finally:
            self._loading = False
