"""Small widgets shared by the pages: headings and text roles, cards, lists of cards, an
inline message area, a progress panel. How they look is :mod:`readiness_app.ui.theme`'s."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from readiness_app.ui import theme
from readiness_app.ui.i18n import translate


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a text role of the theme (``h1``, ``question``, ``small``, ``hint``…)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def heading(text: str, level: int = 1) -> QLabel:
    """A heading (plain text, sized by the theme's type scale from the system font)."""
    label = wrapped()
    set_heading(label, text, level)
    return label


def set_heading(label: QLabel, text: str, level: int = 1) -> None:
    """Change a heading's text and level (text such as a firm name is shown as it is)."""
    role = theme.HEADING_ROLES.get(level, "h3")
    if label.property("role") != role:
        set_role(label, role)
    label.setText(text)
    label.setAccessibleName(text)


def role_label(text: str, role: str) -> QLabel:
    """A wrapping plain-text label with a text role."""
    label = wrapped(text)
    label.setProperty("role", role)
    return label


def make_primary(button: QPushButton) -> QPushButton:
    """Mark the one main action of a page (drawn in the accent colour; Enter presses it)."""
    button.setProperty("primary", True)
    button.setDefault(True)
    button.setAutoDefault(True)
    return button


def card(kind: str = "true") -> QFrame:
    """A framed panel on the surface colour (``kind`` "accent" adds an accent edge)."""
    frame = QFrame()
    frame.setProperty("card", kind)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame


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


class _WrappingOption:
    """Shared by the answer options: the text sits in a word-wrapping label inside the button,
    so a long option wraps instead of being cut, and the whole box is the click target."""

    def _wrap(self, text: str) -> None:
        button = self._button()
        button.setText("")
        self.text_label = QLabel(text)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(button)
        pad = theme.OPTION_PADDING + 3  # the padding plus the widest (focus) border
        layout.setContentsMargins(pad + theme.INDICATOR + theme.SPACE_S + 2, pad, pad, pad)
        layout.addWidget(self.text_label)
        button.setProperty("option", True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _button(self) -> QAbstractButton:
        assert isinstance(self, QAbstractButton)
        return self

    def option_text(self) -> str:
        """The option's text as shown."""
        return self.text_label.text()

    def hitButton(self, pos: QPoint) -> bool:
        """The whole box takes the click, not just the circle or square."""
        return self._button().rect().contains(pos)

    def sizeHint(self) -> QSize:
        """As big as the wrapped text needs."""
        layout = self._button().layout()
        return layout.totalSizeHint() if layout is not None \
            else cast(QAbstractButton, super()).sizeHint()

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for the smallest window; the text wraps."""
        layout = self._button().layout()
        return layout.totalMinimumSize() if layout is not None \
            else cast(QAbstractButton, super()).minimumSizeHint()


ARROW_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}


def _arrow_step(event: QKeyEvent) -> int | None:
    """-1 or 1 for a bare arrow key, else None."""
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    return ARROW_STEPS.get(Qt.Key(event.key()))


class OptionRadio(_WrappingOption, QRadioButton):
    """An answer option: a large, wrapping radio button. The arrow keys pick the option
    before or after, even when none is picked yet (as in a web form)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, parent)
        self._wrap(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Left: pick the option before; Down/Right: the option after."""
        step = _arrow_step(event)
        group = self.group()
        if step is None or group is None:
            super().keyPressEvent(event)
            return
        buttons = group.buttons()
        index = buttons.index(self) + step if self in buttons else -1
        if 0 <= index < len(buttons):
            buttons[index].setFocus(Qt.FocusReason.OtherFocusReason)
            buttons[index].click()
        event.accept()


class OptionCheck(_WrappingOption, QCheckBox):
    """An answer option that can be combined: a large, wrapping check box. The arrow keys
    move between the boxes of one question (``siblings``), as they do between radio buttons;
    Space ticks."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, parent)
        self._wrap(text)
        self.siblings: list[QCheckBox] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Left: the option before; Down/Right: the option after."""
        step = _arrow_step(event)
        if step is None or self not in self.siblings:
            super().keyPressEvent(event)
            return
        index = self.siblings.index(self) + step
        if 0 <= index < len(self.siblings):
            self.siblings[index].setFocus(Qt.FocusReason.OtherFocusReason)
        event.accept()


@dataclass(frozen=True, slots=True)
class CardItem:
    """One card in a :class:`CardList`: a bold title, a body and a small detail line."""

    title: str
    body: str = ""
    detail: str = ""

    def text(self) -> str:
        """The whole card as one line of plain text (for screen readers and tests)."""
        return " ".join(part for part in (self.title, self.body, self.detail) if part)


class CardList(QFrame):
    """A list shown as cards of wrapping labels: as tall as its contents, never a scroll box
    inside the scrolling page, so no line is cut. One Tab stop; a screen reader reads every
    card from the accessible description."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setProperty("cardlist", "true")  # outlined while focused (theme.stylesheet)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(theme.SPACE_XS, theme.SPACE_XS, theme.SPACE_XS,
                                        theme.SPACE_XS)
        self._layout.setSpacing(theme.SPACE_S)
        self._items: list[CardItem] = []
        self.cards: list[QFrame] = []

    def set_items(self, items: Sequence[CardItem], empty: str, kind: str = "true") -> None:
        """Show ``items`` as cards (or ``empty`` as a line of text when there are none)."""
        for old in self.cards:
            old.hide()
            old.deleteLater()
        self.cards = []
        self._items = list(items)
        if not items:
            frame = QFrame()
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(role_label(empty, "muted"))
            self._add(frame)
        for item in items:
            frame = card(kind)
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(theme.SPACE_M, theme.SPACE_S + 2, theme.SPACE_M,
                                      theme.SPACE_S + 2)
            layout.setSpacing(theme.SPACE_XS)
            layout.addWidget(role_label(item.title, "strong"))
            if item.body:
                layout.addWidget(wrapped(item.body))
            if item.detail:
                layout.addWidget(role_label(item.detail, "muted"))
            self._add(frame)
        text = " ".join(i.text() for i in items) if items else empty
        self.setAccessibleDescription(text)
        self.setToolTip("")

    def _add(self, frame: QFrame) -> None:
        self._layout.addWidget(frame)
        self.cards.append(frame)
        frame.show()

    def count(self) -> int:
        """How many items are shown (0 when the list is empty)."""
        return len(self._items)

    def item_text(self, row: int) -> str:
        """One item as plain text."""
        return self._items[row].text()

    def items(self) -> list[CardItem]:
        """The items shown."""
        return list(self._items)


class MessageArea(QLabel):
    """An inline, non-modal message for a page (validation, what just happened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(translate("widgets", "Message"))
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
        self.bar.setAccessibleName(translate("widgets", "Progress"))
        self.bar.setTextVisible(True)
        # Esc, not an Alt letter: every letter of "Cancel" is taken by a button of some page
        # it shows on (Alt+C was also "Change answers" and "Export CSV files")
        self.cancel_button = QPushButton(translate("widgets", "Cancel"))
        self.cancel_button.setAccessibleName(translate("widgets", "Cancel"))
        self.cancel_button.setToolTip("Esc")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.cancel_button,
                                self.cancel_button.animateClick)  # only while it is shown
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
