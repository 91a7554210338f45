"""The presenter of one open assessment: answers go through the library, scores through core.

Widgets call :class:`AssessmentSession` and observe ``assessment_changed``; they never run
SQL or compute a score. Every change is saved by the library before the method returns.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from readiness_app.core.action_plan import ActionPlan, build_plan
from readiness_app.core.answer_checks import answers_to_check
from readiness_app.core.assessment import (
    ActionStatus,
    Answer,
    AnswerValue,
    Assessment,
    Status,
    shown_questions,
)
from readiness_app.core.errors import AnswerError, ReadinessError
from readiness_app.core.progress import Progress, progress, question_numbers
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import (
    AnswerCheck,
    Area,
    Nation,
    Question,
    Questionnaire,
)
from readiness_app.core.scoring import Score, score_assessment
from readiness_app.services.tracking import track_action
from readiness_app.storage.library import Library
from readiness_app.ui.i18n import translate


@dataclass(frozen=True, slots=True)
class AreaProgress:
    """How far the firm is through one area (shown questions only)."""

    area: Area
    answered: int
    shown: int


class AssessmentSession(QObject):
    """One assessment being answered (see the module docstring)."""

    assessment_changed = Signal()
    problem_raised = Signal(str, object)  # title, ReadinessError (storage problems)

    def __init__(self, library: Library, questionnaire: Questionnaire,
                 assessment: Assessment, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._questionnaire = questionnaire
        self._assessment = assessment
        self._nation: tuple[object, Nation | None] | None = None  # (firm it is for, nation)

    @property
    def questionnaire(self) -> Questionnaire:
        """The questionnaire being answered."""
        return self._questionnaire

    @property
    def assessment(self) -> Assessment:
        """The assessment as last saved."""
        return self._assessment

    @property
    def assessment_id(self) -> str:
        """Its id in the library."""
        return self._assessment.id

    # -- reading

    def shown(self) -> tuple[Question, ...]:
        """The questions asked, given the answers so far (core decides)."""
        return shown_questions(self._questionnaire, self._assessment.answers,
                               self._assessment.firm)

    def nation(self) -> Nation | None:
        """The firm's nation (from its postcode, else the one picked), worked out once."""
        firm = self._assessment.firm
        if self._nation is None or self._nation[0] != firm:
            from readiness_app.core.errors import GeographyDataError
            from readiness_app.services.local_support import firm_nation

            try:
                found = firm_nation(firm)
            except GeographyDataError:
                found = firm.nation
            self._nation = (firm, found)
        return self._nation[1]

    def answer(self, question_id: str) -> Answer | None:
        """The saved answer to a question."""
        return self._assessment.answer(question_id)

    def progress(self) -> list[AreaProgress]:
        """Answered and shown questions per area (core's count, as everywhere)."""
        counts = self.counts()
        return [AreaProgress(area, counts.area(area.id).answered, counts.area(area.id).shown)
                for area in self._questionnaire.areas]

    def numbers(self) -> Mapping[str, int]:
        """Each question's fixed number, as the question page shows it (core's)."""
        return question_numbers(self._questionnaire)

    def counts(self) -> Progress:
        """How many questions are asked and answered (core's one count)."""
        return progress(self._questionnaire, self._assessment.answers, self._assessment.firm)

    def unanswered(self) -> tuple[Question, ...]:
        """Shown questions with no answer yet (free-text questions are optional)."""
        answers = self._assessment.answers
        return tuple(q for q in self.shown()
                     if q.id not in answers and not kind_of(q.type).optional)

    def unconfirmed(self) -> tuple[Question, ...]:
        """Shown questions whose answer was carried over from the last visit and is not yet
        confirmed or changed."""
        carried = set(self._assessment.unconfirmed())
        return tuple(q for q in self.shown() if q.id in carried)

    def confirm(self, question_ids: tuple[str, ...]) -> None:
        """Confirm carried-over answers as still true."""
        carried = set(self._assessment.unconfirmed())
        wanted = tuple(q for q in question_ids if q in carried)
        if not wanted:
            return
        self._change(lambda: self._library.confirm_answers(self.assessment_id, wanted))

    def dont_know(self) -> tuple[Question, ...]:
        """Shown questions answered "don't know"."""
        return tuple(q for q in self.shown()
                     if (a := self._assessment.answer(q.id)) is not None and a.is_dont_know)

    def answers_to_check(self) -> tuple[AnswerCheck, ...]:
        """Answers that contradict each other (the questionnaire's checks), found by core."""
        return answers_to_check(self._questionnaire, self._assessment.answers,
                                self._assessment.firm)

    def score(self) -> Score:
        """The score, computed by core."""
        return score_assessment(self._questionnaire, self._assessment)

    def plan(self) -> ActionPlan:
        """The action plan, computed by core."""
        return build_plan(self._questionnaire, self._assessment, nation=self.nation())

    # -- changing (each call is saved before it returns)

    def save_answer(self, question_id: str, value: AnswerValue) -> None:
        """Save an answer; AnswerError (it does not fit the question) is raised to the caller."""
        self._change(lambda: self._library.save_answer(self.assessment_id, question_id, value))

    def clear_answer(self, question_id: str) -> None:
        """Remove an answer and its note."""
        if self._assessment.answer(question_id) is None:
            return
        self._change(lambda: self._library.clear_answer(self.assessment_id, question_id))

    def save_note(self, question_id: str, note: str) -> None:
        """Save the adviser's note on an answered question."""
        answer = self._assessment.answer(question_id)
        if answer is None or answer.note == note:
            return
        self._change(lambda: self._library.save_note(self.assessment_id, question_id, note))

    def save_private_note(self, question_id: str, note: str) -> None:
        """Save the adviser's private note on an answered question."""
        answer = self._assessment.answer(question_id)
        if answer is None or answer.private_note == note:
            return
        self._change(lambda: self._library.save_private_note(self.assessment_id, question_id,
                                                             note))

    def track_action(self, action_id: str, status: ActionStatus | None) -> None:
        """Mark where one action of the plan stands (None: not started)."""
        record = self._assessment.actions.get(action_id)
        if (record.status if record else None) is status:
            return
        self._change(lambda: track_action(self._library, self.assessment_id, action_id,
                                          status))

    def set_status(self, status: Status) -> None:
        """Mark the assessment in progress or complete."""
        if self._assessment.status is status:
            return
        self._change(lambda: self._library.set_status(self.assessment_id, status))

    def reload(self) -> None:
        """Read the assessment again from the library (changed elsewhere, e.g. the firm's
        details corrected): nation, plan and support follow the stored firm."""
        self._change(lambda: self._library.get(self.assessment_id))

    def _change(self, save: Callable[[], Assessment]) -> None:
        try:
            changed = save()
        except AnswerError:
            raise
        except ReadinessError as exc:
            self.problem_raised.emit(translate("session", "Your change could not be saved"),
                                     exc)
            return
        self._assessment = changed
        self.assessment_changed.emit()
