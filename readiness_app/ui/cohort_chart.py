"""The cohort view's charts, drawn with QPainter in the theme's colours (no QtCharts).

* :class:`LevelsChart`: how many assessments reached each level, one stacked bar per area;
* :class:`MonthlyChart`: the mean overall and area scores by month, one line per area;
* :class:`GapsChart`: the most common critical gaps as horizontal bars.

Each chart draws the rows of a :class:`~readiness_app.services.cohort_view.Table` exactly as
the service computed them; its accessible description lists every number, and the page shows
the same rows in a table. Nothing depends on colour alone: stacked segments carry their
counts and are outlined, lines differ in dash and marker as well as colour, and every chart
has a legend or labels in text.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from readiness_app.services.cohort_view import Table
from readiness_app.ui import theme
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from readiness_app.ui.plain_table import cell_text

log = logging.getLogger(__name__)
GRID = (0.0, 25.0, 50.0, 75.0, 100.0)
LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
               Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)
MARKERS = ("circle", "square", "triangle", "diamond", "cross")


def chart_theme(widget: QWidget) -> theme.Theme:
    """The theme the window applied, read back from the widget's palette (the highlight is
    the accent fill), so a chart follows light, dark and a hub's accent without a hook."""
    palette = widget.palette()
    system = theme.SystemColours.of(palette)
    accent = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight).name()
    return theme.build_theme(system, accent, widget.font().pointSizeF() or 10.0)


def level_colours(current: theme.Theme, count: int) -> list[str]:
    """A light-to-dark ramp of the accent for ``count`` ordered levels (lowest lightest)."""
    if count <= 0:
        return []
    return [theme.mix(current.surface, current.accent_fill, (i + 1) / count)
            for i in range(count)]


#: the cohort tables' English headers and words (``analytics`` and ``services.cohort_view``
#: name their columns in English, and the charts look them up by those names): shown
#: translated through :func:`shown`
WORDS = {text: text for text in (
    QT_TRANSLATE_NOOP("cohort_chart", "Area"),
    QT_TRANSLATE_NOOP("cohort_chart", "Assessments"),
    QT_TRANSLATE_NOOP("cohort_chart", "Month"),
    QT_TRANSLATE_NOOP("cohort_chart", "Question"),
    QT_TRANSLATE_NOOP("cohort_chart", "Title"),
    QT_TRANSLATE_NOOP("cohort_chart", "Share"),
    QT_TRANSLATE_NOOP("cohort_chart", "Overall"),
    QT_TRANSLATE_NOOP("cohort_chart", "Not scored"),
    QT_TRANSLATE_NOOP("cohort_chart", "Mean overall"),
    QT_TRANSLATE_NOOP("cohort_chart", "Investing in technology"),
    QT_TRANSLATE_NOOP("cohort_chart", "Cyber security"),
    QT_TRANSLATE_NOOP("cohort_chart", "Involving your staff"),
    QT_TRANSLATE_NOOP("cohort_chart", "Involving staff"),
    QT_TRANSLATE_NOOP("cohort_chart", "Starting"),
    QT_TRANSLATE_NOOP("cohort_chart", "Developing"),
    QT_TRANSLATE_NOOP("cohort_chart", "Established"),
    QT_TRANSLATE_NOOP("cohort_chart", "Advanced"),
)}


def shown(text: str) -> str:
    """A cohort table's header or word in the app's language ("Mean Cyber security" ->
    "Cymedr Seiberddiogelwch"); other text (a firm's data, a month) as it is."""
    if text in WORDS:
        return translate("cohort_chart", text)
    if text.startswith("Mean "):
        return translate("cohort_chart", "Mean {series}").format(
            series=shown(text.removeprefix("Mean ")))
    return text


def _number(value: object) -> str:
    """A mean as the table shows it (one decimal; '–' when there is none)."""
    return cell_text("Mean", value)


def _series_name(header: str) -> str:
    """'Mean overall' -> 'Overall'; 'Mean Cyber security' -> 'Cyber security' (shown in the
    app's language)."""
    name = header.removeprefix("Mean ")
    return shown(name[:1].upper() + name[1:])


