"""Hypothesis strategies: random but valid answers to a questionnaire."""

from __future__ import annotations

from hypothesis import strategies as st

from readiness_app.core.assessment import DONT_KNOW, Answer
from readiness_app.core.questionnaire import Question, Questionnaire, QuestionType


def answer_values(question: Question) -> st.SearchStrategy[object]:
    """Any value the question accepts."""
    dont_know = [st.just(DONT_KNOW)] if question.allow_dont_know else []
    if question.type in (QuestionType.SCALE, QuestionType.YES_NO):
        return st.one_of(st.sampled_from([o.id for o in question.options]), *dont_know)
    if question.type is QuestionType.MULTI:
        plain = [o.id for o in question.options if not o.exclusive]
        exclusive = [frozenset({o.id}) for o in question.options if o.exclusive]
        return st.one_of(st.frozensets(st.sampled_from(plain)), st.sampled_from(exclusive),
                         *dont_know)
    if question.type is QuestionType.NUMBER:
        low = question.min_value if question.min_value is not None else 0
        return st.one_of(st.integers(int(low), 400).map(float), *dont_know)
    return st.text(max_size=30).filter(lambda t: t.isprintable())


@st.composite
def answer_sets(draw: st.DrawFn, questionnaire: Questionnaire) -> dict[str, Answer]:
    """Answers to a random subset of the questions (hidden ones included: they are ignored)."""
    answers: dict[str, Answer] = {}
    for question in questionnaire.questions:
        if draw(st.booleans()) or draw(st.booleans()):
            value = draw(answer_values(question))
            answers[question.id] = Answer(question.id, value)  # type: ignore[arg-type]
    return answers
