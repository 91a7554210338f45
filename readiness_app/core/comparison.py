"""Progress since the last visit: two assessments of a firm compared, as plain data.

Scores come from core's scoring of each assessment with its own questionnaire; a question
"moved" when both questionnaires have it and its answer differs. Actions are those of the
earlier visit's plan, counted by where they stand: the later visit's record of an action
wins over the earlier one's; an action with no record is "not started".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import ActionStatus, Answer, Assessment
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import DEFAULT_LANGUAGE, Level, Question, Questionnaire
from readiness_app.core.scoring import answer_points, score_assessment
from readiness_app.core.text import score_change

NOT_STARTED = "not_started"


@dataclass(frozen=True, slots=True)
class ScoreChange:
    """One area (or the whole assessment) before and after."""

    area_id: str  # "" for the overall score
    title: str
    before: float | None
    after: float | None
    level_before: str
    level_after: str

    @property
    def change(self) -> int | None:
        """After minus before in the whole points shown (:func:`.text.score_change`); None
        when either has no score."""
        return score_change(self.before, self.after)


@dataclass(frozen=True, slots=True)
class QuestionMove:
    """A question whose answer changed between the visits."""

    question_id: str
    area_title: str
    question: str
    before: str  # the earlier answer ("" when not answered)
    after: str
    points_before: float | None  # None when unanswered or not scored
    points_after: float | None

    @property
    def direction(self) -> str:
        """"up", "down" or "changed" (same points, or a question that is not scored)."""
        if self.points_before is None or self.points_after is None:
            return "changed"
        if self.points_after > self.points_before:
            return "up"
        return "down" if self.points_after < self.points_before else "changed"


@dataclass(frozen=True, slots=True)
class ActionProgress:
    """One action of the earlier visit's plan and where it stands."""

    action_id: str
    title: str
    status: str  # an ActionStatus value, or NOT_STARTED
    at: datetime | None
    who: str
    note: str


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two visits of a firm compared (see the module docstring)."""

    old_id: str
    new_id: str
    firm_before: str
    firm_after: str
    date_before: datetime
    date_after: datetime
    overall: ScoreChange
    areas: tuple[ScoreChange, ...]
    moved: tuple[QuestionMove, ...]
    actions: tuple[ActionProgress, ...]

    def count(self, status: str) -> int:
        """How many of the earlier plan's actions stand at ``status``."""
        return sum(1 for a in self.actions if a.status == status)

    @property
    def action_counts(self) -> dict[str, int]:
        """Actions by status: done, in progress, planned, not doing, not started."""
        return {s: self.count(s) for s in
                (*(x.value for x in ActionStatus), NOT_STARTED)}

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON data (``compare --json``)."""
        def score(change: ScoreChange) -> dict[str, Any]:
            return {"area": change.area_id or None, "title": change.title,
                    "before": change.before, "after": change.after, "change": change.change,
                    "level_before": change.level_before, "level_after": change.level_after}

        return {
            "old": {"id": self.old_id, "firm": self.firm_before,
                    "date": self.date_before.isoformat()},
            "new": {"id": self.new_id, "firm": self.firm_after,
                    "date": self.date_after.isoformat()},
            "overall": score(self.overall),
            "areas": [score(a) for a in self.areas],
            "moved": [{"question": m.question_id, "area": m.area_title, "text": m.question,
                       "before": m.before, "after": m.after,
                       "points_before": m.points_before, "points_after": m.points_after,
                       "direction": m.direction} for m in self.moved],
            "actions": {"counts": self.action_counts,
                        "items": [{"action": a.action_id, "title": a.title,
                                   "status": a.status,
                                   "at": a.at.isoformat() if a.at else None,
                                   "who": a.who, "note": a.note} for a in self.actions]},
        }


def _level(level: Level | None, language: str) -> str:
    return level.title.get(language) if level is not None else "Not yet scored"


def _shown(question: Question, answer: Answer | None, language: str) -> tuple[str, float | None]:
    if answer is None:
        return "", None
    text = kind_of(question.type).describe_answer(question, answer.value, language)
    points = answer_points(question, answer)[0] if question.is_scored else None
    return text, points


def compare(old_questionnaire: Questionnaire, old: Assessment,
            new_questionnaire: Questionnaire, new: Assessment, *,
            language: str = DEFAULT_LANGUAGE) -> Comparison:
    """Compare an earlier visit ``old`` with a later one ``new`` of the same firm."""
    before = score_assessment(old_questionnaire, old)
    after = score_assessment(new_questionnaire, new)
    overall = ScoreChange("", "Overall", before.overall, after.overall,
                          _level(before.level, language), _level(after.level, language))
    old_areas = {a.area.id: a for a in before.areas}
    areas: list[ScoreChange] = []
    for area in after.areas:
        earlier = old_areas.get(area.area.id)
        areas.append(ScoreChange(
            area.area.id, area.area.title.get(language),
            earlier.score if earlier else None, area.score,
            _level(earlier.level, language) if earlier else "Not assessed",
            _level(area.level, language)))
    moved: list[QuestionMove] = []
    for question in new_questionnaire.questions:
        if not old_questionnaire.has_question(question.id):
            continue
        old_answer, new_answer = old.answer(question.id), new.answer(question.id)
        if old_answer is None and new_answer is None:
            continue
        if old_answer is not None and new_answer is not None \
                and old_answer.value == new_answer.value:
            continue
        old_text, old_points = _shown(old_questionnaire.question(question.id), old_answer,
                                      language)
        new_text, new_points = _shown(question, new_answer, language)
        moved.append(QuestionMove(
            question.id, new_questionnaire.area(question.area_id).title.get(language),
            question.text.get(language), old_text, new_text, old_points, new_points))
    plan = build_plan(old_questionnaire, old)
    actions: list[ActionProgress] = []
    for planned in plan.actions:
        record = new.actions.get(planned.id) or old.actions.get(planned.id)
        actions.append(ActionProgress(
            planned.id, planned.text_title().get(language),
            record.status.value if record else NOT_STARTED,
            record.at if record else None, record.who if record else "",
            record.note if record else ""))
    return Comparison(old.id, new.id, old.firm.name, new.firm.name, old.created_at,
                      new.created_at, overall, tuple(areas), tuple(moved), tuple(actions))
