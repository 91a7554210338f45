"""Progress counts in words, in the app's language ("4 of 13 questions answered; ...").

Core's ``Progress.summary()`` says the same in English; the pages show this one.
"""

from __future__ import annotations

from readiness_app.core.progress import Progress
from readiness_app.ui.i18n import translate


def answered_text(answered: int, shown: int) -> str:
    """"12 of 40 questions answered"."""
    return translate("progress_text", "{answered} of {shown} questions answered").format(
        answered=answered, shown=shown)


def summary_text(counts: Progress) -> str:
    """The whole count in one sentence: answered, not answered yet (optional ones), and
    follow-up questions not asked (the three add up to the questionnaire's total)."""
    parts = [answered_text(counts.answered, counts.shown)]
    if counts.open:
        if counts.optional_open:
            parts.append(translate(
                "progress_text", "{open} not answered yet ({optional} of them optional)").format(
                    open=counts.open, optional=counts.optional_open))
        else:
            parts.append(translate("progress_text", "{open} not answered yet").format(
                open=counts.open))
    if counts.not_asked:
        parts.append(translate(
            "progress_text", "1 follow-up question not asked for your answers")
            if counts.not_asked == 1 else translate(
                "progress_text", "{count} follow-up questions not asked for your answers").format(
                    count=counts.not_asked))
    return "; ".join(parts) + "."
