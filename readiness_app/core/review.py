"""When a firm's next review is due: six months after its latest visit was completed.

Advisers come back to a firm about six months after a visit (the T0/T1 re-assessment of the
EU's Digital Maturity Assessment; the issue that asked for this library, #16, tried a
re-assessment after six months). A visit still in progress has no review date: finish it
first.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

REVIEW_AFTER = timedelta(days=182)  # about six months


def next_review(completed: bool, last_changed: datetime) -> date | None:
    """The day the next review is due, or None for a visit still in progress."""
    if not completed:
        return None
    try:
        return (last_changed + REVIEW_AFTER).date()
    except OverflowError:
        return None
