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

# Peak memory is read from VmHWM (Linux): unlike ru_maxrss it belongs to the new program
# image, so it does not inherit the peak of the benchmark process that started it.
MEMORY_PROBE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([])\n"
    "QTimer.singleShot(300, app.quit)\n"
    "{start}\n"
    "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n"
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


def _library_page_ms(folder: Path, questionnaire: object) -> tuple[float, float]:
    """Median seconds for the real library page to refresh its list, plain and searching."""
    from PySide6.QtWidgets import QApplication

    from readiness_app.ui.pages.library_page import LibraryPage

    app = QApplication.instance() or QApplication([])
    find = lambda i, v: questionnaire  # noqa: E731
    library = Library.open(folder, questionnaires=find)  # type: ignore[arg-type]
    page = LibraryPage(library, lambda: Library.open(folder, questionnaires=find),  # type: ignore[arg-type]
                       lambda level_id: level_id)
    page.resize(1280, 720)
    page.show()

    def refresh() -> None:
        page.refresh()
        app.processEvents()

    plain = _median_ms(refresh, 7)
    page.search.setText("cafe")
    searching = _median_ms(refresh, 7)
    page.close()
    library.close()
    return plain, searching


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
    shown, shown_search = _library_page_ms(folder, questionnaire)
    app_kib = _peak_kib(APP_START, folder)
    with tempfile.TemporaryDirectory() as empty:
        bare_kib = _peak_kib(BARE_START, Path(empty))
    label = f"{count:,} assessments"
    return [
        Result(f"first page of the list, {label}: library query", first_page, "s"),
        Result(f"search 'cafe', {label}: library query", search, "s"),
        Result(f"first page shown in the app's library page, {label}", shown, "s",
               goal="< 0.3 s", met=shown < 0.3, note="query + up to 1,000 rows into the view"),
        Result(f"search 'cafe' shown in the app's library page, {label}", shown_search, "s",
               goal="< 0.3 s", met=shown_search < 0.3),
        Result(f"peak memory, app with {label} open", app_kib / 1024, "MB", bare_kib / 1024,
               "bare PySide6 window", note="VmHWM, offscreen"),
    ]


if __name__ == "__main__":
    from _common import table

    print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)))
