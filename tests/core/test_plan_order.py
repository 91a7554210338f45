"""The plan an expert would write: expert order, a short year's plan fitted to the firm's
means, and a later list (docs/action-plan.md). Expected orders are written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from readiness_app.core.action_plan import (
    MAX_FIRST_PERIOD,
    MAX_SCHEDULED,
    TIER_CRITICAL,
    TIER_DEADLINE,
    TIER_ESSENTIAL,
    TIER_OTHER,
    ActionPlan,
    build_plan,
    build_plan_for_answers,
    means_for,
    trigger_fires,
)
from readiness_app.core.assessment import Answer, BudgetBand, FirmProfile, SizeBand
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.questionnaire import Questionnaire, Timeframe

EXAMPLES = Path(__file__).parents[2] / "examples"


def answers(**values: object) -> dict[str, Answer]:
    return {k.replace("__", "."): Answer(k.replace("__", "."), v)  # type: ignore[arg-type]
            for k, v in values.items()}


def ids(plan: ActionPlan, period: Timeframe | None = None) -> list[str]:
    actions = plan.actions if period is None else plan.in_timeframe(period)
    return [a.id for a in actions]


def small_firm(**means: object) -> FirmProfile:
    return FirmProfile("Firm", size_band=SizeBand.SMALL, **means)  # type: ignore[arg-type]


# A Welsh café of 12 without the three basics, and nothing much written down.
CAFE = answers(
    investment__plan="none", investment__budget="none", investment__advice="never",
    cyber__online_services=frozenset({"email"}), cyber__two_step="none",
    cyber__updates="when_remember",
    cyber__backups="none", cyber__passwords="advice", people__consult_before="told",
    people__staff=12.0, people__monitoring="yes", people__monitoring_told="not_told",
)

# A Northern Ireland firm of 60 whose staff have asked for consultation arrangements.
NI_60 = answers(
    people__staff=60.0, people__consultation_body="request_pending",
    cyber__online_services=frozenset({"email"}),
    cyber__two_step="none", cyber__backups="sometimes", investment__plan="ideas",
    people__voice="open_door", people__consult_before="told",
)


def test_the_joinery_replaces_unsupported_software_before_writing_a_plan(uk_default) -> None:
    """The issue's example: the critical fix came 15th, behind "write a technology plan"."""
    from readiness_app.services.catalogue import load_catalogue

    path = EXAMPLES / "england-joinery-leeds.readiness"
    assessment, _ = read_assessment_bytes(path.read_bytes(), str(path), load_catalogue().find)
    plan = build_plan(uk_default, assessment)
    order = ids(plan)
    # By hand: the two Cyber Essentials fails that take an afternoon, then the device list the
    # replacement waits for; in the next three months the data protection basics that did
    # not fit this month, then staff are asked about the new kit just before it is bought.
    assert order[:3] == ["switch-on-two-step", "switch-on-updates", "make-device-list"]
    assert ids(plan, Timeframe.MONTHS_3)[:3] == ["data-protection-basics", "ask-staff-first",
                                                 "replace-unsupported"]
    assert order.index("replace-unsupported") < order.index("write-technology-plan")
    assert order.index("replace-unsupported") <= MAX_FIRST_PERIOD + 2


def test_a_cafe_without_the_basics_fixes_them_before_any_planning(uk_default) -> None:
    plan = build_plan_for_answers(uk_default, CAFE, means=means_for(small_firm()))
    first = ids(plan, Timeframe.DAYS_30)
    # By hand: the three automatic Cyber Essentials fails first (any order among them),
    # then telling staff about monitoring (a critical gap under data protection law), then
    # the one-page plan or the free review; asking staff waits a period.
    assert set(first[:3]) == {"switch-on-two-step", "switch-on-updates", "set-up-backups"}
    assert first[3] == "explain-monitoring"
    assert first[4] in {"book-free-business-review", "write-technology-plan"}
    assert "ask-staff-first" in ids(plan, Timeframe.MONTHS_3)
    assert [plan.get(a).tier for a in first[:3]] == [TIER_ESSENTIAL] * 3  # type: ignore[union-attr]


def test_a_pending_consultation_request_comes_first_of_all(uk_default) -> None:
    plan = build_plan_for_answers(uk_default, NI_60, means=means_for(small_firm()))
    order = ids(plan)
    # By hand: the request has a legal clock, so it comes even before two-step sign-in.
    assert order[:2] == ["respond-to-consultation-request", "switch-on-two-step"]
    assert plan.actions[0].tier == TIER_DEADLINE
    # The lasting arrangement is a critical gap, and its prerequisite is lent its urgency.
    arrangement = plan.get("agree-consultation-arrangement")
    channel = plan.get("open-regular-channel")
    assert arrangement is not None and arrangement.tier == TIER_CRITICAL
    assert channel is not None and channel.tier == TIER_CRITICAL
    assert order.index("open-regular-channel") < order.index("agree-consultation-arrangement")
    # Backups that run "sometimes" are not an outright fail: ordinary risk and gain.
    assert plan.get("set-up-backups").tier == TIER_OTHER  # type: ignore[union-attr]


