"""Twelve imagined firms, each plan checked against the order an expert wrote by hand
(docs/action-plan.md): legal deadlines first, then the Cyber Essentials automatic fails and
the basics that stop most attacks (two-step sign-in, updates, backups with a restore test,
unsupported kit), prerequisites respected, at most five things in the first 30 days,
consulting staff before buying, nothing a firm cannot afford, nothing for staff a sole
trader does not have. Only the top of each plan and the key pairs are pinned."""

from __future__ import annotations

import pytest

from readiness_app.core.action_plan import (
    MAX_FIRST_PERIOD,
    TIER_OTHER,
    ActionPlan,
    build_plan,
)
from readiness_app.core.assessment import BudgetBand
from readiness_app.core.questionnaire import Actor, CostBand, Questionnaire, Timeframe
from readiness_app.services.language import messages
from tests.core import plan_personas as p

BASICS = ["switch-on-two-step", "switch-on-updates"]


def plan_of(persona: p.Persona, questionnaire: Questionnaire) -> ActionPlan:
    return build_plan(questionnaire, persona.assessment(questionnaire))


def order(plan: ActionPlan) -> list[str]:
    return [a.id for a in plan.actions]


def first_30(plan: ActionPlan) -> list[str]:
    return [a.id for a in plan.in_timeframe(Timeframe.DAYS_30)]


def before(plan: ActionPlan, first: str, then: str) -> bool:
    ids = order(plan)
    return ids.index(first) < ids.index(then)


def test_a_sole_trader_gets_the_basics_and_nothing_about_staff(uk_default) -> None:
    plan = plan_of(p.SOLE_TRADER, uk_default)
    # Two-step sign-in and updates (automatic fails) before the router password (a fail
    # the app adds); the backups they have are tested within the month, not left for later.
    assert order(plan)[:2] == BASICS
    assert set(first_30(plan)) == {*BASICS, "secure-router", "set-up-backups",
                                   "data-protection-basics"}
    assert plan.get("set-up-backups").text_title().get("en") == (  # type: ignore[union-attr]
        "Test restoring your backups")
    assert not [a for a in plan.actions if a.action.area_id == "people"]
    # Nothing written for staff the firm does not have.
    titles = {a.id: a.text_title().get("en") for a in plan.actions}
    assert titles["use-password-manager"] == "Use a password manager"
    assert titles["tidy-user-accounts"] == "Keep a separate administrator account"
    assert titles["phishing-awareness"].startswith("Learn to spot")


def test_a_cafe_with_a_card_terminal_fixes_sign_in_updates_and_backups_first(uk_default) -> None:
    plan = plan_of(p.CAFE_4, uk_default)
    # Content review: the café had the router password first and backups ninth.
    assert first_30(plan)[:3] == [*BASICS, "set-up-backups"]
    assert first_30(plan)[3] == "secure-router"


def test_a_joinery_lists_its_kit_and_asks_about_safety_before_replacing_the_old_pc(
        uk_default) -> None:
    plan = plan_of(p.JOINERY_12, uk_default)
    assert first_30(plan) == ["make-device-list", "switch-on-updates", "set-up-backups",
                              "consult-on-safety", "data-protection-basics"]
    # New kit is a purchase: the staff who will use it are asked just before it is bought,
    # in the same period, and the replacement heads everything else in it.
    months_3 = [a.id for a in plan.in_timeframe(Timeframe.MONTHS_3)]
    assert months_3[:2] == ["ask-staff-first", "replace-unsupported"]
    assert before(plan, "consult-on-safety", "replace-unsupported")


def test_asking_staff_before_a_purchase_never_comes_before_the_automatic_fails(
        uk_default) -> None:
    """The joinery with two-step sign-in missing too: asking staff is lent the replacement's
    urgency (never pushed out), but as a legal duty, after two-step sign-in and updates."""
    persona = p.Persona("joinery-no-mfa", p.JOINERY_12.firm, p._with(
        p.JOINERY_12.answers, cyber__two_step="none"))
    plan = plan_of(persona, uk_default)
    for fail in BASICS:
        assert before(plan, fail, "ask-staff-first"), fail
    assert before(plan, "ask-staff-first", "replace-unsupported")
    asked = plan.get("ask-staff-first")
    assert asked is not None and not asked.is_later


