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
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any

from readiness_app.core.assessment import (
    DONT_KNOW,
    Answer,
    AnswerValue,
    Assessment,
    FirmProfile,
    SizeBand,
    Status,
    check_answer,
)
from readiness_app.core.assessment_file import FindQuestionnaire
from readiness_app.core.errors import (
    AnswerError,
    AssessmentNotFoundError,
    AssessmentTrashedError,
    ImportConflictError,
    NotALibraryError,
    ReadinessError,
    StorageError,
)
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.scoring import SCORING_VERSION, Score, score_assessment
from readiness_app.storage import paths
from readiness_app.storage.db import (
    DEFAULT_TIMEOUT,
    now_text,
    open_database,
    time_text,
    translated,
)
from readiness_app.storage.migrations import MIGRATIONS, Migration

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
MAX_SEARCH_TERMS = 8
SHORT_ID_MIN = 4


class SortKey(Enum):
    """What the list is sorted by."""

    UPDATED = "updated"
    CREATED = "created"
    FIRM = "firm"
    SCORE = "score"
    STATUS = "status"
    AREA = "area"  # the score of ``ListQuery.area_id``
    TRASHED = "trashed"  # when it went to the trash (for the trash list)


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


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One row of the list: enough to show, sort and filter without loading answers."""

    id: str
    firm_name: str
    sector: str
    size_band: SizeBand | None
    postcode: str
    questionnaire_id: str
    questionnaire_version: str
    status: Status
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    overall_score: float | None
    level_id: str | None
    answered: int
    area_scores: Mapping[str, float | None]
    previous_id: str | None
    series_id: str

    @property
    def in_trash(self) -> bool:
        """True when the assessment is in the trash."""
        return self.deleted_at is not None

    @property
    def short_id(self) -> str:
        """The first eight characters of the id, enough to tell assessments apart."""
        return self.id[:8]


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Search, filters, sort order and page for :meth:`Library.list_assessments`.

    ``search`` matches every word against the firm's name, sector and postcode, ignoring case
    and accents. ``min_score``/``max_score`` apply to the overall score, or to the score of
    ``area_id`` when one is given; filtering or sorting by an area lists only assessments whose
    questionnaire has that area. Unscored assessments sort last either way.
    """

    search: str = ""
    status: Status | None = None
    questionnaire_id: str | None = None
    size_band: SizeBand | None = None
    area_id: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    updated_from: datetime | None = None
    updated_before: datetime | None = None
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    in_trash: bool = False
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE


@dataclass(frozen=True, slots=True)
class ListPage:
    """One page of the list and how many assessments match in all."""

    items: tuple[AssessmentSummary, ...]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        """True when later pages exist."""
        return self.offset + len(self.items) < self.total


@dataclass(slots=True)
class _Loaded:
    pk: int
    assessment: Assessment
    deleted: bool
    previous_id: str | None
    series_id: str


@dataclass(slots=True)
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1"


_SUMMARY_COLUMNS = (
    "a.pk, a.id, a.firm_name, a.sector, a.size_band, a.postcode, a.questionnaire_id, "
    "a.questionnaire_version, a.status, a.created_at, a.updated_at, a.deleted_at, "
    "a.overall_score, a.level_id, a.answered, a.previous_id, a.series_id"
)


# Counting everything not in the trash: read the narrowest index that holds exactly those rows
# (SQLite's planner, once it has statistics, would rather read the whole table, 3-4x slower).
_COUNT_LIVE = ("SELECT count(*) FROM assessment a INDEXED BY assessment_by_score "
               "WHERE a.deleted_at IS NULL")


