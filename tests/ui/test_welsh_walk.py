"""A Welsh-speaking owner does the whole flow in Welsh: menus and pages from the Qt catalogue,
the quick check's questions from its Welsh overlay, the results, and the PDF saved from the
app in Welsh (no English heading left, checked against the English catalogue)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QLabel

from readiness_app.services.language import messages
from readiness_app.ui import dialogs, i18n
from readiness_app.ui.settings import UiSettings
from tests.report.test_welsh_pdf import english_headings
from tests.ui.test_main_window import start_assessment

pytestmark = pytest.mark.gui


def test_the_language_follows_the_saved_choice_then_the_system(data_folder) -> None:
    settings = UiSettings(data_folder)
    assert settings.language() is None
    assert i18n.choose(settings.language()) == i18n.system_language()
    settings.set_language("cy")
    settings.sync()
    assert i18n.choose(UiSettings(data_folder).language()) == "cy"
    assert i18n.choose("xx") == i18n.system_language()  # an unknown value is ignored


def test_a_missing_catalogue_leaves_the_app_in_english(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(i18n, "asset_path", lambda name: tmp_path / "none.qm")
    try:
        assert i18n.install(qapp, "cy") == "en"
        assert i18n.language() == "en"
    finally:
        i18n.install(qapp, "en")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_whole_flow_in_welsh(welsh, open_window, qtbot, catalogue, tmp_path,
                                 monkeypatch) -> None:
    window = open_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == "&Ffeil" and "Gosodiadau" in menus and "&Cymorth" in menus
    start_assessment(window, qtbot, name="Becws Tŷ Gwyn", postcode="SA31 1DL")
    page = window.questions_page
    questionnaire = window.session.questionnaire
    assert questionnaire.id == "quick-check"
    seen = 0
    while window.pages.currentWidget() is page:
        question = page.current_question
        assert question is not None
        welsh_text = question.text.get("cy")
        assert welsh_text != question.text.get("en")  # the quick check is fully in Welsh
        assert page.question_text.text() == welsh_text
        assert re.fullmatch(r"Cwestiwn \d+ o \d+", page.position_label.text())
        assert page.help_button.text() == "Beth mae hyn yn ei &olygu"
        shown = " ".join(w.text() for w in page.options_box.findChildren(QLabel))
        for option in question.options:  # the answers in Welsh too
            assert option.text.get("cy") in shown
        buttons = list(page._choice_buttons.values())
        if buttons:
            buttons[0].click()  # the lowest answers: the plan has actions
        elif page._dont_know is not None:
            page._dont_know.click()
        page.next_button.click()
        seen += 1
        assert seen < 40
    assert window.pages.currentWidget() is window.review_page
    assert window.review_page.results_button.text() == "&Gweld y canlyniadau"
    window.review_page.results_button.click()
    results = window.results_page
    assert window.pages.currentWidget() is results
    assert results.title.text().startswith("Canlyniadau Becws Tŷ Gwyn")
    assert results.pdf_button.text() == "Cadw'r cynllun gweithredu &PDF…"

    target = tmp_path / "cynllun.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    results.pdf_button.click()
    qtbot.waitUntil(lambda: target.exists() and results._worker is None, timeout=60_000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    cy = messages("cy")
    left = [h for h in english_headings() if h in text and cy(h) != h]
    assert left == []  # no English heading left
    assert cy("Next 30 days") in text
    assert "Becws Tŷ Gwyn" in text  # Welsh letters reach the text layer


def test_settings_language_saves_the_choice_for_the_next_start(open_window, data_folder,
                                                              no_real_dialogs) -> None:
    window = open_window()
    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Settings")
    language_menu = settings_menu.actions()[0].menu()
    choices = {a.text(): a for a in language_menu.actions()}
    assert set(choices) == {"English", "Cymraeg"}
    assert choices["English"].isChecked()  # the language of this run
    choices["Cymraeg"].trigger()
    assert UiSettings(data_folder).language() == "cy"
    assert no_real_dialogs == [("Language", "The app will be in Cymraeg the next time you "
                                            "start it.")]


def test_a_welsh_sector_suggestion_reads_welsh_and_suggests_its_section(welsh, open_window,
                                                                         qtbot) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    shown = [page.sector.itemText(i) for i in range(page.sector.count())]
    assert "Manwerthu" in shown and "Retail" not in shown
    page.sector.setCurrentIndex(page.sector.findText("Manwerthu"))
    assert page.section.currentData() == "G"  # found through the suggestion's English
    page.sector.setCurrentIndex(page.sector.findText("Gweithgynhyrchu"))
    assert page.section.currentData() == "C"
    page.name.setText("Gwaith Coed Ŵy")
    assert page.collect_firm().sector == "Gweithgynhyrchu"  # kept as the owner chose it


def test_the_postcode_check_speaks_welsh(welsh, open_window, qtbot) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    page.postcode.setText("CF10 1AA")
    qtbot.waitUntil(lambda: "Caerdydd" in page.place.text())
    assert "Found" not in page.place.text()
    page.postcode.setText("12345")
    qtbot.waitUntil(lambda: "12345" in page.place.text())
    assert messages("cy")("Not recognised: {reason}.").split("{reason}")[0] in page.place.text()
    assert "postcode" not in page.place.text()
