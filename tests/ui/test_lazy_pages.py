"""The first window needs no page but the library's: the others are built on first use, work
from the keyboard like before, and never flash up as windows of their own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from readiness_app.storage.library import Library
from readiness_app.ui.main_window import MainWindow

LAZY = ("new_page", "questions_page", "review_page", "results_page", "cohort_page")


class _TopLevelShows(QObject):
    """Records every top-level widget shown other than ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow() and watched is not self.window:
            self.shown.append(type(watched).__name__)
        return False


def test_pages_are_built_on_first_use_without_flashing_up(open_window, qtbot) -> None:
    window = open_window()
    assert all(getattr(MainWindow, name).built(window) is None for name in LAZY)
    assert window.pages.currentWidget() is window.library_page
    watcher = _TopLevelShows(window)
    QApplication.instance().installEventFilter(watcher)
    try:
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.cohort_page
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.new_page
        assert QApplication.focusWidget() is window.new_page.name
        for name in LAZY:
            page = getattr(window, name)
            assert window.pages.indexOf(page) >= 0 and page is getattr(window, name)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.shown == []


def test_the_window_appears_before_the_library_and_is_usable_once_it_is_there(
        qtbot, catalogue, data_folder) -> None:
    window = MainWindow(catalogue, None, data_folder)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    waiting = window.pages.currentWidget()
    assert isinstance(waiting, QLabel) and "Opening" in waiting.text()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is waiting  # no library yet: Ctrl+N is ignored
    library = Library.open(data_folder, questionnaires=catalogue.find)
    try:
        window.attach_library(library)
        assert window.pages.currentWidget() is window.library_page
        assert window.pages.indexOf(waiting) == -1
        with qtbot.waitActive(window):
            window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.new_page
        qtbot.keyClicks(QApplication.focusWidget(), "Keyboard Ltd")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert window.pages.currentWidget() is window.questions_page
        assert [s.firm_name for s in library.list_assessments().items] == ["Keyboard Ltd"]
    finally:
        window.close()
        library.close()
