"""From gaps to a ranked, scheduled list of actions.

* An action is in the plan when one of its triggers fires on a shown, answered question.
* Priority = area weight x gap x (2 when the gap is critical, else 1), where the gap is the
  largest weighted share of points missed on a triggering question (0-1).
* The gain is computed, not guessed: the answers are re-scored with each triggering answer
  moved to the lowest answer that no longer triggers the action, and the difference in the
  overall and area scores is reported.
* Quick wins are small-effort actions that close a critical gap or gain at least
  ``QUICK_WIN_MIN_GAIN`` points in their area.
* Actions are grouped into the next 30 days, 3 months and 12 months by their timeframe, but an
  action never comes before a prerequisite that is also in the plan: it moves to the
  prerequisite's group if need be, and within a group follows it.

The report and the UI only render an :class:`ActionPlan`; they compute nothing themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from readiness_app.core.assessment import (
    Answer,
    AnswerValue,
    Assessment,
    shown_questions,
)
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import (
    MAX_OPTION_SCORE,
    Action,
    Question,
    Questionnaire,
    Timeframe,
    Trigger,
)
from readiness_app.core.scoring import Score, answer_points, score_answers

QUICK_WIN_MIN_GAIN = 5.0
CRITICAL_FACTOR = 2.0


@dataclass(frozen=True, slots=True)
class TriggeringAnswer:
    """An answer that put an action in the plan."""

    question_id: str
    question: Question
    answer: Answer
    points: float
    critical: bool


@dataclass(frozen=True, slots=True)
class PlannedAction:
    """One action in the plan, with why it is there and what it would gain."""

    action: Action
    timeframe: Timeframe  # when it is scheduled (never before its prerequisites)
    priority: float
    gap: float  # 0-1
    critical: bool
    quick_win: bool
    gain_overall: float  # overall score points gained if done
    gain_area: float  # area score points gained if done
    lifts_cap: bool  # doing it removes a critical gap that holds a level down
    triggered_by: tuple[TriggeringAnswer, ...]
    follows: tuple[str, ...]  # ids of planned actions that must be done first

    @property
    def id(self) -> str:
        """The action's id."""
        return self.action.id


@dataclass(frozen=True, slots=True)
class ActionPlan:
    """The whole plan: actions in the order to do them, and the score it starts from."""

    score: Score
    actions: tuple[PlannedAction, ...]

    def in_timeframe(self, timeframe: Timeframe) -> tuple[PlannedAction, ...]:
        """The actions scheduled for one period, in order."""
        return tuple(a for a in self.actions if a.timeframe is timeframe)

    def top_priorities(self, count: int = 5) -> tuple[PlannedAction, ...]:
        """The highest-priority actions, highest first (ties keep plan order)."""
        ranked = sorted(enumerate(self.actions), key=lambda p: (-p[1].priority, p[0]))
        return tuple(a for _, a in ranked[:count])

    def get(self, action_id: str) -> PlannedAction | None:
        """The planned action with this id, if it is in the plan."""
        for planned in self.actions:
            if planned.id == action_id:
                return planned
        return None


def build_plan(questionnaire: Questionnaire, assessment: Assessment) -> ActionPlan:
    """The action plan for an assessment."""
    return build_plan_for_answers(questionnaire, assessment.answers)


def build_plan_for_answers(
    questionnaire: Questionnaire, answers: Mapping[str, Answer]
) -> ActionPlan:
    """The action plan for a set of answers keyed by question id."""
    score = score_answers(questionnaire, answers)
    shown = {q.id: q for q in shown_questions(questionnaire, answers)}
    candidates: dict[str, PlannedAction] = {}
    caps_before = {q for a in score.areas for q in a.capped_by}
    for action in questionnaire.actions:
        hits = _hits(action, shown, answers)
        if not hits:
            continue
        area = questionnaire.area(action.area_id)
        gap = max(
            h.question.weight * (MAX_OPTION_SCORE - h.points) / MAX_OPTION_SCORE for h in hits
        )
        gap = min(1.0, gap)
        critical = any(h.critical for h in hits)
        priority = area.weight * gap * (CRITICAL_FACTOR if critical else 1.0)
        improved = _improved_answers(action, hits, answers)
        after = score_answers(questionnaire, improved)
        gain_overall = _difference(after.overall, score.overall)
        gain_area = _difference(
            after.area(action.area_id).score, score.area(action.area_id).score
        )
        caps_after = {q for a in after.areas for q in a.capped_by}
        lifts_cap = bool(caps_before - caps_after)
        quick_win = action.effort.rank == 0 and (lifts_cap or gain_area >= QUICK_WIN_MIN_GAIN)
        candidates[action.id] = PlannedAction(
            action=action,
            timeframe=action.timeframe,
            priority=round(priority, 6),
            gap=round(gap, 6),
            critical=critical,
            quick_win=quick_win,
            gain_overall=round(gain_overall, 6),
            gain_area=round(gain_area, 6),
            lifts_cap=lifts_cap,
            triggered_by=tuple(hits),
            follows=(),
        )
    return ActionPlan(score=score, actions=_schedule(questionnaire, candidates))


