"""One question count on every page, and a review page that shows every answer, by area,
with what needs a look first (and saves as a PDF to print)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from readiness_app.ui import dialogs
from tests.ui.conftest import clipped_labels
from tests.ui.test_main_window import start_assessment

pytestmark = pytest.mark.gui


def answer_two(window, qtbot):
    start_assessment(window, qtbot)
    page = window.questions_page
    for _ in range(2):
        next(iter(page._choice_buttons.values())).click()
        page.next_button.click()
    return page


def test_the_same_count_on_the_question_page_review_sidebar_and_results(open_window,
                                                                         qtbot) -> None:
    window = open_window()
    page = answer_two(window, qtbot)
    summary = window.session.counts().summary()
    assert summary.startswith("2 of 13 questions answered; 11 not answered yet")
    assert page.answered_label.text() == summary
    assert page.position_label.text().endswith("of 16")  # the fixed total: 2 + 11 + 3
    window.questions_page.review_button.click()
    review = window.review_page
    assert review.summary.text().startswith(summary)
    listed = review.unanswered.count()
    assert listed == 11  # every question not answered yet, the optional one marked
    # the sidebar's area counts and the results table's column are the same numbers
    sidebar = [page.outline.topLevelItem(i).text(0) for i in
               range(page.outline.topLevelItemCount())]
    review.results_button.click()
    results = window.results_page
    model = results.area_model
    table = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert [re.search(r"\((\d+ of \d+)\)", s).group(1) for s in sidebar] == table
    assert summary.removesuffix(".").split(";")[0] in results.subtitle.text()
    # the new-assessment list gives the same total as "Question N of 16"
    window.show_new()
    texts = [window.new_page.questionnaire.itemText(i)
             for i in range(window.new_page.questionnaire.count())]
    assert any("16 questions" in t for t in texts)


def test_review_shows_every_answer_by_area_with_gaps_first(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    page._dont_know.click()  # the first question: "don't know"
    page.next_button.click()
    next(iter(page._choice_buttons.values())).click()
    window.session.save_note(page.current_question.id, "Ask the <b>bookkeeper</b>")
    page.review_button.click()
    review = window.review_page
    text = review.all_answers.text()
    questionnaire = window.session.questionnaire
    for question in window.session.shown():  # every question asked is there
        assert question.text.get().replace("'", "&#x27;") in text, question.id
    positions = [text.index(a.title.get()) for a in questionnaire.areas]
    assert positions == sorted(positions)  # grouped by area, in order
    assert "Don&#x27;t know (worth checking" in text and "Not answered yet" in text
    assert "Ask the &lt;b&gt;bookkeeper&lt;/b&gt;" in text  # a note is text, not markup
    # what needs a look comes first, above the full list
    assert review.dont_know.y() < review.all_answers.y()
    assert review.unanswered.y() < review.all_answers.y()
    assert clipped_labels(review) == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
def test_review_saves_every_answer_as_a_pdf(open_window, qtbot, tmp_path, monkeypatch) -> None:
    window = open_window()
    page = answer_two(window, qtbot)
    page.review_button.click()
    review = window.review_page
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "answers")
    target = review.save_pdf()
    assert target == tmp_path / "answers.pdf"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = " ".join(text.split())
    assert "2 of 13 questions answered" in text
    for question in window.session.shown():
        assert question.text.get()[:25] in text, question.id


def test_review_fits_small_screens(open_window, qtbot) -> None:
    window = open_window()
    answer_two(window, qtbot)
    window.questions_page.review_button.click()
    review = window.review_page
    for size in ((1024, 600), (1366, 768)):
        window.resize(*size)
        qtbot.wait(20)
        assert clipped_labels(review) == []
        for button in (review.back_button, review.pdf_button, review.results_button):
            assert button.isVisible()
            assert review.rect().contains(button.geometry().translated(
                button.parentWidget().mapTo(review, button.pos()) - button.pos()))
