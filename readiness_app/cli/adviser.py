"""The adviser's commands: `compare` two visits of a firm, and track an `action` of a plan.

Examples::

    readiness-app compare 3f1c9a2e 7b20d4e1          # library ids (or their starts)
    readiness-app compare first.readiness later.readiness --json
    readiness-app action 7b20d4e1 cyber.backup-plan --status done --who "Sam" --note "Weekly"
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness_app.cli._common import (
    add_language_option,
    add_questionnaire_option,
    catalogue,
    data_dir_of,
    echo,
    print_json,
)
from readiness_app.core.text import score_text

if TYPE_CHECKING:
    from readiness_app.core.comparison import Comparison, ScoreChange
    from readiness_app.core.i18n import Messages
    from readiness_app.services.compare import Visit
    from readiness_app.storage.library import Library

_STATUSES = ("planned", "in_progress", "done", "not_doing")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `compare` and `action`."""
    parser = subparsers.add_parser(
        "compare", help="compare two visits of a firm (progress since the last check)",
        description="Compare an earlier assessment OLD with a later one NEW: overall and each "
                    "area before and after, the questions whose answers moved, and where the "
                    "earlier plan's actions stand. OLD and NEW are library ids (or their "
                    "first characters) or .readiness files.")
    parser.add_argument("old", metavar="OLD", help="the earlier visit: an id or a file")
    parser.add_argument("new", metavar="NEW", help="the later visit: an id or a file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--password-file", type=Path, metavar="F",
                        help="the password of password-protected files (first line of F)")
    add_questionnaire_option(parser)
    add_language_option(parser)
    _data_dir(parser)
    parser.set_defaults(handler=run_compare)

    parser = subparsers.add_parser(
        "action", help="mark where one action of an assessment's plan stands",
        description="Record that an action of the plan is planned, in progress, done or not "
                    "being done, with who and a note. Saved in the library like an answer.")
    parser.add_argument("id", metavar="ID", help="the assessment's id (or its start)")
    parser.add_argument("action_id", metavar="ACTION_ID",
                        help="the action's id (readiness-app plan FILE --json lists them)")
    parser.add_argument("--status", required=True, choices=_STATUSES)
    parser.add_argument("--who", default="", help="who is doing it, or did it")
    parser.add_argument("--note", default="", help="a note on the action")
    parser.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                        help="when (default: now)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    add_language_option(parser)
    _data_dir(parser)
    parser.set_defaults(handler=run_action)


def _data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, metavar="DIR", default=argparse.SUPPRESS,
                        help="use the library in this folder")


def run_compare(args: argparse.Namespace) -> int:
    """Print the comparison of two visits."""
    from readiness_app.services.catalogue import LazyCatalogue
    from readiness_app.services.compare import compare_visits
    from readiness_app.services.language import messages
    from readiness_app.services.library import open_library
    from readiness_app.storage.sealed import read_password_file

    password = read_password_file(args.password_file) if args.password_file else None
    loaded = catalogue(args.questionnaire, data_dir_of(args))
    library: Library | None = None
    try:
        visits: list[Visit] = []
        for text in (args.old, args.new):
            if Path(text).is_file():
                from readiness_app.services.compare import visit_from_file

                visits.append(visit_from_file(Path(text), loaded.find, password))
                continue
            if library is None:
                library = open_library(data_dir_of(args), catalogue=LazyCatalogue.of(loaded))
            from readiness_app.services.compare import visit_from_library

            visits.append(visit_from_library(library, text))
    finally:
        if library is not None:
            library.close()
    comparison = compare_visits(visits[0], visits[1], language=args.language)
    if args.json:
        print_json(comparison.to_dict())
    else:
        _print(comparison, messages(args.language))
    return 0


def _change(change: ScoreChange) -> str:
    delta = change.change
    sign = "" if delta is None else f" ({delta:+.0f})"
    return f"{score_text(change.before)} -> {score_text(change.after)}{sign}"


def _print(c: Comparison, tr: Messages) -> None:
    firm = c.firm_after if c.firm_before == c.firm_after else \
        f"{c.firm_before} / {c.firm_after}"
    echo(f"{firm}: {c.date_before:%Y-%m-%d} -> {c.date_after:%Y-%m-%d}")
    echo(tr("Overall: {change}, {level_before} -> {level_after}").format(
        change=_change(c.overall), level_before=c.overall.level_before,
        level_after=c.overall.level_after))
    width = max((len(a.title) for a in c.areas), default=0)
    for area in c.areas:
        echo(f"  {area.title.ljust(width)}  {_change(area)}")
    echo("\n" + tr("Questions that moved: {count}").format(count=len(c.moved)))
    words = {"up": tr("Better"), "down": tr("Worse"), "changed": tr("Changed")}
    width = max(len(word) for word in words.values())
    unanswered = f"({tr('not answered')})"
    for move in c.moved:
        echo(f"  {words[move.direction].ljust(width)} {move.question}: "
             f"{move.before or unanswered} -> {move.after or unanswered}")
    echo("\n" + tr("Actions of the earlier plan: {done} done, {in_progress} in progress, "
                   "{planned} planned, {not_doing} not doing, {not_started} not started")
         .format(**c.action_counts))


def run_action(args: argparse.Namespace) -> int:
    """Record an action's status."""
    from readiness_app.core.assessment import ActionStatus
    from readiness_app.services.language import messages
    from readiness_app.services.library import open_library
    from readiness_app.services.tracking import track_action

    at = dt.datetime.combine(args.date, dt.time(12), dt.UTC) if args.date else None
    with open_library(data_dir_of(args)) as library:
        changed = track_action(library, args.id, args.action_id, ActionStatus(args.status),
                               who=args.who, note=args.note, at=at)
    record = changed.actions[args.action_id]
    if args.json:
        data: dict[str, Any] = {"assessment": changed.id, "action": record.action_id,
                                "status": record.status.value, "at": record.at.isoformat(),
                                "who": record.who, "note": record.note}
        print_json(data)
    else:
        tr = messages(args.language)
        echo(tr("{firm} ({id}): {action} is now {status}").format(
            firm=changed.firm.name, id=changed.id[:8], action=record.action_id,
            status=tr(record.status.label).lower()))
    return 0

