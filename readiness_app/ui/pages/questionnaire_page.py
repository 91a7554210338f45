"""Answering: one question at a time, areas and questions in a sidebar, autosave on change.

Choices are saved the moment they change; typed answers (numbers, text) and notes are saved
shortly after typing stops and whenever the user leaves the question (the timing is
:mod:`readiness_app.ui.autosave`'s). The answer widgets come from
:mod:`readiness_app.ui.answer_editors`, one editor per question type. Which questions are
shown is core's decision (``shown_questions``), so a conditional question appears in the
sidebar as soon as the answer it depends on is saved.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.assessment import AnswerValue
from readiness_app.core.errors import AnswerError
from readiness_app.core.progress import question_numbers
from readiness_app.core.questionnaire import Question
from readiness_app.ui import theme
from readiness_app.ui.answer_editors import DONT_KNOW_TEXT as DONT_KNOW_TEXT
from readiness_app.ui.answer_editors import EDITORS, AnswerEditor, editor_for
from readiness_app.ui.autosave import SAVE_DELAY_MS as SAVE_DELAY_MS
from readiness_app.ui.autosave import Autosave, DraftStore, PendingEdit
from readiness_app.ui.firm_details_dialog import beside, edit_firm_button
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.progress_text import summary_text
from readiness_app.ui.session import AssessmentSession
from readiness_app.ui.widgets import (
    MessageArea,
    heading,
    make_primary,
    role_label,
    scroll_area,
    set_role,
)

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
# English; shown through translate("questionnaire_page", ...)
NEXT_TEXT = QT_TRANSLATE_NOOP("questionnaire_page", "Save a&nd continue")
NEXT_NAME = QT_TRANSLATE_NOOP("questionnaire_page", "Save and continue")
LAST_TEXT = QT_TRANSLATE_NOOP("questionnaire_page", "Save a&nd review your answers")
LAST_NAME = QT_TRANSLATE_NOOP("questionnaire_page", "Save and review your answers")


def answer_state(session: AssessmentSession, question: Question) -> str:
    """'answered', "don't know" or 'not answered' (for the sidebar and screen readers)."""
    answer = session.answer(question.id)
    if answer is None:
        return "not answered"
    return "don't know" if answer.is_dont_know else "answered"


_MARKS = {"answered": "✓", "don't know": "?", "not answered": "○"}
#: each state in words, shown translated
_STATE_TEXTS = {"answered": QT_TRANSLATE_NOOP("questionnaire_page", "answered"),
                "don't know": QT_TRANSLATE_NOOP("questionnaire_page", "don't know"),
                "not answered": QT_TRANSLATE_NOOP("questionnaire_page", "not answered")}


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the sidebar's width, so no question is cut."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        """The height of the text wrapped to the width the row has."""
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeWidget):
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(40, view.viewport().width() - view.indentation() * (depth + 1) - 8)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        rect = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                    int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, max(hint.height(), rect.height() + 6))


class Outline(QTreeWidget):
    """The sidebar tree: re-measures its wrapped rows when its width changes."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap again at the new width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class QuestionnairePage(QWidget):
    """The questions of one assessment (see the module docstring)."""

    review_requested = Signal()
    library_requested = Signal()
    position_changed = Signal(str)  # the id of the question now shown
    edit_firm_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: AssessmentSession | None = None
        self._question: Question | None = None
        self._loading = False
        self._editor: AnswerEditor | None = None
        # typed answers that could not be saved (letters for a number), by question: shown
        # again when the question is, so nothing typed is lost on the way
        self._drafts: dict[str, str] = {}
        self.draft_store: DraftStore | None = None  # keeps them between runs (main window's)
        self._autosave = Autosave(self._save_typed, SAVE_DELAY_MS, self)

        # sidebar: every line wraps (nothing is cut), and carries its full text as a tooltip
        self.outline_label = QLabel(translate("questionnaire_page", "Areas and &questions:"))
        self.outline = Outline()
        self.outline.setItemDelegate(WrappingDelegate(self.outline))
        self.outline.setHeaderHidden(True)
        self.outline.setAccessibleName(translate("questionnaire_page", "Areas and questions"))
        self.outline.setAccessibleDescription(translate(
                "questionnaire_page", "Press Enter on a question to go to it."))
        self.outline.setUniformRowHeights(False)
        self.outline.setWordWrap(True)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.outline.header().setStretchLastSection(True)
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.itemActivated.connect(self._on_outline_item_activated)
        self.outline_label.setBuddy(self.outline)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.outline_label)
        side_layout.addWidget(self.outline)

        # the question, in the style of a public-service form: where you are, the question
        # in large type, what it means, the answers as large boxes
        self.firm_label = role_label("", "small")
        self.firm_label.setAccessibleName(translate("questionnaire_page", "Firm"))
        self.edit_firm_button = edit_firm_button()
        self.edit_firm_button.clicked.connect(self.edit_firm_requested)
        self.position_label = role_label("", "strong")  # "Question 12 of 44"
        self.position_label.setAccessibleName(translate("questionnaire_page", "Question number"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setProperty("role", "steps")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(translate(
                "questionnaire_page", "Progress through the questions"))
        self.answered_label = role_label("", "small")
        self.answered_label.setAccessibleName(translate("questionnaire_page", "Questions answered"))
        self.area_heading = role_label("", "lead")
        self.area_heading.setProperty("role", "muted")
        self.question_text = heading("", 2)
        set_role(self.question_text, "question")
        self.help_text = role_label("", "hint")
        self.help_text.setAccessibleName(translate("questionnaire_page", "What this means"))
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, theme.SPACE_S, 0, theme.SPACE_S)
        self.options_layout.setSpacing(theme.SPACE_S)
        self.help_button = QPushButton(translate("questionnaire_page", "What this &means"))
        self.help_button.setCheckable(True)
        self.help_button.setChecked(True)
        self.help_button.setAccessibleName(translate("questionnaire_page", "What this means"))
        self.help_button.setToolTip(translate(
                "questionnaire_page", "Show or hide what the question means (Alt+M)"))
        self.why_button = QPushButton(translate("questionnaire_page", "&Why it matters"))
        self.why_button.setCheckable(True)
        self.why_button.setAccessibleName(translate("questionnaire_page", "Why it matters"))
        self.carried_label = role_label(
            translate("questionnaire_page", "From last time: is this still true? Confirm it, or "
                                            "pick another answer."),
            "strong")
        self.carried_label.setAccessibleName(translate(
                "questionnaire_page", "Answer from last time"))
        self.confirm_button = QPushButton(translate("questionnaire_page", "Still &true"))
        self.confirm_button.setAccessibleName(translate(
                "questionnaire_page", "Confirm the answer from last time"))
        self.confirm_button.clicked.connect(self.confirm_answer)
        self.confirm_area_button = QPushButton(translate(
                "questionnaire_page", "All in this ar&ea still true"))
        self.confirm_area_button.setAccessibleName(
            translate("questionnaire_page", "Confirm every answer from last time in this area"))
        self.confirm_area_button.clicked.connect(self.confirm_area)
        self.carried_row = QWidget()
        carried_layout = QHBoxLayout(self.carried_row)
        carried_layout.setContentsMargins(0, 0, 0, 0)
        carried_layout.addWidget(self.carried_label, 1)
        carried_layout.addWidget(self.confirm_button)
        carried_layout.addWidget(self.confirm_area_button)
        self.carried_row.hide()
        self.clear_button = QPushButton(translate("questionnaire_page", "C&lear answer"))
        self.clear_button.setAccessibleName(translate("questionnaire_page", "Clear answer"))
        self.why_text = role_label("", "hint")
        self.why_text.setAccessibleName(translate("questionnaire_page", "Why it matters"))
        self.why_text.hide()
        self.help_button.toggled.connect(self.help_text.setVisible)
        self.why_button.toggled.connect(self.why_text.setVisible)
        self.clear_button.clicked.connect(self.clear_answer)
        self.notes_label = QLabel(translate(
                "questionnaire_page", "Your n&otes (optional; kept with the answer, for you or "
                                  "your adviser):"))
        self.notes_label.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(translate("questionnaire_page", "Notes"))
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4 + theme.SPACE_M)
        self.notes.textChanged.connect(self._on_note_typed)
        self.notes_label.setBuddy(self.notes)
        self.private_label = QLabel(translate(
                "questionnaire_page", "Adviser's private note (never printed for the business "
                                    "or shared in a file unless you choose):"))
        self.private_label.setWordWrap(True)
        self.private_notes = QPlainTextEdit()
        self.private_notes.setTabChangesFocus(True)
        self.private_notes.setAccessibleName(translate(
                "questionnaire_page", "Adviser's private note"))
        self.private_notes.setMaximumHeight(self.fontMetrics().height() * 3 + theme.SPACE_M)
        self.private_notes.textChanged.connect(self._on_private_note_typed)
        self.private_label.setBuddy(self.private_notes)
        # an owner answering alone never needs the adviser's box: it opens on request, and
        # by itself on a question that already has a private note
        self.private_toggle = QPushButton(translate(
                "questionnaire_page", "Adviser's pri&vate note…"))  # Alt+V opens it
        self.private_toggle.setCheckable(True)
        self.private_toggle.setFlat(True)
        self.private_toggle.setAccessibleName(translate(
                "questionnaire_page", "Show the adviser's private note"))
        self.private_toggle.toggled.connect(self._on_private_toggled)
        self._private_open = False  # opened by the user in this session
        self.private_label.hide()
        self.private_notes.hide()
        self.message = MessageArea()
        set_role(self.message, "error")

        help_row = QHBoxLayout()
        for button in (self.help_button, self.why_button, self.clear_button):
            help_row.addWidget(button)
        help_row.addStretch(1)
        panel = QWidget()
        panel.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L,
                                        theme.SPACE_M)
        panel_layout.setSpacing(theme.SPACE_S)
        panel_layout.addWidget(beside(self.firm_label, self.edit_firm_button))
        step_row = QHBoxLayout()
        step_row.addWidget(self.position_label)
        step_row.addWidget(self.progress_bar, 1)
        panel_layout.addLayout(step_row)
        panel_layout.addWidget(self.answered_label)
        panel_layout.addSpacing(theme.SPACE_S)
        for widget in (self.area_heading, self.question_text, self.help_text,
                       self.carried_row, self.options_box, self.message):
            panel_layout.addWidget(widget)
        panel_layout.addLayout(help_row)
        for widget in (self.why_text, self.notes_label, self.notes, self.private_toggle,
                       self.private_label, self.private_notes):
            panel_layout.addWidget(widget)
        panel_layout.addStretch(1)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(panel, 1)
        holder_layout.addStretch(0)
        self.scroll_area = scroll_area(holder)

        # navigation: one primary action, "Save and continue"
        self.back_button = QPushButton(translate("questionnaire_page", "&Back"))
        self.back_button.setAccessibleName(translate("questionnaire_page", "Previous question"))
        self.next_button = make_primary(QPushButton(translate("questionnaire_page", NEXT_TEXT)))
        self.next_button.setAutoDefault(False)  # Enter in a text box stays in the box
        self.next_button.setDefault(False)
        self.next_button.setAccessibleName(translate("questionnaire_page", NEXT_NAME))
        self.review_button = QPushButton(translate("questionnaire_page", "&Review answers"))
        self.review_button.setAccessibleName(translate("questionnaire_page", "Review answers"))
        self.library_button = QPushButton(translate("questionnaire_page", "&All assessments"))
        self.library_button.setAccessibleName(translate("questionnaire_page", "All assessments"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.review_button.clicked.connect(self._on_review_clicked)
        self.library_button.clicked.connect(self._on_library_clicked)
        self.saved_label = role_label(translate(
                "questionnaire_page", "Every answer is saved as you go."), "small")
        nav = QHBoxLayout()
        nav.setContentsMargins(theme.SPACE_S, theme.SPACE_S, theme.SPACE_S, 0)
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
        self.splitter.setStretchFactor(1, 3)
        width = self.fontMetrics().averageCharWidth()
        self.splitter.setSizes([width * 40, width * 110])
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
        self._drafts = self.draft_store.drafts(session.assessment_id) \
            if self.draft_store is not None else {}
        session.assessment_changed.connect(self._on_session_assessment_changed)
        session.problem_raised.connect(self._on_session_problem_raised)
        self.firm_label.setText(f"{session.assessment.firm.name} · "
                                f"{session.questionnaire.title.get(lang())}")
        shown = session.shown()
        ids = [q.id for q in shown]
        if start_at not in ids:
            open_questions = session.unanswered()
            start_at = open_questions[0].id if open_questions else (ids[0] if ids else None)
        self._fill_outline()
        if start_at is not None:
            self.go_to(start_at)

    @property
    def _choice_buttons(self) -> dict[str, QAbstractButton]:
        return self._editor.choice_buttons if self._editor is not None else {}

    @property
    def _dont_know(self) -> QAbstractButton | None:
        return self._editor.dont_know_button if self._editor is not None else None

    @property
    def _number(self) -> QLineEdit | None:
        return self._editor.number_field if self._editor is not None else None

    @property
    def _text(self) -> QPlainTextEdit | None:
        return self._editor.text_field if self._editor is not None else None

    def _shown_ids(self) -> list[str]:
        return [q.id for q in self._session.shown()] if self._session else []

    # -- navigation

    def go_to(self, question_id: str) -> None:
        """Show one question (saving anything typed on the current one first)."""
        session = self._session
        if session is None or not session.questionnaire.has_question(question_id):
            return
        if self._question is not None:
            self.flush()
        self._question = session.questionnaire.question(question_id)
        self._show_question()
        self.position_changed.emit(question_id)

    def _held_by_typed_problem(self) -> bool:
        """Save what was typed; True (and the problem shown beside the field) when the typed
        answer cannot be saved, so "Save and continue" stays on the question."""
        self.flush()
        editor = self._editor
        problem = editor.typed_problem() if editor is not None else ""
        if editor is not None and problem:
            editor.show_problem(problem)
            if editor.number_field is not None:
                editor.number_field.setFocus()
        return bool(problem)

    @Slot()
    def go_next(self) -> None:
        """The next shown question; after the last one, the review page."""
        ids = self._shown_ids()
        if self._question is None or self._question.id not in ids:
            return
        if self._held_by_typed_problem():
            return
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
        if position > 0 and not self._held_by_typed_problem():
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
        if self._question is not None and question_id != self._question.id \
                and self._held_by_typed_problem():
            return
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
        numbers = question_numbers(session.questionnaire)
        current_item: QTreeWidgetItem | None = None
        for area_progress in session.progress():
            area_text = translate("questionnaire_page", "{area} ({answered} of {shown})").format(
                area=area_progress.area.title.get(lang()), answered=area_progress.answered,
                shown=area_progress.shown)
            area_item = QTreeWidgetItem([area_text])
            area_item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                              translate("questionnaire_page", "{area}: {answered} of {shown} "
                                                              "questions answered").format(
                                  area=area_progress.area.title.get(lang()),
                                  answered=area_progress.answered, shown=area_progress.shown))
            area_item.setToolTip(0, area_text)
            font = area_item.font(0)
            font.setBold(True)
            area_item.setFont(0, font)
            self.outline.addTopLevelItem(area_item)
            for question in shown:
                if question.area_id != area_progress.area.id:
                    continue
                number = numbers.get(question.id, 0)
                state = answer_state(session, question)
                said = translate("questionnaire_page", _STATE_TEXTS[state])
                text = f"{_MARKS[state]} {number}. {question.text.get(lang())}"
                child = QTreeWidgetItem([text])
                child.setData(0, QUESTION_ROLE, question.id)
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                              translate("questionnaire_page",
                                        "Question {number}, {state}: {text}").format(
                                  number=number, state=said, text=question.text.get(lang())))
                child.setToolTip(0, f"{question.text.get(lang())} ({said})")
                area_item.addChild(child)
                if self._question is not None and question.id == self._question.id:
                    current_item = child
            area_item.setExpanded(self._question is None
                                  or self._question.area_id == area_progress.area.id)
        if current_item is not None:
            self.outline.setCurrentItem(current_item)
        self.outline.blockSignals(False)

    def _show_position(self) -> None:
        """"Question 12 of 44", the bar, and how many are answered (core's count)."""
        session, question = self._session, self._question
        if session is None or question is None:
            return
        numbers = question_numbers(session.questionnaire)
        counts = session.counts()
        number = numbers.get(question.id, 0)
        self.position_label.setText(translate(
                "questionnaire_page", "Question {number} of {total}").format(
                                    number=number, total=counts.total))
        self.progress_bar.setRange(0, max(1, counts.total))
        self.progress_bar.setValue(number)
        self.progress_bar.setAccessibleDescription(translate(
                "questionnaire_page", "Question {number} of {total}").format(
                                                   number=number, total=counts.total))
        self.answered_label.setText(summary_text(counts))
        self.progress_bar.setToolTip(
            translate("questionnaire_page", "The {total} questions this check can ask. Some are "
                                            "follow-ups asked "
            "only when an earlier answer calls for them; those not needed are skipped, so "
            "the total never changes.").format(
            total=counts.total))
        ids = self._shown_ids()
        last = bool(ids) and ids[-1] == question.id
        self.next_button.setText(translate("questionnaire_page", LAST_TEXT if last else NEXT_TEXT))
        self.next_button.setAccessibleName(
            translate("questionnaire_page", LAST_NAME if last else NEXT_NAME))

    def _show_question(self) -> None:
        session, question = self._session, self._question
        if session is None or question is None:
            return
        self._autosave.discard()  # the widgets now show what is stored
        self._loading = True
        try:
            area = session.questionnaire.area(question.area_id)
            self.area_heading.setText(area.title.get(lang()))
            self.area_heading.setAccessibleName(translate(
                    "questionnaire_page", "Area: {value}").format(
                                                value=area.title.get(lang())))
            self.question_text.setText(question.text.get(lang()))
            self.question_text.setAccessibleName(question.text.get(lang()))
            local = question.in_nation(session.nation())  # help and why for the firm's nation
            self.help_text.setText(local.help.get(lang()))
            self.why_text.setText(local.why.get(lang()))
            self.help_text.setVisible(self.help_button.isChecked())
            self.why_button.setChecked(False)
            self.message.clear_message()
            self._build_answer_widgets(question)
            self._show_draft(question.id)
            answer = session.answer(question.id)
            self.notes.setPlainText(answer.note if answer is not None else "")
            self.private_notes.setPlainText(answer.private_note if answer is not None else "")
            has_private = answer is not None and bool(answer.private_note)
            self.private_toggle.blockSignals(True)
            self.private_toggle.setChecked(self._private_open or has_private)
            self.private_toggle.blockSignals(False)
            self._show_private(self.private_toggle.isChecked())
            self._fill_outline()
            self._update_state()
            ids = self._shown_ids()
            self.back_button.setEnabled(bool(ids) and ids[0] != question.id)
            self._show_position()
            self.scroll_area.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    @Slot(bool)
    def _on_private_toggled(self, checked: bool) -> None:
        self._private_open = checked
        self._show_private(checked)
        if checked:
            self.private_notes.setFocus()

    def _show_private(self, shown: bool) -> None:
        self.private_label.setVisible(shown)
        self.private_notes.setVisible(shown)

    def _show_draft(self, question_id: str) -> None:
        """Put back an answer typed earlier that could not be saved, with its problem."""
        draft, editor = self._drafts.get(question_id), self._editor
        if draft is None or editor is None or editor.number_field is None:
            return
        editor.number_field.blockSignals(True)
        editor.number_field.setText(draft)
        editor.number_field.blockSignals(False)
        editor.show_problem(editor.typed_problem())

    def set_icons(self, current: theme.Theme) -> None:
        """Draw the navigation icons in the theme's colours."""
        self.back_button.setIcon(theme.icon("back", current.text))
        self.next_button.setIcon(theme.icon("next", current.on_accent))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # icon after text

    def _clear_answer_widgets(self) -> None:
        while self.options_layout.count():
            item = self.options_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if self._editor is not None:
            self._editor.deleteLater()
        self._editor = None

    def _build_answer_widgets(self, question: Question) -> None:
        self._clear_answer_widgets()
        session = self._session
        assert session is not None
        answer = session.answer(question.id)
        editor = editor_for(question, answer.value if answer is not None else None,
                            self.options_box)
        editor.edited.connect(self._on_answer_edited)
        editor.typed.connect(self._on_answer_typed)
        editor.finished.connect(self.flush)
        self._editor = editor
        for widget in editor.widgets:
            self.options_layout.addWidget(widget)
        # a layout shows new children later (queued); show them now so they can take focus
        for widget in editor.widgets:
            widget.show()
        self._set_tab_order()

    def _answer_widgets(self) -> list[QWidget]:
        return self._editor.answer_widgets() if self._editor is not None else []

    def _set_tab_order(self) -> None:
        order: list[QWidget] = [self.outline, *self._answer_widgets(), self.help_button,
                                self.why_button, self.clear_button, self.confirm_button,
                                self.confirm_area_button, self.notes,
                                self.private_toggle, self.private_notes, self.back_button,
                                self.next_button,
                                self.review_button, self.library_button]
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
        answer = session.answer(question.id)
        answered = answer is not None
        self.carried_row.setVisible(answer is not None and answer.carried)
        self.clear_button.setEnabled(answered)
        self.notes.setEnabled(answered)
        self.notes.setPlaceholderText("" if answered else translate(
            "questionnaire_page", "Answer the question first: a note is kept with its answer."))
        self.private_notes.setEnabled(answered)

    # -- saving

    def _save(self, value: AnswerValue | None, question_id: str | None = None) -> bool:
        session = self._session
        if question_id is None and self._question is not None:
            question_id = self._question.id
        if session is None or question_id is None:
            return False
        try:
            if value is None:
                session.clear_answer(question_id)
            else:
                session.save_answer(question_id, value)
        except AnswerError as exc:
            self.message.show_message(error_text(exc))
            return False
        self.message.clear_message()
        return True

    def _on_answer_edited(self, value: AnswerValue | None) -> None:
        question = self._question
        if self._loading or question is None:
            return
        self._autosave.drop_answer(question.id)  # a choice replaces anything typed
        self._keep_draft(question.id, None)
        self._save(value)

    def _on_answer_typed(self, text: str) -> None:
        if not self._loading and self._question is not None:
            self._autosave.answer_typed(self._question.id, text)

    def _on_note_typed(self) -> None:
        if not self._loading and self._question is not None:
            self._autosave.note_typed(self._question.id, self.notes.toPlainText())

    def _on_private_note_typed(self) -> None:
        if not self._loading and self._question is not None:
            self._autosave.private_note_typed(self._question.id,
                                              self.private_notes.toPlainText())

    @Slot()
    def flush(self) -> None:
        """Save what was typed but not yet saved (number, text answer, note)."""
        if not self._loading:
            self._autosave.flush()

    def _save_typed(self, edit: PendingEdit) -> None:
        """Save a typed answer and note (the autosave controller calls this)."""
        session = self._session
        if session is None or not session.questionnaire.has_question(edit.question_id):
            return
        question = session.questionnaire.question(edit.question_id)
        if edit.answer_text is not None:
            answer = session.answer(question.id)
            try:
                value = EDITORS[question.type].typed_value(question, edit.answer_text)
            except AnswerError as exc:
                self._keep_draft(question.id, edit.answer_text)  # never silently dropped
                editor = self._editor
                if editor is not None and editor.problem_label is not None \
                        and self._question is not None and self._question.id == question.id:
                    editor.show_problem(error_text(exc))
                else:
                    self.message.show_message(error_text(exc))
            else:
                self._keep_draft(question.id, None)
                if value is None:
                    if answer is not None and not answer.is_dont_know:
                        self._save(None, question.id)
                elif answer is None or answer.value != value:
                    self._save(value, question.id)
        answer = session.answer(question.id)
        if edit.note is not None and answer is not None and edit.note != answer.note:
            session.save_note(question.id, edit.note)
        answer = session.answer(question.id)
        if edit.private_note is not None and answer is not None \
                and edit.private_note != answer.private_note:
            session.save_private_note(question.id, edit.private_note)

    def _keep_draft(self, question_id: str, text: str | None) -> None:
        """Remember (None: forget) an answer typed that could not be saved, also on disk."""
        if text is None and question_id not in self._drafts:
            return
        if text is None:
            del self._drafts[question_id]
        else:
            self._drafts[question_id] = text
        session = self._session
        if self.draft_store is not None and session is not None:
            self.draft_store.set_draft(session.assessment_id, question_id, text)

    def confirm_answer(self) -> None:
        """Confirm the answer carried over from the last visit as still true."""
        session, question = self._session, self._question
        if session is None or question is None:
            return
        session.confirm((question.id,))
        self._update_state()
        self.focus_answer()

    def confirm_area(self) -> None:
        """Confirm every answer from last time in the current question's area."""
        session, question = self._session, self._question
        if session is None or question is None:
            return
        session.confirm(tuple(q.id for q in session.unconfirmed()
                              if q.area_id == question.area_id))
        self._update_state()
        self.focus_answer()

    def clear_answer(self) -> None:
        """Remove the answer to the question on screen (and its note)."""
        question = self._question
        if question is None:
            return
        self._keep_draft(question.id, None)
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
                self._show_position()
            if focused:
                self.outline.setFocus()
        finally:
            self._loading = False
