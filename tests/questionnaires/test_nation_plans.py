"""One nation's plan (issue 14, item 6): texts and actions follow the firm's nation, chosen
from its postcode (or the nation picked when there is none), and a plan never names another
nation's scheme or route."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest

from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import Answer, Assessment, FirmProfile, SizeBand
from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire import Nation, Questionnaire
from readiness_app.core.questionnaire_loader import load_questionnaire_text
from readiness_app.services.local_support import firm_nation
from tests.helpers import (
    AREA_A,
    DO_IT,
    assessment_of,
    plan_content,
    small_questionnaire_yaml,
    yes_no_yaml,
)

E, W, S, NI = Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND

#: Names of schemes and routes that belong to some nations only, and the nations whose plans
#: may name them. A plan for any other nation must not.
SCHEMES: dict[str, set[Nation]] = {
    "Skills Bootcamp": {E},
    "Growth Hub": {E},
    "Business Wales": {W},
    "Business Gateway": {S},
    "Police Scotland": {S},
    "Invest Northern Ireland": {NI},
    "Labour Relations Agency": {NI},
    "10% of employees": {NI},
    "10% of staff": {NI},
    "Report Fraud": {E, W, NI},
    "Acas": {E, W, S},
    "2% of employees": {E, W, S},
    "2% of staff": {E, W, S},
}

#: A postcode in each nation (the example firms' own).
POSTCODES = {E: "LS11 8PZ", W: "SA31 1DL", S: "G12 9LU", NI: "BT28 2SA"}


def bottom_answers(questionnaire: Questionnaire) -> dict[str, Answer]:
    """Every scored question at its lowest answer, with online services, monitoring and 60
    staff whose request for consultation arrangements is pending: every action fires."""
    found = {q.id: Answer(q.id, min(q.options, key=lambda o: o.score).id)
             for q in questionnaire.questions if q.options and q.is_scored}
    for question_id, value in {"cyber.cloud": "yes", "people.monitoring": "yes",
                               "cyber.online_services": frozenset({"email"}),
                               "cyber.it_supplier": "yes", "people.decision_systems": "yes",
                               "people.staff": 60.0,
                               "people.consultation_body": "request_pending"}.items():
        if questionnaire.has_question(question_id) and (
                not isinstance(value, str)
                or value in questionnaire.question(question_id).option_ids()):
            found[question_id] = Answer(question_id, value)
    return found


def firm_in(nation: Nation, questionnaire: Questionnaire, *, postcode: bool = True
            ) -> Assessment:
    firm = FirmProfile("Firm", size_band=SizeBand.MEDIUM,
                       postcode=POSTCODES[nation] if postcode else "",
                       nation=None if postcode else nation)
    return assessment_of(firm, questionnaire, bottom_answers(questionnaire))


def texts(value: Any, skip: frozenset[str]) -> Iterator[str]:
    """Every string inside report content, leaving out the fields named in ``skip``."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name not in skip:
                yield from texts(getattr(value, f.name), skip)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from texts(item, skip)


# The bibliography cites publishers by name (a GB study is still the source of advice an
# NI firm reads); everything the firm is told to do or read as advice is scanned.
CITATIONS = frozenset({"sources", "staff_sources", "attribution"})


@pytest.mark.parametrize("questionnaire_name", ["uk_default", "quick_check"])
@pytest.mark.parametrize("nation", list(Nation))
@pytest.mark.parametrize("placed_by", ["postcode", "chosen nation"])
def test_a_plan_never_names_another_nation_s_scheme(
    request: pytest.FixtureRequest, questionnaire_name: str, nation: Nation, placed_by: str
) -> None:
    questionnaire = request.getfixturevalue(questionnaire_name)
    assessment = firm_in(nation, questionnaire, postcode=placed_by == "postcode")
    assert firm_nation(assessment.firm) is nation
    content = plan_content(questionnaire, assessment)
    plan = build_plan(questionnaire, assessment, nation=nation)
    assert plan.nation is nation
    read = "\n".join(texts(content, CITATIONS))
    if placed_by == "chosen nation":  # no postcode: the plan alone (support is UK-wide)
        read = "\n".join(text for p in plan.actions for text in (
            p.text_title().get(), p.text_what().get(), p.text_first_step().get()))
        read += "\n".join(q.in_nation(nation).help.get() + q.in_nation(nation).why.get()
                          for q in questionnaire.questions)
    for scheme, nations in SCHEMES.items():
        if nation not in nations:
            assert scheme not in read, f"{nation.label} plan names {scheme!r}"


