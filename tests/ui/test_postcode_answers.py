"""A postcode gets one answer in the app and the CLI, and a postcode that places nothing leads
to a searchable list of local authorities whose choice is saved with the firm."""

from __future__ import annotations

import pytest

from readiness_app.cli import main
from tests.ui.conftest import close_window

pytestmark = pytest.mark.gui

# CF99 9ZZ: a made-up postcode in a real district (Cardiff) - the app once said "Found";
# CF99 1SN: the Senedd, an exact match; AB25 9AA: a non-geographic (large-user) postcode;
# BX1 1LT: HMRC's, non-geographic (no area to place it in); LS1 4A: mistyped (cut short);
# ZZ9 9ZZ: no such area.
POSTCODES = ("CF99 9ZZ", "CF99 1SN", "AB25 9AA", "BX1 1LT", "LS1 4A", "ZZ9 9ZZ")


def cli_answer(postcode: str, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["support", postcode])
    out, err = capsys.readouterr()
    if code != 0:
        assert code == 1
        return err.strip().removeprefix("readiness-app: ")
    line = next(x for x in out.splitlines() if x.startswith("Postcode check:"))
    return line.removeprefix("Postcode check:").strip()


def test_the_app_and_the_cli_give_the_same_answer(open_window, qtbot, capsys) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    answers = {}
    for postcode in POSTCODES:
        page.postcode.clear()
        qtbot.keyClicks(page.postcode, postcode)
        answers[postcode] = page.place.text()
        assert cli_answer(postcode, capsys) == page.place.text(), postcode
    assert answers["CF99 9ZZ"].startswith("Not found: CF99 9ZZ is not in the postcode data")
    assert "Cardiff" in answers["CF99 9ZZ"]
    assert answers["CF99 1SN"].startswith("Found: Cardiff")
    assert "non-geographic" in answers["AB25 9AA"]
    for unplaced in ("AB25 9AA", "BX1 1LT", "LS1 4A", "ZZ9 9ZZ"):
        assert answers[unplaced].startswith("Not recognised:"), unplaced
        assert "local authority by name" in answers[unplaced], unplaced


@pytest.mark.parametrize("postcode", ["CF99 9ZZ", "ZZ9 9ZZ", "AB25 9AA"])
def test_an_unplaced_postcode_leads_to_the_authority_picker(open_window, qtbot,
                                                            postcode: str) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    page.name.setText("Caffi Bach")
    qtbot.keyClicks(page.postcode, postcode)
    assert "local authority by name" in page.place.text()
    picker = page.authority_picker
    assert picker.isVisibleTo(page)
    completer = picker.completer()
    completer.setCompletionPrefix("cardi")  # what typing "cardi" filters (no popup offscreen)
    shown = [completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())]
    assert shown == ["Cardiff (W06000015)"]
    completer.setCompletionPrefix("w0600001")  # part of a code: Welsh councils W0600001x
    shown = [completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())]
    assert "Cardiff (W06000015)" in shown and len(shown) > 5
    assert all("(W0600001" in label for label in shown)
    completer.activated.emit("Cardiff (W06000015)")  # what clicking the suggestion does
    assert picker.authority_code == "W06000015"
    page.start_button.click()
    assert window.pages.currentWidget() is window.questions_page
    assert window._library.get(window.session.assessment_id).firm.authority_code == \
        "W06000015"
    window.questions_page.review_button.click()
    window.review_page.results_button.click()
    assert "Cardiff" in window.results_page.place.text()
    close_window(window)


def test_the_picker_takes_a_code_and_names_a_bad_choice(open_window, qtbot) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    page.name.setText("Caffi Bach")
    qtbot.keyClicks(page.postcode, "ZZ9 9ZZ")
    page.authority_picker.setText("Nowhereshire")
    page.start_button.click()
    assert window.pages.currentWidget() is page
    assert page.message.text().startswith("Local authority: No local authority matches")
    assert window._library.count() == 0
    page.authority_picker.clear()
    page.authority_picker.setText("Caerdydd")  # the Welsh name
    assert page.authority_picker.authority_code == "W06000015"
    page.authority_picker.setText("w06000010")
    assert page.authority_picker.authority_code == "W06000010"
    page.start_button.click()
    assert window._library.get(window.session.assessment_id).firm.authority_code == \
        "W06000010"


def test_a_placed_postcode_hides_the_picker(open_window, qtbot) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    qtbot.keyClicks(page.postcode, "ZZ9 9ZZ")
    assert page.authority_picker.isVisibleTo(page)
    page.postcode.clear()
    qtbot.keyClicks(page.postcode, "SA31 1DL")
    assert page.place.text() == "Found: Carmarthenshire, Wales."
    assert not page.authority_picker.isVisibleTo(page)
