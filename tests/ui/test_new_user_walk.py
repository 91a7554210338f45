"""What got in the way of three new users walking through the app (a café owner with the
mouse, the same by keyboard alone, an adviser in Welsh at 1024x600), each checked here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from readiness_app.ui import i18n, text_dialog
from readiness_app.ui.page_keys import mnemonic, page_keys, plain
from tests.ui.test_main_window import start_assessment

pytestmark = pytest.mark.gui


def active(window, qtbot) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()


def cafe_results(open_window, qtbot):
    """The window, active, on the results of the example café imported into its library."""
    from readiness_app.storage.portable import import_files
    from tests.ui.conftest import CAFE

    window = open_window()
    import_files(window._library, [CAFE])
    window.library_page.refresh()
    window.open_assessment(window._library.list_assessments().items[0].id)
    window.show_results()
    active(window, qtbot)
    return window


def test_enter_on_a_focused_button_presses_it(open_window, qtbot) -> None:
    """Qt's buttons take Enter only in dialogs: on a page Enter on "Save and continue" did
    nothing, and a keyboard user had to know to press Space instead."""
    window = open_window()
    active(window, qtbot)
    start_assessment(window, qtbot)
    page = window.questions_page
    first = page.current_question.id
    next(iter(page._choice_buttons.values())).click()
    page.next_button.setFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current_question.id != first)
    shown = page.help_button.isChecked()
    page.help_button.setFocus()
    qtbot.keyClick(page.help_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: page.help_button.isChecked() != shown)
    # a line edit keeps its own Enter (the new-assessment page starts on it), and a
    # disabled button stays unpressed
    page.back_button.setEnabled(False)
    page.back_button.setFocus()
    here = page.current_question.id
    qtbot.keyClick(page.back_button, Qt.Key.Key_Return)
    qtbot.wait(150)
    assert page.current_question.id == here


def test_enter_that_starts_an_assessment_answers_nothing(open_window, qtbot) -> None:
    """Enter in the firm's name starts the assessment; the same Enter must not go on to
    press the first answer, which has the focus once the question is shown."""
    window = open_window()
    active(window, qtbot)
    window.show_new()
    qtbot.keyClicks(window.new_page.name, "Enter Ltd")
    qtbot.keyClick(window.new_page.name, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.questions_page
    qtbot.wait(200)
    session = window.session
    assert [q.id for q in session.questionnaire.questions if session.answer(q.id)] == []


def test_qt_own_buttons_are_in_welsh(welsh) -> None:
    """Cancel, Close and OK came from Qt's catalogue, which has no Welsh: the share dialog,
    the firm's history and every message box showed English buttons in a Welsh app."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Iawn", "Canslo", "Cau"}
    message = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Ok)
    assert message.button(QMessageBox.StandardButton.Ok).text().replace("&", "") == "Iawn"


def test_f1_fits_the_screen_scrolls_and_closes_with_esc(open_window, qtbot, monkeypatch,
                                                        no_real_dialogs) -> None:
    """F1's help was an 828 px message box on a 600 px screen, its lines re-wrapped."""
    window = open_window()
    window.show_shortcuts()
    title, text = no_real_dialogs[-1]
    shown: list[text_dialog.TextDialog] = []
    monkeypatch.setattr(text_dialog.TextDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail("message box"))
    text_dialog.show_text(window, title, text)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    room = window.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    assert dialog.text.toPlainText() == text  # every line as written, the box scrolls
    assert dialog.close_button is not None
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)  # no focus trap in the text
    assert QApplication.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_f1_lists_the_keys_of_the_page_on_screen(open_window, qtbot, no_real_dialogs) -> None:
    """F1 listed some keys of each page: clear answer, private note, all assessments and
    others were missing. The page's own buttons now say which Alt key each has."""
    window = open_window()
    start_assessment(window, qtbot)
    window.show_shortcuts()
    _title, text = no_real_dialogs[-1]
    for key in ("Alt+L  Clear answer", "Alt+V  Adviser's private note…",
                "Alt+A  All assessments", "Alt+N  Save and continue"):
        assert f"  {key}\n" in text, key
    assert "Esc closes a dialog" in text
    keys = page_keys(window.questions_page)
    assert len(keys) == len(set(keys))


