"""The question page: a count that does not jump, answers as large targets, arrow keys,
and nothing cut at 1024x600 or 1366x768 (checked by geometry)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import clipped_labels
from tests.ui.test_main_window import start_assessment

pytestmark = pytest.mark.gui

LONG_NAME = ("Llanfair Pwllgwyngyll Community Bakery, Café and Outside Catering Co-operative "
             "for the Isle of Anglesey and Gwynedd Ltd")


def test_the_total_stays_put_when_follow_up_questions_come_and_go(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    total = len(window.session.questionnaire.questions)  # every question can be asked
    assert page.position_label.text() == f"Question 1 of {total}"
    assert page.progress_bar.maximum() == total and page.progress_bar.value() == 1
    page.go_to("cyber.cloud")
    number = page.progress_bar.value()
    page._choice_buttons["yes"].click()  # its follow-up on second sign-in checks appears
    assert page.position_label.text() == f"Question {number} of {total}"
    page.next_button.click()
    assert page.current_question.show_if  # the follow-up
    assert page.position_label.text() == f"Question {number + 1} of {total}"
    page.go_back()
    page._choice_buttons["no"].click()  # the follow-up goes; the total does not move
    assert page.position_label.text() == f"Question {number} of {total}"
    page.next_button.click()
    assert page.position_label.text() == f"Question {number + 2} of {total}"  # passed over
    assert "follow-up" in page.answered_label.text()
    # the sidebar uses the same numbers
    area = page.outline.currentItem()
    assert area.text(0).split(" ", 2)[1] == f"{number + 2}."


def test_arrow_keys_choose_an_answer_and_save_it(open_window, qtbot) -> None:
    window = open_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    start_assessment(window, qtbot)
    page = window.questions_page
    page.focus_answer()
    options = page.current_question.options
    first = page._choice_buttons[options[0].id]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert window.session.answer(page.current_question.id).value == options[1].id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert window.session.answer(page.current_question.id).value == options[2].id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert window.session.answer(page.current_question.id).value == options[1].id
    # tick boxes: the arrows move between options, Space ticks
    page.go_to("cyber.basics")
    page.focus_answer()
    boxes = list(page._choice_buttons.values())
    assert QApplication.focusWidget() is boxes[0]
    qtbot.keyClick(boxes[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is boxes[1]
    qtbot.keyClick(boxes[1], Qt.Key.Key_Space)
    answer = window.session.answer("cyber.basics")
    assert answer is not None and answer.value == frozenset({
        page.current_question.options[1].id})
    qtbot.keyClick(boxes[1], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is boxes[0]


def test_an_answer_box_takes_a_click_anywhere(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    option = page.current_question.options[1]
    box = page._choice_buttons[option.id]
    assert box.height() >= 40  # a large target
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 10,
                                                                  box.height() // 2))
    assert window.session.answer(page.current_question.id).value == option.id


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_no_text_is_cut_on_any_question(open_window, qtbot, size) -> None:
    window = open_window()
    window.resize(*size)
    start_assessment(window, qtbot, name=LONG_NAME, questionnaire_id="uk-default")
    page = window.questions_page
    for question in window.session.questionnaire.questions:
        page.go_to(question.id)
        page.why_button.setChecked(True)
        QApplication.processEvents()
        assert window.width() <= size[0] and window.height() <= size[1]
        assert clipped_labels(page) == [], question.id
        for box in page._choice_buttons.values():
            assert box.height() >= box.heightForWidth(box.width()) - 1, question.id
    # the sidebar: every row as tall as its wrapped text
    outline = page.outline
    for i in range(outline.topLevelItemCount()):
        area = outline.topLevelItem(i)
        for j in range(area.childCount()):
            item = area.child(j)
            rect = outline.visualItemRect(item)
            if not rect.isValid():
                continue
            metrics = outline.fontMetrics()
            needed = metrics.boundingRect(0, 0, rect.width(), 100_000,
                                          int(Qt.TextFlag.TextWordWrap), item.text(0))
            assert rect.height() >= needed.height(), item.text(0)
