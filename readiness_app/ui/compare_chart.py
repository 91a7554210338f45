"""Before and after, drawn with QPainter: for the whole assessment and each area, a bar for the
last visit and a bar for this one (0-100), with level lines at 25, 50 and 75.

Nothing depends on colour alone: the last visit's bar is light and outlined with a dashed
edge, this visit's is solid; each bar carries its number, level and (on the second) the
change as text, and the legend names both visits. The accessible description says every
number, and the page shows the same numbers in a table.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from readiness_app.core.comparison import Comparison, ScoreChange
from readiness_app.core.text import score_change, score_text
from readiness_app.ui import theme
from readiness_app.ui.cohort_chart import chart_theme
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, messages, translate

log = logging.getLogger(__name__)
GRID = (0.0, 25.0, 50.0, 75.0, 100.0)


def day_text(when: datetime) -> str:
    """'3 May 2026' in the app's language (no leading zero on any platform)."""
    return messages().date(when.date())


#: core's comparison says these in English (``core.comparison``); shown translated
CORE_WORDS = {"Overall": QT_TRANSLATE_NOOP("compare_chart", "Overall"),
              "Not yet scored": QT_TRANSLATE_NOOP("compare_chart", "Not yet scored"),
              "Not assessed": QT_TRANSLATE_NOOP("compare_chart", "Not assessed")}


def shown_title(title: str) -> str:
    """A row's title as shown: "Overall" in the app's language, an area's title as it is."""
    return translate("compare_chart", CORE_WORDS[title]) if title in CORE_WORDS else title


def shown_level(level: str) -> str:
    """A level as shown: core's "not yet scored" words in the app's language."""
    return shown_title(level)


def change_text(before: float | None, after: float | None) -> str:
    """'+12', '−3', 'no change', or '' when either visit has no score: the difference of the
    whole points shown (:func:`score_text`), so "29 → 50" reads "+21", never "+20"."""
    change = score_change(before, after)
    if change is None:
        return ""
    if change == 0:
        return translate("compare_chart", "no change")
    return f"+{change}" if change > 0 else f"−{abs(change)}"


@dataclass(frozen=True, slots=True)
class Pair:
    """One row of the chart: an area (or the overall score) before and after."""

    title: str
    before: float | None
    after: float | None
    level_before: str
    level_after: str

    @classmethod
    def of(cls, change: ScoreChange) -> Pair:
        """The row for one of core's score changes (its numbers, unchanged; core's English
        words in the app's language)."""
        return cls(shown_title(change.title), change.before, change.after,
                   shown_level(change.level_before), shown_level(change.level_after))

    def caption(self, after: bool) -> str:
        """The text beside one bar."""
        score = self.after if after else self.before
        level = self.level_after if after else self.level_before
        if score is None:
            return translate("compare_chart", "not scored")
        text = f"{score_text(score)} – {shown_level(level)}" if level else score_text(score)
        moved = change_text(self.before, self.after) if after else ""
        return f"{text} ({moved})" if moved else text

    def describe(self) -> str:
        """The row in words."""
        return translate("compare_chart", "{title}: last visit {before}, this visit "
                                          "{after}").format(
            title=shown_title(self.title), before=self.caption(False), after=self.caption(True))


def pairs_for(comparison: Comparison | None) -> tuple[Pair, ...]:
    """The overall score first, then each area."""
    if comparison is None:
        return ()
    return (Pair.of(comparison.overall), *(Pair.of(a) for a in comparison.areas))


