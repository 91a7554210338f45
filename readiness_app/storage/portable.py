"""Portable ``.readiness`` files: export assessments from the library and import them.

Import reads and checks the whole file first (size, UTF-8, JSON, schema, questionnaire,
every answer; see :mod:`readiness_app.core.assessment_file`) and only then touches the
library, in one transaction. An assessment whose id is already in the library is a conflict:
the caller chooses to keep both (the file gets a new id), replace the stored one, or skip.
A file of a firm the library already has (the file's firm id, i.e. its series, or the same
firm name and postcode) under another id is offered as a new visit of that firm
(:attr:`ImportCandidate.same_firm`): linked into its history, or kept apart under a name that
tells the two apart.

Export writes each file atomically (:mod:`.atomic`): an existing file is replaced only by a
complete new one, and a failure leaves it as it was.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from readiness_app import __version__
from readiness_app.core.assessment import MAX_NAME_LENGTH, Assessment
from readiness_app.core.assessment_file import (
    FILE_SUFFIX,
    MAX_FILE_BYTES,
    FindQuestionnaire,
    assessment_to_json,
    read_assessment_bytes,
    read_links,
)
from readiness_app.core.errors import (
    AssessmentFileError,
    ImportConflictError,
    PostcodeError,
    ReadinessError,
    error_text,
)
from readiness_app.core.files import read_limited
from readiness_app.core.i18n import ENGLISH, T_, Messages, Text
from readiness_app.core.postcodes import parse_postcode
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.text import file_name_stem
from readiness_app.storage import sealed
from readiness_app.storage.atomic import describe_os_error, make_folder, write_bytes_atomic
from readiness_app.storage.library import (
    MAX_PAGE_SIZE,
    AddAction,
    AssessmentSummary,
    ConflictPolicy,
    Library,
    ListQuery,
)
from readiness_app.storage.list_query import fold

MAX_NAME_STEM = 60
_log = logging.getLogger(__name__)


# ---------------------------------------------------------------------- reading


def read_file(path: Path, questionnaires: FindQuestionnaire,
              password: str | None = None) -> tuple[Assessment, Questionnaire]:
    """Read and check a ``.readiness`` file, password-protected or not (recognised by its
    header); AssessmentFileError names it and every problem."""
    return read_assessment_bytes(_file_bytes(path, password), str(path), questionnaires)


def _file_bytes(path: Path, password: str | None) -> bytes:
    """The assessment file's JSON bytes (decrypted when it is password-protected)."""
    data = read_limited(path, MAX_FILE_BYTES + sealed.OVERHEAD, AssessmentFileError,
                        describe_os_error)
    if not sealed.is_sealed(data) and len(data) > MAX_FILE_BYTES:
        raise AssessmentFileError.single(str(path), T_("the file is {size} bytes; the limit "
                                                       "is {limit}", size=f"{len(data):,}",
                                                       limit=f"{MAX_FILE_BYTES:,}"))
    if sealed.is_sealed(data):
        if password is None:
            raise AssessmentFileError.single(
                str(path), T_("is password-protected: give its password (on the command "
                              "line --password-file FILE)"))
        data = sealed.unseal(data, password, str(path))
    return data


# ---------------------------------------------------------------------- import


@dataclass(frozen=True, slots=True)
class ImportCandidate:
    """A checked file, ready to add; ``existing`` is set when its id is already stored."""

    path: Path
    assessment: Assessment
    existing: AssessmentSummary | None
    links: tuple[str | None, str | None] = (None, None)  # previous id, series id (format 4)
    # the latest visit of the same firm under another id, when the file is not already linked
    # to a visit in the library (see same_firm)
    same_firm: AssessmentSummary | None = None


class ImportStatus(Enum):
    """What happened to one file."""

    IMPORTED = "imported"
    KEPT_BOTH = "kept-both"
    REPLACED = "replaced"
    NEW_VISIT = "new-visit"  # linked into the history of a firm the library has
    SKIPPED = "skipped"
    CONFLICT = "conflict"  # already in the library and no choice was made: nothing changed
    REFUSED = "refused"  # replacing could lose work (another firm, a newer library copy)
    FAILED = "failed"  # the file could not be used: nothing changed


