"""The real flow: create an assessment, answer, close the app, reopen it, see core's score."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import DONT_KNOW, Status
from readiness_app.core.scoring import score_assessment
from readiness_app.storage.library import Library
from readiness_app.ui import dialogs
from tests.ui.conftest import CAFE, close_window

pytestmark = pytest.mark.gui


def start_assessment(window, qtbot, name: str = "Harbour Café Ltd", postcode: str = "LS1 4AP",
                     questionnaire_id: str = "quick-check") -> None:
    window.library_page.new_button.click()
    page = window.new_page
    assert window.pages.currentWidget() is page
    page.name.setText(name)  # QTest.keyClicks only types ASCII
    page.postcode.setText(postcode)
    index = page.questionnaire.findData(questionnaire_id)
    page.questionnaire.setCurrentIndex(index)
    page.start_button.click()
    assert window.pages.currentWidget() is window.questions_page


def test_create_answer_close_reopen_and_see_the_score(open_window, qtbot, data_folder,
                                                      catalogue) -> None:
    window = open_window()
    assert window.pages.currentWidget() is window.library_page
    assert window.library_page.views.currentWidget() is window.library_page.empty
    start_assessment(window, qtbot)
    page = window.questions_page
    assert page.current_question.id == "investment.plan"
    # pick the third option of the first question with the mouse
    page._choice_buttons["written"].click() if "written" in page._choice_buttons else \
        list(page._choice_buttons.values())[2].click()
    first_value = window.session.answer("investment.plan").value
    page.next_button.click()
    assert page.current_question.id == "investment.finance"
    page._dont_know.click()
    page.next_button.click()
    assert page.current_question.id == "investment.skills"
    assessment_id = window.session.assessment_id
    close_window(window)

    # the answers are in the library, as core checked and stored them
    with Library.open(data_folder, questionnaires=catalogue.find) as library:
        stored = library.get(assessment_id)
    assert stored.answer("investment.plan").value == first_value
    assert stored.answer("investment.finance").value is DONT_KNOW

    window = open_window()
    table = window.library_page.model
    assert table.rowCount() == 1
    assert table.data(table.index(0, 0)) == "Harbour Café Ltd"
    window.library_page.open_button.click()
    page = window.questions_page
    assert window.pages.currentWidget() is page
    assert page.current_question.id == "investment.skills"  # resumes where the user left
    page.go_to("investment.plan")
    checked = [oid for oid, b in page._choice_buttons.items() if b.isChecked()]
    assert checked == [first_value]
    page.go_to("investment.finance")
    assert page._dont_know.isChecked()

    window.questions_page.review_button.click()
    window.review_page.results_button.click()
    results = window.results_page
    questionnaire = catalogue.find("quick-check", "1.0")
    expected = score_assessment(questionnaire, window._library.get(assessment_id))
    assert expected.overall is not None
    # not every question is answered: the headline says so (provisional)
    headline = results.overall.accessibleName()
    assert headline.startswith("Provisional: ")
    assert (f"Score so far {int(expected.overall)} out of 100: "
            f"{expected.level.title.get()}" in headline)
    bars = {b.title: b.score for b in results.chart.bars}
    assert bars == {a.area.title.get(): a.score for a in expected.areas}
    plan = build_plan(questionnaire, window._library.get(assessment_id))
    first = plan.top_priorities(1)[0]
    assert results.priorities.item_text(0).startswith(f"1. {first.text_title().get()}")
    assert "Leeds" in results.place.text()
    # not every question is answered, so it stays in progress
    assert window._library.get(assessment_id).status is Status.IN_PROGRESS


def test_every_answer_autosaves_and_conditional_questions_appear(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    session = window.session

    def outline_ids() -> list[str]:
        found = []
        for i in range(page.outline.topLevelItemCount()):
            area = page.outline.topLevelItem(i)
            found += [area.child(j).data(0, 257) for j in range(area.childCount())]
        return found

    assert "cyber.two_step" not in outline_ids()
    page.go_to("cyber.cloud")
    page._choice_buttons["yes"].click()
    assert window._library.get(session.assessment_id).answer("cyber.cloud").value == "yes"
    assert "cyber.two_step" in outline_ids()
    page.go_to("cyber.cloud")
    page._choice_buttons["no"].click()
    assert "cyber.two_step" not in outline_ids()

    # numbers are saved when typing stops or the user moves on; notes with them
    page.go_to("people.staff")
    qtbot.keyClicks(page._number, "60")
    page.notes.setPlainText("Owner thinks about 60 staff")  # notes wait for an answer
    page.next_button.click()
    stored = window._library.get(session.assessment_id)
    assert stored.answer("people.staff").value == 60.0
    assert stored.answer("people.staff").note == "Owner thinks about 60 staff"
    assert "people.consultation_body" in outline_ids()  # 50 staff or more

    # an out-of-range number gets a plain message beside the field, not a dialog
    page.go_to("people.staff")
    page._number.setText("-3")
    page.flush()
    assert page._editor.problem_label.text() == "Enter at least 1"
    assert window._library.get(session.assessment_id).answer("people.staff").value == 60.0

    # multiple choice: "none of these" clears the others
    page.go_to("cyber.basics")
    options = list(page._choice_buttons)
    page._choice_buttons[options[0]].click()
    page._choice_buttons[options[1]].click()
    assert window._library.get(session.assessment_id).answer("cyber.basics").value == \
        frozenset(options[:2])
    exclusive = next(o.id for o in session.questionnaire.question("cyber.basics").options
                     if o.exclusive)
    page._choice_buttons[exclusive].click()
    assert window._library.get(session.assessment_id).answer("cyber.basics").value == \
        frozenset({exclusive})
    assert not page._choice_buttons[options[0]].isChecked()
    page.clear_button.click()
    assert window._library.get(session.assessment_id).answer("cyber.basics") is None

    # free text saves after a pause
    page.go_to("people.comments")
    page._text.setPlainText("They like the new till.")
    qtbot.waitUntil(lambda: window._library.get(session.assessment_id).answer(
        "people.comments") is not None, timeout=3000)


def test_what_it_means_is_inline_and_why_it_matters_on_demand(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    question = page.current_question
    assert page.help_text.isVisible() and question.help.get() in page.help_text.text()
    assert not page.why_text.isVisible()
    page.why_button.click()
    assert page.why_text.isVisible() and question.why.get() in page.why_text.text()
    page.help_button.click()  # Alt+M hides it for those who do not need it
    assert not page.help_text.isVisible()
    page.next_button.click()
    assert not page.help_text.isVisible() and not page.why_text.isVisible()


def test_review_lists_unanswered_and_dont_know_and_jumps_back(open_window, qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    page._dont_know.click()
    page.review_button.click()
    review = window.review_page
    assert window.pages.currentWidget() is review
    dont_know = [review.dont_know.item(i).data(257) for i in range(review.dont_know.count())]
    assert dont_know == ["investment.plan"]
    unanswered = [review.unanswered.item(i).data(257) for i in range(review.unanswered.count())]
    assert "investment.finance" in unanswered and "investment.plan" not in unanswered
    # free text is optional, and listed as such (so the counts add up)
    comments = review.unanswered.item(unanswered.index("people.comments")).text()
    assert comments.endswith("(optional)")
    review.unanswered.setCurrentRow(unanswered.index("cyber.backups"))
    review.unanswered.itemActivated.emit(review.unanswered.currentItem())
    assert window.pages.currentWidget() is page
    assert page.current_question.id == "cyber.backups"


def test_answering_everything_marks_it_complete_and_reopens_on_results(open_window,
                                                                       qtbot) -> None:
    window = open_window()
    start_assessment(window, qtbot)
    session = window.session
    page = window.questions_page
    for _ in range(40):
        question = page.current_question
        if page._choice_buttons:
            list(page._choice_buttons.values())[-1].click()
        elif page._number is not None:
            page._number.setText("5")
        if window.pages.currentWidget() is not page:
            break
        page.next_button.click()
        if window.pages.currentWidget() is window.review_page:
            break
        assert page.current_question != question
    assert window.pages.currentWidget() is window.review_page
    assert session.unanswered() == ()
    window.review_page.results_button.click()
    assert window._library.get(session.assessment_id).status is Status.COMPLETE
    window.show_library()
    window.library_page.open_button.click()
    assert window.pages.currentWidget() is window.results_page


def test_an_imported_file_shows_the_score_core_computes(open_window, monkeypatch, qtbot,
                                                        catalogue) -> None:
    window = open_window()
    monkeypatch.setattr(dialogs, "ask_import_paths", lambda parent: [CAFE])
    page = window.library_page
    page.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page._worker is None, timeout=10_000)
    page.open_button.click()
    window.show_results()
    stored = window._library.get(page.selected_id())
    assert stored.firm.name == "Harbour Café Ltd"
    expected = score_assessment(catalogue.find("quick-check", "1.0"), stored)
    assert f"Overall score {int(expected.overall)} out of 100" in \
        window.results_page.overall.accessibleName()


def test_opening_an_earlier_version_offers_to_carry_it_over(open_window, monkeypatch, qtbot,
                                                           catalogue, no_real_dialogs) -> None:
    window = open_window()
    monkeypatch.setattr(dialogs, "ask_import_paths", lambda parent: [CAFE])
    page = window.library_page
    page.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page._worker is None, timeout=10_000)
    original = window._library.get(page.selected_id())
    assert original.questionnaire_version == "1.0"
    monkeypatch.setattr(dialogs, "ask_upgrade", lambda parent, name, old, new: (old, new) == (
        "1.0", catalogue.find("quick-check").version))
    page.open_button.click()
    session = window.session
    assert session is not None
    carried = session.assessment
    assert carried.id != original.id
    assert carried.questionnaire_version == catalogue.find("quick-check").version
    # every answer carries; 1.2 asks virus protection on its own, so the ticked box among
    # the basics becomes that question's answer (issue 15, core/upgrade_maps.py)
    expected = {k: v.value for k, v in original.answers.items()}
    expected["cyber.basics"] = frozenset({"firewall"})
    expected["cyber.malware"] = "all"
    assert {k: v.value for k, v in carried.answers.items()} == expected
    assert window._library.get(original.id) == original  # the original is kept as it was
    assert any(title == "Answers carried over" for title, _ in no_real_dialogs)
    assert window._library.count() == 2


def test_window_geometry_is_remembered(open_window) -> None:
    window = open_window()
    window.setGeometry(QRect(20, 30, 760, 540))  # offscreen screen is 800x600
    close_window(window)
    window = open_window()
    assert (window.width(), window.height()) == (760, 540)


def test_new_assessment_checks_the_postcode_as_you_type(open_window, qtbot) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    qtbot.keyClicks(page.postcode, "LS1 4AP")
    assert "Leeds" in page.place.text()
    assert not page.authority.isVisibleTo(page)
    page.postcode.clear()
    qtbot.keyClicks(page.postcode, "TD15")
    assert page.authority.isVisibleTo(page)
    names = [page.authority.itemText(i) for i in range(page.authority.count())]
    assert any("Northumberland" in n for n in names)
    assert any("Scottish Borders" in n for n in names)
    page.authority.setCurrentIndex(1)
    page.name.setText("Border Mill")
    page.start_button.click()
    assert window.pages.currentWidget() is window.questions_page
    chosen = window.session.assessment.firm.authority_code
    assert chosen == page.authority.itemData(1)
    assert window._library.get(window.session.assessment_id).firm.authority_code == chosen
    window.questions_page.review_button.click()
    window.review_page.results_button.click()
    assert "Scottish Borders" in window.results_page.place.text()


def test_new_assessment_refuses_a_bad_postcode_or_no_name_calmly(open_window, qtbot) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    page.start_button.click()
    assert window.pages.currentWidget() is page
    assert "name" in page.message.text()
    page.name.setText("Test Firm")
    qtbot.keyClicks(page.postcode, "ZZ9 9ZZ")
    assert "Not recognised" in page.place.text()
    page.start_button.click()
    assert window.pages.currentWidget() is page
    assert "postcode" in page.message.text().lower()
    assert window._library.count() == 0


def test_f1_explains_how_it_works_and_the_shortcuts(open_window, no_real_dialogs) -> None:
    window = open_window()
    window.show_shortcuts()
    title, text = no_real_dialogs[-1]
    assert title == "How this works"
    for words in ("0 to 4 points", "Starting (0-25)", "critical gap",
                  "everything stays on this computer", "Ctrl+N", "Save and continue"):
        assert words in text, words


def test_opening_and_closing_the_app_many_times_is_clean(open_window, qtbot) -> None:
    """Closing mid-questionnaire, again and again: nothing lost, nothing left behind."""
    for round_ in range(6):
        window = open_window()
        if round_ == 0:
            start_assessment(window, qtbot)
        else:
            window.library_page.refresh()
            window.library_page.open_button.click()
        page = window.questions_page
        assert window.pages.currentWidget() is page
        next(iter(page._choice_buttons.values())).click()
        page.go_next()
        window.close()
        qtbot.wait(10)
    window = open_window()
    assert window.library_page.model.rowCount() == 1


def test_new_assessment_takes_the_time_budget_and_nation_without_a_postcode(
        open_window, qtbot) -> None:
    from readiness_app.core.assessment import BudgetBand
    from readiness_app.core.questionnaire import Nation

    window = open_window()
    window.show_new()
    page = window.new_page
    assert page.nation.isVisibleTo(page)  # no postcode yet: the nation can be picked
    qtbot.keyClicks(page.postcode, "LS1 4AP")
    assert not page.nation.isVisibleTo(page)  # the postcode decides the nation
    page.postcode.clear()
    assert page.nation.isVisibleTo(page)
    page.name.setText("Caffi Bach")
    page.nation.setCurrentIndex(page.nation.findData(Nation.WALES))
    page.hours.setValue(6)
    page.budget.setCurrentIndex(page.budget.findData(BudgetBand.UNDER_500))
    page.start_button.click()
    assert window.pages.currentWidget() is window.questions_page
    firm = window._library.get(window.session.assessment_id).firm
    assert (firm.nation, firm.hours_per_month, firm.budget) == (
        Nation.WALES, 6, BudgetBand.UNDER_500)
    plan = window.session.plan()
    assert plan.nation is Nation.WALES
    assert plan.means.hours_per_month == 6 and plan.means.hours_stated
    window.show_new()
    assert page.hours.value() == 0 and page.nation.currentData() is None  # reset for the next
