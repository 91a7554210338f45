"""Firms whose plans an expert ordered by hand (tests/core/test_plan_personas.py).

Each persona is built through the real API (``Assessment.start`` then ``with_answer`` for
every answer, in the order given), so an answer the questionnaire would refuse fails here.
The expected orders live in the test, next to the reasons for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from readiness_app.core.assessment import (
    DONT_KNOW,
    Answer,
    AnswerValue,
    Assessment,
    BudgetBand,
    FirmProfile,
    SizeBand,
    shown_questions,
)
from readiness_app.core.questionnaire import Questionnaire

Spec = AnswerValue | int | set[str]


@dataclass(frozen=True)
class Persona:
    """One imagined firm: who it is and what it answered to the full check."""

    key: str
    firm: FirmProfile
    answers: Mapping[str, Spec] = field(default_factory=dict)
    dont_know_everything: bool = False

    def assessment(self, questionnaire: Questionnaire) -> Assessment:
        """The firm's assessment, answered one question at a time as the app would."""
        assessment = Assessment.start(self.firm, questionnaire)
        if self.dont_know_everything:
            return _all_dont_know(assessment, questionnaire, self.answers)
        for question_id, spec in self.answers.items():
            assessment = assessment.with_answer(
                questionnaire, Answer(question_id, _value(spec)))
        return assessment


def _value(spec: Spec) -> AnswerValue:
    if isinstance(spec, set):
        return frozenset(spec)
    if isinstance(spec, int) and not isinstance(spec, bool):
        return float(spec)
    return spec


def _all_dont_know(assessment: Assessment, questionnaire: Questionnaire,
                   given: Mapping[str, Spec]) -> Assessment:
    """Every shown question that offers "don't know" answered so; the rest as ``given``."""
    for question_id, spec in given.items():
        assessment = assessment.with_answer(questionnaire, Answer(question_id, _value(spec)))
    asked: set[str] = set(given)
    while True:
        pending = [q for q in shown_questions(questionnaire, assessment.answers, assessment.firm)
                   if q.id not in asked]
        if not pending:
            return assessment
        for question in pending:
            asked.add(question.id)
            if question.allow_dont_know:
                assessment = assessment.with_answer(
                    questionnaire, Answer(question.id, DONT_KNOW))


# Answers shared by firms that are mostly sound: every question at its best.
GOOD_INVESTMENT: dict[str, Spec] = {
    "investment.plan": "reviewed", "investment.areas": {"accounts", "customers"},
    "investment.budget": "full_year", "investment.allowances": "before",
    "investment.finance_options": "compared", "investment.leadership": "named",
    "investment.skills": "both", "investment.data": "joined",
    "investment.infrastructure": "planned", "investment.suppliers": "compare_contract",
    "investment.benefits": "measured", "investment.ai": "not_looked",
    "investment.advice": "regular",
}
GOOD_CYBER: dict[str, Spec] = {
    "cyber.devices_list": "reviewed", "cyber.online_services": {"email", "banking", "office"},
    "cyber.two_step": "all", "cyber.passwords": "manager", "cyber.firewall": "all",
    "cyber.router_password": "reviewed",
    "cyber.settings": {"screen_lock", "unused_removed", "device_passwords", "trusted_apps"},
    "cyber.updates": "everything", "cyber.unsupported": "none_checked",
    "cyber.accounts": {"own_login", "leavers_closed", "admin_separate", "few_admins"},
    "cyber.malware": "checked", "cyber.backups": "tested",
    "cyber.phishing": "trained_and_reporting", "cyber.payment_checks": "always_call",
    "cyber.it_supplier": "no",
    "cyber.data_protection": {"ico_fee", "privacy_notice", "breach_log"},
    "cyber.coping": {"insured", "keep_trading"}, "cyber.phone_lines": "checked",
    "cyber.incident_plan": "practised", "cyber.certification": "certified",
}
GOOD_PEOPLE: dict[str, Spec] = {
    "people.consult_before": "involved", "people.safety_consult": "always",
    "people.training": "planned",
    "people.digital_skills": {"skills_check", "guides", "go_to_person"},
    "people.monitoring": "no", "people.decision_systems": "no",
    "people.job_quality": "planned_review", "people.voice": "regular",
}


