"""Safe sharing in the app (issue 16, item 7): the export dialog previews exactly what the
file will hold; a scrubbed and a password-protected copy are written as the CLI writes them;
a password-protected file is imported with its password, and a wrong one is a plain
message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness_app.core.assessment import ActionStatus
from readiness_app.services.tracking import track_action
from readiness_app.storage.portable import ShareOptions, import_files, read_file
from readiness_app.storage.sealed import MAGIC, SEALED_SUFFIX
from readiness_app.ui import dialogs, share_dialog
from readiness_app.ui.share_dialog import ShareDialog, password_strength
from tests.ui.conftest import CAFE, focusable_without_names

pytestmark = pytest.mark.gui
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def cafe(open_window):
    window = open_window()
    library = window._library
    import_files(library, [CAFE])
    library.save_private_note(CAFE_ID, "cyber.backups", "Owner evasive about the till PC")
    track_action(library, CAFE_ID, "set-up-backups", ActionStatus.DONE, who="Sam Jones")
    window.open_assessment(CAFE_ID)
    window.show_results()
    return window


def test_the_preview_says_exactly_what_each_choice_shares(cafe, qtbot) -> None:
    assessment = cafe._library.get(CAFE_ID)
    dialog = ShareDialog(assessment)
    qtbot.addWidget(dialog)
    text = dialog.preview.text()
    assert "Firm: Harbour Café Ltd" in text
    assert "Your private notes: 1 left out" in text
    assert "Protection: none" in text
    dialog.private.setChecked(True)
    assert "Your private notes: 1 included" in dialog.preview.text()
    dialog.scrub.setChecked(True)
    text = dialog.preview.text()
    assert not dialog.private.isChecked() and not dialog.private.isEnabled()
    assert "Harbour" not in text and "Firm: Anonymised firm" in text
    assert f"Postcode: {assessment.firm.postcode.split()[0]} (district only)" in text
    assert "Your private notes: 1 left out" in text
    assert "names of who did them left out" in text and "Id: a new one" in text
    assert not dialog.password_box.isVisibleTo(dialog)
    dialog.protect.setChecked(True)
    assert dialog.password_box.isVisibleTo(dialog)
    assert "Protection: a password" in dialog.preview.text()
    assert dialog.preview.accessibleDescription().startswith("Firm: Anonymised firm")
    assert focusable_without_names(dialog) == []


def test_passwords_must_match_and_be_long_enough(cafe, qtbot) -> None:
    dialog = ShareDialog(cafe._library.get(CAFE_ID))
    qtbot.addWidget(dialog)
    dialog.protect.setChecked(True)
    dialog.password.setText("short")
    dialog.try_accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "at least 8 characters" in dialog.problem.text()
    dialog.password.setText(PASSWORD)
    dialog.again.setText(PASSWORD + "x")
    dialog.try_accept()
    assert "differ" in dialog.problem.text()
    dialog.again.setText(PASSWORD)
    assert dialog.strength.text().startswith("Strong.")
    dialog.try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.options() == ShareOptions(scrub=False, password=PASSWORD)
    assert password_strength("password")[1].startswith("Weak")


def test_a_scrubbed_and_a_protected_copy_from_the_app_then_imported(
        cafe, monkeypatch, qtbot, tmp_path: Path, catalogue, no_real_dialogs) -> None:
    page = cafe.results_page
    scrubbed = tmp_path / "scrubbed.readiness"
    monkeypatch.setattr(share_dialog, "ask_share",
                        lambda parent, a, links: ShareOptions(scrub=True))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: scrubbed)
    assert page.export_file() == scrubbed
    data = json.loads(scrubbed.read_text(encoding="utf-8"))
    raw = scrubbed.read_text(encoding="utf-8")
    assert "Harbour" not in raw and "Owner evasive" not in raw and "Sam Jones" not in raw
    assert data["assessment"]["id"] != CAFE_ID

    protected = tmp_path / f"cafe{SEALED_SUFFIX}"
    suggested: list[Path] = []
    monkeypatch.setattr(share_dialog, "ask_share",
                        lambda parent, a, links: ShareOptions(password=PASSWORD))
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda parent, title, default, filter_: suggested.append(default)
                        or protected)
    assert page.export_file() == protected
    assert suggested[0].name.endswith(SEALED_SUFFIX)
    assert protected.read_bytes().startswith(MAGIC)
    assessment, _ = read_file(protected, catalogue.find, PASSWORD)
    assert assessment.id == CAFE_ID
    assert not any(a.private_note for a in assessment.answers.values())

    library_page = cafe.library_page
    cafe.show_library()
    # a wrong password: a plain line in the import report, nothing added
    monkeypatch.setattr(dialogs, "ask_password", lambda parent, names: "not the password")
    library_page.start_import([protected])
    qtbot.waitUntil(lambda: library_page._worker is None, timeout=30_000)
    title, text = no_real_dialogs[-1]
    assert title == "Import finished" and "Imported 0 of 1" in text
    assert "the password is wrong" in text and "Traceback" not in text
    # the right one: the file is read (already in the library: the usual question)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_password",
                        lambda parent, names: asked.extend(names) or PASSWORD)
    monkeypatch.setattr(dialogs, "ask_conflict", lambda parent, candidate: None)
    library_page.start_import([protected, scrubbed])
    qtbot.waitUntil(lambda: library_page._worker is None, timeout=30_000)
    assert asked == [protected.name]  # asked once, for the protected file only
    title, text = no_real_dialogs[-1]
    assert "Imported 1 of 2" in text and "skipped 'Harbour Café Ltd'" in text
    assert cafe._library.count() == 2  # the scrubbed copy came in with a new id


def test_cancelling_the_dialog_writes_nothing(cafe, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(share_dialog, "ask_share", lambda parent, a, links: None)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "x.readiness")
    assert cafe.results_page.export_file() is None
    assert not (tmp_path / "x.readiness").exists()
