"""The action plan: which actions, in what order, with gains computed by re-scoring."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readiness_app.core.action_plan import _resolving_value, build_plan_for_answers, trigger_fires
from readiness_app.core.assessment import DONT_KNOW, Answer, shown_questions
from readiness_app.core.questionnaire import Timeframe
from readiness_app.core.questionnaire_loader import load_questionnaire_text
from readiness_app.core.scoring import ScoringMemo, score_answers

from .strategies import answer_sets


def answers(**values) -> dict[str, Answer]:
    return {k.replace("__", "."): Answer(k.replace("__", "."), v) for k, v in values.items()}


def test_gaps_become_actions_and_top_answers_do_not(quick_check) -> None:
    plan = build_plan_for_answers(quick_check, answers(
        cyber__backups="none", investment__plan="reviewed", people__consult="asked"))
    ids = [a.id for a in plan.actions]
    assert "set-up-backups" in ids
    assert "write-technology-plan" not in ids  # top answer: nothing to do
    assert "ask-staff-first" not in ids  # "asked" scores 3, the trigger is below 3
    assert "run-staff-trial" in ids  # but trying it out first is still missing
    assert build_plan_for_answers(quick_check, answers(investment__plan="reviewed")).actions == ()


def test_gain_is_the_difference_when_the_answer_is_improved(quick_check) -> None:
    given = answers(cyber__backups="none", cyber__updates="all_automatic", cyber__cloud="no",
                    investment__plan="written")
    plan = build_plan_for_answers(quick_check, given)
    backups = plan.get("set-up-backups")
    # set-up-backups fires below 4 points, so doing it means the top answer, "tested"
    after = score_answers(quick_check, {**given, "cyber.backups": Answer("cyber.backups",
                                                                         "tested")})
    before = plan.score
    assert backups.gain_area == pytest.approx(after.area("cyber").score
                                              - before.area("cyber").score)
    assert backups.gain_overall == pytest.approx(after.overall_uncapped - before.overall_uncapped)
    assert backups.gain_area == pytest.approx(50.0)
    assert backups.critical and backups.lifts_cap and backups.quick_win
    # the plan writing action: "written" (3) -> nothing lower clears "below 3"... it is not there
    assert plan.get("write-technology-plan") is None


def test_ranking_puts_critical_gaps_first(quick_check) -> None:
    plan = build_plan_for_answers(quick_check, answers(
        cyber__backups="none", investment__plan="ideas", people__training="some"))
    top = plan.top_priorities(1)[0]
    assert top.id == "set-up-backups"
    assert top.priority == pytest.approx(2.0)  # weight 1 x gap 1 x critical 2
    first_period = plan.in_timeframe(Timeframe.DAYS_30)
    assert first_period[0].id == "set-up-backups"


def test_dont_know_triggers_actions_and_multi_missing_options(quick_check) -> None:
    plan = build_plan_for_answers(quick_check, answers(
        cyber__basics=frozenset({"firewall", "screen_lock", "default_passwords"}),
        people__staff=80.0, people__consultation_body=DONT_KNOW))
    fix = plan.get("fix-basic-protections")
    assert fix is not None and fix.gain_area == pytest.approx(25.0)
    assert plan.get("set-up-staff-forum") is not None


MINI = """\
format: 1
id: order
version: "1"
title: {en: Order}
language: en
description: {en: d}
areas:
  - {id: a, title: {en: A}, weight: 1, description: {en: d}}
