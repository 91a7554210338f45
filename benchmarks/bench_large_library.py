"""A library of many assessments: first page and search times, and the app's peak memory
with that library open, against a bare PySide6 window in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, Result
from bench_library import build

from readiness_app import resources
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.storage.library import Library, ListQuery

MEMORY_PROBE = (
    "import resource, sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "QTimer.singleShot(300, app.quit)\n"
    "{start}\n"
    "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
)
APP_START = "from readiness_app.ui.app import run_gui\nrun_gui([])"
BARE_START = ("from PySide6.QtWidgets import QMainWindow\nw = QMainWindow(); w.show()\n"
              "app.exec()")


def _peak_kib(start: str, data_dir: Path) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READINESS_DATA_DIR": str(data_dir)}
    out = subprocess.run([sys.executable, "-c", MEMORY_PROBE.format(start=start)],
                         capture_output=True, text=True, check=True, env=env, cwd=ROOT)
    return int(out.stdout.strip().splitlines()[-1])


def _median_ms(action: object, repeat: int) -> float:
    runs = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        runs.append(time.perf_counter() - start)
    return statistics.median(runs[1:])


def measure(rows: int, workdir: Path | None = None) -> list[Result]:
    """Build (or reuse) a library of ``rows`` assessments and measure it."""
    questionnaire = load_questionnaire(resources.questionnaires_dir() / "quick_check.yaml")
    folder = workdir or Path(tempfile.mkdtemp(prefix="bench-large-"))
    library = Library.open(folder, questionnaires=lambda i, v: questionnaire)
    if library.count() + library.count(in_trash=True) < rows:
        build(library, questionnaire, rows)
    first_page = _median_ms(lambda: library.list_assessments(ListQuery()), 9)
    search = _median_ms(lambda: library.list_assessments(ListQuery(search="cafe")), 9)
    count = library.count()
    library.close()
    app_kib = _peak_kib(APP_START, folder)
    with tempfile.TemporaryDirectory() as empty:
        bare_kib = _peak_kib(BARE_START, Path(empty))
    label = f"{count:,} assessments"
    return [
        Result(f"first page of the list, {label}", first_page, "s", goal="< 0.3 s",
               met=first_page < 0.3),
        Result(f"search 'cafe', {label}", search, "s", goal="< 0.3 s", met=search < 0.3),
        Result(f"peak memory, app with {label} open", app_kib / 1024, "MB", bare_kib / 1024,
               "bare PySide6 window", note="ru_maxrss, offscreen"),
    ]


if __name__ == "__main__":
    from _common import table

    print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)))
