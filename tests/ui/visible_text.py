"""Every text a user sees in a widget tree, and which of them are still English.

:func:`visible_texts` reads what is on screen (labels, buttons, placeholders, combo box items,
table and tree headers and cells through their models, list items, text browsers, window
titles, tooltips, accessible names and descriptions, menus). :func:`english_leftovers` finds
the English among them: a text that contains an English source of the app's catalogues (the
Qt ``.ts`` and the gettext catalogue) whose Welsh differs, or an English word that Welsh never
uses ("the", "of", "answered", ...), names and acronyms being allowed explicitly.
"""

from __future__ import annotations

import gettext
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).parents[2]
TS = ROOT / "assets" / "locale" / "ui" / "readiness_app_cy.ts"
MO = ROOT / "assets" / "locale" / "cy" / "LC_MESSAGES" / "readiness.mo"

#: English words Welsh text never uses (checked against every Welsh text of the catalogues
#: by tests/ui/test_welsh_everywhere.py; "staff", "sector", "help" and "micro" are Welsh
#: too); matched as whole words, ignoring case
ENGLISH_WORDS = frozenset((
    "the", "of", "and", "with", "your", "you", "for", "from", "this", "that", "these", "those",
    "not", "yet", "none", "was", "were", "has", "have", "had", "will", "would", "should", "could",
    "which", "what", "where", "when", "who", "why", "how", "answered", "answer", "answers",
    "question", "questions", "firm", "firms", "score", "scores", "level", "levels", "status",
    "size", "area", "areas", "overall", "done", "started", "progress", "planned", "doing",
    "visit", "visits", "last", "next", "review", "draft", "complete", "completed", "unanswered",
    "optional", "note", "notes", "know", "worth", "checking", "confirm", "true", "still",
    "change", "changes", "before", "after", "better", "worse", "employees", "people", "business",
    "small", "medium", "large", "month", "months", "year", "years", "days", "day", "week",
    "weeks", "save", "saved", "open", "delete", "search", "filter", "filters", "any", "every",
    "share", "shared", "anonymised", "private", "password", "protection", "postcode", "district",
    "only", "included", "left", "out", "new", "one", "more", "less", "than", "below", "above",
    "between", "total", "count", "number", "action", "actions", "plan", "plans", "first", "steps",
    "step", "support", "local", "authority", "region", "nation", "investing", "investment",
    "cyber", "security", "involving", "technology", "developing", "established", "leading",
    "starting", "basic", "good", "strong", "weak", "high", "low", "critical", "gap", "gaps",
    "results", "result", "report", "export", "import", "cohort", "compare", "comparison",
    "history", "chart", "table",
))

#: names that are English in Welsh too (the scheme's name), taken out before the words
ALLOWED_TEXTS = ("Cyber Essentials", "Cyber Essentials Plus")

#: words allowed to stay as they are: acronyms, file types, keys ("all" is Welsh too)
ALLOWED_WORDS = frozenset({
    "pdf", "png", "xlsx", "csv", "docx", "sic", "uk", "ncsc", "ico", "it", "id", "ok",
    "ctrl", "alt", "shift", "enter", "esc", "tab", "f1", "cymraeg", "english",
})


@dataclass(frozen=True)
class Seen:
    """One visible text and where it was."""

    where: str
    text: str


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}{f' {name!r}' if name else ''}"


def model_texts(model: QAbstractItemModel, where: str, limit: int = 200) -> list[Seen]:
    """Headers, cells (display and tooltip) of ``model``, children included (trees)."""
    found: list[Seen] = []
    for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                               (Qt.Orientation.Vertical, 0)):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if value:
                    found.append(Seen(f"{where} header {section}", str(value)))

    tree = not isinstance(model, QAbstractTableModel | QAbstractListModel)

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        found.append(Seen(f"{where} cell {row},{column}", value))
                if column == 0 and depth < 3 and tree and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(QModelIndex(), 0)
    return found


def menu_texts(menu: QMenu, where: str) -> list[Seen]:
    """A menu's actions (text and tooltip), submenus included."""
    found = [Seen(where, menu.title())] if menu.title() else []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.text():
            found.append(Seen(f"{where} > action", action.text()))
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            found.append(Seen(f"{where} > action tooltip", action.toolTip()))
        if action.menu() is not None:
            found += menu_texts(action.menu(), f"{where} > {action.text()}")
    return found


