"""Answer editors: one per question type; each shows a value and reports edits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from readiness_app.core.question_types import DONT_KNOW, KINDS
from readiness_app.core.questionnaire import QuestionType
from readiness_app.ui.answer_editors import EDITORS, AnswerEditor, editor_for

pytestmark = pytest.mark.gui


def test_every_question_type_has_an_editor_and_a_core_kind() -> None:
    assert set(EDITORS) == set(QuestionType) == set(KINDS)
    for qtype, editor in EDITORS.items():
        assert issubclass(editor, AnswerEditor)
        assert editor.question_type is qtype


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def edits(editor: AnswerEditor) -> list[object]:
    found: list[object] = []
    editor.edited.connect(found.append)
    return found


def test_every_type_builds_and_shows_a_value(quick_check, host) -> None:
    for question in quick_check.questions:
        editor = editor_for(question, None, host)
        assert isinstance(editor, EDITORS[question.type])
        assert editor.widgets and editor.answer_widgets()


def test_multi_editor_applies_the_exclusive_rule_from_core(quick_check, host) -> None:
    question = quick_check.question("cyber.basics")
    editor = editor_for(question, None, host)
    found = edits(editor)
    exclusive = next(o.id for o in question.options if o.exclusive)
    plain = [o.id for o in question.options if not o.exclusive]
    editor.choice_buttons[plain[0]].click()
    editor.choice_buttons[plain[1]].click()
    editor.choice_buttons[exclusive].click()
    assert found == [frozenset(plain[:1]), frozenset(plain[:2]), frozenset({exclusive})]
    assert [oid for oid, b in editor.choice_buttons.items() if b.isChecked()] == [exclusive]
    assert editor.dont_know_button is not None
    editor.dont_know_button.click()
    assert found[-1] is DONT_KNOW
    assert not any(b.isChecked() for b in editor.choice_buttons.values())
    editor.dont_know_button.click()
    assert found[-1] is None


def test_showing_a_value_is_not_an_edit(quick_check, host) -> None:
    question = quick_check.question("cyber.backups")
    editor = editor_for(question, None, host)
    found = edits(editor)
    editor.show_value(question.options[0].id)
    assert editor.choice_buttons[question.options[0].id].isChecked()
    assert found == []
    editor.choice_buttons[question.options[1].id].click()
    assert found == [question.options[1].id]


def test_number_editor_reports_typing_and_reads_numbers_with_core(quick_check, host,
                                                                  qtbot) -> None:
    question = quick_check.question("people.staff")
    editor = editor_for(question, 60.0, host)
    assert editor.number_field is not None and editor.number_field.text() == "60"
    typed: list[str] = []
    editor.typed.connect(typed.append)
    editor.number_field.clear()
    qtbot.keyClicks(editor.number_field, "1,200")
    assert typed[-1] == "1,200"
    assert EDITORS[question.type].typed_value(question, "1,200") == 1200.0