def test_a_ni_firm_answers_the_request_first_then_sign_in(uk_default) -> None:
    plan = plan_of(p.NI_LOGISTICS_60, uk_default)
    assert order(plan)[:2] == ["respond-to-consultation-request", "switch-on-two-step"]
    # Then the restore test and telling office staff about call recording, in the month.
    assert {"set-up-backups", "explain-monitoring"} <= set(first_30(plan))
    assert before(plan, "open-regular-channel", "agree-consultation-arrangement")


def test_a_welsh_bakery_makes_its_backups_automatic_in_the_first_month(uk_default) -> None:
    plan = plan_of(p.WELSH_BAKERY, uk_default)
    assert order(plan)[:3] == [*BASICS, "secure-router"]
    assert first_30(plan)[3:] == ["set-up-backups", "data-protection-basics"]
    assert plan.get("set-up-backups").text_title().get("en") == (  # type: ignore[union-attr]
        "Make your backups automatic, then test them")


def test_a_dental_practice_tests_restores_and_sees_to_data_protection(uk_default) -> None:
    plan = plan_of(p.SCOTTISH_DENTAL, uk_default)
    # Patient data: the data protection basics (a legal duty) in the first month, after the
    # basics; the incident plan (72 hours to report a breach) heads the next period.
    assert first_30(plan) == [*BASICS, "set-up-backups", "data-protection-basics"]
    assert plan.in_timeframe(Timeframe.MONTHS_3)[0].id == "write-incident-plan"
    # The practice has a written list: it is asked to keep it current, not to make one.
    device_list = plan.get("make-device-list")
    assert device_list is not None
    assert device_list.text_title().get("en") == "Check your device list every three months"


def test_we_think_not_is_a_check_on_the_list_not_a_costly_replacement(uk_default) -> None:
    """'We think nothing is unsupported' asks for a check (small, free), so it neither
    waits behind the budget nor uses up the year's budget as a replacement would."""
    persona = p.Persona("think-not", p.CE_NO_MFA.firm, p._with(
        p.CE_NO_MFA.answers, cyber__two_step="all", cyber__unsupported="think_not"))
    plan = plan_of(persona, uk_default)
    assert plan.get("replace-unsupported") is None
    check = plan.get("make-device-list")
    assert check is not None and not check.is_later
    assert check.text_title().get("en") == "Check that everything still gets security updates"
    assert check.hours == 2 and check.cost_estimate == 0


def test_a_community_trust_on_a_shoestring_keeps_to_the_basics(uk_default) -> None:
    plan = plan_of(p.CHARITY_VOLUNTEERS, uk_default)
    assert order(plan)[:4] == ["switch-on-two-step", "set-up-backups", "switch-on-updates",
                               "make-device-list"]
    assert len(first_30(plan)) == MAX_FIRST_PERIOD
    assert before(plan, "data-protection-basics", "tidy-user-accounts")
    _within_budget(plan)


def test_a_certified_firm_without_two_step_fixes_that_at_once(uk_default) -> None:
    plan = plan_of(p.CE_NO_MFA, uk_default)
    assert order(plan)[0] == "switch-on-two-step"
    assert plan.actions[0].tier < TIER_OTHER


def test_a_firm_sound_on_cyber_puts_its_legal_duties_to_staff_first(uk_default) -> None:
    plan = plan_of(p.CYBER_DONE_PEOPLE_NOT, uk_default)
    assert order(plan)[:2] == ["explain-monitoring", "keep-a-person-in-decisions"]
    assert set(first_30(plan)[2:]) == {"consult-on-safety", "data-protection-basics",
                                       "ask-staff-first"}
    assert not [a for a in plan.in_timeframe(Timeframe.DAYS_30) if a.action.area_id == "cyber"
                and a.id != "data-protection-basics"]


