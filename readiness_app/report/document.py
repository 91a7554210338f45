"""The PDF action plan: renders a :class:`ReportContent` to A4 pages with reportlab.

Every text that came from a user or a data file is escaped before it reaches reportlab's
paragraph markup. The result is returned as bytes; the caller writes it to disk atomically.
With ``deterministic=True`` the same content gives the same bytes (reportlab invariant mode).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from readiness_app.core.report_content import (
    AreaSection,
    PlanRow,
    ReportContent,
    SupportContact,
)
from readiness_app.core.support_directory import CHECK_FIRST, directory_checked
from readiness_app.core.text import percent, score_text
from readiness_app.report import fonts
from readiness_app.report.branding import Branding
from readiness_app.report.chart import area_chart

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
TOP_MARGIN = MARGIN + 6 * mm
_FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - MARGIN  # the body frame, which has no padding


def text(value: str) -> str:
    """Escape text for reportlab paragraph markup (``<``, ``>``, ``&``)."""
    return escape(value)


def link(url: str, label: str | None = None) -> str:
    """A clickable link; both the address and the label are escaped."""
    if not url.startswith(("https://", "http://")):
        return text(label or url)
    href = escape(url, {'"': "&quot;"})
    return f'<link href="{href}" color="#1F4E79"><u>{text(label or url)}</u></link>'


def render_report(
    content: ReportContent, branding: Branding, *, deterministic: bool = False
) -> bytes:
    """The PDF as bytes."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    styles = _Styles(branding)
    document = _Document(
        buffer,
        content=content,
        branding=branding,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=MARGIN,
        title=f"Technology readiness action plan: {content.firm_name}",
        author=branding.organisation,
        subject=f"{content.questionnaire_title} (version {content.questionnaire_version})",
        creator="readiness_app",
        keywords="technology readiness, cyber security, action plan",
        lang=content.language,
        invariant=1 if deterministic else 0,
    )
    story: list[Flowable] = []
    story += _cover(content, branding, styles)
    story += _summary(content, branding, styles)
    story += _since_last(content, styles)
    for area in content.areas:
        story += _area_section(area, styles)
    story += _plan(content, styles)
    story += _support(content, styles)
    if content.staff_page:
        story += _involving_staff(content, styles)
    story += _appendix(content, styles)
    story += _about(content, branding, styles)
    document.build(story, canvasmaker=_canvas_maker(content, branding))
    return buffer.getvalue()


# ----------------------------------------------------------------------------- layout


class _Styles:
    def __init__(self, branding: Branding) -> None:
        primary = colors.HexColor(branding.primary_colour)
        base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=13.5,
                              alignment=TA_LEFT, spaceAfter=4,
                              bulletFontName=fonts.REGULAR)  # every font is embedded
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=2)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=fonts.BOLD)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=18,
                                 leading=22, textColor=primary, spaceBefore=0, spaceAfter=8)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=13,
                                 leading=16, textColor=primary, spaceBefore=10, spaceAfter=4)
        self.h3 = ParagraphStyle("h3", parent=base, fontName=fonts.BOLD, fontSize=10.5,
                                 leading=13, spaceBefore=6, spaceAfter=2)
        self.cover_title = ParagraphStyle("ct", parent=base, fontName=fonts.BOLD, fontSize=26,
                                          leading=31, textColor=primary, spaceAfter=14)
        self.cover_firm = ParagraphStyle("cf", parent=base, fontName=fonts.BOLD, fontSize=20,
                                         leading=25, spaceAfter=10)
        self.cover_line = ParagraphStyle("cl", parent=base, fontSize=11, leading=15)
        self.big = ParagraphStyle("big", parent=base, fontName=fonts.BOLD, fontSize=15,
                                  leading=19, spaceAfter=6)
        self.bullet = ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2)
        self.keep = ParagraphStyle("keep", parent=base, keepWithNext=1)
        # Whole-paragraph styles instead of inline <b>/<i>/<font> markup: reportlab lays out
        # a paragraph in one font much faster than one with mixed runs (about 5x here).
        self.keep_bold = ParagraphStyle("keepb", parent=self.keep, fontName=fonts.BOLD)
        self.cell_italic = ParagraphStyle("celli", parent=self.cell, fontName=fonts.ITALIC)
        self.cell_grey = ParagraphStyle("cellg", parent=self.cell,
                                        textColor=colors.HexColor("#777777"))
        self.cell_tag = ParagraphStyle("cellt", parent=self.cell,
                                       textColor=colors.HexColor("#7A5200"))
        self.tag = ParagraphStyle("tag", parent=self.small, leftIndent=12,
                                  textColor=colors.HexColor("#7A5200"), keepWithNext=1)
        self.body_bold = ParagraphStyle("bodyb", parent=base, fontName=fonts.BOLD)
        for heading in (self.h1, self.h2, self.h3):
            heading.keepWithNext = 1


