"""The main window: opening an assessment file shows the score core computes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

from readiness_app.catalogue import load_catalogue
from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.ui import main_window
from readiness_app.ui.main_window import MainWindow

CAFE = Path(__file__).parents[1] / "data" / "assessments" / "cafe_quick_check.readiness"

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow(load_catalogue())
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    return w


def test_welcome_lists_the_shipped_questionnaires(window) -> None:
    texts = [window.questionnaire_list.item(i).text()
             for i in range(window.questionnaire_list.count())]
    assert any("Quick technology readiness check" in t for t in texts)


def test_opening_a_file_shows_core_scores(window, monkeypatch, quick_check) -> None:
    monkeypatch.setattr(main_window, "ask_open_path", lambda parent: CAFE)
    window.open_button.click()
    page = window._results
    assessment, _ = read_assessment_bytes(CAFE.read_bytes(), str(CAFE), lambda i, v: quick_check)
    plan = build_plan(quick_check, assessment)
    assert page.firm_label.text() == "Harbour Café Ltd"
    assert f"Overall score {plan.score.overall:.0f} out of 100" in page.overall_label.text()
    rows = {page.area_table.item(r, 0).text(): page.area_table.item(r, 1).text()
            for r in range(page.area_table.rowCount())}
    assert rows["Cyber security"] == f"{plan.score.area('cyber').score:.0f}"
    first = page.priority_list.item(0).text()
    assert first.startswith(plan.top_priorities(1)[0].action.title.get())


def test_a_broken_file_gets_a_calm_message_naming_it(window, monkeypatch, tmp_path) -> None:
    broken = tmp_path / "half.readiness"
    broken.write_bytes(CAFE.read_bytes()[:100])
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window, "show_problem",
                        lambda parent, title, text: shown.append((title, text)))
    assert window.open_path(broken) is False
    assert shown and str(broken) in shown[0][1] and "cut short" in shown[0][1]
    assert window._pages.currentWidget() is window._welcome  # nothing changed


def _focusable_without_names(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == 0:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_focusable_control_has_an_accessible_name(window, monkeypatch) -> None:
    assert _focusable_without_names(window._welcome) == []
    window.open_path(CAFE)
    assert _focusable_without_names(window._results) == []


def test_keyboard_opens_a_file_from_the_welcome_page(window, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setattr(main_window, "ask_open_path", lambda parent: CAFE)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_button.setFocus()
    qtbot.keyClick(window.open_button, Qt.Key.Key_Space)
    assert window._pages.currentWidget() is window._results
    back = next(b for b in window._results.findChildren(QAbstractButton) if "Back" in b.text())
    back.setFocus()
    qtbot.keyClick(back, Qt.Key.Key_Space)
    assert window._pages.currentWidget() is window._welcome
