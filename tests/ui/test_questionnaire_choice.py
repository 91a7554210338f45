"""The full check is the default questionnaire for a new assessment, and each one shows its
question count (the page's "of T") and about how long it takes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from readiness_app.core.progress import estimated_minutes, question_numbers

pytestmark = pytest.mark.gui


def test_the_full_check_is_the_default_and_both_show_their_time(open_window, qtbot) -> None:
    window = open_window()
    window.library_page.new_button.click()
    page = window.new_page
    combo = page.questionnaire
    assert combo.currentData() == "uk-default"
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts["uk-default"].endswith("(45 questions, about 30 minutes)")
    assert texts["quick-check"].endswith("(15 questions, about 10 minutes)")
    combo.setCurrentIndex(combo.findData("quick-check"))
    page.reset()
    assert combo.currentData() == "uk-default"  # the next firm starts on the full check again


def test_estimates_come_from_the_questionnaire_or_its_count(catalogue) -> None:
    full = catalogue.find("uk-default", "1.1")
    assert full is not None
    assert estimated_minutes(full) == 5 * round(len(question_numbers(full)) * 40 / 60 / 5)
    stated = SimpleNamespace(estimated_minutes=25, questions=())
    assert estimated_minutes(stated) == 25  # type: ignore[arg-type]
    tiny = SimpleNamespace(questions=())
    assert estimated_minutes(tiny) == 5  # type: ignore[arg-type]


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