class CompareChart(QWidget):
    """The before-and-after bar chart (see the module docstring)."""

    title = QT_TRANSLATE_NOOP("compare_chart", "Scores at the last visit and now")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: tuple[Pair, ...] = ()
        self._legend = (translate("compare_chart", "Last visit"),
                        translate("compare_chart", "This visit"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("compare_chart", "Chart: {title}").format(
                               title=translate("compare_chart", self.title)))
        self.setAccessibleDescription(self.describe())

    @property
    def pairs(self) -> tuple[Pair, ...]:
        """What is drawn."""
        return self._pairs

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Draw ``comparison`` (None: nothing)."""
        self._pairs = pairs_for(comparison)
        if comparison is not None:
            self._legend = (translate("compare_chart", "Last visit ({day})").format(
                                day=day_text(comparison.date_before)),
                            translate("compare_chart", "This visit ({day})").format(
                                day=day_text(comparison.date_after)))
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words, with every number (its accessible description)."""
        if not self._pairs:
            return translate("compare_chart", "Nothing to compare.")
        first, second = self._legend
        return (translate("compare_chart", "Scores out of 100: {first} and {second}.").format(
                    first=f"{first[:1].lower()}{first[1:]}",
                    second=f"{second[:1].lower()}{second[1:]}") + " "
                + "; ".join(p.describe() for p in self._pairs) + ".")

    def _line(self) -> int:
        return self.fontMetrics().height()

    def _row(self) -> int:
        return int(self._line() * 3.2)

    def sizeHint(self) -> QSize:
        """Every row, the scale and the legend at the current font size."""
        rows = max(1, len(self._pairs))
        return QSize(640, rows * self._row() + self._line() * 4)

    def minimumSizeHint(self) -> QSize:
        """As tall as :meth:`sizeHint`, narrow."""
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the chart (a fault is logged, never raised into Qt)."""
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            current = chart_theme(self)
            if not self._pairs:
                painter.setPen(QColor(current.muted))
                painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                                 translate("compare_chart", "Nothing to compare."))
            else:
                self._draw(painter, current)
            if self.hasFocus():  # a 2-pixel accent outline (WCAG 2.4.7)
                painter.setPen(QPen(QColor(current.accent), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        except Exception:
            log.exception("cannot draw the comparison chart")
        finally:
            painter.end()

    def _draw(self, painter: QPainter, current: theme.Theme) -> None:
        metrics = self.fontMetrics()
        text = QColor(current.text)
        line = self._line()
        label_width = min(max(metrics.horizontalAdvance(p.title) for p in self._pairs) + 16,
                          self.width() // 4)
        caption_width = max(metrics.horizontalAdvance(p.caption(a))
                            for p in self._pairs for a in (False, True)) + 12
        left = label_width
        span = max(60, self.width() - left - caption_width - 8)
        row = self._row()
        bar = line * 1.15
        top = line // 2
        height = row * len(self._pairs)
        light = QColor(theme.mix(current.surface, current.accent_fill, 0.3))
        solid = QColor(current.accent_fill)
        grid = QPen(QColor(current.divider), 1, Qt.PenStyle.DashLine)
        for mark in GRID:
            x = left + span * mark / 100.0
            painter.setPen(grid)
            painter.drawLine(QPointF(x, top), QPointF(x, top + height))
            painter.setPen(text)
            label = f"{mark:.0f}"
            painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                                     top + height + metrics.ascent() + 2), label)
        for number, pair in enumerate(self._pairs):
            y = top + number * row
            painter.setPen(text)
            font = painter.font()
            font.setBold(number == 0)  # the overall score stands out
            painter.setFont(font)
            title = metrics.elidedText(pair.title, Qt.TextElideMode.ElideRight,
                                       label_width - 12)
            painter.drawText(QRectF(0, y, label_width - 12, row * 0.9),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             title)
            font.setBold(False)
            painter.setFont(font)
            for second, (score, fill) in enumerate(((pair.before, light),
                                                    (pair.after, solid))):
                bar_top = y + row * 0.1 + second * (bar + 4)
                width = span * (score or 0.0) / 100.0
                box = QRectF(left, bar_top, width, bar)
                if score is not None:
                    painter.fillRect(box, fill)
                    painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine if second == 0
                                        else Qt.PenStyle.SolidLine))
                    painter.drawRect(box)
                painter.setPen(text)
                painter.drawText(QRectF(left + width + 6, bar_top - 2, caption_width + span,
                                        bar + 4),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                                 pair.caption(second == 1))
        # the legend: an outlined swatch for each visit and its date
        y = top + height + line + 8
        x = float(left)
        swatch = line
        for second, (name, fill) in enumerate(zip(self._legend, (light, solid), strict=True)):
            box = QRectF(x, y, swatch * 1.6, swatch)
            painter.fillRect(box, fill)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine if second == 0
                                else Qt.PenStyle.SolidLine))
            painter.drawRect(box)
            painter.setPen(text)
            painter.drawText(QPointF(x + swatch * 1.6 + 6, y + metrics.ascent()), name)
            x += swatch * 1.6 + 6 + metrics.horizontalAdvance(name) + 24
