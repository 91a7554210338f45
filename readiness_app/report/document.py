"""The PDF action plan: renders a :class:`ReportContent` to A4 pages with reportlab.

Every text that came from a user or a data file is escaped before it reaches reportlab's
paragraph markup. The result is returned as bytes; the caller writes it to disk atomically.
With ``deterministic=True`` the same content gives the same bytes (reportlab invariant mode).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import weakref
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
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
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from readiness_app.core.i18n import ENGLISH, N_, Messages
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


_MARKUP = re.compile("[<>&]")
_PLAIN_RUN: weakref.WeakKeyDictionary[ParagraphStyle, Any] = weakref.WeakKeyDictionary()


class Paragraph(_ReportlabParagraph):
    """A reportlab paragraph that reads plain text without the markup parser and breaks its
    lines once per width (the same bytes as reportlab's own paragraph).

    Most of a plan's six hundred paragraphs are plain text in one style: reportlab would
    run each through its HTML parser to find a single run of text; here that run is copied
    from one parsed for the style. reportlab also measures a flowable again each time it
    places it (a heading kept with the text after it, a plan row that moves to the next
    page, the header row repeated above each page's rows, a support cell shown for several
    actions); the lines depend on the width alone, so a second measure at the same width
    reuses the first.
    """

    _lines_for: tuple[float, Any, list[float], float] | None = None

    def __init__(self, markup: str | None, style: ParagraphStyle,
                 bulletText: str | None = None, **more: Any) -> None:
        plain = (not more and markup is not None and not _MARKUP.search(markup)
                 and not getattr(style, "textTransform", None))
        cleaned = cleanBlockQuotedText(markup) if plain and markup is not None else ""
        if not cleaned:  # markup, an empty text, or reportlab splitting a paragraph
            super().__init__(markup, style, bulletText, **more)
            return
        if style not in _PLAIN_RUN:
            _PLAIN_RUN[style] = ParaParser().parse("x", style)[1][0]
        super().__init__(cleaned, style, bulletText, frags=[_PLAIN_RUN[style].clone(
            text=cleaned)])

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The paragraph's size at ``availWidth``, its lines broken once per width."""
        done = self._lines_for
        if done is not None and done[0] == availWidth:
            _, self.blPara, self._wrapWidths, self.height = done
            self.width = availWidth
            return availWidth, self.height
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= rl_config._FUZZ:  # below it reportlab measured nothing
            self._lines_for = (availWidth, self.blPara, self._wrapWidths, height)
        return width, height


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
    content: ReportContent, branding: Branding, *, deterministic: bool = False,
    tr: Messages = ENGLISH, then: Sequence[tuple[ReportContent, Messages]] = (),
) -> bytes:
    """The PDF as bytes, its texts in ``tr``'s language.

    ``then`` adds the same plan in other languages, one after the other in the same file
    (a bilingual plan: Welsh first, then English); the footer and metadata name both.
    """
    fonts.register_fonts()
    buffer = io.BytesIO()
    styles = _Styles(branding)
    parts = [(content, tr), *then]
    document = _Document(
        buffer,
        content=content,
        branding=branding,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=MARGIN,
        title=" / ".join(_texts(parts, "title")),
        author=branding.organisation,
        subject=" / ".join(_texts(parts, "subject")),
        creator="readiness_app",
        keywords=", ".join(dict.fromkeys(_texts(parts, "keywords"))),
        lang=content.language,
        invariant=1 if deterministic else 0,
    )
    story: list[Flowable] = []
    for number, (part, part_tr) in enumerate(parts):
        if number:
            story += [NextPageTemplate("cover"), PageBreak()]
        story += _part(part, branding, styles, part_tr)
    document.build(story, canvasmaker=_canvas_maker(content, branding,
                                                    [t for _, t in parts]))
    return buffer.getvalue()


def _texts(parts: Sequence[tuple[ReportContent, Messages]], which: str) -> list[str]:
    """The document's title, subject or keywords in each language of the plan."""
    found = []
    for content, tr in parts:
        found.append({
            "title": tr("Technology readiness action plan: {firm}"),
            "subject": tr("{title} (version {version})"),
            "keywords": tr("technology readiness, cyber security, action plan"),
        }[which].format(firm=content.firm_name, title=content.questionnaire_title,
                        version=content.questionnaire_version))
    return found


