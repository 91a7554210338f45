"""Write docs/questions.md: every shipped question, its answers, scores, sources and actions.

The page lets an adviser review the content without reading the YAML files. It is generated,
so it never drifts from the data; tests/questionnaires/test_question_docs.py fails when the
committed page differs from what this script writes.

Usage (from the repository root)::

    .venv/bin/python scripts/build_question_docs.py          # rewrite docs/questions.md
    .venv/bin/python scripts/build_question_docs.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from readiness_app import resources  # noqa: E402
from readiness_app.core.question_types import kind_of  # noqa: E402
from readiness_app.core.questionnaire import (  # noqa: E402
    Action,
    Condition,
    FirmCondition,
    Nation,
    Question,
    Questionnaire,
    Source,
    Trigger,
    Variant,
)
from readiness_app.core.questionnaire_loader import load_questionnaires  # noqa: E402

OUTPUT = REPO / "docs" / "questions.md"
DONT_KNOW = "dont_know"

def _cell(text: str) -> str:
    """Text made safe for one cell of a markdown table."""
    return " ".join(text.split()).replace("|", "\\|")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _source_line(source: Source) -> str:
    name, section, version = _flat(source.name), _flat(source.section), _flat(source.version)
    return f"- {name}, {section} ({version}): <{source.url}>"


def _condition(c: Condition, questionnaire: Questionnaire) -> str:
    target = questionnaire.question(c.question_id)
    if c.any_of:
        names = ", ".join(
            "don't know" if o == DONT_KNOW else f"`{o}`" for o in sorted(c.any_of)
        )
        return f"`{target.id}` is answered {names}"
    parts = []
    if c.at_least is not None:
        parts.append(f"at least {c.at_least:g}")
    if c.below is not None:
        parts.append(f"below {c.below:g}")
    return f"`{target.id}` is " + " and ".join(parts)


def _applies(conditions: Iterable[Condition | FirmCondition], questionnaire: Questionnaire
             ) -> str:
    parts = []
    for c in conditions:
        if isinstance(c, FirmCondition):
            parts.append(f"the firm's `{c.field}` is " + ", ".join(
                f"`{v}`" for v in sorted(c.any_of)))
        else:
            parts.append(_condition(c, questionnaire))
    return " and ".join(parts) + " (or it is not known)"


def _trigger(t: Trigger, questionnaire: Questionnaire) -> str:
    q = questionnaire.question(t.question_id)
    if t.score_below is not None:
        text = f"`{q.id}` scores below {t.score_below}"
        options = kind_of(q.type).options_scoring_below(q, t.score_below)
        if options is not None:
            matching = [f"`{o.id}`" for o in options]
            if q.allow_dont_know:
                matching.append("don't know")
            text += f" (answers {', '.join(matching)})"
        elif q.allow_dont_know:
            text += " (including don't know)"
        return text
    if t.missing:
        names = ", ".join(f"`{o}`" for o in sorted(t.missing))
        return f"`{q.id}` is answered without ticking one of {names}"
    names = ", ".join("don't know" if o == DONT_KNOW else f"`{o}`" for o in sorted(t.answers))
    return f"`{q.id}` is answered {names}"


_FIELD_NAMES = {"help": "What this means", "why": "Why it matters", "title": "Title",
                "what": "What to do", "first_step": "First step"}


def _variants(variants: Iterable[Variant], questionnaire: Questionnaire) -> list[str]:
    """One paragraph per variant: for which nations and answers, and the texts it gives."""
    lines: list[str] = []
    for v in variants:
        where = []
        if v.nations:
            where.append("in " + ", ".join(n.label for n in Nation if n in v.nations))
        if v.when:
            where.append("when " + " and ".join(_condition(c, questionnaire) for c in v.when))
        if v.cost is not None:
            where.append("as the cheaper way (cost: " + v.cost.label.lower()
                         + ") when the urgent actions cost more than the budget")
        texts = "; ".join(f"{_FIELD_NAMES[name].lower()}: {_flat(text.get())}"
                          for name, text in v.texts.items())
        lines += [f"*Variant {' '.join(where)}:* {texts}", ""]
        if v.sources is not None:
            lines += ["Its sources:"] + [_source_line(s) for s in v.sources] + [""]
    return lines


def _actions_for(q: Question, questionnaire: Questionnaire) -> list[Action]:
    return [a for a in questionnaire.actions if any(t.question_id == q.id for t in a.triggers)]


def _question(number: int, q: Question, questionnaire: Questionnaire) -> list[str]:
    kind = kind_of(q.type)
    lines = [f"#### {number}. {_flat(q.text.get())}", "", f"Id `{q.id}`; {kind.description}."]
    notes = []
    if not q.is_scored:
        notes.append("Not scored: it shapes which questions follow.")
    if q.allow_dont_know:
        notes.append("\"Don't know\" is offered and scores 0.")
    if q.show_if:
        notes.append("Asked only when " + " and ".join(
            _condition(c, questionnaire) for c in q.show_if) + ".")
    if q.applies_if:
        notes.append("Applies only when " + _applies(q.applies_if, questionnaire) + ".")
    limits = kind.describe_limits(q)
    if limits:
        notes.append(limits)
    if notes:
        lines += ["", " ".join(notes)]
    lines += ["", f"*What this means:* {_flat(q.help.get())}", "",
              f"*Why it matters:* {_flat(q.why.get())}", ""]
    lines += _variants(q.variants, questionnaire)
    if q.options:
        if q.is_scored:
            lines += ["| Answer | Id | Score | Critical |", "|---|---|---|---|"]
            for o in q.options:
                flags = "yes" if o.critical else ""
                if o.exclusive:
                    flags = (flags + ", " if flags else "") + "clears other ticks"
                lines.append(f"| {_cell(o.text.get())} | `{o.id}` | {o.score} | {flags} |")
        else:
            lines += ["| Answer | Id |", "|---|---|"]
            lines += [f"| {_cell(o.text.get())} | `{o.id}` |" for o in q.options]
        lines.append("")
    if q.bands:
        lines += ["| From | Score | Critical |", "|---|---|---|"]
        lines += [f"| {b.min_value:g} | {b.score} | {'yes' if b.critical else ''} |"
                  for b in sorted(q.bands, key=lambda b: b.min_value)]
        lines.append("")
    actions = _actions_for(q, questionnaire)
    if actions:
        lines.append("Actions it can lead to: " + ", ".join(
            f"{_flat(a.title.get())} (`{a.id}`)" for a in actions) + ".")
        lines.append("")
    lines.append("Sources:")
    lines += [_source_line(s) for s in q.sources]
    lines.append("")
    return lines


def _action(a: Action, questionnaire: Questionnaire) -> list[str]:
    lines = [
        f"#### {_flat(a.title.get())}",
        "",
        f"Id `{a.id}`. {_flat(a.what.get())}",
        "",
        f"*First step:* {_flat(a.first_step.get())}",
        "",
        f"Effort {a.effort.value}; cost: {a.cost.label.lower()}; timeframe: "
        f"{a.timeframe.label.lower()}; who: {', '.join(w.label for w in a.who)}; "
        f"support topic: {a.topic.label.lower()} (`{a.topic.value}`).",
        "",
        "Triggered when " + "; or when ".join(_trigger(t, questionnaire) for t in a.triggers)
        + ".",
    ]
    if a.nations:
        lines += ["", "Only for firms in " + ", ".join(
            n.label for n in Nation if n in a.nations) + "."]
    if a.variants:
        lines += ["", *_variants(a.variants, questionnaire)[:-1]]
    if a.outside_help:
        lines += ["", "Brings in outside help: with more money than hours, it comes before the "
                  "urgent work an IT supplier can take on."]
    if a.after:
        lines += ["", "Comes after: " + ", ".join(
            f"{_flat(questionnaire.action(p).title.get())} (`{p}`)" for p in a.after) + "."]
    if a.sources:
        lines += ["", "Sources:"] + [_source_line(s) for s in a.sources]
    lines.append("")
    return lines


def _questionnaire(questionnaire: Questionnaire) -> list[str]:
    q = questionnaire
    critical = [x.id for x in q.questions if x.has_critical_answer]
    lines = [
        f"## {_flat(q.title.get())}",
        "",
        f"Questionnaire `{q.id}`, version {q.version}: {len(q.questions)} questions and "
        f"{len(q.actions)} actions. File: `questionnaires/{Path(q.source_name).name}`.",
        "",
        _flat(q.description.get()),
        "",
        f"An area with a critical answer can reach at most the level `{q.critical_cap}`, "
        f"whatever its score. Questions with critical answers: "
        f"{', '.join(f'`{c}`' for c in critical) or 'none'}.",
        "",
    ]
    for area in q.areas:
        questions = q.questions_in(area.id)
        actions = [a for a in q.actions if a.area_id == area.id]
        lines += [
            f"### {_flat(area.title.get())} (`{area.id}`)",
            "",
            f"{_flat(area.description.get())} {len(questions)} questions, "
            f"{len(actions)} actions, weight {area.weight:g}.",
            "",
        ]
        if area.applies_if and area.not_applicable is not None:
            na = area.not_applicable
            lines += ["Applies only when " + _applies(area.applies_if, q) + ". Otherwise "
                      f"it is shown as not applicable: {_flat(na.reason.get())}", ""]
            if na.note is not None:
                when = " and ".join(_condition(c, q) for c in na.note_if) or "always"
                lines += [f"*Note shown when it does not apply ({when}):* "
                          f"{_flat(na.note.get())}", ""]
        for number, question in enumerate(questions, start=1):
            lines += _question(number, question, q)
        if actions:
            lines += [f"### Actions: {_flat(area.title.get())}", ""]
            for action in actions:
                lines += _action(action, q)
    return lines


def render(questionnaires: Iterable[Questionnaire]) -> str:
    """The whole page for these questionnaires, in a stable order."""
    ordered = sorted(questionnaires, key=lambda q: (q.id != "uk-default", q.id, q.version))
    lines = [
        "# Questions, answers and sources",
        "",
        "<!-- Generated by scripts/build_question_docs.py from questionnaires/*.yaml. "
        "Do not edit by hand. -->",
        "",
        "This page lists every question the app asks, the answers it offers with their "
        "scores (0 to 4), which answers are critical gaps, the published sources behind each "
        "question, and every action in the plan with what triggers it. It is generated from "
        "the questionnaire files, so it always matches what the app shows.",
        "",
        "Contents:",
        "",
    ]
    lines += [f"- {_flat(q.title.get())} (`{q.id}`, version {q.version})" for q in ordered]
    lines.append("")
    for q in ordered:
        lines += _questionnaire(q)
    return "\n".join(lines).rstrip() + "\n"


def shipped_questionnaires() -> list[Questionnaire]:
    """Every shipped questionnaire; fails loudly if any file is broken."""
    loaded = load_questionnaires(resources.questionnaire_paths())
    if loaded.errors:
        raise SystemExit("\n".join(str(e) for e in loaded.errors))
    return loaded.current()


def main(argv: Sequence[str] | None = None) -> int:
    """Write the page, or with --check report whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args(argv)
    text = render(shipped_questionnaires())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(REPO)} is out of date; run scripts/build_question_docs.py")
            return 1
        print(f"{OUTPUT.relative_to(REPO)} is up to date")
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUTPUT.relative_to(REPO)} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
