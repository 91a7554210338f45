"""The list's search, filters, sort order and paging, turned into SQL.

:class:`ListQuery` says what to list; :func:`list_sql` builds the count and the page queries
over the ``assessment``, ``assessment_search`` and ``area_score`` tables. Search text is
folded (lower case, no accents) the same way when it is stored and when it is searched for.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from readiness_app.core.assessment import FirmProfile, SizeBand, Status
from readiness_app.core.errors import PostcodeError
from readiness_app.core.postcodes import parse_postcode
from readiness_app.core.questionnaire import DEFAULT_LEVELS
from readiness_app.core.sectors import section_title
from readiness_app.storage.db import time_text

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
MAX_SEARCH_TERMS = 8

# The columns of a list row, in the order summaries.read_summaries expects.
SUMMARY_COLUMNS = (
    "a.pk, a.id, a.firm_name, a.sector, a.size_band, a.postcode, a.questionnaire_id, "
    "a.questionnaire_version, a.status, a.created_at, a.updated_at, a.deleted_at, "
    "a.overall_score, a.level_id, a.answered, a.previous_id, a.series_id, "
    "a.sector_section, a.lad_name, "
    "(SELECT p.overall_score FROM assessment p WHERE p.id = a.previous_id)"
)
# Levels in order (the default levels every shipped questionnaire uses): for sorting by level
# and for "an area below a level".
LEVEL_ORDER = tuple(level.id for level in DEFAULT_LEVELS)
_LEVEL_RANK = ("CASE {column} " + " ".join(f"WHEN '{lid}' THEN {n}"
                                           for n, lid in enumerate(LEVEL_ORDER)) + " END")
_SIZE_RANK = ("CASE a.size_band " + " ".join(f"WHEN '{b.value}' THEN {n}"
                                             for n, b in enumerate(SizeBand)) + " END")
_CHANGE = ("(a.overall_score - "
           "(SELECT p.overall_score FROM assessment p WHERE p.id = a.previous_id))")

# Counting everything not in the trash: read the narrowest index that holds exactly those rows
# (SQLite's planner, once it has statistics, would rather read the whole table, 3-4x slower).
# Migration 1 makes that index (its comment still calls this library._COUNT_LIVE).
COUNT_LIVE = ("SELECT count(*) FROM assessment a INDEXED BY assessment_by_score "
              "WHERE a.deleted_at IS NULL")


class SortKey(Enum):
    """What the list is sorted by."""

    UPDATED = "updated"
    CREATED = "created"
    FIRM = "firm"
    SCORE = "score"
    STATUS = "status"
    AREA = "area"  # the score of ``ListQuery.area_id``
    TRASHED = "trashed"  # when it went to the trash (for the trash list)
    SECTOR = "sector"  # SIC section, then the sector's words
    SIZE = "size"
    AUTHORITY = "authority"  # the local authority's name
    LEVEL = "level"  # the overall level
    CHANGE = "change"  # the overall score's change since the previous visit
    REVIEW = "review"  # the next review date (complete visits; in progress last)


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Search, filters, sort order and page for :meth:`Library.list_assessments`.

    ``search`` matches every word against the firm's name, sector and postcode, ignoring case
    and accents; a word that is a postcode district (``LS1``) matches that district exactly
    (not ``LS11``), or the firm's name or sector. ``min_score``/``max_score`` apply to the
    overall score, or to the score of ``area_id`` when one is given; filtering or sorting by an
    area lists only assessments whose questionnaire has that area. Unscored assessments sort
    last either way. ``latest_per_firm`` keeps each firm's latest visit only.
    ``sector_section`` (A to U), ``authority`` (a local authority's name) and ``level_id``
    (the overall level) filter exactly; ``below_level`` keeps assessments with an area
    (``below_area``, or any area when None) at a level lower than it.
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
    latest_per_firm: bool = False  # only each firm's latest visit (by date started)
    sector_section: str | None = None
    authority: str | None = None
    level_id: str | None = None
    below_level: str | None = None
    below_area: str | None = None
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    in_trash: bool = False
    offset: int = 0
    limit: int = DEFAULT_PAGE_SIZE


@dataclass(frozen=True, slots=True)
class ListSql:
    """The two statements that list one page: how many match, and the page's rows."""

    count_sql: str
    count_params: list[Any]
    page_sql: str
    page_params: list[Any]
    offset: int
    limit: int


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