def _part(content: ReportContent, branding: Branding, styles: _Styles,
          tr: Messages) -> list[Flowable]:
    """The whole plan in one language, from its cover to its sources."""
    story: list[Flowable] = []
    story += _cover(content, branding, styles, tr)
    story += _summary(content, branding, styles, tr)
    story += _since_last(content, styles, tr)
    for area in content.areas:
        story += _area_section(area, styles, tr)
    story += _plan(content, styles, tr)
    story += _support(content, styles, tr)
    if content.staff_page:
        story += _involving_staff(content, styles, tr)
    story += _appendix(content, styles, tr)
    story += _about(content, branding, styles, tr)
    return story


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


def _canvas_maker(content: ReportContent, branding: Branding,
                  languages: Sequence[Messages]) -> type[Canvas]:
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
            self.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 8 * mm, " · ".join(
                tr("Page {page} of {total}").format(page=self._pageNumber, total=total)
                for tr in languages))
            self.drawString(MARGIN, MARGIN - 8 * mm, " · ".join(
                tr("Prepared {date}").format(date=_long_date(tr, content.generated_on))
                for tr in languages))
            self.restoreState()

    return _NumberedCanvas


# ----------------------------------------------------------------------------- sections


def _cover(content: ReportContent, branding: Branding, s: _Styles,
           tr: Messages) -> list[Flowable]:
    lines = [
        (tr("Area"), content.place),
        (tr("Date"), _long_date(tr, content.generated_on)),
        (tr("Questionnaire"), tr("{title}, version {version}").format(
            title=content.questionnaire_title, version=content.questionnaire_version)),
        (tr("Assessment"), content.status),
    ]
    if content.sector:
        lines.insert(0, (tr("Sector"), content.sector))
    if content.size:
        lines.insert(1 if content.sector else 0, (tr("Size"), content.size))
    rows = [[Paragraph(f"<b>{text(k)}</b>", s.cover_line), Paragraph(text(v), s.cover_line)]
            for k, v in lines]
    table = Table(rows, colWidths=[36 * mm, BODY_WIDTH - 36 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    flowables: list[Flowable] = [
        Spacer(1, 18 * mm),
        _Heading(tr("Technology readiness action plan"), s.cover_title, 0),
        Paragraph(text(content.firm_name), s.cover_firm),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 14 * mm),
        Paragraph(text(tr(
            "This plan comes from your answers to a self-assessment of three things: whether "
            "the business can afford and manage new technology, how well it is protected "
            "online, and how staff are involved when technology changes. Each action names "
            "a first step and where to get help nearby.")), s.body),
    ]
    if branding.contact or branding.website:
        contact = " · ".join(x for x in (text(branding.contact), link(branding.website)) if x)
        flowables.append(Paragraph(text(tr("Contact {organisation}:")).format(
            organisation=text(branding.organisation)) + f" {contact}", s.small))
    flowables += [NextPageTemplate("body"), PageBreak()]
    return flowables


def _summary(content: ReportContent, branding: Branding, s: _Styles,
             tr: Messages) -> list[Flowable]:
    flow: list[Flowable] = [_Heading(tr("Your results at a glance"), s.h1, 0)]
    if content.overall is None:
        flow.append(Paragraph(text(tr("No scored questions have been answered yet.")), s.big))
    else:
        headline = tr("Overall score {score} out of 100: {level}").format(
            score=score_text(content.overall), level=content.level)
        if content.provisional:  # an unfinished check is never headlined as if final
            headline = tr("{provisional}. Score so far {score} out of 100: {level}").format(
                provisional=content.provisional, score=score_text(content.overall),
                level=content.level)
        flow.append(Paragraph(text(headline), s.big))
        flow.append(Paragraph(text(content.level_description), s.body))
        if content.held_note:
            flow.append(Paragraph(f"<b>{text(content.held_note)}</b> "
                                  + text(tr("Critical gaps are listed in the areas below.")),
                                  s.body))
        if content.answers_to_check:
            count = len(content.answers_to_check)
            pairs = tr.plural("{count} pair of answers seems to contradict each other",
                              "{count} pairs of answers seem to contradict each other",
                              count).format(count=count)
            flow.append(Paragraph(f"<b>{text(pairs)}</b>: " + text(tr(
                "see \"Answers to check\" in the appendix.")), s.body))
    flow.append(Paragraph(text(tr("{share} of the questions asked were answered.").format(
        share=_percent(content.coverage, tr))), s.small))
    flow.append(Spacer(1, 3 * mm))
    flow.append(area_chart([(a.title, a.score, a.level if a.applies else None)
                            for a in content.areas],
                           content.level_names, branding.primary_colour, tr))
    flow.append(Paragraph(text(tr(
        "Scores run from 0 to 100 in each area. Each answer earns 0 to 4 points; a critical "
        "gap holds an area's level down whatever its score.")), s.small))
    flow.append(_Heading(tr("What you already do well"), s.h2, 1))
    if content.strengths:
        flow += [Paragraph(f"<b>{text(area)}.</b> {text(question)} <i>{text(answer)}</i>",
                           s.bullet, bulletText="•")
                 for area, question, answer in content.strengths]
    else:
        flow.append(Paragraph(text(tr("No answers reached the top levels yet: the actions "
                                      "below are where to start.")), s.body))
    flow.append(_Heading(tr("Do these first"), s.h2, 1))
    flow.append(Paragraph(text(tr("The next 30 days' actions (or the plan's first five when "
                                  "none is due that soon). Numbers are the actions' places in "
                                  "the plan, the same as in the app.")), s.small))
    for row in content.top_actions:
        flow.append(Paragraph(f"{row.number}. {text(row.title)}", s.keep_bold))
        if _tag_text(row, tr):
            flow.append(Paragraph(_tag_text(row, tr), s.tag))
        flow.append(Paragraph(_first_step(row, tr), s.bullet))
    if not content.top_actions:
        flow.append(Paragraph(text(tr(_NO_ACTIONS)), s.body))
    flow.append(PageBreak())
    return flow


def _since_last(content: ReportContent, s: _Styles, tr: Messages) -> list[Flowable]:
    """"Since your last check": the previous visit compared with this one."""
    c = content.since_last
    if c is None:
        return []
    flow: list[Flowable] = [
        _Heading(tr("Since your last check"), s.h1, 0),
        Paragraph(text(tr("Compared with the check of {date}.").format(
            date=tr.date(c.date_before))), s.body),
    ]

    def change(before: float | None, after: float | None, delta: float | None) -> str:
        sign = "" if delta is None else f" ({delta:+.0f})"
        return tr("{before} then, {after} now").format(
            before=score_text(before), after=score_text(after)) + sign

    overall = change(c.overall.before, c.overall.after, c.overall.change)
    flow.append(Paragraph(f"<b>{text(tr('Overall:'))}</b> " + text(tr(
        "{change}; {level_before} then, {level_after} now.").format(
        change=overall, level_before=c.overall.level_before,
        level_after=c.overall.level_after)), s.body))
    flow += [Paragraph(f"<b>{text(a.title)}:</b> {text(change(a.before, a.after, a.change))}",
                       s.bullet, bulletText="•") for a in c.areas]
    counts = c.action_counts
    flow.append(_Heading(tr("Actions from last time"), s.h2, 1))
    flow.append(Paragraph(text(tr(
        "{done} done, {in_progress} in progress, {planned} planned, {not_doing} not being "
        "done and {not_started} not started yet.").format(**counts)), s.body))
    flow.append(_Heading(tr("Answers that changed"), s.h2, 1))
    if not c.moved:
        flow.append(Paragraph(text(tr("No answer changed since the last check.")), s.body))
    words = {"up": tr("Better"), "down": tr("Worse"), "changed": tr("Changed")}
    not_answered = tr("not answered")
    for move in c.moved[:30]:
        flow.append(Paragraph(
            f"<b>{text(words[move.direction])}:</b> {text(move.question)} "
            f"<i>{text(move.before or not_answered)}</i> \u2192 "
            f"<i>{text(move.after or not_answered)}</i>", s.bullet, bulletText="•"))
    if len(c.moved) > 30:
        flow.append(Paragraph(text(tr("and {count} more (see the appendix).").format(
            count=len(c.moved) - 30)), s.small))
    flow.append(PageBreak())
    return flow


_NO_ACTIONS = N_("There are no actions: every answer given is at the top level.")


def _first_step(row: PlanRow, tr: Messages) -> str:
    return text(tr("First step: {step}").format(step=row.first_step))


def _tag_text(row: PlanRow, tr: Messages) -> str:
    tags = []
    if row.critical:
        tags.append(tr("Fixes a critical gap"))
    if row.quick_win:
        tags.append(tr("quick win") if tags else tr("Quick win"))
    return text(", ".join(tags))


def _area_section(area: AreaSection, s: _Styles, tr: Messages) -> list[Flowable]:
    if not area.applies:
        skipped: list[Flowable] = [
            CondPageBreak(40 * mm),
            _Heading(area.title, s.h1, 0),
            Paragraph(f"<b>{text(tr('Not applicable.'))}</b> "
                      f"{text(area.not_applicable_reason)}", s.body),
        ]
        if area.note:
            skipped.append(Paragraph(text(area.note), s.body))
        return skipped
    if area.score is None:
        summary = (f"<b>{text(tr('Not scored yet:'))}</b> "
                   + text(tr("no scored question in this area has an answer.")))
    else:
        summary = (f"<b>{text(tr('Score:'))}</b> " + text(
            (tr("{score} out of 100, {level} (held down by a critical gap).")
             if area.level_capped else tr("{score} out of 100, {level}.")).format(
                score=score_text(area.score), level=area.level)))
    flow: list[Flowable] = [
        CondPageBreak(60 * mm),
        _Heading(area.title, s.h1, 0),
        Paragraph(summary + " " + text(tr("{answered} of {applicable} questions answered.")
                                       .format(answered=area.answered,
                                               applicable=area.applicable)), s.body),
        Paragraph(text(area.description), s.body),
        _Heading(tr("What is in place"), s.h2, 1),
    ]
    if area.in_place:
        flow += [Paragraph(text(x), s.bullet, bulletText="✓") for x in area.in_place]
    else:
        flow.append(Paragraph(text(tr("Nothing in this area reached the top level yet.")),
                              s.body))
    flow.append(CondPageBreak(35 * mm))
    flow.append(_Heading(tr("Gaps and why they matter"), s.h2, 1))
    if not area.gaps:
        flow.append(Paragraph(text(tr("No gaps in the answers given.")), s.body))
    for gap in area.gaps:
        label = tr("Critical gap.") + " " if gap.critical else ""
        answer = tr("Don't know") if gap.dont_know else gap.answer
        flow.append(Paragraph(f"{text(label)}{text(gap.question)}", s.keep_bold))
        flow.append(Paragraph(text(tr("Your answer: {answer}").format(answer=answer)),
                              s.bullet))
        flow.append(Paragraph(text(tr("Why it matters: {why}").format(why=gap.why)),
                              s.bullet))
    return flow


def _plan(content: ReportContent, s: _Styles, tr: Messages) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading(tr("Your action plan"), s.h1, 0),
        Paragraph(text(tr(
            "Actions are in the order to do them: a legal deadline first, then fixes for "
            "answers that fail a basic standard such as Cyber Essentials, other critical "
            "gaps, then the rest by risk and gain; at each step the basics that stop most "
            "attacks (two-step sign-in, updates, backups, replacing unsupported kit) come "
            "first and legal duties next, and nothing comes before an action it depends on. "
            "At most five go in the first 30 days and fifteen in the year; the rest are "
            "listed under \u201cLater\u201d. Fill in who will do each one and by when.")),
            s.body),
        Paragraph(text(tr("Fitted to: {means}").format(means=content.means)), s.small),
    ]
    notes = dict(content.period_notes)
    if not content.plan:
        flow.append(Paragraph(text(tr(_NO_ACTIONS)), s.body))
    widths = [8 * mm, 66 * mm, 24 * mm, 40 * mm, 18 * mm, 18 * mm]
    header: list[_Cell] = [[Paragraph(text(h), s.cell_bold)] for h in
              ("#", tr("Action and first step"), tr("Effort and cost"), tr("Help near you"),
               tr("Who"), tr("By when"))]
    # Actions of one topic share their support: one cell, laid out once, drawn in each row;
    # so do cells of the same text ("A few hours of work", "Quick win").
    support_cells: dict[tuple[SupportContact, ...], list[Paragraph]] = {}
    same_text: dict[tuple[str, str], Paragraph] = {}

    def cell(markup: str, style: ParagraphStyle) -> Paragraph:
        if (markup, style.name) not in same_text:
            same_text[markup, style.name] = Paragraph(markup, style)
        return same_text[markup, style.name]

    for period, rows in content.plan:
        flow.append(CondPageBreak(60 * mm))
        flow.append(_Heading(period, s.h2, 1))
        if notes.get(period):
            flow.append(Paragraph(text(notes[period]), s.small))
        header_row = _Row(header, widths, shade="#E8EEF5")
        flow.append(header_row)
        for row in rows:
            if tuple(row.support) not in support_cells:
                support_cells[tuple(row.support)] = _contact_cell(row.support, s, tr)
            action = [Paragraph(text(row.title), s.cell_bold)]
            if _tag_text(row, tr):
                action.append(cell(_tag_text(row, tr), s.cell_tag))
            action += [Paragraph(text(row.what), s.cell),
                       Paragraph(_first_step(row, tr), s.cell_italic)]
            if row.follows:
                action.append(Paragraph(text(tr("After: {actions}").format(
                    actions="; ".join(row.follows))), s.cell))
            cells: list[_Cell] = [
                str(row.number),
                action,
                [cell(text(row.effort), s.cell), cell(text(row.cost), s.cell),
                 cell(text(tr("Gain: +{gain} in {area}").format(
                     gain=f"{row.gain_area:.0f}", area=row.area_title)), s.cell)],
                support_cells[tuple(row.support)],
                [cell(text(row.who), s.cell_grey)],
                [cell(text(row.status), s.cell_bold)] if row.status else "",
            ]
            flow.append(_Row(cells, widths, repeat_header=_Row(header, widths, shade="#E8EEF5"),
                             frame_height=_FRAME_HEIGHT))
    flow += _later(content, s, tr)
    return flow


