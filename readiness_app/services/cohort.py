"""The cohort of a library: every matching assessment scored, planned and placed, and the
report tables built from it (for ``readiness-app cohort`` and the app's cohort view).

The library is read here; the records handed to :mod:`readiness_app.analytics` are plain
data. A firm is its ``series_id`` (re-assessments of one firm share it). Where a firm is comes
from its postcode through the shipped geography: a postcode district that reaches into several
authorities counts for the one confirmed in the firm's profile (``authority_code``), else its
main one; a missing or unknown postcode is counted as "Unknown".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from readiness_app.analytics.records import NOT_GIVEN, UNKNOWN, CohortMeta, CohortRecord
from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import Assessment, SizeBand, Status
from readiness_app.core.errors import AreaError, StorageError
from readiness_app.core.geography import Geography, LocalAuthority
from readiness_app.core.i18n import Text
from readiness_app.core.questionnaire import (
    DEFAULT_LANGUAGE,
    DEFAULT_LEVELS,
    Nation,
    Questionnaire,
)
from readiness_app.storage.library import AssessmentSummary, Library, ListQuery, SortKey

if TYPE_CHECKING:
    import pandas as pd

PAGE = 1000
TOP_LIMIT = 10


@dataclass(frozen=True, slots=True)
class CohortFilters:
    """Which assessments the cohort holds: the library's list filters, a date range on the
    day each assessment was started (both ends included), and latest visit per firm only."""

    search: str = ""
    status: Status | None = None
    size_band: SizeBand | None = None
    questionnaire_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    latest: bool = False

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"the date range starts ({self.date_from:%Y-%m-%d}) after it "
                             f"ends ({self.date_to:%Y-%m-%d})")

    def describe(self) -> list[tuple[str, str]]:
        """The filters in words, for a report's cover sheet."""
        return [
            ("Search", self.search or "(none)"),
            ("Status", self.status.label if self.status else "any"),
            ("Size band", self.size_band.label if self.size_band else "any"),
            ("Questionnaire", self.questionnaire_id or "any"),
            ("Assessed from", f"{self.date_from:%Y-%m-%d}" if self.date_from else "the start"),
            ("Assessed to", f"{self.date_to:%Y-%m-%d}" if self.date_to else "today"),
            ("Visits", "latest visit of each firm" if self.latest else "every visit"),
        ]


@dataclass(frozen=True, slots=True)
class Cohort:
    """The records of the matching assessments (every visit) and what their ids mean."""

    records: tuple[CohortRecord, ...]
    meta: CohortMeta
    filters: CohortFilters
    skipped: tuple[str, ...] = ()  # why some assessments are left out (one line each;
    # catalogue texts: in another language through ``localized``)


@dataclass(slots=True)
class CohortReport:
    """The cohort table and every aggregate, each a DataFrame named for its sheet."""

    filters: CohortFilters
    cover: list[tuple[str, str]]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


@dataclass(slots=True)
class Placer:
    """Local authority, region and nation of postcodes, looked up once each."""

    geography: Geography
    _seen: dict[str, LocalAuthority | None] = field(default_factory=dict)

    def place(self, postcode: str, confirmed_code: str | None = None) -> tuple[str, str, str,
                                                                                str]:
        """(authority, authority code, region, nation); "Unknown" when it cannot be placed."""
        authority = self.geography.authorities.get(confirmed_code or "")
        if authority is None:
            key = postcode.strip().upper()
            if key not in self._seen:
                try:
                    self._seen[key] = self.geography.locate(key).authority if key else None
                except AreaError:
                    self._seen[key] = None
            authority = self._seen[key]
        if authority is None:
            return UNKNOWN, "", UNKNOWN, UNKNOWN
        return authority.name, authority.code, authority.region.name, authority.nation.name


def _nation_named(name: str) -> Nation | None:
    return next((n for n in Nation if n.label == name), None)


def default_placer() -> Placer:
    """A placer on the geography shipped with the app."""
    from readiness_app.services.local_support import shipped_geography

    return Placer(shipped_geography())


def _summaries(library: Library, filters: CohortFilters) -> Iterator[AssessmentSummary]:
    query = ListQuery(search=filters.search, status=filters.status,
                      size_band=filters.size_band, questionnaire_id=filters.questionnaire_id,
                      sort=SortKey.CREATED, descending=False, limit=PAGE)
    offset = 0
    while True:
        page = library.list_assessments(replace(query, offset=offset))
        yield from page.items
        offset += len(page.items)
        if not page.has_more or not page.items:
            return


def record_for(assessment: Assessment, summary: AssessmentSummary,
               questionnaire: Questionnaire, place: tuple[str, str, str, str],
               sector: str) -> CohortRecord:
    """The cohort record of one assessment: scored and planned by core."""
    authority, code, region, nation = place
    plan = build_plan(questionnaire, assessment, nation=_nation_named(nation))
    score = plan.score
    return CohortRecord(
        assessment_id=assessment.id, series_id=summary.series_id,
        firm_name=assessment.firm.name, sector=sector,
        size_band=assessment.firm.size_band.value if assessment.firm.size_band else NOT_GIVEN,
        local_authority=authority, local_authority_code=code, region=region, nation=nation,
        questionnaire_id=assessment.questionnaire_id,
        questionnaire_version=assessment.questionnaire_version,
        status=assessment.status.value,
        assessed_on=assessment.created_at.date(), updated_on=assessment.updated_at.date(),
        overall_score=score.overall, overall_level=score.level.id if score.level else None,
        area_scores={a.area.id: a.score for a in score.areas},
        area_levels={a.area.id: a.level.id if a.level else None for a in score.areas},
        critical_gaps=tuple(r.question_id for r in score.critical_gaps),
        actions=tuple(a.id for a in plan.actions),
    )


