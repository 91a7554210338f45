"""Keyboard alone: start, answer every question, review, results, back to the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton

from readiness_app.core.scoring import score_assessment

pytestmark = pytest.mark.gui


def focus():
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def alt(qtbot, letter: str) -> None:
    """Press a button by its underlined letter (Qt animates the click for 100 ms)."""
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(130)


def test_keyboard_alone_completes_the_whole_flow(open_window, qtbot, catalogue) -> None:
    window = open_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    library = window.library_page
    assert focus() is library.empty_new
    press(qtbot, Qt.Key.Key_Space)

    new = window.new_page
    assert window.pages.currentWidget() is new
    assert focus() is new.name
    qtbot.keyClicks(focus(), "Keyboard Bakery")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is new.sector  # an editable combo box passes typing to its line edit
    qtbot.keyClicks(focus(), "Retail")
    assert new.sector.currentText() == "Retail"
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is new.section  # the SIC section, suggested from the words
    assert new.section.currentData() == "G"
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is new.size_band
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is new.postcode
    qtbot.keyClicks(focus(), "LS1 4AP")
    press(qtbot, Qt.Key.Key_Tab)
    # the authority list and the nation are hidden: LS1 4AP is exact and decides the nation
    assert focus() is new.hours
    qtbot.keyClicks(focus(), "6")
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is new.budget
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is new.questionnaire
    assert new.questionnaire.currentData() == "uk-default"  # the full check is the default
    press(qtbot, Qt.Key.Key_Up)  # the quick check, chosen by keyboard
    assert new.questionnaire.currentData() == "quick-check"
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is new.start_button
    press(qtbot, Qt.Key.Key_Space)

    page = window.questions_page
    assert window.pages.currentWidget() is page
    seen = []
    while window.pages.currentWidget() is page:
        question = page.current_question
        seen.append(question.id)
        widget = focus()
        if isinstance(widget, QRadioButton | QCheckBox):
            press(qtbot, Qt.Key.Key_Space)  # picks the first option
        elif isinstance(widget, QLineEdit):
            qtbot.keyClicks(widget, "12")
        elif isinstance(widget, QPlainTextEdit):
            qtbot.keyClicks(widget, "Nothing to add")
        else:
            raise AssertionError(f"focus on {widget!r} for {question.id}")
        alt(qtbot, "n")
        assert len(seen) < 30
    assert seen[0] == "investment.plan" and "people.comments" in seen

    # jump back to any question from the sidebar, then forward again
    review = window.review_page
    assert window.pages.currentWidget() is review
    alt(qtbot, "b")  # back to the questions
    assert window.pages.currentWidget() is page
    qtbot.keyClick(focus(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert focus() is page.outline
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down)  # the areas not being answered are folded
    press(qtbot, Qt.Key.Key_Return)  # Enter on an area goes to its first question
    qtbot.waitUntil(lambda: page.current_question.id == "cyber.backups")
    assert isinstance(focus(), QRadioButton)
    qtbot.keyClick(focus(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Down)  # the current area is unfolded: its second question
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_question.id == "cyber.updates")
    alt(qtbot, "r")
    assert window.pages.currentWidget() is review
    alt(qtbot, "s")

    results = window.results_page
    assert window.pages.currentWidget() is results
    assert focus() is results.priorities  # "Do these first"
    stored = window._library.get(window.session.assessment_id)
    assert stored.firm.hours_per_month == 6 and stored.firm.budget is not None  # typed in
    expected = score_assessment(catalogue.find("quick-check", stored.questionnaire_version),
                                stored)
    assert f"Overall score {int(expected.overall)} out of 100" in results.overall.accessibleName()
    boxes = list(results.tracker.boxes.values())  # "where each action stands", in place
    order = []
    for _ in range(12 + len(boxes)):
        order.append(focus())
        press(qtbot, Qt.Key.Key_Tab)
    assert order[:7 + len(boxes)] == [results.priorities, results.rest, results.later, *boxes,
                                      results.strengths, results.local_support, results.chart,
                                      results.area_table]
    assert results.pdf_button in order and results.library_button in order

    alt(qtbot, "a")
    assert window.pages.currentWidget() is library
    assert focus() is library.table
    assert library.model.rowCount() == 1
    press(qtbot, Qt.Key.Key_Delete)
    assert library.model.rowCount() == 0
    qtbot.keyClick(focus(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.model.rowCount() == 1
    press(qtbot, Qt.Key.Key_Return)  # Enter opens the selected assessment
    assert window.pages.currentWidget() is results  # it is complete now


def test_alt_arrows_move_between_questions(open_window, qtbot) -> None:
    window = open_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.new_page
    qtbot.keyClick(window.new_page.questionnaire, Qt.Key.Key_Up)  # the quick check
    qtbot.keyClicks(focus(), "Arrow Firm")
    press(qtbot, Qt.Key.Key_Return)
    page = window.questions_page
    assert page.current_question.id == "investment.plan"
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.current_question.id == "investment.finance"
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.current_question.id == "investment.plan"
    # arrow keys move between options and pick them (saved at once)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    answer = window.session.answer("investment.plan")
    assert answer is not None
    assert answer.value == page.current_question.options[1].id
