"""The library: every assessment on this computer, saved as it is answered.

Autosave: each change (an answer, a note, the firm's profile, the status) is one short
``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction that reads the current assessment, applies the
change through core (so it is checked exactly as the model checks it), re-scores it with core's
scoring and writes the changed rows. When a ``save_*`` method returns, the change is on disk;
a crash or a killed process loses at most a change that had not returned yet.

The list reads cached scores (overall, level and per area) so it can sort and filter by score
without scoring anything. Assessments go to a trash first and can be restored; a copy made to
re-assess later keeps a link to the one before it (``previous_id``) and the series it belongs
to (``series_id``), so progress over time can be shown with :meth:`Library.history`.

Use one ``Library`` per thread (sqlite3 connections are not shared between threads); several
processes may open the same library at once.

Ids are compared in lower case everywhere: the file format allows upper-case letters, so the
library stores every id in lower case (:meth:`Library.add` lowers an imported one, and ids an
older version stored in upper case are lowered once when the library is opened for writing)
and lowers every id it is given.

A library that cannot be written is opened read-only (``read_only``): it lists and exports,
and every change is refused with :class:`ReadOnlyLibraryError`. Before acknowledging a
change, the library checks that its file (and its ``-wal``) are still the ones it opened; if
they were removed or replaced, the change is refused with :class:`LibraryReplacedError`.

The work is shared out: :mod:`.list_query` (search, filters, sort), :mod:`.summaries` (list
rows and the score cache), :mod:`.assessment_rows` (one assessment as rows) and
:mod:`.answer_codec` (an answer value as stored). Names callers use are re-exported here.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from types import TracebackType

from readiness_app.core.assessment import (
    ActionRecord,
    Answer,
    AnswerValue,
    Assessment,
    FirmProfile,
    PackRef,
    Status,
    check_answer,
)
from readiness_app.core.assessment_file import FindQuestionnaire
from readiness_app.core.errors import (
    AnswerError,
    AssessmentNotFoundError,
    AssessmentTrashedError,
    ImportConflictError,
    LibraryReplacedError,
    ReadinessError,
    ReadOnlyLibraryError,
    StorageError,
)
from readiness_app.core.i18n import T_
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.scoring import SCORING_VERSION, Score, score_assessment
from readiness_app.core.sectors import section_for
from readiness_app.storage import assessment_rows as rows
from readiness_app.storage import paths
from readiness_app.storage.answer_codec import decode_value, encode_value
from readiness_app.storage.db import (
    DEFAULT_TIMEOUT,
    can_write,
    file_identity,
    now_text,
    open_database,
    remember_clean,
    translated,
    wal_path,
)
from readiness_app.storage.list_query import (
    COUNT_LIVE,
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    MAX_SEARCH_TERMS,
    SUMMARY_COLUMNS,
    ListQuery,
    SortKey,
    list_sql,
    search_text,
)
from readiness_app.storage.migrations import MIGRATIONS, Migration
from readiness_app.storage.summaries import (
    AssessmentSummary,
    ListPage,
    Place,
    read_summaries,
    set_live,
    write_header,
    write_place,
)

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "MAX_PAGE_SIZE",
    "MAX_SEARCH_TERMS",
    "SHORT_ID_MIN",
    "AddAction",
    "AddResult",
    "AssessmentSummary",
    "ConflictPolicy",
    "Library",
    "ListPage",
    "ListQuery",
    "Place",
    "SortKey",
    "decode_value",
    "encode_value",
    "search_text",
]

SHORT_ID_MIN = 4

# A change to one assessment: the stored assessment and its questionnaire in, the changed
# assessment out (made by core, which checks it).
Change = Callable[[Assessment, Questionnaire], Assessment]


class ConflictPolicy(Enum):
    """What to do when an imported assessment is already in the library (same id)."""

    KEEP_BOTH = "keep-both"  # import it as a new assessment with a new id
    REPLACE = "replace"  # overwrite the one in the library (its history links are kept)
    SKIP = "skip"  # leave the library as it is


class AddAction(Enum):
    """What :meth:`Library.add` did."""

    ADDED = "added"
    KEPT_BOTH = "kept-both"
    REPLACED = "replaced"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class AddResult:
    """The outcome of adding an assessment: what happened, and the id it has in the library."""

    action: AddAction
    assessment_id: str


class Library:
    """The assessments stored on this computer (see the module docstring)."""

    def __init__(self, connection: sqlite3.Connection, path: Path,
                 questionnaires: FindQuestionnaire, *, read_only: bool = False,
                 place: Place | None = None) -> None:
        self._conn = connection
        self._path = path
        self._find = questionnaires
        self._place = place
        self._read_only = read_only
        self._lost: str | None = None  # why the files are no longer the ones opened
        # Ids stored in upper case by an older version, when they could not be lowered
        # (a read-only library): lower-case id -> stored id.
        self._legacy_ids: dict[str, str] = {}
        with translated(path):
            mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        self._identity = file_identity(path)
        self._wal = wal_path(path) if mode == "wal" and not read_only else None
        self._wal_identity = file_identity(self._wal) if self._wal else None

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        *,
        questionnaires: FindQuestionnaire,
        timeout: float = DEFAULT_TIMEOUT,
        migrations: Sequence[Migration] = MIGRATIONS,
        place: Place | None = None,
    ) -> Library:
        """Open (creating or upgrading) the library in ``data_dir`` (see :mod:`.paths`).

        ``questionnaires`` finds a questionnaire by id and version (the caller's catalogue:
        storage never loads questionnaires itself); ``place`` finds a firm's local authority
        (without it, the list has no authority for rows not placed before).
        """
        folder = paths.data_dir(data_dir)
        path = paths.library_path(folder)
        read_only = not can_write(path)
        conn = open_database(path, timeout=timeout, migrations=migrations,
                             backup_folder=paths.backup_dir(folder), read_only=read_only)
        try:
            library = cls(conn, path, questionnaires, read_only=read_only, place=place)
        except BaseException:
            conn.close()
            raise
        try:
            if read_only:
                library._find_legacy_ids()
            else:
                library._lower_case_ids()
                library._refresh_scores_if_stale()
                library._classify_sectors()
                library._place_unplaced()
        except BaseException:
            library.close()
            raise
        return library

    @property
    def read_only(self) -> bool:
        """True when the library was opened read-only (it cannot be changed)."""
        return self._read_only

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    def close(self) -> None:
        """Close the library (pending work is already committed)."""
        if not self._read_only and self._lost is None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA optimize")
        self._conn.close()
        if not self._read_only and self._lost is None and \
                file_identity(self._path) == self._identity:
            remember_clean(self._path)  # clean when opened; only SQLite wrote since

    def __enter__(self) -> Library:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def questionnaire_finder(self) -> FindQuestionnaire:
        """How this library finds a questionnaire by id and version."""
        return self._find

    def questionnaire(self, questionnaire_id: str, version: str) -> Questionnaire:
        """The questionnaire an assessment was made with; StorageError when it is missing."""
        found = self.questionnaire_finder()(questionnaire_id, version)
        if found is None:
            raise StorageError(str(self._path), T_(
                "questionnaire '{id}' version {version} is not installed, so this assessment "
                "cannot be changed or scored. Install the questionnaire or update the app.",
                id=questionnaire_id, version=version))
        return found

    # ------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any error.

        The library's files are checked before and after: a change made into a file that was
        removed or replaced meanwhile is never acknowledged.
        """
        if self._read_only:
            raise ReadOnlyLibraryError(str(self._path), "the library was opened read-only "
                                       "(the folder or drive cannot be written): it can be "
                                       "listed and exported, but not changed. Copy the folder "
                                       "to a writable place to change it.")
        self._check_files()
        with translated(self._path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        self._check_files()

    def _check_files(self) -> None:
        """LibraryReplacedError when the library's file or its -wal is not the one opened."""
        if self._lost is None:
            if file_identity(self._path) != self._identity:
                self._lost = f"{self._path.name} was removed or replaced"
            elif self._wal is not None:
                found = file_identity(self._wal)
                if self._wal_identity is None:
                    self._wal_identity = found
                elif found != self._wal_identity:
                    self._lost = f"{self._wal.name} was removed or replaced"
        if self._lost is not None:
            raise LibraryReplacedError(
                str(self._path), f"the library's files were removed or replaced while the app "
                f"had it open ({self._lost}), so this change was not saved and no more can be. "
                "Close the app (or command) and open the library again; changes after this "
                "one must be made again.")

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several SELECTs."""
        with translated(self._path):
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("COMMIT")

    # ------------------------------------------------------------------ reading

    def get(self, assessment_id: str) -> Assessment:
        """The assessment with this id (also when it is in the trash)."""
        assessment_id = self._key(assessment_id)
        with self._read() as conn:
            return self._load(conn, assessment_id).assessment

    def summary(self, assessment_id: str) -> AssessmentSummary:
        """The list row of one assessment."""
        assessment_id = self._key(assessment_id)
        with self._read() as conn:
            row = conn.execute(f"SELECT {SUMMARY_COLUMNS} FROM assessment a WHERE a.id = ?",
                               (assessment_id,)).fetchone()
            if row is None:
                raise self._not_found(assessment_id)
            return read_summaries(conn, [row])[0]

    def score(self, assessment_id: str) -> Score:
        """The assessment's full score, computed by core's scoring."""
        assessment = self.get(assessment_id)
        questionnaire = self.questionnaire(assessment.questionnaire_id,
                                           assessment.questionnaire_version)
        return score_assessment(questionnaire, assessment)

    def contains(self, assessment_id: str) -> bool:
        """True when an assessment with this id is in the library or its trash."""
        assessment_id = self._key(assessment_id)
        with translated(self._path):
            row = self._conn.execute("SELECT 1 FROM assessment WHERE id = ?",
                                     (assessment_id,)).fetchone()
        return row is not None

    def resolve_id(self, text: str) -> str:
        """The full id for an id or a unique start of one (at least four characters);
        case does not matter."""
        text = self._key(text.strip())
        with translated(self._path):
            if self._conn.execute("SELECT 1 FROM assessment WHERE id = ?",
                                  (text,)).fetchone():
                return text
            if len(text) < SHORT_ID_MIN:
                raise AssessmentNotFoundError(str(self._path), f"no assessment has the id "
                                              f"'{text}' (give at least {SHORT_ID_MIN} "
                                              "characters of an id)")
            rows = self._conn.execute(
                "SELECT id FROM assessment WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
                (text, text + "\U0010ffff")).fetchall()
        rows += [(stored,) for lower, stored in sorted(self._legacy_ids.items())
                 if lower.startswith(text)]
        if not rows:
            raise self._not_found(text)
        if len(rows) > 1:
            shown = ", ".join(r[0][:12] for r in rows[:5])
            raise AssessmentNotFoundError(str(self._path), f"'{text}' matches more than one "
                                          f"assessment ({shown}...); give more of the id")
        return str(rows[0][0])

    def count(self, *, in_trash: bool = False) -> int:
        """How many assessments are in the library (or in its trash)."""
        sql = ("SELECT count(*) FROM assessment a WHERE a.deleted_at IS NOT NULL" if in_trash
               else COUNT_LIVE)
        with translated(self._path):
            return int(self._conn.execute(sql).fetchone()[0])

    def ids(self, *, include_trash: bool = False) -> list[str]:
        """Every assessment id, oldest first."""
        where = "1" if include_trash else "deleted_at IS NULL"
        with translated(self._path):
            rows = self._conn.execute(
                f"SELECT id FROM assessment WHERE {where} ORDER BY created_at, pk").fetchall()
        return [str(r[0]) for r in rows]

    def list_assessments(self, query: ListQuery | None = None) -> ListPage:
        """One page of assessments matching ``query``, and how many match in all."""
        sql = list_sql(query or ListQuery())
        with self._read() as conn:
            total = int(conn.execute(sql.count_sql, sql.count_params).fetchone()[0])
            found = conn.execute(sql.page_sql, sql.page_params).fetchall()
            items = read_summaries(conn, found)
        return ListPage(tuple(items), total, sql.offset, sql.limit)

    def authorities(self) -> list[str]:
        """The names of the local authorities the listed firms are in, A to Z (for a filter)."""
        with translated(self._path):
            rows = self._conn.execute(
                "SELECT DISTINCT lad_name FROM assessment INDEXED BY assessment_by_lad "
                "WHERE deleted_at IS NULL AND lad_name IS NOT NULL AND lad_name <> '' "
                "ORDER BY lad_name").fetchall()
        return [str(r[0]) for r in rows]

    def previous_scores(self, assessment_ids: Iterable[str]) -> dict[str, float | None]:
        """The overall score of the visit before each of ``assessment_ids`` (by id); ids
        with no previous visit in the library are left out."""
        wanted = [self._key(i) for i in assessment_ids]
        found: dict[str, float | None] = {}
        with self._read() as conn:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ", ".join("?" * len(chunk))
                for assessment_id, score in conn.execute(
                        "SELECT a.id, p.overall_score FROM assessment a JOIN assessment p "
                        f"ON p.id = a.previous_id WHERE a.id IN ({marks})", chunk):
                    found[assessment_id] = score
        return found

    def history(self, assessment_id: str) -> list[AssessmentSummary]:
        """Every assessment in the same series (re-assessments of one firm), oldest first.

        Assessments in the trash are left out unless ``assessment_id`` itself is one.
        """
        assessment_id = self._key(assessment_id)
        with self._read() as conn:
            row = conn.execute("SELECT series_id FROM assessment WHERE id = ?",
                               (assessment_id,)).fetchone()
            if row is None:
                raise self._not_found(assessment_id)
            rows = conn.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM assessment a WHERE a.series_id = ? "
                "AND (a.deleted_at IS NULL OR a.id = ?) ORDER BY a.created_at, a.pk",
                (row[0], assessment_id)).fetchall()
            return read_summaries(conn, rows)

    # ------------------------------------------------------------------ autosave

    def create(self, firm: FirmProfile, questionnaire: Questionnaire,
               pack: PackRef | None = None) -> Assessment:
        """Start a new, empty assessment and store it (made with hub ``pack``, if any)."""
        assessment = Assessment.start(firm, questionnaire, pack)
        with self._write() as conn:
            rows.insert(conn, assessment, questionnaire, series_id=assessment.id,
                        place=self._place)
        return assessment

    def save_answer(self, assessment_id: str, question_id: str, value: AnswerValue, *,
                    note: str | None = None) -> Assessment:
        """Set an answer (and optionally its note; ``None`` keeps the note it has)."""
        def change(assessment: Assessment, questionnaire: Questionnaire) -> Assessment:
            old = assessment.answer(question_id)
            kept_note = old.note if old is not None and note is None else (note or "")
            private = old.private_note if old is not None else ""
            return assessment.with_answer(questionnaire,
                                          Answer(question_id, value, kept_note, None, private))

        return self._change(assessment_id, change, question_id)

    def save_note(self, assessment_id: str, question_id: str, note: str) -> Assessment:
        """Set the note on an answered question (notes are kept with their answer)."""
        return self._save_note(assessment_id, question_id, note, private=False)

    def confirm_answers(self, assessment_id: str, question_ids: Iterable[str]) -> Assessment:
        """Confirm answers carried over from the last visit as still true."""
        wanted = tuple(question_ids)

        def change(assessment: Assessment, _questionnaire: Questionnaire) -> Assessment:
            return assessment.with_confirmed(wanted)

        return self._change(assessment_id, change, *wanted)

    def save_private_note(self, assessment_id: str, question_id: str,
                          note: str) -> Assessment:
        """Set the adviser's private note on an answered question."""
        return self._save_note(assessment_id, question_id, note, private=True)

    def _save_note(self, assessment_id: str, question_id: str, note: str, *,
                   private: bool) -> Assessment:
        """Set the note (``private``: the adviser's private note) on an answered question."""
        def change(assessment: Assessment, questionnaire: Questionnaire) -> Assessment:
            old = assessment.answer(question_id)
            if old is None:
                raise AnswerError(f"Answer '{question_id}' before adding a note: a note is "
                                  "kept with its answer.")
            noted = replace(old, private_note=note) if private else replace(old, note=note)
            return assessment.with_answer(questionnaire, noted)

        return self._change(assessment_id, change, question_id)

    def set_action_status(self, assessment_id: str, record: ActionRecord | str) -> Assessment:
        """Record where one action of the plan stands (saved like an answer); an action id
        instead of a record forgets the action's record ("not started")."""
        assessment_id = self._key(assessment_id)
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            questionnaire = self._questionnaire_of(loaded.assessment)
            changed = loaded.assessment.with_action(record) if isinstance(record, ActionRecord) \
                else loaded.assessment.without_action(record)
            rows.write_actions(conn, loaded.pk, changed)
            write_header(conn, loaded.pk, changed, questionnaire, self._place)
        return changed

    def clear_answer(self, assessment_id: str, question_id: str) -> Assessment:
        """Remove an answer and its note."""
        return self._change(assessment_id, lambda a, _q: a.without_answer(question_id),
                            question_id)

    def save_profile(self, assessment_id: str, firm: FirmProfile) -> Assessment:
        """Change who the assessment is about."""
        return self._change(assessment_id, lambda a, _q: a.with_firm(firm))

    def correct_firm(self, assessment_id: str, firm: FirmProfile, *,
                     all_visits: bool = False) -> tuple[Assessment, int]:
        """Correct who the firm of an assessment is, and where, in one transaction.

        ``all_visits`` carries the name, sector and place (``FirmProfile.with_identity_of``)
        to the firm's other visits not in the trash. A correction is not a change to the
        answers: no visit's date changes. Each visit is placed again (its local authority)
        and re-scored. Returns the corrected assessment and how many visits changed.
        """
        assessment_id = self._key(assessment_id)
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            targets = [(loaded, firm)]
            if all_visits:
                for (other_id,) in conn.execute(
                        "SELECT id FROM assessment WHERE series_id = ? AND id <> ? "
                        "AND deleted_at IS NULL", (loaded.series_id, assessment_id)).fetchall():
                    other = self._load(conn, str(other_id))
                    targets.append((other, other.assessment.firm.with_identity_of(firm)))
            changed = 0
            for target, corrected in targets:
                if target.assessment.firm == corrected:
                    continue
                fixed = replace(target.assessment, firm=corrected)
                write_header(conn, target.pk, fixed, self._questionnaire_of(fixed),
                             self._place)
                changed += 1
        return replace(loaded.assessment, firm=firm), changed

    def set_status(self, assessment_id: str, status: Status) -> Assessment:
        """Mark the assessment in progress or complete."""
        return self._change(assessment_id, lambda a, _q: a.with_status(status))

    def _change(self, assessment_id: str, change: Change, *question_ids: str) -> Assessment:
        """Autosave one change: load, apply ``change`` (core checks it), write the answers
        to ``question_ids`` and the re-scored header, all in one transaction."""
        assessment_id = self._key(assessment_id)
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            questionnaire = self._questionnaire_of(loaded.assessment)
            changed = change(loaded.assessment, questionnaire)
            rows.sync_answers(conn, loaded.pk, changed, question_ids)
            write_header(conn, loaded.pk, changed, questionnaire, self._place)
        return changed

    def copy_for_reassessment(self, assessment_id: str,
                              questionnaire: Questionnaire | None = None, *,
                              keep_answers: bool = True) -> Assessment:
        """A new in-progress assessment of the same firm, linked to this one.

        With ``questionnaire`` (for instance a newer version) answers that no longer fit are
        dropped; ``keep_answers=False`` starts empty. The original is not changed.
        """
        assessment_id = self._key(assessment_id)
        with self._write() as conn:
            loaded = self._load(conn, assessment_id)
            source = loaded.assessment
            target = questionnaire or self._questionnaire_of(source)
            fresh = Assessment.start(source.firm, target, source.pack)
            if keep_answers:  # marked "from last time" until confirmed or changed
                carried = {k: replace(v, carried=True)
                           for k, v in _answers_that_fit(source.answers, target).items()}
                fresh = replace(fresh, answers=carried)
            rows.insert(conn, fresh, target, series_id=loaded.series_id, previous_id=source.id,
                        place=self._place)
        return fresh

    # ------------------------------------------------------------------ import

    def add(self, assessment: Assessment, *,
            on_conflict: ConflictPolicy | None = None, source: str = "",
            previous_id: str | None = None, series_id: str | None = None) -> AddResult:
        """Store a whole assessment (from an imported file), checked against its questionnaire.

        When its id is already in the library (or its trash) ``on_conflict`` decides; with
        no policy ImportConflictError is raised and nothing changes. ``previous_id`` and
        ``series_id`` (from the file) link a new assessment to the firm's earlier visits: to
        the previous visit when it is in the library, else to the series.
        """
        questionnaire = self.questionnaire(assessment.questionnaire_id,
                                           assessment.questionnaire_version)
        checked = replace(_checked(assessment, questionnaire), id=assessment.id.lower())
        with self._write() as conn:
            row = conn.execute("SELECT pk, firm_name FROM assessment WHERE id = ?",
                               (checked.id,)).fetchone()
            if row is None:
                previous, series = _links(conn, previous_id, series_id, checked.id)
                rows.insert(conn, checked, questionnaire, series_id=series,
                            previous_id=previous, place=self._place)
                return AddResult(AddAction.ADDED, checked.id)
            if on_conflict is None:
                raise ImportConflictError(
                    source or str(self._path),
                    f"the assessment of '{row[1]}' (id {checked.id[:8]}) is already in the "
                    "library; choose to keep both, replace it or skip it",
                    checked.id)
            if on_conflict is ConflictPolicy.SKIP:
                return AddResult(AddAction.SKIPPED, checked.id)
            if on_conflict is ConflictPolicy.REPLACE:
                rows.overwrite(conn, int(row[0]), checked, questionnaire, self._place)
                return AddResult(AddAction.REPLACED, checked.id)
            copy = replace(checked, id=uuid.uuid4().hex)
            previous, series = _links(conn, previous_id, series_id, copy.id)
            rows.insert(conn, copy, questionnaire, series_id=series, previous_id=previous,
                        place=self._place)
            return AddResult(AddAction.KEPT_BOTH, copy.id)

    def add_many(self, assessments: Iterable[Assessment], *,
                 links: Mapping[str, tuple[str | None, str | None]] | None = None) -> int:
        """Store many new assessments in one transaction: all of them, or none.

        An id already in the library raises ImportConflictError (and nothing is stored).
        ``links`` (by id: previous id, series id) links each to the firm's earlier visits,
        as :meth:`add` does.
        """
        count = 0
        with self._write() as conn:
            for assessment in assessments:
                questionnaire = self.questionnaire(assessment.questionnaire_id,
                                                   assessment.questionnaire_version)
                checked = replace(_checked(assessment, questionnaire),
                                  id=assessment.id.lower())
                if conn.execute("SELECT 1 FROM assessment WHERE id = ?",
                                (checked.id,)).fetchone():
                    raise ImportConflictError(str(self._path), f"the assessment of "
                                              f"'{checked.firm.name}' (id {checked.id[:8]}) "
                                              "is already in the library", checked.id)
                previous, series = _links(conn, *(links or {}).get(checked.id, (None, None)),
                                          checked.id)
                rows.insert(conn, checked, questionnaire, series_id=series,
                            previous_id=previous, place=self._place)
                count += 1
        return count

    # ------------------------------------------------------------------ trash

    def trash(self, assessment_id: str) -> None:
        """Move an assessment to the trash (it can be restored)."""
        self._trash_step(assessment_id, "UPDATE assessment SET deleted_at = :now "
                         "WHERE id = :id AND deleted_at IS NULL", "is already in the trash",
                         live=False)

    def restore(self, assessment_id: str) -> None:
        """Take an assessment out of the trash."""
        self._trash_step(assessment_id, "UPDATE assessment SET deleted_at = NULL "
                         "WHERE id = :id AND deleted_at IS NOT NULL", "is not in the trash",
                         live=True)

    def delete_forever(self, assessment_id: str) -> None:
        """Delete an assessment in the trash for good."""
        self._trash_step(assessment_id, "DELETE FROM assessment WHERE id = :id "
                         "AND deleted_at IS NOT NULL",
                         "is not in the trash; move it to the trash first", live=None)

    def _trash_step(self, assessment_id: str, sql: str, refusal: str, *,
                    live: bool | None) -> None:
        """Run one trash statement (``sql`` names the assessment ``:id`` and the time
        ``:now``) on one assessment; StorageError saying ``refusal`` when it touched no row.
        ``live`` marks its area scores listed or not (None: the row is gone)."""
        assessment_id = self._key(assessment_id)
        with self._write() as conn:
            if conn.execute(sql, {"id": assessment_id, "now": now_text()}).rowcount == 0:
                self._raise_missing_or(conn, assessment_id, refusal)
            if live is not None:
                set_live(conn, assessment_id, live=live)

    def empty_trash(self) -> int:
        """Delete everything in the trash for good; returns how many were deleted."""
        with self._write() as conn:
            return int(conn.execute("DELETE FROM assessment WHERE deleted_at IS NOT NULL")
                       .rowcount)

    # ------------------------------------------------------------------ maintenance

    def _lower_case_ids(self) -> None:
        """Once per library: lower every id an older version stored in upper case (and the
        links to it). An id whose lower-case form is taken gets a new id, as a kept-both
        import would."""
        with translated(self._path):
            done = self._conn.execute(
                "SELECT 1 FROM meta WHERE key = 'ids_lower_case'").fetchone()
        if done:
            return
        with self._write() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for pk, old in conn.execute(
                    "SELECT pk, id FROM assessment WHERE id <> lower(id)").fetchall():
                new = str(old).lower()
                if conn.execute("SELECT 1 FROM assessment WHERE id = ?", (new,)).fetchone():
                    new = uuid.uuid4().hex
                conn.execute("UPDATE assessment SET id = ? WHERE pk = ?", (new, pk))
                conn.execute("UPDATE assessment SET previous_id = ? WHERE previous_id = ?",
                             (new, old))
                conn.execute("UPDATE assessment SET series_id = ? WHERE series_id = ?",
                             (new, old))
            conn.execute("INSERT OR REPLACE INTO meta (key, value) "
                         "VALUES ('ids_lower_case', '1')")

    def _find_legacy_ids(self) -> None:
        """In a read-only library, remember ids stored in upper case (they cannot be lowered)."""
        with translated(self._path):
            if self._conn.execute(
                    "SELECT 1 FROM meta WHERE key = 'ids_lower_case'").fetchone():
                return
            rows = self._conn.execute(
                "SELECT id FROM assessment WHERE id <> lower(id)").fetchall()
        self._legacy_ids = {str(r[0]).lower(): str(r[0]) for r in rows}

    def _refresh_scores_if_stale(self) -> None:
        """Re-score every assessment once when its cached scores came from another scoring
        version (see ``core.scoring.SCORING_VERSION``). An assessment whose questionnaire is
        not installed keeps its old cached score rather than stopping the library opening."""
        wanted = str(SCORING_VERSION)
        with translated(self._path):
            row = self._conn.execute(
                "SELECT value FROM meta WHERE key = 'scoring_version'").fetchone()
        if row is not None and row[0] == wanted:
            return
        if row is not None or self.count(in_trash=False) + self.count(in_trash=True):
            for assessment_id in self.ids(include_trash=True):
                with contextlib.suppress(ReadinessError), self._write() as conn:
                    loaded = self._load(conn, assessment_id)
                    write_header(conn, loaded.pk, loaded.assessment,
                                 self._questionnaire_of(loaded.assessment), self._place)
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('scoring_version', ?)",
                         (wanted,))

    def _classify_sectors(self) -> None:
        """Once per library (after migration 6): give each row the SIC section its sector
        text names unambiguously (:func:`readiness_app.core.sectors.section_for`)."""
        with translated(self._path):
            done = self._conn.execute(
                "SELECT 1 FROM meta WHERE key = 'sectors_classified'").fetchone()
        if done:
            return
        with self._write() as conn:
            found = conn.execute("SELECT pk, sector FROM assessment "
                                 "WHERE sector_section IS NULL").fetchall()
            conn.executemany("UPDATE assessment SET sector_section = ? WHERE pk = ?",
                             [(section_for(str(sector)), pk) for pk, sector in found
                              if section_for(str(sector))])
            conn.execute("INSERT OR REPLACE INTO meta (key, value) "
                         "VALUES ('sectors_classified', '1')")

    def _place_unplaced(self) -> None:
        """Find the local authority of rows not placed yet (stored before migration 6, or
        while the library was opened without geography), and refresh their search text."""
        if self._place is None:
            return
        with translated(self._path):
            found = self._conn.execute("SELECT pk FROM assessment WHERE lad_name IS NULL "
                                       "LIMIT 1").fetchone()
        if found is None:
            return
        with self._write() as conn:
            for pk, name, sector, postcode, code, section in conn.execute(
                    "SELECT pk, firm_name, sector, postcode, authority_code, sector_section "
                    "FROM assessment WHERE lad_name IS NULL").fetchall():
                try:
                    firm = FirmProfile(name, sector, postcode=postcode, authority_code=code,
                                       sector_section=section)
                except ReadinessError:
                    conn.execute("UPDATE assessment SET lad_name = '' WHERE pk = ?", (pk,))
                    continue
                write_place(conn, pk, firm, self._place)

    def integrity_problems(self) -> list[str]:
        """SQLite's own consistency check: an empty list when the file is sound."""
        with translated(self._path):
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
            fk = self._conn.execute("PRAGMA foreign_key_check").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        problems += [f"broken link in {r[0]} row {r[1]}" for r in fk]
        return problems

    # ------------------------------------------------------------------ internals

    def _key(self, assessment_id: str) -> str:
        """An id as stored: lower case (or an older library's upper-case id, read-only)."""
        lowered = assessment_id.lower()
        return self._legacy_ids.get(lowered, lowered)

    def _not_found(self, assessment_id: str) -> AssessmentNotFoundError:
        return rows.not_found(str(self._path), assessment_id)

    def _raise_missing_or(self, conn: sqlite3.Connection, assessment_id: str,
                          message: str) -> None:
        row = conn.execute("SELECT firm_name FROM assessment WHERE id = ?",
                           (assessment_id,)).fetchone()
        if row is None:
            raise self._not_found(assessment_id)
        raise StorageError(str(self._path), f"the assessment of '{row[0]}' "
                           f"({assessment_id[:8]}) {message}")

    def _questionnaire_of(self, assessment: Assessment) -> Questionnaire:
        return self.questionnaire(assessment.questionnaire_id, assessment.questionnaire_version)

    def _load_for_change(self, conn: sqlite3.Connection, assessment_id: str) -> rows.Loaded:
        loaded = self._load(conn, assessment_id)
        if loaded.deleted:
            raise AssessmentTrashedError(str(self._path), f"the assessment of "
                                         f"'{loaded.assessment.firm.name}' is in the trash; "
                                         "restore it to change it")
        return loaded

    def _load(self, conn: sqlite3.Connection, assessment_id: str) -> rows.Loaded:
        return rows.load(conn, str(self._path), assessment_id)