questions:
%s
actions:
%s
"""


def _q(qid: str) -> str:
    return textwrap.indent(textwrap.dedent(f"""\
        - id: {qid}
          area: a
          type: scale
          text: {{en: Q}}
          help: {{en: H}}
          why: {{en: W}}
          options:
            - {{id: low, text: {{en: Low}}, score: 0}}
            - {{id: high, text: {{en: High}}, score: 4}}
          sources:
            - {{name: N, section: S, url: "https://example.org", version: "1"}}"""), "  ")


def _a(aid: str, qid: str, timeframe: str, after: str = "[]", effort: str = "S") -> str:
    return (f"  - {{id: {aid}, area: a, title: {{en: {aid}}}, what: {{en: w}}, "
            f"first_step: {{en: f}}, effort: {effort}, cost: none, timeframe: {timeframe}, "
            f"who: [owner], topic: cyber, after: {after}, "
            f"triggers: [{{question: {qid}, answers: [low]}}]}}")


def test_an_action_never_comes_before_its_prerequisites() -> None:
    text = MINI % ("\n".join(_q(q) for q in ("q1", "q2", "q3", "q4")), "\n".join([
        _a("soon", "q1", "30_days", "[slow]"),        # wants 30 days but needs "slow" first
        _a("slow", "q2", "3_months"),
        _a("final", "q3", "30_days", "[done-already]"),
        _a("done-already", "q4", "30_days", "[slow]"),  # not in the plan: q4 is answered high
    ]))
    q = load_questionnaire_text(text, "order.yaml")
    plan = build_plan_for_answers(q, answers(q1="low", q2="low", q3="low", q4="high"))
    order = [a.id for a in plan.actions]
    assert order.index("slow") < order.index("soon")
    assert plan.get("soon").timeframe is Timeframe.MONTHS_3  # moved to its prerequisite's period
    assert plan.get("soon").follows == ("slow",)
    # a prerequisite already done is looked through to the one behind it
    assert plan.get("final").follows == ("slow",)
    assert order.index("slow") < order.index("final")
    assert plan.get("done-already") is None


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_plan_properties_hold_for_any_answers(quick_check, data) -> None:
    given = data.draw(answer_sets(quick_check))
    plan = build_plan_for_answers(quick_check, given)
    shown = {q.id: q for q in shown_questions(quick_check, given)}
    position = {a.id: i for i, a in enumerate(plan.actions)}
    assert len(position) == len(plan.actions)
    periods = list(Timeframe)
    for planned in plan.actions:
        # it is there because one of its triggers fires on a shown answer
        assert any(
            t.question_id in shown and t.question_id in given
            and trigger_fires(t, shown[t.question_id], given[t.question_id])
            for t in planned.action.triggers
        )
        assert planned.gain_overall >= 0 and planned.gain_area >= 0
        # never earlier than its timeframe, unless it is outside help lined up first
        helps = planned.action.outside_help and any(planned.id in a.follows
                                                    for a in plan.actions)
        if not helps:
            assert periods.index(planned.timeframe) >= periods.index(planned.action.timeframe)
        for before in planned.follows:
            assert position[before] < position[planned.id]
            assert periods.index(plan.get(before).timeframe) <= periods.index(planned.timeframe)
    # actions whose triggers fire are all in the plan
    for action in quick_check.actions:
        fires = any(t.question_id in shown and t.question_id in given
                    and trigger_fires(t, shown[t.question_id], given[t.question_id])
                    for t in action.triggers)
        assert fires == (plan.get(action.id) is not None)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_each_gain_is_a_fresh_scoring_of_the_improved_answers(quick_check, data) -> None:
    """The plan shares one memo between its re-scorings; every gain must still be what
    scoring the improved answers from scratch gives."""
    given = data.draw(answer_sets(quick_check))
    plan = build_plan_for_answers(quick_check, given)
    before = score_answers(quick_check, given, what_if=False)
    for planned in plan.actions:
        improved = dict(given)
        for hit in planned.triggered_by:
            triggers = [t for t in planned.action.triggers if t.question_id == hit.question_id]
            value = _resolving_value(hit.question, hit.answer, triggers, ScoringMemo())
            if value is not None:
                improved[hit.question_id] = replace(hit.answer, value=value)
        after = score_answers(quick_check, improved, what_if=False)
        gain_area = max(0.0, (after.area(planned.action.area_id).score or 0.0)
                        - (before.area(planned.action.area_id).score or 0.0))
        if after.area(planned.action.area_id).score is None:
            gain_area = 0.0
        assert planned.gain_area == pytest.approx(round(gain_area, 6), abs=1e-6)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_shared_memo_scores_as_scoring_afresh(quick_check, data) -> None:
    memo = ScoringMemo()
    for _ in range(4):
        given = data.draw(answer_sets(quick_check))
        assert score_answers(quick_check, given, memo=memo) == score_answers(quick_check, given)
