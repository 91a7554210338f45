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
  + StorageError              the local library, or a file the app writes, cannot be used
    - DatabaseTooNewError     the library was written by a newer version of the app
    - NotALibraryError        the library file is damaged or is not a library at all
    - MigrationError          upgrading an older library failed (it was left as it was)
    - StorageIOError          disk full, read-only, permission denied, file open elsewhere
      - DatabaseLockedError   another program is changing the library right now
    - AssessmentNotFoundError no assessment has that id (or a short id is ambiguous)
    - AssessmentTrashedError  the assessment is in the trash; restore it to change it
    - ImportConflictError     an imported assessment is already in the library and no
                              choice (keep both, replace, skip) was given
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from readiness_app.core.i18n import ENGLISH, T_, Messages, localized


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
        return self.text(ENGLISH)

    def text(self, tr: Messages) -> str:
        """The problem for a reader of ``tr``'s language (the file and place stay as they are)."""
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        message = localized(self.message, tr)
        if self.location:
            return f"{where}: {self.location}: {message}"
        return f"{where}: {message}"


class InputFileError(ReadinessError):
    """A file cannot be used; carries every problem found in it."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        super().__init__(self.text(ENGLISH))

    def text(self, tr: Messages) -> str:
        """The file, how many problems and each one, for a reader of ``tr``'s language."""
        count = len(self.problems)
        head = tr.plural("{source}: {count} problem found", "{source}: {count} problems found",
                         count).format(source=self.source, count=count)
        return head + "".join(f"\n  {p.text(tr)}" for p in self.problems)

    @classmethod
    def single(cls, source: str, message: str, line: int | None = None) -> Self:
        """The error for a file with one problem that concerns the whole file."""
        return cls(source, [Problem(source, "", message, line)])


class QuestionnaireError(InputFileError):
    """A questionnaire file failed validation; it must not be used."""


class AssessmentFileError(InputFileError):
    """An assessment file could not be read safely."""


def error_text(exc: BaseException, tr: Messages) -> str:
    """What went wrong, for a reader of ``tr``'s language: the file and the problem stay named;
    a message made without the catalogue (``T_``) shows in English."""
    if isinstance(exc, InputFileError):
        return exc.text(tr)
    if isinstance(exc, StorageError):
        return f"{exc.path}: {localized(exc.reason, tr)}"
    if len(exc.args) == 1:
        return localized(exc.args[0], tr)
    return str(exc)


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


class StorageError(ReadinessError):
    """The library or a file the app writes cannot be used; ``path`` names it."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.reason = message
        super().__init__(f"{path}: {message}")


class DatabaseTooNewError(StorageError):
    """The library was written by a newer app; this app must not touch it."""

    def __init__(self, path: str, found: int, supported: int, written_by: str | None) -> None:
        self.found = found
        self.supported = supported
        self.written_by = written_by
        who = T_("version {version} of the app", version=written_by) if written_by \
            else T_("a newer version of the app")
        super().__init__(
            path,
            T_("this library was written by {who} (library format {found}); this version "
               "reads formats up to {supported}. Update the app to open it. The library has "
               "not been changed.", who=who, found=found, supported=supported),
        )


class NotALibraryError(StorageError):
    """The library file is damaged, or is some other file."""


class DamagedLibraryError(NotALibraryError):
    """The library fails SQLite's check (or is empty): never written; recover what can be read."""


class LibraryReplacedError(StorageError):
    """The library's files were removed or replaced while it was open; nothing more is saved."""


class MigrationError(StorageError):
    """Upgrading an older library failed; the library was left as it was."""


class StorageIOError(StorageError):
    """The disk said no: full, read-only, permission denied or the file is open elsewhere."""


class DatabaseLockedError(StorageIOError):
    """Another program (or another window) is changing the library right now."""


class ReadOnlyLibraryError(StorageIOError):
    """The library was opened read-only (read-only folder or drive): it cannot be changed."""


class AssessmentNotFoundError(StorageError):
    """No assessment in the library has that id (or a short id matches several)."""


class AssessmentTrashedError(StorageError):
    """The assessment is in the trash: restore it before changing it."""


class ImportConflictError(StorageError):
    """An imported assessment is already in the library and no conflict choice was given."""

    def __init__(self, path: str, message: str, assessment_id: str) -> None:
        self.assessment_id = assessment_id
        super().__init__(path, message)


class FeatureMissingError(ReadinessError):
    """A command needs a library this installation leaves out (e.g. the build for firms)."""


# Libraries some features need that a smaller installation may leave out: what each is for.
OPTIONAL_LIBRARIES = {
    "pandas": "cohort reports", "numpy": "cohort reports",
    "docx": "the editable Word copy of a plan", "lxml": "the editable Word copy of a plan",
    "pyarrow": "Parquet export", "duckdb": "Parquet queries",
    "cryptography": "password-protected files",
}


def missing_feature(exc: ImportError) -> FeatureMissingError | None:
    """A plain message for an optional library that is not installed; None for any other
    import error (that one is a bug and must not be hidden)."""
    top = (getattr(exc, "name", None) or "").split(".")[0]
    if top not in OPTIONAL_LIBRARIES:
        return None
    return FeatureMissingError(
        f"{OPTIONAL_LIBRARIES[top]} need the Python library '{top}', which this installation "
        "does not include (the app built for firms leaves it out). Advisers install the full "
        "app with pip: see the README.")
