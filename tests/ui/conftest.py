"""UI test setup: a fresh data folder per test, windows that open and close like the app's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from readiness_app.core.questionnaire_loader import LoadedQuestionnaires
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.library import FirmPlacer
from readiness_app.storage import paths
from readiness_app.storage.library import Library
from readiness_app.storage.portable import PLAIN
from readiness_app.ui import dialogs, errors, i18n, share_dialog
from readiness_app.ui.main_window import MainWindow

ROOT = Path(__file__).parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.readiness"))
CAFE = ROOT / "tests" / "data" / "assessments" / "cafe_quick_check.readiness"


@pytest.fixture(scope="session")
def catalogue() -> LoadedQuestionnaires:
    """The shipped questionnaires (loaded once)."""
    return load_catalogue()


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never the user's folder: the library, settings and logs live in tmp_path."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Modal dialogs would block the suite: record what would have been shown instead."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_problem",
                        lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(dialogs, "show_info",
                        lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(dialogs, "ask_upgrade",
                        lambda parent, *args: shown.append(("upgrade?", str(args))) or False)
    monkeypatch.setattr(share_dialog, "ask_share", lambda parent, *args: PLAIN)
    monkeypatch.setattr(dialogs, "ask_same_firm",
                        lambda parent, c: shown.append(("same firm?", str(c.path))) or True)
    monkeypatch.setattr(dialogs, "ask_password",
                        lambda parent, names: shown.append(("password?", str(names))) or None)

    def no_crash(*args: object) -> None:
        raise AssertionError(f"crash dialog shown: {args}")

    monkeypatch.setattr(errors.CrashDialog, "show_crash", classmethod(
        lambda cls, *args: no_crash(*args)))
    return shown


@pytest.fixture(autouse=True)
def _workers_finish() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    """The app started in Welsh (as run_gui does before the first window); English after."""
    assert i18n.install(qapp, "cy") == "cy"
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def open_window(qtbot, catalogue, data_folder) -> Iterator[OpenWindow]:
    """Open the app's window on the test's data folder, as run_gui does; closed at the end."""
    opened: list[tuple[MainWindow, Library]] = []

    def open_() -> MainWindow:
        library = Library.open(data_folder, questionnaires=catalogue.find,
                               place=FirmPlacer())  # as services.open_library does
        window = MainWindow(catalogue, library, data_folder)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        opened.append((window, library))
        return window

    yield open_
    for window, library in opened:
        if window.isVisible():
            window.close()
        QThreadPool.globalInstance().waitForDone(30_000)
        library.close()


@pytest.fixture
def filled(open_window: OpenWindow) -> MainWindow:
    """The window on a library holding the café's assessment and the examples."""
    from readiness_app.storage.portable import import_files

    window = open_window()
    import_files(window._library, [CAFE, *EXAMPLES])
    window.library_page.refresh()
    return window


def close_window(window: MainWindow) -> None:
    """Close like the user does (the close event saves and remembers)."""
    window.close()
    QThreadPool.globalInstance().waitForDone(30_000)
    window._library.close()


def focusable_without_names(root: QWidget) -> list[str]:
    """Visible, focusable widgets under ``root`` whose accessible name is empty."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"in {type(widget.parentWidget()).__name__}")
    return missing


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels under ``root`` too small for their text (cut off), by geometry."""
    from PySide6.QtWidgets import QLabel

    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.contentsRect().width()
                                          + label.contentsMargins().left()
                                          + label.contentsMargins().right())
            short = needed > label.height() + 1
        else:
            short = label.sizeHint().width() > label.width() + 1
        if short:
            cut.append(f"{label.text()[:60]!r} ({label.width()}x{label.height()})")
    return cut
