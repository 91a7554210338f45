"""Cold start of the desktop app to its first shown window, against a bare PySide6 window.

Both start in fresh interpreters, alternately, offscreen, with the same data folder (so the
second and later starts are measured, with the questionnaire cache warm). The time runs from
launching the process until the child reports, on the turn of its event loop after its
window's first paint, that the window is shown (painted). The app opens its library and loads
its questionnaires just after that paint; the time until both are done ("ready") is reported
too.

First start after install (:func:`measure_first_start`): a copy of the package with the
questionnaire cache made as scripts/build_linux.sh makes it (``_data/cache``), started with a
new, empty data folder each time, against later starts of the same copy (warm data folder);
and, for reference, a first start from the source tree, which has no prebuilt cache.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, Result, median

PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "app = QApplication([])\n"
    "def ready():\n"  # the app's window: once its library and questionnaires are loaded
    "    for w in app.topLevelWidgets():\n"
    "        if hasattr(w, 'attach_library') and not (hasattr(w, '_library')\n"
    "                                                 and w._catalogue.is_loaded):\n"
    "            QTimer.singleShot(0, ready); return\n"
    "    print('ready', flush=True); app.quit()\n"
    "def shown():\n"  # the turn after the window's first paint: painted and flushed
    "    print('shown', flush=True); QTimer.singleShot(0, ready)\n"
    "class Painted(QObject):\n"  # on the window only (see below)
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint:\n"
    "            watched.removeEventFilter(self); QTimer.singleShot(0, shown)\n"
    "        return False\n"
    "painted = Painted()\n"
    "def watch():\n"
    "    for w in app.topLevelWidgets():\n"
    "        if w.isVisible(): w.installEventFilter(painted)\n"
    "QTimer.singleShot(0, watch)\n"  # queued before anything the window itself defers
    "{start}\n"
)
# "Shown" is the first paint of the visible window, not the first turn of the event loop: Qt
# paints on a later turn (the update request), and until 2026-11-30 the probe stopped at the
# first turn, before the paint (and before the library the app opened on that turn). The filter
# sits on the window alone: an application-wide filter is handed Qt's private objects, and
# converting those makes shiboken create every remaining type and enum of QtWidgets.
BARE = "from PySide6.QtWidgets import QMainWindow\nw = QMainWindow(); w.resize(960, 640)\n" \
       "w.show()\napp.exec()"
APP = "from readiness_app.ui.app import run_gui\nrun_gui([])"


def _launch(start: str, env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Seconds from launch to "shown" and to "ready"."""
    began = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", PROBE.format(start=start)], cwd=cwd,
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
    # an installed copy has its bytecode compiled; a checkout just edited (or a shell with
    # PYTHONDONTWRITEBYTECODE set) would otherwise compile every changed module on each start
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "readiness_app")],
                   check=True, stdout=subprocess.DEVNULL)
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



def _installed_copy(folder: Path) -> Path:
    """A copy of the package with the prebuilt questionnaire cache, as an installer has it."""
    target = folder / "app"
    shutil.copytree(ROOT / "readiness_app", target / "readiness_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("questionnaires", "assets", "pyproject.toml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.exists():
            shutil.copy2(source, target / name)
    cache = target / "readiness_app" / "_data" / "cache" / "questionnaires"
    cache.mkdir(parents=True)
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                    "from readiness_app.services.catalogue import FolderCache, load_catalogue; "
                    "assert not load_catalogue(cache=FolderCache(Path(sys.argv[1]))).errors",
                    str(cache)], check=True, cwd=target, env={**os.environ, "PYTHONPATH":
                                                              str(target)})
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(target / "readiness_app")],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def measure_first_start(repeats: int) -> list[Result]:
    """The first start after install (fresh data folder) against later starts."""
    with tempfile.TemporaryDirectory() as work:
        app = _installed_copy(Path(work))
        base = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(app)}
        warm = Path(work) / "warm"
        _launch(APP, {**base, "READINESS_DATA_DIR": str(warm)}, app)
        first, later, source_first = [], [], []
        for n in range(repeats):
            fresh = {**base, "READINESS_DATA_DIR": str(Path(work) / f"fresh{n}")}
            first.append(_launch(APP, fresh, app)[1])
            later.append(_launch(APP, {**base, "READINESS_DATA_DIR": str(warm)}, app)[1])
            source_first.append(_launch(APP, {"QT_QPA_PLATFORM": "offscreen",
                                              "READINESS_DATA_DIR":
                                              str(Path(work) / f"source{n}")})[1])
    value, baseline = median(first), median(later)
    return [
        Result("first start after install, fresh data folder, until ready", value, "s",
               baseline, "a later start of the same installation", "<= 2x",
               value / baseline <= 2, f"median of {repeats}; prebuilt questionnaire cache"),
        Result("first start from the source tree (no prebuilt cache), until ready",
               median(source_first), "s", baseline, "a later start of the installation",
               note="parses the YAML questionnaires"),
    ]


if __name__ == "__main__":
    from _common import table

    print(table(measure(7) + measure_first_start(5)))
