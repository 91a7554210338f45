"""The check on opening (``PRAGMA quick_check``) is skipped only for a library exactly as the
app left it after a clean check; anything changed behind the app's back is checked again."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import DamagedLibraryError
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.storage import db, paths
from readiness_app.storage.library import Library


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every library the real check runs on."""
    seen: list[Path] = []
    real = db.check_integrity

    def counting(conn: sqlite3.Connection, path: Path) -> None:
        seen.append(path)
        real(conn, path)

    monkeypatch.setattr(db, "check_integrity", counting)
    return seen


def _fill(data_dir: Path, finder, quick_check: Questionnaire, count: int) -> None:
    with Library.open(data_dir, questionnaires=finder) as library:
        for n in range(count):
            made = library.create(FirmProfile(f"Firm {n:03d} " + "x" * 150), quick_check)
            library.save_answer(made.id, "cyber.backups", "tested", note="n" * 300)


def test_an_unchanged_library_is_not_checked_again(data_dir: Path, finder, quick_check,
                                                   checks: list[Path]) -> None:
    _fill(data_dir, finder, quick_check, 3)
    assert len(checks) == 1  # the first open checks
    with Library.open(data_dir, questionnaires=finder) as library:
        assert library.count() == 3
        library.create(FirmProfile("Saved by the app Ltd"), quick_check)
    assert len(checks) == 1  # the app's own changes do not need a new check
    with Library.open(data_dir, questionnaires=finder) as library:
        assert library.count() == 4
    assert len(checks) == 1


def test_a_library_changed_behind_the_apps_back_is_checked_and_refused(
        data_dir: Path, finder, quick_check, checks: list[Path]) -> None:
    _fill(data_dir, finder, quick_check, 120)
    path = paths.library_path(data_dir)
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'assessment' "
                                         "AND pagetype = 'leaf' ORDER BY pageno")]
    conn.close()
    with path.open("r+b") as handle:  # same size, new contents: as a bad copy or disk leaves it
        handle.seek((pages[len(pages) // 2] - 1) * 4096 + 8)
        handle.write(b"\xa5" * 4000)
    with pytest.raises(DamagedLibraryError, match="damaged"):
        Library.open(data_dir, questionnaires=finder)
    assert checks == [path, path]


def test_a_library_copied_in_from_elsewhere_is_checked(data_dir: Path, tmp_path: Path, finder,
                                                       quick_check, checks: list[Path]) -> None:
    _fill(data_dir, finder, quick_check, 2)
    path = paths.library_path(data_dir)
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)  # another file in its place, even with the same bytes
    with Library.open(data_dir, questionnaires=finder) as library:
        assert library.count() == 2
    assert len(checks) == 2


def test_an_old_or_unreadable_stamp_means_a_new_check(data_dir: Path, finder, quick_check,
                                                       checks: list[Path]) -> None:
    _fill(data_dir, finder, quick_check, 1)
    stamp_file = paths.check_stamp_file(paths.library_path(data_dir))
    stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    old = datetime.now(UTC) - timedelta(days=db.CHECK_STAMP_DAYS, seconds=1)
    stamp_file.write_text(json.dumps({**stamp, "checked_at": old.isoformat()}),
                          encoding="utf-8")
    Library.open(data_dir, questionnaires=finder).close()
    assert len(checks) == 2
    stamp_file.write_text("not json", encoding="utf-8")
    Library.open(data_dir, questionnaires=finder).close()
    assert len(checks) == 3
    Library.open(data_dir, questionnaires=finder).close()
    assert len(checks) == 3  # the check just made was recorded again
