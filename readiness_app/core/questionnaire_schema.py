"""The questionnaire file format, as pydantic models (used only at the file boundary).

These models check shape and types: required fields, unknown fields, score ranges, enum
values. Cross-references (areas, earlier questions, option ids, action order) are checked
afterwards by :mod:`readiness_app.core.questionnaire_loader`, which also turns these models
into the frozen types of :mod:`readiness_app.core.questionnaire`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from readiness_app.core.questionnaire import QuestionType

FORMAT_VERSION = 1

Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9_.\-]*$"),
]
Text = dict[str, Annotated[str, StringConstraints(min_length=1, max_length=4000)]]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=500)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True, frozen=True)


class SourceSpec(_Strict):
    """A citation: which framework, which part, where, which edition."""

    name: ShortText
    section: ShortText
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=500)]
    version: ShortText


class LevelSpec(_Strict):
    """A named maturity level and the score (0-100) at which it starts."""

    id: Id
    title: Text
    min_score: float = Field(ge=0, le=100)
    description: Text | None = None


class ConditionSpec(_Strict):
    """show_if: one condition on an earlier answer."""

    question: Id
    any_of: list[Id] | None = None
    at_least: float | None = None
    below: float | None = None


class AppliesIfSpec(_Strict):
    """applies_if: one condition on an earlier answer (``question``) or on the firm profile
    (``firm``: the field's name, e.g. ``size_band``)."""

    question: Id | None = None
    firm: Id | None = None
    any_of: list[Id] | None = None
    at_least: float | None = None
    below: float | None = None


class NotApplicableSpec(_Strict):
    """What the firm reads when an area does not apply."""

    reason: Text
    note: Text | None = None
    note_if: list[ConditionSpec] | None = None


class AreaSpec(_Strict):
    """An area of the assessment."""

    id: Id
    title: Text
    weight: float = Field(gt=0, le=10)
    description: Text
    applies_if: list[AppliesIfSpec] | None = None
    not_applicable: NotApplicableSpec | None = None


class VariantSpec(_Strict):
    """Texts for some nations (``nations``) and/or some answers (``when``, actions only)."""

    nations: list[Id] | None = None
    when: list[ConditionSpec] | None = None
    title: Text | None = None
    what: Text | None = None
    first_step: Text | None = None
    help: Text | None = None
    why: Text | None = None
    sources: list[SourceSpec] | None = None
    cost: Literal["none", "low", "medium", "high"] | None = None


class CheckSpec(_Strict):
    """Answers that contradict each other: every condition in ``when`` holds."""

    id: Id
    when: list[ConditionSpec] = Field(min_length=2)
    text: Text


class OptionSpec(_Strict):
    """An answer option; ``score`` runs from 0 (no capability) to 4 (fully in place)."""

    id: Id
    text: Text | None = None  # yes/no options may leave it out
    score: int | None = Field(default=None, ge=0, le=4)  # required when the question is scored
    critical: bool = False
    exclusive: bool = False


class BandSpec(_Strict):
    """Number questions: answers of ``min`` and above score ``score``."""

    min_value: float = Field(alias="min")
    score: int = Field(ge=0, le=4)
    critical: bool = False


if TYPE_CHECKING:
    QuestionTypeName = str
else:  # the values of QuestionType, so that a new type needs no change here
    QuestionTypeName = Literal[tuple(t.value for t in QuestionType)]


class QuestionSpec(_Strict):
    """One question as written in the file."""

    id: Id
    area: Id
    type: QuestionTypeName
    text: Text
    help: Text
    why: Text
    sources: list[SourceSpec] = Field(min_length=1)
    options: list[OptionSpec] | None = None
    bands: list[BandSpec] | None = None
    scored: bool = True  # false for profile questions such as "do you use cloud services?"
    dont_know: bool = True
    weight: float = Field(default=1.0, gt=0, le=10)
    show_if: list[ConditionSpec] | None = None
    unit: Text | ShortText | None = None  # a text map, or plain English as older files have
    min_value: float | None = Field(default=None, alias="min")
    max_value: float | None = Field(default=None, alias="max")
    applies_if: list[AppliesIfSpec] | None = None
    variants: list[VariantSpec] | None = None


class TriggerSpec(_Strict):
    """When an action applies: picked ``answers``, ``missing`` options, or ``score_below``."""

    question: Id
    answers: list[Id] | None = None
    missing: list[Id] | None = None
    score_below: int | None = Field(default=None, ge=1, le=4)


class ActionSpec(_Strict):
    """One action as written in the file."""

    id: Id
    area: Id
    title: Text
    what: Text
    first_step: Text
    effort: Literal["S", "M", "L"]
    cost: Literal["none", "low", "medium", "high"]
    timeframe: Literal["30_days", "3_months", "12_months"]
    who: list[Literal["owner", "staff", "it_supplier", "adviser"]] = Field(min_length=1)
    topic: Literal["finance", "cyber", "workforce", "digital_adoption"]
    triggers: list[TriggerSpec]
    after: list[Id] = Field(default_factory=list)
    sources: list[SourceSpec] = Field(default_factory=list)
    urgency: Literal["deadline", "basic", "essential", "legal", "normal"] = "normal"
    support_kinds: list[Id] = Field(default_factory=list)
    nations: list[Id] | None = None
    variants: list[VariantSpec] | None = None
    outside_help: bool = False


class QuestionnaireHeaderSpec(_Strict):
    """Everything but the questions and actions, which are validated one by one."""

    format: Literal[1]
    id: Id
    version: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+){0,2}$")]
    title: Text
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]] | None = None
    description: Text
    levels: list[LevelSpec] | None = None
    critical_cap: Id | None = None
    areas: list[AreaSpec] = Field(min_length=1)
    questions: list[object] = Field(min_length=1)
    actions: list[object] = Field(default_factory=list)
    checks: list[CheckSpec] = Field(default_factory=list)
