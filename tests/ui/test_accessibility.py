"""Every focusable control on every page has an accessible name; text scales; small screens."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from readiness_app.storage.portable import import_files
from readiness_app.ui import theme
from tests.ui.conftest import CAFE, EXAMPLES, focusable_without_names

pytestmark = pytest.mark.gui

LONG_NAME = ("Llanfair Pwllgwyngyll Community Bakery, Café and Outside Catering Co-operative "
             "for the Isle of Anglesey and Gwynedd Ltd")[:120]


def visit_every_page(window):
    """Yield (name, page) after filling each page the way a user would reach it."""
    import_files(window._library, [CAFE, *EXAMPLES])
    window.show_library()
    yield "library", window.library_page
    window.library_page.search.setText("no such firm")
    window.library_page.refresh()
    yield "library (no match)", window.library_page
    window.library_page.search.clear()
    window.library_page.refresh()
    window.show_new()
    window.new_page.postcode.setText("TD15")  # shows the authority list
    yield "new assessment", window.new_page
    window.new_page.name.setText(LONG_NAME)
    window.new_page.submit()
    page = window.questions_page
    yield "questions", page
    for question in window.session.questionnaire.questions:
        page.go_to(question.id)  # every kind of answer widget
        page.help_button.setChecked(True)
        yield f"question {question.id}", page
    window.show_review()
    yield "review", window.review_page
    window.show_results()
    yield "results", window.results_page


def test_every_focusable_control_on_every_page_has_a_name(open_window) -> None:
    window = open_window()
    window.library_page.refresh()
    assert focusable_without_names(window.library_page) == []  # the empty state
    problems = {}
    for name, page in visit_every_page(window):
        missing = focusable_without_names(page)
        if missing:
            problems[name] = missing
    assert problems == {}


def test_the_walk_catches_an_unnamed_control(open_window) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = open_window()
    bare = QLineEdit(window.library_page)
    bare.show()
    assert focusable_without_names(window.library_page)


def test_pages_fit_1366x768_with_a_120_character_firm_name(open_window) -> None:
    window = open_window()
    for name, page in visit_every_page(window):
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, (name, hint)
        page_hint = page.minimumSizeHint()
        assert page_hint.width() <= 1366, (name, page_hint)
    assert LONG_NAME in window.results_page.title.accessibleName()


def expected_size(label: QLabel, base: float) -> float:
    """The theme's type scale: a label's size is its role's multiple of the system font."""
    role = label.property("role")
    return round(base * theme.TYPE_SCALE.get(str(role), 1.0), 1)


def test_text_follows_the_system_font(open_window) -> None:
    app = QApplication.instance()
    original = app.font()
    window = open_window()
    try:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * 2)
        app.setFont(bigger)
        for name, page in visit_every_page(window):
            QApplication.processEvents()
            labels = [w for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
            assert labels, name
            for label in labels:
                assert label.font().pointSizeF() == pytest.approx(
                    expected_size(label, bigger.pointSizeF()), abs=0.06), (name, label.text())
        chart = window.results_page.chart
        assert chart.font().pointSizeF() == bigger.pointSizeF()
        app.setFont(original)
        QApplication.processEvents()
        assert chart.font().pointSizeF() == original.pointSizeF()
    finally:
        app.setFont(original)
