"""Where the firm is in a questionnaire: "Question 12 of 44", the same count everywhere.

The total is the number of questions that *can* be asked: every question whose ``show_if``
conditions refer only to questions that can themselves be asked (the loader checks they refer
to earlier questions, so in the shipped questionnaires that is every question). It does not
change as answers are given, so the progress bar never jumps backwards when a follow-up
question appears. Each question keeps its number for good (the page, the sidebar and the
review use the same one); a follow-up that is not asked is simply passed over, so the numbers
may skip, but the total never moves.

How many are answered is counted one way everywhere (the question page, the sidebar, the
review page, the results page and its table): "N of M questions answered", where M is the
questions asked for the answers so far, free-text questions included (they are optional, and
said to be). :meth:`Progress.summary` is the one sentence that says it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from readiness_app.core.assessment import Answer, FirmProfile, shown_questions
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import Questionnaire


def time_text(questionnaire: Questionnaire) -> str:
    """How long the questionnaire takes, for people: "about 22 to 32 minutes" (the fewest and
    the most questions a firm can be shown, :mod:`.time_estimate`), "about 5 minutes"."""
    fewest, most = questionnaire.estimated_minutes
    if fewest == most:
        return f"about {most} minutes"
    return f"about {fewest} to {most} minutes"


def question_numbers(questionnaire: Questionnaire) -> Mapping[str, int]:
    """Each question that can be asked and its fixed number (1, 2, …), in the order asked."""
    possible: dict[str, int] = {}
    for question in questionnaire.questions:
        if all(c.question_id in possible for c in question.show_if):
            possible[question.id] = len(possible) + 1
    return MappingProxyType(possible)


@dataclass(frozen=True, slots=True)
class AreaCount:
    """Questions asked and answered in one area."""

    area_id: str
    answered: int
    shown: int

    def describe(self) -> str:
        """"3 of 5" (answered of asked)."""
        return f"{self.answered} of {self.shown}"


@dataclass(frozen=True, slots=True)
class Progress:
    """How far through the questionnaire the firm is."""

    total: int  # questions that can be asked (fixed for the questionnaire)
    shown: int  # questions asked given the answers so far
    answered: int  # of those, answered (including "don't know")
    required: int  # of those, the ones that need an answer (free text is optional)
    required_answered: int
    areas: tuple[AreaCount, ...] = ()  # the same counts, area by area

    @property
    def complete(self) -> bool:
        """True when every question that needs an answer has one."""
        return self.required_answered >= self.required

    @property
    def open(self) -> int:
        """Questions asked and not answered yet (optional ones included)."""
        return self.shown - self.answered

    @property
    def optional_open(self) -> int:
        """Of the open questions, the optional ones (free text)."""
        return self.open - (self.required - self.required_answered)

    @property
    def not_asked(self) -> int:
        """Follow-up questions not asked for the answers so far."""
        return self.total - self.shown

    def area(self, area_id: str) -> AreaCount:
        """The counts of one area (zeros when it has no questions asked)."""
        return next((a for a in self.areas if a.area_id == area_id), AreaCount(area_id, 0, 0))

    def describe(self) -> str:
        """"12 of 40 questions answered" (of the questions asked)."""
        return f"{self.answered} of {self.shown} questions answered"

    def summary(self) -> str:
        """The whole count in one sentence, the same on every page: "2 of 12 questions
        answered; 10 not answered yet (1 of them optional); 3 follow-up questions not asked
        for your answers." (the three numbers add up to the questionnaire's total)."""
        parts = [self.describe()]
        if self.open:
            optional = f" ({self.optional_open} of them optional)" if self.optional_open \
                else ""
            parts.append(f"{self.open} not answered yet{optional}")
        if self.not_asked:
            plural = "s" if self.not_asked != 1 else ""
            parts.append(f"{self.not_asked} follow-up question{plural} not asked for your "
                         "answers")
        return "; ".join(parts) + "."


def progress(questionnaire: Questionnaire, answers: Mapping[str, Answer],
             firm: FirmProfile | None = None) -> Progress:
    """The firm's progress given its answers so far (and its profile: a question can depend
    on the firm, e.g. its nation)."""
    shown = shown_questions(questionnaire, answers, firm)
    required = [q for q in shown if not kind_of(q.type).optional]
    areas = tuple(
        AreaCount(area.id, sum(1 for q in shown if q.area_id == area.id and q.id in answers),
                  sum(1 for q in shown if q.area_id == area.id))
        for area in questionnaire.areas)
    return Progress(
        total=len(question_numbers(questionnaire)),
        shown=len(shown),
        answered=sum(1 for q in shown if q.id in answers),
        required=len(required),
        required_answered=sum(1 for q in required if q.id in answers),
        areas=areas,
    )
