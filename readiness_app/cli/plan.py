"""`readiness-app plan FILE [--json | --xlsx OUT | --docx OUT]`: the action plan of an
assessment file, printed, as JSON, or as an editable XLSX or DOCX copy for an adviser."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import (
    add_assessment_command,
    echo,
    load_assessment,
    print_json,
)
from readiness_app.core.i18n import in_language
from readiness_app.core.text import score_text

if TYPE_CHECKING:
    from readiness_app.core.action_plan import ActionPlan
    from readiness_app.core.assessment import Assessment
    from readiness_app.core.i18n import Messages
    from readiness_app.core.questionnaire import Questionnaire, SupportTopic
    from readiness_app.core.support_directory import TopicSupport
    from readiness_app.services.local_support import FirmSupport


def register(subparsers: Any) -> None:
    """Add the command to the parser."""
    parser = add_assessment_command(
        subparsers,
        "plan",
        "show the ranked action plan of an assessment file",
        (
            "Build the action plan for an assessment file: the actions that close its gaps, "
            "in expert order (a legal deadline first, then fixes for answers that fail a basic "
            "standard, other critical gaps, then risk and gain), never before the actions "
            "they depend on. At most 5 actions go in the next 30 days and 15 over the year, "
            "within the firm's time and budget; the rest are listed under 'Later'. Quick "
            "wins are marked. --json is described in docs/plan-json.md."
        ),
    )
    parser.add_argument("--xlsx", type=Path, metavar="OUT",
                        help="write an editable copy of the plan as a spreadsheet (with empty "
                             "'Who' and 'By when' columns)")
    parser.add_argument("--docx", type=Path, metavar="OUT",
                        help="write an editable copy of the plan as a Word document")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the plan, or write its editable copies."""
    from readiness_app.core.action_plan import build_plan
    from readiness_app.core.result_data import plan_to_dict

    if args.json and (args.xlsx or args.docx):
        echo("readiness-app plan: --json prints the plan; leave it out to write --xlsx or "
             "--docx", file=sys.stderr)
        return 2
    assessment, questionnaire = load_assessment(args)
    if args.xlsx or args.docx:
        return _write_copies(args, assessment, questionnaire)
    found = _support(assessment)
    support = found.support if found else None
    plan = build_plan(questionnaire, assessment, nation=found.nation if found else None)
    from readiness_app.cli.score import render_checks
    from readiness_app.core.answer_checks import answers_to_check
    from readiness_app.core.result_data import checks_to_list

    checks = answers_to_check(questionnaire, assessment.answers, assessment.firm)
    if args.json:
        data = plan_to_dict(plan, support=support)
        data["firm"] = assessment.firm.name
        data["answers_to_check"] = checks_to_list(checks)
        print_json(data)
        return 0
    from readiness_app.services.language import messages
    from readiness_app.services.local_support import organisation_names

    tr = messages(args.language)
    echo(tr("Action plan for {firm}").format(firm=assessment.firm.name))
    echo(render_plan(plan, support, tr, organisation_names(tr.language)))
    echo(render_checks(checks, tr), end="")
    return 0


def _write_copies(args: argparse.Namespace, assessment: Assessment,
                  questionnaire: Questionnaire) -> int:
    """Write the XLSX and/or DOCX copy (openpyxl and python-docx are imported here)."""
    import datetime as dt

    from readiness_app.services import plan_export
    from readiness_app.services.language import messages

    tr = messages(args.language)
    copy = plan_export.plan_copy(questionnaire, assessment, today=dt.date.today(), tr=tr)
    if args.xlsx:
        plan_export.write_plan_xlsx(args.xlsx, copy)
        echo(tr("Wrote {file}").format(file=args.xlsx))
    if args.docx:
        plan_export.write_plan_docx(args.docx, copy)
        echo(tr("Wrote {file}").format(file=args.docx))
    return 0