def _with(*parts: Mapping[str, Spec], **changes: Spec) -> dict[str, Spec]:
    merged: dict[str, Spec] = {}
    for part in parts:
        merged.update(part)
    merged.update({k.replace("__", "."): v for k, v in changes.items()})
    return merged


SOLE_TRADER = Persona("sole-trader", FirmProfile(
    "Ledger & Co", sector="Bookkeeping", size_band=SizeBand.MICRO, postcode="LS11 8PZ"),
    _with(GOOD_INVESTMENT, investment__plan="ideas", investment__advice="know_of",
          cyber__devices_list="in_head", cyber__online_services={"email", "banking",
                                                                 "accounts"},
          cyber__two_step="some", cyber__passwords="advice", cyber__firewall="all",
          cyber__router_password="original", cyber__settings={"screen_lock"},
          cyber__updates="devices_only", cyber__unsupported="think_not",
          cyber__accounts={"own_login"}, cyber__malware="unchecked",
          cyber__backups="automatic", cyber__phishing="nothing",
          cyber__payment_checks="reply", cyber__it_supplier="no",
          cyber__data_protection={"ico_fee"}, cyber__coping={"none"},
          cyber__phone_lines="checked", cyber__incident_plan="none",
          cyber__certification="not_heard", people__staff=1, people__hiring="no"))

CAFE_4 = Persona("cafe-4", FirmProfile(
    "The Corner Café", sector="Café", size_band=SizeBand.MICRO, postcode="BS1 4DJ"),
    {"investment.plan": "none", "investment.areas": {"tills"}, "investment.budget": "rough",
     "investment.allowances": "not_heard", "investment.finance_options": "usual_bank",
     "investment.leadership": "spare_moments", "investment.skills": "self_taught",
     "investment.data": "paper", "investment.infrastructure": "fine_now",
     "investment.suppliers": "first_found", "investment.benefits": "gut_feel",
     "investment.ai": "not_looked", "investment.advice": "never",
     "cyber.devices_list": "in_head", "cyber.online_services": {"card_account", "email"},
     "cyber.two_step": "none", "cyber.passwords": "no_rules", "cyber.firewall": "all",
     "cyber.router_password": "original", "cyber.settings": {"screen_lock"},
     "cyber.updates": "when_remember", "cyber.unsupported": "think_not",
     "cyber.accounts": {"none"}, "cyber.malware": "unchecked", "cyber.backups": "none",
     "cyber.phishing": "nothing", "cyber.payment_checks": "sometimes_call",
     "cyber.it_supplier": "no", "cyber.data_protection": {"none"}, "cyber.coping": {"none"},
     "cyber.phone_lines": "checked", "cyber.incident_plan": "none",
     "cyber.certification": "not_heard", "people.staff": 4, "people.consult_before": "told",
     "people.safety_consult": "if_risky", "people.training": "some",
     "people.digital_skills": {"go_to_person"}, "people.monitoring": "yes",
     "people.monitoring_told": "told", "people.decision_systems": "no",
     "people.job_quality": "if_complaints", "people.voice": "open_door"})

