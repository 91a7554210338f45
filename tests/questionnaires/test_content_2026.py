"""Content as of late 2026 (issue 15): corrected facts, questions an owner reads right, the
topics an expert expects, nation texts, answers carried from 1.1, and the time the check
takes."""

from __future__ import annotations

import dataclasses

import pytest

from readiness_app.core.action_plan import build_plan_for_answers
from readiness_app.core.assessment import DONT_KNOW, Answer, Assessment, FirmProfile
from readiness_app.core.assessment import shown_questions as shown
from readiness_app.core.questionnaire import Nation, Questionnaire, QuestionType
from readiness_app.core.scoring import score_answers
from readiness_app.core.time_estimate import minutes_for, question_seconds
from readiness_app.core.upgrade import carry_answers

E, W, S, NI = Nation.ENGLAND, Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND


def answers(**given: object) -> dict[str, Answer]:
    """Answers keyed by question id; ``cyber__two_step`` stands for ``cyber.two_step``."""
    return {k.replace("__", "."): Answer(k.replace("__", "."), v)  # type: ignore[arg-type]
            for k, v in given.items()}


def shown_ids(questionnaire: Questionnaire, given: dict[str, Answer]) -> set[str]:
    return {q.id for q in shown(questionnaire, given)}


def texts(questionnaire: Questionnaire, question_id: str, nation: Nation | None) -> str:
    q = questionnaire.question(question_id).in_nation(nation)
    return " ".join((q.text.get(), q.help.get(), q.why.get()))


# A café (6 people: email, online banking, the card machine's account and social media, no
# outside IT help, CCTV), a joinery (12 people, Microsoft 365, an IT supplier, a machine
# log) and a sole trader: the firms the questions were tried with.
CAFE = answers(people__staff=6.0, cyber__it_supplier="no", people__monitoring="yes",
               people__decision_systems="no", investment__ai="thinking",
               investment__leadership="spare_moments",
               cyber__online_services=frozenset({"email", "banking", "card_account",
                                                 "social_media"}))
JOINERY = answers(people__staff=12.0, cyber__it_supplier="yes", people__monitoring="yes",
                  people__decision_systems="yes", investment__ai="thinking",
                  investment__leadership="named",
                  cyber__online_services=frozenset({"email", "banking", "office",
                                                    "accounts"}))
SOLE_TRADER = answers(people__staff=1.0, people__hiring="no", cyber__it_supplier="no",
                      investment__ai="not_looked", investment__leadership="spare_moments",
                      cyber__online_services=frozenset({"email", "banking"}))


# ------------------------------------------------------------------ misread questions


def test_a_cafe_with_email_and_a_card_machine_account_is_asked_about_two_step(
        uk_default) -> None:
    cafe = answers(cyber__online_services=frozenset({"email", "card_account"}))
    assert "cyber.two_step" in shown_ids(uk_default, cafe)
    # only a firm that uses none of the everyday services skips it
    nothing = answers(cyber__online_services=frozenset({"none"}))
    assert "cyber.two_step" not in shown_ids(uk_default, nothing)
    unsure = answers(cyber__online_services=DONT_KNOW)
    assert "cyber.two_step" in shown_ids(uk_default, unsure)
    listed = {o.id for o in uk_default.question("cyber.online_services").options}
    assert {"email", "banking", "card_account", "bookings", "social_media"} <= listed


def test_quick_check_asks_about_two_step_when_the_owner_does_not_know(quick_check) -> None:
    assert "cyber.two_step" in shown_ids(quick_check, answers(cyber__cloud=DONT_KNOW))
    assert "email" in texts(quick_check, "cyber.cloud", None)


