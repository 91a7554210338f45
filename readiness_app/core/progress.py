"""Where the firm is in a questionnaire: "Question 12 of 44", the same count everywhere.

The total is the number of questions that *can* be asked: every question whose ``show_if``
conditions refer only to questions that can themselves be asked (the loader checks they refer
to earlier questions, so in the shipped questionnaires that is every question). It does not
change as answers are given, so the progress bar never jumps backwards when a follow-up
question appears. Each question keeps its number for good (the page, the sidebar and the
review use the same one); a follow-up that is not asked is simply passed over, so the numbers
may skip, but the total never moves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from readiness_app.core.assessment import Answer, shown_questions
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import Questionnaire


def question_numbers(questionnaire: Questionnaire) -> Mapping[str, int]:
    """Each question that can be asked and its fixed number (1, 2, …), in the order asked."""
    possible: dict[str, int] = {}
    for question in questionnaire.questions:
        if all(c.question_id in possible for c in question.show_if):
            possible[question.id] = len(possible) + 1
    return MappingProxyType(possible)


@dataclass(frozen=True, slots=True)
class Progress:
    """How far through the questionnaire the firm is."""

    total: int  # questions that can be asked (fixed for the questionnaire)
    shown: int  # questions asked given the answers so far
    answered: int  # of those, answered (including "don't know")
    required: int  # of those, the ones that need an answer (free text is optional)
    required_answered: int

    @property
    def complete(self) -> bool:
        """True when every question that needs an answer has one."""
        return self.required_answered >= self.required

    def describe(self) -> str:
        """"12 of 40 questions answered" (of the questions asked)."""
        return f"{self.answered} of {self.shown} questions answered"


def progress(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> Progress:
    """The firm's progress given its answers so far."""
    shown = shown_questions(questionnaire, answers)
    required = [q for q in shown if not kind_of(q.type).optional]
    return Progress(
        total=len(question_numbers(questionnaire)),
        shown=len(shown),
        answered=sum(1 for q in shown if q.id in answers),
        required=len(required),
        required_answered=sum(1 for q in required if q.id in answers),
    )
