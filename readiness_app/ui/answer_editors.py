"""One answer editor per question type: the widgets a question is answered with.

An editor builds its widgets (the page lays them out), shows a value, and reports edits:
``edited`` for an answer to save at once (a choice, or None to clear the answer), ``typed``
for text typed into the answer (saved after a pause by :mod:`readiness_app.ui.autosave`) and
``finished`` when the user is done typing. Rules about answers (which options can be
combined, what counts as a number) are core's (:mod:`readiness_app.core.question_types`).
Look editors up with :func:`editor_for`; :data:`EDITORS` has one for every question type.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from readiness_app.core.errors import AnswerError
from readiness_app.core.question_types import (
    DONT_KNOW,
    DONT_KNOW_ID,
    AnswerValue,
    MultiKind,
    kind_of,
    typed_number,
)
from readiness_app.core.questionnaire import Question, QuestionType
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.widgets import OptionCheck, OptionRadio, role_label, wrapped

DONT_KNOW_TEXT = QT_TRANSLATE_NOOP("answer_editors", "Don't know")  # shown translated


class AnswerEditor(QObject):
    """The widgets for answering one question (see the module docstring)."""

    edited = Signal(object)  # AnswerValue to save now, or None to clear the answer
    typed = Signal(str)  # the typed answer as it stands (save after a pause)
    finished = Signal()  # typing is done (Enter, or the field lost focus): save now

    question_type: ClassVar[QuestionType]

    def __init__(self, question: Question, value: AnswerValue | None, host: QWidget) -> None:
        super().__init__(host)
        self.question = question
        self._host = host
        self._showing = False
        self.widgets: list[QWidget] = []  # every widget, in layout order
        self.choice_buttons: dict[str, QAbstractButton] = {}  # by option id
        self.dont_know_button: QAbstractButton | None = None
        self.number_field: QLineEdit | None = None
        self.text_field: QPlainTextEdit | None = None
        self.problem_label: QLabel | None = None  # what is wrong with the typed answer
        self._build(value)

    def _build(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def show_value(self, value: AnswerValue | None) -> None:
        """Show ``value`` (None: unanswered) without reporting it as an edit."""
        self._showing = True
        try:
            self._show(value)
        finally:
            self._showing = False

    def _show(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def answer_widgets(self) -> list[QWidget]:
        """The widgets that take the answer, in tab order."""
        found: list[QWidget] = list(self.choice_buttons.values())
        for widget in (self.number_field, self.text_field, self.dont_know_button):
            if widget is not None and widget not in found:
                found.append(widget)
        return found

    @classmethod
    def typed_value(cls, question: Question, text: str) -> AnswerValue | None:
        """The answer typed ``text`` stands for (None: clear it); AnswerError if none."""
        raise NotImplementedError(f"{cls.__name__} takes no typed answers")

    def typed_problem(self) -> str:
        """What is wrong with the answer typed in the field now ("" when nothing)."""
        return ""

    def show_problem(self, text: str) -> None:
        """Show ``text`` beside the answer ("" hides it); editors without a typed answer
        have nowhere to show it."""
        label = self.problem_label
        if label is not None:
            label.setText(text)
            label.setAccessibleDescription(text)
            label.setVisible(bool(text))


class _OptionEditor(AnswerEditor):
    """A button per option, and "Don't know" when the question offers it; an answer shows
    as the options it picked."""

    _button: ClassVar[type[OptionRadio | OptionCheck]]

    def _option_buttons(self) -> list[tuple[str, QAbstractButton]]:
        """Make the buttons (kept in ``choice_buttons`` and ``dont_know_button``), in order."""
        buttons: list[tuple[str, QAbstractButton]] = []
        for option in self.question.options:
            button = self._labelled(option.text.get(lang()))
            self.choice_buttons[option.id] = button
            buttons.append((option.id, button))
        if self.question.allow_dont_know:
            self.dont_know_button = self._labelled(translate("answer_editors", DONT_KNOW_TEXT))
            buttons.append((DONT_KNOW_ID, self.dont_know_button))
        return buttons

    def _labelled(self, text: str) -> QAbstractButton:
        button = self._button(text)
        button.setAccessibleName(text)
        return button

    def _show(self, value: AnswerValue | None) -> None:
        picked = frozenset() if value is None or value is DONT_KNOW else \
            kind_of(self.question.type).picked(value)
        for option_id, button in self.choice_buttons.items():
            button.setChecked(option_id in picked)
        if self.dont_know_button is not None:
            self.dont_know_button.setChecked(value is DONT_KNOW)


class SingleChoiceEditor(_OptionEditor):
    """Radio buttons, one per option, and "Don't know" when the question offers it."""

    question_type = QuestionType.SCALE
    _button = OptionRadio

    def _build(self, value: AnswerValue | None) -> None:
        group = QButtonGroup(self)
        for option_id, radio in self._option_buttons():
            group.addButton(radio)
            self.widgets.append(radio)
            radio.toggled.connect(
                lambda checked, oid=option_id: self._on_toggled(oid, checked))
        self.show_value(value)

    def _on_toggled(self, option_id: str, checked: bool) -> None:
        if self._showing or not checked:
            return
        self.edited.emit(DONT_KNOW if option_id == DONT_KNOW_ID else option_id)


class YesNoEditor(SingleChoiceEditor):
    """Yes and no as radio buttons (like a scale)."""

    question_type = QuestionType.YES_NO


class MultiChoiceEditor(_OptionEditor):
    """Check boxes, one per option; core decides what ticking one does to the others."""

    question_type = QuestionType.MULTI
    _button = OptionCheck

    def _build(self, value: AnswerValue | None) -> None:
        self._value = value
        self.widgets.append(role_label(translate(
                "answer_editors", "Tick all that apply."), "muted"))
        boxes = self._option_buttons()
        siblings = [box for _id, box in boxes if isinstance(box, OptionCheck)]
        for option_id, box in boxes:
            if isinstance(box, OptionCheck):
                box.siblings = list(siblings)
            self.widgets.append(box)
            box.toggled.connect(lambda checked, oid=option_id: self._on_toggled(oid, checked))
        self.show_value(value)

    def _show(self, value: AnswerValue | None) -> None:
        self._value = value
        super()._show(value)

    def _on_toggled(self, option_id: str, checked: bool) -> None:
        if self._showing:
            return
        kind = kind_of(self.question.type)
        assert isinstance(kind, MultiKind)
        value = kind.selection_after(self.question, self._value, option_id, checked)
        self.show_value(value)
        self.edited.emit(value)


class NumberEditor(AnswerEditor):
    """A number field with its unit and limits, and a "Don't know" box when offered."""

    question_type = QuestionType.NUMBER

    def _build(self, value: AnswerValue | None) -> None:
        question = self.question
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("answer_editors", "&Answer:"))
        field = QLineEdit()
        field.setAccessibleName(translate("answer_editors", "Answer: {value}").format(
                                value=question.text.get(lang())))
        field.setMaximumWidth(self._host.fontMetrics().horizontalAdvance("0") * 14)
        label.setBuddy(field)
        field.textChanged.connect(self._on_changed)
        field.editingFinished.connect(self.finished)
        row_layout.addWidget(label)
        row_layout.addWidget(field)
        if question.unit:
            row_layout.addWidget(QLabel(question.unit.get(lang())))
        low, high = question.min_value, question.max_value
        if low is not None and high is not None:
            limits = translate("answer_editors", "(a whole or decimal number, at least {low} and "
                                                 "at most {high})").format(low=f"{low:g}",
                                                                           high=f"{high:g}")
        elif low is not None:
            limits = translate("answer_editors", "(a whole or decimal number, at least "
                                                 "{low})").format(low=f"{low:g}")
        elif high is not None:
            limits = translate("answer_editors", "(a whole or decimal number, at most "
                                                 "{high})").format(high=f"{high:g}")
        else:
            limits = ""
        if limits:
            row_layout.addWidget(wrapped(limits))
        row_layout.addStretch(1)
        self.number_field = field
        self.widgets.append(row)
        problem = role_label("", "error")
        problem.setAccessibleName(translate("answer_editors", "Problem with the answer"))
        problem.hide()
        self.problem_label = problem
        self.widgets.append(problem)
        if question.allow_dont_know:
            box = OptionCheck(translate("answer_editors", DONT_KNOW_TEXT))
            box.setAccessibleName(translate("answer_editors", DONT_KNOW_TEXT))
            box.toggled.connect(self._on_dont_know_toggled)
            self.dont_know_button = box
            self.widgets.append(box)
        self.show_value(value)

    def _show(self, value: AnswerValue | None) -> None:
        assert self.number_field is not None
        self.number_field.setText(f"{value:g}" if isinstance(value, float) else "")
        if self.dont_know_button is not None:
            self.dont_know_button.setChecked(value is DONT_KNOW)
            self.number_field.setEnabled(value is not DONT_KNOW)

    @classmethod
    def typed_value(cls, question: Question, text: str) -> AnswerValue | None:
        """The number typed (core's rules: "1,200" and "12.5" are numbers, within the
        question's limits)."""
        return typed_number(question, text)

    def typed_problem(self) -> str:
        """Why the number typed cannot be saved ("" when it can, or the field is off)."""
        field = self.number_field
        if field is None or not field.isEnabled():
            return ""
        try:
            typed_number(self.question, field.text())
        except AnswerError as exc:
            return error_text(exc)
        return ""

    def _on_changed(self, text: str) -> None:
        field = self.number_field
        if not self._showing and field is not None and field.isEnabled():
            if self.problem_label is not None and not self.typed_problem():
                self.show_problem("")  # fixed: the message goes at once
            self.typed.emit(text)

    def _on_dont_know_toggled(self, checked: bool) -> None:
        field = self.number_field
        if self._showing or field is None:
            return
        field.setEnabled(not checked)
        if checked:
            field.clear()
            self.edited.emit(DONT_KNOW)
        else:
            self.edited.emit(None)
            field.setFocus()


class TextEditor(AnswerEditor):
    """A box for free text."""

    question_type = QuestionType.TEXT

    def _build(self, value: AnswerValue | None) -> None:
        field = QPlainTextEdit()
        field.setTabChangesFocus(True)
        field.setAccessibleName(translate("answer_editors", "Answer: {value}").format(
                                value=self.question.text.get(lang())))
        field.setMaximumHeight(self._host.fontMetrics().height() * 7)
        self.text_field = field
        self.widgets.append(role_label(translate(
                "answer_editors", "Optional: type as much or as little as you like."),
                                       "muted"))
        self.widgets.append(field)
        self.show_value(value)
        field.textChanged.connect(self._on_changed)

    def _show(self, value: AnswerValue | None) -> None:
        assert self.text_field is not None
        self.text_field.setPlainText(value if isinstance(value, str) else "")

    @classmethod
    def typed_value(cls, question: Question, text: str) -> AnswerValue | None:
        """The text; None (clear the answer) when only spaces were typed."""
        return text if text.strip() else None

    def _on_changed(self) -> None:
        if not self._showing and self.text_field is not None:
            self.typed.emit(self.text_field.toPlainText())


EDITORS: Mapping[QuestionType, type[AnswerEditor]] = MappingProxyType({
    editor.question_type: editor
    for editor in (SingleChoiceEditor, YesNoEditor, MultiChoiceEditor, NumberEditor,
                   TextEditor)
})


def editor_for(question: Question, value: AnswerValue | None, host: QWidget) -> AnswerEditor:
    """A new editor for ``question`` showing ``value``; its widgets are for ``host``'s page."""
    return EDITORS[question.type](question, value, host)
