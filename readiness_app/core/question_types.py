"""Question types: everything that depends on how a question is answered, in one place.

Each :class:`~readiness_app.core.questionnaire.QuestionType` has one :class:`QuestionKind`
here (look it up with :func:`kind_of`). A kind knows how to check an answer, score it, put it
into words, write it to and read it from JSON (the ``.readiness`` file format), and match it
against ``show_if`` conditions and action triggers. The rest of core, the UI and the scripts
ask the kind instead of branching on the type, so a new type is one class here plus one
answer editor in :mod:`readiness_app.ui.answer_editors` (and a member of ``QuestionType``).

Answer values (:data:`AnswerValue`): an option id (``str``) for single choice, a
``frozenset`` of option ids for multiple choice, a ``float`` for numbers, a ``str`` for free
text, or :data:`DONT_KNOW`.
"""

from __future__ import annotations

import math
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import Any, ClassVar, cast

from readiness_app.core.errors import AnswerError
from readiness_app.core.i18n import ENGLISH, T_, Messages, Text
from readiness_app.core.questionnaire import (
    DEFAULT_LANGUAGE,
    MAX_OPTION_SCORE,
    Condition,
    LocalText,
    Option,
    Question,
    QuestionType,
    Trigger,
)
from readiness_app.core.text import without_invisible

MAX_TEXT_ANSWER_LENGTH = 5000
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


#: How a "don't know" answer reads (Welsh: needs review by a Welsh speaker).
DONT_KNOW_TEXT = LocalText({"en": "Don't know", "cy": "Ddim yn gwybod"})
_NONE_PICKED = LocalText({"en": "None picked", "cy": "Dim un wedi'i ddewis"})


class DontKnow(Enum):
    """The answer "don't know": counts as no capability and is listed for follow-up."""

    DONT_KNOW = "dont_know"


DONT_KNOW = DontKnow.DONT_KNOW
DONT_KNOW_ID = DONT_KNOW.value  # how conditions, triggers and option lists name it

# single choice -> option id; multiple choice -> option ids; number -> float; text -> str
AnswerValue = str | frozenset[str] | float | DontKnow

# An answer value in JSON (the .readiness file): "don't know" is {"dont_know": true}.
JsonAnswer = str | list[str] | int | float | dict[str, bool]
DONT_KNOW_JSON: Mapping[str, bool] = MappingProxyType({"dont_know": True})

# (points 0-4, whether the answer is a critical gap, the answer in words)
Points = tuple[float, bool, LocalText]


def check_text(what: str, text: str, limit: int, *, allow_newlines: bool = False) -> None:
    """Raise AnswerError when ``text`` is too long or holds control characters; ``what`` names
    the field (a ``T_`` text, so that the message can be shown in another language)."""
    if len(text) > limit:
        raise AnswerError(T_("The {what} is {count} characters long; the limit is {limit}.",
                             what=what, count=len(text), limit=limit))
    bad = _CONTROL_CHARS.search(text)
    if bad is None and not allow_newlines and ("\n" in text or "\r" in text or "\t" in text):
        raise AnswerError(T_("The {what} must be on one line.", what=what))
    if bad is not None:
        raise AnswerError(T_("The {what} contains a control character (code {code}).",
                             what=what, code=ord(bad.group())))