JOINERY_12 = Persona("joinery-12", FirmProfile(
    "Oakline Joinery", sector="Manufacturing (joinery)", size_band=SizeBand.SMALL,
    postcode="LS11 8PZ"),
    {"investment.plan": "ideas", "investment.areas": {"accounts", "machines", "scheduling"},
     "investment.budget": "purchases", "investment.allowances": "heard",
     "investment.finance_options": "usual_bank", "investment.leadership": "spare_moments",
     "investment.skills": "staff_or_supplier", "investment.data": "separate_systems",
     "investment.infrastructure": "some_problems", "investment.suppliers": "recommendation",
     "investment.benefits": "gut_feel", "investment.ai": "not_looked",
     "investment.advice": "know_of", "cyber.devices_list": "none",
     "cyber.online_services": {"email", "banking", "office"}, "cyber.two_step": "all",
     "cyber.passwords": "advice", "cyber.firewall": "all", "cyber.router_password": "changed",
     "cyber.settings": {"screen_lock"}, "cyber.updates": "devices_only",
     "cyber.unsupported": "one_or_two", "cyber.accounts": {"own_login"},
     "cyber.malware": "checked", "cyber.backups": "automatic", "cyber.phishing": "mentioned",
     "cyber.payment_checks": "sometimes_call", "cyber.it_supplier": "yes",
     "cyber.supplier_access": {"none"}, "cyber.data_protection": {"ico_fee"},
     "cyber.coping": {"insured"}, "cyber.phone_lines": "checked",
     "cyber.incident_plan": "know_who", "cyber.certification": "heard",
     "people.staff": 12, "people.consult_before": "told", "people.safety_consult": "no",
     "people.training": "some", "people.digital_skills": {"none"},
     "people.monitoring": "no", "people.decision_systems": "no",
     "people.job_quality": "never", "people.voice": "open_door"})

NI_LOGISTICS_60 = Persona("ni-logistics-60", FirmProfile(
    "Lough Road Haulage", sector="Transport and logistics", size_band=SizeBand.MEDIUM,
    postcode="BT28 2SA"),
    _with(GOOD_INVESTMENT, GOOD_CYBER, GOOD_PEOPLE, investment__plan="written",
          investment__benefits="talk_over", cyber__two_step="some",
          cyber__backups="automatic", cyber__incident_plan="know_who",
          cyber__certification="heard", cyber__phishing="mentioned",
          people__staff=60, people__consult_before="told", people__voice="open_door",
          people__monitoring="yes", people__monitoring_told="partly",
          people__consultation_body="request_pending"))

WELSH_BAKERY = Persona("welsh-bakery", FirmProfile(
    "Popty Bach", sector="Food and drink (bakery)", size_band=SizeBand.SMALL,
    postcode="SA31 1DL"),
    {"investment.plan": "none", "investment.areas": {"accounts", "online_sales"},
     "investment.budget": "none", "investment.allowances": "heard",
     "investment.finance_options": "no_idea", "investment.leadership": "spare_moments",
     "investment.skills": "self_taught", "investment.data": "spreadsheets",
     "investment.infrastructure": "holding_back", "investment.suppliers": "first_found",
     "investment.benefits": "never", "investment.ai": "not_looked",
     "investment.advice": "never", "cyber.devices_list": "none",
     "cyber.online_services": {"email", "banking", "card_account", "social_media"},
     "cyber.two_step": "none", "cyber.passwords": "no_rules", "cyber.firewall": "all",
     "cyber.router_password": "original", "cyber.settings": {"screen_lock"},
     "cyber.updates": "some_devices", "cyber.unsupported": "think_not",
     "cyber.accounts": {"own_login"}, "cyber.malware": "unchecked",
     "cyber.backups": "sometimes", "cyber.phishing": "nothing",
     "cyber.payment_checks": "reply", "cyber.it_supplier": "no",
     "cyber.data_protection": {"ico_fee"}, "cyber.coping": {"none"},
     "cyber.phone_lines": "not_checked", "cyber.incident_plan": "none",
     "cyber.certification": "not_heard", "people.staff": 14, "people.consult_before": "told",
     "people.safety_consult": "if_risky", "people.training": "none",
     "people.digital_skills": {"none"}, "people.monitoring": "yes",
     "people.monitoring_told": "partly", "people.decision_systems": "no",
     "people.job_quality": "never", "people.voice": "open_door"})

