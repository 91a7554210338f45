"""The PDF action plan: text round-trips, support on every action, structure, repeatability."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.core.assessment import FirmProfile
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.report.branding import BrandingError, load_branding
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.plan_pdf import make_plan_pdf, report_content

ROOT = Path(__file__).parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.readiness"))
TODAY = dt.date(2026, 11, 23)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is installed by scripts/setup.sh test")


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def load(path: Path, catalogue):
    return read_assessment_bytes(path.read_bytes(), str(path), catalogue.find)


def pdf_text(pdf: bytes, tmp_path: Path, *extra: str) -> str:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True,
                            text=True, check=True)
    assert result.stderr == ""
    return result.stdout


def pdfinfo(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    assert result.stderr == "", result.stderr  # opens without warnings
    return dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)


def unembedded_fonts(pdf: bytes, tmp_path: Path) -> list[str]:
    """Fonts the PDF names but does not carry (pdffonts' 'emb' column is 'no')."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                            check=True)
    rows = [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]
    assert rows, result.stdout
    return [row[0] for row in rows if row[-5] != "yes"]


@pytest.mark.parametrize("name", [
    '<b>Smith & Sons</b> "Ltd"',
    "Caffi Ŵyn Llŷn",
    "Tŷ Coffi ☕ 😀 & Co",
    "The Very Long Named Joinery, Shopfitting, Kitchen Installation and Bespoke Furniture "
    "Company of Upper Llanfihangel Ltd",
])
def test_firm_names_print_literally(name: str, catalogue, tmp_path: Path) -> None:
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    assessment = assessment.with_firm(replace(assessment.firm, name=name))
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True)
    words = " ".join(pdf_text(pdf, tmp_path, "-f", "1", "-l", "1").split())
    assert name in words
    assert "Page 1 of" in words


def test_long_name_wraps_on_the_cover(catalogue, tmp_path: Path) -> None:
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    name = " ".join(["Llanfihangel"] * 10)  # 129 characters
    assessment = assessment.with_firm(FirmProfile(name))
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY)
    cover = pdf_text(pdf, tmp_path, "-f", "1", "-l", "1", "-layout")
    lines = [line for line in cover.splitlines() if "Llanfihangel" in line]
    assert len(lines) >= 2  # wrapped, not cut off
    assert sum(line.count("Llanfihangel") for line in lines) == 10


def test_welsh_letters_and_notes_round_trip(catalogue, tmp_path: Path) -> None:
    path = next(p for p in EXAMPLES if "wales" in p.name)
    assessment, questionnaire = load(path, catalogue)
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY)
    words = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Becws Tŷ Melyn Cyf" in words
    for answer in assessment.answers.values():
        if answer.note:
            assert " ".join(answer.note.split())[:40] in words


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_action_carries_local_support(example: Path, catalogue, tmp_path: Path) -> None:
    assessment, questionnaire = load(example, catalogue)
    content = report_content(questionnaire, assessment, today=TODAY)
    rows = [row for _, period in content.plan for row in period]
    assert rows, "the examples all have gaps"
    assert all(row.support for row in rows)
    assert all(c.scope in {"local", "regional", "national"} for r in rows for c in r.support)
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY)
    words = " ".join(pdf_text(pdf, tmp_path).split())
    for row in rows:  # the plan table names every contact of the action
        assert all(" ".join(c.name.split()) in words for c in row.support)
    assert unembedded_fonts(pdf, tmp_path) == []  # prints and archives the same everywhere
    info = pdfinfo(pdf, tmp_path)
    pages = int(info["Pages"])
    assert 6 <= pages <= 40
    assert f"Page {pages} of {pages}" in words
    assert info["Title"].strip().endswith(assessment.firm.name)
    assert content.place.split(",")[0] in words


def test_unchecked_phone_numbers_are_not_printed(catalogue) -> None:
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    content = report_content(questionnaire, assessment, today=TODAY)
    from readiness_app.services.local_support import load_directory

    directory = load_directory()
    unchecked = {o.name: o.unchecked_phone for o in directory.organisations if o.unchecked_phone}
    for _, contacts in content.support:
        for contact in contacts:
            if contact.name in unchecked:
                assert contact.phone is None


