"""Carrying an assessment to a newer version of its questionnaire (issue 14, item 10).

The answer to a question the new version asks unchanged (same id, type, options with the
same scores, bands and limits; the wording may differ) carries over with its note and time.
A question the new version asks differently, or no longer asks, keeps its answer only in the
original assessment, which is never changed: the result lists them, with the answers given,
so that nothing is lost. Questions only the new version asks wait unanswered.

A question the newer shipped version splits or asks with new options has a map in
``core.upgrade_maps`` (issue 15): the answer carries to what it still says for sure (for
example "firewall on, router password unchanged" becomes one answer to each of the two new
questions), and only what cannot be mapped waits unanswered.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from readiness_app.core.assessment import Answer, Assessment, Status, check_answer
from readiness_app.core.errors import AnswerError
from readiness_app.core.i18n import ENGLISH, N_, Messages
from readiness_app.core.question_types import AnswerValue, kind_of
from readiness_app.core.questionnaire import LocalText, Question, Questionnaire
from readiness_app.core.questionnaire_loader import version_key
from readiness_app.core.upgrade_maps import answer_map

_GONE = N_("no longer asked")
_DIFFERENT = N_("asked differently now")


@dataclass(frozen=True, slots=True)
class LeftBehind:
    """An answer that does not carry over: the question and the answer as given."""

    question_id: str
    question: str
    answer: str
    why: str  # "no longer asked" or "asked differently now" (catalogue ids)
    text: LocalText | None = None  # the question in every language it has


@dataclass(frozen=True, slots=True)
class Upgrade:
    """The assessment on the newer version (a new copy with its own id) and what changed."""

    assessment: Assessment
    from_version: str
    carried: tuple[str, ...]  # ids of questions whose answers carried over
    left_behind: tuple[LeftBehind, ...]  # answers kept only in the original
    new: tuple[str, ...]  # ids of questions only the new version asks

    def describe(self, tr: Messages = ENGLISH) -> str:
        """A few plain lines on what happened to the answers, in ``tr``'s language."""
        lines = [tr.plural(
            "Carried from version {old} to {new}: {carried} answers carried over, {count} new "
            "question to answer.",
            "Carried from version {old} to {new}: {carried} answers carried over, {count} new "
            "questions to answer.", len(self.new)).format(
                old=self.from_version, new=self.assessment.questionnaire_version,
                carried=len(self.carried), count=len(self.new))]
        for item in self.left_behind:
            question = item.text.get(tr.language) if item.text is not None else item.question
            lines.append(tr("Not carried ({why}): {question} Answer given: {answer}").format(
                why=tr(item.why), question=question, answer=item.answer))
        if self.left_behind:
            lines.append(tr("These answers stay in the assessment made on version {version}, "
                            "which is kept unchanged.").format(version=self.from_version))
        return "\n".join(lines)


def is_newer(candidate: Questionnaire, than: Questionnaire) -> bool:
    """True when ``candidate`` is a later version of the same questionnaire."""
    return candidate.id == than.id and version_key(candidate.version) > version_key(than.version)


def same_question(old: Question, new: Question) -> bool:
    """True when an answer to ``old`` means the same as an answer to ``new``."""
    def options(q: Question) -> set[tuple[str, int, bool, bool]]:
        return {(o.id, o.score, o.critical, o.exclusive) for o in q.options}

    return (old.type is new.type and options(old) == options(new)
            and set(old.bands) == set(new.bands) and old.is_scored == new.is_scored
            and (old.min_value, old.max_value) == (new.min_value, new.max_value)
            and old.allow_dont_know == new.allow_dont_know)


def carry_answers(old: Questionnaire, new: Questionnaire, assessment: Assessment) -> Upgrade:
    """A copy of ``assessment`` (made on ``old``) on ``new``, with the answers that still
    mean the same; ``assessment`` itself is not changed."""
    if (assessment.questionnaire_id, assessment.questionnaire_version) != (old.id, old.version):
        raise AnswerError(f"The assessment was made on {assessment.questionnaire_id} "
                          f"{assessment.questionnaire_version}, not {old.id} {old.version}.")
    if new.id != old.id:
        raise AnswerError(f"{new.id} is not a version of {old.id}.")
    carried: dict[str, Answer] = {}
    left: list[LeftBehind] = []
    for question_id, answer in assessment.answers.items():
        before = old.question(question_id)
        shown = kind_of(before.type).describe_answer(before, answer.value, "en")
        mapping = answer_map(new.id, new.version, question_id)
        if mapping is not None and version_key(old.version) < version_key(new.version):
            mapped = _mapped(new, answer, mapping(answer.value))
            for target, moved_answer in mapped.items():
                carried.setdefault(target, moved_answer)
            if not mapped:
                left.append(LeftBehind(question_id, before.text.get(), shown, _DIFFERENT,
                                       before.text))
            continue
        if not new.has_question(question_id):
            left.append(LeftBehind(question_id, before.text.get(), shown, _GONE, before.text))
            continue
        after = new.question(question_id)
        if not same_question(before, after):
            left.append(LeftBehind(question_id, before.text.get(), shown, _DIFFERENT,
                                   before.text))
            continue
        try:
            carried[question_id] = replace(answer, value=check_answer(after, answer.value))
        except AnswerError:
            left.append(LeftBehind(question_id, before.text.get(), shown, _DIFFERENT,
                                   before.text))
    new_ids = tuple(q.id for q in new.questions
                    if not old.has_question(q.id) and q.id not in carried)
    now = datetime.now(UTC)
    moved = Assessment(
        id=uuid.uuid4().hex,
        firm=assessment.firm,
        questionnaire_id=new.id,
        questionnaire_version=new.version,
        answers=carried,
        status=Status.IN_PROGRESS if new_ids or left else assessment.status,
        created_at=now,
        updated_at=now,
    )
    order = {q.id: i for i, q in enumerate(new.questions)}
    return Upgrade(
        assessment=moved,
        from_version=old.version,
        carried=tuple(sorted(carried, key=lambda q: order[q])),
        left_behind=tuple(left),
        new=new_ids,
    )


def _mapped(new: Questionnaire, answer: Answer,
            values: dict[str, AnswerValue]) -> dict[str, Answer]:
    """The answers a map gives that fit the new questions (the note goes with each)."""
    fitting: dict[str, Answer] = {}
    for target, value in values.items():
        if not new.has_question(target):
            continue
        try:
            fitting[target] = replace(answer, question_id=target,
                                      value=check_answer(new.question(target), value))
        except AnswerError:
            continue
    return fitting
