"""A long message (F1's help and shortcuts) in a box that scrolls: never taller than the
screen, its lines as written, Esc or Close to leave it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

#: a message of this many lines or more is shown in a TextDialog, not a message box
LONG_TEXT_LINES = 15
_MARGIN = 48  # room left around the dialog on the screen, and for its frame


class TextDialog(QDialog):
    """Read-only text with a Close button, sized to its text within the screen."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)  # Tab leaves the box for the button: no trap
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self._fit(text, parent)

    def _fit(self, text: str, parent: QWidget | None) -> None:
        """As wide as the longest line and as tall as the text, within the screen."""
        screen = parent.screen() if parent is not None else QApplication.primaryScreen()
        room = screen.availableGeometry()
        metrics = self.text.fontMetrics()
        lines = text.splitlines() or [""]
        chrome = self.sizeHint().height() - self.text.sizeHint().height()
        width = max(metrics.horizontalAdvance(line) for line in lines) + 2 * _MARGIN
        height = metrics.lineSpacing() * (len(lines) + 1) + chrome + _MARGIN
        self.resize(min(width, room.width() - _MARGIN), min(height, room.height() - _MARGIN))


def show_text(parent: QWidget | None, title: str, text: str) -> None:
    """A message box for a short text; a long one in a :class:`TextDialog` (a message box
    grows past the screen and re-wraps lines written to be read as lines)."""
    if text.count("\n") + 1 >= LONG_TEXT_LINES:
        TextDialog(parent, title, text).exec()
    else:
        QMessageBox.information(parent, title, text)
