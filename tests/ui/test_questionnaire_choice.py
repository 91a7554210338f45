"""The full check is the default questionnaire for a new assessment, and each one shows its
question count (the page's "of T") and about how long it takes."""

from __future__ import annotations

import pytest

from readiness_app.core.progress import question_numbers, time_text

pytestmark = pytest.mark.gui


def test_the_full_check_is_the_default_and_both_show_their_time(open_window, qtbot) -> None:
    window = open_window()
    window.library_page.new_button.click()
    page = window.new_page
    combo = page.questionnaire
    assert combo.currentData() == "uk-default"
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    for q in page._questionnaires:  # the count the question page uses, the time core gives
        assert texts[q.id].endswith(f"({len(question_numbers(q))} questions, {time_text(q)})")
    assert "(48 questions, about 22 to 32 minutes)" in texts["uk-default"]
    combo.setCurrentIndex(combo.findData("quick-check"))
    page.reset()
    assert combo.currentData() == "uk-default"  # the next firm starts on the full check again


def test_the_estimate_shown_is_the_questionnaires_own(catalogue) -> None:
    """One estimate: the app shows the range core.time_estimate works out."""
    full = catalogue.find("uk-default", "1.2")
    assert full is not None
    fewest, most = full.estimated_minutes
    assert time_text(full) == f"about {fewest} to {most} minutes"
    assert 20 <= fewest < most <= 35


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_questionnaire_choice_is_not_cut(open_window, size) -> None:
    window = open_window()
    window.resize(*size)
    window.library_page.new_button.click()
    combo = window.new_page.questionnaire
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        text = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert text + 40 <= combo.width(), (combo.currentText(), combo.width())
