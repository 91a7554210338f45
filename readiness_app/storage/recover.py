"""Copy what can still be read from a damaged library into a new one.

The damaged file is opened read-only (it is never written) and read one assessment at a time,
by row key, so a damaged page loses only the assessments (or answers) stored on it. Row keys
are gathered from the table and from every index that holds them, so a damaged table page
does not hide the rows after it. Each assessment that can be read is checked by core and added
to a new library in another folder, as an import would; one that is in the trash goes back to
the trash. Everything the app stores goes with it when it can be read: answers with the notes
for the firm and the adviser's private notes, the "from last time" marks of a re-assessment,
where each action of the plan stands, the firm's means, nation and hub pack, and the links
between a firm's visits. A library made by an earlier version (without some of these) is
read with what it has.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from readiness_app.core.assessment import (
    ActionRecord,
    ActionStatus,
    Answer,
    Assessment,
    BudgetBand,
    FirmProfile,
    PackRef,
    SizeBand,
    Status,
)
from readiness_app.core.assessment_file import FindQuestionnaire
from readiness_app.core.errors import ReadinessError, StorageError
from readiness_app.core.i18n import T_, Text
from readiness_app.core.questionnaire import Nation
from readiness_app.storage import paths
from readiness_app.storage.answer_codec import decode_value
from readiness_app.storage.db import connect_read_only, parse_optional_time, parse_time
from readiness_app.storage.library import Library

BATCH = 500

# Where row keys of the assessment table can be found besides the table itself.
_KEY_SOURCES = (
    "SELECT pk FROM assessment",
    "SELECT pk FROM assessment INDEXED BY assessment_series",
    "SELECT pk FROM assessment_search",
    "SELECT DISTINCT assessment_pk FROM area_score",
    "SELECT DISTINCT assessment_pk FROM answer",
)


@dataclass(frozen=True, slots=True)
class RecoveryReport:
    """What :func:`recover_library` did: the new library and what could not be read."""

    source: Path
    target: Path
    recovered: int  # assessments copied (some perhaps without answers: see ``problems``)
    failed: int  # assessments found but not copied
    problems: tuple[str, ...]  # everything that could not be read or copied, and why
    # (catalogue texts: in another language through ``localized``)


def recover_library(source: Path, target_folder: Path, *,
                    questionnaires: FindQuestionnaire,
                    progress: Callable[[int, int], None] | None = None) -> RecoveryReport:
    """Copy every readable assessment of the library file ``source`` into a new library in
    ``target_folder`` (which must not have one). ``source`` is only read."""
    target = paths.library_path(target_folder)
    if target.exists() or os.path.realpath(target) == os.path.realpath(source):  # no loop raises
        raise StorageError(str(target), T_("this folder already has a library; recover into "
                                           "a new, empty folder (nothing was changed)"))
    conn = connect_read_only(source)
    try:
        problems: list[str] = []
        keys = _row_keys(conn, problems)
        if not keys:
            raise StorageError(str(source), T_("no assessment can be read from this file ({why})",
                                               why=problems[0]) if problems else
                               T_("no assessment can be read from this file"))
        schema = _Schema.of(conn)
        with Library.open(target_folder, questionnaires=questionnaires) as library:
            recovered, failed = _copy(conn, schema, library, keys, problems, progress)
    finally:
        conn.close()
    return RecoveryReport(source, target, recovered, failed, tuple(problems))


def _row_keys(conn: sqlite3.Connection, problems: list[str]) -> list[int]:
    keys: set[int] = set()
    failed = 0
    for sql in _KEY_SOURCES:
        try:
            for row in conn.execute(sql):
                keys.add(int(row[0]))
        except sqlite3.Error:
            failed += 1  # read as far as the damage; the other sources may reach further
    if failed == len(_KEY_SOURCES):
        problems.append(T_("the list of assessments cannot be read at all"))
    return sorted(keys)


@dataclass(frozen=True, slots=True)
class _Found:
    """One assessment read from the damaged file."""

    assessment: Assessment
    deleted: bool
    answered: int | None  # the count of answers the damaged file's list row recorded
    links: tuple[str | None, str | None] = (None, None)  # previous id, series id


_OPTIONAL_HEADER = ("authority_code", "hours_per_month", "budget", "nation", "pack_id",
                    "pack_version", "pack_sha256", "previous_id", "series_id")
_OPTIONAL_ANSWER = ("private_note", "carried")


@dataclass(frozen=True, slots=True)
class _Schema:
    """Which of the later columns and tables the damaged library has (an earlier version's
    library lacks some)."""

    header: tuple[str, ...]
    answer: tuple[str, ...]
    actions: bool

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> _Schema:
        def columns(table: str) -> set[str]:
            try:
                return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}
            except sqlite3.Error:
                return set()

        header, answer = columns("assessment"), columns("answer")
        return cls(tuple(c for c in _OPTIONAL_HEADER if c in header),
                   tuple(c for c in _OPTIONAL_ANSWER if c in answer),
                   bool(columns("action_status")))


def _copy(conn: sqlite3.Connection, schema: _Schema, library: Library, keys: list[int],
          problems: list[str], progress: Callable[[int, int], None] | None) -> tuple[int, int]:
    recovered = 0
    batch: list[_Found] = []
    for done, pk in enumerate(keys, start=1):
        try:
            batch.append(_read(conn, schema, pk, problems))
        except _Unreadable as exc:
            problems.append(exc.args[0])
        if len(batch) >= BATCH:
            recovered += _store(library, batch, problems)
            batch.clear()
        if progress is not None:
            progress(done, len(keys))
    recovered += _store(library, batch, problems)
    return recovered, len(keys) - recovered


def _store(library: Library, batch: list[_Found], problems: list[str]) -> int:
    if not batch:
        return 0
    stored: list[_Found] = []
    batch = sorted(batch, key=lambda f: f.assessment.created_at)  # earlier visits first
    try:
        library.add_many((f.assessment for f in batch),
                         links={f.assessment.id.lower(): f.links for f in batch})
        stored = list(batch)
    except ReadinessError:
        for found in batch:  # one by one, to tell the good from the bad
            try:
                library.add(found.assessment, previous_id=found.links[0],
                            series_id=found.links[1])
            except ReadinessError as exc:
                problems.append(T_("the assessment of '{firm}' ({id}) could not be copied: "
                                   "{error}", firm=found.assessment.firm.name,
                                   id=found.assessment.id, error=_reason(exc)))
                continue
            stored.append(found)
    for found in stored:
        if found.deleted:
            library.trash(found.assessment.id)
        answered = library.summary(found.assessment.id).answered
        if found.answered is not None and answered < found.answered:
            problems.append(T_("the assessment of '{firm}' ({id}) was copied with {answered} "
                               "answers; the damaged library counted {counted}, so some were "
                               "lost", firm=found.assessment.firm.name, id=found.assessment.id,
                               answered=answered, counted=found.answered))
    return len(stored)


class _Unreadable(Exception):
    """One assessment could not be read (its one argument: the catalogue text saying why)."""


def _reason(exc: BaseException) -> object:
    """What an error says, still translatable when it is a catalogue text (``T_``)."""
    if isinstance(exc, StorageError):
        return Text("{path}: {reason}", path=exc.path, reason=exc.reason)
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Text) else str(exc)


_HEADER = ("SELECT id, firm_name, sector, size_band, postcode, questionnaire_id, "
           "questionnaire_version, status, created_at, updated_at, deleted_at, answered")


def _read(conn: sqlite3.Connection, schema: _Schema, pk: int, problems: list[str]) -> _Found:
    extra = "".join(f", {c}" for c in schema.header)
    try:
        row = conn.execute(f"{_HEADER}{extra} FROM assessment WHERE pk = ?", (pk,)).fetchone()
    except sqlite3.Error as exc:
        raise _Unreadable(T_("assessment number {pk} could not be read ({error})", pk=pk,
                             error=exc)) from None
    if row is None:
        raise _Unreadable(T_("assessment number {pk} is listed in an index but its row is "
                             "gone", pk=pk))
    name = row[1]
    who = f"'{name}' ({row[0]})"
    more = dict(zip(schema.header, row[12:], strict=True))
    try:
        answers = dict(_answers(conn, schema, pk, who, problems))
    except sqlite3.Error as exc:
        answers = {}
        problems.append(T_("the answers of {who} could not be read ({error}); it was copied "
                           "without them", who=who, error=exc))
    try:
        authority = more.get("authority_code")
        firm = FirmProfile(name, row[2], SizeBand(row[3]) if row[3] else None, row[4],
                           authority if isinstance(authority, str) else None)
        assessment = Assessment(
            id=row[0], firm=firm,
            questionnaire_id=row[5], questionnaire_version=row[6], answers=answers,
            status=Status(row[7]), created_at=parse_time(row[8]),
            updated_at=parse_time(row[9]))
    except (ReadinessError, ValueError, TypeError, OverflowError) as exc:
        raise _Unreadable(T_("the assessment of {who} is damaged: {error}", who=who,
                             error=_reason(exc))) from None
    assessment = _with_means_and_pack(assessment, more, who, problems)
    assessment = replace(assessment, actions=_actions(conn, schema, pk, who, problems))
    answered = row[11] if isinstance(row[11], int) else None
    links = (_text_or_none(more.get("previous_id")), _text_or_none(more.get("series_id")))
    return _Found(assessment, row[10] is not None, answered, links)


def _text_or_none(value: object) -> str | None:
    return value.lower() if isinstance(value, str) and value else None


def _with_means_and_pack(assessment: Assessment, more: dict[str, object], who: str,
                         problems: list[str]) -> Assessment:
    """The firm's means and nation and the hub pack, when stored and readable."""
    hours, budget, nation = (more.get(k) for k in ("hours_per_month", "budget", "nation"))
    try:
        firm = replace(assessment.firm,
                       hours_per_month=hours if isinstance(hours, int) else None,
                       budget=BudgetBand(budget) if budget else None,
                       nation=Nation(nation) if nation else None)
        assessment = replace(assessment, firm=firm)
    except (ReadinessError, ValueError, TypeError) as exc:
        problems.append(T_("the means or nation of {who} are damaged ({error}); it was "
                           "copied without them", who=who, error=_reason(exc)))
    pack_id = more.get("pack_id")
    if isinstance(pack_id, str) and pack_id:
        version, sha = more.get("pack_version"), more.get("pack_sha256")
        assessment = replace(assessment, pack=PackRef(
            pack_id, version if isinstance(version, str) else "",
            sha if isinstance(sha, str) else ""))
    return assessment


