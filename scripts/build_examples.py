"""Write the sample assessments in examples/: one imagined firm in each UK nation.

The firms and their answers are invented. Ids and timestamps are fixed, so running the
script again gives byte-for-byte the same files. tests/questionnaires/test_examples.py
checks that every file reads back cleanly.

Usage (from the repository root)::

    .venv/bin/python scripts/build_examples.py          # rewrite examples/*.readiness
    .venv/bin/python scripts/build_examples.py --check  # exit 1 if any file is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from readiness_app import resources  # noqa: E402
from readiness_app.core.assessment import (  # noqa: E402
    DONT_KNOW,
    Answer,
    AnswerValue,
    Assessment,
    FirmProfile,
    SizeBand,
    Status,
)
from readiness_app.core.assessment_file import FILE_SUFFIX, assessment_to_json  # noqa: E402
from readiness_app.core.questionnaire_loader import (  # noqa: E402
    LoadedQuestionnaires,
    load_questionnaires,
)

OUTPUT_DIR = REPO / "examples"

# An answer as written below: an option id, a set of option ids, a number, free text, or
# DONT_KNOW; optionally with an adviser's note as (value, note).
Spec = AnswerValue | int | set[str] | tuple[AnswerValue | int | set[str], str]


@dataclass(frozen=True)
class Example:
    """One sample firm and its answers, in the order they were given."""

    file_stem: str
    assessment_id: str
    firm: FirmProfile
    questionnaire_id: str
    started: datetime
    answers: Mapping[str, Spec]
    status: Status = Status.COMPLETE
    minutes_per_answer: float = 0.6


ENGLAND = Example(
    file_stem="england-joinery-leeds",
    assessment_id="england-joinery",
    firm=FirmProfile(
        name="Hartley & Sons Joinery Ltd",
        sector="Manufacturing (joinery and shopfitting)",
        size_band=SizeBand.SMALL,
        postcode="LS11 8PZ",
    ),
    questionnaire_id="uk-default",
    started=datetime(2026, 9, 14, 9, 30, tzinfo=UTC),
    answers={
        "investment.plan": "ideas",
        "investment.areas": {"accounts", "customers", "scheduling", "machines"},
        "investment.budget": "purchases",
        "investment.allowances": "after",
        "investment.finance_options": "usual_bank",
        "investment.leadership": "spare_moments",
        "investment.skills": "staff_or_supplier",
        "investment.data": "separate_systems",
        "investment.infrastructure": ("some_problems",
                                      "Two workshop PCs are on Windows 10 and very slow."),
        "investment.suppliers": "recommendation",
        "investment.benefits": "gut_feel",
        "investment.ai": "thinking",
        "investment.advice": "know_of",
        "cyber.devices_list": "in_head",
        "cyber.online_services": {"email", "banking", "office", "accounts"},
        "cyber.two_step": "some",
        "cyber.passwords": "advice",
        "cyber.firewall": "all",
        "cyber.router_password": "changed",
        "cyber.settings": {"screen_lock", "device_passwords"},
        "cyber.updates": "devices_only",
        "cyber.unsupported": ("one_or_two", "The CNC router's PC still runs Windows 10."),
        "cyber.accounts": {"own_login", "leavers_closed"},
        "cyber.malware": "unchecked",
        "cyber.backups": "automatic",
        "cyber.phishing": "mentioned",
        "cyber.payment_checks": "sometimes_call",
        "cyber.it_supplier": "yes",
        "cyber.supplier_access": {"listed"},
        "cyber.data_protection": {"ico_fee", "cctv"},
        "cyber.coping": {"insured"},
        "cyber.phone_lines": ("some_left", "The burglar alarm dials out on the old BT line."),
        "cyber.incident_plan": "know_who",
        "cyber.certification": ("heard", "A main contractor has asked about it for 2027 tenders."),
        "people.staff": 38,
        "people.consult_before": "told",
        "people.safety_consult": ("if_risky", "Asked the shop floor about the new edge bander's "
                                  "dust extraction."),
        "people.training": "some",
        "people.digital_skills": {"guides"},
        "people.monitoring": "no",
        "people.decision_systems": "no",
        "people.job_quality": "if_complaints",
        "people.voice": "regular",
    },
)

SCOTLAND = Example(
    file_stem="scotland-dental-glasgow",
    assessment_id="scotland-dental",
    firm=FirmProfile(
        name="Kelvinside Dental Care",
        sector="Health (dental practice)",
        size_band=SizeBand.MICRO,
        postcode="G12 9LU",
    ),
    questionnaire_id="quick-check",
    started=datetime(2026, 10, 2, 13, 0, tzinfo=UTC),
    minutes_per_answer=0.8,
    answers={
        "investment.plan": "written",
        "investment.finance": "own_money_set_aside",
        "investment.skills": "skilled_or_supplier",
        "cyber.backups": "tested",
        "cyber.updates": "all_automatic",
        "cyber.cloud": "yes",
        "cyber.two_step": "all",
        "cyber.basics": {"firewall", "screen_lock", "default_passwords"},
        "cyber.malware": "all",
        "people.staff": 7,
        "people.consult": "asked",
        "people.training": "some",
        "people.monitoring": ("yes", "Security camera at reception; calls to the front desk "
                                     "are recorded."),
        "people.monitoring_told": "told",
        "people.comments": "Two dental nurses were nervous about the new booking system. "
                           "A trial week with one of them helped a lot.",
    },
)

WALES = Example(
    file_stem="wales-bakery-carmarthen",
    assessment_id="wales-bakery",
    firm=FirmProfile(
        name="Becws Tŷ Melyn Cyf",
        sector="Food and drink (bakery and café)",
        size_band=SizeBand.SMALL,
        postcode="SA31 1DL",
    ),
    questionnaire_id="uk-default",
    started=datetime(2026, 11, 5, 16, 45, tzinfo=UTC),
    status=Status.IN_PROGRESS,
    minutes_per_answer=0.7,
    answers={
        "investment.plan": "none",
        "investment.areas": {"accounts", "online_sales"},
        "investment.budget": "none",
        "investment.allowances": "heard",
        "investment.finance_options": (DONT_KNOW, "Ask the accountant at the year-end meeting."),
        "investment.leadership": "spare_moments",
        "investment.skills": "self_taught",
        "investment.data": "spreadsheets",
        "investment.infrastructure": "holding_back",
        "investment.suppliers": "first_found",
        "investment.benefits": "never",
        "investment.ai": "not_looked",
        "investment.advice": "never",
        "cyber.devices_list": "none",
        "cyber.online_services": {"email", "banking", "card_account", "social_media"},
        "cyber.two_step": "none",
        "cyber.passwords": "no_rules",
        "cyber.firewall": DONT_KNOW,
        "cyber.router_password": "original",
    },
)

NORTHERN_IRELAND = Example(
    file_stem="northern-ireland-logistics-lisburn",
    assessment_id="ni-logistics",
    firm=FirmProfile(
        name="Lagan Freight Services Ltd",
        sector="Transport and logistics",
        size_band=SizeBand.MEDIUM,
        postcode="BT28 2SA",
    ),
    questionnaire_id="uk-default",
    started=datetime(2026, 8, 20, 8, 15, tzinfo=UTC),
    minutes_per_answer=0.5,
    answers={
        "investment.plan": "written",
        "investment.areas": {"customers", "accounts", "stock", "scheduling", "staff_admin"},
        "investment.budget": "full_year",
        "investment.allowances": "before",
        "investment.finance_options": "compared",
        "investment.leadership": "named",
        "investment.skills": "both",
        "investment.data": "joined",
        "investment.infrastructure": "fine_now",
        "investment.suppliers": "compare_contract",
        "investment.benefits": "talk_over",
        "investment.ai": ("trying", "Testing route planning software on two depots."),
        "investment.ai_care": {"outputs_checked", "tools_agreed", "hiring_fair"},
        "investment.advice": "once",
        "cyber.devices_list": "written",
        "cyber.online_services": {"email", "banking", "office", "accounts", "bookings"},
        "cyber.two_step": "all",
        "cyber.passwords": "strong",
        "cyber.firewall": "all",
        "cyber.router_password": "reviewed",
        "cyber.settings": {"screen_lock", "unused_removed", "device_passwords", "trusted_apps"},
        "cyber.updates": "everything",
        "cyber.unsupported": "none_checked",
        "cyber.accounts": {"own_login", "leavers_closed", "admin_separate", "few_admins"},
        "cyber.malware": "checked",
        "cyber.backups": "tested",
        "cyber.phishing": "trained",
        "cyber.payment_checks": "always_call",
        "cyber.it_supplier": "yes",
        "cyber.supplier_access": {"own_logins", "listed", "removed", "supplier_certified"},
        "cyber.data_protection": {"ico_fee", "privacy_notice", "breach_log", "cctv"},
        "cyber.coping": {"insured", "keep_trading"},
        "cyber.phone_lines": "checked",
        "cyber.incident_plan": "written",
        "cyber.certification": "certified",
        "people.staff": 85,
        "people.consult_before": "asked",
        "people.safety_consult": "always",
        "people.training": "planned",
        "people.digital_skills": {"skills_check", "guides", "go_to_person"},
        "people.monitoring": "yes",
        "people.monitoring_told": ("partly", "Drivers are told about vehicle trackers at "
                                   "induction; office staff have not been told about call "
                                   "recording."),
        "people.decision_systems": ("yes", "The rota system fills driver shifts on its own."),
        "people.automated_decisions": "usually_checked",
        "people.job_quality": "informal",
        "people.voice": "representatives",
        "people.consultation_body": "informal",
    },
)

EXAMPLES: tuple[Example, ...] = (ENGLAND, SCOTLAND, WALES, NORTHERN_IRELAND)


def _value(spec: AnswerValue | int | set[str]) -> AnswerValue:
    if isinstance(spec, set):
        return frozenset(spec)
    if isinstance(spec, int) and not isinstance(spec, bool):
        return float(spec)
    return spec


def build(example: Example, catalogue: LoadedQuestionnaires) -> Assessment:
    """The assessment for one example, with fixed id and timestamps."""
    questionnaire = catalogue.find(example.questionnaire_id)
    if questionnaire is None:
        raise SystemExit(f"questionnaire {example.questionnaire_id} is not shipped")
    assessment = replace(
        Assessment.start(example.firm, questionnaire),
        id=example.assessment_id,
        created_at=example.started,
    )
    stamp = example.started
    for number, (question_id, spec) in enumerate(example.answers.items(), start=1):
        value, note = spec if isinstance(spec, tuple) else (spec, "")
        stamp = example.started + timedelta(minutes=round(number * example.minutes_per_answer, 1))
        answer = Answer(question_id, _value(value), note, stamp.replace(microsecond=0))
        assessment = assessment.with_answer(questionnaire, answer)
    return replace(assessment, status=example.status,
                   updated_at=stamp.replace(microsecond=0) + timedelta(minutes=1))


def render_all() -> dict[str, str]:
    """File name -> file text for every example."""
    catalogue = load_questionnaires(resources.questionnaire_paths())
    if catalogue.errors:
        raise SystemExit("\n".join(str(e) for e in catalogue.errors))
    return {f"{e.file_stem}{FILE_SUFFIX}": assessment_to_json(build(e, catalogue))
            for e in EXAMPLES}


def main(argv: Sequence[str] | None = None) -> int:
    """Write the examples, or with --check report whether they are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args(argv)
    files = render_all()
    stale = [name for name, text in files.items()
             if not (OUTPUT_DIR / name).exists()
             or (OUTPUT_DIR / name).read_text(encoding="utf-8") != text]
    if args.check:
        for name in stale:
            print(f"examples/{name} is out of date; run scripts/build_examples.py")
        return 1 if stale else 0
    OUTPUT_DIR.mkdir(exist_ok=True)
    for name, text in files.items():
        (OUTPUT_DIR / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote examples/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
