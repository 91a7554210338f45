"""The window appears before the questionnaires are validated, then everything is there."""

from __future__ import annotations

from readiness_app.core.assessment import FirmProfile
from readiness_app.services.catalogue import LazyCatalogue, load_catalogue
from readiness_app.storage.library import Library
from readiness_app.ui.main_window import MainWindow


def test_questionnaires_load_just_after_the_window_appears(qtbot, tmp_path) -> None:
    full = load_catalogue()
    questionnaire = full.find("quick-check", "1.0")
    loads: list[int] = []

    def load():
        loads.append(1)
        return full

    with Library.open(tmp_path, questionnaires=full.find) as library:
        made = library.create(FirmProfile("Early Ltd"), questionnaire)
        library.save_answer(made.id, "cyber.backups", "tested")
    lazy = LazyCatalogue(load)
    library = Library.open(tmp_path, questionnaires=lazy.find)
    window = MainWindow(lazy, library, tmp_path)
    qtbot.addWidget(window)
    assert not lazy.is_loaded  # nothing validated before the first paint
    assert window.library_page.model.rowCount() == 1  # the list is there already
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: lazy.is_loaded)
    assert loads == [1]
    names = [q.id for q in window.new_page._questionnaires]
    assert "quick-check" in names and "uk-default" in names
    library.close()
