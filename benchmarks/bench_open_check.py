"""The cost of checking the library when it is opened (``PRAGMA quick_check``).

Builds a library of N assessments through the real API (as bench_library does), then times
``Library.open`` + ``close`` as the app does it when the library changed since its last clean
check (the record of that check removed before each open), as it does it when the library is
unchanged (the check skipped), and the same open with the check switched off (the baseline,
same run, same warm file cache). Usage: python benchmarks/bench_open_check.py
[N] [FOLDER] (default 100,000 in a temporary folder; an existing FOLDER is reused).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench_library import build, timed

from readiness_app import resources
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.storage import db, paths
from readiness_app.storage.library import Library


def measure(rows: int, folder: Path) -> dict[str, float]:
    """Median milliseconds of an open checked, skipped as unchanged and unchecked."""
    quick = load_questionnaire(resources.questionnaires_dir() / "quick_check.yaml")
    with Library.open(folder, questionnaires=lambda i, v: quick) as library:
        build(library, quick, rows)

    def open_close() -> None:
        Library.open(folder, questionnaires=lambda i, v: quick).close()

    def changed_open_close() -> None:
        paths.check_stamp_file(paths.library_path(folder)).unlink(missing_ok=True)
        open_close()

    checked = timed(changed_open_close, 5)
    open_close()
    unchanged = timed(open_close, 5)
    real_check = db.check_integrity
    db.check_integrity = lambda conn, path: None  # the baseline: the same open, unchecked
    try:
        plain = timed(open_close, 5)
    finally:
        db.check_integrity = real_check
    size = paths.library_path(folder).stat().st_size / 1e6
    return {"rows": rows, "megabytes": round(size, 1), "open_checked_ms": round(checked, 1),
            "open_unchanged_ms": round(unchanged, 1), "open_plain_ms": round(plain, 1),
            "ratio": round(checked / plain, 1), "unchanged_ratio": round(unchanged / plain, 2)}


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    where = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    print(measure(count, where))
