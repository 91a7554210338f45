"""Answers that contradict each other, flagged for the firm to check rather than scored
blindly (the questionnaire's ``checks``; see docs/questionnaire-format.md)."""

from __future__ import annotations

from collections.abc import Mapping

from readiness_app.core.assessment import (
    Answer,
    FirmProfile,
    condition_holds,
    shown_questions,
)
from readiness_app.core.questionnaire import AnswerCheck, Questionnaire


def answers_to_check(
    questionnaire: Questionnaire, answers: Mapping[str, Answer],
    firm: FirmProfile | None = None,
) -> tuple[AnswerCheck, ...]:
    """The questionnaire's checks whose conditions all hold on shown, answered questions,
    in the order the questionnaire lists them."""
    if not questionnaire.checks:
        return ()
    shown = {q.id: q for q in shown_questions(questionnaire, answers, firm)}
    return tuple(
        check for check in questionnaire.checks
        if all(c.question_id in shown
               and condition_holds(c, answers.get(c.question_id), shown[c.question_id])
               for c in check.when)
    )