class QuestionKind(ABC):
    """What one question type does with answers (see the module docstring).

    Methods that take a ``value`` never get :data:`DONT_KNOW` unless they say so: "don't
    know" means the same for every type and is handled once, in the public methods.
    """

    question_type: ClassVar[QuestionType]
    description: ClassVar[str]  # plain English, e.g. "yes or no" (question docs)
    is_choice: ClassVar[bool] = False  # answered by picking options
    optional: ClassVar[bool] = False  # never counted as unanswered (free text)
    takes_dont_know: ClassVar[bool] = True  # may offer "don't know"

    # -- the model

    def is_scored(self, question: Question) -> bool:
        """True when an answer to ``question`` counts towards the score."""
        return question.scored

    # -- checking

    def check(self, question: Question, value: object) -> AnswerValue:
        """``value`` in canonical form if it fits ``question``; AnswerError if not."""
        if value is DONT_KNOW:
            if not question.allow_dont_know:
                raise AnswerError(T_("'{id}' does not take \"don't know\".", id=question.id))
            return DONT_KNOW
        return self._check(question, value)

    @abstractmethod
    def _check(self, question: Question, value: object) -> AnswerValue:
        """Check a value that is not "don't know"."""

    # -- scoring and words

    def points(self, question: Question, value: AnswerValue) -> Points:
        """Points (0-4), whether the answer is a critical gap, and the answer in words."""
        if value is DONT_KNOW:
            return 0.0, question.has_critical_answer, DONT_KNOW_TEXT
        return self._points(question, value)

    def _points(self, question: Question, value: AnswerValue) -> Points:
        return 0.0, False, LocalText.english(str(value))

    def describe_answer(self, question: Question, value: AnswerValue, language: str) -> str:
        """The answer as the report's appendix prints it."""
        return self.points(question, value)[2].get(language)

    def describe_limits(self, question: Question, tr: Messages = ENGLISH) -> str | None:
        """A sentence on which answers are accepted, when the type has limits (in ``tr``'s
        language)."""
        return None

    def options_scoring_below(
        self, question: Question, score: int
    ) -> tuple[Option, ...] | None:
        """Single choice: the options that score below ``score``; None for other types."""
        return None

    def lowest_score(self, question: Question) -> int:
        """The fewest points an answer other than "don't know" can score."""
        return 0

    # -- the .readiness file

    @abstractmethod
    def encode(self, value: AnswerValue) -> JsonAnswer:
        """A checked value (not "don't know") as JSON."""

    @abstractmethod
    def decode(self, data: Any) -> AnswerValue:
        """A JSON value (not "don't know") as an answer value; AnswerError when it cannot be."""

    # -- conditions and triggers

    def picked(self, value: AnswerValue) -> frozenset[str]:
        """The option ids an answer picked (none for types without options)."""
        return frozenset()

    def number(self, value: AnswerValue) -> float | None:
        """The number an answer gives (None for types that are not numbers)."""
        return None

    def condition_holds(self, condition: Condition, value: AnswerValue) -> bool:
        """True when an answer ``value`` meets one ``show_if`` condition."""
        if condition.any_of:
            if value is DONT_KNOW:
                return DONT_KNOW_ID in condition.any_of
            return bool(self.picked(value) & condition.any_of)
        number = None if value is DONT_KNOW else self.number(value)
        if number is None:
            return False
        if condition.at_least is not None and number < condition.at_least:
            return False
        return not (condition.below is not None and number >= condition.below)

    def trigger_fires(self, trigger: Trigger, question: Question, value: AnswerValue) -> bool:
        """True when an answer ``value`` to ``question`` sets off ``trigger``."""
        if trigger.answers:
            if value is DONT_KNOW:
                return DONT_KNOW_ID in trigger.answers
            return bool(self.picked(value) & trigger.answers)
        if trigger.missing:
            return value is DONT_KNOW or self._lacks(value, trigger.missing)
        if trigger.score_below is not None:
            return self.points(question, value)[0] < trigger.score_below
        return False

    def _lacks(self, value: AnswerValue, option_ids: frozenset[str]) -> bool:
        return False

    def resolving_value(
        self,
        question: Question,
        current: AnswerValue,
        triggers: Sequence[Trigger],
        clears: Callable[[AnswerValue], bool],
    ) -> AnswerValue | None:
        """The lowest-scoring answer that ``clears`` (sets off none of ``triggers``).

        Used by the action plan to work out what doing an action would gain; None when no
        answer of this type would do.
        """
        return None


class _OptionKind(QuestionKind):
    """Answered by picking options: the points and words of the options picked.

    Points add up to at most 4 (one option scores its own points), the answer is a
    critical gap when any option picked is one, and its words are the options' texts.
    """

    is_choice = True
    _value_type: ClassVar[type]  # how an answer of this kind is held (str or frozenset)

    @abstractmethod
    def picked(self, value: AnswerValue) -> frozenset[str]:
        """The option ids an answer picked."""

    def _points(self, question: Question, value: AnswerValue) -> Points:
        if not isinstance(value, self._value_type):
            return super()._points(question, value)
        picked = [o for o in question.options if o.id in self.picked(value)]
        points = float(min(MAX_OPTION_SCORE, sum(o.score for o in picked)))
        text = _join([o.text for o in picked]) if picked else _NONE_PICKED
        return points, any(o.critical for o in picked), text


