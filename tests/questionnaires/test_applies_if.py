"""Questions and areas that apply (issue 14, item 5): a one-person business is not asked
about consulting staff; that area is "not applicable" with a reason in the app's data, the
PDF, the CLI and the plan JSON; the overall score is the weighted mean of the areas that
apply; no staff actions; a sole trader who plans to hire gets a "when you take on staff"
note instead."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness_app.core.action_plan import build_plan, build_plan_for_answers
from readiness_app.core.assessment import (
    Answer,
    Assessment,
    FirmProfile,
    SizeBand,
    shown_questions,
)
from readiness_app.core.assessment_file import assessment_to_json
from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.questionnaire_loader import load_questionnaire_text
from readiness_app.core.result_data import plan_to_dict, score_to_dict
from readiness_app.core.scoring import score_answers, score_assessment
from tests.helpers import (
    AREA_A,
    SOURCES,
    assessment_of,
    plan_content,
    small_questionnaire_yaml,
    top_answers,
    yes_no_yaml,
)


def perfect(questionnaire: Questionnaire, **extra: object) -> dict[str, Answer]:
    """Top answers everywhere (online services used, no monitoring)."""
    given = {key.replace(".", "__"): value for key, value in (
        ("cyber.cloud", "yes"),  # the quick check
        ("cyber.online_services", frozenset({"email"})),  # the full check from 1.2
        ("people.monitoring", "no"),
    ) if questionnaire.has_question(key)}
    return top_answers(questionnaire, **{**given, **extra})


def sole_trader(questionnaire: Questionnaire, **extra: object) -> Assessment:
    """A one-person bookkeeper: top answers on investment and cyber, people answers poor
    (as the issue's bookkeeper had), so any staff action that leaked through would show."""
    given = perfect(questionnaire, **{"people__staff": 1.0, **extra})
    for q in questionnaire.questions_in("people"):
        if q.options and q.is_scored:
            lowest = min(q.options, key=lambda o: o.score).id
            value: object = frozenset({lowest}) if q.type.value == "multi" else lowest
            given[q.id] = Answer(q.id, value)  # type: ignore[arg-type]
    firm = FirmProfile("Ledger & Co", size_band=SizeBand.MICRO, postcode="LS11 8PZ")
    return assessment_of(firm, questionnaire, given)


@pytest.mark.parametrize("name", ["uk_default", "quick_check"])
def test_a_sole_trader_is_not_scored_on_involving_staff(
    request: pytest.FixtureRequest, name: str
) -> None:
    questionnaire = request.getfixturevalue(name)
    assessment = sole_trader(questionnaire)
    score = score_assessment(questionnaire, assessment)
    people = score.area("people")
    assert not people.applies and people.score is None and people.level is None
    assert people.not_applicable_reason is not None
    assert "work on your own" in people.not_applicable_reason.get()
    # The weighted mean of the areas that apply: perfect investment and cyber give 100,
    # not the 70 the bookkeeper got when the people area counted.
    assert score.overall == pytest.approx(100.0)
    # Only the questions that decide it are asked in the area.
    shown = {q.id for q in shown_questions(questionnaire, assessment.answers,
                                           assessment.firm)}
    assert {q.id for q in questionnaire.questions_in("people")} & shown == \
        questionnaire.area("people").deciding_questions
    assert "people.staff" in shown
    plan = build_plan(questionnaire, assessment)
    assert not [p for p in plan.actions if p.action.area_id == "people"]


def test_two_people_are_asked_about_staff(uk_default) -> None:
    two = sole_trader(uk_default, people__staff=2.0)
    score = score_assessment(uk_default, two)
    assert score.area("people").applies
    assert score.area("people").score == pytest.approx(0.0)
    assert score.overall_uncapped == pytest.approx(200 / 3)  # (100 + 100 + 0) / 3
    assert any(p.action.area_id == "people" for p in build_plan(uk_default, two).actions)


def test_an_unanswered_staff_count_leaves_the_area_in(uk_default) -> None:
    """What is not known counts as applying: old assessments keep their staff area."""
    given = perfect(uk_default)
    given.pop("people.staff", None)
    assert score_answers(uk_default, given).area("people").applies


def test_a_sole_trader_who_plans_to_hire_gets_the_note(uk_default) -> None:
    hiring = score_assessment(uk_default, sole_trader(uk_default, people__hiring="yes"))
    not_hiring = score_assessment(uk_default, sole_trader(uk_default, people__hiring="no"))
    note = hiring.area("people").note
    assert note is not None and note.get().startswith("When you take on staff")
    assert not_hiring.area("people").note is None


def test_every_front_end_says_not_applicable_and_why(uk_default) -> None:
    assessment = sole_trader(uk_default, people__hiring="yes")
    plan = build_plan(uk_default, assessment)
    data = plan_to_dict(plan)
    assert [a["area"] for a in data["not_applicable"]] == ["people"]
    assert "work on your own" in data["not_applicable"][0]["reason"]
    assert data["not_applicable"][0]["note"].startswith("When you take on staff")
    people = next(a for a in score_to_dict(plan.score)["areas"] if a["id"] == "people")
    assert people["applies"] is False and people["score"] is None
    content = plan_content(uk_default, assessment)
    section = next(a for a in content.areas if a.title == "Involving your staff")
    assert not section.applies and "work on your own" in section.not_applicable_reason
    assert section.note.startswith("When you take on staff")
    assert content.staff_page is False  # no page on involving staff who do not exist
    assert all(row.area_title != "Involving your staff" for _, rows in content.plan
               for row in rows)


def test_the_cli_says_not_applicable(uk_default, tmp_path: Path, capsys) -> None:
    from readiness_app.cli import main

    path = tmp_path / "sole.readiness"
    path.write_text(assessment_to_json(sole_trader(uk_default, people__hiring="yes")),
                    encoding="utf-8")
    assert main(["score", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Involving your staff: not applicable. You work on your own" in out
    assert main(["plan", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["not_applicable"][0]["area"] == "people"
    assert not [a for a in data["actions"] if a["area"] == "people"]


def test_a_sole_trader_reads_owner_texts(uk_default) -> None:
    plan = build_plan(uk_default, sole_trader(uk_default, cyber__phishing="mentioned"))
    phishing = plan.get("phishing-awareness")
    assert phishing is not None
    assert phishing.text_title().get() == "Learn to spot and report suspicious messages"
    with_staff = build_plan(uk_default, sole_trader(uk_default, people__staff=5.0,
                                                     cyber__phishing="mentioned"))
    assert with_staff.get("phishing-awareness").text_title().get().startswith(  # type: ignore[union-attr]
        "Teach staff")


# ---------------------------------------------------------------- the format


_SMALL = small_questionnaire_yaml(
    AREA_A + """\
  - id: b
    title: {en: B}
    weight: 3
    description: {en: Area B}
    # area-extra
""", """\
  - id: a.size
    area: a
    type: number
    dont_know: false
    text: {en: "How many people?"}
    help: {en: "Help"}
    why: {en: "Why"}
""" + SOURCES + yes_no_yaml("a.q", "Do you?")
    + yes_no_yaml("b.q", "Do you too?", extra="    # question-extra\n"))

_AREA_RULE = """\
    applies_if:
      - {question: a.size, at_least: 2}
    not_applicable:
      reason: {en: "Only for firms with staff."}"""


def _load(area: str = "    # area-extra", question: str = "    # question-extra"
          ) -> Questionnaire:
    return load_questionnaire_text(_SMALL.replace("    # area-extra", area)
                                   .replace("    # question-extra", question), "small.yaml")


def test_the_overall_score_is_the_weighted_mean_of_the_areas_that_apply() -> None:
    q = _load(_AREA_RULE)
    given = {"a.size": Answer("a.size", 1.0), "a.q": Answer("a.q", "yes"),
             "b.q": Answer("b.q", "no")}
    assert score_answers(q, given).overall == pytest.approx(100.0)  # b (weight 3) left out
    given["a.size"] = Answer("a.size", 5.0)
    assert score_answers(q, given).overall == pytest.approx(25.0)  # (100 + 3 x 0) / 4


def test_a_question_can_apply_by_the_firm_s_size_band() -> None:
    q = _load(question="    applies_if:\n      - {firm: size_band, any_of: [medium, large]}")
    given = {"a.q": Answer("a.q", "yes"), "b.q": Answer("b.q", "no")}
    small = FirmProfile("F", size_band=SizeBand.SMALL)
    medium = FirmProfile("F", size_band=SizeBand.MEDIUM)
    assert "b.q" not in {x.id for x in shown_questions(q, given, small)}
    assert "b.q" in {x.id for x in shown_questions(q, given, medium)}
    assert "b.q" in {x.id for x in shown_questions(q, given, FirmProfile("F"))}  # not known
    assert score_answers(q, given, firm=small).overall == pytest.approx(100.0)
    assert [p.id for p in build_plan_for_answers(q, given, firm=small).actions] == []


@pytest.mark.parametrize(("area", "question", "expected", "line_of"), [
    (_AREA_RULE.replace("a.size", "a.sise"), "    # question-extra",
     "unknown question 'a.sise' (did you mean 'a.size'?)", "a.sise"),
    ("    applies_if:\n      - {question: a.size, at_least: 2}", "    # question-extra",
     "needs not_applicable", "  - id: b"),
    ("    # area-extra", "    applies_if:\n      - {firm: size, any_of: [small]}",
     "unknown firm field 'size'", "size, any_of"),
    ("    # area-extra", "    applies_if:\n      - {firm: size_band, any_of: [tiny]}",
     "'size_band' has no value 'tiny'", "tiny"),
    ("    # area-extra", "    applies_if:\n      - {question: a.size, any_of: ['1']}",
     "'a.size' is a number question; use at_least or below", "any_of: ['1']"),
    (_AREA_RULE + "\n      note_if: [{question: a.q, any_of: ['yes']}]", "    # question-extra",
     "note_if needs a note", "note_if"),
])
def test_badly_written_applies_if_is_an_error_with_file_and_line(
    area: str, question: str, expected: str, line_of: str
) -> None:
    text = _SMALL.replace("    # area-extra", area).replace("    # question-extra", question)
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire_text(text, "small.yaml")
    problems = [p for p in caught.value.problems if expected in p.message]
    assert problems, str(caught.value)
    expected_line = next(i for i, line in enumerate(text.splitlines(), start=1)
                         if line_of in line)
    assert problems[0].line == expected_line
    assert str(caught.value).count("small.yaml:") >= 1


def test_a_question_s_applies_if_only_looks_back() -> None:
    text = _SMALL.replace("  - id: a.q\n    area: a\n    type: yes_no\n",
                          "  - id: a.q\n    area: a\n    type: yes_no\n"
                          "    applies_if: [{question: b.q, any_of: ['yes']}]\n")
    with pytest.raises(QuestionnaireError, match="is asked later"):
        load_questionnaire_text(text, "small.yaml")
