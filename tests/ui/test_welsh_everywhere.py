"""Every page and dialog an owner and an adviser use reads in Welsh when the app runs in Welsh:
each step's visible texts (labels, buttons, table headings and cells, list items, tooltips,
accessible names, menus, dialog texts) are read by ``tests/ui/visible_text.py`` and none may
still be English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from readiness_app.core.assessment import ActionStatus
from readiness_app.services import local_support
from readiness_app.services.hub_pack import build_pack
from readiness_app.storage.portable import SCRUBBED_NAME, import_files
from readiness_app.ui import dialogs, errors
from readiness_app.ui.batch_dialog import BatchPdfDialog
from readiness_app.ui.firm_history import FirmHistoryDialog
from readiness_app.ui.share_dialog import ShareDialog
from readiness_app.ui.widgets import CardList
from tests.ui.conftest import CAFE, EXAMPLES, ROOT
from tests.ui.test_main_window import start_assessment
from tests.ui.visible_text import (
    ALLOWED_WORDS,
    ENGLISH_WORDS,
    Seen,
    english_leftovers,
    english_words_in,
    visible_texts,
    welsh_texts,
)

pytestmark = pytest.mark.gui
ASK_UPGRADE = dialogs.ask_upgrade  # the real ones (the UI tests' fixture replaces them)
ASK_PASSWORD = dialogs.ask_password
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
FIRM = "Becws Tŷ Gwyn"

#: texts that stay as they are in Welsh: firm names and the owners' own words (sector) of the
#: test data, English place names, the sources the plan cites in their own words
#: (docs/welsh.md), the name a scrubbed file really holds, a command-line option
ALLOWED = (
    FIRM, "Harbour Café Ltd", "Hartley & Sons Joinery Ltd", "Lagan Freight Services Ltd",
    "Kelvinside Dental Care", "Lisburn and Castlereagh", "Food and drink (bakery and café)",
    "Manufacturing (joinery and shopfitting)", "Transport and logistics",
    "Health (dental practice)", "Cyber Essentials", SCRUBBED_NAME,
    "CIPD, Workplace technology: the employee experience", "Alt+Left", "Alt+Right", "Delete",
)

#: a hub pack's own names and texts, shown as the pack gives them (its Welsh forms where the
#: pack has them)
PACK_OWN_WORDS = ("Fellside Business Readiness Check", "Fellside business technology check",
                  "Welcome to the Fellside business technology check from Fellside Growth Hub.")

#: the cause of a damaged file as Python's own reader words it, kept in brackets after the
#: Welsh problem (docs/welsh.md), and an English region's name
PYTHON_DETAILS = ("Unterminated string starting at", "File is not a zip file")
ENGLISH_PLACES = ("Yorkshire and The Humber",)

#: still English, for a reason outside the app's texts (see docs/welsh.md): none left in the
#: pages walked here (the sector suggestions and a number's unit became Welsh)
KNOWN_LEFTOVERS: tuple[str, ...] = ()


def organisation_names() -> list[str]:
    """The support organisations that have no Welsh name (shown as they are called)."""
    welsh = local_support.organisation_names("cy")
    return [o.name for o in local_support.load_directory().organisations
            if o.id not in welsh]


def test_the_english_words_are_never_welsh() -> None:
    """The word list catches English only: no Welsh text of the catalogues uses one of its
    words (outside the names and key names allowed, and the sources cited in English)."""
    assert not ENGLISH_WORDS & ALLOWED_WORDS
    used = [(t, english_words_in(t, ALLOWED)) for t in welsh_texts()
            if english_words_in(t, ALLOWED) and "CIPD" not in t]  # the cited sources
    assert used == []


def test_a_leftover_is_found_by_its_catalogue_text_or_its_words() -> None:
    found = english_leftovers([Seen("label", "Atebwyd 3 o 5 cwestiwn"),
                               Seen("cell", "Not started"),
                               Seen("header", "Firms"),
                               Seen("label", "Harbour Café Ltd, LS1 4AP")],
                              allowed=["Harbour Café Ltd"])
    assert len(found) == 2
    assert "'Not started'" in found[0] or "'Not started'" in found[1]
    assert any("Firms" in f for f in found)


def _capture_exec(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog],
                  seen: dict[str, list[Seen]], step: str) -> None:
    """``cls().exec()`` shows nothing: its texts are read, then it is cancelled."""

    def exec_(self: QDialog) -> int:
        self.show()
        QApplication.processEvents()
        seen[step] = visible_texts(self)
        self.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(cls, "exec", exec_)


def test_every_page_and_dialog_reads_in_welsh(welsh, open_window, qtbot, monkeypatch,
                                              no_real_dialogs, tmp_path: Path) -> None:
    seen: dict[str, list[Seen]] = {}

    def look(step: str, widget: QWidget) -> None:
        QApplication.processEvents()
        seen[step] = visible_texts(widget)

    window = open_window()
    look("empty library", window)
    window.library_page.new_button.click()
    look("new assessment", window)
    window.show_library()
    start_assessment(window, qtbot, name=FIRM, postcode="SA31 1DL")
    page = window.questions_page
    number = 0
    while window.pages.currentWidget() is page:
        number += 1
        look(f"question {number}", window)
        buttons = list(page._choice_buttons.values())
        if number == 2 and page._dont_know is not None:
            page._dont_know.click()  # a "don't know" for the review
        elif number == 3:
            page.notes.setPlainText("Gofyn i'r cyfrifydd")  # a note, and no answer
        elif buttons:
            buttons[0].click()
        elif page._dont_know is not None:
            page._dont_know.click()
        page.next_button.click()
        assert number < 40
    look("review", window)
    summary = window.review_page.summary.text()
    assert summary.startswith("Atebwyd ") and "heb eu hateb eto" in summary
    assert "(dewisol)" in window.review_page.all_answers.text()
    window.review_page.results_button.click()
    look("results", window)
    results = window.results_page
    target = tmp_path / "cynllun.pdf"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    results.pdf_button.click()
    qtbot.waitUntil(lambda: target.exists() and results._worker is None, timeout=60_000)
    look("results, PDF saved", window)

    library = window._library
    import_files(library, [CAFE, *EXAMPLES])
    window.open_assessment(CAFE_ID)
    window.show_results()
    window.session.track_action("set-up-backups", ActionStatus.DONE)
    window.session.track_action("switch-on-two-step", ActionStatus.IN_PROGRESS)
    look("results, tracking", window)
    window.copy_assessment(CAFE_ID)
    window.session.save_answer("cyber.backups", "tested")
    window.show_results()
    look("results of a second visit", window)
    results.since_last.compare_button.click()
    look("compare with the last visit", window)

    window.show_library()
    look("library with firms", window)
    library_page = window.library_page
    model = library_page.model
    authorities = [model.data(model.index(r, model.AUTHORITY)) for r in range(model.rowCount())]
    assert "Sir Gaerfyrddin" in authorities and "Leeds" in authorities  # Welsh names in Welsh
    assert library_page.count_label.text() == "busnesau: 6"
    library_page.level_filter.setCurrentIndex(library_page.level_filter.findData("established"))
    look("library, no firm matches", window)
    library_page.reset_filters()
    library_page.latest_only.setChecked(False)
    look("library, every visit", window)
    library_page.latest_only.setChecked(True)
    row = next(r for r in range(library_page.model.rowCount())
               if library_page.model.summary_at(r).firm_name == "Harbour Café Ltd")
    library_page.table.selectRow(row)
    _capture_exec(monkeypatch, FirmHistoryDialog, seen, "firm history")
    library_page.history_button.click()

    dialog = ShareDialog(library.get(CAFE_ID))
    qtbot.addWidget(dialog)
    dialog.show()
    look("share dialog", dialog)
    dialog.scrub.setChecked(True)
    dialog.protect.setChecked(True)
    look("share dialog, anonymised with a password", dialog)
    dialog.close()

    _capture_exec(monkeypatch, BatchPdfDialog, seen, "batch PDFs")
    window.show_batch_pdfs()

    with qtbot.waitSignal(window.cohort_page.loaded, timeout=60_000):
        window.show_cohort()
    look("cohort report", window)

    about: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: about.append(
        f"{title}\n{text}"))
    window.show_shortcuts()
    window.show_data_folder()
    window.show_about()
    seen["help and other messages"] = [Seen(f"message {title!r}", f"{title}\n{text}")
                                       for title, text in no_real_dialogs] + [
        Seen("about", text) for text in about]

    assert set(seen) >= {"review", "library with firms", "firm history", "batch PDFs",
                         "compare with the last visit", "cohort report", "share dialog"}
    allowed = (*ALLOWED, *organisation_names(), *untranslated_descriptions(), str(tmp_path))
    seen = {step: [t for t in texts if t.text not in KNOWN_LEFTOVERS]
            for step, texts in seen.items()}
    leftovers = [f"{step}: {problem}" for step, texts in seen.items()
                 for problem in english_leftovers(texts, allowed)]
    assert leftovers == [], "\n".join(leftovers)


def test_a_number_question_reads_in_welsh_unit_and_messages(welsh, open_window,
                                                            qtbot) -> None:
    """The staff question shows its unit in Welsh, and a number typed in words ("deuddeg")
    or below the limit gets its message beside the field in Welsh."""
    window = open_window()
    start_assessment(window, qtbot, name=FIRM, postcode="SA31 1DL")
    page = window.questions_page
    page.go_to("people.staff")
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert "o bobl" in shown and "people" not in shown
    field = page._editor.number_field
    field.insert("deuddeg")  # QTest.keyClicks asserts on non-ASCII; insert types it all
    page.next_button.click()
    assert page.current_question.id == "people.staff"
    assert page._editor.problem_label.text() == "Rhowch y nifer, er enghraifft 12 o bobl"
    field.clear()
    field.insert("0")
    page.next_button.click()
    assert page._editor.problem_label.text() == "Rhowch o leiaf 1"
    field.clear()
    field.insert("12")
    page.next_button.click()
    assert window.session.answer("people.staff").value == 12.0
    window.show_review()
    assert "12 o bobl" in window.review_page.all_answers.text()


def test_the_dialogs_details_read_in_welsh(welsh, qtbot, monkeypatch, tmp_path: Path) -> None:
    seen: list[Seen] = []

    def exec_(box: QMessageBox) -> int:
        seen.extend(visible_texts(box, everything=True))
        seen.append(Seen("informative text", box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    ASK_UPGRADE(None, FIRM, "1.1", "1.2")
    crash = errors.CrashDialog(None, "ValueError: x", "Traceback ...", tmp_path / "app.log")
    qtbot.addWidget(crash)
    seen += visible_texts(crash, everything=True)
    assert any("Trosglwyddo'r atebion" in s.text for s in seen)
    asked: list[str] = []  # the password of sealed files being imported, one and several
    monkeypatch.setattr(QInputDialog, "getText", lambda parent, title, label, *args: (
        asked.append(f"{title}\n{label}") or ("", False)))
    assert ASK_PASSWORD(None, ["becws.readiness"]) is None
    assert ASK_PASSWORD(None, [f"becws-{n}.readiness" for n in range(5)]) is None
    assert "a 2 arall" in asked[1]
    seen += [Seen("password prompt", text) for text in asked]
    problems = english_leftovers([s for s in seen if s.text != "Traceback ..."],
                                 (FIRM, str(tmp_path), "ValueError: x"))
    assert problems == [], "\n".join(problems)


def test_file_dialogs_name_their_files_in_welsh(welsh) -> None:
    shown = dialogs.shown_filter(dialogs.ASSESSMENT_FILTER)
    assert shown.startswith("Ffeiliau asesu (*.readiness *.readiness-encrypted);;")
    assert shown.endswith(";;Pob ffeil (*)")
    assert dialogs.shown_filter(dialogs.PDF_FILTER) == "Ffeiliau PDF (*.pdf)"
    assert english_words_in(dialogs.shown_filter(dialogs.SEALED_FILTER)) == []


def untranslated_descriptions() -> list[str]:
    """The support organisations' descriptions that have no Welsh yet (English and Scottish
    regional rows: docs/welsh.md), shown in the directory's English."""
    welsh = local_support.organisation_descriptions("cy")
    return [o.description for o in local_support.load_directory().organisations
            if o.id not in welsh]


