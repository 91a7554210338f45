"""The plan's editable copy in Welsh (issue 20): ``plan --xlsx/--docx --language cy`` writes
headings, column names, periods and notes in Welsh, read back with openpyxl and python-docx;
no English text of the code's catalogue is left and Welsh letters stay whole."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from readiness_app.cli import main
from readiness_app.services.language import messages
from tests.cli.test_welsh_cli import english_left

EXAMPLE = Path(__file__).parents[2] / "examples" / "wales-bakery-carmarthen.readiness"
WELSH_FIRM = "Becws Tŷ Melyn Cyf"

pytestmark = pytest.mark.usefixtures("data_dir")


def without_names(text: str) -> str:
    """``text`` with the organisations' own names taken out of the help lines ("NAME (lleol)
    https://..."): many have no Welsh form. The how-local word stays, to be checked."""
    return re.sub(r"(?m)^[^\n]*? \(((?:cenedlaethol|rhanbarthol|lleol))\)", r"(\1)", text)


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> tuple[str, str, str]:
    """The Welsh XLSX's and DOCX's text, and what the command printed."""
    folder = tmp_path_factory.mktemp("cy")
    xlsx, word = folder / "cynllun.xlsx", folder / "cynllun.docx"
    import io
    from contextlib import redirect_stdout

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["plan", str(EXAMPLE), "--xlsx", str(xlsx), "--docx", str(word),
                     "--language", "cy"])
    assert code == 0
    sheet = load_workbook(xlsx).active
    cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    document = docx.Document(str(word))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([sheet.title, *cells]), "\n".join(texts), out.getvalue()


def test_the_xlsx_copy_is_in_welsh(copies) -> None:
    sheet, _, printed = copies
    assert english_left(without_names(sheet)) == []
    tr = messages("cy")
    for word in ("Who", "By when", "Period", "Notes", "First step", "Firm"):
        assert tr(word) in sheet.splitlines()  # a column or a label, whole
    assert tr("Next 30 days") in sheet.splitlines()
    assert tr("Later, once the above is done") in sheet.splitlines()  # the example has both
    assert WELSH_FIRM in sheet  # ŷ kept
    assert english_left(printed) == [] and "Ysgrifennwyd" in printed


def test_the_docx_copy_is_in_welsh(copies) -> None:
    _, document, _ = copies
    assert english_left(without_names(document)) == []
    tr = messages("cy")
    for word in ("Action and first step", "Effort and cost", "Who", "By when"):
        assert tr(word) in document.splitlines()
    assert tr("Action plan: {firm}").format(firm=WELSH_FIRM) in document


def test_english_stays_the_default(tmp_path) -> None:
    path = tmp_path / "plan.xlsx"
    assert main(["plan", str(EXAMPLE), "--xlsx", str(path)]) == 0
    sheet = load_workbook(path).active
    header = [v for row in sheet.iter_rows(values_only=True) if row[0] == "No." for v in row]
    assert header[-2:] == ["Who", "By when"] and sheet.title == "Plan"