def test_same_inputs_give_the_same_bytes(catalogue) -> None:
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    first = make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True)
    second = make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True)
    assert first == second
    other_day = make_plan_pdf(questionnaire, assessment, today=dt.date(2026, 12, 1),
                              deterministic=True)
    assert other_day != first


def test_metadata_language_and_bookmarks(catalogue) -> None:
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY, deterministic=True)
    assert b"/Lang (en)" in pdf
    assert b"/Outlines" in pdf
    outline_titles = re.findall(rb"/Title \(([^)]*)\)", pdf)
    assert len(outline_titles) >= 8  # cover, summary, three areas, plan, support, ...


def test_no_postcode_falls_back_to_uk_wide_support(catalogue, tmp_path: Path) -> None:
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    assessment = assessment.with_firm(replace(assessment.firm, postcode=""))
    content = report_content(questionnaire, assessment, today=TODAY)
    assert content.place.startswith("UK-wide support only")
    assert all(row.support for _, rows in content.plan for row in rows)
    words = " ".join(pdf_text(make_plan_pdf(questionnaire, assessment, today=TODAY),
                              tmp_path).split())
    assert "For UK-wide support only" in words
    assert ".." not in words  # the place's own full stop is not doubled


def test_branding_file_problems_are_all_listed(tmp_path: Path) -> None:
    bad = tmp_path / "branding.json"
    bad.write_text('{"organisation": "", "primary_colour": "blue", "accent_colour": "#123456",'
                   ' "logo": "../secret.png", "surprise": 1}', encoding="utf-8")
    with pytest.raises(BrandingError) as info:
        load_branding(bad)
    text = str(info.value)
    for field in ("organisation", "primary_colour", "logo", "surprise"):
        assert field in text
    assert str(bad) in text


def test_growth_hub_branding_with_logo(catalogue, tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (40, 40), "#AA3300").save(tmp_path / "logo.png")
    (tmp_path / "branding.json").write_text(
        '{"organisation": "Anytown Growth Hub", "primary_colour": "#AA3300", '
        '"accent_colour": "#003366", "logo": "logo.png", "website": "https://example.org"}',
        encoding="utf-8")
    branding = load_branding(tmp_path / "branding.json")
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY, branding=branding)
    assert "Anytown Growth Hub" in pdf_text(pdf, tmp_path, "-f", "1", "-l", "1")
    assert unembedded_fonts(pdf, tmp_path) == []


