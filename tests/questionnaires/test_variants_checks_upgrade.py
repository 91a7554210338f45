"""Actions that speak to where the firm is (issue 14, item 3), contradictions flagged as
"answers to check" (item 9), and assessments carried to a newer questionnaire version
(item 10)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from readiness_app.core.action_plan import build_plan_for_answers
from readiness_app.core.answer_checks import answers_to_check
from readiness_app.core.assessment import Answer, Assessment, FirmProfile
from readiness_app.core.assessment_file import assessment_to_json
from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.questionnaire_loader import load_questionnaire_text
from readiness_app.core.upgrade import carry_answers, is_newer
from tests.helpers import (
    AREA_A,
    DO_IT,
    assessment_of,
    plan_content,
    small_questionnaire_yaml,
    top_answers,
    yes_no_yaml,
)


def nearly_perfect(questionnaire: Questionnaire, **changes: object) -> dict[str, Answer]:
    """Top answers everywhere except no backups and no two-step sign-in (the issue's firm
    that read "94 out of 100"), with ``changes`` on top."""
    base: dict[str, object] = {"cyber.cloud": "yes",  # up to 1.1
                               "cyber.online_services": frozenset({"email"}),  # from 1.2
                               "people.monitoring": "no",
                               "people.staff": 20.0, "cyber.backups": "none",
                               "cyber.two_step": "none"}
    base.update({k.replace("__", "."): v for k, v in changes.items()})
    return top_answers(questionnaire, **{key.replace(".", "__"): value
                                         for key, value in base.items()
                                         if questionnaire.has_question(key)})


# ------------------------------------------------------------------ answer variants


def test_the_backup_action_follows_the_answer(uk_default) -> None:
    def backup_action(answer: str):  # type: ignore[no-untyped-def]
        plan = build_plan_for_answers(uk_default, nearly_perfect(uk_default,
                                                                 cyber__backups=answer))
        planned = plan.get("set-up-backups")
        assert planned is not None
        return planned

    none, sometimes, automatic = (backup_action(a) for a in ("none", "sometimes", "automatic"))
    assert none.text_title().get() == "Set up automatic backups and test them"
    assert sometimes.text_title().get() == "Make your backups automatic, then test them"
    assert automatic.text_title().get() == "Test restoring your backups"
    assert "restore" in automatic.text_first_step().get() or \
        "get back" in automatic.text_first_step().get()
    assert "List the files" in none.text_first_step().get()
    # The gain follows the answer too: testing restores closes one point of four, setting
    # up backups from nothing closes four (and lifts the critical gap).
    assert automatic.gain_area < sometimes.gain_area < none.gain_area
    assert none.critical and none.lifts_cap and not automatic.critical
    assert automatic.tier > none.tier  # no longer an outright fail


def test_a_firm_with_a_changed_router_password_is_not_told_to_change_it(uk_default) -> None:
    plan = build_plan_for_answers(uk_default, nearly_perfect(uk_default,
                                                             cyber__router_password="changed"))
    router = plan.get("secure-router")
    assert router is not None
    assert "change the router" not in router.text_title().get().lower()
    assert router.text_title().get() == "Check the router's settings once a year"


def test_an_answer_variant_must_name_real_questions_and_options() -> None:
    text = _SMALL.replace("    # action-extra", (
        "    variants:\n"
        "      - when: [{question: a.q, any_of: [maybe]}]\n"
        "        title: {en: \"Other\"}"))
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire_text(text, "small.yaml")
    problem = caught.value.problems[0]
    assert "'a.q' has no option 'maybe'" in problem.message
    assert problem.line == text.splitlines().index(
        "      - when: [{question: a.q, any_of: [maybe]}]") + 1


# ------------------------------------------------------------------ answers to check


def test_a_certificate_without_two_step_sign_in_is_flagged(uk_default) -> None:
    given = nearly_perfect(uk_default, cyber__certification="certified")
    flagged = [c.id for c in answers_to_check(uk_default, given)]
    assert "certificate-without-two-step" in flagged
    given = nearly_perfect(uk_default, cyber__certification="certified",
                           cyber__two_step="all")
    assert "certificate-without-two-step" not in [c.id for c in answers_to_check(uk_default,
                                                                                 given)]


def test_selling_online_without_online_services_is_flagged(uk_default) -> None:
    given = nearly_perfect(uk_default, cyber__online_services=frozenset({"none"}),
                           investment__areas=frozenset({"online_sales", "accounts"}))
    assert [c.id for c in answers_to_check(uk_default, given)] == [
        "online-sales-without-online-services"]
    given["investment.areas"] = Answer("investment.areas", frozenset({"accounts"}))
    assert answers_to_check(uk_default, given) == ()


def test_answers_to_check_reach_the_pdf_and_the_cli(uk_default, tmp_path: Path,
                                                    capsys) -> None:
    from readiness_app.cli import main

    firm = FirmProfile("Checkers Ltd", postcode="LS11 8PZ")
    assessment = assessment_of(firm, uk_default, nearly_perfect(
        uk_default, cyber__certification="certified"))
    content = plan_content(uk_default, assessment)
    assert any("You hold Cyber Essentials, but two-step" in c
               for c in content.answers_to_check)
    path = tmp_path / "checkers.readiness"
    path.write_text(assessment_to_json(assessment), encoding="utf-8")
    assert main(["score", str(path)]) == 0
    assert "Answers to check" in capsys.readouterr().out
    assert main(["plan", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["answers_to_check"][0]["id"] == "certificate-without-two-step"
    assert data["answers_to_check"][0]["questions"] == ["cyber.certification",
                                                        "cyber.two_step"]


@pytest.mark.parametrize(("checks", "expected"), [
    ("  - id: c\n    when:\n      - {question: a.q, any_of: ['no']}\n    text: {en: T}",
     "at least 2"),
    ("  - id: c\n    when:\n      - {question: a.q, any_of: ['no']}\n"
     "      - {question: a.r, any_of: ['yes']}\n    text: {en: T}", "unknown question 'a.r'"),
    ("  - id: c\n    when:\n      - {question: a.q, any_of: ['no']}\n"
     "      - {question: a.q, any_of: ['yes']}\n    text: {en: T}", "name each question once"),
])
def test_badly_written_checks_are_refused(checks: str, expected: str) -> None:
    with pytest.raises(QuestionnaireError, match=expected):
        load_questionnaire_text(_SMALL + "checks:\n" + checks + "\n", "small.yaml")


# ------------------------------------------------------------------ questionnaire upgrade


def test_an_assessment_on_1_0_carries_to_1_1_and_the_original_stays(
        uk_default_1_0, uk_default_1_1) -> None:
    assert is_newer(uk_default_1_1, uk_default_1_0)
    old = dataclasses.replace(Assessment.start(FirmProfile("Old Firm"), uk_default_1_0),
                              answers=nearly_perfect(uk_default_1_0))
    result = carry_answers(uk_default_1_0, uk_default_1_1, old)
    assert result.assessment.questionnaire_version == "1.1"
    assert result.assessment.id != old.id
    assert set(result.carried) == set(old.answers)  # every question carried unchanged
    assert result.new == ("people.hiring",)
    assert result.left_behind == ()
    assert {k: a.value for k, a in result.assessment.answers.items()} == {
        k: a.value for k, a in old.answers.items()}
    assert old.questionnaire_version == "1.0"  # not changed


def test_changed_and_removed_questions_are_listed_not_lost(quick_check) -> None:
    text = _SMALL
    newer = load_questionnaire_text(
        text.replace('version: "1"', 'version: "2"')
        .replace("- {id: \"no\", score: 0}", "- {id: \"no\", score: 1}")
        .replace("  - id: a.gone\n", "  - id: a.new\n"), "small-2.yaml")
    older = load_questionnaire_text(text, "small.yaml")
    old = dataclasses.replace(Assessment.start(FirmProfile("F"), older), answers={
        "a.q": Answer("a.q", "no", note="asked the owner"),
        "a.gone": Answer("a.gone", "yes")})
    result = carry_answers(older, newer, old)
    assert result.carried == ()
    assert {(x.question_id, x.why, x.answer) for x in result.left_behind} == {
        ("a.q", "asked differently now", "No"), ("a.gone", "no longer asked", "Yes")}
    assert result.new == ("a.new",)
    assert "stay in the assessment made on version 1" in result.describe()
    assert old.answers["a.q"].note == "asked the owner"  # the original keeps everything


def test_the_cli_upgrades_on_request_and_reads_the_old_version_otherwise(
        tmp_path: Path, capsys) -> None:
    from readiness_app.cli import main

    cafe = Path(__file__).parents[1] / "data" / "assessments" / "cafe_quick_check.readiness"
    assert main(["score", str(cafe), "--json"]) == 0
    as_made = json.loads(capsys.readouterr().out)
    assert as_made["questionnaire"]["version"] == "1.0"  # the old result stays readable
    assert main(["score", str(cafe), "--json", "--upgrade"]) == 0
    captured = capsys.readouterr()
    carried = json.loads(captured.out)
    assert carried["questionnaire"]["version"] == "1.2"
    # 14 answers carry as given; the ticked virus protection among the basics becomes the
    # answer to 1.2's own virus-protection question (issue 15), so 15 answers and nothing new
    assert "Carried from version 1.0 to 1.2: 15 answers carried over, 0 new" in captured.err
    # virus protection now counts as a whole question of its own: the café's cyber score,
    # and so its overall score, rises a little (29.86 to 32.78)
    assert as_made["overall"] < carried["overall"] < as_made["overall"] + 5


_SMALL = small_questionnaire_yaml(AREA_A, yes_no_yaml("a.q", "Do you?")
                                  + yes_no_yaml("a.gone", "Do you still?", no_score=2), DO_IT)
