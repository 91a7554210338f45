"""Table models over core and storage data (adapters only: nothing is computed here)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from readiness_app.core.progress import Progress
from readiness_app.core.scoring import AreaScore, Score
from readiness_app.core.sectors import BY_CODE
from readiness_app.core.text import score_text
from readiness_app.services.place_names import authority_names
from readiness_app.storage.library import AssessmentSummary
from readiness_app.ui.i18n import QT_TRANSLATE_NOOP, messages, short_month, translate
from readiness_app.ui.i18n import language as lang

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

LevelName = Callable[[AssessmentSummary], str]
#: the size bands' short names for the list (core's labels say the number of people too)
SIZE_NAMES = {"micro": QT_TRANSLATE_NOOP("models", "Micro"),
              "small": QT_TRANSLATE_NOOP("models", "Small"),
              "medium": QT_TRANSLATE_NOOP("models", "Medium"),
              "large": QT_TRANSLATE_NOOP("models", "Large")}
_log = logging.getLogger(__name__)


def when(stamp: datetime) -> str:
    """A date and time for people, in the computer's time zone.

    Never raises: a time that has no local equivalent (the last moment of 9999 east of UTC)
    is shown in UTC, and one that cannot be shown at all as its ISO text.
    """
    try:
        local = stamp.astimezone()
        return f"{local.day} {short_month(local.month)} {local:%Y, %H:%M}"
    except (OverflowError, ValueError, OSError):
        pass
    try:
        utc = stamp.astimezone(UTC) if stamp.tzinfo is not None else stamp
        return f"{utc.day} {short_month(utc.month)} {utc.year:04d}, {utc:%H:%M} UTC"
    except (OverflowError, ValueError, OSError):
        return stamp.isoformat()


class AssessmentListModel(QAbstractTableModel):
    """The library list, one row per assessment (or per firm): firm, sector, size, local
    authority, status, score, level, change since the last visit, last change, next review.

    Sorting is done by the library's query (it must work for thousands of firms, a page at a
    time): a click on a column header asks for it with ``sort_requested``; rows arrive a page
    at a time through :meth:`set_items` and, as the view scrolls, ``fetchMore``.
    """

    HEADERS = (  # English; shown translated
        QT_TRANSLATE_NOOP("models", "Firm"),
        QT_TRANSLATE_NOOP("models", "Sector"),
        QT_TRANSLATE_NOOP("models", "Size"),
        QT_TRANSLATE_NOOP("models", "Local authority"),
        QT_TRANSLATE_NOOP("models", "Status"),
        QT_TRANSLATE_NOOP("models", "Score"),
        QT_TRANSLATE_NOOP("models", "Level"),
        QT_TRANSLATE_NOOP("models", "Change"),
        QT_TRANSLATE_NOOP("models", "Last changed"),
        QT_TRANSLATE_NOOP("models", "Next review"),
    )
    FIRM, SECTOR, SIZE, AUTHORITY, STATUS, SCORE, LEVEL, CHANGE, CHANGED, REVIEW = range(10)
    # What each column sorts by (the values of storage.list_query.SortKey).
    SORT_KEYS = ("firm", "sector", "size", "authority", "status", "score", "level", "change",
                 "updated", "review")

    sort_requested = Signal(str, bool)  # sort key, descending
    more_requested = Signal(int)  # offset: the next page is wanted

    def __init__(self, level_name: LevelName | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[AssessmentSummary, ...] = ()
        self._total = 0
        self._level_name = level_name or (lambda s: s.level_id or "")

    def set_items(self, items: Sequence[AssessmentSummary], total: int | None = None) -> None:
        """Replace the rows; ``total`` is how many match in all (more can be fetched)."""
        self.beginResetModel()
        self._items = tuple(items)
        self._total = len(self._items) if total is None else total
        self.endResetModel()

    def append_items(self, items: Sequence[AssessmentSummary]) -> None:
        """Add the next page's rows at the end."""
        if not items:
            self._total = len(self._items)
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._items += tuple(items)
        self.endInsertRows()

    @property
    def level_name(self) -> LevelName:
        """How a row's level is named (the questionnaire's title for it)."""
        return self._level_name

    @property
    def total(self) -> int:
        """How many rows match in all (shown or not yet fetched)."""
        return self._total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """True while rows beyond those shown match."""
        return not parent.isValid() and len(self._items) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Ask for the next page (the page answers with :meth:`append_items`)."""
        if self.canFetchMore(parent):
            self.more_requested.emit(len(self._items))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the library for the rows sorted by ``column``."""
        if 0 <= column < len(self.SORT_KEYS):
            self.sort_requested.emit(self.SORT_KEYS[column],
                                     order == Qt.SortOrder.DescendingOrder)

    def summary_at(self, row: int) -> AssessmentSummary | None:
        """The assessment shown in ``row``."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, assessment_id: str) -> int:
        """The row showing an assessment, or -1."""
        for row, item in enumerate(self._items):
            if item.id == assessment_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of assessments (a table has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, tooltips and the assessment id (``ID_ROLE``).

        Qt calls this from C++, where a Python exception would kill the app: any failure is
        logged and the cell shown empty.
        """
        try:
            return self._data(index, role)
        except Exception:
            _log.exception("cannot show row %s, column %s", index.row(), index.column())
            return "" if role == Qt.ItemDataRole.DisplayRole else None

    def _data(self, index: AnyIndex, role: int) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.problem:
                return item.problem
            if column == self.SECTOR:
                return "\n".join(t for t in (section_label(item.sector_section), item.sector)
                                 if t)
            return item.firm_name if column == self.FIRM else self._text(item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SCORE, self.CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: AssessmentSummary, column: int) -> str:
        if column == self.FIRM:
            return item.firm_name
        if item.problem:  # a damaged row: only the firm's name is known to be right
            return translate("models", "Damaged") if column == self.STATUS else "?"
        if column == self.SECTOR:
            return _sector_text(item)
        if column == self.SIZE:
            return translate("models", SIZE_NAMES[item.size_band.value]) \
                if item.size_band else ""
        if column == self.AUTHORITY:
            return authority_names(lang()).get(item.authority, item.authority)
        if column == self.STATUS:
            return messages()(item.status.label)
        if column == self.SCORE:
            return translate("models", "Not scored yet") if item.overall_score is None \
                else score_text(item.overall_score)
        if column == self.LEVEL:
            return self._level_name(item) if item.overall_score is not None else ""
        if column == self.CHANGE:
            change = item.change
            return "" if change is None else f"{change:+.0f}"
        if column == self.CHANGED:
            return when(item.updated_at)
        review = item.next_review
        if review is None:
            return ""
        day = f"{review.day} {short_month(review.month)} {review.year}"
        return translate("models", "{day} · due").format(day=day) if review <= today() else day

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return translate("models", self.HEADERS[section])
        return None



