"""Spreadsheets from the cohort report: formula-safe text, formats, frozen headers, CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess

import pandas as pd
import pytest
from openpyxl import load_workbook

from readiness_app.services.cohort import CohortFilters, build_report, load_cohort
from readiness_app.services.cohort_export import (
    COVER_SHEET,
    FORMULA_START,
    csv_bytes,
    csv_safe,
    sheet_name,
    write_csv_folder,
    write_xlsx,
    xlsx_bytes,
)

from .conftest import FORMULA_NAME

DANGEROUS = [FORMULA_NAME, "+44 1234", "-1+2", "@SUM(A1)", "\t=1+1", "\r=1+1", "=1+1"]


def _all_cells(book):
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            yield from row


def test_text_that_looks_like_a_formula_stays_text_in_xlsx(tmp_path) -> None:
    frame = pd.DataFrame({"Firm": DANGEROUS, "Score": [1.0] * len(DANGEROUS)})
    path = tmp_path / "report.xlsx"
    write_xlsx(path, {"Tricky": frame}, [("Report", "t"), ("Search", "=cmd|' /C calc'!A0")])
    book = load_workbook(path)
    cells = list(_all_cells(book))
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    sheet = book["Tricky"]
    firms = [sheet.cell(row=r, column=1) for r in range(2, len(DANGEROUS) + 2)]
    assert [c.value for c in firms] == DANGEROUS  # the text is kept as it was
    assert all(c.data_type == "s" and c.quotePrefix for c in firms)
    assert book[COVER_SHEET]["B3"].value == "=cmd|' /C calc'!A0"
    assert book[COVER_SHEET]["B3"].data_type == "s"
    # with formulas read as values, nothing changes either
    values = load_workbook(path, data_only=True)["Tricky"]
    assert values["A2"].value == FORMULA_NAME


def test_csv_neutralises_formula_text_and_starts_with_a_bom() -> None:
    assert [csv_safe(t)[0] for t in DANGEROUS] == ["'"] * len(DANGEROUS)
    assert csv_safe("Harbour Café") == "Harbour Café"
    data = csv_bytes(pd.DataFrame({"Firm": DANGEROUS, "Score": [41.6666] * len(DANGEROUS)}))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Firm", "Score"]
    assert [r[0] for r in rows[1:]] == ["'" + t for t in DANGEROUS]
    assert all(not r[0].startswith(FORMULA_START) for r in rows[1:])
    assert rows[1][1] == "41.67"


def test_the_cohort_workbook(cohort_library, tmp_path) -> None:
    library, _ = cohort_library
    report = build_report(load_cohort(library, CohortFilters(date_to=dt.date(2025, 3, 31))),
                          today=dt.date(2025, 4, 1))
    path = tmp_path / "cohort.xlsx"
    write_xlsx(path, report.tables, report.cover)
    book = load_workbook(path)
    assert book.sheetnames == [COVER_SHEET, *report.tables]
    cover = book[COVER_SHEET]
    labels = {}
    for row in cover.iter_rows(min_row=3, values_only=True):
        if row[0] == "Sheets":
            break
        labels[row[0]] = row[1]
    assert labels["Assessed to"] == "2025-03-31" and labels["Assessed from"] == "the start"
    assert labels["Assessments"] == "6"
    sheet = book["Assessments"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    headers = [c.value for c in sheet[1]]
    firm = headers.index("Firm") + 1
    names = [sheet.cell(row=r, column=firm).value for r in range(2, sheet.max_row + 1)]
    assert FORMULA_NAME in names
    assert not [c for c in _all_cells(book) if c.data_type == "f"]
    score = sheet.cell(row=2, column=headers.index("Overall score") + 1)
    assert score.number_format == "0.0" and score.value == 100.0
    day = sheet.cell(row=2, column=headers.index("Assessed on") + 1)
    assert day.number_format == "yyyy-mm-dd" and day.value == dt.datetime(2024, 12, 20)
    assert sheet.column_dimensions["B"].width >= len(FORMULA_NAME)
    gaps = book["Top gaps"]
    assert gaps["D2"].number_format == "0.0%" and gaps["D2"].value == pytest.approx(2 / 6)
    assert book["Levels by area"]["B2"].number_format == "#,##0"


@pytest.mark.slow
def test_the_workbook_opens_in_libreoffice(cohort_library, tmp_path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (the workbook is read back with openpyxl)")
    library, _ = cohort_library
    report = build_report(load_cohort(library))
    path = tmp_path / "cohort.xlsx"
    write_xlsx(path, report.tables, report.cover)
    done = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(path)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "cohort.pdf").stat().st_size > 1000
    # LibreOffice's own start-up notes (no Java here) are not about the file
    about_file = [line for line in done.stderr.splitlines() if "javaldx" not in line]
    assert not [line for line in about_file if "warn" in line.lower() or "error" in line.lower()]


def test_csv_folder_has_a_file_per_table(cohort_library, tmp_path) -> None:
    library, _ = cohort_library
    report = build_report(load_cohort(library))
    written = write_csv_folder(tmp_path / "csv", report.tables, report.cover)
    names = [p.name for p in written]
    assert names[:3] == ["about-this-report.csv", "assessments.csv", "levels-by-area.csv"]
    text = (tmp_path / "csv" / "assessments.csv").read_bytes().decode("utf-8-sig")
    assert "'" + FORMULA_NAME.replace('"', '""') in text


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_name("a/b:c", taken) == "a-b-c"
    long = "x" * 40
    assert sheet_name(long, taken) == "x" * 31
    assert sheet_name(long, taken) == "x" * 27 + " (2)"


def test_an_empty_table_still_makes_a_sheet(tmp_path) -> None:
    data = xlsx_bytes({"Nothing": pd.DataFrame(columns=["A", "B"])}, [("Report", "r")])
    book = load_workbook(io.BytesIO(data))
    assert [c.value for c in book["Nothing"][1]] == ["A", "B"]