class _Heading(Paragraph):
    """A heading that also becomes a PDF bookmark."""

    def __init__(self, title: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(text(title), style)
        self.outline_title = title
        self.outline_level = level


class _Document(BaseDocTemplate):
    def __init__(self, filename: Any, *, content: ReportContent, branding: Branding,
                 **kw: Any) -> None:
        super().__init__(filename, **kw)
        self._bookmarks = 0
        no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      **no_padding)
        cover_frame = Frame(self.leftMargin, self.bottomMargin, self.width,
                            self.height - 30 * mm, id="cover", **no_padding)
        primary = colors.HexColor(branding.primary_colour)
        accent = colors.HexColor(branding.accent_colour)

        def cover_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
            canvas.saveState()
            canvas.setFillColor(primary)
            canvas.rect(0, PAGE_HEIGHT - 32 * mm, PAGE_WIDTH, 32 * mm, stroke=0, fill=1)
            canvas.setFillColor(accent)
            canvas.rect(0, PAGE_HEIGHT - 34 * mm, PAGE_WIDTH, 2 * mm, stroke=0, fill=1)
            text_x = MARGIN
            if branding.logo is not None:
                logo = ImageReader(io.BytesIO(branding.logo.data))  # the checked copy
                canvas.drawImage(logo, MARGIN, PAGE_HEIGHT - 27 * mm,
                                 width=22 * mm, height=22 * mm, preserveAspectRatio=True,
                                 mask="auto")
                text_x = MARGIN + 26 * mm
            canvas.setFillColor(colors.white)
            canvas.setFont(fonts.BOLD, 16)
            canvas.drawString(text_x, PAGE_HEIGHT - 16 * mm, branding.organisation)
            if branding.tagline:
                canvas.setFont(fonts.REGULAR, 10)
                canvas.drawString(text_x, PAGE_HEIGHT - 23 * mm, branding.tagline)
            canvas.restoreState()

        def body_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
            canvas.saveState()
            canvas.setStrokeColor(primary)
            canvas.setLineWidth(0.6)
            y = PAGE_HEIGHT - MARGIN
            canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
            canvas.setFont(fonts.REGULAR, 8)
            canvas.setFillColor(colors.HexColor("#444444"))
            canvas.drawString(MARGIN, y + 2 * mm, _clip(content.firm_name, 70))
            canvas.drawRightString(PAGE_WIDTH - MARGIN, y + 2 * mm, branding.organisation[:60])
            canvas.restoreState()

        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover_frame], onPage=cover_page),
            PageTemplate(id="body", frames=[frame], onPage=body_page),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            self._bookmarks += 1
            key = f"section-{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level,
                                      closed=flowable.outline_level > 0)


