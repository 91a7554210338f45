"""The library page: list, search, delete with undo, copy, export and import in the background."""

from __future__ import annotations

import pytest

from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.storage.library import ConflictPolicy
from readiness_app.ui import dialogs
from tests.ui.conftest import CAFE

pytestmark = pytest.mark.gui


def names(page) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_empty_library_explains_the_app_in_two_sentences(open_window) -> None:
    page = open_window().library_page
    assert page.views.currentWidget() is page.empty
    text = page.empty_text.text()
    assert text.count(". ") + text.endswith(".") == 2
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.new_button.isEnabled() and page.import_button.isEnabled()


def test_list_shows_firm_date_status_and_score(filled) -> None:
    page = filled.library_page
    assert page.model.rowCount() == 5
    assert page.count_label.text() == "5 firms"
    row = names(page).index("Harbour Café Ltd")
    summary = page.model.summary_at(row)
    m = page.model
    cells = [m.data(m.index(row, c)) for c in range(m.columnCount())]
    assert cells[m.STATUS] == summary.status.label
    assert cells[m.SCORE] == str(int(summary.overall_score))
    assert cells[m.LEVEL] == "Developing"
    assert "20" in cells[m.CHANGED]  # a date with the year


def test_search_narrows_the_list(filled, qtbot) -> None:
    page = filled.library_page
    qtbot.keyClicks(page.search, "harbour cafe")  # every word, accents ignored
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert names(page) == ["Harbour Café Ltd"]
    assert page.count_label.text() == "1 firm"
    page.search.setText("nothing like this")
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.no_match)


def test_delete_then_undo(filled) -> None:
    page = filled.library_page
    row = names(page).index("Harbour Café Ltd")
    page.table.selectRow(row)
    page.delete_button.click()
    assert "Harbour Café Ltd" not in names(page)
    assert page.undo_bar.isVisible() and "Harbour Café Ltd" in page.undo_label.text()
    assert filled._library.count(in_trash=True) == 1
    page.undo_button.click()
    assert "Harbour Café Ltd" in names(page)
    assert page.selected_id() == page.model.summary_at(names(page).index("Harbour Café Ltd")).id
    assert filled._library.count(in_trash=True) == 0


def test_copy_opens_a_linked_reassessment(filled) -> None:
    page = filled.library_page
    page.table.selectRow(names(page).index("Harbour Café Ltd"))
    original = page.selected_id()
    page.copy_button.click()
    assert filled.pages.currentWidget() is filled.questions_page
    copy = filled.session.assessment
    assert copy.id != original and copy.firm.name == "Harbour Café Ltd"
    assert filled._library.summary(copy.id).previous_id == original
    assert copy.answers.keys() == filled._library.get(original).answers.keys()


def test_export_writes_the_file_named_by_the_user(filled, monkeypatch, tmp_path,
                                                  catalogue) -> None:
    page = filled.library_page
    page.table.selectRow(names(page).index("Harbour Café Ltd"))
    target = tmp_path / "out" / "cafe.readiness"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    page.export_button.click()
    assessment, _ = read_assessment_bytes(target.read_bytes(), str(target), catalogue.find)
    assert assessment.id == page.selected_id()
    assert str(target) in page.message.text()


def test_export_to_a_place_that_cannot_be_written_is_a_calm_message(
        filled, monkeypatch, tmp_path, no_real_dialogs) -> None:
    page = filled.library_page
    target = tmp_path / "missing-folder" / "cafe.readiness"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    assert page.export_selected() is None
    title, text = no_real_dialogs[-1]
    assert title == "Cannot export the assessment"
    assert str(target) in text and "folder does not exist" in text


def test_import_runs_in_the_background_and_asks_about_conflicts(
        filled, monkeypatch, qtbot, tmp_path, no_real_dialogs) -> None:
    page = filled.library_page
    broken = tmp_path / "broken.readiness"
    broken.write_bytes(CAFE.read_bytes()[:50])
    asked = []

    def choose(parent, candidate):
        asked.append(candidate.assessment.firm.name)
        return ConflictPolicy.KEEP_BOTH

    monkeypatch.setattr(dialogs, "ask_conflict", choose)
    page.start_import([CAFE, broken])
    assert page.progress.isVisible()
    qtbot.waitUntil(lambda: page._worker is None, timeout=10_000)
    assert asked == ["Harbour Café Ltd"]
    assert names(page).count("Harbour Café Ltd") == 1  # keep both names the copy
    assert "Harbour Café Ltd (imported copy, 2026-11-02)" in names(page)
    title, text = no_real_dialogs[-1]
    assert title == "Import finished" and "Imported 1 of 2" in text
    assert str(broken) in text  # the bad file is named
    assert not page.progress.isVisible()


def test_import_of_many_files_can_be_cancelled(open_window, qtbot, tmp_path) -> None:
    window = open_window()
    page = window.library_page
    files = []
    for n in range(200):
        path = tmp_path / f"copy{n}.readiness"
        path.write_bytes(CAFE.read_bytes())
        files.append(path)
    page.start_import(files)
    page.progress.cancel_button.click()
    qtbot.waitUntil(lambda: page._worker is None, timeout=10_000)
    assert "cancelled" in page.message.text().lower()
    assert window._library.count() == 0  # stopped while checking: nothing added


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_empty_library_is_a_friendly_start(open_window, qtbot, size) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import clipped_labels

    window = open_window()
    window.resize(*size)
    page = window.library_page
    QApplication.processEvents()
    assert page.views.currentWidget() is page.empty
    assert page.empty_new.isVisible() and page.empty_new.property("primary")
    assert "nothing is sent anywhere" in page.empty_privacy.text()
    assert clipped_labels(page) == []
    page.empty_new.click()
    assert window.pages.currentWidget() is window.new_page
