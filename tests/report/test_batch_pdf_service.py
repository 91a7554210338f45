"""The batch PDF service (issue 16, item 9): the hub's branding on every plan, a re-assessment
with "Since your last check", and a branding file that cannot be used stops the batch before
any PDF with a message naming it."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from readiness_app.core.errors import ReadinessError
from readiness_app.services.batch_pdf import batch_plan_pdfs
from readiness_app.services.library import open_library
from readiness_app.storage.portable import import_files

ROOT = Path(__file__).parents[2]
CAFE = ROOT / "tests" / "data" / "assessments" / "cafe_quick_check.readiness"
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
BRANDING = ROOT / "examples" / "hub-pack" / "fellside" / "branding" / "branding.json"
TODAY = dt.date(2027, 5, 3)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_branding_and_since_last_check_on_every_plan(tmp_path: Path) -> None:
    with open_library(tmp_path / "data") as library:
        import_files(library, [CAFE])
        later = library.copy_for_reassessment(CAFE_ID)
        seen: list[str] = []
        report = batch_plan_pdfs(library, [CAFE_ID, later.id], tmp_path / "out", today=TODAY,
                                 branding_path=BRANDING,
                                 report=lambda done, total, text: seen.append(text))
    assert len(report.written) == 2 and not report.failed
    assert seen[-1] == "Done" and "Harbour Café Ltd" in seen[0]
    first, second = (_text(i.path) for i in report.written if i.path is not None)
    assert "Fellside" in first and "Fellside" in second
    assert "Since your last check" not in first and "Since your last check" in second


def test_a_bad_branding_file_stops_before_any_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "branding.json"
    bad.write_text("{not json", encoding="utf-8")
    with open_library(tmp_path / "data") as library:
        import_files(library, [CAFE])
        with pytest.raises(ReadinessError) as caught:
            batch_plan_pdfs(library, [CAFE_ID], tmp_path / "out", today=TODAY,
                            branding_path=bad)
    assert str(bad) in str(caught.value)
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_welsh_batch_makes_welsh_plans_and_says_what_failed_in_welsh(tmp_path: Path) -> None:
    """The app's batch in Welsh (issue 20): the PDFs, the progress and a firm's problem."""
    from readiness_app.services.language import messages

    with open_library(tmp_path / "data") as library:
        import_files(library, [CAFE])
        seen: list[str] = []
        report = batch_plan_pdfs(library, [CAFE_ID, "0" * 32], tmp_path / "out", today=TODAY,
                                 report=lambda done, total, text: seen.append(text),
                                 language="cy")
    assert seen[0] == "Yn gwneud cynllun Harbour Café Ltd…" and seen[-1] == "Wedi'i wneud"
    (made,) = report.written
    assert made.path is not None and "Cynllun gweithredu" in _text(made.path)
    (failed,) = report.failed
    line = failed.describe(messages("cy"))
    assert line.startswith("00000000 (00000000): heb ei wneud – "), line
    assert failed.describe().startswith("00000000 (00000000): not made – ")