def _canvas_maker(content: ReportContent, branding: Branding) -> type[Canvas]:
    class _NumberedCanvas(Canvas):
        """Holds pages back until the end so each footer can say "page N of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab starts each page in Helvetica, a font it never embeds
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 8 * mm,
                                 f"Page {self._pageNumber} of {total}")
            self.drawString(MARGIN, MARGIN - 8 * mm,
                            f"Prepared {content.generated_on:%d %B %Y}")
            self.restoreState()

    return _NumberedCanvas


# ----------------------------------------------------------------------------- sections


def _cover(content: ReportContent, branding: Branding, s: _Styles) -> list[Flowable]:
    lines = [
        ("Area", content.place),
        ("Date", f"{content.generated_on:%d %B %Y}"),
        ("Questionnaire", f"{content.questionnaire_title}, version "
                          f"{content.questionnaire_version}"),
        ("Assessment", content.status),
    ]
    if content.sector:
        lines.insert(0, ("Sector", content.sector))
    if content.size:
        lines.insert(1 if content.sector else 0, ("Size", content.size))
    rows = [[Paragraph(f"<b>{text(k)}</b>", s.cover_line), Paragraph(text(v), s.cover_line)]
            for k, v in lines]
    table = Table(rows, colWidths=[36 * mm, BODY_WIDTH - 36 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    flowables: list[Flowable] = [
        Spacer(1, 18 * mm),
        _Heading("Technology readiness action plan", s.cover_title, 0),
        Paragraph(text(content.firm_name), s.cover_firm),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 14 * mm),
        Paragraph(
            "This plan comes from your answers to a self-assessment of three things: whether "
            "the business can afford and manage new technology, how well it is protected "
            "online, and how staff are involved when technology changes. Each action names "
            "a first step and where to get help nearby.", s.body),
    ]
    if branding.contact or branding.website:
        contact = " · ".join(x for x in (text(branding.contact), link(branding.website)) if x)
        flowables.append(Paragraph(f"Contact {text(branding.organisation)}: {contact}",
                                   s.small))
    flowables += [NextPageTemplate("body"), PageBreak()]
    return flowables


def _summary(content: ReportContent, branding: Branding, s: _Styles) -> list[Flowable]:
    flow: list[Flowable] = [_Heading("Your results at a glance", s.h1, 0)]
    if content.overall is None:
        flow.append(Paragraph("No scored questions have been answered yet.", s.big))
    else:
        flow.append(Paragraph(f"Overall score {score_text(content.overall)} out of 100: "
                              f"{text(content.level)}", s.big))
        flow.append(Paragraph(text(content.level_description), s.body))
        if content.held_note:
            flow.append(Paragraph(f"<b>{text(content.held_note)}</b> Critical gaps are "
                                  "listed in the areas below.", s.body))
        if content.answers_to_check:
            count = len(content.answers_to_check)
            pairs = "1 pair of answers seems" if count == 1 else f"{count} pairs of answers seem"
            flow.append(Paragraph(f"<b>{pairs} to contradict each other</b>: see \"Answers "
                                  "to check\" in the appendix.", s.body))
    flow.append(Paragraph(f"{percent(content.coverage)} of the questions asked were answered.",
                          s.small))
    flow.append(Spacer(1, 3 * mm))
    flow.append(area_chart([(a.title, a.score, a.level if a.applies else None)
                            for a in content.areas],
                           content.level_names, branding.primary_colour))
    flow.append(Paragraph(
        "Scores run from 0 to 100 in each area. Each answer earns 0 to 4 points; a critical "
        "gap holds an area's level down whatever its score.", s.small))
    flow.append(_Heading("What you already do well", s.h2, 1))
    if content.strengths:
        flow += [Paragraph(f"<b>{text(area)}.</b> {text(question)} <i>{text(answer)}</i>",
                           s.bullet, bulletText="•")
                 for area, question, answer in content.strengths]
    else:
        flow.append(Paragraph("No answers reached the top levels yet: the actions below are "
                              "where to start.", s.body))
    flow.append(_Heading("Your first five actions", s.h2, 1))
    flow.append(Paragraph("Numbers are the actions' places in the plan, which puts them in "
                          "the order to do them.", s.small))
    for row in content.top_actions:
        flow.append(Paragraph(f"{row.number}. {text(row.title)}", s.keep_bold))
        if _tag_text(row):
            flow.append(Paragraph(_tag_text(row), s.tag))
        flow.append(Paragraph(f"First step: {text(row.first_step)}", s.bullet))
    if not content.top_actions:
        flow.append(Paragraph("There are no actions: every answer given is at the top level.",
                              s.body))
    flow.append(PageBreak())
    return flow


def _since_last(content: ReportContent, s: _Styles) -> list[Flowable]:
    """"Since your last check": the previous visit compared with this one."""
    c = content.since_last
    if c is None:
        return []
    flow: list[Flowable] = [
        _Heading("Since your last check", s.h1, 0),
        Paragraph(f"Compared with the check of {c.date_before.day} "
                  f"{c.date_before:%B %Y}.", s.body),
    ]

    def change(before: float | None, after: float | None, delta: float | None) -> str:
        sign = "" if delta is None else f" ({delta:+.0f})"
        return f"{score_text(before)} then, {score_text(after)} now{sign}"

    overall = change(c.overall.before, c.overall.after, c.overall.change)
    flow.append(Paragraph(f"<b>Overall:</b> {overall}; {text(c.overall.level_before)} then, "
                          f"{text(c.overall.level_after)} now.", s.body))
    flow += [Paragraph(f"<b>{text(a.title)}:</b> {change(a.before, a.after, a.change)}",
                       s.bullet, bulletText="•") for a in c.areas]
    counts = c.action_counts
    flow.append(_Heading("Actions from last time", s.h2, 1))
    flow.append(Paragraph(
        f"{counts['done']} done, {counts['in_progress']} in progress, {counts['planned']} "
        f"planned, {counts['not_doing']} not being done and {counts['not_started']} not "
        "started yet.", s.body))
    flow.append(_Heading("Answers that changed", s.h2, 1))
    if not c.moved:
        flow.append(Paragraph("No answer changed since the last check.", s.body))
    words = {"up": "Better", "down": "Worse", "changed": "Changed"}
    for move in c.moved[:30]:
        flow.append(Paragraph(
            f"<b>{words[move.direction]}:</b> {text(move.question)} "
            f"<i>{text(move.before or 'not answered')}</i> \u2192 "
            f"<i>{text(move.after or 'not answered')}</i>", s.bullet, bulletText="•"))
    if len(c.moved) > 30:
        flow.append(Paragraph(f"and {len(c.moved) - 30} more (see the appendix).", s.small))
    flow.append(PageBreak())
    return flow


def _tag_text(row: PlanRow) -> str:
    tags = []
    if row.critical:
        tags.append("Fixes a critical gap")
    if row.quick_win:
        tags.append("quick win" if tags else "Quick win")
    return ", ".join(tags)


def _area_section(area: AreaSection, s: _Styles) -> list[Flowable]:
    if not area.applies:
        skipped: list[Flowable] = [
            CondPageBreak(40 * mm),
            _Heading(area.title, s.h1, 0),
            Paragraph(f"<b>Not applicable.</b> {text(area.not_applicable_reason)}", s.body),
        ]
        if area.note:
            skipped.append(Paragraph(text(area.note), s.body))
        return skipped
    if area.score is None:
        summary = "<b>Not scored yet:</b> no scored question in this area has an answer."
    else:
        summary = (f"<b>Score:</b> {score_text(area.score)} out of 100, {text(area.level)}"
                   + (" (held down by a critical gap)" if area.level_capped else "") + ".")
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        _Heading(area.title, s.h1, 0),
        Paragraph(f"{summary} {area.answered} of {area.applicable} questions answered.",
                  s.body),
        Paragraph(text(area.description), s.body),
        _Heading("What is in place", s.h2, 1),
    ]
    if area.in_place:
        flow += [Paragraph(text(x), s.bullet, bulletText="✓") for x in area.in_place]
    else:
        flow.append(Paragraph("Nothing in this area reached the top level yet.", s.body))
    flow.append(CondPageBreak(35 * mm))
    flow.append(_Heading("Gaps and why they matter", s.h2, 1))
    if not area.gaps:
        flow.append(Paragraph("No gaps in the answers given.", s.body))
    for gap in area.gaps:
        label = "Critical gap. " if gap.critical else ""
        answer = "Don't know" if gap.dont_know else gap.answer
        flow.append(Paragraph(f"{text(label)}{text(gap.question)}", s.keep_bold))
        flow.append(Paragraph(f"Your answer: {text(answer)}", s.bullet))
        flow.append(Paragraph(f"Why it matters: {text(gap.why)}", s.bullet))
    return flow


def _plan(content: ReportContent, s: _Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading("Your action plan", s.h1, 0),
        Paragraph(
            "Actions are in the order to do them: a legal deadline first, then fixes for "
            "answers that fail a basic standard such as Cyber Essentials, other critical "
            "gaps, then the rest by risk and gain, never before an action they depend on. "
            "At most five go in the first 30 days and fifteen in the year; the rest are "
            "listed under \u201cLater\u201d. Fill in who will do each one and by when.", s.body),
        Paragraph(f"Fitted to: {text(content.means)}", s.small),
    ]
    notes = dict(content.period_notes)
    if not content.plan:
        flow.append(Paragraph("There are no actions: every answer given is at the top level.",
                              s.body))
    widths = [8 * mm, 66 * mm, 24 * mm, 40 * mm, 18 * mm, 18 * mm]
    header: list[_Cell] = [[Paragraph(h, s.cell_bold)] for h in
              ("#", "Action and first step", "Effort and cost", "Help near you", "Who",
               "By when")]
    for period, rows in content.plan:
        flow.append(CondPageBreak(60 * mm))
        flow.append(_Heading(period, s.h2, 1))
        if notes.get(period):
            flow.append(Paragraph(text(notes[period]), s.small))
        header_row = _Row(header, widths, shade="#E8EEF5")
        flow.append(header_row)
        for row in rows:
            action = [Paragraph(text(row.title), s.cell_bold)]
            if _tag_text(row):
                action.append(Paragraph(_tag_text(row), s.cell_tag))
            action += [Paragraph(text(row.what), s.cell),
                       Paragraph(f"First step: {text(row.first_step)}", s.cell_italic)]
            if row.follows:
                action.append(Paragraph(f"After: {text('; '.join(row.follows))}", s.cell))
            cells: list[_Cell] = [
                str(row.number),
                action,
                [Paragraph(f"{text(row.effort)} effort", s.cell), Paragraph(text(row.cost), s.cell),
                 Paragraph(f"Gain: +{row.gain_area:.0f} in {text(row.area_title)}", s.cell)],
                _contact_cell(row.support, s),
                [Paragraph(text(row.who), s.cell_grey)],
                [Paragraph(text(row.status), s.cell_bold)] if row.status else "",
            ]
            flow.append(_Row(cells, widths, repeat_header=_Row(header, widths, shade="#E8EEF5"),
                             frame_height=_FRAME_HEIGHT))
    flow += _later(content, s)
    return flow


def _later(content: ReportContent, s: _Styles) -> list[Flowable]:
    """The actions left for after the year's plan: a short list, not the table."""
    if not content.later:
        return []
    flow: list[Flowable] = [
        CondPageBreak(40 * mm),
        _Heading("Later, once the above is done", s.h2, 1),
        Paragraph("These matter too, but they do not fit in this year's plan alongside the "
                  "actions above. Come back to them when those are done.", s.small),
    ]
    for row in content.later:
        flow.append(Paragraph(f"{row.number}. {text(row.title)}", s.keep_bold))
        if row.status:
            flow.append(Paragraph(f"Status: {text(row.status)}", s.bullet))
        flow.append(Paragraph(f"First step: {text(row.first_step)}", s.bullet))
        if row.why_later:
            flow.append(Paragraph(f"Why later: {text(row.why_later)}", s.bullet))
    return flow


