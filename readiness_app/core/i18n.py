"""The message catalogue for code texts (core labels, the PDF, the CLI): gettext.

English texts in the code are the message ids. A text is marked where it is written, with
``N_("...")`` when it is kept for later (an enum's label) or ``tr("...")`` where it is shown,
and looked up at display time in the language's compiled catalogue
(``assets/locale/<lang>/LC_MESSAGES/readiness.mo``, built from the ``.po`` source by
``scripts/build_catalogues.py``). Placeholders are ``{name}``, filled after translation.
Questionnaire content is data, translated in the questionnaires' own files, not here.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io

DEFAULT_LANGUAGE = "en"
#: The languages the app's texts come in; Welsh texts await review by a Welsh speaker.
LANGUAGES = ("en", "cy")
#: Report languages: one language, or two one after the other (Welsh first).
REPORT_LANGUAGES = ("en", "cy", "cy+en", "en+cy")
DOMAIN = "readiness"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_CONTEXT = "month"


def N_(text: str) -> str:
    """Mark ``text`` for the catalogue without translating it now."""
    return text


class Messages:
    """The catalogue of one language: ``tr("Page {page} of {total}")``."""

    __slots__ = ("_translations", "language")

    def __init__(self, language: str, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._translations = translations

    @classmethod
    def english(cls) -> Messages:
        """The English texts: the message ids themselves."""
        return cls(DEFAULT_LANGUAGE, gettext.NullTranslations())

    @classmethod
    def from_mo(cls, language: str, data: bytes, source: str) -> Messages:
        """A compiled catalogue; ``source`` names it when it cannot be read."""
        try:
            return cls(language, gettext.GNUTranslations(io.BytesIO(data)))
        except (OSError, ValueError, UnicodeDecodeError, IndexError) as exc:
            raise ValueError(f"{source}: not a usable message catalogue ({exc})") from None

    def __call__(self, text: str) -> str:
        """``text`` in this language (English when it has no translation)."""
        return self._translations.gettext(text)

    def plural(self, singular: str, plural: str, count: int) -> str:
        """The form for ``count`` (Welsh has six); fill ``{count}`` after."""
        return self._translations.ngettext(singular, plural, count)

    def month(self, month: int) -> str:
        """The month's name: 11 -> November, Tachwedd."""
        return self._translations.pgettext(_MONTH_CONTEXT, _MONTHS[month - 1])

    def date(self, day: dt.date) -> str:
        """A date for people: 29 November 2026, 29 Tachwedd 2026."""
        return f"{day.day} {self.month(day.month)} {day.year}"

    def month_year(self, day: dt.date) -> str:
        """November 2026, Tachwedd 2026."""
        return f"{self.month(day.month)} {day.year}"


def month_names() -> tuple[str, ...]:
    """The English month names, the ids under the ``month`` context (for the extractor)."""
    return _MONTHS


def parse_report_language(value: str) -> tuple[str, ...]:
    """``"cy+en"`` -> ``("cy", "en")``; a clear ValueError for anything else."""
    parts = tuple(p.strip().lower() for p in value.split("+"))
    if (not parts or any(p not in LANGUAGES for p in parts) or len(set(parts)) != len(parts)
            or len(parts) > len(LANGUAGES)):
        raise ValueError(f"unknown language '{value}': use one of {', '.join(REPORT_LANGUAGES)}")
    return parts


ENGLISH = Messages.english()