def test_a_firm_that_does_not_know_starts_with_the_basics(uk_default) -> None:
    plan = plan_of(p.DONT_KNOW_ALL, uk_default)
    assert first_30(plan)[:4] == [*BASICS, "set-up-backups", "make-device-list"]
    # The basics come before the other outright fails of the same tier.
    for other in ("secure-router", "check-virus-protection", "switch-on-firewalls"):
        assert before(plan, "set-up-backups", other), other


def test_dont_know_about_unsupported_kit_finds_out_before_buying_anything(uk_default) -> None:
    """"Don't know" whether anything is unsupported: check the devices (free, this month),
    not a GBP 8,000 replacement; the replacement comes once the firm knows."""
    plan = plan_of(p.DONT_KNOW_ALL, uk_default)
    assert plan.get("replace-unsupported") is None
    check = plan.get("make-device-list")
    assert check is not None and check.timeframe is Timeframe.DAYS_30
    assert check.text_title().get("en") == (
        "List your devices and check each still gets security updates")
    assert check.cost_estimate == 0
    # A firm with a list who does not know gets the same check, ranked as a basic.
    persona = p.Persona("list-but-unsure", p.CE_NO_MFA.firm, p._with(
        p.CE_NO_MFA.answers, cyber__two_step="all", cyber__unsupported=p.DONT_KNOW))
    plan = plan_of(persona, uk_default)
    assert plan.get("replace-unsupported") is None
    check = plan.get("make-device-list")
    assert check is not None and check.timeframe is Timeframe.DAYS_30
    assert check.text_title().get("en") == "Check that everything still gets security updates"
    # Knowing there is unsupported kit still brings the replacement.
    assert plan_of(p.JOINERY_12, uk_default).get("replace-unsupported") is not None


def test_a_firm_with_a_tiny_budget_gets_the_free_fixes_and_its_backups(uk_default) -> None:
    plan = plan_of(p.TINY_BUDGET, uk_default)
    assert set(first_30(plan)) == {*BASICS, "make-device-list", "check-virus-protection",
                                   "set-up-backups"}
    _within_budget(plan)


def test_basics_beyond_the_budget_are_done_the_free_way_and_the_plan_says_so(
        uk_default) -> None:
    """Done the usual way the tiny-budget firm's basics cost about GBP 9,000 against GBP 500:
    the free ways (built-in updates and virus protection, backups to what it has) and
    cutting off the old kit before replacing it bit by bit, and a plain note."""
    plan = plan_of(p.TINY_BUDGET, uk_default)
    assert sum(a.cost_estimate for a in plan.in_timeframe(Timeframe.DAYS_30)) == 0
    assert sum(a.cost_estimate for a in plan.scheduled) <= plan.means.budget_limit
    titles = {a.id: a.text_title().get("en") for a in plan.actions}
    assert titles["set-up-backups"] == "Set up free automatic backups and test them"
    assert titles["replace-unsupported"].startswith("Cut off what no longer gets updates")
    load = plan.load(Timeframe.DAYS_30)
    assert load is not None
    assert "would cost more than your budget (under £500 a year)" in load.note()
    welsh = load.note(messages("cy"))
    assert "cyllideb" in welsh and "would cost" not in welsh
    # The same firm with the money does it the usual way, and no note on money.
    rich = p.Persona("rich-print", replace_budget(p.TINY_BUDGET.firm, BudgetBand.OVER_5000),
                     p.TINY_BUDGET.answers)
    plan = plan_of(rich, uk_default)
    assert plan.get("set-up-backups").text_title().get("en") == (  # type: ignore[union-attr]
        "Make your backups automatic, then test them")
    assert all("budget" not in (x.note() or "") for x in plan.loads)


def test_basics_still_beyond_the_budget_say_what_they_come_to(uk_default) -> None:
    """Backups that run but were never restored have no cheaper way (testing a restore is
    the step): the urgent fixes still come to GBP 750 against GBP 500, and the note says so."""
    persona = p.Persona("tiny-auto-backups", p.TINY_BUDGET.firm, p._with(
        p.TINY_BUDGET.answers, cyber__backups="automatic"))
    plan = plan_of(persona, uk_default)
    assert not plan.get("set-up-backups").is_later  # type: ignore[union-attr]
    load = plan.load(Timeframe.DAYS_30)
    assert load is not None
    assert ("The urgent fixes alone come to about £750, more than your budget (under £500 a "
            "year)") in load.note()
    assert "£750" in load.note(messages("cy"))


