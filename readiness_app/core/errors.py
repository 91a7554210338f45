"""Errors raised by readiness_app.

Every error a user can cause or fix is a ``ReadinessError``; anything else is a bug.

* ReadinessError
  + InputFileError            a file we were given cannot be used (names the file)
    - QuestionnaireError      a questionnaire file fails validation (lists every problem)
    - AssessmentFileError     an assessment file is corrupt, hostile or for an unknown questionnaire
  + AnswerError               an answer does not fit its question (wrong option, wrong type)
  + AreaError                 a place given cannot be turned into a local authority
    - PostcodeError           postcode text is invalid, out of scope (Channel Islands, Isle of
                              Man, BFPO, overseas territories) or not in the postcode data
  + InputFileError (continued)
    - SupportDirectoryError   a support directory file fails validation (lists every problem)
    - GeographyDataError      a shipped geography file is missing, corrupt or inconsistent
"""

from __future__ import annotations

from dataclasses import dataclass


class ReadinessError(Exception):
    """Base of every error that is the user's or the environment's, not a bug."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file: where it is and what is wrong."""

    source: str
    location: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        if self.location:
            return f"{where}: {self.location}: {self.message}"
        return f"{where}: {self.message}"


class InputFileError(ReadinessError):
    """A file cannot be used; carries every problem found in it."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{source}: {count} problem{'s' if count != 1 else ''} found"
        super().__init__(head + "".join(f"\n  {p}" for p in self.problems))


class QuestionnaireError(InputFileError):
    """A questionnaire file failed validation; it must not be used."""


class AssessmentFileError(InputFileError):
    """An assessment file could not be read safely."""


class AnswerError(ReadinessError):
    """An answer does not fit the question it is for."""


class AreaError(ReadinessError):
    """A place (postcode or local authority name) cannot be turned into a local authority."""


class PostcodeError(AreaError):
    """Postcode text that cannot be used; ``reason`` says why, for callers that branch on it.

    Reasons: ``invalid`` (not a postcode), ``out_of_scope`` (Channel Islands, Isle of Man,
    BFPO, overseas territories), ``not_found`` (well formed but unknown) and
    ``non_geographic`` (a real postcode with no local authority, such as a PO box).
    """

    def __init__(self, message: str, reason: str = "invalid") -> None:
        super().__init__(message)
        self.reason = reason


class SupportDirectoryError(InputFileError):
    """A support directory file failed validation; it must not be used."""


class GeographyDataError(InputFileError):
    """A geography data file is missing, corrupt or does not match the other files."""
