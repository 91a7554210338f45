"""Small widgets shared by the pages: headings, an inline message area, a progress panel."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


def heading(text: str, level: int = 1) -> QLabel:
    """A heading whose size follows the system font (HTML heading, text escaped)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    set_heading(label, text, level)
    return label


def set_heading(label: QLabel, text: str, level: int = 1) -> None:
    """Change a heading's text (user text such as a firm name is escaped)."""
    label.setText(f"<h{level}>{html.escape(text)}</h{level}>")
    label.setAccessibleName(text)


def wrapped(text: str = "") -> QLabel:
    """A plain-text label that wraps (user and content text is never read as markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def scroll_area(content: QWidget) -> QScrollArea:
    """A frameless page area that scrolls ``content``; the keyboard focus skips it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


def button_text(text: str) -> str:
    """Content text for a button or check box: '&' shown as itself, not as a shortcut."""
    return text.replace("&", "&&")


class MessageArea(QLabel):
    """An inline, non-modal message for a page (validation, what just happened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName("Message")
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (an empty text hides the area)."""
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the message."""
        self.show_message("")


class ProgressPanel(QWidget):
    """What a background job is doing, with a Cancel button; hidden when idle."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = wrapped()
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Progress")
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton("&Cancel")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> None:
        """Show the panel, busy, with ``text``."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int, text: str) -> None:
        """Show how far the job got."""
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text:
            self.label.setText(text)

    def end(self) -> None:
        """Hide the panel."""
        self.hide()