_STATUS_FOR_ACTION = {
    AddAction.ADDED: ImportStatus.IMPORTED,  # (or NEW_VISIT when linked as one)
    AddAction.KEPT_BOTH: ImportStatus.KEPT_BOTH,
    AddAction.REPLACED: ImportStatus.REPLACED,
    AddAction.SKIPPED: ImportStatus.SKIPPED,
}


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """The result for one file."""

    path: Path
    status: ImportStatus
    assessment_id: str | None = None
    firm_name: str | None = None
    error: ReadinessError | None = None

    @property
    def ok(self) -> bool:
        """True unless the file failed or was left out because of an unresolved conflict."""
        return self.status not in (ImportStatus.FAILED, ImportStatus.CONFLICT,
                                   ImportStatus.REFUSED)

    def describe(self, tr: Messages = ENGLISH) -> str:
        """One line (or, for a failure, the error's lines) for a reader of ``tr``'s language."""
        if self.error is not None:
            return error_text(self.error, tr)
        who = f"'{self.firm_name}'" if self.firm_name else tr("the assessment")
        short = (self.assessment_id or "")[:8]
        words = {
            ImportStatus.IMPORTED: tr("imported {who} as {short}"),
            ImportStatus.KEPT_BOTH: tr("{who} was already in the library; kept both (the "
                                       "imported copy is {short})"),
            ImportStatus.REPLACED: tr("replaced {who} ({short}) with the file's version"),
            ImportStatus.NEW_VISIT: tr("imported {who} as {short}, a new visit of the firm "
                                       "already in the library (linked into its history)"),
            ImportStatus.SKIPPED: tr("skipped {who} ({short}): already in the library"),
        }
        line = words[self.status].format(who=who, short=short) if self.status in words else (
            self.status.value)
        return f"{self.path}: {line}"


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The results for every file, in the order given."""

    outcomes: tuple[ImportOutcome, ...]

    @property
    def failed(self) -> tuple[ImportOutcome, ...]:
        """Files that were not used (errors and unresolved conflicts)."""
        return tuple(o for o in self.outcomes if not o.ok)

    @property
    def ok(self) -> bool:
        """True when every file was dealt with."""
        return not self.failed


ConflictChoice = ConflictPolicy | Callable[[ImportCandidate], ConflictPolicy | None] | None


def prepare_import(library: Library, path: Path,
                   password: str | None = None) -> ImportCandidate:
    """Read and check one file without touching the library (``password`` opens a
    password-protected one).

    Raises ReadinessError naming the file; so does a failure nobody foresaw (a bug), so that
    one file never stops a batch.
    """
    try:
        data = _file_bytes(path, password)
        assessment, _ = read_assessment_bytes(data, str(path), library.questionnaire_finder())
        links = read_links(data)
    except ReadinessError:
        raise
    except Exception as exc:  # a bug, but it must not stop the other files
        raise unforeseen(path, exc) from None
    existing = library.summary(assessment.id) if library.contains(assessment.id) else None
    same = None if existing is not None else same_firm(library, assessment, links)
    return ImportCandidate(path, assessment, existing, links, same)


def _latest(visits: Iterable[AssessmentSummary]) -> AssessmentSummary | None:
    found = [v for v in visits if v.problem is None]
    return max(found, key=lambda v: v.created_at) if found else None


def same_firm(library: Library, assessment: Assessment,
              links: tuple[str | None, str | None] = (None, None)) -> AssessmentSummary | None:
    """The latest visit in the library of the firm of ``assessment`` (which has another id):
    by the file's firm id (its series) first, else the same firm name and postcode (case,
    accents and spaces ignored). None when there is none, or when the file's previous visit
    is in the library (it is linked to it anyway)."""
    previous, series = links
    if previous is not None and library.contains(previous):
        return None
    if series is not None and series != assessment.id and library.contains(series):
        visits = [v for v in library.history(series) if v.deleted_at is None]
        if visits:
            return _latest(visits)
    firm = assessment.firm
    if not firm.postcode:
        return None
    name, postcode = fold(firm.name), _postcode_key(firm.postcode)
    page = library.list_assessments(ListQuery(search=firm.name, limit=MAX_PAGE_SIZE))
    return _latest(s for s in page.items if fold(s.firm_name) == name
                   and _postcode_key(s.postcode) == postcode and s.id != assessment.id)


def unforeseen(path: Path, exc: Exception) -> AssessmentFileError:
    """The error for a file whose reading failed in a way the app did not foresee (logged)."""
    _log.error("unforeseen failure on %s", path, exc_info=exc)
    return AssessmentFileError.single(  # the batch PDFs' words, so translated alike
        str(path), T_("the app failed on it ({kind}); this is a bug, please report it",
                      kind=f"{type(exc).__name__}: {str(exc)[:200]}"))


def _postcode_key(postcode: str) -> str:
    return "".join(postcode.split()).upper()


def replace_risks(candidate: ImportCandidate) -> tuple[Text, ...]:
    """Why replacing the stored assessment with the file's could lose work (empty: safe).

    Replacing is risky when the firm's name or postcode differ (the file may be another
    firm under the same id) or when the library's copy was changed after the file's. Each
    reason is a catalogue text (English as a string, any language through ``localized``).
    """
    existing = candidate.existing
    if existing is None:
        return ()
    incoming = candidate.assessment
    risks: list[Text] = []
    if " ".join(existing.firm_name.split()).casefold() != incoming.firm.name.casefold():
        risks.append(T_("the firm's name differs ('{stored}' in the library, '{in_file}' in "
                        "the file)", stored=existing.firm_name, in_file=incoming.firm.name))
    if _postcode_key(existing.postcode) != _postcode_key(incoming.firm.postcode):
        risks.append(T_("the postcode differs ('{stored}' in the library, '{in_file}' in the "
                        "file)", stored=existing.postcode or T_("none"),
                        in_file=incoming.firm.postcode or T_("none")))
    if existing.updated_at > incoming.updated_at:
        risks.append(T_("the library's copy was changed after the file's"))
    return tuple(risks)


def joined(texts: Iterable[Text]) -> Text:
    """``texts`` joined with "; ", each still shown in the reader's language."""
    parts = {f"part{i}": text for i, text in enumerate(texts)}
    return Text("; ".join(f"{{{name}}}" for name in parts), **parts)


