"""A growth hub's pack in the desktop app: built from a folder, installed in a fresh data folder,
then followed by the window title, the questionnaire list, the PDF cover and local support."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from readiness_app.core.assessment import FirmProfile, PackRef
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.hub_pack import (
    active_pack,
    build_pack,
    install_pack,
    pack_questionnaire_paths,
)
from readiness_app.storage.library import Library
from readiness_app.storage.portable import export_assessment, import_files
from readiness_app.ui import dialogs
from readiness_app.ui.main_window import APP_TITLE, MainWindow
from readiness_app.ui.pages.new_assessment_page import NewAssessment
from tests.ui.conftest import CAFE, ROOT

pytestmark = pytest.mark.gui
EXAMPLE = ROOT / "examples" / "hub-pack" / "fellside"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pack") / "fellside.readiness-pack"
    build_pack(EXAMPLE, out, tmp_path_factory.mktemp("build-data"))
    return out


def open_app(qtbot, data_folder: Path) -> tuple[MainWindow, Library]:
    """Open the window as run_gui does: the pack in use, its questionnaires, the library."""
    pack = active_pack(data_folder)
    catalogue = load_catalogue(pack_questionnaire_paths(pack, data_folder))
    library = Library.open(data_folder, questionnaires=catalogue.find)
    window = MainWindow(catalogue, library, data_folder, pack=pack)
    qtbot.addWidget(window)
    window.show()
    return window, library


def finish(window: MainWindow, library: Library) -> None:
    window.close()
    QThreadPool.globalInstance().waitForDone(30_000)
    library.close()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_an_installed_pack_brands_the_app_the_list_the_pdf_and_the_support(
        qtbot, built: Path, data_folder: Path, tmp_path: Path) -> None:
    installed = install_pack(built, data_folder)
    window, library = open_app(qtbot, data_folder)
    try:
        assert window.windowTitle() == "Fellside Business Readiness Check"
        assert window.accent == "#2E5E4E"  # the hub's colour is the app's accent
        assert "Welcome to the Fellside business technology check" in \
            window.library_page.message.text()
        window.show_new()
        combo = window.new_page.questionnaire
        assert combo.itemData(0) == "fellside-check"  # the pack's default comes first
        assert {combo.itemData(i) for i in range(combo.count())} >= {"uk-default",
                                                                       "fellside-check"}
        variant = window._catalogue.find("fellside-check")
        assert variant is not None
        window._on_new_page_start_requested(
            NewAssessment(FirmProfile("Fell Farm Ltd", postcode="CA3 8QG"), variant))
        assessment = window.session.assessment
        assert assessment.pack == installed.ref
        assert library.get(assessment.id).pack == installed.ref  # kept in the library
        window.show_results()
        assert "Fellside Growth Hub" in "\n".join(
            window.results_page.local_support.item_text(i)
            for i in range(window.results_page.local_support.count()))
        target = tmp_path / "plan.pdf"
        worker = window.results_page.start_pdf(target)
        assert worker is not None
        with qtbot.waitSignal(worker.signals.done, timeout=60_000):
            pass
        text = pdf_text(target)
        cover = text.split("\f")[0]
        assert "Fellside Growth Hub" in cover
        assert "Technology readiness for firms in the fells" in cover
        assert "Fellside Digital Clinic" in text  # the pack's directory rows, for Cumberland
        exported = export_assessment(library, assessment.id, tmp_path / "out.readiness")
        pack = json.loads(exported.read_text("utf-8"))["assessment"]["pack"]
        assert pack == {"id": "fellside-growth-hub", "version": "1.0.0",
                        "sha256": installed.pack.sha256}
    finally:
        finish(window, library)


def test_without_a_pack_the_app_keeps_its_own_title(qtbot, data_folder: Path) -> None:
    window, library = open_app(qtbot, data_folder)
    try:
        assert window.windowTitle() == APP_TITLE
        assert window.accent is None
    finally:
        finish(window, library)


def test_install_from_the_menu_previews_then_remove_goes_back(
        qtbot, built: Path, data_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, details: str, yes: str) -> bool:
        asked.append(details)
        return True

    monkeypatch.setattr(dialogs, "ask_pack_path", lambda parent: built)
    monkeypatch.setattr(dialogs, "confirm", confirm)
    window, library = open_app(qtbot, data_folder)
    try:
        assert window.install_hub_pack()
        assert "Window title: Fellside Business Readiness Check" in asked[0]
        assert "Fellside Digital Clinic" in asked[0]
        assert window.windowTitle() == "Fellside Business Readiness Check"
        assert window.new_page.questionnaire.itemData(0) == "fellside-check"
        assert window.remove_hub_pack()
        assert window.windowTitle() == APP_TITLE
        assert window.pack is None
        assert window._catalogue.find("fellside-check") is None
    finally:
        finish(window, library)


def test_a_broken_pack_is_refused_with_its_problems(
        qtbot, tmp_path: Path, data_folder: Path, monkeypatch: pytest.MonkeyPatch,
        no_real_dialogs) -> None:
    bad = tmp_path / "bad.readiness-pack"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(dialogs, "ask_pack_path", lambda parent: bad)
    window, library = open_app(qtbot, data_folder)
    try:
        assert not window.install_hub_pack()
        title, text = no_real_dialogs[-1]
        assert title == "Cannot install the hub pack" and "bad.readiness-pack" in text
        assert window.windowTitle() == APP_TITLE
    finally:
        finish(window, library)


def test_an_assessment_from_a_pack_the_app_lacks_opens_read_only(
        qtbot, data_folder: Path, tmp_path: Path) -> None:
    window, library = open_app(qtbot, data_folder)
    try:
        import_files(library, [CAFE])
        (summary,) = library.list_assessments().items
        stranger = PackRef("other-hub", "2.0", "a" * 64)
        from dataclasses import replace

        from readiness_app.storage import assessment_rows

        assessment = replace(library.get(summary.id), pack=stranger)
        with library._write() as conn:
            assessment_rows.write_pack(conn, library._load(conn, summary.id).pk, assessment)
        assert window.open_assessment(summary.id)
        assert window.pages.currentWidget() is window.results_page
        assert "other-hub 2.0" in window.results_page.message.text()
        assert "read-only" in window.results_page.message.text()
        assert not window.results_page.change_button.isEnabled()
        assert not window.results_page.edit_firm_button.isEnabled()
        before = library.get(summary.id).firm
        window.edit_firm_action.trigger()  # the shortcut is refused with a reason
        assert library.get(summary.id).firm == before
    finally:
        finish(window, library)
