"""A read-only table of plain rows (a service's :class:`~readiness_app.services.cohort_view.
Table`) and the one way its cells are written, shared by the tables and the charts' text."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView

AnyIndex = QModelIndex | QPersistentModelIndex
MISSING = "–"


def cell_text(header: str, value: object) -> str:
    """A cell for people: shares as per cent, other decimals to one place, missing as '–'."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if header.lower().startswith("share"):
            return f"{value * 100:.0f}%"
        return f"{value:.1f}"
    return str(value)


class RowsModel(QAbstractTableModel):
    """Headers and rows shown as they are (numbers right-aligned); ``words`` turns a header
    or a text cell into what is shown (the app's language), the table keeping its own."""

    def __init__(self, parent: QObject | None = None,
                 words: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._words = words or (lambda text: text)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[object, ...], ...] = ()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """Replace the table."""
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = tuple(tuple(r) for r in rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text; numbers right-aligned."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            text = cell_text(self._headers[index.column()], value)
            return self._words(text) if isinstance(value, str) else text
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                isinstance(value, int | float) or (value is None and index.column() > 0)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column headers; no row numbers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._words(self._headers[section])
        return None

    def text(self, row: int, column: int) -> str:
        """One cell as shown."""
        return str(self.data(self.index(row, column)))


def rows_view(model: RowsModel, name: str, stretch: int = 0) -> QTableView:
    """A table as tall as its rows (it never scrolls inside the scrolling page), one Tab stop,
    column ``stretch`` taking the spare width; call :func:`fit_height` after the rows
    change."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    model.modelReset.connect(lambda: _stretch(header, stretch))
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return view


def _stretch(header: QHeaderView, column: int) -> None:
    if 0 <= column < header.count():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fit_height(view: QTableView) -> None:
    """Make ``view`` exactly as tall as its header and rows."""
    view.resizeRowsToContents()
    model = view.model()
    rows = sum(view.rowHeight(r) for r in range(model.rowCount()))
    scroll = view.horizontalScrollBar()
    extra = scroll.sizeHint().height() if scroll.isVisible() else 0
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows + extra
                        + 2 * view.frameWidth())
