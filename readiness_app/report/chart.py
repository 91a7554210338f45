"""The area chart: one horizontal bar per area on a 0-100 scale with the level bands behind."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from readiness_app.core.i18n import ENGLISH, Messages
from readiness_app.core.text import score_text
from readiness_app.report import fonts

BAR_HEIGHT = 16
ROW_GAP = 12
LABEL_WIDTH = 150
SCALE_WIDTH = 260
VALUE_WIDTH = 110


def area_chart(
    areas: Sequence[tuple[str, float | None, str | None]],
    levels: Sequence[tuple[str, float]],
    colour: str,
    tr: Messages = ENGLISH,
) -> Drawing:
    """Bars for ``(title, score or None, level)`` rows (level None: the area does not
    apply); levels are ``(title, min score)``; the chart's own words come from ``tr``."""
    fonts.register_fonts()
    rows = len(areas)
    top_margin = 26
    height = top_margin + rows * (BAR_HEIGHT + ROW_GAP) + 18
    width = LABEL_WIDTH + SCALE_WIDTH + VALUE_WIDTH
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.REGULAR  # not Helvetica, which is never embedded
    x0 = LABEL_WIDTH
    bottom = 18
    band_shades = ["#F2F2F2", "#E6E6E6", "#F2F2F2", "#E6E6E6"]
    bounds = [lv[1] for lv in levels] + [100.0]
    for index, (title, start) in enumerate(levels):
        left = x0 + SCALE_WIDTH * start / 100
        right = x0 + SCALE_WIDTH * bounds[index + 1] / 100
        drawing.add(Rect(left, bottom, right - left, height - bottom - top_margin + 8,
                         fillColor=colors.HexColor(band_shades[index % 4]), strokeColor=None))
        drawing.add(String((left + right) / 2, height - 14, title, fontName=fonts.REGULAR,
                           fontSize=7, textAnchor="middle", fillColor=colors.HexColor("#555555")))
    for tick in (0, 25, 50, 75, 100):
        x = x0 + SCALE_WIDTH * tick / 100
        drawing.add(Line(x, bottom - 3, x, bottom, strokeColor=colors.HexColor("#777777")))
        drawing.add(String(x, 4, str(tick), fontName=fonts.REGULAR, fontSize=7,
                           textAnchor="middle", fillColor=colors.HexColor("#555555")))
    for row, (title, score, level) in enumerate(areas):
        y = height - top_margin - (row + 1) * (BAR_HEIGHT + ROW_GAP) + ROW_GAP / 2
        drawing.add(String(x0 - 8, y + 4, _fit(title, 28), fontName=fonts.BOLD, fontSize=9,
                           textAnchor="end"))
        if score is None:
            drawing.add(String(x0 + 4, y + 4, tr("not yet answered") if level is not None
                               else tr("not applicable"), fontName=fonts.ITALIC, fontSize=8))
            continue
        drawing.add(Rect(x0, y, SCALE_WIDTH * max(score, 0.5) / 100, BAR_HEIGHT,
                         fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x0 + SCALE_WIDTH + 8, y + 4, f"{score_text(score)}/100 {level}",
                           fontName=fonts.REGULAR, fontSize=9))
    return drawing


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
