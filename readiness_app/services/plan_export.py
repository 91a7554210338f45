"""An editable copy of one firm's plan, for advisers who rework it: XLSX (openpyxl) and DOCX
(python-docx), both imported only when a file is made.

Both files hold the same things as the PDF's plan: the firm, its score and level, the plan
period by period and then the "Later" list, each action with its first step, effort, cost and
the organisations that can help (chosen by the one rule the PDF uses,
:meth:`TopicSupport.for_action`, in the authority :func:`support_for_firm` finds), and empty
"Who" and "By when" columns to fill in. The content comes from
:func:`readiness_app.core.report_content.build_report_content`, as the PDF's does.

Text from the assessment (a firm called ``=HYPERLINK(...)``) never becomes a formula: every
XLSX cell goes through :func:`readiness_app.services.cohort_export.safe_cell`. Files are
written atomically (:mod:`readiness_app.storage.atomic`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import Assessment
from readiness_app.core.questionnaire import Questionnaire, Timeframe
from readiness_app.core.report_content import PlanRow, ReportContent, build_report_content
from readiness_app.core.support_directory import SupportDirectory
from readiness_app.core.text import score_text
from readiness_app.services.cohort_export import DATE_FORMAT, safe_cell
from readiness_app.services.local_support import load_directory, support_for_firm
from readiness_app.storage.atomic import write_bytes_atomic

LATER = Timeframe.LATER.label
#: The plan table's columns, with their widths in the XLSX (characters).
COLUMNS: tuple[tuple[str, float], ...] = (
    ("No.", 5), ("Period", 14), ("Action", 34), ("What it involves", 50), ("First step", 44),
    ("Area", 18), ("Effort", 9), ("Cost", 16), ("Notes", 30), ("Help near you", 44),
    ("Usually done by", 20), ("Who", 18), ("By when", 12),
)
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class PlanCopy:
    """What an editable copy of a plan holds, as plain text."""

    title: str
    details: tuple[tuple[str, str], ...]  # (label, value): firm, score, level, place...
    periods: tuple[tuple[str, str, tuple[PlanRow, ...]], ...]  # (heading, note, rows)
    no_actions: bool


def plan_copy(questionnaire: Questionnaire, assessment: Assessment, *, today: dt.date,
              directory: SupportDirectory | None = None) -> PlanCopy:
    """The copy of ``assessment``'s plan (help from the shipped directory unless given)."""
    directory = directory or load_directory()
    plan = build_plan(questionnaire, assessment)
    support = support_for_firm(assessment.firm, directory, today)
    content = build_report_content(questionnaire, assessment, plan, support.support,
                                   place=support.place, today=today)
    return copy_from_content(content)


def copy_from_content(content: ReportContent) -> PlanCopy:
    """The copy built from the PDF's content (the same rows, help and notes)."""
    score = score_text(content.overall, "not yet scored")
    details = [("Firm", content.firm_name), ("Sector", content.sector or "not given"),
               ("Size", content.size or "not given"), ("Where", content.place),
               ("Score", f"{score} / 100" if content.overall is not None else score),
               ("Level", content.level)]
    if content.held_note:
        details.append(("Critical gaps", content.held_note))
    details += [("Fitted to", content.means),
                ("Questionnaire", f"{content.questionnaire_title} "
                                  f"({content.questionnaire_id} {content.questionnaire_version})"),
                ("Made on", f"{content.generated_on:%Y-%m-%d}")]
    notes = dict(content.period_notes)
    periods = [(heading, notes.get(heading, ""), rows) for heading, rows in content.plan]
    if content.later:
        periods.append((LATER, "These do not fit in this year's plan; come back to them when "
                               "the actions above are done.", content.later))
    return PlanCopy(f"Action plan: {content.firm_name}", tuple(details), tuple(periods),
                    not content.plan and not content.later)


def notes_text(row: PlanRow) -> str:
    """Quick win, critical gap, what it follows and why it waits, one per line."""
    lines = []
    if row.quick_win:
        lines.append("Quick win")
    if row.critical:
        lines.append("Fixes a critical gap")
    if row.follows:
        lines.append(f"After: {'; '.join(row.follows)}")
    if row.why_later:
        lines.append(f"Why later: {row.why_later}")
    lines.append(f"Gain if done: +{row.gain_area:.0f} in {row.area_title}")
    return "\n".join(lines)


def help_text(row: PlanRow) -> str:
    """The organisations that can help, one a line: name (how local), website, checked phone."""
    lines = []
    for contact in row.support:
        line = f"{contact.name} ({contact.scope})"
        if contact.website:
            line += f" {contact.website}"
        if contact.phone:
            line += f", {contact.phone}"
        lines.append(line)
    if lines and row.help_label:
        lines.insert(0, f"{row.help_label}:")
    return "\n".join(lines)


