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
written atomically (:mod:`readiness_app.storage.atomic`). The words (headings, columns,
periods, notes) are in the language of the ``tr`` catalogue given, English by default.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readiness_app.core.assessment import Assessment
from readiness_app.core.i18n import ENGLISH, N_, Messages
from readiness_app.core.questionnaire import Questionnaire, Timeframe
from readiness_app.core.report_content import PlanRow, ReportContent
from readiness_app.core.support_directory import SupportDirectory
from readiness_app.core.text import score_text
from readiness_app.services.cohort_export import DATE_FORMAT, safe_cell
from readiness_app.storage.atomic import write_bytes_atomic

LATER = Timeframe.LATER.label
_BY_WHEN = N_("By when")
#: The plan table's columns (catalogue ids, English), with their widths in the XLSX
#: (characters).
COLUMNS: tuple[tuple[str, float], ...] = (
    (N_("No."), 5), (N_("Period"), 14), (N_("Action"), 34), (N_("What it involves"), 50),
    (N_("First step"), 44), (N_("Area"), 18), (N_("Effort"), 9), (N_("Cost"), 16),
    (N_("Notes"), 30), (N_("Help near you"), 44), (N_("Usually done by"), 20),
    (N_("Who"), 18), (_BY_WHEN, 12),
)
_DOCX_COLUMNS = (N_("No."), N_("Action and first step"), N_("Effort and cost"),
                 N_("Help near you"), N_("Who"), _BY_WHEN)
_NO_ACTIONS = N_("No actions: every answer given is already at the top level.")
_LATER_NOTE = N_("These do not fit in this year's plan; come back to them when the actions "
                 "above are done.")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class PlanCopy:
    """What an editable copy of a plan holds, as plain text."""

    title: str
    details: tuple[tuple[str, str], ...]  # (label, value): firm, score, level, place...
    periods: tuple[tuple[str, str, tuple[PlanRow, ...]], ...]  # (heading, note, rows)
    no_actions: bool
    tr: Messages = ENGLISH  # the language of the words around the plan's own texts


def plan_copy(questionnaire: Questionnaire, assessment: Assessment, *, today: dt.date,
              directory: SupportDirectory | None = None, tr: Messages = ENGLISH) -> PlanCopy:
    """The copy of ``assessment``'s plan (help from the shipped directory unless given), in
    ``tr``'s language: the same content, plan and help as the PDF's."""
    from readiness_app.services.plan_pdf import report_content

    content = report_content(questionnaire, assessment, today=today, directory=directory, tr=tr)
    return copy_from_content(content, tr)


def copy_from_content(content: ReportContent, tr: Messages = ENGLISH) -> PlanCopy:
    """The copy built from the PDF's content (the same rows, help and notes), its words in
    ``tr``'s language (the content's own language)."""
    score = score_text(content.overall, tr("not yet scored"))
    not_given = tr("not given")
    details = [(tr("Firm"), content.firm_name), (tr("Sector"), content.sector or not_given),
               (tr("Size"), content.size or not_given), (tr("Where"), content.place),
               (tr("Score"), f"{score} / 100" if content.overall is not None else score),
               (tr("Level"), content.level)]
    if content.held_note:
        details.append((tr("Critical gaps"), content.held_note))
    details += [(tr("Fitted to"), content.means),
                (tr("Questionnaire"), f"{content.questionnaire_title} "
                                      f"({content.questionnaire_id} "
                                      f"{content.questionnaire_version})"),
                (tr("Made on"), f"{content.generated_on:%Y-%m-%d}")]
    notes = dict(content.period_notes)
    periods = [(heading, notes.get(heading, ""), rows) for heading, rows in content.plan]
    if content.later:
        periods.append((tr(LATER), tr(_LATER_NOTE), content.later))
    return PlanCopy(tr("Action plan: {firm}").format(firm=content.firm_name), tuple(details),
                    tuple(periods), not content.plan and not content.later, tr)


def notes_text(row: PlanRow, tr: Messages = ENGLISH) -> str:
    """Quick win, critical gap, what it follows and why it waits, one per line."""
    lines = []
    if row.quick_win:
        lines.append(tr("Quick win"))
    if row.critical:
        lines.append(tr("Fixes a critical gap"))
    if row.follows:
        lines.append(tr("After: {actions}").format(actions="; ".join(row.follows)))
    if row.why_later:
        lines.append(tr("Why later: {why}").format(why=row.why_later))
    lines.append(tr("Gain if done: +{gain} in {area}").format(gain=f"{row.gain_area:.0f}",
                                                             area=row.area_title))
    return "\n".join(lines)


def help_text(row: PlanRow, tr: Messages = ENGLISH) -> str:
    """The organisations that can help, one a line: name (how local), website, checked phone."""
    lines = []
    for contact in row.support:
        line = f"{contact.name} ({tr(contact.scope)})"
        if contact.website:
            line += f" {contact.website}"
        if contact.phone:
            line += f", {contact.phone}"
        lines.append(line)
    if lines and row.help_label:
        lines.insert(0, f"{row.help_label}:")
    return "\n".join(lines)


def row_values(period: str, row: PlanRow, tr: Messages = ENGLISH) -> list[str | int]:
    """One action's cells, in :data:`COLUMNS` order ("Who" and "By when" empty)."""
    return [row.number, period, row.title, row.what, row.first_step, row.area_title,
            row.effort, row.cost, notes_text(row, tr), help_text(row, tr), row.who, "", ""]


def xlsx_bytes(copy: PlanCopy) -> bytes:
    """The plan as a workbook: the details at the top, then one table of every action (the
    period in a column), its header frozen, text wrapped, "By when" formatted as a date."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    tr = copy.tr
    book = Workbook()
    sheet = book.active
    sheet.title = tr("Plan")
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
        item = safe_cell(sheet.cell(row=header_row, column=column), tr(header))
        item.font, item.fill, item.alignment = bold, shade, wrap
        sheet.column_dimensions[get_column_letter(column)].width = width
    if copy.no_actions:
        safe_cell(sheet.cell(row=header_row + 1, column=3), tr(_NO_ACTIONS))
    for heading, _note, rows in copy.periods:
        for action in rows:
            row_number += 1
            for column, value in enumerate(row_values(heading, action, tr), start=1):
                item = safe_cell(sheet.cell(row=row_number, column=column),
                                 None if value == "" else value)
                item.alignment = wrap
                if COLUMNS[column - 1][0] == _BY_WHEN:
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
        safe_cell(sheet.cell(row=row_number, column=1), tr("Notes")).font = bold
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

    tr = copy.tr
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
        document.add_paragraph(tr(_NO_ACTIONS))
    headers = tuple(tr(header) for header in _DOCX_COLUMNS)
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
                                   (tr("First step: {step}").format(step=row.first_step),
                                    "italic"),
                                   *((line, "") for line in notes_text(row, tr).splitlines())])
            _paragraphs(cells[2], [(row.effort, ""), (row.cost, ""),
                                   (tr("Usually: {who}").format(who=row.who), "")])
            _paragraphs(cells[3], [(line, "") for line in help_text(row, tr).splitlines()])
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