def _facts(firm: str, created: datetime, updated: datetime, answered: int) -> Text:
    return T_("'{firm}', started {created}, last changed {updated} UTC, {answered} answer(s)",
              firm=firm, created=f"{created.astimezone(UTC):%Y-%m-%d}",
              updated=f"{updated.astimezone(UTC):%Y-%m-%d %H:%M}", answered=answered)


def describe_versions(candidate: ImportCandidate) -> tuple[Text, Text]:
    """One line for the library's version and one for the file's: firm, dates, answers
    (catalogue texts: English as strings, any language through ``localized``)."""
    incoming = candidate.assessment
    in_file = _facts(incoming.firm.name, incoming.created_at, incoming.updated_at,
                     len(incoming.answers))
    existing = candidate.existing
    if existing is None:
        return (T_("not in the library"), in_file)
    return (_facts(existing.firm_name, existing.created_at, existing.updated_at,
                   existing.answered), in_file)


def refusal(candidate: ImportCandidate, risks: tuple[Text, ...]) -> ImportConflictError:
    """The error for a replace that needs ``--force``: why, and both versions."""
    stored, in_file = describe_versions(candidate)
    return ImportConflictError(
        str(candidate.path),
        T_("not replaced, because {risks}.\n  in the library: {stored}\n"
           "  in the file:    {in_file}\nNothing was changed. To replace anyway use --force "
           "(or --on-conflict keep-both to keep both)", risks=joined(risks), stored=stored,
           in_file=in_file),
        candidate.assessment.id.lower())


