"""Errors never make the app vanish: calm dialogs for the environment, a crash dialog for bugs;
and the real entry point, run_gui."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from readiness_app.core.errors import StorageIOError
from readiness_app.storage import paths
from readiness_app.storage.library import Library
from readiness_app.ui import errors
from readiness_app.ui.app import EXIT_STORAGE, run_gui
from readiness_app.ui.errors import CrashDialog, ErrorHandler

pytestmark = pytest.mark.gui


def test_environment_errors_get_a_calm_dialog_naming_the_file(no_real_dialogs) -> None:
    handler = ErrorHandler(None)
    exc = StorageIOError("/media/usb/plan.pdf", "cannot be written: the disk is full")
    handler(type(exc), exc, None)
    title, text = no_real_dialogs[-1]
    assert title == "Cannot do that"
    assert "/media/usb/plan.pdf" in text and "disk is full" in text
    assert "Traceback" not in text


def test_bugs_get_the_crash_dialog_with_the_saved_log(monkeypatch, data_folder) -> None:
    crashes = []
    monkeypatch.setattr(CrashDialog, "show_crash", classmethod(
        lambda cls, parent, summary, details, log_path: crashes.append(
            (summary, details, log_path))))
    handling = errors.install_error_handling(data_folder)
    try:
        assert sys.excepthook is handling.handler
        try:
            raise KeyError("no-such-area")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        handling.uninstall()
    assert sys.excepthook is not handling.handler
    summary, details, log_path = crashes[0]
    assert summary == "KeyError: 'no-such-area'"
    assert "Traceback" in details
    assert log_path == paths.log_file(data_folder)
    assert "no-such-area" in log_path.read_text(encoding="utf-8")


def test_crash_dialog_reads_calmly_and_copies_details(qtbot, tmp_path) -> None:
    dialog = CrashDialog(None, "KeyError: 'x'", "Traceback...\nKeyError: 'x'",
                         tmp_path / "readiness-app.log")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text().startswith("Traceback")


def test_no_dialogs_switch_only_logs(no_real_dialogs) -> None:
    handler = ErrorHandler(None, show_dialogs=False)
    exc = RuntimeError("bug")
    handler(type(exc), exc, None)  # the fixture fails the test if a crash dialog opens
    assert no_real_dialogs == []


def test_run_gui_opens_the_library_and_returns_when_closed(data_folder) -> None:
    QTimer.singleShot(300, QApplication.closeAllWindows)
    assert run_gui(["--no-dialogs", "--data-dir", str(data_folder)]) == 0
    assert paths.library_path(data_folder).exists()
    assert (paths.log_file(data_folder)).exists()


def test_run_gui_with_a_library_it_cannot_open_exits_calmly(data_folder,
                                                            no_real_dialogs) -> None:
    data_folder.mkdir(parents=True)
    paths.library_path(data_folder).write_bytes(b"this is not a database" * 100)
    assert run_gui(["--data-dir", str(data_folder)]) == EXIT_STORAGE
    title, text = no_real_dialogs[-1]
    assert title == "Cannot open the library"
    assert str(paths.library_path(data_folder)) in text


def test_a_failed_save_during_answering_is_reported_not_fatal(open_window, monkeypatch, qtbot,
                                                               no_real_dialogs) -> None:
    window = open_window()
    window.show_new()
    window.new_page.name.setText("Locked Ltd")
    window.new_page.submit()
    page = window.questions_page

    def locked(*args, **kwargs):
        raise StorageIOError(str(window._library.path), "another program is changing it")

    monkeypatch.setattr(Library, "save_answer", locked)
    first = next(iter(page._choice_buttons))
    page._choice_buttons[first].click()
    title, text = no_real_dialogs[-1]
    assert title == "Your change could not be saved"
    assert str(window._library.path) in text
    assert window.isVisible() and window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not page._choice_buttons[first].isChecked())  # shows what is saved


def test_a_log_that_cannot_be_opened_is_said_once_and_never_raises(tmp_path, capsys) -> None:
    import logging

    folder = tmp_path / "not-a-file.log"
    folder.mkdir()  # the log file's name is taken by a folder
    handler = errors._RotatingLog(folder)
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "boom", None, None)
    handler.handle(record)
    handler.handle(record)
    handler.close()
    said = capsys.readouterr().err
    assert said.count("cannot write logs in") == 1
    assert str(tmp_path) in said
