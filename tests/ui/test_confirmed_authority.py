"""The local authority confirmed for a split postcode district is part of the firm's profile:
it survives the library, an exported file and an import, and the PDF saved from the app and
``readiness-app report`` on the same assessment name the same local organisations."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from readiness_app.cli import main
from readiness_app.core.assessment import FirmProfile
from readiness_app.storage import paths
from readiness_app.storage.library import Library
from readiness_app.storage.portable import export_assessment, import_files
from tests.ui.conftest import close_window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("pdftotext") is None,
                       reason="poppler-utils is installed by scripts/setup.sh test"),
]

# TD15 reaches into Northumberland (most of it) and the Scottish Borders
# (see tests/core/test_geography.py); the directory has a Business Gateway for the Borders
# and the North East Growth Hub for Northumberland.
DISTRICT = "TD15"
BORDERS = "S12000026"
BORDERS_ORGANISATION = "Business Gateway The Scottish Borders"
NORTHUMBERLAND_ORGANISATION = "North East Growth Hub"
TODAY = dt.date(2026, 11, 23)


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-nopgbrk", str(path), "-"], capture_output=True,
                            text=True, check=True)
    return " ".join(result.stdout.split())  # lines wrap differently in no two places


def gui_pdf(window, qtbot, target: Path) -> str:
    page = window.results_page
    page.today = TODAY
    worker = page.start_pdf(target)
    assert worker is not None
    with qtbot.waitSignal(worker.signals.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page._worker is None)
    return pdf_text(target)


def cli_pdf(source: Path, target: Path, capsys) -> str:
    assert main(["report", str(source), "-o", str(target), "--date", TODAY.isoformat()]) == 0
    capsys.readouterr()
    return pdf_text(target)


def test_the_confirmed_authority_travels_and_both_pdfs_name_its_support(
        open_window, qtbot, tmp_path, catalogue, capsys) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    page.name.setText("Border Mill")
    qtbot.keyClicks(page.postcode, DISTRICT)
    page.authority.setCurrentIndex(page.authority.findData(BORDERS))
    assert page.authority.currentData() == BORDERS and page.authority.currentIndex() > 0
    page.start_button.click()
    assessment_id = window.session.assessment_id

    # the library keeps it (and the settings do not)
    assert window._library.get(assessment_id).firm.authority_code == BORDERS
    assert window.settings.legacy_authority(assessment_id) is None

    # the PDF saved from the app
    window.show_results()
    assert "Scottish Borders" in window.results_page.place.text()
    from_app = gui_pdf(window, qtbot, tmp_path / "app.pdf")
    assert BORDERS_ORGANISATION in from_app
    assert NORTHUMBERLAND_ORGANISATION not in from_app

    # an exported file carries it, and an import into another library keeps it
    exported = export_assessment(window._library, assessment_id, tmp_path / "out")
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["schema_version"] == 5
    assert data["assessment"]["firm"]["authority_code"] == BORDERS
    with Library.open(tmp_path / "other", questionnaires=catalogue.find) as other:
        assert import_files(other, [exported]).ok
        assert other.get(assessment_id).firm.authority_code == BORDERS

    # `readiness-app report FILE` names the same organisations: the same text, word for word
    from_cli = cli_pdf(exported, tmp_path / "cli.pdf", capsys)
    assert BORDERS_ORGANISATION in from_cli
    assert from_cli == from_app
    close_window(window)


def test_without_a_confirmed_authority_the_pdfs_name_the_main_one(
        open_window, qtbot, tmp_path, capsys) -> None:
    """The control for the test above: the district's main authority is not the Borders."""
    window = open_window()
    window.show_new()
    page = window.new_page
    page.name.setText("Border Mill")
    qtbot.keyClicks(page.postcode, DISTRICT)
    page.start_button.click()
    window._library.save_profile(window.session.assessment_id,
                                 FirmProfile("Border Mill", postcode=DISTRICT))
    window.open_assessment(window.session.assessment_id)
    window.show_results()
    from_app = gui_pdf(window, qtbot, tmp_path / "app.pdf")
    exported = export_assessment(window._library, window.session.assessment_id,
                                 tmp_path / "out")
    from_cli = cli_pdf(exported, tmp_path / "cli.pdf", capsys)
    for text in (from_app, from_cli):
        assert NORTHUMBERLAND_ORGANISATION in text
        assert BORDERS_ORGANISATION not in text
    close_window(window)


def test_an_authority_kept_in_the_settings_moves_into_the_profile_once(
        open_window, catalogue, data_folder) -> None:
    quick = catalogue.find("quick-check")
    with Library.open(data_folder, questionnaires=catalogue.find) as library:
        made = library.create(FirmProfile("Border Mill", postcode=DISTRICT), quick)
        other = library.create(FirmProfile("Other Mill", postcode=DISTRICT), quick)
    # as an earlier version of the app left them
    old = QSettings(str(paths.settings_file(data_folder)), QSettings.Format.IniFormat)
    old.setValue(f"authority/{made.id}", BORDERS)
    old.setValue(f"authority/{other.id}", "not a code")
    old.sync()
    del old

    window = open_window()
    assert window.settings.legacy_authority(made.id) == BORDERS  # untouched until opened
    assert window.open_assessment(made.id)
    assert window.session.assessment.firm.authority_code == BORDERS
    assert window._library.get(made.id).firm.authority_code == BORDERS
    assert window.settings.legacy_authority(made.id) is None
    window.show_results()
    assert "Scottish Borders" in window.results_page.place.text()

    assert window.open_assessment(other.id)  # a value that is not a code is dropped
    assert window._library.get(other.id).firm.authority_code is None
    assert window.settings.legacy_authority(other.id) is None
    close_window(window)
    reread = QSettings(str(paths.settings_file(data_folder)), QSettings.Format.IniFormat)
    assert "authority" not in reread.childGroups()