def _support(assessment: Assessment) -> FirmSupport | None:
    """Support where the firm is and its nation (the same lookup as the app and the PDF);
    None when the shipped directory cannot be read."""
    import datetime as dt

    from readiness_app.core.errors import GeographyDataError, ReadinessError
    from readiness_app.services.local_support import load_directory, support_for_firm

    try:
        return support_for_firm(assessment.firm, load_directory(), dt.date.today())
    except (GeographyDataError, ReadinessError):
        return None


def render_plan(plan: ActionPlan,
                support: Mapping[SupportTopic, TopicSupport] | None = None,
                tr: Messages | None = None,
                names: Mapping[str, str] | None = None) -> str:
    """The plan as plain text, period by period, then the later list; the words in
    ``tr``'s language (organisations by their ``names`` in it, where given)."""
    from readiness_app.core.i18n import ENGLISH
    from readiness_app.core.questionnaire import Timeframe
    from readiness_app.core.scoring import critical_gap_summary

    tr = tr or ENGLISH
    lang = tr.language
    names = names or {}
    score = plan.score
    level = score.level.title.get(lang) if score.level else tr("not yet scored")
    lines = [tr("Starting point: {score} / 100, {level}").format(
        score=score_text(score.overall), level=level)]
    summary = critical_gap_summary(score, lang, tr)
    if summary:
        lines.append(summary)
    lines.append(tr("Time and money: {means}").format(means=plan.means.describe(tr)))
    for area in score.not_applicable:
        reason = area.not_applicable_reason.get(lang) if area.not_applicable_reason else ""
        lines.append(tr("{area}: not applicable. {reason}").format(
            area=area.area.title.get(lang), reason=reason).rstrip())
        if area.note is not None:
            lines.append(area.note.get(lang))
    if not plan.actions:
        lines.append("")
        lines.append(tr("No actions: every answer given is already at the top level."))
    numbers = plan.numbers  # the app's and the PDF's numbers
    titles = {a.id: a.text_title().get(lang) for a in plan.actions}
    for period in Timeframe:
        actions = plan.in_timeframe(period)
        if not actions:
            continue
        heading = tr(period.label)
        lines.append("")
        lines.append(heading)
        lines.append("-" * len(heading))
        load = plan.load(period)
        if load is not None and load.note():
            lines.append(f"({load.note(tr)})")
        for planned in actions:
            number = numbers[planned.id]
            action = planned.action
            tags = []
            if planned.quick_win:
                tags.append(tr("quick win"))
            if planned.critical:
                tags.append(tr("fixes a critical gap"))
            tag_text = f"  [{', '.join(tags)}]" if tags else ""
            lines.append(f"{number}. {planned.text_title().get(lang)}{tag_text}")
            if planned.is_later:
                lines.append(tr("   Why later: {why}").format(
                    why=in_language(planned.why_later, tr)))
            lines.append(f"   {planned.text_what().get(lang)}")
            lines.append(tr("   First step: {step}").format(
                step=planned.text_first_step().get(lang)))
            lines.append(tr("   Who: {who}; work: {effort}; cost: {cost}").format(
                who=", ".join(tr(w.label) for w in action.who), effort=tr(action.effort.words),
                cost=tr(action.cost.label)))
            found = (support or {}).get(action.topic)
            if found is not None:
                helpers = ", ".join(
                    f"{names.get(m.organisation.id) or m.organisation.name} "
                    f"({tr(m.scope.value)})" for m in found.for_action(action.support_kinds))
                lines.append(tr("   Help: {names}").format(names=helpers))
            area_title = score.area(action.area_id).area.title.get(lang)
            lines.append(tr("   Gain if done: +{gain_area} in {area}, +{gain_overall} "
                            "overall").format(gain_area=f"{planned.gain_area:.1f}",
                                              area=area_title,
                                              gain_overall=f"{planned.gain_overall:.1f}"))
            if planned.follows:
                lines.append(tr("   After: {actions}").format(actions="; ".join(
                    f"{numbers[f]}. {titles[f]}" for f in planned.follows)))
    if score.dont_know:
        lines.append("")
        lines.append(tr("To check (answered \"don't know\"):"))
        for result in score.dont_know:
            lines.append(f" - {result.question_text.get(lang)}")
    return "\n".join(lines)