def test_no_systems_that_decide_about_staff_is_not_scored(uk_default) -> None:
    base = answers(people__staff=6.0, people__consult_before="told")
    without = score_answers(uk_default, {**base, **answers(people__decision_systems="no")})
    people = next(a for a in without.areas if a.area.id == "people")
    assert "people.automated_decisions" not in shown_ids(
        uk_default, {**base, **answers(people__decision_systems="no")})
    # the people score is the one answer given (1 of 4 points): nothing added for "no"
    assert people.score == pytest.approx(25.0)
    # a rota app that fills shifts counts, and "not sure" leads to finding out
    assert "rota" in uk_default.question("people.decision_systems").help.get()
    plan = build_plan_for_answers(uk_default, {**base, **answers(
        people__decision_systems="not_sure")})
    assert plan.get("find-out-about-decision-systems") is not None


def test_double_questions_are_split(uk_default) -> None:
    firewall = uk_default.question("cyber.firewall")
    router = uk_default.question("cyber.router_password")
    assert "router" not in firewall.text.get().lower()
    assert "Wi-Fi password" in router.help.get()  # not the key people type to get online
    assert not uk_default.has_question("cyber.cloud")
    for question_id in ("cyber.passwords", "cyber.phishing", "investment.suppliers",
                        "people.training", "people.monitoring_told"):
        top = max(uk_default.question(question_id).options, key=lambda o: o.score)
        assert top.text.get().count(",") <= 1, (question_id, top.text.get())


def test_the_missing_real_cases_have_answers(uk_default) -> None:
    def option_ids(question_id: str) -> set[str]:
        return {o.id for o in uk_default.question(question_id).options}

    assert "some_devices" in option_ids("cyber.updates")
    assert "think_not" in option_ids("cyber.unsupported")
    unsure = next(o for o in uk_default.question("cyber.unsupported").options
                  if o.id == "think_not")
    assert not unsure.critical  # "fairly sure" is not a Cyber Essentials fail
    assert "maker's website" in uk_default.question("cyber.unsupported").help.get()
    assert {"tills", "machines"} <= option_ids("investment.areas")
    assert "till" in uk_default.question("cyber.accounts").options[0].text.get()
    assert "work on your own" in uk_default.question("cyber.accounts").help.get()
    assert "not a backup" in uk_default.question("cyber.backups").help.get()
    assert "not_sure" in option_ids("people.decision_systems")


def test_the_best_answer_is_often_not_the_longest(questionnaire_pair) -> None:
    for questionnaire in questionnaire_pair:
        scales = [q for q in questionnaire.questions
                  if q.type is QuestionType.SCALE and q.is_scored and len(q.options) > 2]
        longest_is_best = [
            q.id for q in scales
            if max(q.options, key=lambda o: len(o.text.get())).score == 4]
        assert len(longest_is_best) <= len(scales) // 2, longest_is_best


@pytest.fixture
def questionnaire_pair(uk_default, quick_check) -> tuple[Questionnaire, Questionnaire]:
    return uk_default, quick_check


def test_quick_check_missing_virus_protection_is_critical(quick_check) -> None:
    score = score_answers(quick_check, answers(cyber__malware="not_all"))
    cyber = next(a for a in score.areas if a.area.id == "cyber")
    assert cyber.capped_by == ("cyber.malware",)


def test_quick_check_no_arrangement_when_nobody_asked_still_earns_points(quick_check) -> None:
    given = answers(people__staff=60.0, people__consultation_body="none")
    people = next(a for a in score_answers(quick_check, given).areas
                  if a.area.id == "people")
    assert people.score is not None and people.score > 0
    assert people.capped_by == ()
    pending = answers(people__staff=60.0, people__consultation_body="request_pending")
    plan = build_plan_for_answers(quick_check, pending, nation=NI)
    planned = plan.get("set-up-staff-forum")
    assert planned is not None
    assert "Respond to your staff's request" in planned.text_title().get()
    assert "Labour Relations Agency" in planned.text_first_step().get()


# ------------------------------------------------------------------ facts


def test_northern_ireland_sees_its_own_consultation_threshold(uk_default, quick_check) -> None:
    for questionnaire in (uk_default, quick_check):
        ni = texts(questionnaire, "people.consultation_body", NI)
        assert "10%" in ni and "15" in ni and "2,500" in ni and "2%" not in ni
        gb = texts(questionnaire, "people.consultation_body", E)
        assert "2%" in gb and "10%" not in gb


