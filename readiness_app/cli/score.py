"""`readiness-app score FILE [--json]`: the readiness score of an assessment file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import (
    add_assessment_command,
    echo,
    load_assessment,
    print_json,
)
from readiness_app.core.text import percent, score_text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from readiness_app.core.questionnaire import AnswerCheck
    from readiness_app.core.scoring import Score


def register(subparsers: Any) -> None:
    """Add the command to the parser."""
    parser = add_assessment_command(
        subparsers,
        "score",
        "show the readiness score of an assessment file, with the answers behind it",
        (
            "Score an assessment file. Each area gets a score from 0 to 100 and a level; the "
            "answers that moved each score are listed with the points they earned and lost."
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the score."""
    from readiness_app.core.answer_checks import answers_to_check
    from readiness_app.core.result_data import checks_to_list, score_to_dict
    from readiness_app.core.scoring import score_assessment

    assessment, questionnaire = load_assessment(args)
    score = score_assessment(questionnaire, assessment)
    checks = answers_to_check(questionnaire, assessment.answers, assessment.firm)
    if args.json:
        data = score_to_dict(score)
        data["firm"] = assessment.firm.name
        data["answers_to_check"] = checks_to_list(checks)
        print_json(data)
        return 0
    echo(f"{assessment.firm.name}")
    echo(f"{questionnaire.title} ({questionnaire.id} {questionnaire.version})")
    echo()
    echo(render_score(score))
    echo(render_checks(checks), end="")
    return 0


def render_checks(checks: Sequence[AnswerCheck]) -> str:
    """Answers that contradict each other, as lines to print ("" when there are none)."""
    if not checks:
        return ""
    lines = ["", "Answers to check (they seem to contradict each other):"]
    lines += [f" - {c.text.get()}" for c in checks]
    return "\n".join(lines) + "\n"


def render_score(score: Score) -> str:
    """The score as plain text: summary, areas, and the answers behind each area."""
    from readiness_app.core.scoring import critical_gap_summary

    lines: list[str] = []
    level = score.level.title.get() if score.level else "not yet scored"
    capped = " (held down by a critical gap)" if score.is_capped else ""
    lines.append(f"Overall: {score_text(score.overall)} / 100, {level}{capped}")
    summary = critical_gap_summary(score)
    if summary:
        lines.append(summary)
    lines.append(f"Answered: {percent(score.coverage)} of the questions shown")
    for area in score.areas:
        lines.append("")
        if not area.applies:
            reason = area.not_applicable_reason.get() if area.not_applicable_reason else ""
            lines.append(f"{area.area.title.get()}: not applicable. {reason}".rstrip())
            if area.note is not None:
                lines.append(f"  {area.note.get()}")
            continue
        area_level = area.level.title.get() if area.level else "not yet scored"
        lines.append(f"{area.area.title.get()}: {score_text(area.score)} / 100, {area_level}"
                     f"  ({area.answered} of {area.applicable} answered)")
        if area.is_capped and area.uncapped_level is not None:
            lines.append(f"  Level held at {area_level} (the score alone would reach "
                         f"{area.uncapped_level.title.get()}) because of: "
                         + ", ".join(area.capped_by))
        for result in area.results:
            mark = "!" if result.critical else ("?" if result.dont_know else " ")
            lines.append(f" {mark} {result.question_id}: {result.answer_text.get()}"
                         f"  [{result.points:g}/4, +{result.earned:.1f}, -{result.lost:.1f}]")
        for question_id in area.unanswered:
            lines.append(f"   {question_id}: not answered yet")
    lines.append("")
    lines.append("Key: [points/4, +area points earned, -area points missed]; "
                 "! critical gap; ? don't know")
    return "\n".join(lines)
