"""The import conflict question in Welsh (issue 20): both versions' lines and the reasons
replacing could lose work are in the app's language, not only its own frame."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from readiness_app.storage.library import ConflictPolicy
from readiness_app.storage.portable import import_files, prepare_import
from readiness_app.ui import dialogs, i18n
from tests.cli.test_welsh_cli import english_left
from tests.ui.conftest import CAFE


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    """The app in Welsh; English after."""
    assert i18n.install(qapp, "cy") == "cy"
    yield
    i18n.install(qapp, "en")


def test_the_conflict_question_is_all_welsh(welsh, open_window, tmp_path, monkeypatch) -> None:
    window = open_window()
    library = window._library
    import_files(library, [CAFE])
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["firm"]["name"] = "Garej y Cei"
    other = tmp_path / "arall.readiness"
    other.write_text(json.dumps(data), encoding="utf-8")
    candidate = prepare_import(library, other)
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
