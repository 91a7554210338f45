"""The first window is painted before the library opens, looks as it did, and builds none of
the enums of Qt's ``Qt`` namespace before that paint (issue 21: the first window's speed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, qWarning
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from readiness_app.storage import paths
from readiness_app.ui import app as app_module
from readiness_app.ui import theme
from readiness_app.ui.main_window import MainWindow

ROOT = Path(__file__).parents[2]


class _FirstPaint(QObject):
    """Notes when the watched window is first painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_the_window_is_painted_before_the_library_opens(data_folder, monkeypatch) -> None:
    watcher = _FirstPaint()
    painted_when_opened: list[bool] = []
    real_open = app_module._open_library

    def watch() -> None:  # the first turn of the event loop: the window is shown, not painted
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.installEventFilter(watcher)

    def opening(*args: object) -> object:
        painted_when_opened.append(watcher.painted)
        QTimer.singleShot(100, QApplication.closeAllWindows)
        return real_open(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "_open_library", opening)
    QTimer.singleShot(0, watch)
    assert app_module.run_gui(["--no-dialogs", "--data-dir", str(data_folder)]) == 0
    assert painted_when_opened == [True]


def test_qt_warnings_before_the_first_paint_are_logged_just_after_it(data_folder,
                                                                   monkeypatch) -> None:
    log = paths.log_file(data_folder)
    logged: dict[str, bool] = {}
    real_open = app_module._open_library

    def warn() -> None:  # the first turn of the event loop: before the paint
        qWarning("a warning before the first paint")
        logged["before the paint"] = log.exists() and "before the first paint" in log.read_text()

    def opening(*args: object) -> object:
        logged["after the paint"] = "before the first paint" in log.read_text()
        QTimer.singleShot(100, QApplication.closeAllWindows)
        return real_open(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "_open_library", opening)
    QTimer.singleShot(0, warn)
    assert app_module.run_gui(["--no-dialogs", "--data-dir", str(data_folder)]) == 0
    assert logged == {"before the paint": False, "after the paint": True}
    assert "WARNING qt: a warning before the first paint" in log.read_text()


def test_the_waiting_window_is_centred_has_its_shortcuts_then_its_style_and_icon(
        qtbot, catalogue, data_folder) -> None:
    window = MainWindow(catalogue, None, data_folder)
    qtbot.addWidget(window)
    assert window.styleSheet() == ""  # the first paint needs only the palette
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert 'QLabel[role="h1"]' in window.styleSheet()  # then the stylesheet
    waiting = window.pages.currentWidget()
    assert isinstance(waiting, QLabel)
    assert waiting.alignment() == Qt.AlignmentFlag.AlignCenter
    icon = theme.app_icon(window.theme.accent_fill)
    assert window.windowIcon().cacheKey() == icon.cacheKey()
    shortcuts = {a.text(): a.shortcut() for a in window.menuBar().actions()[0].menu().actions()}
    assert shortcuts["&All assessments"] == QKeySequence("Ctrl+L")
    assert shortcuts["&PDF action plans for several firms…"] == QKeySequence("Ctrl+Shift+P")
    assert shortcuts["&New assessment…"] == QKeySequence(QKeySequence.StandardKey.New)


def test_started_from_the_desktop_the_options_are_the_parsers_defaults() -> None:
    # no arguments skips argparse: the same options as a command line with none of ours
    assert app_module.parse_args([]) == app_module.parse_args(["-platform", "offscreen"])


def test_scaling_follows_the_screen_exactly(qapp) -> None:
    # Qt 6's default, which ui.app relies on instead of setting it (1.25 stays 1.25)
    assert (QGuiApplication.highDpiScaleFactorRoundingPolicy()
            is Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def test_the_theme_palette_leaves_the_system_palette_alone(qapp) -> None:
    system = QApplication.palette()
    before = system.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    themed = theme.palette(theme.build_theme(theme.SystemColours.of(system), "#4c2c92"), system)
    assert themed.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).name() \
        == "#4c2c92"
    assert system.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight) == before


_PROBE = """
import enum, sys
built = []
create = enum.EnumType._create_
def recording(cls, name, *args, **kwargs):
    built.append(name)
    return create(cls, name, *args, **kwargs)
enum.EnumType._create_ = recording
from PySide6.QtWidgets import QApplication
app = QApplication([])
from readiness_app.ui.app import run_gui
from readiness_app.ui.main_window import MainWindow
shown = MainWindow.show
def show(window):
    shown(window)
    window.first_painted.connect(lambda: (print(sorted(set(built))), app.quit()))
MainWindow.show = show
run_gui([])
"""


def test_nothing_before_the_first_paint_builds_the_qt_namespace_enums(tmp_path) -> None:
    # Naming any Qt.* enum (or calling an overload that accepts one) makes shiboken build
    # all 93 of them, about 40 ms: more than the whole first window may add (1.3x).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READINESS_DATA_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, cwd=ROOT, timeout=120,
                          capture_output=True, text=True, check=True)
    built = done.stdout.strip().splitlines()[-1]
    assert built.startswith("[") and "'StandardKey'" in built  # the list, with the menus'
    assert "'AlignmentFlag'" not in built and "'GlobalColor'" not in built
    assert "'WidgetAttribute'" not in built
