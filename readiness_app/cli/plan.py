"""`readiness-app plan FILE [--json]`: the action plan of an assessment file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import (
    add_assessment_command,
    echo,
    load_assessment,
    print_json,
)
from readiness_app.core.text import score_text

if TYPE_CHECKING:
    from readiness_app.core.action_plan import ActionPlan


def register(subparsers: Any) -> None:
    """Add the command to the parser."""
    parser = add_assessment_command(
        subparsers,
        "plan",
        "show the ranked action plan of an assessment file",
        (
            "Build the action plan for an assessment file: the actions that close its gaps, "
            "grouped into the next 30 days, 3 months and 12 months, highest priority first, "
            "never before the actions they depend on. Quick wins are marked."
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the plan."""
    from readiness_app.core.action_plan import build_plan
    from readiness_app.core.result_data import plan_to_dict

    assessment, questionnaire = load_assessment(args)
    plan = build_plan(questionnaire, assessment)
    if args.json:
        data = plan_to_dict(plan)
        data["firm"] = assessment.firm.name
        print_json(data)
        return 0
    echo(f"Action plan for {assessment.firm.name}")
    echo(render_plan(plan))
    return 0


def render_plan(plan: ActionPlan) -> str:
    """The plan as plain text, period by period."""
    from readiness_app.core.questionnaire import Timeframe

    score = plan.score
    level = score.level.title.get() if score.level else "not yet scored"
    lines = [f"Starting point: {score_text(score.overall)} / 100, {level}"]
    if not plan.actions:
        lines.append("")
        lines.append("No actions: every answer given is already at the top level.")
    number = 0
    for period in Timeframe:
        actions = plan.in_timeframe(period)
        if not actions:
            continue
        lines.append("")
        lines.append(f"{period.label}")
        lines.append("-" * len(period.label))
        for planned in actions:
            number += 1
            action = planned.action
            tags = []
            if planned.quick_win:
                tags.append("quick win")
            if planned.critical:
                tags.append("fixes a critical gap")
            tag_text = f"  [{', '.join(tags)}]" if tags else ""
            lines.append(f"{number}. {action.title.get()}{tag_text}")
            lines.append(f"   {action.what.get()}")
            lines.append(f"   First step: {action.first_step.get()}")
            lines.append(
                f"   Who: {', '.join(w.label for w in action.who)}; effort {action.effort.value}; "
                f"cost: {action.cost.label}; support: {action.topic.label}"
            )
            area_title = score.area(action.area_id).area.title.get()
            lines.append(f"   Gain if done: +{planned.gain_area:.1f} in {area_title}, "
                         f"+{planned.gain_overall:.1f} overall")
            if planned.follows:
                lines.append(f"   After: {', '.join(planned.follows)}")
    if score.dont_know:
        lines.append("")
        lines.append("To check (answered \"don't know\"):")
        for result in score.dont_know:
            lines.append(f" - {result.question_text.get()}")
    return "\n".join(lines)