def test_a_firm_with_money_but_no_hours_lines_up_help_before_the_work(uk_default) -> None:
    """Two hours a month and over GBP 5,000: two-step sign-in (the owner's own afternoon),
    then lining up IT help, which takes on the updates, the list and the backups."""
    plan = plan_of(p.BIG_BUDGET_NO_HOURS, uk_default)
    assert order(plan)[:3] == ["switch-on-two-step", "line-up-technical-help",
                               "switch-on-updates"]
    assert {"make-device-list", "set-up-backups"} <= set(first_30(plan))
    helper = plan.get("line-up-technical-help")
    assert helper is not None
    for planned in plan.scheduled:
        if planned.tier < TIER_OTHER and Actor.IT_SUPPLIER in planned.action.who:
            assert before(plan, "line-up-technical-help", planned.id), planned.id
            assert "line-up-technical-help" in planned.follows
    load = plan.load(Timeframe.DAYS_30)
    assert load is not None and load.over_hours and "ask for help" in load.note()
    assert "more money than time" in load.note()
    assert "arian" in load.note(messages("cy"))


@pytest.mark.parametrize("hours,budget", [(2, BudgetBand.UNDER_500), (40, BudgetBand.OVER_5000)])
def test_help_comes_first_only_when_hours_bind_and_money_does_not(
        uk_default, hours: int, budget: BudgetBand) -> None:
    from dataclasses import replace
    firm = replace(p.BIG_BUDGET_NO_HOURS.firm, hours_per_month=hours, budget=budget)
    plan = plan_of(p.Persona("other-means", firm, p.BIG_BUDGET_NO_HOURS.answers), uk_default)
    assert not any("line-up-technical-help" in a.follows for a in plan.actions)
    assert all("more money than time" not in x.note() for x in plan.loads)


@pytest.mark.parametrize("persona", p.PERSONAS, ids=lambda x: x.key)
def test_every_persona_plan_keeps_the_rules(uk_default, persona: p.Persona) -> None:
    plan = plan_of(persona, uk_default)
    ids = order(plan)
    assert len(first_30(plan)) <= MAX_FIRST_PERIOD
    # Prerequisites first, in order and in period.
    for planned in plan.actions:
        for prerequisite in planned.follows:
            assert ids.index(prerequisite) < ids.index(planned.id)
    # Staff are asked before new kit or a new system they will use is bought, but never
    # before the Cyber Essentials automatic fails.
    for purchase in ("bring-records-together", "try-ai-with-care", "replace-unsupported"):
        if purchase in ids and "ask-staff-first" in ids:
            assert before(plan, "ask-staff-first", purchase)
    for fail in BASICS:
        if fail in ids and "ask-staff-first" in ids:
            assert before(plan, fail, "ask-staff-first")
    # "Don't know" never buys: the replacement needs a known yes.
    replacement = plan.get("replace-unsupported")
    if replacement is not None:
        assert all(h.answer.value in {"several", "one_or_two"}
                   for h in replacement.triggered_by)
    # A basic partly in place is never left for later.
    for planned in plan.actions:
        if planned.action.urgency.value == "basic":
            assert not planned.is_later, (persona.key, planned.id)


def replace_budget(firm: p.FirmProfile, budget: BudgetBand) -> p.FirmProfile:
    from dataclasses import replace
    return replace(firm, budget=budget)


def _within_budget(plan: ActionPlan) -> None:
    """Ordinary (tier 3) actions with a cost fit the year's budget with everything urgent."""
    costly = [a for a in plan.scheduled
              if a.tier == TIER_OTHER and a.action.cost is not CostBand.NONE
              and a.action.urgency.value not in {"basic", "legal"}]
    spent = sum(a.cost_estimate for a in plan.scheduled)
    assert not costly or spent <= plan.means.budget_limit
