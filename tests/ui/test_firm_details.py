"""Edit firm details: from the library's selected row (Ctrl+Shift+E, or its context menu) and from
the firm header of the question and results pages; the new postcode places the firm again
(authority, nation, local support) and the change survives a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from readiness_app.core.assessment import FirmProfile, SizeBand
from readiness_app.core.questionnaire import Nation
from readiness_app.ui.firm_details_dialog import FirmDetailsDialog
from tests.ui.conftest import close_window
from tests.ui.test_main_window import start_assessment

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog_does(monkeypatch: pytest.MonkeyPatch):
    """What the user does in the (modal) dialog, recorded: the dialog as it opened."""
    seen: list[dict[str, object]] = []
    steps: list[object] = []

    def exec_(dialog: FirmDetailsDialog) -> int:
        form = dialog.form
        seen.append({"name": form.name.text(), "postcode": form.postcode.text(),
                     "size": form.size_band.currentData(),
                     "all_visits": dialog.all_visits.isVisibleTo(dialog),
                     "questionnaire_shown": form.questionnaire.isVisibleTo(dialog),
                     "start_shown": form.start_button.isVisibleTo(dialog)})
        for step in steps:
            step(dialog)  # type: ignore[operator]
        return int(dialog.result())

    monkeypatch.setattr(FirmDetailsDialog, "exec", exec_)
    return seen, steps


def move_to_carmarthen(dialog: FirmDetailsDialog) -> None:
    dialog.form.name.setText("Harbour Café Cyf")
    dialog.form.postcode.setText("SA31 1DL")
    dialog.save_button.click()


def test_from_the_library_row_with_ctrl_shift_e(open_window, qtbot, dialog_does) -> None:
    seen, steps = dialog_does
    steps.append(move_to_carmarthen)
    window = open_window()
    start_assessment(window, qtbot)  # Harbour Café Ltd, LS1 4AP (Leeds)
    assessment_id = window.session.assessment_id
    window.show_library()
    page = window.library_page
    assert page.selected_id() == assessment_id
    page.search.setFocus()  # in a text box too (where Ctrl+E would be "end of line")
    qtbot.keyClick(page.search, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == [{"name": "Harbour Café Ltd", "postcode": "LS1 4AP", "size": None,
                     "all_visits": False, "questionnaire_shown": False,
                     "start_shown": False}]
    row = page.model.summary_at(0)
    assert (row.firm_name, row.authority) == ("Harbour Café Cyf", "Carmarthenshire")
    assert "Harbour Café Cyf" in page.message.text()
    assert window.edit_firm_action in page.table.actions()  # the row's context menu
    close_window(window)

    window = open_window()  # after a restart
    assert window.library_page.model.summary_at(0).authority == "Carmarthenshire"
    assert window.open_assessment(assessment_id)
    assert window.session.assessment.firm.postcode == "SA31 1DL"
    assert window.session.nation() is Nation.WALES


def test_from_the_results_header_the_plan_follows(open_window, qtbot, dialog_does) -> None:
    _seen, steps = dialog_does
    steps.append(move_to_carmarthen)
    window = open_window()
    start_assessment(window, qtbot)
    window.show_results()
    results = window.results_page
    assert "Leeds" in results.place.text()
    results.edit_firm_button.click()
    assert window.pages.currentWidget() is results
    assert "Harbour Café Cyf" in results.title.text()
    assert "Carmarthenshire" in results.place.text()
    assert results.support is not None and results.support.nation is Nation.WALES
    assert "Harbour Café Cyf" in window.windowTitle()


def test_from_the_question_page_header(open_window, qtbot, dialog_does) -> None:
    _seen, steps = dialog_does
    steps.append(move_to_carmarthen)
    window = open_window()
    start_assessment(window, qtbot)
    questions = window.questions_page
    questions.go_to("people.staff")
    questions.edit_firm_button.click()
    assert questions.current_question.id == "people.staff"  # still where the user was
    assert questions.firm_label.text().startswith("Harbour Café Cyf · ")
    assert window.session.nation() is Nation.WALES


def test_a_problem_is_shown_in_the_dialog_which_stays_open(open_window, qtbot,
                                                          dialog_does) -> None:
    _seen, steps = dialog_does
    results: list[str] = []

    def empty_name(dialog: FirmDetailsDialog) -> None:
        dialog.form.name.setText("   ")
        dialog.save_button.click()
        results.append(dialog.form.message.text())
        assert dialog.result() == 0  # not accepted

    steps.append(empty_name)
    window = open_window()
    start_assessment(window, qtbot)
    window.show_results()
    window.edit_firm_action.trigger()
    assert results and "name cannot be empty" in results[0]
    assert window.session.assessment.firm.name == "Harbour Café Ltd"


def test_the_other_visits_are_offered_and_keep_their_size(open_window, qtbot,
                                                         dialog_does) -> None:
    seen, steps = dialog_does

    def small_and_moved(dialog: FirmDetailsDialog) -> None:
        index = dialog.form.size_band.findText("Small", Qt.MatchFlag.MatchStartsWith)
        dialog.form.size_band.setCurrentIndex(index)
        move_to_carmarthen(dialog)

    steps.append(small_and_moved)
    window = open_window()
    start_assessment(window, qtbot)
    first = window.session.assessment_id
    window.show_library()
    window.copy_assessment(first)
    second = window.session.assessment_id
    window.edit_firm_action.trigger()  # on the question page of the copy
    assert seen[-1]["all_visits"] is True
    library = window._library
    assert library.get(second).firm.size_band is SizeBand.SMALL
    assert library.get(first).firm.size_band is None
    assert library.get(first).firm.name == "Harbour Café Cyf"
    assert library.summary(first).authority == "Carmarthenshire"


def test_nothing_to_edit_says_so(open_window, qtbot, no_real_dialogs, dialog_does) -> None:
    seen, _steps = dialog_does
    window = open_window()
    window.edit_firm_action.trigger()  # an empty library, nothing open
    assert no_real_dialogs[-1][0] == "Edit firm details"
    start_assessment(window, qtbot)
    window.show_cohort()  # an assessment is open, but the page is about every firm
    window.edit_firm_action.trigger()
    assert len(no_real_dialogs) == 2 and not seen


@pytest.mark.parametrize(("postcode", "shown"), [("TD15", "S12000026"), ("TD15 1AA", None)])
def test_the_confirmed_authority_of_a_split_district_is_shown_and_kept(
        open_window, qtbot, dialog_does, postcode: str, shown: str | None) -> None:
    """TD15 reaches into Northumberland and the Scottish Borders: the Borders, confirmed
    when the assessment was started, is the choice the dialog shows for the district (a full
    postcode offers no choice), and saving another correction (the name) keeps it."""
    _seen, steps = dialog_does
    chosen: list[object] = []

    def rename(dialog: FirmDetailsDialog) -> None:
        chosen.append(dialog.form.authority.currentData())
        dialog.form.name.setText("Tweed Joinery")
        dialog.save_button.click()

    steps.append(rename)
    window = open_window()
    start_assessment(window, qtbot, name="Tweed Joiners", postcode=postcode)
    window._library.save_profile(
        window.session.assessment_id,
        FirmProfile("Tweed Joiners", postcode=postcode, authority_code="S12000026"))
    window.session.reload()
    window.edit_firm_action.trigger()
    assert chosen == [shown]
    firm = window.session.assessment.firm
    assert (firm.name, firm.authority_code) == ("Tweed Joinery", "S12000026")
    assert window.session.nation() is Nation.SCOTLAND