def trigger_fires(trigger: Trigger, question: Question, answer: Answer) -> bool:
    """True when ``answer`` to ``question`` sets off ``trigger``."""
    return kind_of(question.type).trigger_fires(trigger, question, answer.value)


def _hits(
    action: Action, shown: Mapping[str, Question], answers: Mapping[str, Answer]
) -> list[TriggeringAnswer]:
    hits: dict[str, TriggeringAnswer] = {}
    for trigger in action.triggers:
        question = shown.get(trigger.question_id)
        answer = answers.get(trigger.question_id)
        if question is None or answer is None or trigger.question_id in hits:
            continue
        if trigger_fires(trigger, question, answer):
            points, critical, _ = answer_points(question, answer)
            hits[question.id] = TriggeringAnswer(question.id, question, answer, points, critical)
    return list(hits.values())


def _improved_answers(
    action: Action, hits: list[TriggeringAnswer], answers: Mapping[str, Answer]
) -> dict[str, Answer]:
    """The answers as they would be once the action is done."""
    improved = dict(answers)
    for hit in hits:
        triggers = [t for t in action.triggers if t.question_id == hit.question_id]
        value = _resolving_value(hit.question, hit.answer, triggers)
        if value is not None:
            improved[hit.question_id] = replace(hit.answer, value=value)
    return improved


def _resolving_value(
    question: Question, current: Answer, triggers: list[Trigger]
) -> AnswerValue | None:
    """The lowest-scoring answer that sets off none of ``triggers`` and beats ``current``."""
    current_points, _, _ = answer_points(question, current)

    def clears(value: AnswerValue) -> bool:
        probe = replace(current, value=value)
        points, _, _ = answer_points(question, probe)
        return points >= current_points and not any(
            trigger_fires(t, question, probe) for t in triggers
        )

    return kind_of(question.type).resolving_value(question, current.value, triggers, clears)


def _difference(after: float | None, before: float | None) -> float:
    if after is None:
        return 0.0
    return max(0.0, after - (before or 0.0))


def _schedule(
    questionnaire: Questionnaire, candidates: Mapping[str, PlannedAction]
) -> tuple[PlannedAction, ...]:
    """Order the actions: by period, then priority, never before a planned prerequisite."""
    follows = {a: _planned_prerequisites(questionnaire, a, candidates) for a in candidates}
    ranks: dict[str, int] = {}

    def rank(action_id: str) -> int:
        if action_id not in ranks:
            own = candidates[action_id].action.timeframe.rank
            ranks[action_id] = max([own, *(rank(p) for p in follows[action_id])])
        return ranks[action_id]

    periods = list(Timeframe)
    placed: list[PlannedAction] = []
    done: set[str] = set()
    remaining = set(candidates)
    while remaining:
        ready = [a for a in remaining if follows[a] <= done]
        best = min(
            ready,
            key=lambda a: (
                rank(a),
                -candidates[a].priority,
                candidates[a].action.effort.rank,
                _position(questionnaire, a),
            ),
        )
        planned = candidates[best]
        placed.append(
            replace(
                planned,
                timeframe=periods[rank(best)],
                follows=tuple(sorted(follows[best], key=lambda p: _position(questionnaire, p))),
            )
        )
        done.add(best)
        remaining.remove(best)
    return tuple(placed)


def _planned_prerequisites(
    questionnaire: Questionnaire, action_id: str, candidates: Mapping[str, PlannedAction]
) -> set[str]:
    """Prerequisites that are in the plan, looking through ones the firm has already done."""
    found: set[str] = set()
    stack = list(questionnaire.action(action_id).after)
    seen: set[str] = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        if current in candidates:
            found.add(current)
        else:
            stack.extend(questionnaire.action(current).after)
    return found


def _position(questionnaire: Questionnaire, action_id: str) -> int:
    for index, action in enumerate(questionnaire.actions):
        if action.id == action_id:
            return index
    return len(questionnaire.actions)