def _later(content: ReportContent, s: _Styles, tr: Messages) -> list[Flowable]:
    """The actions left for after the year's plan: a short list, not the table."""
    if not content.later:
        return []
    flow: list[Flowable] = [
        CondPageBreak(40 * mm),
        _Heading(tr("Later, once the above is done"), s.h2, 1),
        Paragraph(text(tr("These matter too, but they do not fit in this year's plan "
                          "alongside the actions above. Come back to them when those are "
                          "done.")), s.small),
    ]
    for row in content.later:
        flow.append(Paragraph(f"{row.number}. {text(row.title)}", s.keep_bold))
        if row.status:
            flow.append(Paragraph(text(tr("Status: {status}").format(status=row.status)),
                                  s.bullet))
        flow.append(Paragraph(_first_step(row, tr), s.bullet))
        if row.why_later:
            flow.append(Paragraph(text(tr("Why later: {why}").format(why=row.why_later)),
                                  s.bullet))
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


def _contact_cell(contacts: Sequence[SupportContact], s: _Styles,
                  tr: Messages) -> list[Paragraph]:
    if not contacts:
        return [Paragraph(text(tr("See the support pages")), s.cell)]
    cell: list[Paragraph] = []
    for contact in contacts:  # the action's contacts (core: TopicSupport.for_action)
        cell.append(Paragraph(text(contact.name), s.cell_bold))
        if contact.check_first:
            cell.append(Paragraph(f"<i>{text(tr(CHECK_FIRST).capitalize())}</i>", s.cell))
        if contact.phone:
            cell.append(Paragraph(text(contact.phone), s.cell))
        if contact.website:
            cell.append(Paragraph(link(contact.website, _short_url(contact.website)), s.cell))
    return cell