# ---------------------------------------------------------------------- helpers


def _links(conn: sqlite3.Connection, previous_id: str | None, series_id: str | None,
           own_id: str) -> tuple[str | None, str]:
    """The previous id and series id a new assessment is stored with: linked to its previous
    visit when that is in the library, else to the series it names, else a series of its
    own."""
    if previous_id is not None and previous_id != own_id:
        row = conn.execute("SELECT series_id FROM assessment WHERE id = ?",
                           (previous_id,)).fetchone()
        if row is not None:
            return previous_id, str(row[0])
    return None, series_id or own_id


def _answers_that_fit(answers: Mapping[str, Answer],
                      questionnaire: Questionnaire) -> dict[str, Answer]:
    kept: dict[str, Answer] = {}
    for qid, answer in answers.items():
        if not questionnaire.has_question(qid):
            continue
        try:
            value = check_answer(questionnaire.question(qid), answer.value)
        except AnswerError:
            continue
        kept[qid] = replace(answer, value=value)
    return kept


def _checked(assessment: Assessment, questionnaire: Questionnaire) -> Assessment:
    """Re-check every answer through core (an Assessment built by hand is not checked).

    Everything is kept as given, including an answer's missing ``answered_at``.
    """
    probe = replace(assessment, answers={})
    answers: dict[str, Answer] = {}
    for qid, answer in assessment.answers.items():
        checked = probe.with_answer(questionnaire, answer).answers[qid]
        answers[qid] = replace(checked, answered_at=answer.answered_at)
    return replace(assessment, answers=answers)
