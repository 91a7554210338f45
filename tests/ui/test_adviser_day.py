"""The adviser's day in the app: a firm's actions marked on the results page, the firm
re-assessed, "Since your last check" shown and printed, private notes left out of the PDF
unless ticked, and an import that would overwrite another firm shown with both versions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from readiness_app.core.assessment import ActionStatus
from readiness_app.storage.library import ConflictPolicy
from readiness_app.storage.portable import import_files, prepare_import
from readiness_app.ui import dialogs
from tests.helpers import renamed_copy
from tests.ui.conftest import CAFE

pytestmark = pytest.mark.gui
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"


def _pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)
    return " ".join(result.stdout.split())


def test_actions_marked_then_the_firm_re_assessed(open_window, qtbot, tmp_path) -> None:
    window = open_window()
    library = window._library
    import_files(library, [CAFE])
    library.save_private_note(CAFE_ID, "cyber.backups", "Owner evasive about the till PC")
    window.open_assessment(CAFE_ID)
    window.show_results()
    page = window.results_page
    assert not page.since_last.isVisibleTo(page)  # the first visit has nothing to compare
    plan = window.session.plan()
    assert set(page.tracker.boxes) == {p.id for p in plan.actions}
    box = page.tracker.boxes["set-up-backups"]
    assert box.currentText() == "Not started"
    box.setCurrentIndex(box.findData(ActionStatus.DONE))
    assert library.get(CAFE_ID).actions["set-up-backups"].status is ActionStatus.DONE
    assert "Saved: the action is done." in page.message.text()
    two_step = page.tracker.boxes["switch-on-two-step"]
    two_step.setCurrentIndex(two_step.findData(ActionStatus.IN_PROGRESS))
    two_step.setCurrentIndex(0)  # back to not started: the record goes
    assert "switch-on-two-step" not in library.get(CAFE_ID).actions

    window.copy_assessment(CAFE_ID)  # six months later
    later_id = window.session.assessment_id
    window.session.save_answer("cyber.backups", "tested")
    window.show_results()
    assert page.since_last.isVisibleTo(page)
    text = page.since_last.text.text()
    assert "Compared with the check of 2 November 2026." in text
    assert "1 done, 0 in progress" in text and "Answers that changed: 1 (1 better, 0 worse)" \
        in text
    assert later_id != CAFE_ID

    if shutil.which("pdftotext") is None:
        return
    target = tmp_path / "plan.pdf"
    worker = page.start_pdf(target)
    assert worker is not None
    qtbot.waitUntil(lambda: page._worker is None, timeout=30_000)
    printed = _pdf_text(target)
    assert "Since your last check" in printed and "1 done" in printed
    assert "Owner evasive" not in printed  # carried into the copy, but private
    page.include_private.setChecked(True)
    worker = page.start_pdf(target)
    qtbot.waitUntil(lambda: page._worker is None, timeout=30_000)
    assert "Owner evasive about the till PC" in _pdf_text(target)


def test_the_conflict_question_shows_both_versions(open_window, tmp_path, monkeypatch) -> None:
    window = open_window()
    library = window._library
    import_files(library, [CAFE])
    candidate = prepare_import(library, renamed_copy(CAFE, tmp_path, "Quayside Garage"))
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.informativeText())
        next(b for b in box.buttons() if b.text() == "&Replace").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert dialogs.ask_conflict(window, candidate) is ConflictPolicy.REPLACE
    (text,) = shown
    assert "Replacing could lose work: the firm's name differs" in text
    assert "In the library: 'Harbour Café Ltd'" in text
    assert "In the file: 'Quayside Garage'" in text and "answer(s)" in text


def test_the_private_note_is_typed_beside_the_note_for_the_firm(open_window, qtbot) -> None:
    window = open_window()
    import_files(window._library, [CAFE])
    window.open_assessment(CAFE_ID)
    page = window.questions_page
    page.go_to("cyber.backups")
    question = page._question
    assert question is not None and window.session.answer(question.id) is not None
    assert page.private_notes.isEnabled()
    assert page.private_label.buddy() is page.private_notes
    page.private_notes.setPlainText("Seemed unsure; ask the supplier")
    page.flush()
    stored = window._library.get(CAFE_ID).answers[question.id]
    assert stored.private_note == "Seemed unsure; ask the supplier"
    assert stored.note == window.session.answer(question.id).note  # the firm's note kept


def test_a_re_assessment_is_complete_only_when_carried_answers_are_confirmed(
        open_window) -> None:
    from readiness_app.core.assessment import Status

    window = open_window()
    library = window._library
    import_files(library, [CAFE])
    window.copy_assessment(CAFE_ID)
    copy_id = window.session.assessment_id
    page = window.questions_page
    page.go_to("cyber.backups")
    assert page.carried_row.isVisibleTo(page)
    page.confirm_button.click()
    assert not page.carried_row.isVisibleTo(page)
    assert "cyber.backups" not in library.get(copy_id).unconfirmed()
    window.show_results()
    assert library.get(copy_id).status is Status.IN_PROGRESS  # others still from last time
    page.go_to("cyber.updates")
    page.confirm_area_button.click()  # every cyber answer from last time
    left = library.get(copy_id).unconfirmed()
    assert left and not any(q.startswith("cyber.") for q in left)
    for question_id in left:
        page.go_to(question_id)
        page.confirm_button.click()
    window.show_results()
    assert library.get(copy_id).status is Status.COMPLETE