def _support(content: ReportContent, s: _Styles, tr: Messages) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading(tr("Support near you"), s.h1, 0),
        Paragraph(text(tr(
            "For {place}. The most local organisations come first. Phone numbers are shown "
            "only where they were checked against a dated source; otherwise use the "
            "website.").format(place=content.place.rstrip("."))), s.body),
    ]
    if content.directory_date is not None:
        flow.append(Paragraph(text(directory_checked(content.directory_date, tr) + ". " + tr(
            "Organisations marked \u201c{label}\u201d were last checked more than 12 months "
            "ago, or their details could not be checked.").format(label=tr(CHECK_FIRST))),
            s.body))
    if content.directory_stale:
        flow.append(Paragraph(f"<b>{text(tr('Note:'))}</b> " + text(tr(
            "the support directory is more than 12 months old; check details before you "
            "rely on them.")), s.body))
    for topic, contacts in content.support:
        flow.append(CondPageBreak(45 * mm))  # never leave a topic heading alone at the foot
        flow.append(_Heading(topic, s.h2, 1))
        for contact in contacts:
            flow.append(Paragraph(f"{text(contact.name)} ({text(tr(_SCOPES[contact.scope]))})",
                                  s.keep_bold))
            if contact.check_first:
                flow.append(Paragraph(f"<i>{text(tr(CHECK_FIRST).capitalize())}.</i>", s.keep))
            if contact.description:
                flow.append(Paragraph(text(contact.description), s.keep))
            details = []
            if contact.phone:
                details.append(text(tr("Phone {number}").format(number=contact.phone)))
            if contact.website:
                details.append(link(contact.website))
            if details:
                flow.append(Paragraph(" · ".join(details), s.body))
    return flow


