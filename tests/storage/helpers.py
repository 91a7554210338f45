"""Helpers shared by the storage tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from readiness_app.core.assessment import Assessment
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.scoring import score_assessment
from readiness_app.storage.library import AssessmentSummary

ROOT = Path(__file__).parents[2]
CAFE = ROOT / "tests" / "data" / "assessments" / "cafe_quick_check.readiness"


def dump(path: Path) -> str:
    """Every row of a database as SQL text, to prove a library did not change."""
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def assert_cached_score(summary: AssessmentSummary, questionnaire: Questionnaire,
                        assessment: Assessment) -> None:
    """The list's cached scores are exactly what core's scoring says."""
    score = score_assessment(questionnaire, assessment)
    assert summary.overall_score == score.overall
    assert summary.level_id == (score.level.id if score.level else None)
    assert dict(summary.area_scores) == {a.area.id: a.score for a in score.areas}