_Cell = list[Paragraph] | str


class _Row(Flowable):
    """One row of the plan table: cells wrapped once, drawn with a grid.

    reportlab's Table measures every cell several times; for a plan of forty actions that was
    most of the time spent on the PDF. A cell is a short string or a list of paragraphs
    stacked top to bottom. A row never splits: it moves to the next page whole.
    """

    PAD = 3.0
    LINE = 10.0
    MAX_WHOLE = 600.0  # points; rows taller than this may be split across pages

    def __init__(self, cells: list[_Cell], widths: list[float], shade: str | None = None,
                 *, repeat_header: _Row | None = None, frame_height: float = 0.0) -> None:
        super().__init__()
        self.cells = cells
        self.widths = widths
        self.shade = shade
        self.heights: list[list[float]] = []
        # A row that starts a new page draws the table's header row above itself.
        self.repeat_header = repeat_header
        self.frame_height = frame_height
        self.header_on_top = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.heights = [
            [p.wrap(width - 2 * self.PAD, avail_height)[1] for p in cell]
            if isinstance(cell, list) else [self.LINE]
            for cell, width in zip(self.cells, self.widths, strict=True)
        ]
        self.height = max(sum(h) for h in self.heights) + 2 * self.PAD
        self.width = sum(self.widths)
        self.header_on_top = (self.repeat_header is not None
                              and avail_height >= self.frame_height - 1)
        if self.header_on_top and self.repeat_header is not None:
            self.height += self.repeat_header.wrap(avail_width, avail_height)[1]
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self.height <= self.MAX_WHOLE:
            return []  # move to the next page whole
        # Taller than a page (a very long note): let a real table split it inside the row.
        cells: list[_Cell] = list(self.cells)
        table = Table([cells], colWidths=self.widths, splitInRow=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.PAD),
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
        ]))
        parts: list[Flowable] = table.split(avail_width, avail_height)
        return parts

    def draw(self) -> None:
        canvas = self.canv
        if self.header_on_top and self.repeat_header is not None:
            header = self.repeat_header
            header.drawOn(canvas, 0, self.height - header.height)
            self._draw_cells(self.height - header.height)
            return
        self._draw_cells(self.height)

    def _draw_cells(self, row_height: float) -> None:
        canvas = self.canv
        if self.shade:
            canvas.setFillColor(colors.HexColor(self.shade))
            canvas.rect(0, 0, self.width, row_height, stroke=0, fill=1)
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.rect(0, 0, self.width, row_height, stroke=1, fill=0)
        x = 0.0
        for cell, width, heights in zip(self.cells, self.widths, self.heights, strict=True):
            if x:
                canvas.line(x, 0, x, row_height)
            top = row_height - self.PAD
            if isinstance(cell, list):
                for paragraph, height in zip(cell, heights, strict=True):
                    top -= height
                    paragraph.drawOn(canvas, x + self.PAD, top)
            elif cell:
                canvas.setFillColor(colors.black)
                canvas.setFont(fonts.REGULAR, 8)
                canvas.drawString(x + self.PAD, top - 8, cell)
            x += width