_SCOPES = {"local": N_("local"), "regional": N_("regional"), "national": N_("national")}

_STAFF_PAGE = [
    (N_("Ask before you choose"),
     N_("Explain the problem the new technology should solve and ask the people who will use "
        "it what they need, before you pick a product. In a CIPD survey, 70% of staff who "
        "were consulted expected technology to improve their job, against 20% of those who "
        "were not.")),
    (N_("Share the plan"),
     N_("Say what is coming, why, when, and how it will change people's work. Keep people "
        "updated as plans change.")),
    (N_("Try it out with the people who will use it"),
     N_("Run a short trial with a few volunteers, including people who are not technical, "
        "and change the plan in the light of what they find.")),
    (N_("Give training and time to learn"),
     N_("Plan who needs training and when, with time set aside in working hours. Ask your "
        "local skills service about funded courses.")),
    (N_("Be open about data and monitoring"),
     N_("If a system records what staff do, tell them what is recorded, why, who sees it and "
        "for how long. The Information Commissioner's Office expects employers to ask for "
        "staff views before monitoring and to check whether a data protection impact "
        "assessment is needed. Avoid secret monitoring.")),
    (N_("Keep a person in important decisions"),
     N_("Where a system helps decide things that affect staff, such as pay, shifts or "
        "discipline, make sure a person reviews the decision and can explain it.")),
    (N_("Consult on big changes"), ""),  # the firm's nation's law: content.staff_consult
    (N_("Check how it went"),
     N_("After three and twelve months, ask staff how the change has affected their work, "
        "workload and wellbeing, and fix what is not working.")),
]