class _SingleChoice(_OptionKind):
    """One option from a list."""

    _value_type = str

    def _check(self, question: Question, value: object) -> AnswerValue:
        if not isinstance(value, str) or value not in question.option_ids():
            raise AnswerError(T_("'{id}' has no option {value}.", id=question.id,
                                 value=repr(value)))
        return value

    def options_scoring_below(
        self, question: Question, score: int
    ) -> tuple[Option, ...] | None:
        """The options that score below ``score``, in the order listed."""
        return tuple(o for o in question.options if o.score < score)

    def lowest_score(self, question: Question) -> int:
        """The lowest option score."""
        return min((o.score for o in question.options), default=0)

    def encode(self, value: AnswerValue) -> JsonAnswer:
        """The option id."""
        return _encode_str(value)

    def decode(self, data: Any) -> AnswerValue:
        """An option id (checked against the question later)."""
        return _decode_str(data)

    def picked(self, value: AnswerValue) -> frozenset[str]:
        """The option picked."""
        return frozenset({value}) if isinstance(value, str) else frozenset()

    def resolving_value(
        self,
        question: Question,
        current: AnswerValue,
        triggers: Sequence[Trigger],
        clears: Callable[[AnswerValue], bool],
    ) -> AnswerValue | None:
        """The lowest-scoring option that clears (ties keep the listed order)."""
        options = sorted(question.options, key=lambda o: o.score)  # stable: listed order
        return next((o.id for o in options if clears(o.id)), None)


class ScaleKind(_SingleChoice):
    """One option from a maturity scale."""

    question_type = QuestionType.SCALE
    description = "one answer from a scale"


class YesNoKind(_SingleChoice):
    """Yes or no (options ``yes`` and ``no``)."""

    question_type = QuestionType.YES_NO
    description = "yes or no"


class MultiKind(_OptionKind):
    """Any number of options; their points add up to at most 4.

    An option marked ``exclusive`` ("none of these") cannot be combined with others.
    """

    question_type = QuestionType.MULTI
    description = "tick all that apply (points add up, at most 4)"
    _value_type = frozenset

    def _check(self, question: Question, value: object) -> AnswerValue:
        if isinstance(value, str) or not isinstance(value, frozenset | set | list | tuple):
            raise AnswerError(T_("'{id}' takes a set of options.", id=question.id))
        picked = frozenset(value)
        unknown = picked - question.option_ids()
        if unknown or not all(isinstance(v, str) for v in picked):
            raise AnswerError(T_("'{id}' has no option {value}.", id=question.id,
                                 value=str(sorted(map(str, unknown)))))
        exclusive = _exclusive_ids(question) & picked
        if exclusive and len(picked) > 1:
            raise AnswerError(T_("'{id}': '{option}' cannot be combined with other options.",
                                 id=question.id, option=sorted(exclusive)[0]))
        return picked

    def encode(self, value: AnswerValue) -> JsonAnswer:
        """The option ids, sorted."""
        if not isinstance(value, frozenset):
            raise TypeError(f"not a set of options: {value!r}")
        return sorted(value)

    def decode(self, data: Any) -> AnswerValue:
        """A list of option ids, none twice."""
        if not isinstance(data, list):
            raise AnswerError(T_("this question takes a list of options"))
        if len(set(data)) != len(data):
            raise AnswerError(T_("an option is listed twice"))
        return frozenset(data)

    def picked(self, value: AnswerValue) -> frozenset[str]:
        """The options ticked."""
        return value if isinstance(value, frozenset) else frozenset()

    def _lacks(self, value: AnswerValue, option_ids: frozenset[str]) -> bool:
        return isinstance(value, frozenset) and not option_ids <= value

    def selection_after(
        self, question: Question, current: AnswerValue | None, option_id: str, ticked: bool
    ) -> AnswerValue | None:
        """The answer after ticking (or unticking) one box; None when nothing is ticked.

        ``option_id`` may be :data:`DONT_KNOW_ID`. Ticking "don't know" or an exclusive
        option clears every other tick; ticking an ordinary option clears "don't know" and
        any exclusive option.
        """
        if option_id == DONT_KNOW_ID:
            return DONT_KNOW if ticked else None
        picked = set(self.picked(current)) if current is not None else set()
        if ticked:
            if option_id in _exclusive_ids(question):
                picked = set()
            picked -= _exclusive_ids(question)
            picked.add(option_id)
        else:
            picked.discard(option_id)
        return frozenset(picked) if picked else None

    def resolving_value(
        self,
        question: Question,
        current: AnswerValue,
        triggers: Sequence[Trigger],
        clears: Callable[[AnswerValue], bool],
    ) -> AnswerValue | None:
        """Untick what triggers, tick what is missing, then add the best options until clear."""
        picked = set(self.picked(current))
        exclusive = _exclusive_ids(question)
        picked -= exclusive
        for t in triggers:
            picked -= t.answers
            picked |= t.missing
        for option in sorted(question.options, key=lambda o: -o.score):
            if clears(frozenset(picked)):
                break
            if option.id not in exclusive and option.score > 0:
                picked.add(option.id)
        value = frozenset(picked)
        return value if clears(value) else None