def test_f1_heading_and_page_keys_in_welsh(welsh, open_window, qtbot, no_real_dialogs) -> None:
    window = open_window()
    start_assessment(window, qtbot, name="Becws Tŷ Gwyn", postcode="SA31 1DL")
    window.show_shortcuts()
    _title, text = no_real_dialogs[-1]
    assert "Keyboard shortcuts" not in text and "Llwybrau byr y bysellfwrdd" in text
    assert "Ar y dudalen hon" in text
    assert "  Alt+U  Cadw a pharhau" in text  # the Welsh button's own letter


@pytest.mark.parametrize(("text", "letter", "shown"), [
    ("C&lear answer", "l", "Clear answer"), ("Save a&nd continue", "n", "Save and continue"),
    ("Tom && Jerry", None, "Tom & Jerry"), ("&Search:", "S", "Search"),
    ("R&&D &budget", "b", "R&D budget"), ("end&", None, "end")])
def test_a_buttons_underlined_letter(text: str, letter: str | None, shown: str) -> None:
    assert mnemonic(text) == letter
    assert plain(text) == shown


def test_spin_boxes_are_not_cut_off(open_window) -> None:
    """The time for the plan read "Not qiven": with the app's stylesheet, Qt's spin boxes
    were 3 px lower than a line edit and the bottom of the text was cut."""
    window = open_window()
    window.show_new()
    page = window.new_page
    inner = page.hours.findChild(QLineEdit)
    assert inner.height() >= inner.fontMetrics().height()
    assert page.hours.height() >= page.postcode.height()


def test_a_welsh_questionnaire_title_shows_whole_at_1024(welsh, open_window, qtbot) -> None:
    """The Welsh full check's title with its time was cut off at 1024x600 ("... 32 mu")."""
    window = open_window()
    window.resize(1024, 600)
    window.show_new()
    combo = window.new_page.questionnaire
    qtbot.waitUntil(lambda: combo.isVisible())
    metrics = combo.fontMetrics()
    for index in range(combo.count()):
        assert metrics.horizontalAdvance(combo.itemText(index)) + 30 <= combo.width(), \
            combo.itemText(index)
    assert window.width() <= 1024


