"""Cold start of the desktop app to its first shown window, against a bare PySide6 window.

Both run in fresh interpreters, alternately, offscreen, with an empty library; each quits as
soon as its event loop starts, i.e. right after the first window is shown.
"""

from __future__ import annotations

import os
import tempfile

from _common import Result, median, run_python

BARE = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(960, 640); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)
APP = (
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "QTimer.singleShot(0, app.quit)\n"
    "from readiness_app.ui.app import run_gui\n"
    "run_gui([])\n"
)


def measure(repeats: int) -> list[Result]:
    """Median cold-start times of the app and the bare window."""
    with tempfile.TemporaryDirectory() as data_dir:
        env = {"QT_QPA_PLATFORM": "offscreen", "READINESS_DATA_DIR": data_dir,
               "XDG_CONFIG_HOME": data_dir}
        run_python(BARE, env)  # warm the OS file cache for both
        run_python(APP, env)
        bare, app = [], []
        for _ in range(repeats):
            bare.append(run_python(BARE, env))
            app.append(run_python(APP, env))
    value, baseline = median(app), median(bare)
    return [Result("cold start to first window", value, "s", baseline,
                   "bare PySide6 QMainWindow", "<= 1.3x", value / baseline <= 1.3,
                   f"median of {repeats}, offscreen")]


if __name__ == "__main__":
    from _common import table

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(table(measure(5)))
