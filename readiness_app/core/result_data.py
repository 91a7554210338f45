"""Scores and plans as plain JSON-ready data (for ``--json`` output and exports)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from readiness_app.core.action_plan import TIER_LABELS, ActionPlan, PlannedAction
from readiness_app.core.questionnaire import DEFAULT_LANGUAGE, AnswerCheck, Level, SupportTopic
from readiness_app.core.scoring import AreaScore, QuestionResult, Score
from readiness_app.core.support_directory import TopicSupport

PLAN_JSON_FORMAT = 1


def score_to_dict(score: Score, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """A score with every area and the answers that moved it."""
    return {
        "questionnaire": {"id": score.questionnaire_id, "version": score.questionnaire_version},
        "overall": _round(score.overall),
        "overall_uncapped": _round(score.overall_uncapped),
        "overall_if_critical_gaps_fixed": _round(score.fixed_overall),
        "level": _level(score.level, language),
        "level_uncapped": _level(score.uncapped_level, language),
        "level_capped": score.is_capped,
        "coverage": round(score.coverage, 4),
        "areas": [_area(a, language) for a in score.areas],
        "dont_know": [r.question_id for r in score.dont_know],
        "critical_gaps": [r.question_id for r in score.critical_gaps],
        "unanswered": list(score.unanswered),
    }


def checks_to_list(checks: Sequence[AnswerCheck], language: str = DEFAULT_LANGUAGE
                   ) -> list[dict[str, Any]]:
    """Answers that contradict each other: the check's id, the questions and the text."""
    return [{"id": c.id, "questions": [w.question_id for w in c.when],
             "text": c.text.get(language)} for c in checks]


def plan_to_dict(
    plan: ActionPlan,
    language: str = DEFAULT_LANGUAGE,
    support: Mapping[SupportTopic, TopicSupport] | None = None,
) -> dict[str, Any]:
    """A plan: the score it starts from, the firm's means, how full each period is and the
    actions in the order to do them (the year's plan, then the later list).

    The shape is a documented interface (docs/plan-json.md): add keys, never rename them.
    """
    means = plan.means
    return {
        "plan_format": PLAN_JSON_FORMAT,
        "nation": plan.nation.value if plan.nation else None,
        "score": score_to_dict(plan.score, language),
        "means": {
            "hours_per_month": means.hours_per_month,
            "budget": means.budget.value,
            "hours_stated": means.hours_stated,
            "budget_stated": means.budget_stated,
        },
        "periods": [
            {"period": load.timeframe.value, "actions": load.actions, "hours": load.hours,
             "hours_available": load.hours_available, "full": load.full,
             "note": load.note()}
            for load in plan.loads
        ],
        "actions": [_action(a, language, support) for a in plan.actions],
        "not_applicable": [
            {"area": a.area.id, "title": a.area.title.get(language),
             "reason": a.not_applicable_reason.get(language) if a.not_applicable_reason
             else None,
             "note": a.note.get(language) if a.note else None}
            for a in plan.score.not_applicable],
    }


def _area(area: AreaScore, language: str) -> dict[str, Any]:
    return {
        "id": area.area.id,
        "title": area.area.title.get(language),
        "weight": area.area.weight,
        "applies": area.applies,
        "not_applicable_reason": (area.not_applicable_reason.get(language)
                                  if area.not_applicable_reason else None),
        "note": area.note.get(language) if area.note else None,
        "score": _round(area.score),
        "level": _level(area.level, language),
        "level_capped": area.is_capped,
        "capped_by": list(area.capped_by),
        "answered": area.answered,
        "applicable": area.applicable,
        "coverage": round(area.coverage, 4),
        "answers": [_result(r, language) for r in area.results],
        "unanswered": list(area.unanswered),
    }


def _result(result: QuestionResult, language: str) -> dict[str, Any]:
    return {
        "question": result.question_id,
        "text": result.question_text.get(language),
        "answer": result.answer_text.get(language),
        "points": result.points,
        "max_points": 4,
        "weight": result.weight,
        "dont_know": result.dont_know,
        "critical": result.critical,
        "earned": round(result.earned, 2),
        "lost": round(result.lost, 2),
    }


def _action(planned: PlannedAction, language: str,
            support: Mapping[SupportTopic, TopicSupport] | None) -> dict[str, Any]:
    action = planned.action
    topic_support = (support or {}).get(action.topic)
    contacts = topic_support.for_action(action.support_kinds) if topic_support else ()
    return {
        "id": action.id,
        "area": action.area_id,
        "title": planned.text_title().get(language),
        "what": planned.text_what().get(language),
        "first_step": planned.text_first_step().get(language),
        "period": planned.timeframe.value,
        "timeframe": planned.timeframe.value,
        "why_later": planned.why_later or None,
        "tier": planned.tier,
        "tier_reason": TIER_LABELS[planned.tier],
        "effort": action.effort.value,
        "cost": action.cost.value,
        "who": [w.value for w in action.who],
        "topic": action.topic.value,
        "priority": round(planned.priority, 4),
        "critical": planned.critical,
        "quick_win": planned.quick_win,
        "gain_overall": round(planned.gain_overall, 2),
        "gain_area": round(planned.gain_area, 2),
        "lifts_cap": planned.lifts_cap,
        "follows": list(planned.follows),
        "triggered_by": [t.question_id for t in planned.triggered_by],
        "support": [{"id": m.organisation.id, "name": m.organisation.name,
                     "topic": action.topic.value, "kind": m.organisation.kind,
                     "scope": m.scope.value, "website": m.organisation.website}
                    for m in contacts],
    }


def _level(level: Level | None, language: str) -> dict[str, str] | None:
    if level is None:
        return None
    return {"id": level.id, "title": level.title.get(language)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