def row_values(period: str, row: PlanRow) -> list[str | int]:
    """One action's cells, in :data:`COLUMNS` order ("Who" and "By when" empty)."""
    return [row.number, period, row.title, row.what, row.first_step, row.area_title,
            row.effort, row.cost, notes_text(row), help_text(row), row.who, "", ""]


def xlsx_bytes(copy: PlanCopy) -> bytes:
    """The plan as a workbook: the details at the top, then one table of every action (the
    period in a column), its header frozen, text wrapped, "By when" formatted as a date."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Plan"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    shade = PatternFill("solid", fgColor="E8EEF5")
    safe_cell(sheet.cell(row=1, column=1), copy.title).font = Font(bold=True, size=14)
    row_number = 2
    for label, detail in copy.details:
        row_number += 1
        safe_cell(sheet.cell(row=row_number, column=1), label).font = bold
        sheet.merge_cells(start_row=row_number, start_column=2, end_row=row_number,
                          end_column=5)
        safe_cell(sheet.cell(row=row_number, column=2), detail).alignment = wrap
    row_number += 2
    header_row = row_number
    for column, (header, width) in enumerate(COLUMNS, start=1):
        item = safe_cell(sheet.cell(row=header_row, column=column), header)
        item.font, item.fill, item.alignment = bold, shade, wrap
        sheet.column_dimensions[get_column_letter(column)].width = width
    if copy.no_actions:
        safe_cell(sheet.cell(row=header_row + 1, column=3),
                  "No actions: every answer given is already at the top level.")
    for heading, _note, rows in copy.periods:
        for action in rows:
            row_number += 1
            for column, value in enumerate(row_values(heading, action), start=1):
                item = safe_cell(sheet.cell(row=row_number, column=column),
                                 None if value == "" else value)
                item.alignment = wrap
                if COLUMNS[column - 1][0] == "By when":
                    item.number_format = DATE_FORMAT
    sheet.freeze_panes = f"D{header_row + 1}"
    last = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A{header_row}:{last}{max(row_number, header_row + 1)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    notes = [(h, n) for h, n, _ in copy.periods if n]
    if notes:
        row_number += 2
        safe_cell(sheet.cell(row=row_number, column=1), "Notes").font = bold
        for heading, note in notes:
            row_number += 1
            safe_cell(sheet.cell(row=row_number, column=2), heading)
            safe_cell(sheet.cell(row=row_number, column=3), note)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text(value: str) -> str:
    return _XML_ILLEGAL.sub("", value)


def docx_bytes(copy: PlanCopy) -> bytes:
    """The plan as a Word document (landscape): the details, then a table per period with
    "Who" and "By when" left empty to fill in."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading(_text(copy.title), level=0)
    details = document.add_table(rows=0, cols=2)
    for label, value in copy.details:
        cells = details.add_row().cells
        cells[0].paragraphs[0].add_run(_text(label)).bold = True
        cells[1].text = _text(value)
    if copy.no_actions:
        document.add_paragraph("No actions: every answer given is already at the top level.")
    headers = ("No.", "Action and first step", "Effort and cost", "Help near you", "Who",
               "By when")
    widths = (Cm(1.0), Cm(9.0), Cm(3.5), Cm(7.5), Cm(2.6), Cm(2.6))
    for heading, note, rows in copy.periods:
        document.add_heading(_text(heading), level=1)
        if note:
            document.add_paragraph(_text(note)).runs[0].italic = True
        table = document.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, header, width in zip(table.rows[0].cells, headers, widths, strict=True):
            cell.width = width
            cell.paragraphs[0].add_run(header).bold = True
        for row in rows:
            cells = table.add_row().cells
            cells[0].text = str(row.number)
            _paragraphs(cells[1], [(row.title, "bold"), (row.what, ""),
                                   (f"First step: {row.first_step}", "italic"),
                                   *((line, "") for line in notes_text(row).splitlines())])
            _paragraphs(cells[2], [(row.effort, ""), (row.cost, ""),
                                   (f"Usually: {row.who}", "")])
            _paragraphs(cells[3], [(line, "") for line in help_text(row).splitlines()])
            for cell, width in zip(cells, widths, strict=True):
                cell.width = width
        for paragraph in (p for r in table.rows for c in r.cells for p in c.paragraphs):
            for run in paragraph.runs:
                run.font.size = Pt(9)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraphs(cell: Any, lines: Sequence[tuple[str, str]]) -> None:
    """Fill a table cell with one paragraph per line (style: "bold", "italic" or "")."""
    first = True
    for line, style in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = paragraph.add_run(_text(line))
        run.bold = style == "bold"
        run.italic = style == "italic"


def write_plan_xlsx(path: Path, copy: PlanCopy) -> None:
    """Write the XLSX copy to ``path`` atomically."""
    write_bytes_atomic(path, xlsx_bytes(copy))


def write_plan_docx(path: Path, copy: PlanCopy) -> None:
    """Write the DOCX copy to ``path`` atomically."""
    write_bytes_atomic(path, docx_bytes(copy))