def list_sql(query: ListQuery) -> ListSql:
    """The count and page statements for ``query``; ValueError when it cannot be run."""
    if query.sort is SortKey.AREA and not query.area_id:
        raise ValueError("sorting by area score needs ListQuery.area_id")
    limit = max(1, min(query.limit, MAX_PAGE_SIZE))
    offset = max(0, query.offset)
    where = _Where()  # conditions on the assessment row
    terms = fold(query.search).split()[:MAX_SEARCH_TERMS]
    districts = [t for t in terms if _is_district(t)]
    terms = [t for t in terms if t not in districts]
    if terms:
        matches = " AND ".join(["instr(text, ?) > 0"] * len(terms))
        where.add(f"a.pk IN (SELECT pk FROM assessment_search WHERE {matches})", *terms)
    for district in districts:
        code = district.upper()
        where.add(f"({_COMPACT} = ? OR ({_COMPACT} LIKE ? AND length({_COMPACT}) = ?) "
                  "OR instr(a.firm_key, ?) > 0 OR instr(lower(a.sector), ?) > 0)",
                  code, code + "___", len(code) + 3, district, district)
    if query.latest_per_firm:
        where.add("NOT EXISTS (SELECT 1 FROM assessment b WHERE b.series_id = a.series_id "
                  "AND b.deleted_at IS NULL AND (b.created_at > a.created_at OR "
                  "(b.created_at = a.created_at AND b.pk > a.pk)))")
    if query.status is not None:
        where.add("a.status = ?", query.status.value)
    if query.sector_section:
        where.add("a.sector_section = ?", query.sector_section)
    if query.authority:
        where.add("a.lad_name = ?", query.authority)
    if query.level_id:
        where.add("a.level_id = ?", query.level_id)
    if query.below_level:
        if query.below_level not in LEVEL_ORDER:
            raise ValueError(f"unknown level '{query.below_level}' (levels: "
                             f"{', '.join(LEVEL_ORDER)})")
        lower = LEVEL_ORDER[:LEVEL_ORDER.index(query.below_level)]
        marks = ", ".join("?" * len(lower)) or "NULL"
        one_area = "AND b.area_id = ? " if query.below_area else ""
        where.add(f"EXISTS (SELECT 1 FROM area_score b WHERE b.assessment_pk = a.pk {one_area}"
                  f"AND b.level_id IN ({marks}))",
                  *([query.below_area] if query.below_area else []), *lower)
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
            count_sql = COUNT_LIVE
    page_sql = (f"SELECT {SUMMARY_COLUMNS} {base} ORDER BY {order_by(query)} "
                "LIMIT ? OFFSET ?")
    return ListSql(count_sql, list(count_params), page_sql, [*params, limit, offset],
                   offset, limit)


_COMPACT = "upper(replace(a.postcode, ' ', ''))"


def _is_district(term: str) -> bool:
    """True when a search word is a postcode district alone (``ls1``, ``sw1a``)."""
    if not any(c.isdigit() for c in term) or not term[0].isalpha():
        return False
    try:
        return not parse_postcode(term).is_full
    except PostcodeError:
        return False


def order_by(query: ListQuery) -> str:
    """The ORDER BY terms for the query's sort key and direction."""
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
    if query.sort is SortKey.SECTOR:
        return (f"a.sector_section IS NULL, a.sector_section {direction}, "
                f"lower(a.sector) {direction}, a.firm_key, a.pk")
    if query.sort is SortKey.SIZE:
        return f"{_SIZE_RANK} {direction} NULLS LAST, a.firm_key, a.pk"
    if query.sort is SortKey.AUTHORITY:
        return (f"coalesce(a.lad_name, '') = '', a.lad_name {direction}, a.firm_key, a.pk")
    if query.sort is SortKey.LEVEL:
        return (f"{_LEVEL_RANK.format(column='a.level_id')} {direction} NULLS LAST, "
                f"a.overall_score {direction} NULLS LAST, a.pk")
    if query.sort is SortKey.CHANGE:
        return f"{_CHANGE} {direction} NULLS LAST, a.pk"
    if query.sort is SortKey.REVIEW:
        return (f"CASE WHEN a.status = 'complete' THEN a.updated_at END {direction} "
                "NULLS LAST, a.pk")
    return f"a.updated_at {direction}, a.pk {direction}"


def search_text(firm: FirmProfile, authority: str = "") -> str:
    """What the search looks in: name, sector (words and section title), postcode (with and
    without its space) and the local authority's name."""
    postcode = fold(firm.postcode)
    return " | ".join((fold(firm.name), fold(firm.sector),
                       fold(section_title(firm.sector_section)), postcode,
                       postcode.replace(" ", ""), fold(authority)))


def fold(text: str) -> str:
    """Lower case, accents removed, spaces collapsed: 'Tŷ  CAFÉ' -> 'ty cafe'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())
