"""Action tracking: record where one action of an assessment's plan stands."""

from __future__ import annotations

from datetime import UTC, datetime

from readiness_app.core.action_plan import ActionPlan, build_plan
from readiness_app.core.assessment import ActionRecord, ActionStatus, Assessment
from readiness_app.core.errors import AnswerError
from readiness_app.storage.library import Library


def plan_of(library: Library, assessment_id: str) -> ActionPlan:
    """The action plan of a stored assessment."""
    assessment = library.get(assessment_id)
    questionnaire = library.questionnaire(assessment.questionnaire_id,
                                          assessment.questionnaire_version)
    return build_plan(questionnaire, assessment)


def track_action(library: Library, assessment_id: str, action_id: str,
                 status: ActionStatus | None, *, who: str = "", note: str = "",
                 at: datetime | None = None) -> Assessment:
    """Mark one action of the assessment's plan; ``None`` makes it "not started" again.

    AnswerError when the plan has no such action, naming the ones it has.
    """
    assessment_id = library.resolve_id(assessment_id)
    plan = plan_of(library, assessment_id)
    stored = library.get(assessment_id)
    if plan.get(action_id) is None and action_id not in stored.actions:
        known = ", ".join(a.id for a in plan.actions[:12]) or "none"
        more = "…" if len(plan.actions) > 12 else ""
        raise AnswerError(f"The plan of '{stored.firm.name}' has no action '{action_id}' "
                          f"(its actions: {known}{more}).")
    if status is None:
        return library.set_action_status(assessment_id, action_id)
    record = ActionRecord(action_id, status, at or datetime.now(UTC), who, note)
    return library.set_action_status(assessment_id, record)
