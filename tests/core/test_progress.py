"""The question count: fixed numbers and a total that never moves as answers are given."""

from __future__ import annotations

from readiness_app.core.assessment import Answer
from readiness_app.core.progress import progress, question_numbers
from readiness_app.services.catalogue import load_catalogue


def test_every_shipped_question_can_be_asked_and_keeps_its_number() -> None:
    for questionnaire in load_catalogue().questionnaires:
        numbers = question_numbers(questionnaire)
        assert list(numbers) == [q.id for q in questionnaire.questions]
        assert list(numbers.values()) == list(range(1, len(questionnaire.questions) + 1))


def test_the_total_does_not_move_when_a_follow_up_appears_or_goes() -> None:
    questionnaire = load_catalogue().find("quick-check", "1.0")
    assert questionnaire is not None
    cloud = questionnaire.question("cyber.cloud")
    follow_up = next(q for q in questionnaire.questions
                     if any(c.question_id == "cyber.cloud" for c in q.show_if))
    none = progress(questionnaire, {})
    yes = progress(questionnaire, {cloud.id: Answer(cloud.id, "yes")})
    no = progress(questionnaire, {cloud.id: Answer(cloud.id, "no")})
    assert none.total == yes.total == no.total == len(questionnaire.questions)
    assert yes.shown == no.shown + 1  # the follow-up is asked only after "yes"
    assert yes.answered == no.answered == 1
    assert question_numbers(questionnaire)[follow_up.id] == (
        question_numbers(questionnaire)[cloud.id] + 1)


def test_the_quick_checks_counts_add_up() -> None:
    """The review once said "2 of 12 answered; 9 not answered" (11): the optional free-text
    question was counted in one number and not the other."""
    questionnaire = load_catalogue().find("quick-check", "1.0")
    assert questionnaire is not None
    first, second = questionnaire.questions[0], questionnaire.questions[1]
    answers = {q.id: Answer(q.id, q.options[0].id) for q in (first, second)}
    counts = progress(questionnaire, answers)
    assert counts.answered + counts.open + counts.not_asked == counts.total
    assert counts.summary() == ("2 of 12 questions answered; 10 not answered yet (1 of them "
                                "optional); 3 follow-up questions not asked for your answers.")
    assert sum(a.answered for a in counts.areas) == counts.answered
    assert sum(a.shown for a in counts.areas) == counts.shown