def test_cli_report_one_file_and_a_batch(tmp_path: Path, capsys) -> None:
    out = tmp_path / "plan.pdf"
    assert main(["report", str(EXAMPLES[0]), "-o", str(out), "--date", "2026-11-23"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    folder = tmp_path / "batch"
    assert main(["report", *map(str, EXAMPLES), "-o", str(folder), "--jobs", "2"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.stem + "-action-plan.pdf" for p in EXAMPLES)
    err = capsys.readouterr().err
    assert f"{len(EXAMPLES)}/{len(EXAMPLES)}" in err


def test_cli_report_unwritable_destination_is_a_clear_error(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "plan.pdf"  # a path under a file cannot be created
    code = main(["report", str(EXAMPLES[0]), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1
    assert str(target) in err and "cannot be written" in err
    assert blocker.read_text(encoding="utf-8") == "x"


def test_a_note_longer_than_a_page_still_prints(catalogue, tmp_path: Path) -> None:
    from readiness_app.core.assessment import Answer

    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    question_id = sorted(assessment.answers)[0]
    old = assessment.answers[question_id]
    note = "\n".join(f"Line {i}: the adviser wrote a great deal here about this answer."
                     for i in range(70))  # about 4,800 characters, taller than a page
    assessment = assessment.with_answer(questionnaire, Answer(question_id, old.value, note))
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY)
    words = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Line 0:" in words and "Line 69:" in words


def test_cli_report_all_from_the_library(tmp_path: Path, capsys) -> None:
    data = tmp_path / "library"
    assert main(["import", *map(str, EXAMPLES[:2]), "--data-dir", str(data)]) == 0
    out = tmp_path / "plans"
    assert main(["report", "--all", str(out), "--data-dir", str(data), "--jobs", "2"]) == 0
    pdfs = sorted(out.glob("*-action-plan.pdf"))
    assert len(pdfs) == 2
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    capsys.readouterr()
    assert main(["report", "--all", str(out), str(EXAMPLES[0])]) == 2


def test_plan_table_header_repeats_on_each_page_it_covers(catalogue, tmp_path: Path) -> None:
    path = next(p for p in EXAMPLES if "england" in p.name)  # a plan over several pages
    assessment, questionnaire = load(path, catalogue)
    content = report_content(questionnaire, assessment, today=TODAY)
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY)
    pages = pdf_text(pdf, tmp_path).split("\f")
    first = next(i for i, page in enumerate(pages) if "Your action plan" in page)
    last = next(i for i, page in enumerate(pages) if "Support near you" in page)
    titles = [row.title for _, rows in content.plan for row in rows]
    with_rows = [page for page in pages[first:last]
                 if any(" ".join(t.split()[:4]) in " ".join(page.split()) for t in titles)]
    assert len(with_rows) >= 2  # the plan table runs over more than one page
    for page in with_rows:
        assert "Action and first step" in page


def test_a_batch_on_two_processes_writes_the_same_files_as_one(tmp_path: Path) -> None:
    """The process pool changes only the speed: every PDF is byte for byte the serial one."""
    written = {}
    for jobs in ("1", "2"):
        folder = tmp_path / f"jobs{jobs}"
        assert main(["report", *map(str, EXAMPLES), "-o", str(folder), "--jobs", jobs,
                     "--date", "2026-11-23"]) == 0
        written[jobs] = {p.name: p.read_bytes() for p in sorted(folder.iterdir())}
    assert len(written["1"]) == len(EXAMPLES)
    assert written["2"] == written["1"]


def test_actions_of_one_topic_each_show_their_support(catalogue) -> None:
    """Rows that share their support contacts (laid out once) still each carry them: every
    row links each of its contacts' websites."""
    assessment, questionnaire = load(EXAMPLES[0], catalogue)
    content = report_content(questionnaire, assessment, today=TODAY)
    rows = [row for _, period in content.plan for row in period]
    in_rows = Counter(c.website for row in rows for c in row.support if c.website)
    assert max(in_rows.values()) > 1, "the example has actions that share a contact"
    pdf = make_plan_pdf(questionnaire, assessment, today=TODAY)
    links = Counter(url.decode() for url in re.findall(rb"/URI \((https?://[^)]*)\)", pdf))
    for website, count in in_rows.items():
        assert links[website] >= count, website


def test_a_paragraph_measured_at_another_width_is_laid_out_again() -> None:
    """The plan's paragraphs break their lines once per width, never reuse another width's."""
    from reportlab.lib.styles import ParagraphStyle

    from readiness_app.report.document import Paragraph

    style = ParagraphStyle("t", fontSize=10, leading=12)
    words = "Back up the files that matter to a place that is not always connected. " * 4
    fresh = {width: Paragraph(words, style).wrap(width, 1000)[1] for width in (80, 300)}
    reused = Paragraph(words, style)
    assert [reused.wrap(w, 1000)[1] for w in (80, 300, 80, 80)] == [
        fresh[80], fresh[300], fresh[80], fresh[80]]
    assert fresh[80] > fresh[300]


@pytest.mark.parametrize("markup", [
    "Back up the files that matter, then check you can get one back.",
    "Tŷ Coffi ☕ 😀 and Caffi Ŵyn Llŷn",
    "  spaces   inside\n and a second line\twith a tab  ",
    "Smith &amp; Sons &lt;Ltd&gt;",  # escaped: goes through reportlab's own parser
    "<b>bold</b> and <i>italic</i>",
])
def test_a_plain_paragraph_draws_exactly_as_reportlabs_own(markup: str) -> None:
    """The plan's paragraphs skip reportlab's markup parser for plain text: the document
    must come out byte for byte as reportlab's own paragraph makes it."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph as ReportlabParagraph
    from reportlab.platypus import SimpleDocTemplate

    from readiness_app.report import fonts
    from readiness_app.report.document import Paragraph

    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.ITALIC, fontSize=9, leading=11,
                           textColor="#7A5200")

    def document(kind: type) -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, invariant=1).build(
            [kind(markup, style), kind(markup, style, bulletText="•")])
        return buffer.getvalue()

    assert document(Paragraph) == document(ReportlabParagraph)