def _actions(conn: sqlite3.Connection, schema: _Schema, pk: int, who: str,
             problems: list[str]) -> dict[str, ActionRecord]:
    """Where each action of the plan stands (a damaged record is left out and named)."""
    if not schema.actions:
        return {}
    try:
        found = conn.execute("SELECT action_id, status, at, who, note FROM action_status "
                             "WHERE assessment_pk = ?", (pk,)).fetchall()
    except sqlite3.Error as exc:
        problems.append(T_("where the actions of {who} stand could not be read ({error}); it "
                           "was copied without it", who=who, error=exc))
        return {}
    actions: dict[str, ActionRecord] = {}
    for action_id, status, at, by, note in found:
        try:
            actions[action_id] = ActionRecord(action_id, ActionStatus(status), parse_time(at),
                                              by or "", note or "")
        except (ReadinessError, ValueError, TypeError, OverflowError) as exc:
            problems.append(T_("the status of action '{action}' in {who} is damaged "
                               "({error}); it was left out", action=action_id, who=who,
                               error=_reason(exc)))
    return actions


def _answers(conn: sqlite3.Connection, schema: _Schema, pk: int, who: str,
             problems: list[str]) -> Iterator[tuple[str, Answer]]:
    private = "private_note" if "private_note" in schema.answer else "''"
    carried = "carried" if "carried" in schema.answer else "0"
    for qid, value, note, answered_at, private_note, marked in conn.execute(
            f"SELECT question_id, value, note, answered_at, {private}, {carried} FROM answer "
            "WHERE assessment_pk = ?", (pk,)).fetchall():
        try:
            yield qid, Answer(qid, decode_value(value), note, parse_optional_time(answered_at),
                              private_note or "", bool(marked))
        except (ValueError, TypeError, OverflowError) as exc:
            problems.append(T_("the answer to '{question}' in {who} is damaged ({error}); it "
                               "was left out", question=qid, who=who, error=exc))
