"""A firm's assessment: who the firm is, which questionnaire, and the answers given so far.

Answers are checked against their question when they are set (:func:`check_answer`), so an
``Assessment`` never holds an answer its questionnaire cannot score. Which questions are
shown depends on earlier answers (:func:`shown_questions`). What an answer may be depends on
its question's type (:mod:`readiness_app.core.question_types`, where ``DONT_KNOW`` and
``AnswerValue`` are defined; they are imported from here too).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum
from types import MappingProxyType

from readiness_app.core.errors import AnswerError
from readiness_app.core.i18n import N_, T_
from readiness_app.core.question_types import DONT_KNOW as DONT_KNOW
from readiness_app.core.question_types import MAX_TEXT_ANSWER_LENGTH as MAX_TEXT_ANSWER_LENGTH
from readiness_app.core.question_types import AnswerValue as AnswerValue
from readiness_app.core.question_types import DontKnow as DontKnow
from readiness_app.core.question_types import check_text as _check_text
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import (
    Area,
    Condition,
    FirmCondition,
    Nation,
    Question,
    Questionnaire,
)
from readiness_app.core.sectors import check_section, section_for
from readiness_app.core.text import without_invisible

MAX_NAME_LENGTH = 200
MAX_SECTOR_LENGTH = 100
MAX_POSTCODE_LENGTH = 16
MAX_NOTE_LENGTH = 5000
# An ONS (GSS) area code: a letter and eight digits, e.g. E08000035 for Leeds.
_GSS_CODE = re.compile(r"[A-Z][0-9]{8}")


class Status(Enum):
    """Where an assessment stands."""

    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"

    @property
    def label(self) -> str:
        """A plain-English name."""
        return {"in_progress": N_("In progress"), "complete": N_("Complete")}[self.value]


class SizeBand(Enum):
    """Number of people working for the firm."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"

    @property
    def label(self) -> str:
        """A plain-English name with the head-count range."""
        return {
            "micro": N_("Micro (1 to 9 people)"),
            "small": N_("Small (10 to 49 people)"),
            "medium": N_("Medium (50 to 249 people)"),
            "large": N_("Large (250 people or more)"),
        }[self.value]


class BudgetBand(Enum):
    """What the firm can spend on technology changes in a year, as the owner states it."""

    UNDER_500 = "under_500"
    UP_TO_5000 = "500_to_5000"
    OVER_5000 = "over_5000"

    @property
    def label(self) -> str:
        """A plain-English name."""
        return {
            "under_500": N_("Under £500 a year"),
            "500_to_5000": N_("£500 to £5,000 a year"),
            "over_5000": N_("Over £5,000 a year"),
        }[self.value]


MAX_HOURS_PER_MONTH = 400


@dataclass(frozen=True, slots=True)
class FirmProfile:
    """Who the assessment is about.

    ``authority_code`` is the local authority (its ONS code, e.g. ``E08000035``) the user
    confirmed when the postcode district reaches into several; None when not confirmed.
    ``hours_per_month`` and ``budget`` are the firm's means for the plan as the owner stated
    them; None when not stated (the plan then assumes what the size band implies).
    ``nation`` is the nation the user picked; the postcode's nation wins when both exist.
    ``sector_section`` is the UK SIC 2007 section (A to U, :mod:`.sectors`); ``sector`` is the
    owner's own words, kept as detail. When no section is given it is read from ``sector``
    where that is unambiguous ("Retail (motor trade)" -> G), else it stays None.
    """

    name: str
    sector: str = ""
    size_band: SizeBand | None = None
    postcode: str = ""
    authority_code: str | None = None
    hours_per_month: int | None = None
    budget: BudgetBand | None = None
    nation: Nation | None = None  # the nation the user picked when there is no postcode
    sector_section: str | None = None

    def __post_init__(self) -> None:
        # Bidirectional controls and zero-width characters are removed, not refused: they
        # only change how a name looks (spoofing), and older libraries may hold them.
        name = " ".join(without_invisible(self.name).split())
        if not name:
            raise AnswerError(T_("The firm's name cannot be empty."))
        sector = without_invisible(self.sector)
        postcode = without_invisible(self.postcode)
        _check_text(T_("firm name"), name, MAX_NAME_LENGTH)
        _check_text(T_("sector"), sector, MAX_SECTOR_LENGTH)
        _check_text(T_("postcode"), postcode, MAX_POSTCODE_LENGTH)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "sector", sector.strip())
        object.__setattr__(self, "postcode", postcode.strip())
        object.__setattr__(self, "authority_code", check_authority_code(self.authority_code))
        try:
            section = check_section(self.sector_section)
        except ValueError as exc:
            raise AnswerError(T_("The sector: {problem}.", problem=exc.args[0])) from None
        object.__setattr__(self, "sector_section",
                           section if section is not None else section_for(self.sector))
        hours = self.hours_per_month
        if hours is not None and (isinstance(hours, bool) or not isinstance(hours, int)
                                  or not 1 <= hours <= MAX_HOURS_PER_MONTH):
            raise AnswerError(T_("The hours a month must be a whole number from 1 to {most} "
                                 "(got {value}).", most=MAX_HOURS_PER_MONTH,
                                 value=repr(hours)))

    def with_identity_of(self, other: FirmProfile) -> FirmProfile:
        """This profile with who and where the firm is taken from ``other`` (name, sector
        and its section, postcode, local authority, nation): a correction made on one visit,
        carried to the firm's other visits. Size, hours and budget stay: they are the
        firm's at the time of each visit."""
        return replace(self, name=other.name, sector=other.sector,
                       sector_section=other.sector_section, postcode=other.postcode,
                       authority_code=other.authority_code, nation=other.nation)