def _contact_cell(contacts: Sequence[SupportContact], s: _Styles) -> list[Paragraph]:
    if not contacts:
        return [Paragraph("See the support pages", s.cell)]
    cell: list[Paragraph] = []
    for contact in contacts:  # the action's contacts (core: TopicSupport.for_action)
        cell.append(Paragraph(text(contact.name), s.cell_bold))
        if contact.check_first:
            cell.append(Paragraph(f"<i>{text(CHECK_FIRST.capitalize())}</i>", s.cell))
        if contact.phone:
            cell.append(Paragraph(text(contact.phone), s.cell))
        if contact.website:
            cell.append(Paragraph(link(contact.website, _short_url(contact.website)), s.cell))
    return cell


def _support(content: ReportContent, s: _Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading("Support near you", s.h1, 0),
        Paragraph(f"For {text(content.place)}. The most local organisations come first. Phone "
                  "numbers are shown only where they were checked against a dated source; "
                  "otherwise use the website.", s.body),
    ]
    if content.directory_date is not None:
        flow.append(Paragraph(text(directory_checked(content.directory_date)) + ". "
                              f"Organisations marked \u201c{CHECK_FIRST}\u201d were last checked "
                              "more than 12 months ago, or their details could not be "
                              "checked.", s.body))
    if content.directory_stale:
        flow.append(Paragraph("<b>Note:</b> the support directory is more than 12 months old; "
                              "check details before you rely on them.", s.body))
    for topic, contacts in content.support:
        flow.append(CondPageBreak(45 * mm))  # never leave a topic heading alone at the foot
        flow.append(_Heading(topic, s.h2, 1))
        for contact in contacts:
            flow.append(Paragraph(f"{text(contact.name)} ({text(contact.scope)})", s.keep_bold))
            if contact.check_first:
                flow.append(Paragraph(f"<i>{text(CHECK_FIRST.capitalize())}.</i>", s.keep))
            if contact.description:
                flow.append(Paragraph(text(contact.description), s.keep))
            details = []
            if contact.phone:
                details.append(f"Phone {text(contact.phone)}")
            if contact.website:
                details.append(link(contact.website))
            if details:
                flow.append(Paragraph(" · ".join(details), s.body))
    return flow