def visible_texts(root: QWidget, everything: bool = False) -> list[Seen]:
    """Every text shown by ``root`` and its visible children (``everything``: the hidden
    ones too)."""
    found: list[Seen] = []

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            found.append(Seen(where, text))

    add("window title", root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if not everything and widget is not root and not widget.isVisibleTo(root):
            continue
        where = _name(widget)
        add(f"{where} tooltip", widget.toolTip())
        add(f"{where} accessible name", widget.accessibleName())
        add(f"{where} accessible description", widget.accessibleDescription())
        add(f"{where} status tip", widget.statusTip())
        add(f"{where} whats this", widget.whatsThis())
        if widget.isWindow() and widget is not root:
            add(f"{where} window title", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(where, widget.text())
        elif isinstance(widget, QLineEdit):
            add(f"{where} placeholder", widget.placeholderText())
            if widget.isReadOnly():
                add(where, widget.text())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{where} item {i}", widget.itemText(i))
                add(f"{where} item {i} tooltip",
                    widget.itemData(i, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            add(where, widget.toPlainText())
            add(f"{where} placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            add(where, widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{where} tab {i}", widget.tabText(i))
                add(f"{where} tab {i} tooltip", widget.tabToolTip(i))
        elif isinstance(widget, QMenu):
            found.extend(menu_texts(widget, where))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                add(f"{where} item {i}", item.text())
                add(f"{where} item {i} tooltip", item.toolTip())
        elif (isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
              and widget.model() is not None):  # a header shows its table's headers
            found.extend(model_texts(widget.model(), where))
    menu_bar = getattr(root, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            if action.menu() is not None:
                found.extend(menu_texts(action.menu(), "menu"))
    return found


# --------------------------------------------------------------------- the English sources


def _plain(text: str) -> str:
    """A catalogue text as shown: no mnemonic ``&``, no markup, spaces folded."""
    text = re.sub(r"&(?=\w)", "", text).replace("&&", "&")
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split())


def _fragments(english: str, welsh: str) -> list[str]:
    """The parts of an English source around its ``{placeholders}`` long enough to be
    English on their own (three words or more) and not in the Welsh."""
    plain_welsh = _plain(welsh).casefold()
    parts = re.split(r"\{[^}]*\}|%[sd]|%\([a-z_]+\)[sd]", _plain(english))
    return [p.strip(" .,:;()·—-") for p in parts
            if len(p.split()) >= 3 and p.strip().casefold() not in plain_welsh]


@cache
def english_sources() -> tuple[str, ...]:
    """English texts of the Qt and gettext catalogues whose Welsh differs, as fragments."""
    pairs: list[tuple[str, str]] = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        pairs.append((source, translation))
    pairs += _po_pairs()
    found = {f for english, welsh in pairs if _plain(english) != _plain(welsh)
             for f in _fragments(english, welsh)}
    return tuple(sorted(found, key=len, reverse=True))


def _po_pairs() -> list[tuple[str, str]]:
    """(msgid, msgstr) of the gettext catalogue."""
    with MO.open("rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    pairs = []
    for key, welsh in catalogue._catalog.items():  # type: ignore[attr-defined]
        english = key[0] if isinstance(key, tuple) else key
        english = english.split("\x04")[-1]  # without its context
        if english and isinstance(welsh, str):
            pairs.append((english, welsh))
    return pairs


@cache
def welsh_texts() -> tuple[str, ...]:
    """Every Welsh text of the two catalogues (to check the word list against)."""
    texts = [m.findtext("translation") or ""
             for m in ET.parse(TS).getroot().iter("message")]
    texts += [welsh for _, welsh in _po_pairs()]
    return tuple(re.sub(r"\{[^}]*\}", " ", _plain(t)) for t in texts)


ID = re.compile(r"[a-z][a-z0-9_-]*\.[a-z][a-z0-9_.-]*")
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: a command-line option and its placeholder, quoted in a Welsh text as the user types it
COMMAND_OPTION = re.compile(r"--[a-z][a-z-]*(?: [A-Z]+\b)?")


def english_words_in(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The words of ``text`` in :data:`ENGLISH_WORDS` (``allowed`` texts taken out first)."""
    for name in sorted({*allowed, *ALLOWED_TEXTS}, key=len, reverse=True):
        text = text.replace(name, " ")
    text = COMMAND_OPTION.sub(" ", text)  # "--password-file FILE" is typed as it is
    return [w for w in WORD.findall(_plain(text))
            if w.casefold() in ENGLISH_WORDS and w.casefold() not in ALLOWED_WORDS]


def english_leftovers(seen: Iterable[Seen], allowed: Iterable[str] = (),
                      extra_sources: Iterable[str] = ()) -> list[str]:
    """Each text that is still English, with where it is and why: an English catalogue
    source (or one of ``extra_sources``) in it, or English words; ``allowed`` (firm names,
    postcodes, organisation names) is taken out first."""
    allowed = tuple(sorted(set(allowed), key=len, reverse=True))
    sources = tuple(sorted({*english_sources(), *extra_sources}, key=len, reverse=True))
    problems: list[str] = []
    for item in seen:
        if ID.fullmatch(item.text):
            continue  # an id ("cyber.backups"), the same in every language
        text = _plain(item.text)
        for name in allowed:
            text = text.replace(name, " ")
        source = next((s for s in sources if s in text), None)
        words = english_words_in(text)
        if source is not None or words:
            why = f"English {source!r}" if source is not None else f"words {words}"
            problems.append(f"{item.where}: {item.text[:120]!r} ({why})")
    return sorted(set(problems))
