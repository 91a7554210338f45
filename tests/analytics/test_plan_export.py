"""The editable copy of one firm's plan (XLSX and DOCX), read back with openpyxl and python-docx."""

from __future__ import annotations

import datetime as dt
import errno
import os
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from readiness_app.cli import main
from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment_file import read_assessment_file
from readiness_app.core.errors import StorageIOError
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.core.text import score_text
from readiness_app.resources import questionnaires_dir
from readiness_app.services.local_support import load_directory, support_for_firm
from readiness_app.services.plan_export import (
    COLUMNS,
    LATER,
    plan_copy,
    write_plan_docx,
    write_plan_xlsx,
)

from .conftest import FORMULA_NAME

EXAMPLE = Path(__file__).parents[2] / "examples" / "wales-bakery-carmarthen.readiness"
TODAY = dt.date(2026, 5, 1)


@pytest.fixture(scope="module")
def bakery():
    uk = load_questionnaire(questionnaires_dir() / "uk_default.yaml")
    quick = load_questionnaire(questionnaires_dir() / "quick_check.yaml")
    found = {(q.id, q.version): q for q in (uk, quick)}
    return read_assessment_file(EXAMPLE, lambda i, v: found.get((i, v)))


def _expected(assessment, questionnaire):
    """The plan in order, with each action's period and help names by the PDF's rule."""
    plan = build_plan(questionnaire, assessment)
    support = support_for_firm(assessment.firm, load_directory(), TODAY).support
    rows = []
    for planned in plan.actions:
        action = planned.action
        names = [m.organisation.name
                 for m in support[action.topic].for_action(action.support_kinds)]
        rows.append((planned.text_title().get(), planned.timeframe.label,
                     planned.text_first_step().get(), names))
    return plan, rows