def test_facts_checked_in_november_2026(uk_default) -> None:
    finance = uk_default.question("investment.finance_options")
    assert "7.5%" in finance.help.get() and "6%" not in finance.help.get()
    assert any("7.5%" in s.section for s in finance.sources)
    allowances = uk_default.question("investment.allowances").help.get()
    assert "only for companies" in allowances and "advance in science or technology" in allowances
    automated = uk_default.question("people.automated_decisions")
    assert "5 February 2026" in automated.why.get()
    assert any("22A" in s.section for s in automated.sources)
    assert "report@phishing.gov.uk" in uk_default.question("cyber.phishing").help.get()
    assert "Cyber Action Toolkit" in uk_default.question("cyber.certification").help.get()
    england = texts(uk_default, "cyber.incident_plan", E)
    assert "Monday to Friday, 8am to 8pm" in england
    assert "Police Scotland" in texts(uk_default, "cyber.incident_plan", S)


def test_every_source_shown_carries_a_date(uk_default, quick_check) -> None:
    for questionnaire in (uk_default, quick_check):
        for q in questionnaire.questions:
            for source in q.sources:
                assert any(ch.isdigit() for ch in source.version), (q.id, source.name)


# ------------------------------------------------------------------ new topics


@pytest.mark.parametrize(("question_id", "weak", "action_id"), [
    ("cyber.data_protection", frozenset({"none"}), "data-protection-basics"),
    ("people.safety_consult", "no", "consult-on-safety"),
    ("investment.ai_care", frozenset({"outputs_checked"}), "use-ai-with-care"),
    ("cyber.payment_checks", "reply", "check-bank-detail-changes"),
    ("cyber.supplier_access", frozenset({"listed"}), "control-supplier-access"),
    ("cyber.coping", frozenset({"insured"}), "plan-for-outages"),
    ("cyber.phone_lines", "not_checked", "check-analogue-lines"),
    ("people.digital_skills", frozenset({"guides"}), "support-digital-skills"),
])
def test_each_new_topic_is_asked_and_leads_to_an_action(
        uk_default, question_id: str, weak: object, action_id: str) -> None:
    given = answers(people__staff=6.0, investment__ai="trying", cyber__it_supplier="yes",
                    **{question_id.replace(".", "__"): weak})
    assert question_id in shown_ids(uk_default, given)
    question = uk_default.question(question_id)
    assert question.sources and all(s.url.startswith("https://") for s in question.sources)
    plan = build_plan_for_answers(uk_default, given, nation=E)
    assert plan.get(action_id) is not None, action_id


def test_health_and_safety_consultation_is_for_any_firm_with_staff(uk_default) -> None:
    small = answers(people__staff=2.0)
    assert "people.safety_consult" in shown_ids(uk_default, small)
    gb = uk_default.question("people.safety_consult")
    assert any("regulation/3" in s.url for s in gb.sources)
    assert "Northern Ireland" in texts(uk_default, "people.safety_consult", NI)
    assert "Northern Ireland" not in texts(uk_default, "people.safety_consult", W)


def test_the_analogue_switch_off_date_is_stated(uk_default) -> None:
    assert "January 2027" in uk_default.question("cyber.phone_lines").help.get()


def test_ai_in_hiring_and_public_tools_are_covered(uk_default) -> None:
    ai_care = uk_default.question("investment.ai_care")
    options = " ".join(o.text.get() for o in ai_care.options)
    assert "job applicants" in options and "public AI tools" in options
    assert "discrimination" in ai_care.why.get()
    # only firms that try or use AI are asked
    assert "investment.ai_care" not in shown_ids(uk_default, answers(investment__ai="thinking"))


def test_accessibility_law_follows_the_nation(uk_default) -> None:
    assert "Equality Act 2010" in texts(uk_default, "people.digital_skills", E)
    ni = texts(uk_default, "people.digital_skills", NI)
    assert "Disability Discrimination Act 1995" in ni and "Equality Act" not in ni


