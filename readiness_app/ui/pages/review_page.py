"""Before the results: every answer, by area, with what needs a look first.

At the top, the questions to look at first: not answered yet, answered "don't know", carried
over from last time and not confirmed, and answers that contradict each other; Enter on one
goes back to it. Below, every question asked with its answer and note, area by area, as one
list that reads (and prints, with "Save as PDF") in full. Counts are core's, said in the app's
language by :mod:`readiness_app.ui.progress_text` (the same sentence as on the question page).
"""

from __future__ import annotations

import html
import itertools
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QPageSize, QPdfWriter, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.i18n import in_language
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import Question
from readiness_app.core.text import file_name_stem
from readiness_app.storage.atomic import describe_os_error, write_bytes_atomic
from readiness_app.ui import dialogs
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, messages, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.progress_text import summary_text
from readiness_app.ui.session import AssessmentSession
from readiness_app.ui.widgets import MessageArea, heading, scroll_area, set_heading, wrapped

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_ANSWERED = QT_TRANSLATE_NOOP("review_page", "Not answered yet")  # shown translated
DONT_KNOW_MARK = QT_TRANSLATE_NOOP("review_page", "worth checking with someone who knows")
CARRIED_MARK = QT_TRANSLATE_NOOP("review_page", "from last time: confirm it is still true")