class Library:
    """The assessments stored on this computer (see the module docstring)."""

    def __init__(self, connection: sqlite3.Connection, path: Path,
                 questionnaires: FindQuestionnaire) -> None:
        self._conn = connection
        self._path = path
        self._find = questionnaires

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        *,
        questionnaires: FindQuestionnaire,
        timeout: float = DEFAULT_TIMEOUT,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> Library:
        """Open (creating or upgrading) the library in ``data_dir`` (see :mod:`.paths`).

        ``questionnaires`` finds a questionnaire by id and version (the caller's catalogue:
        storage never loads questionnaires itself).
        """
        folder = paths.data_dir(data_dir)
        path = paths.library_path(folder)
        conn = open_database(path, timeout=timeout, migrations=migrations,
                             backup_folder=paths.backup_dir(folder))
        library = cls(conn, path, questionnaires)
        try:
            library._refresh_scores_if_stale()
        except BaseException:
            library.close()
            raise
        return library

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    def close(self) -> None:
        """Close the library (pending work is already committed)."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

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
            raise StorageError(str(self._path), f"questionnaire '{questionnaire_id}' version "
                               f"{version} is not installed, so this assessment cannot be "
                               "changed or scored. Install the questionnaire or update the "
                               "app.")
        return found

    # ------------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        with translated(self._path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

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
        with self._read() as conn:
            return self._load(conn, assessment_id).assessment

    def summary(self, assessment_id: str) -> AssessmentSummary:
        """The list row of one assessment."""
        with self._read() as conn:
            row = conn.execute(f"SELECT {_SUMMARY_COLUMNS} FROM assessment a WHERE a.id = ?",
                               (assessment_id,)).fetchone()
            if row is None:
                raise self._not_found(assessment_id)
            return self._summaries(conn, [row])[0]

    def score(self, assessment_id: str) -> Score:
        """The assessment's full score, computed by core's scoring."""
        assessment = self.get(assessment_id)
        questionnaire = self.questionnaire(assessment.questionnaire_id,
                                           assessment.questionnaire_version)
        return score_assessment(questionnaire, assessment)

    def contains(self, assessment_id: str) -> bool:
        """True when an assessment with this id is in the library or its trash."""
        with translated(self._path):
            row = self._conn.execute("SELECT 1 FROM assessment WHERE id = ?",
                                     (assessment_id,)).fetchone()
        return row is not None

    def resolve_id(self, text: str) -> str:
        """The full id for an id or a unique start of one (at least four characters)."""
        text = text.strip().lower()
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
               else _COUNT_LIVE)
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
        query = query or ListQuery()
        if query.sort is SortKey.AREA and not query.area_id:
            raise ValueError("sorting by area score needs ListQuery.area_id")
        limit = max(1, min(query.limit, MAX_PAGE_SIZE))
        offset = max(0, query.offset)
        where = _Where()  # conditions on the assessment row
        terms = _fold(query.search).split()[:MAX_SEARCH_TERMS]
        if terms:
            matches = " AND ".join(["instr(text, ?) > 0"] * len(terms))
            where.add(f"a.pk IN (SELECT pk FROM assessment_search WHERE {matches})", *terms)
        if query.status is not None:
            where.add("a.status = ?", query.status.value)
        if query.questionnaire_id:
            where.add("a.questionnaire_id = ?", query.questionnaire_id)
        if query.size_band is not None:
            where.add("a.size_band = ?", query.size_band.value)
        if query.updated_from is not None:
            where.add("a.updated_at >= ?", time_text(query.updated_from))
        if query.updated_before is not None:
            where.add("a.updated_at < ?", time_text(query.updated_before))
        deleted = "a.deleted_at IS NOT NULL" if query.in_trash else "a.deleted_at IS NULL"
        score = _Where()  # conditions on the score used (overall, or one area's)
        column = "s.score" if query.area_id else "a.overall_score"
        if query.min_score is not None:
            score.add(f"{column} >= ?", float(query.min_score))
        if query.max_score is not None:
            score.add(f"{column} <= ?", float(query.max_score))
        order = _order_by(query)
        if query.area_id:
            # Driven by the area_score index (area, live, score); its live flag mirrors the
            # trash, so a count with no other condition never reads the assessment rows.
            area = _Where()
            area.add("s.area_id = ?", query.area_id)
            area.add("s.live = ?", 0 if query.in_trash else 1)
            area.clauses += score.clauses
            area.params += score.params
            base = (f"FROM area_score s JOIN assessment a ON a.pk = s.assessment_pk "
                    f"WHERE {area.sql} AND {deleted} AND {where.sql}")
            params = [*area.params, *where.params]
            count_sql = (f"SELECT count(*) FROM area_score s WHERE {area.sql}"
                         if not where.clauses else f"SELECT count(*) {base}")
            count_params = area.params if not where.clauses else params
        else:
            base = f"FROM assessment a WHERE {deleted} AND {where.sql} AND {score.sql}"
            params = [*where.params, *score.params]
            count_sql, count_params = f"SELECT count(*) {base}", params
            if not where.clauses and not score.clauses and not query.in_trash:
                count_sql = _COUNT_LIVE
        with self._read() as conn:
            total = int(conn.execute(count_sql, count_params).fetchone()[0])
            rows = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} {base} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, limit, offset]).fetchall()
            items = self._summaries(conn, rows)
        return ListPage(tuple(items), total, offset, limit)

    def history(self, assessment_id: str) -> list[AssessmentSummary]:
        """Every assessment in the same series (re-assessments of one firm), oldest first.

        Assessments in the trash are left out unless ``assessment_id`` itself is one.
        """
        with self._read() as conn:
            row = conn.execute("SELECT series_id FROM assessment WHERE id = ?",
                               (assessment_id,)).fetchone()
            if row is None:
                raise self._not_found(assessment_id)
            rows = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM assessment a WHERE a.series_id = ? "
                "AND (a.deleted_at IS NULL OR a.id = ?) ORDER BY a.created_at, a.pk",
                (row[0], assessment_id)).fetchall()
            return self._summaries(conn, rows)

    # ------------------------------------------------------------------ autosave

    def create(self, firm: FirmProfile, questionnaire: Questionnaire) -> Assessment:
        """Start a new, empty assessment and store it."""
        assessment = Assessment.start(firm, questionnaire)
        with self._write() as conn:
            self._insert(conn, assessment, questionnaire, series_id=assessment.id)
        return assessment

    def save_answer(self, assessment_id: str, question_id: str, value: AnswerValue, *,
                    note: str | None = None) -> Assessment:
        """Set an answer (and optionally its note; ``None`` keeps the note it has)."""
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            questionnaire = self._questionnaire_of(loaded.assessment)
            old = loaded.assessment.answer(question_id)
            kept_note = old.note if old is not None and note is None else (note or "")
            changed = loaded.assessment.with_answer(
                questionnaire, Answer(question_id, value, kept_note, None))
            self._write_answer(conn, loaded.pk, changed.answers[question_id])
            self._update_header(conn, loaded.pk, changed, questionnaire)
        return changed

    def save_note(self, assessment_id: str, question_id: str, note: str) -> Assessment:
        """Set the note on an answered question (notes are kept with their answer)."""
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            questionnaire = self._questionnaire_of(loaded.assessment)
            old = loaded.assessment.answer(question_id)
            if old is None:
                raise AnswerError(f"Answer '{question_id}' before adding a note: a note is "
                                  "kept with its answer.")
            changed = loaded.assessment.with_answer(questionnaire, replace(old, note=note))
            self._write_answer(conn, loaded.pk, changed.answers[question_id])
            self._update_header(conn, loaded.pk, changed, questionnaire)
        return changed

    def clear_answer(self, assessment_id: str, question_id: str) -> Assessment:
        """Remove an answer and its note."""
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            questionnaire = self._questionnaire_of(loaded.assessment)
            changed = loaded.assessment.without_answer(question_id)
            conn.execute("DELETE FROM answer WHERE assessment_pk = ? AND question_id = ?",
                         (loaded.pk, question_id))
            self._update_header(conn, loaded.pk, changed, questionnaire)
        return changed

    def save_profile(self, assessment_id: str, firm: FirmProfile) -> Assessment:
        """Change who the assessment is about."""
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            questionnaire = self._questionnaire_of(loaded.assessment)
            changed = loaded.assessment.with_firm(firm)
            self._update_header(conn, loaded.pk, changed, questionnaire)
        return changed

    def set_status(self, assessment_id: str, status: Status) -> Assessment:
        """Mark the assessment in progress or complete."""
        with self._write() as conn:
            loaded = self._load_for_change(conn, assessment_id)
            questionnaire = self._questionnaire_of(loaded.assessment)
            changed = loaded.assessment.with_status(status)
            self._update_header(conn, loaded.pk, changed, questionnaire)
        return changed

    def copy_for_reassessment(self, assessment_id: str,
                              questionnaire: Questionnaire | None = None, *,
                              keep_answers: bool = True) -> Assessment:
        """A new in-progress assessment of the same firm, linked to this one.

        With ``questionnaire`` (for instance a newer version) answers that no longer fit are
        dropped; ``keep_answers=False`` starts empty. The original is not changed.
        """
        with self._write() as conn:
            loaded = self._load(conn, assessment_id)
            source = loaded.assessment
            target = questionnaire or self._questionnaire_of(source)
            fresh = Assessment.start(source.firm, target)
            if keep_answers:
                fresh = replace(fresh, answers=_answers_that_fit(source.answers, target))
            self._insert(conn, fresh, target, series_id=loaded.series_id, previous_id=source.id)
        return fresh

    # ------------------------------------------------------------------ import

    def add(self, assessment: Assessment, *,
            on_conflict: ConflictPolicy | None = None, source: str = "") -> AddResult:
        """Store a whole assessment (from an imported file), checked against its questionnaire.

        When its id is already in the library (or its trash) ``on_conflict`` decides; with
        no policy ImportConflictError is raised and nothing changes.
        """
        questionnaire = self.questionnaire(assessment.questionnaire_id,
                                           assessment.questionnaire_version)
        checked = _checked(assessment, questionnaire)
        with self._write() as conn:
            row = conn.execute("SELECT pk, firm_name FROM assessment WHERE id = ?",
                               (checked.id,)).fetchone()
            if row is None:
                self._insert(conn, checked, questionnaire, series_id=checked.id)
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
                pk = int(row[0])
                conn.execute("DELETE FROM answer WHERE assessment_pk = ?", (pk,))
                for answer in checked.answers.values():
                    self._write_answer(conn, pk, answer)
                conn.execute("UPDATE assessment SET created_at = ?, deleted_at = NULL "
                             "WHERE pk = ?", (time_text(checked.created_at), pk))
                self._update_header(conn, pk, checked, questionnaire)
                return AddResult(AddAction.REPLACED, checked.id)
            copy = replace(checked, id=uuid.uuid4().hex)
            self._insert(conn, copy, questionnaire, series_id=copy.id)
            return AddResult(AddAction.KEPT_BOTH, copy.id)

    def add_many(self, assessments: Iterable[Assessment]) -> int:
        """Store many new assessments in one transaction: all of them, or none.

        An id already in the library raises ImportConflictError (and nothing is stored).
        """
        count = 0
        with self._write() as conn:
            for assessment in assessments:
                questionnaire = self.questionnaire(assessment.questionnaire_id,
                                                   assessment.questionnaire_version)
                checked = _checked(assessment, questionnaire)
                if conn.execute("SELECT 1 FROM assessment WHERE id = ?",
                                (checked.id,)).fetchone():
                    raise ImportConflictError(str(self._path), f"the assessment of "
                                              f"'{checked.firm.name}' (id {checked.id[:8]}) "
                                              "is already in the library", checked.id)
                self._insert(conn, checked, questionnaire, series_id=checked.id)
                count += 1
        return count

    # ------------------------------------------------------------------ trash

    def trash(self, assessment_id: str) -> None:
        """Move an assessment to the trash (it can be restored)."""
        with self._write() as conn:
            cursor = conn.execute("UPDATE assessment SET deleted_at = ? "
                                  "WHERE id = ? AND deleted_at IS NULL",
                                  (now_text(), assessment_id))
            if cursor.rowcount == 0:
                self._raise_missing_or(conn, assessment_id, "is already in the trash")
            _set_live(conn, assessment_id, live=False)

    def restore(self, assessment_id: str) -> None:
        """Take an assessment out of the trash."""
        with self._write() as conn:
            cursor = conn.execute("UPDATE assessment SET deleted_at = NULL "
                                  "WHERE id = ? AND deleted_at IS NOT NULL", (assessment_id,))
            if cursor.rowcount == 0:
                self._raise_missing_or(conn, assessment_id, "is not in the trash")
            _set_live(conn, assessment_id, live=True)

    def delete_forever(self, assessment_id: str) -> None:
        """Delete an assessment in the trash for good."""
        with self._write() as conn:
            cursor = conn.execute("DELETE FROM assessment WHERE id = ? AND deleted_at IS NOT "
                                  "NULL", (assessment_id,))
            if cursor.rowcount == 0:
                self._raise_missing_or(conn, assessment_id, "is not in the trash; move it "
                                       "to the trash first")

    def empty_trash(self) -> int:
        """Delete everything in the trash for good; returns how many were deleted."""
        with self._write() as conn:
            return int(conn.execute("DELETE FROM assessment WHERE deleted_at IS NOT NULL")
                       .rowcount)

    # ------------------------------------------------------------------ maintenance

    def rescore_all(self) -> int:
        """Recompute every cached score (after scoring rules change); returns how many."""
        done = 0
        for assessment_id in self.ids(include_trash=True):
            with self._write() as conn:
                loaded = self._load(conn, assessment_id)
                questionnaire = self._questionnaire_of(loaded.assessment)
                self._update_header(conn, loaded.pk, loaded.assessment, questionnaire)
                done += 1
        return done

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
                    questionnaire = self._questionnaire_of(loaded.assessment)
                    self._update_header(conn, loaded.pk, loaded.assessment, questionnaire)
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('scoring_version', ?)",
                         (wanted,))

    def integrity_problems(self) -> list[str]:
        """SQLite's own consistency check: an empty list when the file is sound."""
        with translated(self._path):
            rows = self._conn.execute("PRAGMA integrity_check").fetchall()
            fk = self._conn.execute("PRAGMA foreign_key_check").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        problems += [f"broken link in {r[0]} row {r[1]}" for r in fk]
        return problems

    # ------------------------------------------------------------------ internals

    def _not_found(self, assessment_id: str) -> AssessmentNotFoundError:
        return AssessmentNotFoundError(str(self._path),
                                       f"no assessment has the id '{assessment_id}'")

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

    def _load_for_change(self, conn: sqlite3.Connection, assessment_id: str) -> _Loaded:
        loaded = self._load(conn, assessment_id)
        if loaded.deleted:
            raise AssessmentTrashedError(str(self._path), f"the assessment of "
                                         f"'{loaded.assessment.firm.name}' is in the trash; "
                                         "restore it to change it")
        return loaded

    def _load(self, conn: sqlite3.Connection, assessment_id: str) -> _Loaded:
        row = conn.execute(
            "SELECT pk, id, firm_name, sector, size_band, postcode, questionnaire_id, "
            "questionnaire_version, status, created_at, updated_at, deleted_at, previous_id, "
            "series_id FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
        if row is None:
            raise self._not_found(assessment_id)
        pk = int(row[0])
        answers: dict[str, Answer] = {}
        for qid, value, note, answered_at in conn.execute(
                "SELECT question_id, value, note, answered_at FROM answer "
                "WHERE assessment_pk = ?", (pk,)):
            answers[qid] = Answer(qid, self._decode_value(value, assessment_id, qid), note,
                                  _parse_time(answered_at))
        try:
            assessment = Assessment(
                id=row[1],
                firm=FirmProfile(row[2], row[3], SizeBand(row[4]) if row[4] else None, row[5]),
                questionnaire_id=row[6],
                questionnaire_version=row[7],
                answers=answers,
                status=Status(row[8]),
                created_at=_time(row[9]),
                updated_at=_time(row[10]),
            )
        except (AnswerError, ValueError) as exc:
            raise NotALibraryError(str(self._path), f"the stored assessment {assessment_id} "
                                   f"is damaged ({exc})") from None
        return _Loaded(pk, assessment, row[11] is not None, row[12], row[13])

    def _decode_value(self, text: str, assessment_id: str, question_id: str) -> AnswerValue:
        try:
            return decode_value(text)
        except ValueError:
            raise NotALibraryError(str(self._path), f"the stored answer to '{question_id}' in "
                                   f"assessment {assessment_id} is damaged") from None

    def _insert(self, conn: sqlite3.Connection, assessment: Assessment,
                questionnaire: Questionnaire, *, series_id: str,
                previous_id: str | None = None) -> int:
        firm = assessment.firm
        cursor = conn.execute(
            "INSERT INTO assessment (id, firm_name, sector, size_band, postcode, "
            "questionnaire_id, questionnaire_version, status, created_at, updated_at, "
            "previous_id, series_id, firm_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')",
            (assessment.id, firm.name, firm.sector,
             firm.size_band.value if firm.size_band else None, firm.postcode,
             assessment.questionnaire_id, assessment.questionnaire_version,
             assessment.status.value, time_text(assessment.created_at),
             time_text(assessment.updated_at), previous_id, series_id))
        pk = int(cursor.lastrowid or 0)
        for answer in assessment.answers.values():
            self._write_answer(conn, pk, answer)
        self._update_header(conn, pk, assessment, questionnaire)
        return pk

    @staticmethod
    def _write_answer(conn: sqlite3.Connection, pk: int, answer: Answer) -> None:
        conn.execute(
            "INSERT INTO answer (assessment_pk, question_id, value, note, answered_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_pk, question_id) DO UPDATE SET "
            "value = excluded.value, note = excluded.note, answered_at = excluded.answered_at",
            (pk, answer.question_id, encode_value(answer.value), answer.note,
             time_text(answer.answered_at) if answer.answered_at else None))

    @staticmethod
    def _update_header(conn: sqlite3.Connection, pk: int, assessment: Assessment,
                       questionnaire: Questionnaire) -> None:
        score = score_assessment(questionnaire, assessment)
        firm = assessment.firm
        conn.execute(
            "UPDATE assessment SET firm_name = ?, sector = ?, size_band = ?, postcode = ?, "
            "status = ?, updated_at = ?, overall_score = ?, level_id = ?, answered = ?, "
            "firm_key = ? WHERE pk = ?",
            (firm.name, firm.sector, firm.size_band.value if firm.size_band else None,
             firm.postcode, assessment.status.value, time_text(assessment.updated_at),
             score.overall, score.level.id if score.level else None,
             sum(a.answered for a in score.areas), _fold(firm.name), pk))
        conn.execute("INSERT INTO assessment_search (pk, text) VALUES (?, ?) "
                     "ON CONFLICT (pk) DO UPDATE SET text = excluded.text",
                     (pk, search_text(firm)))
        conn.execute("DELETE FROM area_score WHERE assessment_pk = ?", (pk,))
        conn.executemany(
            "INSERT INTO area_score (assessment_pk, area_id, score, level_id, live) "
            "SELECT ?, ?, ?, ?, deleted_at IS NULL FROM assessment WHERE pk = ?",
            [(pk, a.area.id, a.score, a.level.id if a.level else None, pk)
             for a in score.areas])

    def _summaries(self, conn: sqlite3.Connection,
                   rows: Sequence[Sequence[Any]]) -> list[AssessmentSummary]:
        if not rows:
            return []
        pks = [int(r[0]) for r in rows]
        areas: dict[int, dict[str, float | None]] = {pk: {} for pk in pks}
        marks = ",".join("?" * len(pks))
        for pk, area_id, score in conn.execute(
                f"SELECT assessment_pk, area_id, score FROM area_score "
                f"WHERE assessment_pk IN ({marks})", pks):
            areas[pk][area_id] = score
        return [
            AssessmentSummary(
                id=r[1], firm_name=r[2], sector=r[3],
                size_band=SizeBand(r[4]) if r[4] else None, postcode=r[5],
                questionnaire_id=r[6], questionnaire_version=r[7], status=Status(r[8]),
                created_at=_time(r[9]), updated_at=_time(r[10]),
                deleted_at=_parse_time(r[11]), overall_score=r[12], level_id=r[13],
                answered=int(r[14]), area_scores=MappingProxyType(areas[int(r[0])]),
                previous_id=r[15], series_id=r[16],
            )
            for r in rows
        ]


# ---------------------------------------------------------------------- helpers


def encode_value(value: AnswerValue) -> str:
    """An answer value as stored: JSON text (a list for multiple choice)."""
    if value is DONT_KNOW:
        return '{"dont_know":true}'
    if isinstance(value, frozenset):
        return json.dumps(sorted(value), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def decode_value(text: str) -> AnswerValue:
    """The answer value stored as ``text``; ValueError when it is not one."""
    data = json.loads(text)
    if isinstance(data, dict) and data == {"dont_know": True}:
        return DONT_KNOW
    if isinstance(data, list) and all(isinstance(v, str) for v in data):
        return frozenset(data)
    if isinstance(data, bool):
        raise ValueError("a stored answer is never true or false")
    if isinstance(data, int | float):
        return float(data)
    if isinstance(data, str):
        return data
    raise ValueError(f"not an answer value: {text[:40]!r}")


def search_text(firm: FirmProfile) -> str:
    """What the search looks in: name, sector and postcode (with and without its space)."""
    postcode = _fold(firm.postcode)
    return " | ".join((_fold(firm.name), _fold(firm.sector), postcode,
                       postcode.replace(" ", "")))


def _fold(text: str) -> str:
    """Lower case, accents removed, spaces collapsed: 'Tŷ  CAFÉ' -> 'ty cafe'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def _order_by(query: ListQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    if query.sort is SortKey.FIRM:
        return f"a.firm_key {direction}, a.pk {direction}"
    if query.sort is SortKey.CREATED:
        return f"a.created_at {direction}, a.pk {direction}"
    if query.sort is SortKey.STATUS:
        return f"a.status {direction}, a.updated_at DESC, a.pk DESC"
    if query.sort is SortKey.TRASHED:
        return f"a.deleted_at {direction}, a.pk {direction}"
    if query.sort is SortKey.SCORE:
        return f"a.overall_score {direction} NULLS LAST, a.pk {direction}"
    if query.sort is SortKey.AREA:
        return f"s.score {direction} NULLS LAST, s.assessment_pk {direction}"
    return f"a.updated_at {direction}, a.pk {direction}"


def _set_live(conn: sqlite3.Connection, assessment_id: str, *, live: bool) -> None:
    conn.execute("UPDATE area_score SET live = ? WHERE assessment_pk = "
                  "(SELECT pk FROM assessment WHERE id = ?)", (int(live), assessment_id))


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


def _time(text: str) -> datetime:
    stamp = datetime.fromisoformat(text)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _parse_time(text: str | None) -> datetime | None:
    return None if text is None else _time(text)