_STAFF_PAGE = [
    ("Ask before you choose",
     "Explain the problem the new technology should solve and ask the people who will use "
     "it what they need, before you pick a product. In a CIPD survey, 70% of staff who were "
     "consulted expected technology to improve their job, against 20% of those who were "
     "not."),
    ("Share the plan",
     "Say what is coming, why, when, and how it will change people's work. Keep people "
     "updated as plans change."),
    ("Try it out with the people who will use it",
     "Run a short trial with a few volunteers, including people who are not technical, and "
     "change the plan in the light of what they find."),
    ("Give training and time to learn",
     "Plan who needs training and when, with time set aside in working hours. Ask your "
     "local skills service about funded courses."),
    ("Be open about data and monitoring",
     "If a system records what staff do, tell them what is recorded, why, who sees it and "
     "for how long. The Information Commissioner's Office expects employers to ask for "
     "staff views before monitoring and to check whether a data protection impact "
     "assessment is needed. Avoid secret monitoring."),
    ("Keep a person in important decisions",
     "Where a system helps decide things that affect staff, such as pay, shifts or "
     "discipline, make sure a person reviews the decision and can explain it."),
    ("Consult on big changes", ""),  # the firm's nation's law: content.staff_consult
    ("Check how it went",
     "After three and twelve months, ask staff how the change has affected their work, "
     "workload and wellbeing, and fix what is not working."),
]
def _involving_staff(content: ReportContent, s: _Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading("Involving your staff in the changes", s.h1, 0),
        Paragraph("Technology tends to work better, for the business and for the people who "
                  "use it, when staff help choose it and bring it in. These steps apply to "
                  "every action in this plan.", s.body),
    ]
    for heading, body in _STAFF_PAGE:
        flow.append(Paragraph(text(heading), s.h3))
        flow.append(Paragraph(text(body or content.staff_consult), s.body))
    flow.append(Paragraph(f"Sources: {text(content.staff_sources)}", s.small))
    return flow