def meta_for(questionnaires: list[Questionnaire], language: str = DEFAULT_LANGUAGE
             ) -> CohortMeta:
    """Areas (in order, first questionnaire first), levels, question and action titles (in
    ``language``, English where a text has no translation)."""
    areas: dict[str, str] = {}
    questions: dict[str, str] = {}
    actions: dict[str, str] = {}
    for questionnaire in questionnaires:
        for area in questionnaire.areas:
            areas.setdefault(area.id, area.title.get(language))
        for question in questionnaire.questions:
            questions.setdefault(question.id, question.text.get(language))
        for action in questionnaire.actions:
            actions.setdefault(action.id, action.title.get(language))
    levels = questionnaires[0].levels if questionnaires else DEFAULT_LEVELS
    return CohortMeta(tuple(areas.items()),
                      tuple((lv.id, lv.title.get(language)) for lv in levels),
                      questions, actions)


class SectorNames:
    """One name per sector however it was typed: 'retail ' and 'Retail' count as one, shown
    as first seen."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """The sector's shown name ('Not given' when empty)."""
        name = " ".join(text.split())
        if not name:
            return NOT_GIVEN
        return self._names.setdefault(name.casefold(), name)


def load_cohort(library: Library, filters: CohortFilters | None = None, *,
                placer: Placer | None = None,
                progress: Callable[[int], None] | None = None,
                language: str = DEFAULT_LANGUAGE) -> Cohort:
    """Every assessment in the library matching ``filters`` (not the trash), oldest first.

    Assessments whose questionnaire is not installed are left out and listed in ``skipped``.
    With ``filters.latest`` only each firm's latest visit in the date range is kept.
    """
    filters = filters or CohortFilters()
    placer = placer or default_placer()
    sectors = SectorNames()
    used: dict[tuple[str, str], Questionnaire] = {}
    records: list[CohortRecord] = []
    skipped: list[str] = []
    for count, summary in enumerate(_summaries(library, filters), start=1):
        day = summary.created_at.date()
        if (filters.date_from and day < filters.date_from) or \
                (filters.date_to and day > filters.date_to):
            continue
        key = (summary.questionnaire_id, summary.questionnaire_version)
        try:
            questionnaire = used.get(key) or library.questionnaire(*key)
            assessment = library.get(summary.id)
        except StorageError as exc:
            skipped.append(Text("{firm} ({short}): {path}: {reason}", firm=summary.firm_name,
                                short=summary.short_id, path=exc.path, reason=exc.reason))
            continue
        used[key] = questionnaire
        place = placer.place(assessment.firm.postcode, assessment.firm.authority_code)
        records.append(record_for(assessment, summary, questionnaire, place,
                                  sectors(assessment.firm.sector)))
        if progress is not None:
            progress(count)
    if filters.latest:
        records = _latest(records)
    return Cohort(tuple(records), meta_for(list(used.values()), language), filters,
                  tuple(skipped))


def _latest(records: list[CohortRecord]) -> list[CohortRecord]:
    latest: dict[str, CohortRecord] = {}
    for record in records:  # oldest first, so the last one seen is the latest
        current = latest.get(record.series_id)
        if current is None or (record.assessed_on, record.updated_on) >= \
                (current.assessed_on, current.updated_on):
            latest[record.series_id] = record
    kept = {id(r) for r in latest.values()}
    return [r for r in records if id(r) in kept]


def build_report(cohort: Cohort, *, today: dt.date | None = None,
                 title: str = "Technology readiness: cohort report") -> CohortReport:
    """The cohort table and every aggregate of ``cohort`` (pandas is imported here)."""
    from readiness_app.analytics import cohort as ac

    meta = cohort.meta
    frame = ac.cohort_frame(cohort.records, meta)
    changes = ac.changes_between_visits(frame, meta)
    tables: dict[str, pd.DataFrame] = {
        "Assessments": ac.cohort_table(frame, meta),
        "Levels by area": ac.levels_by_area(frame, meta),
        "Scores by area": ac.area_summary(frame, meta),
        "By local authority": ac.by_group(frame, meta, "local_authority"),
        "By region": ac.by_group(frame, meta, "region"),
        "By nation": ac.by_group(frame, meta, "nation"),
        "By sector": ac.by_group(frame, meta, "sector"),
        "By size": ac.by_group(frame, meta, "size_band"),
        "Top gaps": ac.top_gaps(frame, meta, TOP_LIMIT),
        "Top actions": ac.top_actions(frame, meta, TOP_LIMIT),
        "Change between visits": changes,
        "Change summary": ac.change_summary(changes, meta),
    }
    cover = [("Report", title),
             ("Made on", f"{(today or dt.date.today()):%Y-%m-%d}"),
             *cohort.filters.describe(),
             ("Assessments", str(len(frame))),
             ("Firms", str(frame["series_id"].nunique())),
             ("Left out", f"{len(cohort.skipped)} (questionnaire not installed)"
              if cohort.skipped else "none")]
    return CohortReport(cohort.filters, cover, tables)
