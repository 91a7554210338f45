"""Cold start of the desktop app to its first shown window, against a bare PySide6 window.

Both start in fresh interpreters, alternately, offscreen, with the same data folder (so the
second and later starts are measured, with the questionnaire cache warm). The time runs from
launching the process until the child reports, from the first turn of its event loop, that
its window is shown. The app loads its questionnaires just after the first paint; the time
until that is done ("ready") is reported too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from _common import ROOT, Result, median

PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "def ready():\n"
    "    print('ready', flush=True); app.quit()\n"
    "def shown():\n"
    "    print('shown', flush=True); QTimer.singleShot(0, ready)\n"
    "QTimer.singleShot(0, shown)\n"  # queued before anything the window itself defers
    "{start}\n"
)
BARE = "from PySide6.QtWidgets import QMainWindow\nw = QMainWindow(); w.resize(960, 640)\n" \
       "w.show()\napp.exec()"
APP = "from readiness_app.ui.app import run_gui\nrun_gui([])"


def _launch(start: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to "shown" and to "ready"."""
    began = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", PROBE.format(start=start)], cwd=ROOT,
                             env={**os.environ, **env}, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    marks = {}
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - began
    if child.wait() != 0 or set(marks) != {"shown", "ready"}:
        raise RuntimeError(f"the start-up probe failed: {marks}")
    return marks["shown"], marks["ready"]


def measure(repeats: int) -> list[Result]:
    """Median start-up times of the app and the bare window."""
    with tempfile.TemporaryDirectory() as data_dir:
        env = {"QT_QPA_PLATFORM": "offscreen", "READINESS_DATA_DIR": data_dir}
        _launch(BARE, env)  # warm the OS file cache and the questionnaire cache
        _launch(APP, env)
        bare, app, app_ready = [], [], []
        for _ in range(repeats):
            bare.append(_launch(BARE, env)[0])
            shown, ready = _launch(APP, env)
            app.append(shown)
            app_ready.append(ready)
    value, baseline = median(app), median(bare)
    return [
        Result("cold start to first window", value, "s", baseline, "bare PySide6 QMainWindow",
               "<= 1.3x", value / baseline <= 1.3, f"median of {repeats}, offscreen"),
        Result("cold start until questionnaires are loaded", median(app_ready), "s", baseline,
               "bare PySide6 QMainWindow", note="the app is usable from here"),
    ]


if __name__ == "__main__":
    from _common import table

    print(table(measure(7)))