def keep_both_name(candidate: ImportCandidate) -> str:
    """The firm name for an imported copy kept beside one of the same name (the same id, or
    the same firm kept apart rather than as a new visit).

    The copy is marked with the day its file was last changed, so the two can be told apart.
    """
    firm = candidate.assessment.firm.name
    existing = candidate.existing or candidate.same_firm
    if existing is None or " ".join(existing.firm_name.split()).casefold() != firm.casefold():
        return firm
    day = candidate.assessment.updated_at.astimezone(UTC).date().isoformat()
    suffix = f" (imported copy, {day})"
    return firm[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix


def import_candidate(library: Library, candidate: ImportCandidate,
                     on_conflict: ConflictPolicy | None, *,
                     force: bool = False, as_visit: bool | None = None) -> ImportOutcome:
    """Add one checked file to the library (one transaction).

    A replace that :func:`replace_risks` finds risky is refused (``REFUSED``, nothing
    changed) unless ``force``; a kept copy of a same-named firm is renamed
    (:func:`keep_both_name`). For a file of a firm the library has under another id
    (``candidate.same_firm``), ``as_visit`` True links it into that firm's history as a new
    visit, False keeps it apart (renamed, not linked), None adds it as the file says.
    """
    name = candidate.assessment.firm.name
    assessment = candidate.assessment
    links = candidate.links
    same = candidate.same_firm if candidate.existing is None else None
    if same is not None and as_visit:
        earlier = same.created_at <= assessment.created_at
        links = (same.id if earlier else None, same.series_id)
    elif same is not None and as_visit is False:
        links = (None, None)
        name = keep_both_name(candidate)
        if name != assessment.firm.name:
            assessment = replace(assessment, firm=replace(assessment.firm, name=name))
    if candidate.existing is not None and on_conflict is ConflictPolicy.REPLACE and not force:
        risks = replace_risks(candidate)
        if risks:
            return ImportOutcome(candidate.path, ImportStatus.REFUSED, assessment.id.lower(),
                                 name, refusal(candidate, risks))
    if candidate.existing is not None and on_conflict is ConflictPolicy.KEEP_BOTH:
        name = keep_both_name(candidate)
        if name != assessment.firm.name:
            assessment = replace(assessment, firm=replace(assessment.firm, name=name))
    try:
        result = library.add(assessment, on_conflict=on_conflict,
                             source=str(candidate.path), previous_id=links[0],
                             series_id=links[1])
    except ImportConflictError as exc:
        return ImportOutcome(candidate.path, ImportStatus.CONFLICT, exc.assessment_id, name,
                             exc)
    except ReadinessError as exc:
        return ImportOutcome(candidate.path, ImportStatus.FAILED, candidate.assessment.id,
                             name, exc)
    except Exception as exc:  # a bug, but it must not stop the other files
        return ImportOutcome(candidate.path, ImportStatus.FAILED, candidate.assessment.id,
                             name, unforeseen(candidate.path, exc))
    status = _STATUS_FOR_ACTION[result.action]
    if status is ImportStatus.IMPORTED and same is not None and as_visit:
        status = ImportStatus.NEW_VISIT
    return ImportOutcome(candidate.path, status, result.assessment_id, name)


def import_files(library: Library, files: Iterable[Path],
                 on_conflict: ConflictChoice = None, *, force: bool = False,
                 password: str | None = None, as_visit: bool | None = None,
                 on_candidate: Callable[[ImportCandidate], None] | None = None
                 ) -> ImportReport:
    """Import each file on its own: a bad file is reported and changes nothing.

    ``on_conflict`` is a policy for every conflict, or a function asked about each one (the
    GUI's question); ``None`` leaves conflicting files out and reports them. A risky replace
    (:func:`replace_risks`) is refused unless ``force``. ``password`` opens
    password-protected files. ``as_visit`` is :func:`import_candidate`'s, for every file of
    a firm the library has under another id; ``on_candidate`` hears of each checked file.
    """
    outcomes: list[ImportOutcome] = []
    for path in files:
        try:
            candidate = prepare_import(library, path, password)
        except ReadinessError as exc:
            outcomes.append(ImportOutcome(path, ImportStatus.FAILED, error=exc))
            continue
        if on_candidate is not None:
            on_candidate(candidate)
        policy: ConflictPolicy | None
        if on_conflict is None or isinstance(on_conflict, ConflictPolicy):
            policy = on_conflict
        else:
            policy = on_conflict(candidate) if candidate.existing is not None else None
        outcomes.append(import_candidate(library, candidate, policy, force=force,
                                         as_visit=as_visit))
    return ImportReport(tuple(outcomes))


# ---------------------------------------------------------------------- export


@dataclass(frozen=True, slots=True)
class ShareOptions:
    """What an exported file holds and how it is protected.

    By default the adviser's private notes stay behind. ``scrub`` makes an anonymised copy
    (:func:`scrubbed`); ``password`` encrypts the file (:mod:`.sealed`).
    """

    include_private_notes: bool = False
    scrub: bool = False
    password: str | None = None


PLAIN = ShareOptions()
SCRUBBED_NAME = "Anonymised firm"


def scrubbed(assessment: Assessment) -> Assessment:
    """An anonymised copy to share: a new id, no firm name, the postcode cut to its district,
    and no private notes, confirmed local authority or names of who did an action."""
    postcode = ""
    if assessment.firm.postcode:
        try:
            postcode = parse_postcode(assessment.firm.postcode).district
        except PostcodeError:
            postcode = ""
    firm = replace(assessment.firm, name=SCRUBBED_NAME, postcode=postcode,
                   authority_code=None)
    actions = {k: replace(v, who="") for k, v in assessment.actions.items()}
    return replace(assessment.without_private_notes(), id=uuid.uuid4().hex, firm=firm,
                   actions=actions)


def shared_form(assessment: Assessment, options: ShareOptions = PLAIN) -> Assessment:
    """The assessment as it will be written with ``options`` (for a preview, too)."""
    if options.scrub:
        return scrubbed(assessment)
    return assessment if options.include_private_notes else assessment.without_private_notes()


def export_file_name(assessment: Assessment, options: ShareOptions = PLAIN) -> str:
    """A safe file name: firm, date of the last change and the start of the id."""
    stem = file_name_stem(assessment.firm.name, "assessment", MAX_NAME_STEM)
    day = assessment.updated_at.astimezone(UTC).date().isoformat()
    suffix = sealed.SEALED_SUFFIX if options.password is not None else FILE_SUFFIX
    return f"{stem}_{day}_{assessment.id[:8]}{suffix}"


def assessment_bytes(assessment: Assessment, options: ShareOptions = PLAIN,
                     links: tuple[str | None, str | None] = (None, None)) -> bytes:
    """The file content for one assessment, as ``options`` say (already in shared form);
    ``links`` (previous id, series id) are left out of a scrubbed copy."""
    content = assessment_to_json(assessment, app_version=__version__,
                                 links=(None, None) if options.scrub else links
                                 ).encode("utf-8")
    return content if options.password is None else sealed.seal(content, options.password)


def export_assessment(library: Library, assessment_id: str, destination: Path,
                      options: ShareOptions = PLAIN) -> Path:
    """Write one assessment to ``destination`` (a file, or a folder to put it in)."""
    assessment = shared_form(library.get(assessment_id), options)
    target = destination / export_file_name(assessment, options) if destination.is_dir() \
        else destination
    write_bytes_atomic(target, assessment_bytes(assessment, options,
                                                _links_of(library, assessment_id)))
    return target


def _links_of(library: Library, assessment_id: str) -> tuple[str | None, str | None]:
    summary = library.summary(assessment_id)
    return summary.previous_id, summary.series_id


def export_assessments(library: Library, assessment_ids: Iterable[str],
                       folder: Path, options: ShareOptions = PLAIN) -> list[Path]:
    """Write each assessment to its own file in ``folder`` (created if needed).

    Stops at the first file that cannot be written (StorageIOError names it); files
    already written are complete, and no existing file is ever left half-written.
    """
    make_folder(folder, T_("the export folder cannot be created"))
    written: list[Path] = []
    used: set[str] = set()
    for assessment_id in assessment_ids:
        assessment = shared_form(library.get(assessment_id), options)
        name = export_file_name(assessment, options)
        if name.casefold() in used:
            name = name.replace(f"_{assessment.id[:8]}", f"_{assessment.id}")
        used.add(name.casefold())
        target = folder / name
        write_bytes_atomic(target, assessment_bytes(assessment, options,
                                                    _links_of(library, assessment_id)))
        written.append(target)
    return written


def export_all(library: Library, folder: Path, *, include_trash: bool = False,
               options: ShareOptions = PLAIN) -> list[Path]:
    """Write every assessment in the library to ``folder``, one file each."""
    return export_assessments(library, library.ids(include_trash=include_trash), folder,
                              options)