class ReviewPage(QWidget):
    """What to look at first, then every answer; picking a question goes back to it."""

    question_requested = Signal(str)
    back_requested = Signal()
    results_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: AssessmentSession | None = None
        self.title = heading(translate("review_page", "Review your answers"))
        self.summary = wrapped()
        self.summary.setAccessibleName(translate("review_page", "Summary"))
        self.first_heading = heading(translate("review_page", "Look at these first"), 2)
        self.unanswered_label = QLabel(translate("review_page", "&Not answered yet:"))
        self.unanswered = self._list(translate("review_page", "Questions not answered yet"))
        self.unanswered_label.setBuddy(self.unanswered)
        self.dont_know_label = QLabel(translate(
                "review_page", "Answered \"&don't know\" (worth checking with someone "
                                      "who knows):"))
        self.dont_know_label.setWordWrap(True)
        self.dont_know = self._list(translate("review_page", "Questions answered don't know"))
        self.dont_know_label.setBuddy(self.dont_know)
        self.carried_label = QLabel(translate(
                "review_page", "&From last time, not confirmed yet (still true?):"))
        self.carried_label.setWordWrap(True)
        self.carried = self._list(translate("review_page", "Answers from last time to confirm"))
        self.carried_label.setBuddy(self.carried)
        self.to_check_label = QLabel(translate(
                "review_page", "Answers to &check (they seem to contradict each "
                                     "other):"))
        self.to_check_label.setWordWrap(True)
        self.to_check = self._list(translate("review_page", "Answers to check"))
        self.to_check_label.setBuddy(self.to_check)
        self.all_heading = heading(translate("review_page", "Every answer, by area"), 2)
        self.all_answers = QLabel()
        self.all_answers.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text
        self.all_answers.setWordWrap(True)
        self.all_answers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.all_answers.setAccessibleName(translate("review_page", "Every answer, by area"))
        self.message = MessageArea()
        self.back_button = QPushButton(translate("review_page", "← &Back to the questions"))
        self.back_button.setAccessibleName(translate("review_page", "Back to the questions"))
        self.back_button.clicked.connect(self.back_requested)
        self.pdf_button = QPushButton(translate("review_page", "Save answers as &PDF…"))
        self.pdf_button.setAccessibleName(translate(
                "review_page", "Save the answers as a PDF to print"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.results_button = QPushButton(translate("review_page", "&See results"))
        self.results_button.setAccessibleName(translate("review_page", "See results"))
        self.results_button.setDefault(True)
        self.results_button.clicked.connect(self.results_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.results_button)

        content = QWidget()
        inner = QVBoxLayout(content)
        for widget in (self.first_heading, self.unanswered_label, self.unanswered,
                       self.dont_know_label, self.dont_know, self.carried_label, self.carried,
                       self.to_check_label, self.to_check, self.all_heading, self.all_answers):
            inner.addWidget(widget)
        inner.addStretch(1)
        self.scroll_area = scroll_area(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        order = [self.unanswered, self.dont_know, self.carried, self.to_check,
                 self.back_button, self.pdf_button, self.results_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _list(self, name: str) -> QListWidget:
        """A list as tall as its rows (the page scrolls, never the list)."""
        widget = QListWidget()
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(translate(
                "review_page", "Press Enter on a question to go back to it."))
        widget.setWordWrap(True)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        widget.itemActivated.connect(self._on_item_activated)
        return widget

    def show_session(self, session: AssessmentSession) -> None:
        """Fill the page from the assessment as saved."""
        self._session = session
        self.message.clear_message()
        set_heading(self.title, translate("review_page", "Review the answers for {name}").format(
                                name=session.assessment.firm.name))
        counts = session.counts()
        unanswered = tuple(q for q in session.shown() if session.answer(q.id) is None)
        dont_know = session.dont_know()
        carried = session.unconfirmed()
        if counts.complete and not dont_know and not carried:
            after = translate("review_page", "None is \"don't know\". See the results when you "
                                             "are ready.")
        else:
            after = translate("review_page", "You can see the results now: unanswered "
                                             "questions are left out of the score and \"don't "
                                             "know\" counts as not in place.")
        self.summary.setText(f"{summary_text(counts)} {after}")
        self._fill(self.unanswered, unanswered, session,
                   translate("review_page", "Every question has an answer."))
        self._fill(self.dont_know, dont_know, session,
                   translate("review_page", "No \"don't know\" answers."))
        self._fill(self.carried, carried, session, "")
        self.carried_label.setVisible(bool(carried))
        self.carried.setVisible(bool(carried))
        self.to_check.clear()
        for check in session.answers_to_check():
            item = QListWidgetItem(check.text.get(lang()))
            item.setData(QUESTION_ROLE, check.when[0].question_id)  # Enter: the first answer
            self.to_check.addItem(item)
        has_checks = self.to_check.count() > 0
        self.to_check_label.setVisible(has_checks)
        self.to_check.setVisible(has_checks)
        self.all_answers.setText(self.answers_html(session))
        self._fit_lists()

    @staticmethod
    def _fill(widget: QListWidget, questions: tuple[Question, ...],
              session: AssessmentSession, empty: str) -> None:
        widget.clear()
        numbers = session.numbers()
        for question in questions:
            area = session.questionnaire.area(question.area_id).title.get(lang())
            optional = (" " + translate("review_page", "(optional)")
                        if kind_of(question.type).optional else "")
            item = QListWidgetItem(f"{numbers.get(question.id, 0)}. {area}: "
                                   f"{question.text.get(lang())}{optional}")
            item.setData(QUESTION_ROLE, question.id)
            widget.addItem(item)
        if not questions and empty:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            widget.addItem(item)
        widget.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _fit_lists(self) -> None:
        for widget in (self.unanswered, self.dont_know, self.carried, self.to_check):
            widget.doItemsLayout()
            rows = sum(widget.sizeHintForRow(r) for r in range(widget.count()))
            widget.setFixedHeight(rows + 2 * widget.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows wrap differently at a new width: fit the lists again."""
        super().resizeEvent(event)
        self._fit_lists()

    @staticmethod
    def answers_html(session: AssessmentSession) -> str:
        """Every question asked, by area, with its answer and note (text escaped)."""
        counts = session.counts()
        numbers = session.numbers()
        carried = {q.id for q in session.unconfirmed()}
        parts: list[str] = []
        for area in session.questionnaire.areas:
            questions = [q for q in session.shown() if q.area_id == area.id]
            if not questions:
                continue
            area_count = counts.area(area.id)
            answered = translate("review_page", "{answered} of {shown} answered").format(
                answered=area_count.answered, shown=area_count.shown)
            parts.append(f"<h3>{html.escape(area.title.get(lang()))} "
                         f"({html.escape(answered)})</h3>")
            for question in questions:
                answer = session.answer(question.id)
                if answer is None:
                    shown = translate("review_page", NOT_ANSWERED) + (
                        " " + translate("review_page", "(optional)")
                        if kind_of(question.type).optional else "")
                    mark = "○"
                else:
                    shown = kind_of(question.type).describe_answer(question, answer.value,
                                                                   lang())
                    flags = ([translate("review_page", DONT_KNOW_MARK)]
                             if answer.is_dont_know else [])
                    if question.id in carried:
                        flags.append(translate("review_page", CARRIED_MARK))
                    shown += f" ({'; '.join(flags)})" if flags else ""
                    mark = "?" if flags else "✓"
                lines = [f"<b>{numbers.get(question.id, 0)}. "
                         f"{html.escape(question.text.get(lang()))}</b>",
                         f"{mark} {html.escape(shown)}"]
                if answer is not None and answer.note:
                    note = translate("review_page", "Note: {note}").format(note=answer.note)
                    lines.append(f"<i>{html.escape(note)}</i>")
                parts.append("<p>" + "<br>".join(lines) + "</p>")
        return "".join(parts)

    def pdf_bytes(self) -> bytes:
        """The page's content (summary and every answer) as a PDF, A4."""
        session = self._session
        if session is None:
            return b""
        body = (f"<h1>{html.escape(self.title.text())}</h1>"
                f"<p>{html.escape(self.summary.text())}</p>{self.answers_html(session)}")
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setTitle(self.title.text())
        document = QTextDocument()
        document.setHtml(body)
        document.print_(writer)
        del writer  # finishes the file
        buffer.close()
        return bytes(data.data())

    @Slot()
    def save_pdf(self) -> Path | None:
        """Ask where, and save every answer as a PDF to print or send."""
        session = self._session
        if session is None:
            return None
        from readiness_app.ui.pages.results_page import documents_folder

        answers = translate("review_page", "answers")
        stem = file_name_stem(f"{session.assessment.firm.name} {answers}", answers)
        target = dialogs.ask_save_path(self, translate("review_page", "Save the answers as a PDF"),
                                       documents_folder() / f"{stem}.pdf", dialogs.PDF_FILTER)
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_bytes_atomic(target, self.pdf_bytes())
        except OSError as exc:
            self.message.show_message(translate(
                    "review_page", "The answers could not be saved to {target}: "
                                      "{value}").format(
                                      target=target,
                                      value=in_language(describe_os_error(exc), messages())))
            return None
        self.message.show_message(translate("review_page", "Saved the answers to {target}.").format(
                                  target=target))
        return target

    def focus_start(self) -> None:
        """Focus the first list with something to do, else the results button."""
        for widget in (self.unanswered, self.dont_know, self.carried):
            first = widget.item(0)
            if widget.isVisibleTo(self) and first is not None and first.data(QUESTION_ROLE):
                widget.setFocus()
                return
        self.results_button.setFocus()

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        question_id = item.data(QUESTION_ROLE)
        if question_id:
            self.question_requested.emit(str(question_id))
