"""Progress since the last visit: the overall score and each area before and after (a chart
and the same numbers in a table), the answers that moved, and where last time's actions stand
(done, in progress, not started).

Every number comes from core's comparison (:mod:`readiness_app.core.comparison`, found by
:mod:`readiness_app.services.compare`); the page only shows it.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from readiness_app.core.assessment import ActionStatus
from readiness_app.core.comparison import NOT_STARTED, Comparison, QuestionMove
from readiness_app.core.text import score_text
from readiness_app.ui import theme
from readiness_app.ui.compare_chart import (
    CompareChart,
    change_text,
    day_text,
    shown_level,
    shown_title,
)
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, messages, translate
from readiness_app.ui.plain_table import RowsModel, fit_height, rows_view
from readiness_app.ui.widgets import (
    CardItem,
    CardList,
    heading,
    role_label,
    scroll_area,
    set_heading,
)

# English; shown translated
TABLE_HEADERS = (QT_TRANSLATE_NOOP("compare_page", "Area"),
                 QT_TRANSLATE_NOOP("compare_page", "Last visit"),
                 QT_TRANSLATE_NOOP("compare_page", "This visit"),
                 QT_TRANSLATE_NOOP("compare_page", "Change"),
                 QT_TRANSLATE_NOOP("compare_page", "Level then"),
                 QT_TRANSLATE_NOOP("compare_page", "Level now"))
DIRECTION_WORDS = {"up": QT_TRANSLATE_NOOP("compare_page", "Better"),
                   "down": QT_TRANSLATE_NOOP("compare_page", "Worse"),
                   "changed": QT_TRANSLATE_NOOP("compare_page", "Changed")}
# Where last time's actions stand, in the order shown: (title, the statuses it gathers)
ACTION_GROUPS = (
    (QT_TRANSLATE_NOOP("compare_page", "Done"), ("done",)),
    (QT_TRANSLATE_NOOP("compare_page", "In progress"), ("in_progress",)),
    (QT_TRANSLATE_NOOP("compare_page", "Not started"), ("planned", NOT_STARTED)),
    (QT_TRANSLATE_NOOP("compare_page", "Decided not to do"), ("not_doing",)),
)
#: each status in words, with the day it was recorded (shown translated)
STATUS_SINCE = {"planned": QT_TRANSLATE_NOOP("compare_page", "Planned since {day}"),
                "in_progress": QT_TRANSLATE_NOOP("compare_page", "In progress since {day}"),
                "done": QT_TRANSLATE_NOOP("compare_page", "Done since {day}"),
                "not_doing": QT_TRANSLATE_NOOP("compare_page", "Not doing since {day}")}


def move_item(move: QuestionMove) -> CardItem:
    """One answer that changed, as a card: the question, then before and now."""
    before = move.before or translate("compare_page", "not answered")
    after = move.after or translate("compare_page", "not answered")
    return CardItem(move.question,
                    translate("compare_page", "Last visit: {before}  →  Now: {after}").format(
                        before=before, after=after),
                    f"{translate('compare_page', DIRECTION_WORDS[move.direction])} · "
                    f"{move.area_title}")


def table_rows(comparison: Comparison) -> list[tuple[object, ...]]:
    """The chart's numbers as table rows (overall first)."""
    return [(shown_title(c.title), score_text(c.before, "–"), score_text(c.after, "–"),
             change_text(c.before, c.after) or "–", shown_level(c.level_before),
             shown_level(c.level_after))
            for c in (comparison.overall, *comparison.areas)]


class _Content(QWidget):
    """The scrolling content: as tall as its width needs (wrapped text at the width it has,
    not at its narrowest), so the page never scrolls into empty space."""

    def minimumSizeHint(self) -> QSize:
        """As narrow as the layout allows; the height follows the width."""
        return QSize(super().minimumSizeHint().width(), 0)