def test_each_nation_reads_its_own_routes(uk_default) -> None:
    def plan_text(nation: Nation) -> str:
        plan = build_plan(uk_default, firm_in(nation, uk_default), nation=nation)
        return "\n".join(f"{p.text_what().get()} {p.text_first_step().get()}"
                         for p in plan.actions)

    assert "Police Scotland on 101" in plan_text(S)
    for nation in (E, W, NI):
        assert "Report Fraud" in plan_text(nation)
    assert "Skills Bootcamps" in plan_text(E)
    assert "Business Wales" in plan_text(W)
    assert "Labour Relations Agency" in plan_text(NI)
    assert "Acas" in plan_text(W)
    why = uk_default.question("people.consultation_body").in_nation
    assert "10% of employees" in why(NI).why.get() and "2,500" in why(NI).why.get()
    assert "2% of employees" in why(W).why.get() and "10%" not in why(W).why.get()


def test_without_a_nation_the_texts_name_every_nation_s_route(uk_default) -> None:
    firm = firm_in(E, uk_default, postcode=False)
    assessment = dataclasses.replace(firm, firm=dataclasses.replace(firm.firm, nation=None))
    plan = build_plan(uk_default, assessment)
    assert plan.nation is None
    incident = plan.get("write-incident-plan")
    assert incident is not None
    assert "Report Fraud" in incident.text_what().get()
    assert "Police Scotland" in incident.text_what().get()


def test_the_postcode_s_nation_wins_over_the_one_picked(uk_default) -> None:
    firm = FirmProfile("Firm", postcode=POSTCODES[S], nation=E)
    assert firm_nation(firm) is S
    assert firm_nation(FirmProfile("Firm", nation=W)) is W
    assert firm_nation(FirmProfile("Firm")) is None


def test_an_action_for_some_nations_only_is_left_out_elsewhere() -> None:
    questionnaire = load_questionnaire_text(_SMALL.replace(
        "    # action-extra", "    nations: [england]"), "small.yaml")
    given = {"a.q": Answer("a.q", "no")}

    def planned(nation: Nation | None) -> list[str]:
        assessment = assessment_of(FirmProfile("F"), questionnaire, given)
        return [p.id for p in build_plan(questionnaire, assessment, nation=nation).actions]

    assert planned(E) == ["do-it"]
    assert planned(S) == []
    assert planned(None) == ["do-it"]  # not known: not left out


def test_a_variant_naming_an_unknown_nation_is_an_error_with_file_and_line() -> None:
    text = _SMALL.replace("    # action-extra", (
        "    variants:\n"
        "      - nations: [scotlnd]\n"
        "        title: {en: \"Do it the Scottish way\"}"))
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire_text(text, "small.yaml")
    message = str(caught.value)
    assert "small.yaml:" in message
    assert "unknown nation 'scotlnd'" in message and "did you mean 'scotland'" in message
    problem = caught.value.problems[0]
    assert problem.line == text.splitlines().index("      - nations: [scotlnd]") + 1


@pytest.mark.parametrize(("extra", "expected"), [
    ("    nations: [wales, narnia]", "unknown nation 'narnia'"),
    ("    variants:\n      - title: {en: \"Other\"}", "a variant needs nations or when"),
    ("    variants:\n      - nations: [wales]\n        help: {en: \"Help\"}",
     "'help' cannot vary here"),
    ("    variants:\n      - nations: [wales]", "a variant needs at least one text"),
])
def test_badly_written_nation_rules_are_refused(extra: str, expected: str) -> None:
    with pytest.raises(QuestionnaireError, match=expected):
        load_questionnaire_text(_SMALL.replace("    # action-extra", extra), "small.yaml")


def test_a_question_varies_by_nation_only() -> None:
    text = _SMALL.replace("    # question-extra", (
        "    variants:\n"
        "      - when: [{question: a.q, any_of: ['no']}]\n"
        "        help: {en: \"Other help\"}"))
    with pytest.raises(QuestionnaireError, match="vary by nation only"):
        load_questionnaire_text(text, "small.yaml")
    good = load_questionnaire_text(_SMALL.replace("    # question-extra", (
        "    variants:\n"
        "      - nations: [northern_ireland]\n"
        "        why: {en: \"Why in NI\"}")), "small.yaml")
    question = good.question("a.q")
    assert question.in_nation(NI).why.get() == "Why in NI"
    assert question.in_nation(NI).help.get() == "Help"  # not varied: the question's own
    assert question.in_nation(W).why.get() == "Why"
    assert question.in_nation(None) is question


_SMALL = small_questionnaire_yaml(
    AREA_A, yes_no_yaml("a.q", "Do you?", extra="    # question-extra\n"), DO_IT)
