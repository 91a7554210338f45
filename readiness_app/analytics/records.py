"""The plain data the analytics work on: one record per assessment, and what the ids mean.

The services layer fills these from the library (or from pooled anonymised files) and hands
them to :mod:`readiness_app.analytics.cohort`; nothing here imports pandas or the library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

UNKNOWN = "Unknown"
NOT_GIVEN = "Not given"


@dataclass(frozen=True, slots=True)
class CohortRecord:
    """One assessment as the cohort sees it (no answers, no notes)."""

    assessment_id: str  # the library id, or an anonymised fingerprint in a pool
    series_id: str  # the firm: re-assessments of one firm share it
    firm_name: str  # "" in an anonymised pool
    sector: str
    size_band: str  # a SizeBand value, or NOT_GIVEN
    local_authority: str
    local_authority_code: str
    region: str
    nation: str
    questionnaire_id: str
    questionnaire_version: str
    status: str
    assessed_on: dt.date  # the visit: when the assessment was started
    updated_on: dt.date
    overall_score: float | None
    overall_level: str | None  # a level id
    area_scores: Mapping[str, float | None]
    area_levels: Mapping[str, str | None]
    critical_gaps: tuple[str, ...]  # question ids whose answers are critical gaps
    actions: tuple[str, ...]  # action ids in the plan, in plan order


@dataclass(frozen=True, slots=True)
class CohortMeta:
    """What the ids in the records mean: areas and levels in order, question and action titles."""

    areas: tuple[tuple[str, str], ...]  # (id, title) in questionnaire order
    levels: tuple[tuple[str, str], ...]  # (id, title), lowest first
    question_titles: Mapping[str, str] = field(default_factory=dict)
    action_titles: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "question_titles", MappingProxyType(dict(self.question_titles)))
        object.__setattr__(self, "action_titles", MappingProxyType(dict(self.action_titles)))

    def area_title(self, area_id: str) -> str:
        """The area's title (its id when unknown)."""
        return dict(self.areas).get(area_id, area_id)

    def level_title(self, level_id: str | None) -> str:
        """The level's title ("Not scored" for none, the id when unknown)."""
        if level_id is None:
            return "Not scored"
        return dict(self.levels).get(level_id, level_id)
