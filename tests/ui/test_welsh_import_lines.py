"""The import conflict question and the upgrade note in Welsh (issue 20): both versions' lines,
the reasons replacing could lose work and what happened to the answers are in the app's
language, not only the dialogs' own frame."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from readiness_app.storage.library import ConflictPolicy
from readiness_app.storage.portable import import_files, prepare_import
from readiness_app.ui import dialogs
from tests.cli.test_welsh_cli import english_left
from tests.helpers import renamed_copy
from tests.ui.conftest import CAFE


def test_the_conflict_question_is_all_welsh(welsh, open_window, tmp_path, monkeypatch) -> None:
    window = open_window()
    library = window._library
    import_files(library, [CAFE])
    candidate = prepare_import(library, renamed_copy(CAFE, tmp_path, "Garej y Cei"))
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        box.buttons()[-1].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialogs.ask_conflict(window, candidate) in tuple(ConflictPolicy)
    (text,) = shown
    assert english_left(text) == [], text
    assert "Gallai disodli golli gwaith: mae enw'r busnes yn wahanol" in text
    assert "'Harbour Café Ltd', dechreuwyd 2026-" in text
    assert "'Garej y Cei', dechreuwyd" in text and " ateb" in text


def test_the_upgrade_note_is_in_welsh(welsh, open_window, qtbot, catalogue, monkeypatch,
                                      no_real_dialogs) -> None:
    window = open_window()
    monkeypatch.setattr(dialogs, "ask_import_paths", lambda parent: [CAFE])
    page = window.library_page
    page.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page._worker is None, timeout=10_000)
    monkeypatch.setattr(dialogs, "ask_upgrade", lambda parent, name, old, new: True)
    page.open_button.click()
    assert window.session is not None
    (note,) = [text for _, text in no_real_dialogs if "O fersiwn 1.0 i" in text]
    assert english_left(note) == [], note
