"""One assessment as rows: the ``assessment`` row and its ``answer`` rows, read and written.

Reading builds the assessment through core (so a damaged row is reported, never half-used);
writing an assessment also writes its list header and cached scores
(:func:`readiness_app.storage.summaries.write_header`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from readiness_app.core.assessment import (
    ActionRecord,
    ActionStatus,
    Answer,
    AnswerValue,
    Assessment,
    BudgetBand,
    FirmProfile,
    PackRef,
    SizeBand,
    Status,
)
from readiness_app.core.errors import AnswerError, AssessmentNotFoundError, NotALibraryError
from readiness_app.core.questionnaire import Nation, Questionnaire
from readiness_app.storage.answer_codec import decode_value, encode_value
from readiness_app.storage.db import parse_optional_time, parse_time, time_text
from readiness_app.storage.summaries import Place, write_header


@dataclass(slots=True)
class Loaded:
    """An assessment read from the library, with what only the library knows about it."""

    pk: int
    assessment: Assessment
    deleted: bool
    previous_id: str | None
    series_id: str


def not_found(where: str, assessment_id: str) -> AssessmentNotFoundError:
    """The error for an id the library does not have."""
    return AssessmentNotFoundError(where, f"no assessment has the id '{assessment_id}'")


def load(conn: sqlite3.Connection, where: str, assessment_id: str) -> Loaded:
    """The stored assessment; AssessmentNotFoundError or NotALibraryError (damaged)."""
    row = conn.execute(
        "SELECT pk, id, firm_name, sector, size_band, postcode, questionnaire_id, "
        "questionnaire_version, status, created_at, updated_at, deleted_at, previous_id, "
        "series_id, authority_code, hours_per_month, budget, nation, pack_id, pack_version, "
        "pack_sha256, sector_section FROM assessment "
        "WHERE id = ?", (assessment_id,)).fetchone()
    if row is None:
        raise not_found(where, assessment_id)
    pk = int(row[0])
    answers: dict[str, Answer] = {}
    for qid, value, note, answered_at, private, carried in conn.execute(
            "SELECT question_id, value, note, answered_at, private_note, carried FROM answer "
            "WHERE assessment_pk = ?", (pk,)):
        answers[qid] = Answer(qid, _decode(value, where, assessment_id, qid), note,
                              _answered_at(answered_at, where, assessment_id, qid), private,
                              bool(carried))
    try:
        actions = {
            action_id: ActionRecord(action_id, ActionStatus(status), parse_time(at), who, note)
            for action_id, status, at, who, note in conn.execute(
                "SELECT action_id, status, at, who, note FROM action_status "
                "WHERE assessment_pk = ?", (pk,))}
        assessment = Assessment(
            id=row[1],
            firm=FirmProfile(row[2], row[3], SizeBand(row[4]) if row[4] else None, row[5],
                             row[14], row[15], BudgetBand(row[16]) if row[16] else None,
                             Nation(row[17]) if row[17] else None, row[21]),
            questionnaire_id=row[6],
            questionnaire_version=row[7],
            answers=answers,
            status=Status(row[8]),
            created_at=parse_time(row[9]),
            updated_at=parse_time(row[10]),
            pack=PackRef(row[18], row[19] or "", row[20] or "") if row[18] else None,
            actions=actions,
        )
    except (AnswerError, ValueError, TypeError, OverflowError) as exc:
        raise NotALibraryError(where, f"the stored assessment {assessment_id} "
                               f"is damaged ({exc})") from None
    return Loaded(pk, assessment, row[11] is not None, row[12], row[13])


def _decode(text: str, where: str, assessment_id: str, question_id: str) -> AnswerValue:
    try:
        return decode_value(text)
    except ValueError:
        raise NotALibraryError(where, f"the stored answer to '{question_id}' in "
                               f"assessment {assessment_id} is damaged") from None


def _answered_at(text: str | None, where: str, assessment_id: str,
                 question_id: str) -> datetime | None:
    try:
        return parse_optional_time(text)
    except (ValueError, TypeError, OverflowError):
        raise NotALibraryError(where, f"the stored time of the answer to '{question_id}' in "
                               f"assessment {assessment_id} is damaged ({text!r})") from None


def insert(conn: sqlite3.Connection, assessment: Assessment, questionnaire: Questionnaire,
           *, series_id: str, previous_id: str | None = None,
           place: Place | None = None) -> int:
    """Store a new assessment with its answers and cached scores; returns its row key."""
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
    write_pack(conn, pk, assessment)
    for answer in assessment.answers.values():
        write_answer(conn, pk, answer)
    write_actions(conn, pk, assessment)
    write_header(conn, pk, assessment, questionnaire, place)
    return pk


def write_actions(conn: sqlite3.Connection, pk: int, assessment: Assessment) -> None:
    """Make the stored action statuses of assessment ``pk`` match ``assessment``."""
    conn.execute("DELETE FROM action_status WHERE assessment_pk = ?", (pk,))
    conn.executemany(
        "INSERT INTO action_status (assessment_pk, action_id, status, at, who, note) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(pk, r.action_id, r.status.value, time_text(r.at), r.who, r.note)
         for r in assessment.actions.values()])


def write_pack(conn: sqlite3.Connection, pk: int, assessment: Assessment) -> None:
    """Record the hub pack the assessment was made with (or none)."""
    pack = assessment.pack
    conn.execute("UPDATE assessment SET pack_id = ?, pack_version = ?, pack_sha256 = ? "
                 "WHERE pk = ?", (pack.id if pack else None, pack.version if pack else None,
                                  pack.sha256 if pack else None, pk))


def overwrite(conn: sqlite3.Connection, pk: int, assessment: Assessment,
              questionnaire: Questionnaire, place: Place | None = None) -> None:
    """Replace stored assessment ``pk`` (out of the trash) by ``assessment``; links are kept."""
    conn.execute("DELETE FROM answer WHERE assessment_pk = ?", (pk,))
    for answer in assessment.answers.values():
        write_answer(conn, pk, answer)
    write_actions(conn, pk, assessment)
    conn.execute("UPDATE assessment SET created_at = ?, deleted_at = NULL "
                 "WHERE pk = ?", (time_text(assessment.created_at), pk))
    write_pack(conn, pk, assessment)
    write_header(conn, pk, assessment, questionnaire, place)


def write_answer(conn: sqlite3.Connection, pk: int, answer: Answer) -> None:
    """Insert or update one answer of assessment ``pk``."""
    conn.execute(
        "INSERT INTO answer (assessment_pk, question_id, value, note, answered_at, "
        "private_note, carried) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (assessment_pk, question_id) "
        "DO UPDATE SET value = excluded.value, note = excluded.note, "
        "answered_at = excluded.answered_at, private_note = excluded.private_note, "
        "carried = excluded.carried",
        (pk, answer.question_id, encode_value(answer.value), answer.note,
         time_text(answer.answered_at) if answer.answered_at else None,
         answer.private_note, int(answer.carried)))


def sync_answers(conn: sqlite3.Connection, pk: int, assessment: Assessment,
                 question_ids: tuple[str, ...]) -> None:
    """Make the stored answers to ``question_ids`` match ``assessment`` (write or delete)."""
    for qid in question_ids:
        answer = assessment.answer(qid)
        if answer is None:
            conn.execute("DELETE FROM answer WHERE assessment_pk = ? AND question_id = ?",
                         (pk, qid))
        else:
            write_answer(conn, pk, answer)