def _plan_rows(sheet):
    """The plan table's header and rows (below the details block)."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "No.")
    body = []
    for row in rows[start + 1:]:
        if not isinstance(row[0], int):
            break
        body.append(row)
    return rows[:start], list(rows[start]), body, start + 1


def test_the_xlsx_copy_holds_the_plan_period_by_period(bakery, tmp_path) -> None:
    assessment, questionnaire = bakery
    plan, expected = _expected(assessment, questionnaire)
    assert plan.later and plan.scheduled  # the example has both
    path = tmp_path / "plan.xlsx"
    write_plan_xlsx(path, plan_copy(questionnaire, assessment, today=TODAY))
    sheet = load_workbook(path)["Plan"]
    top, header, body, header_row = _plan_rows(sheet)
    details = {r[0]: r[1] for r in top if r[0]}
    assert details["Firm"] == assessment.firm.name
    assert details["Score"] == f"{score_text(plan.score.overall)} / 100"
    assert details["Level"] == plan.score.level.title.get()
    assert details["Made on"] == "2026-05-01"
    assert header == [c for c, _ in COLUMNS]
    col = {name: header.index(name) for name in header}
    assert [r[col["No."]] for r in body] == list(range(1, len(plan.actions) + 1))
    assert [(r[col["Action"]], r[col["Period"]], r[col["First step"]]) for r in body] == \
        [(title, period, step) for title, period, step, _ in expected]
    assert body[-1][col["Period"]] == LATER
    for row, (_, _, _, names) in zip(body, expected, strict=True):
        assert names, "every action points to some help"
        assert [n for n in names if n not in row[col["Help near you"]]] == []
        assert row[col["Who"]] is None and row[col["By when"]] is None
        assert row[col["Effort"]] in ("A few hours of work", "About a day of work",
                                      "A few days of work") and row[col["Cost"]]
    assert sheet.freeze_panes == f"D{header_row + 1}"
    assert not [c.coordinate for r in sheet.iter_rows() for c in r if c.data_type == "f"]


def test_the_docx_copy_has_a_table_per_period_and_the_later_list(bakery, tmp_path) -> None:
    assessment, questionnaire = bakery
    plan, expected = _expected(assessment, questionnaire)
    path = tmp_path / "plan.docx"
    write_plan_docx(path, plan_copy(questionnaire, assessment, today=TODAY))
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    periods = list(dict.fromkeys(period for _, period, _, _ in expected))
    assert headings == periods and periods[-1] == LATER
    details = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert details["Firm"] == assessment.firm.name
    assert details["Score"] == f"{score_text(plan.score.overall)} / 100"
    assert details["Level"] == plan.score.level.title.get()
    tables = document.tables[1:]
    assert len(tables) == len(periods)
    got = []
    for period, table in zip(periods, tables, strict=True):
        assert [c.text for c in table.rows[0].cells] == \
            ["No.", "Action and first step", "Effort and cost", "Help near you", "Who",
             "By when"]
        for row in table.rows[1:]:
            cells = [c.text for c in row.cells]
            assert cells[4] == "" and cells[5] == ""
            got.append((period, cells))
    assert len(got) == len(expected)
    for (period, cells), (title, want_period, step, names) in zip(got, expected, strict=True):
        assert period == want_period
        assert cells[1].startswith(title) and f"First step: {step}" in cells[1]
        assert all(n in cells[3] for n in names)


def test_text_from_the_file_never_becomes_a_formula(bakery, tmp_path) -> None:
    assessment, questionnaire = bakery
    tricky = replace(assessment, firm=replace(assessment.firm, name=FORMULA_NAME,
                                              sector="+44 1234 567890"))
    copy = plan_copy(questionnaire, tricky, today=TODAY)
    write_plan_xlsx(tmp_path / "plan.xlsx", copy)
    book = load_workbook(tmp_path / "plan.xlsx")
    cells = [c for r in book["Plan"].iter_rows() for c in r]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    firm = next(c for c in cells if c.value == FORMULA_NAME)
    sector = next(c for c in cells if c.value == "+44 1234 567890")
    assert firm.data_type == sector.data_type == "s"
    assert firm.quotePrefix and sector.quotePrefix
    assert book["Plan"]["A1"].value == f"Action plan: {FORMULA_NAME}"
    write_plan_docx(tmp_path / "plan.docx", copy)
    document = docx.Document(str(tmp_path / "plan.docx"))
    assert document.tables[0].rows[0].cells[1].text == FORMULA_NAME


def test_the_command_writes_both_copies(tmp_path, capsys) -> None:
    xlsx, word = tmp_path / "plan.xlsx", tmp_path / "plan.docx"
    assert main(["plan", str(EXAMPLE), "--xlsx", str(xlsx), "--docx", str(word)]) == 0
    out = capsys.readouterr().out
    assert f"Wrote {xlsx}" in out and f"Wrote {word}" in out
    assert load_workbook(xlsx)["Plan"]["B3"].value == "Becws Tŷ Melyn Cyf"
    assert docx.Document(str(word)).paragraphs[0].text == "Action plan: Becws Tŷ Melyn Cyf"


def test_the_command_refuses_json_with_files_and_names_an_unwritable_file(tmp_path,
                                                                          capsys) -> None:
    assert main(["plan", str(EXAMPLE), "--json", "--xlsx", str(tmp_path / "p.xlsx")]) == 2
    assert "--json" in capsys.readouterr().err
    folder = tmp_path / "a-folder.docx"
    folder.mkdir()
    assert main(["plan", str(EXAMPLE), "--docx", str(folder)]) == 1
    err = capsys.readouterr().err
    assert str(folder) in err and "folder" in err


def test_a_failed_write_leaves_the_old_file(bakery, tmp_path, monkeypatch) -> None:
    assessment, questionnaire = bakery
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"the old copy")
    copy = plan_copy(questionnaire, assessment, today=TODAY)

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StorageIOError, match="disk is full") as caught:
        write_plan_xlsx(path, copy)
    monkeypatch.undo()
    assert str(path) in str(caught.value)
    assert path.read_bytes() == b"the old copy"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]
