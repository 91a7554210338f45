"""The catalogue of the code's texts in a language, for the CLI, the PDF and the app."""

from __future__ import annotations

from functools import lru_cache

from readiness_app import resources
from readiness_app.core.i18n import (
    DEFAULT_LANGUAGE,
    ENGLISH,
    LANGUAGES,
    Messages,
    parse_report_language,
)


@lru_cache(maxsize=len(LANGUAGES))
def messages(language: str = DEFAULT_LANGUAGE) -> Messages:
    """The catalogue of ``language`` (``en`` or ``cy``); a ValueError names what is wrong."""
    if language == DEFAULT_LANGUAGE:
        return ENGLISH
    if language not in LANGUAGES:
        raise ValueError(f"unknown language '{language}': use one of {', '.join(LANGUAGES)}")
    path = resources.message_catalogue(language)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: the {language} texts cannot be read "
                         f"({exc.strerror or exc})") from None
    return Messages.from_mo(language, data, str(path))


def report_messages(value: str) -> tuple[Messages, ...]:
    """The catalogues of a report language: ``cy`` -> (Welsh,), ``cy+en`` -> (Welsh, English)."""
    return tuple(messages(language) for language in parse_report_language(value))


def error_message(exc: BaseException, language: str = DEFAULT_LANGUAGE) -> str:
    """What went wrong (a ReadinessError's file and problems) in ``language``, for the app's
    message boxes and the CLI."""
    from readiness_app.core.errors import error_text

    return error_text(exc, messages(language))
