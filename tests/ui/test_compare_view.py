"""The comparison view (issue 16, item 3 in the app): reached from a re-assessment's results,
it shows the overall score and each area before and after as a chart with the same numbers in
words and a table, the answers that moved, and last time's actions by where they stand; it
fits the smallest supported window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from readiness_app.core.assessment import ActionStatus
from readiness_app.core.text import score_text
from readiness_app.storage.portable import import_files
from readiness_app.ui.main_window import MainWindow
from tests.ui.conftest import CAFE, clipped_labels, focusable_without_names

pytestmark = pytest.mark.gui
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"


def _re_assessed(window: MainWindow) -> str:
    library = window._library
    import_files(library, [CAFE])
    window.open_assessment(CAFE_ID)
    window.show_results()
    window.session.track_action("set-up-backups", ActionStatus.DONE)
    window.session.track_action("switch-on-two-step", ActionStatus.IN_PROGRESS)
    window.copy_assessment(CAFE_ID)  # months later
    window.session.save_answer("cyber.backups", "tested")
    window.show_results()
    return window.session.assessment_id


def test_the_comparison_view_from_the_results(open_window, qtbot) -> None:
    window = open_window()
    _re_assessed(window)
    results = window.results_page
    assert results.since_last.compare_button.isVisibleTo(results)
    qtbot.mouseClick(results.since_last.compare_button, Qt.MouseButton.LeftButton)
    page = window.compare_page
    assert window.pages.currentWidget() is page
    comparison = results.comparison
    assert comparison is not None
    before, after = comparison.overall.before, comparison.overall.after
    assert before is not None and after is not None and after > before
    assert page.headline.text().startswith(
        f"Overall {score_text(before)} → {score_text(after)} (+")
    # the chart draws core's numbers: overall first, then every area
    pairs = page.chart.pairs
    assert [p.title for p in pairs] == ["Overall", *(a.title for a in comparison.areas)]
    assert (pairs[0].before, pairs[0].after) == (before, after)
    described = page.chart.accessibleDescription()
    assert f"Overall: last visit {score_text(before)}" in described
    assert "this visit" in described and "(+" in described
    # the same numbers in a table
    assert page.model.rowCount() == len(pairs)
    assert page.model.text(0, 0) == "Overall" and page.model.text(0, 3).startswith("+")
    # the answer that moved, and last time's actions by where they stand
    assert page.moved.count() == 1
    assert "Now: " in page.moved.item_text(0)
    assert page.moved.item_text(0).endswith("Better · Cyber security")
    assert page.action_lists["Done"].count() == 1
    assert page.action_lists["In progress"].count() == 1
    assert page.action_headings["Done"].text() == "Done (1)"
    assert page.action_lists["Not started"].count() == len(comparison.actions) - 2
    assert "1 done, 1 in progress" in page.text()
    # back to the results
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is results


def test_a_first_visit_has_no_comparison(open_window) -> None:
    window = open_window()
    import_files(window._library, [CAFE])
    window.open_assessment(CAFE_ID)
    window.show_results()
    assert window.results_page.comparison is None
    assert not window.results_page.since_last.compare_button.isVisibleTo(window.results_page)
    window.show_comparison()  # a stray shortcut does nothing
    assert window.pages.currentWidget() is window.results_page


def test_the_view_fits_the_smallest_window(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    _re_assessed(window)
    window.resize(1024, 600)
    window.show_comparison()
    page = window.compare_page
    qtbot.wait(50)
    assert page.chart.width() <= page.scroll_area.viewport().width()
    assert page.chart.minimumSizeHint().width() < 1024
    assert page.chart.height() >= page.chart.sizeHint().height()
    assert clipped_labels(page) == []
    assert focusable_without_names(page) == []
    assert not page.chart.grab().isNull()