class ComparePage(QWidget):
    """The comparison with the previous visit (see the module docstring)."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.title = heading(translate("compare_page", "Progress since the last visit"))
        self.subtitle = role_label("", "muted")
        self.headline = heading("", 2)
        self.chart = CompareChart()
        self.model = RowsModel(self)
        self.table = rows_view(self.model, translate(
            "compare_page", "Scores at the last visit and now (table)"))
        self.moved_intro = role_label("", "muted")
        self.moved = CardList(translate("compare_page", "Answers that changed"))
        self.actions_intro = role_label("", "muted")
        self.action_lists: dict[str, CardList] = {
            title: CardList(translate("compare_page", "Actions from last time: {group}").format(
                group=translate("compare_page", title).lower()))
            for title, _ in ACTION_GROUPS}
        self.action_headings = {title: heading(translate("compare_page", title), 3)
                                for title, _ in ACTION_GROUPS}
        self.back_button = QPushButton(translate("compare_page", "&Back to the results"))
        self.back_button.setAccessibleName(translate("compare_page", "Back to the results"))
        self.back_button.clicked.connect(self.back_requested)

        content = _Content()
        body = QVBoxLayout(content)
        body.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_M)
        body.setSpacing(theme.SPACE_S)
        for widget in (self.title, self.subtitle, self.headline, self.chart, self.table,
                       heading(translate("compare_page", "Answers that changed"), 2),
                       self.moved_intro, self.moved,
                       heading(translate("compare_page", "Actions from last time"), 2),
                       self.actions_intro):
            body.addWidget(widget)
        for title, _ in ACTION_GROUPS:
            body.addWidget(self.action_headings[title])
            body.addWidget(self.action_lists[title])
        body.addStretch(1)
        self.scroll_area = scroll_area(content)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)
        order: list[QWidget] = [self.chart, self.table, self.moved,
                                *self.action_lists.values(), self.back_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def show_comparison(self, comparison: Comparison) -> None:
        """Show ``comparison`` (core's numbers, unchanged)."""
        self.comparison = comparison
        c = comparison
        firm = c.firm_after if c.firm_after == c.firm_before \
            else translate("compare_page", "{firm} (at the last visit: {earlier})").format(
                firm=c.firm_after, earlier=c.firm_before)
        set_heading(self.title, translate(
                "compare_page", "Progress since the last visit: {firm}").format(
                                firm=firm))
        self.subtitle.setText(translate("compare_page", "Last visit {value} · this visit "
                              "{value2}").format(
                              value=day_text(c.date_before), value2=day_text(c.date_after)))
        overall = c.overall
        moved = change_text(overall.before, overall.after)
        set_heading(self.headline, self.headline_text(), 2)
        overall_word = translate("compare_page", "Overall")
        self.headline.setAccessibleName(f"{overall_word}: {moved}" if moved else overall_word)
        self.chart.set_comparison(c)
        self.model.set_rows([translate("compare_page", h) for h in TABLE_HEADERS],
                            table_rows(c))
        fit_height(self.table)
        better = sum(1 for m in c.moved if m.direction == "up")
        worse = sum(1 for m in c.moved if m.direction == "down")
        self.moved_intro.setText(
            (translate("compare_page", "1 answer changed: {better} better, {worse} worse, "
                                       "{value3} changed without points.")
             if len(c.moved) == 1 else
             translate("compare_page", "{value} answers changed: {better} better, {worse} "
                                       "worse, {value3} changed without points.")).format(
            value=len(c.moved), better=better, worse=worse,
            value3=len(c.moved) - better - worse))
        self.moved.set_items([move_item(m) for m in c.moved],
                             translate("compare_page", "No answer changed since the last visit."))
        counts = c.action_counts
        self.actions_intro.setText(
            translate("compare_page", "Of the {value} actions planned at the last visit: {value2} "
            "done, {value3} in progress, "
            "{value4} not started, {value5} "
            "decided against.").format(
            value=len(c.actions), value2=counts['done'], value3=counts['in_progress'],
            value4=counts['planned'] + counts[NOT_STARTED], value5=counts['not_doing']))
        for title, statuses in ACTION_GROUPS:
            items = [CardItem(a.title, a.note, self._action_detail(a.status, a.at, a.who))
                     for a in c.actions if a.status in statuses]
            heading_label = self.action_headings[title]
            set_heading(heading_label, f"{translate('compare_page', title)} ({len(items)})", 3)
            self.action_lists[title].set_items(items, translate("compare_page", "None."))
        self.scroll_area.verticalScrollBar().setValue(0)

    def headline_text(self) -> str:
        """'Overall 41 → 63 (+22): Developing → Established'."""
        c = self.comparison
        if c is None:
            return ""
        o = c.overall
        if o.before is None or o.after is None:
            return translate("compare_page", "Overall: not enough answers at one of the visits "
                                             "to compare.")
        moved = change_text(o.before, o.after)
        level = shown_level(o.level_after) if o.level_before == o.level_after \
            else f"{shown_level(o.level_before)} → {shown_level(o.level_after)}"
        return translate("compare_page", "Overall {before} → {after} ({moved}): {level}").format(
            before=score_text(o.before), after=score_text(o.after), moved=moved, level=level)

    @staticmethod
    def _action_detail(status: str, at: datetime | None, who: str) -> str:
        if status == NOT_STARTED:
            return translate("compare_page", "No status recorded")
        if at is not None and status in STATUS_SINCE:
            said = translate("compare_page", STATUS_SINCE[status]).format(day=day_text(at))
        else:
            said = messages()(ActionStatus(status).label) if status in STATUS_SINCE \
                else status
        parts = [said, who]
        return " · ".join(p for p in parts if p)

    def focus_start(self) -> None:
        """Focus the chart first (its description reads every number)."""
        self.chart.setFocus()

    def text(self) -> str:
        """Everything the page says, as plain text (for tests and screen readers)."""
        lines = [self.title.text(), self.subtitle.text(), self.headline.text(),
                 self.chart.describe(), self.moved_intro.text(),
                 *(self.moved.item_text(i) for i in range(self.moved.count())),
                 self.actions_intro.text()]
        for title, _ in ACTION_GROUPS:
            listed = self.action_lists[title]
            lines.append(self.action_headings[title].text())
            lines += [listed.item_text(i) for i in range(listed.count())]
        return "\n".join(lines)

