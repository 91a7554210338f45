"""The PDF of a re-assessed firm: "Since your last check", tracked actions in the plan table,
and notes: the firm's always, the adviser's private ones only when chosen (and said so)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.core.assessment import ActionRecord, ActionStatus
from readiness_app.services.compare import compare_with_previous, visit_from_library
from readiness_app.services.library import open_library
from readiness_app.services.plan_pdf import make_plan_pdf
from readiness_app.storage.portable import import_files

CAFE = Path(__file__).parents[1] / "data" / "assessments" / "cafe_quick_check.readiness"
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
DAY = dt.date(2027, 5, 3)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by scripts/setup.sh test")


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _re_assessed(data_dir: Path) -> str:
    """The café, re-assessed: backups now tested; one action done, one in progress."""
    with open_library(data_dir) as library:
        assert import_files(library, [CAFE]).ok
        library.save_private_note(CAFE_ID, "cyber.backups", "Owner evasive about the till PC")
        library.set_action_status(CAFE_ID, ActionRecord(
            "set-up-backups", ActionStatus.DONE, dt.datetime(2027, 1, 15, tzinfo=dt.UTC),
            "Owner"))
        library.set_action_status(CAFE_ID, ActionRecord(
            "switch-on-two-step", ActionStatus.IN_PROGRESS,
            dt.datetime(2027, 2, 1, tzinfo=dt.UTC)))
        later = library.copy_for_reassessment(CAFE_ID)
        library.save_answer(later.id, "cyber.backups", "tested")
        return later.id


def test_the_pdf_of_a_second_visit_says_what_changed(tmp_path: Path) -> None:
    later_id = _re_assessed(tmp_path / "data")
    with open_library(tmp_path / "data") as library:
        comparison = compare_with_previous(library, later_id)
        assert comparison is not None and compare_with_previous(library, CAFE_ID) is None
        questionnaire, later = visit_from_library(library, later_id)
        pdf = make_plan_pdf(questionnaire, later, today=DAY, since_last=comparison,
                            deterministic=True)
        (tmp_path / "a.pdf").write_bytes(pdf)
        first_q, first = visit_from_library(library, CAFE_ID)
        (tmp_path / "first.pdf").write_bytes(make_plan_pdf(first_q, first, today=DAY,
                                                           deterministic=True))
    text = " ".join(_text(tmp_path / "a.pdf").split())
    assert "Since your last check" in text
    assert "Compared with the check of 2 November 2026" in text
    assert "1 done, 1 in progress" in text
    assert "Better:" in text and "Someone copies files now and then" in text
    assert "Owner evasive" not in text  # private notes stay out by default
    assert "The adviser's private notes are not included" in text

    first = " ".join(_text(tmp_path / "first.pdf").split())
    assert "Since your last check" not in first  # no previous visit
    assert "Done, 15 Jan 2027 (Owner)" in first  # the plan table shows tracked actions
    assert "In progress, 1 Feb 2027" in first


def test_report_by_library_id_with_private_notes(tmp_path: Path, capsys) -> None:
    later_id = _re_assessed(tmp_path / "data")
    out = tmp_path / "second.pdf"
    code = main(["report", "--data-dir", str(tmp_path / "data"), later_id[:8], "-o", str(out),
                 "--date", "2027-05-03", "--include-private-notes"])
    assert code == 0, capsys.readouterr().err
    text = " ".join(_text(out).split())
    assert "Since your last check" in text
    assert "Adviser's private note" in text and "Owner evasive about the till PC" in text
    assert "and, marked \u201cAdviser's private note\u201d, the adviser's private notes" in text
