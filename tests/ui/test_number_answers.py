"""A number typed wrongly (0 staff, letters) gets a plain message beside the field, and the
typed text is never silently dropped: "Save and continue" stays put, and coming back to the
question shows what was typed."""

from __future__ import annotations

import pytest

from readiness_app.core.errors import AnswerError
from readiness_app.core.question_types import typed_number
from tests.ui.test_main_window import start_assessment

pytestmark = pytest.mark.gui

STAFF = "people.staff"


def on_staff_question(open_window, qtbot):
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    page.go_to(STAFF)
    return window, page


def test_plain_messages_for_numbers(quick_check) -> None:
    question = quick_check.question(STAFF)
    with pytest.raises(AnswerError, match=r"^Enter the number of people, for example 12$"):
        typed_number(question, "twelve")
    with pytest.raises(AnswerError, match=r"^Enter at least 1$"):
        typed_number(question, "0")
    assert typed_number(question, " 1,200 ") == 1200.0
    assert typed_number(question, "") is None


@pytest.mark.parametrize(("typed", "message"), [
    ("0", "Enter at least 1"),
    ("abc", "Enter the number of people, for example 12"),
])
def test_a_bad_number_is_explained_beside_the_field_and_kept(open_window, qtbot, typed: str,
                                                             message: str) -> None:
    window, page = on_staff_question(open_window, qtbot)
    editor = page._editor
    field = editor.number_field
    qtbot.keyClicks(field, typed)
    page.next_button.click()  # Save and continue
    assert page.current_question.id == STAFF  # it stays on the question
    assert editor.problem_label.isVisibleTo(page)
    assert editor.problem_label.text() == message
    assert "people.staff" not in editor.problem_label.text()
    assert field.text() == typed
    assert window.session.answer(STAFF) is None
    # leaving another way (the review page), then coming back: what was typed is still there
    window.show_review()
    window.show_question(STAFF)
    assert page._editor.number_field.text() == typed
    assert page._editor.problem_label.text() == message
    # fixing it saves it and the message goes
    page._editor.number_field.clear()
    qtbot.keyClicks(page._editor.number_field, "12")
    assert not page._editor.problem_label.isVisibleTo(page)
    page.next_button.click()
    assert window.session.answer(STAFF).value == 12.0
    assert page.current_question.id != STAFF


def test_twelve_staff_is_saved_with_no_message(open_window, qtbot) -> None:
    window, page = on_staff_question(open_window, qtbot)
    qtbot.keyClicks(page._editor.number_field, "12")
    page.next_button.click()
    assert window.session.answer(STAFF).value == 12.0
    assert not page.message.isVisibleTo(page)


def test_a_bad_number_outlives_closing_the_app(open_window, qtbot) -> None:
    """"twelve" typed in a number question and the app closed at once (before the pause):
    after a restart the question shows "twelve" with its problem; once corrected, the draft
    is gone for good."""
    from tests.ui.conftest import close_window

    window, page = on_staff_question(open_window, qtbot)
    assessment_id = window.session.assessment_id
    qtbot.keyClicks(page._editor.number_field, "twelve")
    close_window(window)  # the close event saves what was typed

    window = open_window()
    assert window.open_assessment(assessment_id)
    window.show_question(STAFF)
    page = window.questions_page
    assert page._editor.number_field.text() == "twelve"
    assert page._editor.problem_label.text() == "Enter the number of people, for example 12"
    assert window.session.answer(STAFF) is None
    page._editor.number_field.clear()
    qtbot.keyClicks(page._editor.number_field, "12")
    page.next_button.click()
    close_window(window)

    window = open_window()
    assert window.open_assessment(assessment_id)
    window.show_question(STAFF)
    assert window.session.answer(STAFF).value == 12.0
    assert window.questions_page._editor.number_field.text() == "12"
    assert window.questions_page._editor.problem_label.text() == ""
    assert window.settings.drafts(assessment_id) == {}
