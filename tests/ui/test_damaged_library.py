"""The app on a damaged library (issue 13, item 10): damaged rows are marked, a damaged file
is never written and the app offers to recover it; nothing reaches Qt as a traceback."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from readiness_app.core.assessment import FirmProfile
from readiness_app.storage import paths
from readiness_app.storage.library import Library
from readiness_app.ui import errors
from readiness_app.ui.app import EXIT_STORAGE, run_gui
from readiness_app.ui.main_window import MainWindow
from readiness_app.ui.models import AssessmentListModel

pytestmark = pytest.mark.gui


def _library(folder: Path, catalogue, count: int) -> list[str]:
    quick = catalogue.find("quick-check", "1.0")
    with Library.open(folder, questionnaires=catalogue.find) as library:
        made = []
        for n in range(count):
            a = library.create(FirmProfile(f"Firm {n:03d} " + "z" * 150), quick)
            library.save_answer(a.id, "cyber.backups", "tested", note="n" * 300)
            made.append(a.id)
    return made


def _corrupt(path: Path) -> str:
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'assessment' "
                                         "AND pagetype = 'leaf' ORDER BY pageno")]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((pages[len(pages) // 2] - 1) * 4096 + 8)
        handle.write(b"\xa5" * 4000)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _close_soon() -> None:
    QTimer.singleShot(500, QApplication.closeAllWindows)


def test_a_damaged_row_is_marked_and_the_app_starts(qapp, data_folder, catalogue, monkeypatch,
                                                    no_real_dialogs) -> None:
    made = _library(data_folder, catalogue, 3)
    conn = sqlite3.connect(paths.library_path(data_folder))
    conn.execute("UPDATE assessment SET updated_at = 'never' WHERE id = ?", (made[1],))
    conn.commit()
    conn.close()
    seen: list[list[str]] = []
    original = AssessmentListModel.set_items

    def record(self, items, total=None) -> None:
        original(self, items, total)
        seen.append([self._text(i, AssessmentListModel.STATUS) for i in items])

    monkeypatch.setattr(AssessmentListModel, "set_items", record)
    _close_soon()
    assert run_gui(["--data-dir", str(data_folder)]) == 0
    assert seen and sorted(seen[-1]) == ["Damaged", "In progress", "In progress"]


def test_a_damaged_file_is_never_written_and_recovery_is_offered(
        qapp, data_folder, catalogue, monkeypatch, no_real_dialogs) -> None:
    made = _library(data_folder, catalogue, 120)
    path = paths.library_path(data_folder)
    before = _corrupt(path)
    asked: list[str] = []
    monkeypatch.setattr(errors, "ask_to_recover", lambda parent, text: asked.append(text) or True,
                        raising=False)
    opened: list[Path] = []
    monkeypatch.setattr(MainWindow, "attach_library", _spy(MainWindow.attach_library, opened))
    _close_soon()
    assert run_gui(["--data-dir", str(data_folder)]) == 0
    assert asked and str(path) in asked[0] and "damaged" in asked[0]
    title, text = no_real_dialogs[-1]
    assert title == "Library recovered" and "of 120 assessments were copied" in text
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    (recovered,) = [p for p in data_folder.iterdir() if p.name.startswith("recovered-")]
    assert opened == [paths.library_path(recovered)]
    with Library.open(recovered, questionnaires=catalogue.find) as library:
        assert 0 < library.count() < len(made)


def _spy(attach, opened: list[Path]):
    def spying(self, library) -> None:
        opened.append(library.path)
        attach(self, library)

    return spying


def test_declining_recovery_closes_the_app_and_changes_nothing(
        qapp, data_folder, catalogue, monkeypatch, no_real_dialogs) -> None:
    _library(data_folder, catalogue, 120)
    path = paths.library_path(data_folder)
    before = _corrupt(path)
    monkeypatch.setattr(errors, "ask_to_recover", lambda parent, text: False, raising=False)
    assert run_gui(["--data-dir", str(data_folder)]) == EXIT_STORAGE
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # "cache" holds the record of the last clean check, written when the library was made
    assert sorted(p.name for p in data_folder.iterdir()) == ["cache", "library.sqlite3", "logs"]
    assert "damaged" in paths.log_file(data_folder).read_text(encoding="utf-8")