# ------------------------------------------------------------------ time


@pytest.mark.parametrize("firm", [CAFE, JOINERY, SOLE_TRADER], ids=["cafe", "joinery", "sole"])
def test_the_full_check_takes_20_to_30_minutes_for_a_typical_firm(uk_default, firm) -> None:
    assert 20 <= minutes_for(uk_default, firm) <= 30


def test_the_estimate_counts_only_the_questions_shown(uk_default) -> None:
    no_supplier = minutes_for(uk_default, answers(cyber__it_supplier="no"))
    supplier = minutes_for(uk_default, answers(cyber__it_supplier="yes"))
    extra = question_seconds(uk_default.question("cyber.supplier_access")) / 60
    assert supplier - no_supplier == pytest.approx(extra)


def test_the_estimate_is_a_questionnaire_attribute(uk_default, quick_check) -> None:
    fewest, most = uk_default.estimated_minutes
    assert 30 <= most <= 35  # every question, asked of no real firm
    for firm in (CAFE, JOINERY, SOLE_TRADER):  # a typical firm lies in between
        assert fewest <= minutes_for(uk_default, firm) <= most
    assert quick_check.estimated_minutes[1] <= 10
    assert "20 to 30 minutes" in uk_default.description.get()


# ------------------------------------------------------------------ carrying 1.1 forward


def test_a_1_1_assessment_carries_to_1_2(uk_default_1_1, uk_default) -> None:
    old_answers = answers(
        cyber__firewall="original_password", cyber__cloud="yes", cyber__two_step="all",
        people__automated_decisions="no_systems", cyber__passwords="manager_and_check",
        investment__leadership="named_trained", cyber__backups="tested",
        investment__areas=frozenset({"accounts", "online_sales"}),
        people__staff=8.0)
    old_answers["cyber.firewall"] = dataclasses.replace(old_answers["cyber.firewall"],
                                                        note="BT router")
    old = dataclasses.replace(Assessment.start(FirmProfile("Old Café"), uk_default_1_1),
                              answers=old_answers)
    moved = carry_answers(uk_default_1_1, uk_default, old)
    got = {k: a.value for k, a in moved.assessment.answers.items()}
    assert got["cyber.firewall"] == "all"
    assert got["cyber.router_password"] == "original"  # still a critical gap
    assert moved.assessment.answers["cyber.router_password"].note == "BT router"
    assert got["people.decision_systems"] == "no"
    assert "people.automated_decisions" not in got  # "no systems" is no longer an answer
    assert got["cyber.passwords"] == "manager"
    assert got["investment.leadership"] == "named"
    assert got["cyber.backups"] == "tested"  # unchanged questions carry as before
    assert got["investment.areas"] == frozenset({"accounts", "online_sales"})
    assert got["cyber.two_step"] == "all"  # kept, and asked once online services are ticked
    # the old "online services" question listed office software only: not carried
    assert [x.question_id for x in moved.left_behind] == ["cyber.cloud"]
    assert "cyber.online_services" in moved.new
    assert old.answers["cyber.firewall"].value == "original_password"  # original untouched


def test_a_quick_check_1_1_assessment_carries_to_1_2(quick_check_1_1, quick_check) -> None:
    old = dataclasses.replace(
        Assessment.start(FirmProfile("Old Shop"), quick_check_1_1),
        answers=answers(cyber__basics=frozenset({"firewall", "antivirus"}),
                        people__consultation_body="no", cyber__cloud="no",
                        people__staff=60.0))
    moved = carry_answers(quick_check_1_1, quick_check, old)
    got = {k: a.value for k, a in moved.assessment.answers.items()}
    assert got["cyber.basics"] == frozenset({"firewall"})
    assert got["cyber.malware"] == "all"
    assert "people.consultation_body" not in got  # "no" could mean either new answer
    assert "cyber.cloud" not in got  # "no" to office software says nothing about email
    assert {x.question_id for x in moved.left_behind} == {"people.consultation_body",
                                                         "cyber.cloud"}
