"""Words for an owner answering alone: no adviser's box unless asked for, effort in hours and
days rather than S/M/L, and an in-progress score that says it is provisional."""

from __future__ import annotations

import pytest

from readiness_app.core.questionnaire import Effort
from readiness_app.storage.portable import import_files
from tests.ui.conftest import CAFE
from tests.ui.test_main_window import start_assessment

pytestmark = pytest.mark.gui


def test_an_owner_sees_their_notes_and_no_advisers_box(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    assert page.notes_label.text().startswith("Your n")
    assert "adviser" not in page.notes_label.text().split("(")[0]
    assert not page.private_notes.isVisibleTo(page)
    assert not page.private_label.isVisibleTo(page)
    assert page.private_toggle.isVisibleTo(page)
    next(iter(page._choice_buttons.values())).click()
    page.private_toggle.click()  # an adviser opens it
    assert page.private_notes.isVisibleTo(page)
    page.private_notes.setPlainText("Owner unsure")
    page.next_button.click()
    assert page.private_notes.isVisibleTo(page)  # stays open for the adviser's session
    page.private_toggle.click()
    assert not page.private_notes.isVisibleTo(page)
    page.go_back()
    assert page.private_notes.isVisibleTo(page)  # a question with a private note shows it
    assert page.private_notes.toPlainText() == "Owner unsure"


def test_effort_in_words() -> None:
    assert [e.words for e in Effort] == ["a few hours", "about a day", "a few days"]


def test_plan_effort_reads_in_words(capsys) -> None:
    from readiness_app.cli import main

    assert main(["plan", str(CAFE)]) == 0
    out = capsys.readouterr().out
    assert "effort S" not in out and "effort L" not in out and "effort M" not in out
    assert "work: a few hours" in out or "work: about a day" in out


def test_an_unfinished_assessment_is_headlined_provisional(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    for _ in range(3):
        next(iter(page._choice_buttons.values())).click()
        page.next_button.click()
    window.show_results()
    results = window.results_page
    counts = window.session.counts()
    assert results.overall.text().startswith(
        f"Provisional: {counts.answered} of {counts.shown} answered.")
    assert "Overall score" not in results.overall.text()


def test_a_complete_assessment_is_not_provisional(open_window) -> None:
    window = open_window()
    import_files(window._library, [CAFE])
    window.library_page.refresh()
    window.library_page.open_button.click()
    window.show_results()
    complete = window.session.assessment.status.value == "complete"
    assert window.results_page.overall.text().startswith(
        "Overall score" if complete else "Provisional: ")


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None, reason="poppler-utils")
def test_the_pdf_of_an_unfinished_check_is_headlined_provisional(tmp_path, capsys) -> None:
    import subprocess

    from readiness_app.cli import main
    from readiness_app.core.assessment_file import read_assessment_file
    from readiness_app.core.progress import progress
    from readiness_app.services.catalogue import load_catalogue
    from tests.ui.conftest import EXAMPLES

    example = next(p for p in EXAMPLES if "wales" in p.name)  # an unfinished check
    assessment, questionnaire = read_assessment_file(example, load_catalogue().find)
    counts = progress(questionnaire, assessment.answers, assessment.firm)
    assert counts.answered < counts.shown
    assert main(["report", str(example), "-o", str(tmp_path / "plan.pdf")]) == 0
    capsys.readouterr()
    text = subprocess.run(["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    text = " ".join(text.split())
    assert f"Provisional: {counts.answered} of {counts.shown} answered. Score so far" in text