def _involving_staff(content: ReportContent, s: _Styles, tr: Messages) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading(tr("Involving your staff in the changes"), s.h1, 0),
        Paragraph(text(tr("Technology tends to work better, for the business and for the "
                          "people who use it, when staff help choose it and bring it in. "
                          "These steps apply to every action in this plan.")), s.body),
    ]
    for heading, body in _STAFF_PAGE:
        flow.append(Paragraph(text(tr(heading)), s.h3))
        flow.append(Paragraph(text(tr(body) if body else content.staff_consult), s.body))
    flow.append(Paragraph(text(tr("Sources: {sources}").format(sources=content.staff_sources)),
                          s.small))
    return flow


def _appendix(content: ReportContent, s: _Styles, tr: Messages) -> list[Flowable]:
    flow: list[Flowable] = [PageBreak(), _Heading(tr("Appendix: your answers"), s.h1, 0)]
    if content.answers_to_check or content.dont_know:
        flow.append(_Heading(tr("Answers to check"), s.h2, 1))
    if content.answers_to_check:
        flow.append(Paragraph(text(tr(
            "These answers seem to contradict each other. The score takes them as given; one "
            "of each pair may need changing.")), s.body))
        flow += [Paragraph(text(c), s.bullet, bulletText="!") for c in content.answers_to_check]
    if content.dont_know:
        flow.append(Paragraph(text(tr("You answered \"don't know\" to these. Finding "
                                      "out is often a quick first step.")), s.body))
        flow += [Paragraph(text(q), s.bullet, bulletText="?") for q in content.dont_know]
    flow.append(_Heading(tr("Every answer, with notes"), s.h2, 1))
    if content.notes_statement:
        flow.append(Paragraph(text(content.notes_statement), s.small))
    widths = [68 * mm, 46 * mm, 16 * mm, 44 * mm]
    if not content.answers:
        flow.append(Paragraph(text(tr("No answers yet.")), s.body))
        return flow
    flow.append(_Row([[Paragraph(text(h), s.cell_bold)]
                      for h in (tr("Question"), tr("Answer"), tr("Score"), tr("Note"))],
                     widths, shade="#E8EEF5"))
    private = tr("Adviser's private note:")
    for line in content.answers:
        points = "-" if line.points is None else f"{line.points:g}/4"
        note = [Paragraph(text(part), s.cell) for part in line.note.splitlines() if part.strip()]
        if line.private_note:
            note.append(Paragraph(text(private), s.cell_bold))
            note += [Paragraph(text(part), s.cell_italic)
                     for part in line.private_note.splitlines() if part.strip()]
        flow.append(_Row([[Paragraph(text(line.question), s.cell)],
                          [Paragraph(text(line.answer), s.cell)], points, note], widths))
    return flow