def check_authority_code(code: str | None) -> str | None:
    """``code`` as stored (upper case; None when empty); AnswerError when it is not the shape
    of a local authority code (a letter and eight digits, like E08000035)."""
    if code is None or not code.strip():
        return None
    cleaned = code.strip().upper()
    if not _GSS_CODE.fullmatch(cleaned):
        shown = cleaned if len(cleaned) <= 20 else cleaned[:17] + "..."
        raise AnswerError(T_("The local authority code must be a letter and eight digits, "
                             "like E08000035 (got {value}).", value=repr(shown)))
    return cleaned


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer, with its notes and when it was given.

    ``note`` is for the firm (it prints in the client's PDF); ``private_note`` is the
    adviser's own, printed or shared only when the adviser chooses.
    """

    question_id: str
    value: AnswerValue
    note: str = ""
    answered_at: datetime | None = None
    private_note: str = ""
    # True for an answer carried over from the last visit by "Copy to re-assess" and not yet
    # confirmed or changed
    carried: bool = False

    @property
    def is_dont_know(self) -> bool:
        """True when the answer is "don't know"."""
        return self.value is DONT_KNOW


MAX_WHO_LENGTH = 100
_ACTION_ID = re.compile(r"[a-z0-9][a-z0-9_.-]{0,99}")


class ActionStatus(Enum):
    """Where one action of the plan stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DOING = "not_doing"

    @property
    def label(self) -> str:
        """A plain-English name."""
        return {"planned": N_("Planned"), "in_progress": N_("In progress"), "done": N_("Done"),
                "not_doing": N_("Not doing")}[self.value]


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """What was done about one action of the plan: status, when, who, and a note."""

    action_id: str
    status: ActionStatus
    at: datetime
    who: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if not _ACTION_ID.fullmatch(self.action_id):
            raise AnswerError(T_("'{id}' is not an action id.", id=self.action_id[:40]))
        who = " ".join(without_invisible(self.who).split())
        note = without_invisible(self.note)
        _check_text(T_("who"), who, MAX_WHO_LENGTH)
        _check_text(T_("action note"), note, MAX_NOTE_LENGTH, allow_newlines=True)
        object.__setattr__(self, "who", who)
        object.__setattr__(self, "note", note.strip())


@dataclass(frozen=True, slots=True)
class PackRef:
    """The growth hub's pack an assessment was made with: its id, version and SHA-256."""

    id: str
    version: str
    sha256: str

    def describe(self) -> str:
        """'fellside-growth-hub 1.0.0 (SHA-256 0123456789abcdef…)'."""
        return f"{self.id} {self.version} (SHA-256 {self.sha256[:16]}…)"


@dataclass(frozen=True, slots=True)
class Assessment:
    """A firm's assessment against one version of one questionnaire."""

    id: str
    firm: FirmProfile
    questionnaire_id: str
    questionnaire_version: str
    answers: Mapping[str, Answer] = field(default_factory=dict)
    status: Status = Status.IN_PROGRESS
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    pack: PackRef | None = None  # the hub pack in use when it was started
    actions: Mapping[str, ActionRecord] = field(default_factory=dict)  # by action id

    def __post_init__(self) -> None:
        object.__setattr__(self, "answers", MappingProxyType(dict(self.answers)))
        object.__setattr__(self, "actions", MappingProxyType(dict(self.actions)))

    def with_action(self, record: ActionRecord) -> Assessment:
        """A copy with the status of one action of the plan recorded."""
        actions = dict(self.actions)
        actions[record.action_id] = record
        return replace(self, actions=actions, updated_at=_now())

    def without_action(self, action_id: str) -> Assessment:
        """A copy with no record for one action (it is "not started" again)."""
        actions = {k: v for k, v in self.actions.items() if k != action_id}
        return replace(self, actions=actions, updated_at=_now())

    def unconfirmed(self) -> tuple[str, ...]:
        """Ids of answers carried over from the last visit and not yet confirmed or changed."""
        return tuple(k for k, v in self.answers.items() if v.carried)

    def with_confirmed(self, question_ids: tuple[str, ...]) -> Assessment:
        """A copy with the carried answers to ``question_ids`` confirmed as still true."""
        answers = {k: replace(v, carried=False) if k in question_ids else v
                   for k, v in self.answers.items()}
        return replace(self, answers=answers, updated_at=_now())

    def without_private_notes(self) -> Assessment:
        """A copy with every adviser's private note removed (for sharing or printing)."""
        answers = {k: replace(v, private_note="") for k, v in self.answers.items()}
        return replace(self, answers=answers)

    @classmethod
    def start(cls, firm: FirmProfile, questionnaire: Questionnaire,
              pack: PackRef | None = None) -> Assessment:
        """A new, empty assessment with a fresh id (made with hub ``pack``, if any)."""
        import uuid  # its import loads platform: only new assessments need it

        now = datetime.now(UTC)
        return cls(
            id=uuid.uuid4().hex,
            firm=firm,
            questionnaire_id=questionnaire.id,
            questionnaire_version=questionnaire.version,
            created_at=now,
            updated_at=now,
            pack=pack,
        )

    def answer(self, question_id: str) -> Answer | None:
        """The answer to a question, or None when unanswered."""
        return self.answers.get(question_id)

    def with_answer(self, questionnaire: Questionnaire, answer: Answer) -> Assessment:
        """A copy with ``answer`` set, after checking it fits its question."""
        self._check_questionnaire(questionnaire)
        if not questionnaire.has_question(answer.question_id):
            raise AnswerError(T_("The questionnaire has no question '{id}'.",
                                 id=answer.question_id))
        question = questionnaire.question(answer.question_id)
        value = check_answer(question, answer.value)
        note = without_invisible(answer.note)
        _check_text(T_("note"), note, MAX_NOTE_LENGTH, allow_newlines=True)
        private = without_invisible(answer.private_note)
        _check_text(T_("private note"), private, MAX_NOTE_LENGTH, allow_newlines=True)
        stamped = replace(answer, value=value, note=note, private_note=private,
                          answered_at=answer.answered_at or _now())
        answers = dict(self.answers)
        answers[answer.question_id] = stamped
        return replace(self, answers=answers, updated_at=_now())

    def without_answer(self, question_id: str) -> Assessment:
        """A copy with the answer to ``question_id`` removed."""
        answers = {k: v for k, v in self.answers.items() if k != question_id}
        return replace(self, answers=answers, updated_at=_now())

    def with_firm(self, firm: FirmProfile) -> Assessment:
        """A copy with a new firm profile."""
        return replace(self, firm=firm, updated_at=_now())

    def with_status(self, status: Status) -> Assessment:
        """A copy with a new status."""
        return replace(self, status=status, updated_at=_now())

    def _check_questionnaire(self, questionnaire: Questionnaire) -> None:
        if (questionnaire.id, questionnaire.version) != (
            self.questionnaire_id,
            self.questionnaire_version,
        ):
            raise AnswerError(
                f"This assessment uses questionnaire {self.questionnaire_id} version "
                f"{self.questionnaire_version}, not {questionnaire.id} {questionnaire.version}."
            )


def check_answer(question: Question, value: AnswerValue) -> AnswerValue:
    """Return ``value`` in canonical form if it fits ``question``; raise AnswerError if not."""
    return kind_of(question.type).check(question, value)


def condition_holds(condition: Condition, answer: Answer | None, question: Question) -> bool:
    """True when ``answer`` to ``question`` satisfies one ``show_if`` condition."""
    if answer is None:
        return False
    return kind_of(question.type).condition_holds(condition, answer.value)


def shown_questions(
    questionnaire: Questionnaire, answers: Mapping[str, Answer],
    firm: FirmProfile | None = None, *, closed: frozenset[str] | None = None,
) -> tuple[Question, ...]:
    """The questions the firm is asked, given its answers so far (in the order asked).

    A question is shown when every ``show_if`` condition holds on a question that is
    itself shown, every ``applies_if`` condition holds (see :func:`applies`), and its area
    applies (or it is one of the questions that decide whether the area applies); answers to
    hidden questions are kept but ignored. ``closed`` is :func:`not_applicable_areas` of the
    same answers when the caller has it already.
    """
    if closed is None:
        closed = not_applicable_areas(questionnaire, answers, firm)
    return _shown(questionnaire, answers, firm, closed)


def not_applicable_areas(
    questionnaire: Questionnaire, answers: Mapping[str, Answer],
    firm: FirmProfile | None = None,
) -> frozenset[str]:
    """Ids of the areas that do not apply to the firm (their ``applies_if`` fails)."""
    ruled = [a for a in questionnaire.areas if a.applies_if]
    if not ruled:
        return frozenset()
    shown = {q.id: q for q in _shown(questionnaire, answers, firm, frozenset())}
    return frozenset(a.id for a in ruled if not applies(a.applies_if, shown, answers, firm))


def applies(
    conditions: tuple[Condition | FirmCondition, ...],
    shown: Mapping[str, Question],
    answers: Mapping[str, Answer],
    firm: FirmProfile | None,
) -> bool:
    """True unless an ``applies_if`` condition is known to fail.

    Unlike ``show_if``, what is not known counts as holding: a question not shown, not
    answered or answered "don't know", or a firm profile field left empty. So an area or a
    question is only left out when the firm has said something that rules it out.
    """
    for condition in conditions:
        if isinstance(condition, FirmCondition):
            value = _firm_value(firm, condition.field)
            if value is not None and value not in condition.any_of:
                return False
            continue
        question = shown.get(condition.question_id)
        answer = answers.get(condition.question_id)
        if question is None or answer is None or answer.is_dont_know:
            continue
        if not condition_holds(condition, answer, question):
            return False
    return True


def note_applies(area: Area, shown: Mapping[str, Question],
                 answers: Mapping[str, Answer]) -> bool:
    """True when a non-applicable area's note is shown (every ``note_if`` holds)."""
    na = area.not_applicable
    if na is None or na.note is None:
        return False
    return all(c.question_id in shown
               and condition_holds(c, answers.get(c.question_id), shown[c.question_id])
               for c in na.note_if)


def _firm_value(firm: FirmProfile | None, name: str) -> str | None:
    if firm is None:
        return None
    if name == "size_band":
        return firm.size_band.value if firm.size_band else None
    return None


def _shown(
    questionnaire: Questionnaire, answers: Mapping[str, Answer],
    firm: FirmProfile | None, closed: frozenset[str],
) -> tuple[Question, ...]:
    deciding: dict[str, frozenset[str]] = {
        a.id: a.deciding_questions for a in questionnaire.areas if a.id in closed}
    shown: dict[str, Question] = {}
    for question in questionnaire.questions:
        if question.area_id in closed and question.id not in deciding[question.area_id]:
            continue
        if question.applies_if and not applies(question.applies_if, shown, answers, firm):
            continue
        if all(
            c.question_id in shown
            and condition_holds(c, answers.get(c.question_id), shown[c.question_id])
            for c in question.show_if
        ):
            shown[question.id] = question
    return tuple(shown.values())


def _now() -> datetime:
    return datetime.now(UTC)