def today() -> date:
    """Today on this computer (a review due on or before it reads "due")."""
    return date.today()

def section_label(code: str | None) -> str:
    """``"G: Wholesale and retail trade; ..."`` in the app's language, or empty."""
    section = BY_CODE.get(code or "")
    return f"{section.code}: {messages()(section.title)}" if section else ""


def _sector_text(item: AssessmentSummary) -> str:
    """The section letter and the owner's words: "G · Retail (motor trade)"."""
    if item.sector_section and item.sector:
        return f"{item.sector_section} · {item.sector}"
    if item.sector_section:
        return f"{item.sector_section} · {messages()(BY_CODE[item.sector_section].title)}" \
            if item.sector_section in BY_CODE else item.sector_section
    return item.sector


class AreaScoreModel(QAbstractTableModel):
    """The scores by area as a table: the text alternative to the chart."""

    HEADERS = (  # English; shown translated
        QT_TRANSLATE_NOOP("models", "Area"),
        QT_TRANSLATE_NOOP("models", "Score (0 to 100)"),
        QT_TRANSLATE_NOOP("models", "Level"),
        QT_TRANSLATE_NOOP("models", "Questions answered"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._areas: tuple[AreaScore, ...] = ()
        self._counts: Progress | None = None

    def set_score(self, score: Score | None, counts: Progress | None = None) -> None:
        """Show the areas of a score (or nothing), with core's count of questions answered
        (the one the question page and review page use)."""
        self.beginResetModel()
        self._areas = score.areas if score is not None else ()
        self._counts = counts
        self.endResetModel()

    def _answered(self, area: AreaScore) -> str:
        if self._counts is not None:
            counted = self._counts.area(area.area.id)
            return translate("models", "{answered} of {shown}").format(
                answered=counted.answered, shown=counted.shown)
        return translate("models", "{answered} of {shown}").format(
            answered=area.answered, shown=area.applicable)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of areas."""
        return 0 if parent.isValid() else len(self._areas)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text (a failure is logged and the cell shown empty: see the list model)."""
        try:
            return self._data(index, role)
        except Exception:
            _log.exception("cannot show area row %s, column %s", index.row(), index.column())
            return "" if role == Qt.ItemDataRole.DisplayRole else None

    def _data(self, index: AnyIndex, role: int) -> object:
        if not index.isValid() or index.row() >= len(self._areas):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        area = self._areas[index.row()]
        column = index.column()
        if column == 0:
            return area.area.title.get(lang())
        if not area.applies:
            if column >= 4:
                return self._answered(area)
            return (translate("models", "Not applicable"), "-", "-")[column - 1]
        if column == 1:
            return score_text(area.score)
        if column == 2:
            if area.level is None:
                return "-"
            return area.level.title.get(lang()) + (
                " " + translate("models", "(held down by a critical gap)")
                if area.is_capped else "")
        return self._answered(area)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return translate("models", self.HEADERS[section])
        return None