def test_tab_reaches_the_action_boxes_where_they_are_on_the_page(open_window, qtbot) -> None:
    """The boxes of "Where each action stands" came after the buttons at the bottom, and
    "Edit firm details" (at the top) last of all: Tab jumped about the page."""
    window = cafe_results(open_window, qtbot)
    page = window.results_page
    boxes = list(page.tracker.boxes.values())
    assert len(boxes) >= 2
    qtbot.waitUntil(lambda: all(box.isVisible() for box in boxes))  # shown by the layout
    page.later.setFocus()
    chain = []
    for _ in range(len(boxes) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    names = {id(w): n for n, w in vars(page).items() if isinstance(w, QWidget)}
    shown = [names.get(id(w), w.accessibleName()) for w in chain]
    assert chain == [*boxes, page.strengths], shown
    page.library_button.setFocus()
    qtbot.keyClick(page.library_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.edit_firm_button  # round to the top


def test_the_next_start_lands_on_the_question_the_owner_left(open_window, qtbot) -> None:
    """Closed mid-way, the app reopened on the library: an owner had to find the row and
    press Open. It now reopens the assessment at its question; one left from the library,
    the results or once complete opens the library as before."""
    from tests.ui.conftest import close_window

    window = open_window()
    start_assessment(window, qtbot)
    page = window.questions_page
    next(iter(page._choice_buttons.values())).click()
    page.next_button.click()
    where = page.current_question.id
    assessment_id = window.session.assessment_id
    close_window(window)

    window = open_window()
    assert window.pages.currentWidget() is window.questions_page
    assert window.session.assessment_id == assessment_id
    assert window.questions_page.current_question.id == where
    window.show_library()
    close_window(window)

    window = open_window()  # left from the library: the library
    assert window.pages.currentWidget() is window.library_page
    window.open_assessment(assessment_id)
    window._library.trash(assessment_id)  # e.g. from the command line meanwhile
    close_window(window)
    window = open_window()  # one in the trash is not reopened
    assert window.pages.currentWidget() is window.library_page


def test_enter_in_the_batch_search_filters_and_makes_nothing(filled, qtbot, tmp_path) -> None:
    """Typing a firm's name and pressing Enter in "Firms matching" pressed the dialog's
    default button: the PDFs of every firm still listed were made at once."""
    from readiness_app.ui.batch_dialog import BatchPdfDialog

    window = filled
    dialog = BatchPdfDialog(window._library, window._open_library, tmp_path / "plans",
                            pack=window.pack, parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    every = dialog.list.count()
    assert every > 1
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "Joinery")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.list.count() == 1  # filtered at once, not 200 ms later
    assert dialog._worker is None and not (tmp_path / "plans").exists()
    assert dialog.isVisible()


def test_the_empty_library_gives_the_checks_own_times(open_window, catalogue) -> None:
    """The first screen said "about 25 minutes for the full check, 10 for the quick one"
    while choosing a check said 22 to 32 and 5 to 9: now both come from the questionnaires."""
    window = open_window()
    full = catalogue.latest("uk-default").estimated_minutes
    quick = catalogue.latest("quick-check").estimated_minutes
    text = window.library_page.step_texts[0].text()
    assert text.startswith(f"About {full[0]} to {full[1]} minutes for the full check, "
                           f"{quick[0]} to {quick[1]} for the quick one. ")
    window.new_page.set_questionnaires(catalogue.current())
    combo = window.new_page.questionnaire
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert any(f"about {full[0]} to {full[1]} minutes" in item for item in shown)
    window.library_page.set_check_times(None, None)  # unknown (a pack without them): no times
    assert window.library_page.step_texts[0].text() == (
        "Every answer is saved as you go; stop whenever you like.")


def test_the_empty_library_times_in_welsh(welsh, open_window, catalogue) -> None:
    window = open_window()
    full = catalogue.latest("uk-default").estimated_minutes
    assert window.library_page.step_texts[0].text().startswith(
        f"Tua {full[0]} i {full[1]} munud ar gyfer y gwiriad llawn")


def test_one_action_reads_in_the_singular(open_window, qtbot) -> None:
    """A plan of one action said "This year's plan has 1 actions ... has them all"."""
    window = open_window()
    start_assessment(window, qtbot, name="Keyboard Cafe", postcode="CF10 1AA",
                     questionnaire_id="uk-default")
    page = window.questions_page
    page._choice_buttons["ideas"].click()
    window.show_results()
    note = window.results_page.plan_note.text()
    assert note.startswith("This year's plan has 1 action, fitted to about "), note
    assert note.endswith(" The PDF plan has it, with a table to fill in who does what by when.")
    assert "1 actions" not in note and "  " not in note


def test_a_focused_card_list_and_chart_show_it(open_window, qtbot) -> None:
    """Tab reached "Do these first" and the chart of areas with nothing on screen to say so."""
    window = cafe_results(open_window, qtbot)
    page = window.results_page
    for widget in (page.priorities, page.chart):
        page.library_button.setFocus()
        qtbot.wait(20)
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.wait(20)
        assert widget.grab().toImage() != before, widget.accessibleName()


def dialog_keys(window, qtbot, monkeypatch) -> dict[str, list[str]]:
    """The Alt keys of the batch, firm details, history and share dialogs, each shown."""
    from readiness_app.ui import batch_dialog, firm_details_dialog, firm_history
    from readiness_app.ui.share_dialog import ShareDialog

    made: list[QWidget] = []
    for kind in (batch_dialog.BatchPdfDialog, firm_details_dialog.FirmDetailsDialog,
                 firm_history.FirmHistoryDialog):
        monkeypatch.setattr(kind, "exec", lambda self: made.append(self) or 0)
    window.show_library()
    window.library_page.table.selectRow(0)
    window.show_batch_pdfs()
    window.edit_firm_details()
    window.library_page.show_history()
    first = window._library.list_assessments().items[0].id
    made.append(ShareDialog(window._library.get(first), True, window))
    found = {}
    for dialog in made:
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        found[type(dialog).__name__] = page_keys(dialog)
        dialog.close()
    assert len(found) == 4
    return found


@pytest.mark.parametrize("language", ["en", "cy"])
def test_no_two_controls_of_a_page_share_an_alt_letter(open_window, qtbot, qapp, monkeypatch,
                                                       language) -> None:
    """Alt+L on the new-assessment page went to "Time for the plan" or "Back to the
    library" by turns, Welsh Alt+P on the results to the PDF or "All assessments", Welsh
    Alt+C in the firm's details to the postcode or Save, Alt+I in the batch dialog to
    "Select none" or the private notes: a letter two controls share moves the focus between
    them instead of pressing one."""
    from collections import Counter

    from readiness_app.storage.portable import import_files
    from tests.ui.conftest import CAFE, EXAMPLES

    i18n.install(qapp, language)  # before the window: its pages are built in the language
    try:
        window = open_window()
        import_files(window._library, [CAFE, *EXAMPLES])
        window.library_page.refresh()
        pages = {}
        window.show_library()
        pages["library"] = page_keys(window.library_page)
        window.show_new()
        pages["new"] = page_keys(window.new_page)
        start_assessment(window, qtbot, name="Caffi", postcode="CF10 1AA")
        next(iter(window.questions_page._choice_buttons.values())).click()
        pages["questions"] = page_keys(window.questions_page)
        window.show_review()
        pages["review"] = page_keys(window.review_page)
        window.show_results()
        pages["results"] = page_keys(window.results_page)
        with qtbot.waitSignal(window.cohort_page.loaded, timeout=60_000):
            window.show_cohort()
        pages["cohort"] = page_keys(window.cohort_page)
        pages.update(dialog_keys(window, qtbot, monkeypatch))
    finally:
        i18n.install(qapp, "en")
    shared = {name: [k for k in keys if Counter(x.split()[0] for x in keys)[k.split()[0]] > 1]
              for name, keys in pages.items()}
    assert shared == {name: [] for name in pages}


def test_esc_stops_the_work_in_progress(open_window, qtbot, tmp_path, monkeypatch) -> None:
    """Cancel's Alt+C was also "Change answers" (and "Export CSV files" on the cohort): while
    a PDF was being made, Alt+C went to one or the other by turns. Esc stops it now."""
    import threading

    from readiness_app.ui.pages import results_page

    # the PDF takes a fifth of a second: hold it until Esc has been pressed
    release = threading.Event()
    made = results_page.plan_pdf_bytes

    def held(*args, **kwargs):
        release.wait(10)
        return made(*args, **kwargs)

    monkeypatch.setattr(results_page, "plan_pdf_bytes", held)

    window = cafe_results(open_window, qtbot)
    page = window.results_page
    assert mnemonic(page.progress.cancel_button.text()) is None
    target = tmp_path / "plan.pdf"
    worker = page.start_pdf(target)
    qtbot.waitUntil(page.progress.cancel_button.isVisible)
    active(window, qtbot)  # a shortcut acts in the active window only
    with qtbot.waitSignal(worker.signals.done, timeout=30_000):
        # Esc presses Cancel with a short animation: hold the PDF until the press lands
        with qtbot.waitSignal(page.progress.cancel_requested, timeout=5_000):
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
        release.set()
    qtbot.waitUntil(lambda: page._worker is None)
    assert not target.exists()
    assert "no PDF was saved" in page.message.text()
