"""How long a questionnaire takes to answer (issue 15): seconds per question by type.

The estimate counts only the questions a firm is shown (``show_if``, ``applies_if`` and
areas that do not apply are taken into account). Each question costs a fixed time to read
the question, its help and decide, plus a few seconds per option to read the options. The
figures are our own assumption for an owner reading at an ordinary pace, checked against
the stated 20-30 minutes of the full check by the content tests; they are not a published
rule. ``Questionnaire.estimated_minutes`` gives the range between the fewest and the most
questions a firm can be shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from readiness_app.core.assessment import Answer, FirmProfile, shown_questions
from readiness_app.core.questionnaire import Question, Questionnaire, QuestionType

# Seconds to read a question with its help and settle on an answer, by type.
BASE_SECONDS: Mapping[QuestionType, int] = {
    QuestionType.YES_NO: 15,
    QuestionType.NUMBER: 20,
    QuestionType.SCALE: 20,
    QuestionType.MULTI: 20,
    QuestionType.TEXT: 30,  # optional free text: most people write a line or skip it
}
# Seconds to read each option of a scale or multi question (a tick-box list takes longer:
# each option is a separate yes or no).
OPTION_SECONDS: Mapping[QuestionType, int] = {
    QuestionType.SCALE: 5,
    QuestionType.MULTI: 6,
}


def question_seconds(question: Question) -> int:
    """The time one question takes, in seconds."""
    per_option = OPTION_SECONDS.get(question.type, 0)
    return BASE_SECONDS[question.type] + per_option * len(question.options)


def minutes_for(questionnaire: Questionnaire, answers: Mapping[str, Answer],
                firm: FirmProfile | None = None) -> float:
    """Minutes a firm with these answers spends on the questions it is shown."""
    shown = shown_questions(questionnaire, answers, firm)
    return sum(question_seconds(q) for q in shown) / 60


def is_conditional(questionnaire: Questionnaire, question: Question) -> bool:
    """True when some firms are not asked ``question`` (its own conditions, or an area
    that may not apply and that the question does not help decide)."""
    if question.show_if or question.applies_if:
        return True
    area = questionnaire.area(question.area_id)
    return bool(area.applies_if) and question.id not in area.deciding_questions


def minutes_range(questionnaire: Questionnaire) -> tuple[int, int]:
    """(fewest, most) whole minutes: only the questions every firm is asked, and every
    question. A typical firm lies in between."""
    always = sum(question_seconds(q) for q in questionnaire.questions
                 if not is_conditional(questionnaire, q))
    every = sum(question_seconds(q) for q in questionnaire.questions)
    return math.floor(always / 60), math.ceil(every / 60)