def _count(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


class _Chart(QWidget):
    """A chart of one table: accessible text, a size that follows the font, a PNG copy."""

    title = QT_TRANSLATE_NOOP("cohort_chart", "Chart")  # shown translated

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("cohort_chart", "Chart: {title}").format(
                               title=translate("cohort_chart", self.title)))
        self.setAccessibleDescription(self.describe())

    def set_table(self, table: Table | None) -> None:
        """Draw ``table``'s rows."""
        self.table = table
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words, with every number (its accessible description)."""
        if self.table is None or not self.table.rows:
            return translate("cohort_chart", "Nothing to show.")
        return self._describe(self.table)

    def _describe(self, table: Table) -> str:
        raise NotImplementedError

    def line(self) -> int:
        """The height of one line of text."""
        return self.fontMetrics().height()

    def minimumSizeHint(self) -> QSize:
        """As tall as the chart needs, narrow."""
        return QSize(320, self.sizeHint().height())

    def png(self, width: int = 900) -> bytes:
        """The chart under its title, on the window colour, as PNG bytes (the chart
        ``width`` pixels wide), for a slide or a report."""
        current = chart_theme(self)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(current.size("h3"))
        margin = theme.SPACE_M
        title_height = QFontMetrics(title_font).height() + theme.SPACE_S
        size = QSize(max(width, self.minimumSizeHint().width()), self.sizeHint().height())
        image = QImage(QSize(size.width() + 2 * margin,
                             size.height() + title_height + 2 * margin),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor(current.window))
        old = self.size()
        self.resize(size)
        painter = QPainter(image)
        try:
            painter.setFont(title_font)
            painter.setPen(QColor(current.text))
            painter.drawText(QRectF(margin, margin, size.width(), title_height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             translate("cohort_chart", self.title))
            self.render(painter, QPoint(margin, margin + title_height))
        finally:
            painter.end()
            self.resize(old)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; str works
        buffer.close()
        return bytes(buffer.data().data())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the chart (a fault is logged, never raised into Qt)."""
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            current = chart_theme(self)
            if self.table is None or not self.table.rows:
                self._empty(painter, current)
            else:
                self._draw(painter, current, self.table)
            self._focus_ring(painter, current)
        except Exception:
            log.exception("cannot draw the chart %s", self.title)
        finally:
            painter.end()

    def _draw(self, painter: QPainter, current: theme.Theme, table: Table) -> None:
        raise NotImplementedError

    def _focus_ring(self, painter: QPainter, current: theme.Theme) -> None:
        """A 2-pixel accent outline while the chart has the keyboard focus (WCAG 2.4.7)."""
        if self.hasFocus():
            painter.setPen(QPen(QColor(current.accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _empty(self, painter: QPainter, current: theme.Theme) -> None:
        painter.setPen(QColor(current.muted))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                         translate("cohort_chart", "Nothing to show."))


class LevelsChart(_Chart):
    """Assessments at each level, one stacked bar per area (see :data:`cohort_view.LEVELS`)."""

    title = QT_TRANSLATE_NOOP("cohort_chart", "Levels by area")

    def levels(self) -> list[str]:
        """The level columns, lowest first, then 'Not scored'."""
        if self.table is None:
            return []
        return [h for h in self.table.headers if h not in ("Area", "Assessments")]

    def _describe(self, table: Table) -> str:
        levels = self.levels()
        parts = []
        for row in table.rows:
            values = dict(zip(table.headers, row, strict=True))
            counts = ", ".join(f"{shown(level)} {_count(values[level])}" for level in levels)
            parts.append(translate("cohort_chart", "{area}: {counts} (of {total})").format(
                area=shown(str(values["Area"])), counts=counts,
                total=_count(values["Assessments"])))
        return (translate("cohort_chart", "Assessments at each level.") + " "
                + "; ".join(parts) + ".")

    def _row(self) -> int:
        return int(self.line() * 2.2)

    def sizeHint(self) -> QSize:
        """Tall enough for every bar and the legend at the current font size."""
        rows = len(self.table.rows) if self.table else 1
        return QSize(640, max(1, rows) * self._row() + self.line() * 2 + 8)

    def _draw(self, painter: QPainter, current: theme.Theme, table: Table) -> None:
        metrics = self.fontMetrics()
        text = QColor(current.text)
        levels = self.levels()
        colours = [*level_colours(current, len(levels) - 1), current.surface]
        titles = [shown(str(r[0])) for r in table.rows]
        label_width = min(max(metrics.horizontalAdvance(t) for t in titles) + 12,
                          self.width() // 3)
        left, right = label_width, self.width() - 8
        span = max(40, right - left)
        row = self._row()
        index = {h: i for i, h in enumerate(table.headers)}
        for number, values in enumerate(table.rows):
            y = number * row
            painter.setPen(text)
            title = metrics.elidedText(titles[number], Qt.TextElideMode.ElideRight,
                                       label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             title)
            total = _count(values[index["Assessments"]])
            x = float(left)
            for level, colour in zip(levels, colours, strict=True):
                count = _count(values[index[level]])
                if total <= 0 or count <= 0:
                    continue
                width = span * count / total
                box = QRectF(x, y + row * 0.15, width, row * 0.7)
                painter.fillRect(box, QColor(colour))
                painter.setPen(QPen(text, 1))
                painter.drawRect(box)
                label = str(count)
                if metrics.horizontalAdvance(label) + 6 <= width:
                    painter.setPen(QColor(theme.best_text_on(colour)))
                    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
                x += width
        # the legend: a swatch (outlined) and the level's name, in order
        y = len(table.rows) * row + self.line() // 2
        x = float(left)
        swatch = self.line()
        for level, colour in zip(levels, colours, strict=True):
            needed = swatch + 6 + metrics.horizontalAdvance(shown(level)) + 16
            if x + needed > self.width() and x > left:
                x, y = float(left), y + self.line() + 6
            box = QRectF(x, y, swatch, swatch)
            painter.fillRect(box, QColor(colour))
            painter.setPen(QPen(text, 1))
            painter.drawRect(box)
            painter.drawText(QPointF(x + swatch + 6, y + metrics.ascent()), shown(level))
            x += needed


class MonthlyChart(_Chart):
    """The mean overall and area scores by month, one line each (0-100)."""

    title = QT_TRANSLATE_NOOP("cohort_chart", "Mean scores by month")

    def series(self) -> list[str]:
        """The mean columns, 'Mean overall' first."""
        if self.table is None:
            return []
        return [h for h in self.table.headers if h.startswith("Mean ")]

    def _describe(self, table: Table) -> str:
        series = self.series()
        parts = []
        for row in table.rows:
            values = dict(zip(table.headers, row, strict=True))
            means = ", ".join(f"{_series_name(h)} {_number(values[h])}" for h in series)
            count = _count(values["Assessments"])
            counted = translate("cohort_chart", "1 assessment") if count == 1 else translate(
                "cohort_chart", "{count} assessments").format(count=count)
            parts.append(f"{values['Month']} ({counted}): {means}")
        return translate("cohort_chart", "Mean scores by month.") + " " + "; ".join(parts) + "."

    def sizeHint(self) -> QSize:
        """A plot about 12 lines tall, the month labels and the legend."""
        return QSize(640, self.line() * 16 + 8)

    def colours(self, current: theme.Theme) -> list[str]:
        """One colour per line, each at least 3:1 on the window and the surface."""
        base = [current.text, current.accent, current.success, current.muted, current.error]
        return [base[i % len(base)] for i in range(len(self.series()))]

    def _draw(self, painter: QPainter, current: theme.Theme, table: Table) -> None:
        metrics = self.fontMetrics()
        text = QColor(current.text)
        series = self.series()
        line = self.line()
        left = metrics.horizontalAdvance("100") + 12
        right = self.width() - 16
        top, bottom = line // 2, line * 12
        months = [str(r[0]) for r in table.rows]
        step = (right - left) / max(1, len(months) - 1) if len(months) > 1 else 0.0

        def x_of(i: int) -> float:
            return left + i * step if len(months) > 1 else (left + right) / 2

        def y_of(value: float) -> float:
            return bottom - (bottom - top) * value / 100.0

        grid = QPen(QColor(current.divider), 1, Qt.PenStyle.DashLine)
        for mark in GRID:
            painter.setPen(grid)
            painter.drawLine(QPointF(left, y_of(mark)), QPointF(right, y_of(mark)))
            painter.setPen(text)
            label = f"{mark:.0f}"
            painter.drawText(QPointF(left - 6 - metrics.horizontalAdvance(label),
                                     y_of(mark) + metrics.ascent() / 2 - 1), label)
        every = max(1, -(-len(months) * (metrics.horizontalAdvance("2025-12") + 12)
                         // max(1, right - left)))
        for i, month in enumerate(months):
            last = len(months) - 1
            if i != last and (i % every or last - i < every):
                continue  # every n-th month, and always the last, never overlapping
            width = metrics.horizontalAdvance(month)
            x = min(max(x_of(i) - width / 2, 0.0), self.width() - width)
            painter.drawText(QPointF(x, bottom + line + 4), month)
        index = {h: i for i, h in enumerate(table.headers)}
        colours = self.colours(current)
        for number, header in enumerate(series):
            colour = QColor(colours[number])
            pen = QPen(colour, 3 if number == 0 else 2, LINE_STYLES[number % len(LINE_STYLES)])
            values = [r[index[header]] for r in table.rows]
            points = [(x_of(i), y_of(float(v))) if isinstance(v, int | float) else None
                      for i, v in enumerate(values)]
            painter.setPen(pen)
            for first, second in itertools.pairwise(points):
                if first is not None and second is not None:  # a month without: a break
                    painter.drawLine(QPointF(*first), QPointF(*second))
            for x, y in (p for p in points if p is not None):
                self._marker(painter, MARKERS[number % len(MARKERS)], x, y, colour)
        # the legend: a short line with its marker and the area's name
        y = bottom + line * 2 + 8
        x = float(left)
        for number, header in enumerate(series):
            name = _series_name(header)
            needed = 36 + metrics.horizontalAdvance(name) + 16
            if x + needed > self.width() and x > left:
                x, y = float(left), y + line + 4
            colour = QColor(colours[number])
            painter.setPen(QPen(colour, 3 if number == 0 else 2,
                                LINE_STYLES[number % len(LINE_STYLES)]))
            painter.drawLine(QPointF(x, y + line / 2), QPointF(x + 28, y + line / 2))
            self._marker(painter, MARKERS[number % len(MARKERS)], x + 14, y + line / 2, colour)
            painter.setPen(text)
            painter.drawText(QPointF(x + 34, y + metrics.ascent()), name)
            x += needed

    @staticmethod
    def _marker(painter: QPainter, shape: str, x: float, y: float, colour: QColor) -> None:
        radius = 4.5
        painter.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine))
        painter.setBrush(colour)
        if shape == "circle":
            painter.drawEllipse(QPointF(x, y), radius, radius)
        elif shape == "square":
            painter.drawRect(QRectF(x - radius, y - radius, radius * 2, radius * 2))
        elif shape == "triangle":
            painter.drawPolygon(QPolygonF([QPointF(x, y - radius - 1),
                                           QPointF(x + radius + 1, y + radius),
                                           QPointF(x - radius - 1, y + radius)]))
        elif shape == "diamond":
            painter.drawPolygon(QPolygonF([QPointF(x, y - radius - 1),
                                           QPointF(x + radius + 1, y),
                                           QPointF(x, y + radius + 1),
                                           QPointF(x - radius - 1, y)]))
        else:
            painter.drawLine(QPointF(x - radius, y - radius), QPointF(x + radius, y + radius))
            painter.drawLine(QPointF(x - radius, y + radius), QPointF(x + radius, y - radius))
        painter.setBrush(Qt.BrushStyle.NoBrush)


class GapsChart(_Chart):
    """The most common critical gaps: one bar per question, with its count and share."""

    title = QT_TRANSLATE_NOOP("cohort_chart", "Most common critical gaps")

    @staticmethod
    def caption(values: dict[str, object]) -> str:
        """'3 (50%)': how many assessments have the gap, and their share."""
        share = values.get("Share")
        percent = f" ({cell_text('Share', share)})" if isinstance(share, float) else ""
        return f"{_count(values.get('Assessments'))}{percent}"

    def _describe(self, table: Table) -> str:
        parts = []
        for row in table.rows:
            values = dict(zip(table.headers, row, strict=True))
            parts.append(f"{values['Title'] or values['Question']}: {self.caption(values)}")
        return (translate("cohort_chart", "Assessments with each critical gap.") + " "
                + "; ".join(parts) + ".")

    def _row(self) -> int:
        return int(self.line() * 2.2)

    def sizeHint(self) -> QSize:
        """Tall enough for every bar."""
        rows = len(self.table.rows) if self.table else 1
        return QSize(640, max(1, rows) * self._row() + self.line())

    def _draw(self, painter: QPainter, current: theme.Theme, table: Table) -> None:
        metrics = self.fontMetrics()
        text = QColor(current.text)
        rows = [dict(zip(table.headers, r, strict=True)) for r in table.rows]
        most = max((_count(v["Assessments"]) for v in rows), default=0) or 1
        label_width = max(120, int(self.width() * 0.45))
        caption_width = max(metrics.horizontalAdvance(self.caption(v)) for v in rows) + 12
        left, span = label_width, max(40, self.width() - label_width - caption_width)
        row = self._row()
        for number, values in enumerate(rows):
            y = number * row
            painter.setPen(text)
            title = metrics.elidedText(str(values["Title"] or values["Question"]),
                                       Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRectF(0, y, label_width - 8, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             title)
            width = span * _count(values["Assessments"]) / most
            box = QRectF(left, y + row * 0.2, width, row * 0.6)
            painter.fillRect(box, QColor(current.accent_fill))
            painter.setPen(QPen(text, 1))
            painter.drawRect(box)
            painter.drawText(QRectF(left + width + 6, y, caption_width, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             self.caption(values))