class NumberKind(QuestionKind):
    """A number, scored by bands when the question has bands."""

    question_type = QuestionType.NUMBER
    description = "a number"

    def is_scored(self, question: Question) -> bool:
        """Scored only when the question has score bands."""
        return bool(question.bands)

    def _check(self, question: Question, value: object) -> AnswerValue:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise AnswerError(T_("'{id}' takes a number.", id=question.id))
        number = float(value)
        if not math.isfinite(number):
            raise AnswerError(T_("'{id}' takes an ordinary number.", id=question.id))
        if question.min_value is not None and number < question.min_value:
            raise AnswerError(T_("'{id}' must be at least {n}.", id=question.id,
                                 n=f"{question.min_value:g}"))
        if question.max_value is not None and number > question.max_value:
            raise AnswerError(T_("'{id}' must be at most {n}.", id=question.id,
                                 n=f"{question.max_value:g}"))
        return number

    def _points(self, question: Question, value: AnswerValue) -> Points:
        if not isinstance(value, float):
            return super()._points(question, value)
        band = question.band_for(value)
        unit = question.unit
        shown = (LocalText({lang: f"{value:g} {text}" for lang, text in unit.translations.items()})
                 if unit else LocalText.english(f"{value:g}"))
        if band is None:
            return 0.0, False, shown
        return float(band.score), band.critical, shown

    def describe_limits(self, question: Question, tr: Messages = ENGLISH) -> str | None:
        """The accepted range, e.g. "Accepted range: 1 to any people."."""
        low = tr("any") if question.min_value is None else f"{question.min_value:g}"
        high = tr("any") if question.max_value is None else f"{question.max_value:g}"
        if question.unit:
            return tr("Accepted range: {low} to {high} {unit}.").format(
                low=low, high=high, unit=question.unit.get(tr.language))
        return tr("Accepted range: {low} to {high}.").format(low=low, high=high)

    def lowest_score(self, question: Question) -> int:
        """0 when a number can fall below every band, else the lowest band's score."""
        if not question.bands or question.min_value is None:
            return 0
        return min(b.score for b in question.bands)

    def encode(self, value: AnswerValue) -> JsonAnswer:
        """Whole numbers without a decimal point (12, not 12.0)."""
        if not isinstance(value, float):
            raise TypeError(f"not a number: {value!r}")
        return int(value) if value.is_integer() else value

    def decode(self, data: Any) -> AnswerValue:
        """A JSON number (never true or false)."""
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise AnswerError(T_("this question takes a number"))
        try:
            number = float(data)
        except OverflowError:
            raise AnswerError(T_("the number has {count} digits; it is too large for this "
                                 "question", count=f"{len(str(abs(data))):,}")) from None
        if not math.isfinite(number):
            raise AnswerError(T_("the number is too large for this question"))
        return number

    def number(self, value: AnswerValue) -> float | None:
        """The number given."""
        return value if isinstance(value, float) else None

    def resolving_value(
        self,
        question: Question,
        current: AnswerValue,
        triggers: Sequence[Trigger],
        clears: Callable[[AnswerValue], bool],
    ) -> AnswerValue | None:
        """The start of the lowest-scoring band that clears (within the question's range)."""
        for band in sorted(question.bands, key=lambda b: (b.score, b.min_value)):
            number = band.min_value
            if question.min_value is not None:
                number = max(number, question.min_value)
            if question.max_value is not None and number > question.max_value:
                continue
            if question.band_for(number) is band and clears(number):
                return number
        return None


class TextKind(QuestionKind):
    """Free text: optional and never scored."""

    question_type = QuestionType.TEXT
    description = "free text"
    optional = True
    takes_dont_know = False

    def is_scored(self, question: Question) -> bool:
        """Never scored."""
        return False

    def _check(self, question: Question, value: object) -> AnswerValue:
        if not isinstance(value, str):
            raise AnswerError(T_("'{id}' takes text.", id=question.id))
        value = without_invisible(value)  # bidi overrides and zero-width characters
        check_text(T_("answer"), value, MAX_TEXT_ANSWER_LENGTH, allow_newlines=True)
        return value

    def describe_answer(self, question: Question, value: AnswerValue, language: str) -> str:
        """The text as typed."""
        return value if isinstance(value, str) else super().describe_answer(
            question, value, language)

    def encode(self, value: AnswerValue) -> JsonAnswer:
        """The text."""
        return _encode_str(value)

    def decode(self, data: Any) -> AnswerValue:
        """A JSON string."""
        return _decode_str(data)


