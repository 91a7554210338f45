"""Importing in the app a file of a firm the library has under another id (issue 16, item 8):
the user is asked, and the file becomes a new visit, is kept apart under a marked name, or is
skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness_app.storage.portable import import_files
from readiness_app.ui import dialogs
from tests.ui.conftest import CAFE

pytestmark = pytest.mark.gui
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
LATER_ID = "9a8b7c6d5e4f40318293a4b5c6d7e8f9"


def _later(folder: Path) -> Path:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"].update({"id": LATER_ID, "created_at": "2027-05-03T10:00:00+00:00",
                               "updated_at": "2027-05-03T10:30:00+00:00"})
    path = folder / "harbour-cafe-may.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("choice", [True, False, None])
def test_the_same_firm_under_another_id_is_asked_about(open_window, qtbot, monkeypatch,
                                                       tmp_path: Path, no_real_dialogs,
                                                       choice: bool | None) -> None:
    window = open_window()
    library = window._library
    import_files(library, [CAFE])
    asked: list[str] = []

    def ask(parent, candidate):
        asked.append(candidate.same_firm.id)
        return choice

    monkeypatch.setattr(dialogs, "ask_same_firm", ask)
    page = window.library_page
    page.start_import([_later(tmp_path)])
    qtbot.waitUntil(lambda: page._worker is None, timeout=30_000)
    assert asked == [CAFE_ID]
    title, text = no_real_dialogs[-1]
    assert title == "Import finished"
    if choice is True:
        assert "a new visit of the firm" in text
        assert [s.id for s in library.history(LATER_ID)] == [CAFE_ID, LATER_ID]
    elif choice is False:
        assert library.summary(LATER_ID).firm_name == \
            "Harbour Café Ltd (imported copy, 2027-05-03)"
        assert library.summary(LATER_ID).previous_id is None
    else:
        assert "skipped" in text and not library.contains(LATER_ID)