def test_tiers_never_break_prerequisites(uk_default) -> None:
    everything_bad = {q.id: Answer(q.id, q.options[0].id) for q in uk_default.questions
                      if q.options and q.type.value == "scale"}
    plan = build_plan_for_answers(uk_default, everything_bad)
    position = {a.id: i for i, a in enumerate(plan.actions)}
    for planned in plan.actions:
        for before in planned.follows:
            assert position[before] < position[planned.id], (before, planned.id)
            assert plan.get(before).timeframe.rank <= planned.timeframe.rank  # type: ignore[union-attr]
    tiers = [a.tier for a in plan.in_timeframe(Timeframe.DAYS_30)]
    assert tiers == sorted(tiers)


def test_a_firm_at_the_bottom_gets_a_short_year_and_a_later_list(uk_default) -> None:
    bottom = {q.id: Answer(q.id, min(q.options, key=lambda o: o.score or 0).id)
              for q in uk_default.questions if q.options and q.is_scored}
    bottom["cyber.online_services"] = Answer("cyber.online_services", frozenset({"email"}))
    bottom["people.staff"] = Answer("people.staff", 20.0)
    full = build_plan_for_answers(uk_default, bottom)
    assert len(full.in_timeframe(Timeframe.DAYS_30)) <= MAX_FIRST_PERIOD
    assert len(full.scheduled) <= MAX_SCHEDULED
    assert full.later and all(a.why_later for a in full.later)
    # Nothing is dropped: every triggered action is in the plan once.
    assert len(set(ids(full))) == len(full.actions) >= 40
    assert ids(full)[-len(full.later):] == [a.id for a in full.later]
    assert full.load(Timeframe.DAYS_30).full  # type: ignore[union-attr]
    assert "is full" in full.load(Timeframe.DAYS_30).note()  # type: ignore[union-attr]


def test_the_firm_s_means_shape_the_plan(uk_default) -> None:
    roomy = build_plan_for_answers(uk_default, CAFE, means=means_for(
        small_firm(hours_per_month=40, budget=BudgetBand.OVER_5000)))
    tight = build_plan_for_answers(uk_default, CAFE, means=means_for(
        small_firm(hours_per_month=2, budget=BudgetBand.UNDER_500)))
    assert tight.means.hours_stated and tight.means.budget_stated
    assert "as you said" in tight.means.describe()
    # Two hours: the four urgent fixes still go in (and the month is over-full), but
    # nothing else does.
    assert set(ids(tight, Timeframe.DAYS_30)) == {
        "switch-on-two-step", "switch-on-updates", "set-up-backups", "explain-monitoring"}
    load = tight.load(Timeframe.DAYS_30)
    assert load is not None and load.over_hours and "ask for help" in load.note()
    assert len(roomy.in_timeframe(Timeframe.DAYS_30)) == MAX_FIRST_PERIOD
    # Under £500 a year: a medium-cost, non-urgent action waits, saying why.
    tight = build_plan_for_answers(uk_default, {**CAFE, **answers(investment__skills="nobody")},
                                   means=means_for(small_firm(hours_per_month=40,
                                                              budget=BudgetBand.UNDER_500)))
    costly = [a for a in tight.later if a.action.cost.value in {"medium", "high"}]
    assert costly and all("budget" in a.why_later for a in costly)
    assert not [a for a in tight.scheduled
                if a.action.cost.value in {"medium", "high"} and a.tier == TIER_OTHER]


def test_the_size_band_implies_means_when_the_owner_says_nothing() -> None:
    micro = means_for(FirmProfile("A", size_band=SizeBand.MICRO))
    medium = means_for(FirmProfile("B", size_band=SizeBand.MEDIUM))
    assert not micro.hours_stated and "assumed" in micro.describe()
    assert micro.hours_per_month < medium.hours_per_month
    assert micro.budget_limit < medium.budget_limit
    assert means_for(None) == means_for(FirmProfile("C"))


@pytest.mark.parametrize("questionnaire_name", ["uk_default", "quick_check"])
def test_every_outright_fail_is_marked_essential(request, questionnaire_name: str) -> None:
    """Each action a critical cyber answer sets off carries urgency basic or essential."""
    questionnaire: Questionnaire = request.getfixturevalue(questionnaire_name)
    for action in questionnaire.actions:
        if action.after and action.id == "get-cyber-essentials":
            continue  # certification is the goal, not a fix
        for trigger in action.triggers:
            question = questionnaire.question(trigger.question_id)
            multi = question.type.value == "multi"
            fails = [o for o in question.options if o.critical and question.area_id == "cyber"
                     and trigger_fires(trigger, question, Answer(
                         question.id, frozenset({o.id}) if multi else o.id))]
            if fails:
                assert action.urgency.value in {"basic", "essential"}, action.id
