"""The PDF says how old the support directory is and labels rows due a check."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.plan_pdf import make_plan_pdf, report_content

ROOT = Path(__file__).parents[2]
WALES = ROOT / "examples" / "wales-bakery-carmarthen.readiness"
CHECKED = dt.date(2026, 11, 30)  # the day after the review: only never-checked rows labelled
A_YEAR_ON = dt.date(2027, 12, 1)  # every row was checked more than twelve months before

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by scripts/setup.sh test")


@pytest.fixture(scope="module")
def wales():
    catalogue = load_catalogue()
    return read_assessment_bytes(WALES.read_bytes(), str(WALES), catalogue.find)


def _words(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def test_contacts_carry_the_label_by_the_day_the_plan_is_made(wales) -> None:
    assessment, questionnaire = wales
    fresh = report_content(questionnaire, assessment, today=CHECKED)
    old = report_content(questionnaire, assessment, today=A_YEAR_ON)
    fresh_flags = {c.name: c.check_first for _, cs in fresh.support for c in cs}
    assert fresh_flags and not all(fresh_flags.values())  # checked rows are not labelled
    assert all(c.check_first for _, cs in old.support for c in cs)
    assert all(c.check_first for _, rows in old.plan for r in rows for c in r.support)


def test_pdf_shows_the_directory_age_and_the_label(wales, tmp_path: Path) -> None:
    assessment, questionnaire = wales
    content = report_content(questionnaire, assessment, today=CHECKED)
    words = _words(make_plan_pdf(questionnaire, assessment, today=CHECKED), tmp_path)
    assert "Directory checked: November 2026." in words
    support_page = words[words.index("Support near you"):]
    for _, contacts in content.support:
        for contact in contacts:
            labelled = f"{' '.join(contact.name.split())} ({contact.scope}) Check before"
            assert (labelled in support_page) is contact.check_first, contact.name
    later = _words(make_plan_pdf(questionnaire, assessment, today=A_YEAR_ON), tmp_path)
    assert later.count("Check before relying on it") > words.count("Check before relying on it")
