"""The Alt keys of the page on screen, read from its own buttons and labelled fields (F1
lists them), so the list is in the interface's language and in step with the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def mnemonic(text: str) -> str | None:
    """The underlined letter of a Qt text ("C&lear answer" -> "l"); "&&" is a plain "&"."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1]
        index += 2
    return None


def plain(text: str) -> str:
    """The text as shown: no "&" before the underlined letter, "&&" as "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def page_keys(page: QWidget) -> list[str]:
    """"Alt+L  Clear answer" for each shown button or labelled field of ``page`` that has an
    underlined letter, in reading order, each once."""
    found: list[tuple[int, int, str]] = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()  # a label that names a field: Alt goes to the field
        else:
            continue
        letter = mnemonic(text)
        if letter is None or not letter.strip() or not widget.isVisibleTo(page):
            continue
        where = widget.mapTo(page, QPoint(0, 0))
        found.append((where.y(), where.x(), f"Alt+{letter.upper()}  {plain(text)}"))
    lines: list[str] = []
    for *_, line in sorted(found):
        if line not in lines:
            lines.append(line)
    return lines
