"""The PDF plan in Welsh: no English heading left, Welsh dates and page numbers, /Lang cy,
Welsh letters in the text layer, and the bilingual plan (Welsh, then English)."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.language import messages
from readiness_app.services.plan_pdf import make_plan_pdf

ROOT = Path(__file__).parents[2]
QUICK_CHECK_EXAMPLE = ROOT / "examples" / "scotland-dental-glasgow.readiness"  # quick-check
TODAY = dt.date(2026, 11, 23)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by scripts/setup.sh test")


def english_headings() -> list[str]:
    """Every heading the report code writes (``_Heading(tr("..."))``), plus the plan's
    period headings: the English catalogue's headings."""
    tree = ast.parse((ROOT / "readiness_app" / "report" / "document.py").read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "_Heading" and node.args
                and isinstance(node.args[0], ast.Call)
                and isinstance(node.args[0].func, ast.Name) and node.args[0].func.id == "tr"):
            literal = node.args[0].args[0]
            assert isinstance(literal, ast.Constant)
            found.append(literal.value)
    return [*found, "Next 30 days", "Next 3 months", "Next 12 months"]


@pytest.fixture(scope="module")
def quick_check_assessment():
    catalogue = load_catalogue()
    assessment, questionnaire = read_assessment_bytes(
        QUICK_CHECK_EXAMPLE.read_bytes(), str(QUICK_CHECK_EXAMPLE), catalogue.find)
    # Welsh letters in the firm's name must reach the text layer intact.
    firm = replace(assessment.firm, name="Deintyddfa Tŷ Ŵyn â ê î ô û ï ŷ")
    return replace(assessment, firm=firm), questionnaire


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "plan.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                            check=True)
    return result.stdout


def test_the_headings_list_is_the_report_s_own() -> None:
    headings = english_headings()
    assert "Your results at a glance" in headings
    assert "Involving your staff in the changes" in headings
    assert len(headings) >= 20


def test_welsh_pdf_has_no_english_heading_left(quick_check_assessment, tmp_path) -> None:
    assessment, questionnaire = quick_check_assessment
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True,
                        language="cy")
    lines = {line.strip() for line in pdf_text(pdf, tmp_path).splitlines()}
    left = [h for h in english_headings() if h in lines]
    assert left == []
    cy = messages("cy")
    for heading in ("Your results at a glance", "Your action plan", "Support near you",
                    "Involving your staff in the changes", "Appendix: your answers",
                    "Sources and notes"):
        assert cy(heading) in lines, heading
    # the staff page in Welsh, and the quick check's own texts in Welsh
    assert "Gofynnwch cyn dewis" in lines
    assert "Buddsoddi mewn technoleg" in lines


def test_welsh_pdf_dates_pages_language_and_letters(quick_check_assessment, tmp_path) -> None:
    assessment, questionnaire = quick_check_assessment
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True,
                        language="cy")
    text = pdf_text(pdf, tmp_path)
    assert "Tudalen 1 o " in text and "Page 1 of" not in text
    # a source is cited as published ("page read 29 November 2026"): only the report's own
    # dates are Welsh, so the sources' own words are taken out before looking for English
    cited = " ".join(text.split())
    for question in questionnaire.questions:
        for source in question.sources:
            cited = cited.replace(" ".join(source.version.split()), "")
    assert "23 Tachwedd 2026" in text and "November" not in cited
    assert "Deintyddfa Tŷ Ŵyn â ê î ô û ï ŷ" in text  # the text layer round-trips
    assert b"/Lang (cy)" in pdf
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    assert "Cynllun gweithredu parodrwydd technoleg: Deintyddfa Tŷ Ŵyn" in info.stdout.decode()


def test_english_pdf_is_unchanged_by_the_catalogue(quick_check_assessment, tmp_path) -> None:
    assessment, questionnaire = quick_check_assessment
    text = pdf_text(make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True),
                    tmp_path)
    assert "Page 1 of " in text and "23 November 2026" in text
    assert "Your results at a glance" in text and "Tudalen" not in text


def test_bilingual_pdf_is_welsh_then_english(quick_check_assessment, tmp_path) -> None:
    assessment, questionnaire = quick_check_assessment
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True,
                        language="cy+en")
    text = pdf_text(pdf, tmp_path)
    welsh = text.index("Eich canlyniadau yn gryno")
    english = text.index("Your results at a glance")
    assert welsh < english
    assert "Tudalen 1 o " in text and "Page 1 of " in text  # both in every footer
    assert b"/Lang (cy)" in pdf


def test_report_command_takes_the_language(tmp_path, capsys) -> None:
    out = tmp_path / "cynllun.pdf"
    code = main(["report", str(QUICK_CHECK_EXAMPLE), "-o", str(out), "--language", "cy",
                 "--date", "2026-11-23"])
    assert code == 0, capsys.readouterr().err
    assert "Tudalen 1 o " in pdf_text(out.read_bytes(), tmp_path, "read.pdf")
    assert main(["report", str(QUICK_CHECK_EXAMPLE), "--language", "fr"]) == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_an_unknown_language_is_a_clear_error(quick_check_assessment) -> None:
    assessment, questionnaire = quick_check_assessment
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        make_plan_pdf(questionnaire, assessment, today=TODAY, language="fr")


def test_score_and_plan_print_in_welsh(capsys) -> None:
    assert main(["score", str(QUICK_CHECK_EXAMPLE), "--language", "cy"]) == 0
    out = capsys.readouterr().out
    assert "Gwiriad cyflym o barodrwydd technoleg (quick-check" in out
    assert "Yn gyffredinol: 84 / 100, Uwch" in out and "Overall" not in out
    welsh_firm = ROOT / "examples" / "wales-bakery-carmarthen.readiness"
    assert main(["plan", str(welsh_firm), "--language", "cy"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cynllun gweithredu ar gyfer Becws Tŷ Melyn Cyf")
    assert "Y 30 diwrnod nesaf" in out and "Canolfan Seibergadernid Cymru" in out
    assert "Next 30 days" not in out
