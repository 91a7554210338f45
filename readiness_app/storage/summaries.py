"""The list rows: each assessment's header columns and its cached scores.

The ``assessment`` row holds the firm, status and times plus core's overall score, level and
answered count; ``area_score`` holds each area's score, with a ``live`` flag mirroring the
trash; ``assessment_search`` holds the folded text search looks in. :func:`write_header`
keeps all three in step with an assessment; :func:`read_summaries` turns rows back into
:class:`AssessmentSummary`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from types import MappingProxyType
from typing import Any

from readiness_app.core.assessment import Assessment, FirmProfile, SizeBand, Status
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.review import next_review
from readiness_app.core.scoring import score_assessment
from readiness_app.core.text import score_change
from readiness_app.storage.db import parse_optional_time, parse_time, time_text
from readiness_app.storage.list_query import fold, search_text

# Where a firm is: (ONS code, name) of its local authority, or None when it cannot be placed.
# The caller's (services place postcodes with the shipped geography; storage loads no data).
Place = Callable[[FirmProfile], "tuple[str, str] | None"]


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
    # Set when the stored row could not be read in full (a date or status that is not one):
    # what is wrong, naming the assessment. The fields that could not be read then hold
    # placeholders (1 January 1970, in progress, no size) and must not be shown as facts.
    problem: str | None = None
    sector_section: str | None = None  # UK SIC 2007 section, A to U
    authority: str = ""  # the local authority's name; empty when not placed
    previous_score: float | None = None  # the previous visit's overall score

    @property
    def change(self) -> int | None:
        """The overall score's change since the previous visit in the whole points shown
        (None: no previous visit or no score)."""
        return score_change(self.previous_score, self.overall_score)

    @property
    def next_review(self) -> date | None:
        """When the next review is due (:mod:`readiness_app.core.review`)."""
        if self.problem:
            return None
        return next_review(self.status is Status.COMPLETE, self.updated_at)

    @property
    def in_trash(self) -> bool:
        """True when the assessment is in the trash."""
        return self.deleted_at is not None

    @property
    def short_id(self) -> str:
        """The first eight characters of the id, enough to tell assessments apart."""
        return self.id[:8]


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


def read_summaries(conn: sqlite3.Connection,
                   rows: Sequence[Sequence[Any]]) -> list[AssessmentSummary]:
    """Summaries of rows selected with ``list_query.SUMMARY_COLUMNS``, with area scores."""
    if not rows:
        return []
    pks = [int(r[0]) for r in rows]
    areas: dict[int, dict[str, float | None]] = {pk: {} for pk in pks}
    marks = ",".join("?" * len(pks))
    for pk, area_id, score in conn.execute(
            f"SELECT assessment_pk, area_id, score FROM area_score "
            f"WHERE assessment_pk IN ({marks})", pks):
        areas[pk][area_id] = score
    return [_summary(r, areas[int(r[0])]) for r in rows]


UNREADABLE_TIME = datetime(1970, 1, 1, tzinfo=UTC)


def _summary(r: Sequence[Any], areas: dict[str, float | None]) -> AssessmentSummary:
    """One list row; a field that cannot be read is named in ``problem``, never raised."""
    problems: list[str] = []

    def read(name: str, value: Any, parse: Any, fallback: Any) -> Any:
        try:
            return parse(value)
        except (ValueError, TypeError, OverflowError):
            problems.append(f"its {name} {value!r} cannot be read")
            return fallback

    summary = AssessmentSummary(
        id=str(r[1]), firm_name=str(r[2]), sector=str(r[3]),
        size_band=read("size", r[4], lambda v: SizeBand(v) if v else None, None),
        postcode=str(r[5]), questionnaire_id=str(r[6]), questionnaire_version=str(r[7]),
        status=read("status", r[8], Status, Status.IN_PROGRESS),
        created_at=read("start date", r[9], parse_time, UNREADABLE_TIME),
        updated_at=read("date of last change", r[10], parse_time, UNREADABLE_TIME),
        deleted_at=read("date it was deleted", r[11], parse_optional_time, UNREADABLE_TIME),
        overall_score=read("score", r[12], _optional_float, None),
        level_id=r[13], answered=read("count of answers", r[14], int, 0),
        area_scores=MappingProxyType(areas), previous_id=r[15], series_id=str(r[16]),
        sector_section=r[17] if isinstance(r[17], str) else None,
        authority=r[18] if isinstance(r[18], str) else "",
        previous_score=_optional_float(r[19]) if isinstance(r[19], int | float) else None,
    )
    if problems:
        return replace(summary, problem=f"the stored assessment {r[1]} is damaged "
                                        f"({'; '.join(problems)})")
    return summary


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def write_header(conn: sqlite3.Connection, pk: int, assessment: Assessment,
                 questionnaire: Questionnaire, place: Place | None = None) -> None:
    """Write the firm, status and time of assessment ``pk`` and re-score it with core.

    With ``place`` the firm's local authority is looked up again; without it the stored one
    is kept (a library opened without geography, as in some tests, leaves it unplaced).
    """
    score = score_assessment(questionnaire, assessment)
    firm = assessment.firm
    conn.execute(
        "UPDATE assessment SET firm_name = ?, sector = ?, size_band = ?, postcode = ?, "
        "authority_code = ?, hours_per_month = ?, budget = ?, nation = ?, status = ?, "
        "updated_at = ?, overall_score = ?, level_id = ?, answered = ?, firm_key = ?, "
        "sector_section = ? WHERE pk = ?",
        (firm.name, firm.sector, firm.size_band.value if firm.size_band else None,
         firm.postcode, firm.authority_code, firm.hours_per_month,
         firm.budget.value if firm.budget else None,
         firm.nation.value if firm.nation else None, assessment.status.value,
         time_text(assessment.updated_at),
         score.overall, score.level.id if score.level else None,
         sum(a.answered for a in score.areas), fold(firm.name), firm.sector_section, pk))
    write_place(conn, pk, firm, place)
    conn.execute("DELETE FROM area_score WHERE assessment_pk = ?", (pk,))
    conn.executemany(
        "INSERT INTO area_score (assessment_pk, area_id, score, level_id, live) "
        "SELECT ?, ?, ?, ?, deleted_at IS NULL FROM assessment WHERE pk = ?",
        [(pk, a.area.id, a.score, a.level.id if a.level else None, pk)
         for a in score.areas])


def write_place(conn: sqlite3.Connection, pk: int, firm: FirmProfile,
                place: Place | None) -> None:
    """Store where the firm is (with ``place``) and the search text, which includes it."""
    if place is not None:
        found = place(firm)
        conn.execute("UPDATE assessment SET lad_code = ?, lad_name = ? WHERE pk = ?",
                     (found[0] if found else None, found[1] if found else "", pk))
    row = conn.execute("SELECT lad_name FROM assessment WHERE pk = ?", (pk,)).fetchone()
    authority = row[0] if row and isinstance(row[0], str) else ""
    conn.execute("INSERT INTO assessment_search (pk, text) VALUES (?, ?) "
                 "ON CONFLICT (pk) DO UPDATE SET text = excluded.text",
                 (pk, search_text(firm, authority)))


def set_live(conn: sqlite3.Connection, assessment_id: str, *, live: bool) -> None:
    """Mark an assessment's area scores as listed (``live``) or in the trash."""
    conn.execute("UPDATE area_score SET live = ? WHERE assessment_pk = "
                 "(SELECT pk FROM assessment WHERE id = ?)", (int(live), assessment_id))