def _card_texts(cards: CardList) -> list[str]:
    return [cards.item_text(i) for i in range(cards.count())]


def test_errors_pack_preview_later_reasons_and_support_read_in_welsh(
        welsh, open_window, qtbot, monkeypatch, no_real_dialogs, tmp_path: Path) -> None:
    seen: dict[str, list[Seen]] = {}
    window = open_window()
    library = window._library
    import_files(library, EXAMPLES)

    # a plan with "why later" reasons, the budget's among them: examples/england-joinery as
    # a firm that says it has under £500 a year (its basics are then done the free way, and
    # actions with a cost wait for the budget)
    from dataclasses import replace

    from readiness_app.core.assessment import BudgetBand

    firm = library.get("england-joinery").firm
    library.save_profile("england-joinery", replace(firm, budget=BudgetBand.UNDER_500))
    window.open_assessment("england-joinery")
    window.show_results()
    QApplication.processEvents()
    later = _card_texts(window.results_page.later)
    # the budget reason, in Welsh with its budget band
    assert any("y tu hwnt i'ch cyllideb (llai na £500 y flwyddyn)" in text for text in later), \
        later
    assert "Cyfeiriadur wedi'i wirio" in window.results_page.place.text()
    seen["results with later reasons"] = visible_texts(window)

    # support near a firm in Wales: the organisations' descriptions in Welsh
    window.open_assessment("wales-bakery")
    window.show_results()
    QApplication.processEvents()
    support = _card_texts(window.results_page.local_support)
    assert any("Busnes Cymru" in text and "Gwasanaeth un stop" in text for text in support), \
        support
    seen["results in Wales, local support"] = visible_texts(window)

    # a damaged assessment file imported: its problem in Welsh, naming the file
    damaged = tmp_path / "wedi-difrodi.readiness"
    damaged.write_bytes(CAFE.read_bytes()[:50])
    window.show_library()
    window.library_page.start_import([damaged])
    qtbot.waitUntil(lambda: window.library_page._worker is None, timeout=30_000)
    title, text = no_real_dialogs[-1]
    assert str(damaged) in text
    seen["import of a damaged file"] = [Seen("import message", f"{title}\n{text}")]

    # a hub pack: what installing it changes, then a broken pack's error dialog
    pack = tmp_path / "fellside.readiness-pack"
    build_pack(ROOT / "examples" / "hub-pack" / "fellside", pack, tmp_path / "build")
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_pack_path", lambda parent: pack)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, details, yes: (
        asked.append(f"{title}\n{text}\n{details}\n{yes}") and False))
    assert not window.install_hub_pack()
    assert asked and "Teitl y ffenestr" in asked[0], asked
    seen["hub pack preview"] = [Seen("install dialog", asked[0])]
    broken = tmp_path / "wedi-torri.readiness-pack"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(dialogs, "ask_pack_path", lambda parent: broken)
    assert not window.install_hub_pack()
    title, text = no_real_dialogs[-1]
    assert str(broken) in text
    seen["a broken hub pack"] = [Seen("error dialog", f"{title}\n{text}")]

    allowed = (*ALLOWED, *organisation_names(), *untranslated_descriptions(), str(tmp_path),
               *PACK_OWN_WORDS, *PYTHON_DETAILS, *ENGLISH_PLACES)
    seen = {step: [t for t in texts if t.text not in KNOWN_LEFTOVERS]
            for step, texts in seen.items()}
    leftovers = [f"{step}: {problem}" for step, texts in seen.items()
                 for problem in english_leftovers(texts, allowed)]
    assert leftovers == [], "\n".join(leftovers)
