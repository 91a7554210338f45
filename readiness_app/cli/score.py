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
from readiness_app.core.i18n import ENGLISH, Messages
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
    from readiness_app.core.scoring import score_assessment
    from readiness_app.services.language import messages

    tr = messages(args.language)
    assessment, questionnaire = load_assessment(args)
    score = score_assessment(questionnaire, assessment)
    checks = answers_to_check(questionnaire, assessment.answers, assessment.firm)
    if args.json:
        from readiness_app.core.result_data import checks_to_list, score_to_dict

        data = score_to_dict(score)
        data["firm"] = assessment.firm.name
        data["answers_to_check"] = checks_to_list(checks)
        print_json(data)
        return 0
    echo(f"{assessment.firm.name}")
    echo(f"{questionnaire.title.get(tr.language)} ({questionnaire.id} "
         f"{questionnaire.version})")
    echo()
    echo(render_score(score, tr))
    echo(render_checks(checks, tr), end="")
    return 0


def render_checks(checks: Sequence[AnswerCheck], tr: Messages = ENGLISH) -> str:
    """Answers that contradict each other, as lines to print ("" when there are none)."""
    if not checks:
        return ""
    lines = ["", tr("Answers to check (they seem to contradict each other):")]
    lines += [f" - {c.text.get(tr.language)}" for c in checks]
    return "\n".join(lines) + "\n"


def render_score(score: Score, tr: Messages = ENGLISH) -> str:
    """The score as plain text: summary, areas, and the answers behind each area; the
    words in ``tr``'s language."""
    from readiness_app.core.scoring import critical_gap_summary

    lang = tr.language
    lines: list[str] = []
    level = score.level.title.get(lang) if score.level else tr("not yet scored")
    capped = tr(" (held down by a critical gap)") if score.is_capped else ""
    lines.append(tr("Overall: {score} / 100, {level}").format(
        score=score_text(score.overall), level=level) + capped)
    summary = critical_gap_summary(score, lang, tr)
    if summary:
        lines.append(summary)
    lines.append(tr("Answered: {share} of the questions shown").format(
        share=percent(score.coverage)))
    for area in score.areas:
        lines.append("")
        title = area.area.title.get(lang)
        if not area.applies:
            reason = area.not_applicable_reason.get(lang) if area.not_applicable_reason else ""
            lines.append(tr("{area}: not applicable. {reason}").format(
                area=title, reason=reason).rstrip())
            if area.note is not None:
                lines.append(f"  {area.note.get(lang)}")
            continue
        area_level = area.level.title.get(lang) if area.level else tr("not yet scored")
        lines.append(tr("{area}: {score} / 100, {level}  ({answered} of {applicable} "
                        "answered)").format(area=title, score=score_text(area.score),
                                            level=area_level, answered=area.answered,
                                            applicable=area.applicable))
        if area.is_capped and area.uncapped_level is not None:
            lines.append(tr("  Level held at {level} (the score alone would reach {uncapped}) "
                            "because of: ").format(
                level=area_level, uncapped=area.uncapped_level.title.get(lang))
                + ", ".join(area.capped_by))
        for result in area.results:
            mark = "!" if result.critical else ("?" if result.dont_know else " ")
            lines.append(f" {mark} {result.question_id}: {result.answer_text.get(lang)}"
                         f"  [{result.points:g}/4, +{result.earned:.1f}, -{result.lost:.1f}]")
        for question_id in area.unanswered:
            lines.append(tr("   {question}: not answered yet").format(question=question_id))
    lines.append("")
    lines.append(tr("Key: [points/4, +area points earned, -area points missed]; "
                    "! critical gap; ? don't know"))
    return "\n".join(lines)