SCOTTISH_DENTAL = Persona("scottish-dental", FirmProfile(
    "Byres Road Dental", sector="Health (dental practice)", size_band=SizeBand.MICRO,
    postcode="G12 9LU"),
    _with(GOOD_INVESTMENT, GOOD_CYBER, GOOD_PEOPLE, investment__plan="written",
          investment__data="separate_systems", investment__advice="know_of",
          cyber__online_services={"email", "banking", "bookings", "accounts"},
          cyber__two_step="some", cyber__updates="devices_only",
          cyber__backups="automatic", cyber__data_protection={"ico_fee"},
          cyber__incident_plan="none", cyber__certification="not_heard",
          cyber__phishing="mentioned", cyber__devices_list="written",
          people__staff=7, people__consult_before="asked", people__monitoring="yes",
          people__monitoring_told="told"))

CHARITY_VOLUNTEERS = Persona("charity-volunteers", FirmProfile(
    "Riverside Community Trust", sector="Community services", size_band=SizeBand.MICRO,
    postcode="M1 1AE", budget=BudgetBand.UNDER_500),
    {"investment.plan": "ideas", "investment.areas": {"customers"},
     "investment.budget": "none", "investment.allowances": "not_heard",
     "investment.finance_options": "no_idea", "investment.leadership": "nobody",
     "investment.skills": "self_taught", "investment.data": "spreadsheets",
     "investment.infrastructure": "some_problems", "investment.suppliers": "recommendation",
     "investment.benefits": "never", "investment.ai": "not_looked",
     "investment.advice": "know_of", "cyber.devices_list": "none",
     "cyber.online_services": {"email", "social_media", "banking", "office"},
     "cyber.two_step": "none", "cyber.passwords": "no_rules", "cyber.firewall": "all",
     "cyber.router_password": "changed", "cyber.settings": {"none"},
     "cyber.updates": "some_devices", "cyber.unsupported": "one_or_two",
     "cyber.accounts": {"none"}, "cyber.malware": "unchecked", "cyber.backups": "none",
     "cyber.phishing": "nothing", "cyber.payment_checks": "reply", "cyber.it_supplier": "no",
     "cyber.data_protection": {"none"}, "cyber.coping": {"none"},
     "cyber.phone_lines": "checked", "cyber.incident_plan": "none",
     "cyber.certification": "not_heard", "people.staff": 25,
     "people.consult_before": "not_told", "people.safety_consult": "no",
     "people.training": "none", "people.digital_skills": {"none"},
     "people.monitoring": "no", "people.decision_systems": "no",
     "people.job_quality": "never", "people.voice": "open_door"})

CE_NO_MFA = Persona("ce-no-mfa", FirmProfile(
    "Certified Accounts Ltd", sector="Accountancy", size_band=SizeBand.SMALL,
    postcode="NE1 4ST"),
    _with(GOOD_INVESTMENT, GOOD_CYBER, GOOD_PEOPLE, investment__plan="written",
          cyber__two_step="none", cyber__online_services={"email", "office", "accounts"},
          cyber__incident_plan="written", people__staff=18))

CYBER_DONE_PEOPLE_NOT = Persona("cyber-done-people-not", FirmProfile(
    "Brightwork Engineering", sector="Manufacturing", size_band=SizeBand.SMALL,
    postcode="CV1 2GT"),
    _with(GOOD_INVESTMENT, GOOD_CYBER, investment__plan="written",
          people__staff=30, people__consult_before="not_told", people__safety_consult="no",
          people__training="none", people__digital_skills={"none"}, people__monitoring="yes",
          people__monitoring_told="not_told", people__decision_systems="yes",
          people__automated_decisions="used_as_is", people__job_quality="never",
          people__voice="none"))

DONT_KNOW_ALL = Persona("dont-know", FirmProfile(
    "Unsure Trading", sector="Retail", size_band=SizeBand.SMALL, postcode="NG1 5DT"),
    {"people.staff": 10}, dont_know_everything=True)

