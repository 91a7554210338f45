"""The scores by area as horizontal bars, drawn with QPainter (no QtCharts).

Every bar carries its number and level as text, so nothing depends on colour; the same
numbers are in the accessible description and in the table next to the chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from readiness_app.core.scoring import Score
from readiness_app.core.text import score_text
from readiness_app.ui.i18n import language as lang
from readiness_app.ui.i18n import translate

LEVEL_LINES = (25.0, 50.0, 75.0)


@dataclass(frozen=True, slots=True)
class Bar:
    """One area as drawn: its title, score (None when unscored) and level name."""

    title: str
    score: float | None
    level: str
    applies: bool = True

    @property
    def caption(self) -> str:
        """The text beside the bar."""
        if not self.applies:
            return translate("chart", "not applicable")
        if self.score is None:
            return translate("chart", "not scored yet")
        return f"{score_text(self.score)} – {self.level}" if self.level \
            else score_text(self.score)


def bars_for(score: Score | None) -> tuple[Bar, ...]:
    """The bars of a score (core's numbers, unchanged)."""
    if score is None:
        return ()
    return tuple(Bar(a.area.title.get(lang()), a.score,
                     a.level.title.get(lang()) if a.level else "", a.applies) for a in score.areas)


class AreaChart(QWidget):
    """Horizontal bar chart of area scores (0-100) with level lines at 25, 50 and 75."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("chart", "Chart of scores by area"))
        self.setAccessibleDescription(translate("chart", "No scores yet."))

    @property
    def bars(self) -> tuple[Bar, ...]:
        """What is drawn."""
        return self._bars

    def set_score(self, score: Score | None) -> None:
        """Draw the areas of ``score``."""
        self._bars = bars_for(score)
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words (its accessible description)."""
        if not self._bars:
            return translate("chart", "No scores yet.")
        return "; ".join(f"{b.title}: {b.caption}" for b in self._bars) + "."

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def sizeHint(self) -> QSize:
        """Tall enough for every bar at the current font size."""
        rows = max(1, len(self._bars))
        return QSize(480, rows * self._row_height() + self.fontMetrics().height() * 2)

    def minimumSizeHint(self) -> QSize:
        """As tall as :meth:`sizeHint`, narrower."""
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars, their captions and the level lines."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        label_width = min(max((metrics.horizontalAdvance(b.title) for b in self._bars),
                              default=0) + 12, self.width() // 3)
        caption_width = max((metrics.horizontalAdvance(b.caption) for b in self._bars),
                            default=0) + 12
        left = label_width
        right = max(left + 40, self.width() - caption_width)
        span = right - left
        row = self._row_height()
        top = metrics.height()
        height = row * max(1, len(self._bars))
        # level lines with their numbers, dashed so they do not read as bars
        line_pen = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine)
        for mark in (0.0, *LEVEL_LINES, 100.0):
            x = left + span * mark / 100.0
            painter.setPen(line_pen)
            painter.drawLine(int(x), top, int(x), top + height)
            painter.setPen(text_colour)
            label = f"{mark:.0f}"
            painter.drawText(int(x - metrics.horizontalAdvance(label) / 2),
                             top + height + metrics.ascent() + 2, label)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for i, bar in enumerate(self._bars):
            y = top + i * row
            painter.setPen(text_colour)
            title = metrics.elidedText(bar.title, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             title)
            value = bar.score or 0.0
            width = span * value / 100.0
            if bar.score is not None:
                painter.fillRect(QRectF(left, y + row * 0.2, width, row * 0.6), bar_colour)
                painter.setPen(QPen(text_colour, 1))
                painter.drawRect(QRectF(left, y + row * 0.2, width, row * 0.6))
            painter.setPen(text_colour)
            painter.drawText(QRectF(left + width + 6, y, caption_width + span, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             bar.caption)
        if self.hasFocus():  # a 2-pixel outline while it has the keyboard focus (WCAG 2.4.7)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
