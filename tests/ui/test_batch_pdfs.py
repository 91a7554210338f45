"""Batch PDFs from the app (issue 16, item 9): the library's search picks the firms, one PDF
per firm with a readable, safe name and the hub's branding, progress and Cancel, and a file
that fails is listed while the others are made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from readiness_app.services.batch_pdf import plan_file_name
from readiness_app.storage.portable import import_files
from readiness_app.ui.batch_dialog import BatchPdfDialog
from tests.ui.conftest import CAFE, EXAMPLES, focusable_without_names

pytestmark = pytest.mark.gui


def _dialog(window, qtbot, folder: Path, search: str = "") -> BatchPdfDialog:
    dialog = BatchPdfDialog(window._library, window._open_library, folder,
                            pack=window.pack, search=search, parent=window)
    qtbot.addWidget(dialog)
    return dialog


def test_one_pdf_per_chosen_firm_and_a_failure_does_not_stop_the_rest(
        open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    import_files(window._library, [CAFE, *EXAMPLES])
    window.library_page.search.setText("Ltd")
    folder = tmp_path / "plans"
    dialog = _dialog(window, qtbot, folder, window.library_page.search.text())
    assert dialog.search.text() == "Ltd"  # the library's filter to start with
    listed = dialog.list.count()
    assert 0 < listed < window._library.count()
    assert len(dialog.chosen_ids()) == listed  # every match ticked
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    chosen = dialog.chosen_ids()
    assert dialog.count.text() == f"{listed - 1} of {listed} chosen"
    # a folder already sits where the first chosen firm's PDF goes: that one file fails
    first = window._library.get(chosen[0])
    blocker = folder / plan_file_name(first.firm.name, dialog.today)
    blocker.mkdir(parents=True)
    assert focusable_without_names(dialog) == []

    worker = dialog.start()
    assert worker is not None and dialog.progress.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=120_000)
    report = dialog.report
    assert report is not None and len(report.items) == len(chosen)
    assert [i.firm_name for i in report.failed] == [first.firm.name]
    assert len(report.written) == len(chosen) - 1
    for item in report.written:
        assert item.path is not None and item.path.parent == folder
        assert item.path.read_bytes().startswith(b"%PDF")
        assert item.path.name.isascii() and " " not in item.path.name
    text = dialog.results.text()
    assert text.startswith(f"{first.firm.name} (") and "not made" in text
    assert f"Made {len(chosen) - 1} of {len(chosen)}" in dialog.message.text()


def test_cancel_stops_after_the_pdf_being_made(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    import_files(window._library, [CAFE, *EXAMPLES])
    dialog = _dialog(window, qtbot, tmp_path / "plans")
    chosen = len(dialog.chosen_ids())
    assert chosen >= 4
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=120_000)
    assert dialog.message.text().startswith("Stopped:")
    made = list((tmp_path / "plans").glob("*.pdf"))
    assert len(made) < chosen
    assert dialog.start_button.isEnabled()


def test_same_named_firms_get_files_apart(open_window, qtbot, tmp_path: Path) -> None:
    window = open_window()
    import_files(window._library, [CAFE])
    window.copy_assessment("3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01")  # a second visit
    dialog = _dialog(window, qtbot, tmp_path / "plans")
    dialog.latest.setChecked(False)
    assert dialog.list.count() == 2
    dialog.start()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=120_000)
    names = sorted(p.name for p in (tmp_path / "plans").glob("*.pdf"))
    assert len(names) == 2 and names[0] != names[1]
    assert all(n.startswith("Harbour-Cafe-Ltd_action-plan_") for n in names)


def test_the_librarys_filters_choose_the_firms_too(open_window, qtbot, tmp_path: Path) -> None:
    """A filter set in the library (a sector) carries into the batch dialog's list."""
    window = open_window()
    import_files(window._library, [CAFE, *EXAMPLES])
    page = window.library_page
    everyone = _dialog(window, qtbot, tmp_path / "all").list.count()
    firms = [window._library.get(s.id).firm for s in window._library.list_assessments().items]
    section = next(f.sector_section for f in firms if f.sector_section)  # a firm's section
    page.sector_filter.setCurrentIndex(page.sector_filter.findData(section))
    dialog = BatchPdfDialog(window._library, window._open_library, tmp_path / "some",
                            pack=window.pack, filters=page.query(), parent=window)
    qtbot.addWidget(dialog)
    listed = {dialog.list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(dialog.list.count())}
    assert 0 < len(listed) < everyone
    assert all(window._library.get(i).firm.sector_section == section for i in listed)