def _about(content: ReportContent, branding: Branding, s: _Styles,
           tr: Messages) -> list[Flowable]:
    flow: list[Flowable] = [
        PageBreak(),
        _Heading(tr("Sources and notes"), s.h1, 0),
        _Heading(tr("Sources the questions rest on"), s.h2, 1),
    ]
    for source in content.sources:
        flow.append(Paragraph(f"{text(source.name)}, {text(source.section)} "
                              f"({text(source.version)}). {link(source.url)}", s.small))
    flow.append(_Heading(tr("About this report"), s.h2, 1))
    flow.append(Paragraph(text(tr(
        "Made with the questionnaire {title} ({id}, version {version}). An area's score is the "
        "share of the available points earned on the questions answered in it; levels follow "
        "the four bands of the EU Digital Maturity Assessment. The gain shown for each action "
        "is worked out by scoring your answers again as if the action were done.").format(
        title=content.questionnaire_title, id=content.questionnaire_id,
        version=content.questionnaire_version)), s.small))
    if content.directory_date is not None:
        flow.append(Paragraph(text(tr("Support directory dated {date}.").format(
            date=_long_date(tr, content.directory_date))), s.small))
    flow += [Paragraph(text(line), s.small) for line in content.attribution]
    return flow


def _long_date(tr: Messages, day: dt.date) -> str:
    """The plan's dates: 05 November 2026 in English (as always), 5 Tachwedd 2026 in Welsh."""
    return f"{day:%d %B %Y}" if tr.language == "en" else tr.date(day)


def _percent(share: float, tr: Messages) -> str:
    """A share as a percentage in ``tr``'s language ("under 1%", "llai nag 1%")."""
    shown = percent(share)
    return tr(shown) if shown in (_UNDER_1, _OVER_99) else shown


_UNDER_1 = N_("under 1%")
_OVER_99 = N_("over 99%")


def _short_url(url: str) -> str:
    bare = url.split("://", 1)[-1].rstrip("/")
    return bare if len(bare) <= 34 else bare[:33] + "…"


def _clip(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"
