"""The interface language: which one, and loading its Qt catalogue (``.qm``) at start.

The language is the one chosen in the app (Settings > Language, kept in ``UiSettings``),
else the system locale's (Welsh for ``cy_*``), else English. It is fixed for the run: a new
choice applies on the next start. Pages ask :func:`language` for the questionnaire texts
(``LocalText.get(language())``) and the services' ``language`` / ``tr`` parameters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from readiness_app.resources import asset_path

if TYPE_CHECKING:
    from readiness_app.core.i18n import Messages

ENGLISH = "en"
WELSH = "cy"
# the languages the interface offers, with each one's name in itself
LANGUAGES = {ENGLISH: "English", WELSH: "Cymraeg"}
UI_CATALOGUE = "locale/ui/readiness_app_{lang}.qm"

_current = ENGLISH
_installed: list[QTranslator] = []  # kept alive while installed


def language() -> str:
    """The interface language of this run (``en`` or ``cy``)."""
    return _current


def system_language() -> str:
    """Welsh when the system locale is Welsh (``cy_*``), else English."""
    return WELSH if QLocale.system().language() == QLocale.Language.Welsh else ENGLISH


def choose(saved: str | None) -> str:
    """The language to use: the saved choice when it is one the app offers, else the
    system's."""
    return saved if saved in LANGUAGES else system_language()


def install(app: QCoreApplication, lang: str) -> str:
    """Make ``lang`` this run's language and load its catalogues (the app's and Qt's own
    ``qtbase_<lang>`` when Qt ships one); English needs none. Returns the language used: a
    missing or unreadable catalogue leaves the interface in English."""
    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = lang if lang in LANGUAGES else ENGLISH
    if _current == ENGLISH:
        return _current
    ours = QTranslator(app)
    if not ours.load(str(asset_path(UI_CATALOGUE.format(lang=_current)))):
        _current = ENGLISH
        return _current
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{_current}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return _current


def translate(context: str, text: str) -> str:
    """``text`` in this run's language (``context``: the module that shows it); the form
    pyside6-lupdate extracts, so the UI's texts reach the ``.ts`` files."""
    return QCoreApplication.translate(context, text)


_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                   "Nov", "Dec")


def locale() -> QLocale:
    """This run's language as a Qt locale (for date fields: Welsh month names in Welsh; in
    English the system's, as before)."""
    if _current == WELSH:
        return QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)
    return QLocale()


def short_month(month: int) -> str:
    """A month's short name in this run's language: "Nov" (as ``%b`` writes it), "Tach"
    (Qt's CLDR data)."""
    if _current == WELSH:
        return locale().monthName(month, QLocale.FormatType.ShortFormat)
    return _ENGLISH_MONTHS[month - 1]


def messages() -> Messages:
    """The code's catalogue (core labels, plan and support texts) in this run's language,
    for the services' ``tr`` parameters (loaded when first asked, not at start)."""
    from readiness_app.services.language import messages as catalogue

    return catalogue(_current)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate where it is defined (a constant) and return it as
    it is; it is shown through :func:`translate` (typed, unlike PySide6's own)."""
    return text


# Qt's own buttons (a message box's OK, a button box's Cancel or Close) take their text from
# Qt's catalogue, which has no Welsh: ours carries them under the contexts Qt asks, the
# generic one and the GNOME desktop's (with its Alt letters)
QT_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
)


def error_text(exc: BaseException) -> str:
    """What went wrong (a ReadinessError's file and problems, or an OSError) in this run's
    language, for message boxes and message areas; English if the catalogue cannot be read."""
    from readiness_app.services.language import error_message

    try:
        return error_message(exc, _current)
    except ValueError:  # the code's Welsh catalogue is missing or damaged
        return error_message(exc)
