"""A growth hub's directory row whose name or description starts like a formula ("=", "+",
"-", "@", tab, CR) is accepted as text; wherever it reaches a spreadsheet (the plan's editable
XLSX copy) it stays text, and so does any text in the cohort's XLSX and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from readiness_app.core.assessment_file import read_assessment_file
from readiness_app.core.i18n import T_
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.resources import questionnaires_dir
from readiness_app.services.cohort_export import FORMULA_START, csv_bytes, write_xlsx
from readiness_app.services.local_support import load_directory
from readiness_app.services.plan_export import plan_copy, write_plan_docx, write_plan_xlsx

EXAMPLE = Path(__file__).parents[2] / "examples" / "wales-bakery-carmarthen.readiness"
HEADER = (
    "id,name,kind,coverage_level,coverage_codes,website,topics,verified,source,compiled,"
    "description\n"
)
NAMES = {
    "=": '=HYPERLINK("https://evil.example","Click")',
    "+": "+44 1234 567890",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
}


def _cells(path: Path) -> list:
    book = load_workbook(path)
    return [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]


def _unsafe(cells: list) -> list[str]:
    """Cells a spreadsheet would run: formulas, or formula-like text without the quote prefix."""
    return [
        c.coordinate
        for c in cells
        if c.data_type == "f"
        or (isinstance(c.value, str) and c.value.startswith(FORMULA_START) and not c.quotePrefix)
    ]


@pytest.mark.parametrize("start", sorted(NAMES))
def test_a_formula_like_directory_row_stays_text_in_the_plan_copy(
    tmp_path: Path, start: str
) -> None:
    name = NAMES[start]
    hub = tmp_path / "hub.csv"
    quoted = name.replace('"', '""')
    hub.write_text(
        HEADER + f'hub-evil,"{quoted}",growth_hub,lad,W06000010,https://hub.example,'
        f'finance;cyber;workforce;digital_adoption,partial,hub,2026-11-01,"{quoted}"\n',
        encoding="utf-8",
    )
    directory = load_directory([hub])  # the row is accepted, as text
    assert any(o.name == name for o in directory.organisations)
    found = {
        (q.id, q.version): q
        for q in (
            load_questionnaire(questionnaires_dir() / "uk_default.yaml"),
            load_questionnaire(questionnaires_dir() / "quick_check.yaml"),
        )
    }
    assessment, questionnaire = read_assessment_file(EXAMPLE, lambda i, v: found.get((i, v)))
    copy = plan_copy(questionnaire, assessment, today=dt.date(2026, 11, 30), directory=directory)
    path = tmp_path / "plan.xlsx"
    write_plan_xlsx(path, copy)
    cells = _cells(path)
    helped = [c for c in cells if isinstance(c.value, str) and name in c.value]
    assert helped, "the hub's row is the help of some action"
    assert all(c.data_type == "s" for c in helped)
    assert _unsafe(cells) == []
    write_plan_docx(tmp_path / "plan.docx", copy)  # Word runs no formulas; it must not fail


def test_text_of_any_kind_stays_text_in_the_cohort_xlsx_and_csv(tmp_path: Path) -> None:
    # a message kept with its catalogue id (a str subclass) among plain text
    # (object dtype, as pandas keeps it without pyarrow: the message stays a str subclass)
    frame = pd.DataFrame({"Organisation": pd.Series(
        [T_("={x}", x="1+1"), NAMES["@"], "\tTab", "\rCR"], dtype=object)})
    write_xlsx(tmp_path / "cohort.xlsx", {"Help": frame}, [("Title", NAMES["="])])
    cells = _cells(tmp_path / "cohort.xlsx")
    assert _unsafe(cells) == []
    assert "=1+1" in [c.value for c in cells]
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["'=1+1", "'" + NAMES["@"], "'\tTab", "'\rCR"]