KINDS: Mapping[QuestionType, QuestionKind] = MappingProxyType({
    kind.question_type: kind
    for kind in (ScaleKind(), YesNoKind(), MultiKind(), NumberKind(), TextKind())
})


def kind_of(question_type: QuestionType) -> QuestionKind:
    """The kind that handles questions of ``question_type``."""
    return KINDS[question_type]


# ----------------------------------------------------------------------------- JSON codec


def encode_answer_value(value: AnswerValue) -> JsonAnswer:
    """An answer value as JSON: option id or text, sorted option ids, a number, or
    ``{"dont_know": true}``.

    The JSON form follows from the value alone (each type keeps its values in its own Python
    type), so no question is needed; :func:`decode_answer_value` needs the question's type.
    """
    if value is DONT_KNOW:
        return dict(DONT_KNOW_JSON)
    if isinstance(value, frozenset):
        return KINDS[QuestionType.MULTI].encode(value)
    if isinstance(value, float):
        return KINDS[QuestionType.NUMBER].encode(value)
    return _encode_str(value)


def decode_answer_value(question_type: QuestionType, data: Any) -> AnswerValue:
    """The answer value a JSON value stands for, for a question of ``question_type``.

    ``{"dont_know": true}`` is "don't know". Raises AnswerError when ``data`` is not a value
    the type can hold; the value still has to be checked against its question
    (:meth:`QuestionKind.check`).
    """
    if data is None:
        raise AnswerError(T_("the answer has no value"))
    if isinstance(data, Mapping):
        if dict(data) != dict(DONT_KNOW_JSON):
            raise AnswerError(T_("an answer object can only be {example}",
                                 example='{"dont_know": true}'))
        return DONT_KNOW
    return kind_of(question_type).decode(data)


# ----------------------------------------------------------------------------- typed input


def parse_number(text: str) -> float | None:
    """A number typed by a user: None when blank, AnswerError when it is not a number.

    Spaces around it are ignored and commas are taken as thousands separators, so "1,200",
    " 12.5 " and "-3" are accepted.
    """
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise AnswerError(T_("'{text}' is not a number; type digits only, such as 12.",
                             text=text))
    return number


def typed_number(question: Question, text: str) -> float | None:
    """The number a person typed for ``question`` (None when blank), or AnswerError with a
    plain message to show beside the field: "Enter the number of people, for example 12",
    "Enter at least 1". (Files get the stricter messages naming the question id.)"""
    try:
        number = parse_number(text)
    except AnswerError:
        if question.unit:
            raise AnswerError(T_("Enter the number of {unit}, for example 12",
                                 unit=QuestionnaireWords(question.unit))) from None
        raise AnswerError(T_("Enter a number, for example 12")) from None
    if number is None:
        return None
    if question.min_value is not None and number < question.min_value:
        raise AnswerError(T_("Enter at least {n}", n=f"{question.min_value:g}"))
    if question.max_value is not None and number > question.max_value:
        raise AnswerError(T_("Enter at most {n}", n=f"{question.max_value:g}"))
    return number


class QuestionnaireWords(Text):
    """A questionnaire's text inside a catalogue message ("people" in "Enter the number of
    people"): shown in a language from the questionnaire's own translations."""

    words: LocalText

    def __new__(cls, words: LocalText) -> QuestionnaireWords:
        """The English words, keeping the others for :meth:`translated`."""
        self = cast(QuestionnaireWords, super().__new__(cls, words.get(DEFAULT_LANGUAGE)))
        self.words = words
        return self

    def translated(self, tr: Messages) -> str:
        """The words in ``tr``'s language (English where the questionnaire has none)."""
        return self.words.get(tr.language)

    def __reduce__(self) -> tuple[object, ...]:
        return (_questionnaire_words, (dict(self.words.translations),))


def _questionnaire_words(translations: dict[str, str]) -> QuestionnaireWords:
    return QuestionnaireWords(LocalText(translations))


# ----------------------------------------------------------------------------- helpers


def _exclusive_ids(question: Question) -> frozenset[str]:
    return frozenset(o.id for o in question.options if o.exclusive)


def _encode_str(value: AnswerValue) -> JsonAnswer:
    if not isinstance(value, str):
        raise TypeError(f"not text: {value!r}")
    return value


def _decode_str(data: Any) -> AnswerValue:
    if not isinstance(data, str):
        raise AnswerError(T_("this question takes text or an option id"))
    return data


def _join(texts: list[LocalText]) -> LocalText:
    languages = {lang for t in texts for lang in t.translations}
    return LocalText({lang: "; ".join(t.get(lang) for t in texts) for lang in languages})
