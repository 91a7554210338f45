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
