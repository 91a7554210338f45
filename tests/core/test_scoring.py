"""Scoring: hand-checked values, and properties that must hold for any answers."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readiness_app.core.assessment import DONT_KNOW, Answer, shown_questions
from readiness_app.core.questionnaire import QuestionType
from readiness_app.core.scoring import answer_points, score_answers

from .strategies import answer_sets


def answers(**values) -> dict[str, Answer]:
    return {k.replace("__", "."): Answer(k.replace("__", "."), v) for k, v in values.items()}


def test_top_answers_score_100(quick_check) -> None:
    best = {}
    for q in quick_check.questions:
        if q.type in (QuestionType.SCALE, QuestionType.YES_NO) and q.is_scored:
            best[q.id] = Answer(q.id, max(q.options, key=lambda o: o.score).id)
    best["cyber.basics"] = Answer("cyber.basics", frozenset(
        {"firewall", "screen_lock", "default_passwords", "admin_separate"}))
    score = score_answers(quick_check, best)
    assert score.overall == pytest.approx(100.0)
    assert score.level.id == "advanced"
    assert all(a.score == pytest.approx(100.0) for a in score.areas)
    assert not score.critical_gaps


def test_area_score_is_the_weighted_share_of_points(quick_check) -> None:
    score = score_answers(quick_check, answers(
        cyber__backups="none", cyber__updates="some_automatic", cyber__cloud="yes",
        cyber__two_step="some", cyber__basics=frozenset({"firewall"})))
    cyber = score.area("cyber")
    # (0 + 2 + 2 + 1) points of 4 x 4 possible
    assert cyber.score == pytest.approx(100 * 5 / 16)
    assert cyber.level.id == "developing"
    assert set(cyber.capped_by) == {"cyber.backups", "cyber.updates", "cyber.two_step"}
    # every answer says what it earned and lost; earned adds up to the score
    assert sum(r.earned for r in cyber.results) == pytest.approx(cyber.score)
    backups = next(r for r in cyber.results if r.question_id == "cyber.backups")
    assert backups.lost == pytest.approx(25.0) and backups.earned == 0
    # only one area answered: the overall score is that area's score
    assert score.overall == pytest.approx(cyber.score)
    assert score.area("investment").score is None


def test_a_critical_gap_caps_the_level_not_the_score(quick_check) -> None:
    score = score_answers(quick_check, answers(
        cyber__backups="none", cyber__updates="all_automatic", cyber__cloud="no",
        cyber__basics=frozenset({"firewall", "screen_lock", "default_passwords",
                                 "admin_separate"})))
    cyber = score.area("cyber")
    assert cyber.score == pytest.approx(100 * 8 / 12)
    assert cyber.uncapped_level.id == "established"
    assert cyber.level.id == "developing" and cyber.is_capped
    assert cyber.capped_by == ("cyber.backups",)
    assert score.is_capped and score.level.id == "developing"


def test_dont_know_scores_nothing_is_listed_and_can_be_critical(quick_check) -> None:
    score = score_answers(quick_check, answers(
        cyber__backups=DONT_KNOW, investment__plan=DONT_KNOW,
        investment__skills="skilled_or_supplier"))
    assert {r.question_id for r in score.dont_know} == {"cyber.backups", "investment.plan"}
    assert score.area("investment").score == pytest.approx(50.0)
    # backups has a critical answer, so not knowing is treated as the gap
    assert "cyber.backups" in score.area("cyber").capped_by
    assert "investment.plan" not in score.area("investment").capped_by


def test_unanswered_and_hidden_questions(quick_check) -> None:
    score = score_answers(quick_check, answers(
        cyber__cloud="no", cyber__two_step="none", people__staff=10.0))
    cyber = score.area("cyber")
    # two_step is hidden (no cloud), so its answer is ignored and it is not unanswered
    assert "cyber.two_step" not in cyber.unanswered
    assert not cyber.results
    assert cyber.score is None
    assert set(cyber.unanswered) == {"cyber.backups", "cyber.updates", "cyber.basics",
                                     "cyber.malware"}
    people = score.area("people")
    assert "people.consultation_body" not in people.unanswered  # fewer than 50 staff
    assert people.answered == 1 and people.applicable == 4
    assert score.coverage == pytest.approx(2 / 12)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_scores_stay_in_bounds_and_explain_themselves(quick_check, data) -> None:
    score = score_answers(quick_check, data.draw(answer_sets(quick_check)))
    assert 0.0 <= score.coverage <= 1.0
    if score.overall is not None:
        assert 0.0 <= score.overall <= 100.0
    for area in score.areas:
        if area.score is None:
            assert area.level is None and not area.results
            continue
        assert 0.0 <= area.score <= 100.0
        assert sum(r.earned for r in area.results) == pytest.approx(area.score)
        assert sum(r.earned + r.lost for r in area.results) == pytest.approx(100.0)
        assert area.level is not None
        assert (area.level != area.uncapped_level) <= bool(area.capped_by)


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_better_answer_never_lowers_a_score(quick_check, data) -> None:
    before_answers = data.draw(answer_sets(quick_check))
    shown = shown_questions(quick_check, before_answers)
    candidates = [q for q in shown if q.is_scored and q.id in before_answers
                  and q.type in (QuestionType.SCALE, QuestionType.YES_NO, QuestionType.MULTI)]
    if not candidates:
        return
    question = data.draw(st.sampled_from(candidates))
    old = before_answers[question.id]
    old_points, _, _ = answer_points(question, old)
    if question.type is QuestionType.MULTI:
        extra = data.draw(st.sampled_from([o.id for o in question.options if not o.exclusive]))
        base = old.value if isinstance(old.value, frozenset) else frozenset()
        base = frozenset(v for v in base if not question.option(v).exclusive)
        new_value = base | {extra}
    else:
        better = [o.id for o in question.options if o.score >= old_points]
        new_value = data.draw(st.sampled_from(better))
    after_answers = {**before_answers, question.id: replace(old, value=new_value)}
    # improving a scored answer must not change which questions are shown here
    assert shown_questions(quick_check, after_answers) == shown
    before = score_answers(quick_check, before_answers)
    after = score_answers(quick_check, after_answers)
    assert after.area(question.area_id).score >= before.area(question.area_id).score - 1e-9
    assert after.overall >= before.overall - 1e-9


@settings(max_examples=100, deadline=None)
@given(data=st.data(), seed=st.integers(0, 2**32))
def test_the_order_of_answers_does_not_matter(quick_check, data, seed) -> None:
    given_answers = data.draw(answer_sets(quick_check))
    items = list(given_answers.items())
    random.Random(seed).shuffle(items)
    assert score_answers(quick_check, dict(items)) == score_answers(quick_check, given_answers)


def _nearly_perfect(questionnaire) -> dict:
    """Top answers everywhere except no backups and no two-step sign-in."""
    from readiness_app.core.assessment import Answer

    best = {}
    for q in questionnaire.questions:
        if q.options and q.is_scored:
            if q.type.value == "multi":
                value = frozenset(o.id for o in q.options if not o.exclusive)
            else:
                value = max(q.options, key=lambda o: o.score or 0).id
            best[q.id] = Answer(q.id, value)
    if questionnaire.has_question("cyber.cloud"):  # up to 1.1
        best["cyber.cloud"] = Answer("cyber.cloud", "yes")
    if questionnaire.has_question("cyber.online_services"):  # from 1.2
        best["cyber.online_services"] = Answer("cyber.online_services", frozenset({"email"}))
    best["people.monitoring"] = Answer("people.monitoring", "no")
    best["people.staff"] = Answer("people.staff", 20.0)
    best["cyber.backups"] = Answer("cyber.backups", "none")
    best["cyber.two_step"] = Answer("cyber.two_step", "none")
    return best


def test_a_critical_gap_holds_the_headline_inside_its_band(uk_default) -> None:
    from readiness_app.core.scoring import critical_gap_summary

    score = score_answers(uk_default, _nearly_perfect(uk_default))
    assert score.overall_uncapped is not None and score.overall_uncapped > 90
    assert score.level is not None and score.level.id == "developing"
    assert score.overall == pytest.approx(49.0)  # held: never "94 out of 100, Developing"
    assert score.is_held and score.is_capped
    # The what-if re-scores with both critical answers moved to the lowest non-critical one
    # (backups "sometimes", two-step for "all" services since "some" is critical too).
    fixed = dict(_nearly_perfect(uk_default))
    from readiness_app.core.assessment import Answer
    fixed["cyber.backups"] = Answer("cyber.backups", "sometimes")
    fixed["cyber.two_step"] = Answer("cyber.two_step", "all")
    assert score.fixed_overall == pytest.approx(score_answers(uk_default, fixed).overall)
    summary = critical_gap_summary(score)
    assert summary.startswith("2 critical gaps hold the score at 49 (Developing)")
    from readiness_app.core.text import score_text

    assert f"would be about {score_text(score.fixed_overall)}" in summary


def test_a_score_without_critical_gaps_is_not_held(uk_default) -> None:
    from readiness_app.core.assessment import Answer
    from readiness_app.core.scoring import critical_gap_summary

    answers = _nearly_perfect(uk_default)
    answers["cyber.backups"] = Answer("cyber.backups", "tested")
    answers["cyber.two_step"] = Answer("cyber.two_step", "all")
    score = score_answers(uk_default, answers)
    assert score.overall == score.overall_uncapped and not score.is_held
    assert score.fixed_overall is None and critical_gap_summary(score) == ""