def _appendix(content: ReportContent, s: _Styles) -> list[Flowable]:
    flow: list[Flowable] = [PageBreak(), _Heading("Appendix: your answers", s.h1, 0)]
    if content.answers_to_check or content.dont_know:
        flow.append(_Heading("Answers to check", s.h2, 1))
    if content.answers_to_check:
        flow.append(Paragraph("These answers seem to contradict each other. The score takes "
                              "them as given; one of each pair may need changing.", s.body))
        flow += [Paragraph(text(c), s.bullet, bulletText="!") for c in content.answers_to_check]
    if content.dont_know:
        flow.append(Paragraph("You answered \"don't know\" to these. Finding out is often a "
                              "quick first step.", s.body))
        flow += [Paragraph(text(q), s.bullet, bulletText="?") for q in content.dont_know]
    flow.append(_Heading("Every answer, with notes", s.h2, 1))
    if content.notes_statement:
        flow.append(Paragraph(text(content.notes_statement), s.small))
    widths = [68 * mm, 46 * mm, 16 * mm, 44 * mm]
    if not content.answers:
        flow.append(Paragraph("No answers yet.", s.body))
        return flow
    flow.append(_Row([[Paragraph(h, s.cell_bold)] for h in ("Question", "Answer", "Score",
                                                             "Note")],
                     widths, shade="#E8EEF5"))
    for line in content.answers:
        points = "-" if line.points is None else f"{line.points:g}/4"
        note = [Paragraph(text(part), s.cell) for part in line.note.splitlines() if part.strip()]
        if line.private_note:
            note.append(Paragraph("Adviser's private note:", s.cell_bold))
            note += [Paragraph(text(part), s.cell_italic)
                     for part in line.private_note.splitlines() if part.strip()]
        flow.append(_Row([[Paragraph(text(line.question), s.cell)],
                          [Paragraph(text(line.answer), s.cell)], points, note], widths))
    return flow


def _about(content: ReportContent, branding: Branding, s: _Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading("Sources and notes", s.h1, 0),
        _Heading("Sources the questions rest on", s.h2, 1),
    ]
    for source in content.sources:
        flow.append(Paragraph(f"{text(source.name)}, {text(source.section)} "
                              f"({text(source.version)}). {link(source.url)}", s.small))
    flow.append(_Heading("About this report", s.h2, 1))
    flow.append(Paragraph(
        f"Made with the questionnaire {text(content.questionnaire_title)} "
        f"({text(content.questionnaire_id)}, version {text(content.questionnaire_version)}). "
        "An area's score is the share of the available points earned on the questions "
        "answered in it; levels follow the four bands of the EU Digital Maturity Assessment. "
        "The gain shown for each action is worked out by scoring your answers again as if "
        "the action were done.", s.small))
    if content.directory_date is not None:
        flow.append(Paragraph(f"Support directory dated {content.directory_date:%d %B %Y}.",
                              s.small))
    flow += [Paragraph(text(line), s.small) for line in content.attribution]
    return flow


def _short_url(url: str) -> str:
    bare = url.split("://", 1)[-1].rstrip("/")
    return bare if len(bare) <= 34 else bare[:33] + "…"


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
