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


class Text(str):
    """A message in English (the string itself) that can still be shown in another language:
    it keeps its catalogue id ``template`` and the ``fields`` that fill it (a field that is a
    ``Text`` is translated too). For messages made where no language is known (errors)."""

    template: str
    fields: dict[str, object]

    def __new__(cls, template: str, /, **fields: object) -> Text:
        """The English: ``template`` filled with ``fields``."""
        self = super().__new__(cls, cls._shape(template.format(**fields) if fields else template))
        self.template = template
        self.fields = fields
        return self

    @staticmethod
    def _shape(text: str) -> str:
        return text

    def __reduce__(self) -> tuple[object, ...]:
        return (_text, (type(self), self.template, self.fields))

    def translated(self, tr: Messages) -> str:
        """The message in ``tr``'s language (English where the catalogue has none)."""
        if tr.language == DEFAULT_LANGUAGE:
            return str(self)
        filled = {name: localized(value, tr) if isinstance(value, Text) else value
                  for name, value in self.fields.items()}
        try:
            text = tr(self.template).format(**filled) if filled else tr(self.template)
        except (KeyError, IndexError, ValueError):  # a translation with other placeholders
            return str(self)  # the English: a message must never fail to show
        return self._shape(text)


class FirstLower(Text):
    """A ``Text`` with its first letter in lower case in every language (a label inside a
    sentence: "beyond your budget (under £1,000)")."""

    @staticmethod
    def _shape(text: str) -> str:
        return text[:1].lower() + text[1:]


def _text(kind: type[Text], template: str, fields: dict[str, object]) -> Text:
    return kind(template, **fields)


def T_(template: str, /, **fields: object) -> Text:
    """Mark ``template`` for the catalogue and fill it now: English for the log and for
    anything that expects a plain string, any language later through ``localized``."""
    return Text(template, **fields)


def localized(value: object, tr: Messages) -> str:
    """``value`` for a reader of ``tr``'s language: a ``Text`` translated, anything else as is."""
    return value.translated(tr) if isinstance(value, Text) else str(value)


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


def in_language(text: str, tr: Messages) -> str:
    """A text kept from earlier, marked ``N_`` (a catalogue id) or made with ``T_``, in
    ``tr``'s language; "" stays ""."""
    if isinstance(text, Text):
        return text.translated(tr)
    return tr(text) if text else ""
