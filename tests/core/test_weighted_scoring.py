"""Scoring worked out by hand on a questionnaire that uses what the shipped ones do not.

tests/data/questionnaires/weighted_bands.yaml has area weights 2 and 1, question weights 2
and 3, a number question scored by bands (0-9: 0 points and critical, 10-49: 2, 50+: 4) and a
multiple-choice question whose options add up to 8 points. Every expected value below is
written as the arithmetic that gives it (docs/questionnaire-format.md, "Scoring").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readiness_app.core.action_plan import build_plan_for_answers
from readiness_app.core.assessment import Answer, check_answer
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.core.scoring import answer_points, score_answers

WEIGHTED = Path(__file__).parents[1] / "data" / "questionnaires" / "weighted_bands.yaml"


@pytest.fixture(scope="module")
def weighted():
    return load_questionnaire(WEIGHTED)


def answers(questionnaire, **values) -> dict[str, Answer]:
    """Answers keyed by question id (``alpha__plan`` for ``alpha.plan``), checked by core."""
    result = {}
    for key, value in values.items():
        question_id = key.replace("__", ".")
        checked = check_answer(questionnaire.question(question_id), value)
        result[question_id] = Answer(question_id, checked)
    return result


def test_the_test_questionnaire_has_what_the_tests_rely_on(weighted) -> None:
    assert [(a.id, a.weight) for a in weighted.areas] == [("alpha", 2.0), ("beta", 1.0)]
    assert {q.id: q.weight for q in weighted.questions} == {
        "alpha.plan": 2.0, "alpha.tools": 1.0, "alpha.kit": 1.0,
        "beta.staff": 1.0, "beta.backup": 3.0}
    assert [(b.min_value, b.score, b.critical) for b in weighted.question("beta.staff").bands] \
        == [(0, 0, True), (10, 2, False), (50, 4, False)]
    assert sum(o.score for o in weighted.question("alpha.kit").options) == 8


# -- question weights


def test_question_weights_weigh_the_points_inside_an_area(weighted) -> None:
    # plan (weight 2) full = 4 points, tools (weight 1) none = 0 points:
    # 100 x (2 x 4 + 1 x 0) / ((2 + 1) x 4) = 800 / 12 = 66.67 (an unweighted mean gives 50)
    score = score_answers(weighted, answers(weighted, alpha__plan="full", alpha__tools="none"))
    alpha = score.area("alpha")
    assert alpha.score == pytest.approx(800 / 12)
    assert round(alpha.score, 2) == 66.67
    # the other way round: 100 x (2 x 0 + 1 x 4) / 12 = 33.33
    score = score_answers(weighted, answers(weighted, alpha__plan="none", alpha__tools="full"))
    assert score.area("alpha").score == pytest.approx(400 / 12)


def test_earned_and_lost_points_carry_the_question_weight(weighted) -> None:
    score = score_answers(weighted, answers(weighted, alpha__plan="some", alpha__tools="good"))
    alpha = score.area("alpha")
    # possible = (2 + 1) x 4 = 12; plan earns 2 x 2 = 4, tools earns 1 x 3 = 3
    assert alpha.score == pytest.approx(100 * 7 / 12)
    plan, tools = alpha.results
    assert (plan.question_id, plan.weight, plan.points) == ("alpha.plan", 2.0, 2.0)
    assert plan.earned == pytest.approx(100 * 4 / 12)  # 33.33
    assert plan.lost == pytest.approx(100 * 2 * (4 - 2) / 12)  # 33.33
    assert tools.earned == pytest.approx(100 * 3 / 12)  # 25.0
    assert tools.lost == pytest.approx(100 * 1 / 12)  # 8.33
    assert plan.earned + tools.earned == pytest.approx(alpha.score)


def test_a_heavy_question_outweighs_a_light_one(weighted) -> None:
    # beta: staff (weight 1) 50 -> 4 points, backup (weight 3) no -> 0 points
    # 100 x (1 x 4 + 3 x 0) / ((1 + 3) x 4) = 400 / 16 = 25.0 (an unweighted mean gives 50)
    score = score_answers(weighted, answers(weighted, beta__staff=50.0, beta__backup="no"))
    assert score.area("beta").score == pytest.approx(25.0)
    assert score.area("beta").level.id == "developing"  # 25 is the start of Developing


# -- area weights


def test_the_overall_score_weighs_the_areas(weighted) -> None:
    # alpha (weight 2) = 100 (plan full, tools full); beta (weight 1) = 0 (backup no)
    # overall = (2 x 100 + 1 x 0) / (2 + 1) = 66.67 (an unweighted mean gives 50)
    score = score_answers(weighted, answers(
        weighted, alpha__plan="full", alpha__tools="full", beta__backup="no"))
    assert score.area("alpha").score == pytest.approx(100.0)
    assert score.area("beta").score == pytest.approx(0.0)
    assert score.overall == pytest.approx(200 / 3)
    assert round(score.overall, 2) == 66.67
    assert score.level.id == "established"
    # swapped: (2 x 0 + 1 x 100) / 3 = 33.33
    score = score_answers(weighted, answers(
        weighted, alpha__plan="none", alpha__tools="none", beta__backup="yes"))
    assert score.overall == pytest.approx(100 / 3)
    assert score.level.id == "developing"


def test_an_area_with_no_answers_takes_no_share_of_the_overall_score(weighted) -> None:
    # only beta answered: 100 x (3 x 4) / (3 x 4) = 100; alpha is left out, not counted as 0
    score = score_answers(weighted, answers(weighted, beta__backup="yes"))
    assert score.area("alpha").score is None
    assert score.overall == pytest.approx(100.0)


# -- multiple choice capped at 4


@pytest.mark.parametrize(("picked", "points"), [
    ({"laptops", "server", "printer"}, 4.0),  # 3 + 3 + 2 = 8, capped at 4
    ({"laptops", "server"}, 4.0),  # 3 + 3 = 6, capped at 4
    ({"laptops", "printer"}, 4.0),  # 3 + 2 = 5, capped at 4
    ({"laptops"}, 3.0),
    ({"printer"}, 2.0),
    ({"nothing"}, 0.0),
])
def test_multiple_choice_points_add_up_to_at_most_4(weighted, picked, points) -> None:
    question = weighted.question("alpha.kit")
    earned, critical, _ = answer_points(question, Answer(question.id, frozenset(picked)))
    assert earned == points
    assert not critical


def test_a_capped_multiple_choice_answer_scores_the_area_at_100_not_more(weighted) -> None:
    # kit alone: min(4, 3 + 3 + 2) = 4 of 4 -> 100 (uncapped it would be 8 / 4 -> 200)
    score = score_answers(weighted, answers(
        weighted, alpha__kit=frozenset({"laptops", "server", "printer"})))
    alpha = score.area("alpha")
    assert alpha.score == pytest.approx(100.0)
    (kit,) = alpha.results
    assert (kit.points, kit.earned, kit.lost) == (4.0, pytest.approx(100.0), pytest.approx(0.0))
    assert kit.is_top and kit in score.strengths
    # with tools none: 100 x (1 x 4 + 1 x 0) / (2 x 4) = 50 (uncapped: 6 / 8 -> 75)
    score = score_answers(weighted, answers(
        weighted, alpha__kit=frozenset({"laptops", "server"}), alpha__tools="none"))
    assert score.area("alpha").score == pytest.approx(50.0)


# -- number bands


@pytest.mark.parametrize(("value", "points", "critical"), [
    (0.0, 0.0, True),
    (9.0, 0.0, True),
    (9.99, 0.0, True),
    (10.0, 2.0, False),  # exactly on a band's minimum: that band
    (10.01, 2.0, False),
    (49.0, 2.0, False),
    (49.99, 2.0, False),
    (50.0, 4.0, False),  # exactly on the top band's minimum
    (1000.0, 4.0, False),
])
def test_a_number_scores_the_band_it_falls_in(weighted, value, points, critical) -> None:
    question = weighted.question("beta.staff")
    earned, is_critical, text = answer_points(
        question, Answer(question.id, check_answer(question, value)))
    assert (earned, is_critical) == (points, critical)
    assert text.get() == f"{value:g} people"


def test_band_for_includes_each_band_minimum(weighted) -> None:
    question = weighted.question("beta.staff")
    assert question.band_for(0.0).min_value == 0
    assert question.band_for(10.0).min_value == 10
    assert question.band_for(50.0).min_value == 50
    assert question.band_for(-1.0) is None  # below every band (the loader's min stops this)


def test_a_number_on_a_band_boundary_scores_its_area_by_hand(weighted) -> None:
    # staff 10 -> 2 points (weight 1), backup yes -> 4 points (weight 3):
    # 100 x (1 x 2 + 3 x 4) / ((1 + 3) x 4) = 1400 / 16 = 87.5
    score = score_answers(weighted, answers(weighted, beta__staff=10.0, beta__backup="yes"))
    beta = score.area("beta")
    assert beta.score == pytest.approx(87.5)
    assert not beta.capped_by
    assert beta.level.id == "advanced"
    # staff 9 -> 0 points and critical: 100 x 12 / 16 = 75, but the level is held at Developing
    score = score_answers(weighted, answers(weighted, beta__staff=9.0, beta__backup="yes"))
    beta = score.area("beta")
    assert beta.score == pytest.approx(75.0)
    assert beta.capped_by == ("beta.staff",)
    assert beta.uncapped_level.id == "advanced" and beta.level.id == "developing"
    # staff 50 -> 4 points: 100 x 16 / 16 = 100
    score = score_answers(weighted, answers(weighted, beta__staff=50.0, beta__backup="yes"))
    assert score.area("beta").score == pytest.approx(100.0)


# -- everything at once


def test_weights_bands_and_the_cap_together(weighted) -> None:
    score = score_answers(weighted, answers(
        weighted,
        alpha__plan="some",  # 2 points x weight 2 = 4
        alpha__tools="good",  # 3 points x weight 1 = 3
        alpha__kit=frozenset({"laptops", "server"}),  # min(4, 6) = 4 points x weight 1 = 4
        beta__staff=10.0,  # band 10+: 2 points x weight 1 = 2
        beta__backup="yes",  # 4 points x weight 3 = 12
    ))
    # alpha = 100 x (4 + 3 + 4) / ((2 + 1 + 1) x 4) = 1100 / 16 = 68.75
    assert score.area("alpha").score == 68.75
    # beta = 100 x (2 + 12) / ((1 + 3) x 4) = 1400 / 16 = 87.5
    assert score.area("beta").score == 87.5
    # overall = (2 x 68.75 + 1 x 87.5) / (2 + 1) = 225 / 3 = 75.0: exactly Advanced
    assert score.overall == 75.0
    assert score.level.id == "advanced"
    assert not score.is_capped


# -- the plan's gains come from the same weighted scoring


def test_plan_gains_follow_the_weights_and_bands(weighted) -> None:
    plan = build_plan_for_answers(weighted, answers(
        weighted, alpha__plan="some", alpha__tools="good", beta__staff=10.0,
        beta__backup="yes"))
    # before: alpha = 100 x (2 x 2 + 1 x 3) / 12 = 58.33; beta = 87.5 (as above)
    # overall = (2 x 58.33 + 87.5) / 3 = (1400 / 12 + 87.5) / 3
    make_plan = plan.get("make-a-plan")
    assert make_plan is not None
    # plan some -> full: alpha = 100 x (2 x 4 + 3) / 12 = 91.67, a gain of 100 x 2 x 2 / 12
    assert make_plan.gain_area == pytest.approx(100 * 4 / 12)
    # overall gains the area's share: 2 / 3 of it
    assert make_plan.gain_overall == pytest.approx(2 / 3 * 100 * 4 / 12)
    grow = plan.get("grow-the-team")
    assert grow is not None
    # staff 10 is moved to the lowest number that is no longer below 4 points: 50 (band 50+)
    assert grow.triggered_by[0].points == 2.0
    # beta = 100 x (1 x 4 + 12) / 16 = 100, a gain of 12.5; overall gains 1 / 3 of it
    assert grow.gain_area == pytest.approx(12.5)
    assert grow.gain_overall == pytest.approx(12.5 / 3)