TINY_BUDGET = Persona("tiny-budget", FirmProfile(
    "Thrift Print", sector="Printing", size_band=SizeBand.MICRO, postcode="LS11 8PZ",
    hours_per_month=6, budget=BudgetBand.UNDER_500),
    {"investment.plan": "none", "investment.areas": {"accounts"},
     "investment.budget": "none", "investment.allowances": "not_heard",
     "investment.finance_options": "usual_bank", "investment.leadership": "spare_moments",
     "investment.skills": "nobody", "investment.data": "spreadsheets",
     "investment.infrastructure": "holding_back", "investment.suppliers": "first_found",
     "investment.benefits": "never", "investment.ai": "not_looked",
     "investment.advice": "never", "cyber.devices_list": "in_head",
     "cyber.online_services": {"email", "banking"}, "cyber.two_step": "none",
     "cyber.passwords": "advice", "cyber.firewall": "all", "cyber.router_password": "changed",
     "cyber.settings": {"screen_lock"}, "cyber.updates": "some_devices",
     "cyber.unsupported": "several", "cyber.accounts": {"own_login"},
     "cyber.malware": "not_all", "cyber.backups": "sometimes", "cyber.phishing": "nothing",
     "cyber.payment_checks": "reply", "cyber.it_supplier": "no",
     "cyber.data_protection": {"ico_fee"}, "cyber.coping": {"none"},
     "cyber.phone_lines": "checked", "cyber.incident_plan": "none",
     "cyber.certification": "not_heard", "people.staff": 3, "people.consult_before": "told",
     "people.safety_consult": "if_risky", "people.training": "some",
     "people.digital_skills": {"none"}, "people.monitoring": "no",
     "people.decision_systems": "no", "people.job_quality": "if_complaints",
     "people.voice": "open_door"})

BIG_BUDGET_NO_HOURS = Persona("big-budget-no-hours", FirmProfile(
    "Apex Property Group", sector="Real estate", size_band=SizeBand.MEDIUM,
    postcode="EC1A 1BB", hours_per_month=2, budget=BudgetBand.OVER_5000),
    {"investment.plan": "ideas", "investment.areas": {"accounts", "customers"},
     "investment.budget": "purchases", "investment.allowances": "after",
     "investment.finance_options": "know_options", "investment.leadership": "nobody",
     "investment.skills": "nobody", "investment.data": "separate_systems",
     "investment.infrastructure": "some_problems", "investment.suppliers": "compare",
     "investment.benefits": "gut_feel", "investment.ai": "thinking",
     "investment.advice": "once", "cyber.devices_list": "in_head",
     "cyber.online_services": {"email", "office", "banking", "accounts"},
     "cyber.two_step": "some", "cyber.passwords": "strong", "cyber.firewall": "all",
     "cyber.router_password": "changed", "cyber.settings": {"screen_lock"},
     "cyber.updates": "some_devices", "cyber.unsupported": "one_or_two",
     "cyber.accounts": {"own_login"}, "cyber.malware": "checked",
     "cyber.backups": "automatic", "cyber.phishing": "mentioned",
     "cyber.payment_checks": "sometimes_call", "cyber.it_supplier": "yes",
     "cyber.supplier_access": {"listed"}, "cyber.data_protection": {"ico_fee"},
     "cyber.coping": {"insured"}, "cyber.phone_lines": "checked",
     "cyber.incident_plan": "know_who", "cyber.certification": "heard",
     "people.staff": 55, "people.consult_before": "told", "people.safety_consult": "if_risky",
     "people.training": "some", "people.digital_skills": {"guides"},
     "people.monitoring": "no", "people.decision_systems": "no",
     "people.job_quality": "informal", "people.voice": "open_door",
     "people.consultation_body": "none"})

PERSONAS: tuple[Persona, ...] = (
    SOLE_TRADER, CAFE_4, JOINERY_12, NI_LOGISTICS_60, WELSH_BAKERY, SCOTTISH_DENTAL,
    CHARITY_VOLUNTEERS, CE_NO_MFA, CYBER_DONE_PEOPLE_NOT, DONT_KNOW_ALL, TINY_BUDGET,
    BIG_BUDGET_NO_HOURS,
)
