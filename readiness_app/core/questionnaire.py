"""The questionnaire as the rest of the app sees it: frozen, validated, plain Python.

Instances are built only by :mod:`readiness_app.core.questionnaire_loader`, which refuses
any file that breaks a rule; code that receives a ``Questionnaire`` may rely on every
reference inside it being valid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType

from readiness_app.core.i18n import N_

DEFAULT_LANGUAGE = "en"
MAX_OPTION_SCORE = 4


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text in one or more languages; English is always present."""

    translations: Mapping[str, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "translations", MappingProxyType(dict(self.translations)))

    def get(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The text in ``language``, falling back to English when not translated."""
        return self.translations.get(language) or self.translations[DEFAULT_LANGUAGE]

    def __str__(self) -> str:
        return self.get(DEFAULT_LANGUAGE)

    @classmethod
    def english(cls, text: str) -> LocalText:
        """A text that has only its English version."""
        return cls({DEFAULT_LANGUAGE: text})


class QuestionType(Enum):
    """How a question is answered."""

    SCALE = "scale"  # one option from a maturity scale
    YES_NO = "yes_no"  # yes / no (and "don't know" when allowed)
    MULTI = "multi"  # any number of options; points add up to at most 4
    NUMBER = "number"  # a number, scored by bands when bands are given
    TEXT = "text"  # free text, never scored

    @property
    def is_choice(self) -> bool:
        """True for the types answered by picking options."""
        from readiness_app.core.question_types import kind_of  # imports this module

        return kind_of(self).is_choice


class Effort(Enum):
    """How much work an action is."""

    S = "S"
    M = "M"
    L = "L"

    @property
    def rank(self) -> int:
        """0 for small, 1 for medium, 2 for large."""
        return ("S", "M", "L").index(self.value)

    @property
    def words(self) -> str:
        """The effort in an owner's words: "a few hours" (S), "about a day" (M) or "a few
        days" (L) of work; the plan counts 2, 8 and 24 hours (``action_plan.EFFORT_HOURS``)."""
        return {"S": N_("a few hours"), "M": N_("about a day"), "L": N_("a few days")}[self.value]


class CostBand(Enum):
    """What an action is likely to cost a small firm."""

    NONE = "none"  # staff time only
    LOW = "low"  # under £500
    MEDIUM = "medium"  # £500 to £5,000
    HIGH = "high"  # over £5,000

    @property
    def label(self) -> str:
        """A plain-English description of the band."""
        return {
            "none": N_("No cost beyond staff time"),
            "low": N_("Under £500"),
            "medium": N_("£500 to £5,000"),
            "high": N_("Over £5,000"),
        }[self.value]


class Timeframe(Enum):
    """When an action should be done by, counted from the date of the plan.

    A questionnaire gives each action one of the first three; ``LATER`` is only given by the
    plan, to actions that do not fit in the year's plan (see :mod:`.action_plan`).
    """

    DAYS_30 = "30_days"
    MONTHS_3 = "3_months"
    MONTHS_12 = "12_months"
    LATER = "later"

    @property
    def rank(self) -> int:
        """0 for the soonest bucket, 3 for later."""
        return ("30_days", "3_months", "12_months", "later").index(self.value)

    @property
    def months(self) -> int:
        """How many months of the firm's time the bucket spans (0 for later)."""
        return {"30_days": 1, "3_months": 2, "12_months": 9, "later": 0}[self.value]

    @property
    def label(self) -> str:
        """A plain-English heading for the bucket."""
        return {
            "30_days": N_("Next 30 days"),
            "3_months": N_("Next 3 months"),
            "12_months": N_("Next 12 months"),
            "later": N_("Later, once the above is done"),
        }[self.value]


class Nation(Enum):
    """A UK nation: texts and actions may vary by it."""

    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"

    @property
    def label(self) -> str:
        """A plain-English name."""
        return {"england": N_("England"), "wales": N_("Wales"), "scotland": N_("Scotland"),
                "northern_ireland": N_("Northern Ireland")}[self.value]

    @property
    def ons_code(self) -> str:
        """The nation's ONS code (E92000001 for England)."""
        return {"england": "E92000001", "wales": "W92000004", "scotland": "S92000003",
                "northern_ireland": "N92000002"}[self.value]

    @classmethod
    def from_ons_code(cls, code: str) -> Nation | None:
        """The nation with this ONS code, if any."""
        return next((n for n in cls if n.ons_code == code), None)


class Urgency(Enum):
    """How an action ranks before risk and gain are weighed (see docs/action-plan.md)."""

    DEADLINE = "deadline"  # a legal duty with a clock running (e.g. a pending request)
    BASIC = "basic"  # one of the basics that stop most attacks: essential, and first in a tier
    ESSENTIAL = "essential"  # fixes an answer that fails a basic standard outright
    LEGAL = "legal"  # a legal duty with no clock running: after the basics in a tier
    NORMAL = "normal"


class Actor(Enum):
    """Who carries out an action."""

    OWNER = "owner"
    STAFF = "staff"
    IT_SUPPLIER = "it_supplier"
    ADVISER = "adviser"

    @property
    def label(self) -> str:
        """A plain-English name."""
        return {
            "owner": N_("Owner or manager"),
            "staff": N_("Staff"),
            "it_supplier": N_("IT supplier"),
            "adviser": N_("Business adviser"),
        }[self.value]


#: The kinds of organisation in a support directory (its ``kind`` column); an action's
#: ``support_kinds`` names some of them.
ORGANISATION_KINDS = frozenset({
    "growth_hub", "business_gateway", "business_wales", "invest_ni_or_council",
    "enterprise_agency", "cyber_resilience_centre", "skills", "adoption_programme",
    "employment_relations", "national", "other",
})


class SupportTopic(Enum):
    """The kind of local support an action points to."""

    FINANCE = "finance"
    CYBER = "cyber"
    WORKFORCE = "workforce"
    DIGITAL_ADOPTION = "digital_adoption"

    @property
    def label(self) -> str:
        """A plain-English name."""
        return {
            "finance": N_("Finance and investment"),
            "cyber": N_("Cyber security"),
            "workforce": N_("Workforce, skills and employment relations"),
            "digital_adoption": N_("Digital adoption"),
        }[self.value]


@dataclass(frozen=True, slots=True)
class Source:
    """A published framework or guide a question or action rests on."""

    name: str
    section: str
    url: str
    version: str


@dataclass(frozen=True, slots=True)
class Level:
    """A named maturity level reached at ``min_score`` (0-100) and above."""

    id: str
    title: LocalText
    min_score: float
    description: LocalText | None = None


# The four bands of the EU Digital Maturity Assessment (0-25, 25-50, 50-75, 75-100), named in
# plain English. A questionnaire may name its own.
# The Welsh (cy) needs review by a Welsh speaker, like every shipped translation.
DEFAULT_LEVELS: tuple[Level, ...] = (
    Level("starting", LocalText({"en": "Starting", "cy": "Dechrau"}), 0.0,
          LocalText({"en": "Early days: most of the basics are still to put in place.",
                     "cy": "Dyddiau cynnar: mae angen rhoi'r rhan fwyaf o'r pethau "
                           "sylfaenol ar waith o hyd."})),
    Level("developing", LocalText({"en": "Developing", "cy": "Datblygu"}), 25.0,
          LocalText({"en": "Some good practice, with important gaps to close.",
                     "cy": "Rhywfaint o arfer da, gyda bylchau pwysig i'w cau."})),
    Level("established", LocalText({"en": "Established", "cy": "Sefydledig"}), 50.0,
          LocalText({"en": "Most of the basics are in place and working.",
                     "cy": "Mae'r rhan fwyaf o'r pethau sylfaenol ar waith ac yn "
                           "gweithio."})),
    Level("advanced", LocalText({"en": "Advanced", "cy": "Uwch"}), 75.0,
          LocalText({"en": "Good practice throughout, kept under review.",
                     "cy": "Arfer da drwyddi draw, sy'n cael ei adolygu'n gyson."})),
)


@dataclass(frozen=True, slots=True)
class NotApplicable:
    """What the firm reads when an area does not apply to it: the reason, and a note (for
    example "when you take on staff") shown when every ``note_if`` condition holds."""

    reason: LocalText
    note: LocalText | None = None
    note_if: tuple[Condition, ...] = ()


@dataclass(frozen=True, slots=True)
class Area:
    """One of the areas the questionnaire assesses.

    ``applies_if``: the area applies to the firm unless one of these conditions is known not
    to hold; when it does not apply its questions are not asked (except those the conditions
    and ``not_applicable.note_if`` name, which decide it), it has no score and no actions.
    """

    id: str
    title: LocalText
    weight: float
    description: LocalText
    applies_if: tuple[Condition | FirmCondition, ...] = ()
    not_applicable: NotApplicable | None = None

    @property
    def deciding_questions(self) -> frozenset[str]:
        """Ids of the questions that decide whether the area applies (always asked)."""
        ids = {c.question_id for c in self.applies_if if isinstance(c, Condition)}
        if self.not_applicable is not None:
            ids |= {c.question_id for c in self.not_applicable.note_if}
        return frozenset(ids)


@dataclass(frozen=True, slots=True)
class AnswerCheck:
    """Answers that contradict each other: flagged as "answers to check" when every
    condition in ``when`` holds on shown, answered questions."""

    id: str
    when: tuple[Condition, ...]
    text: LocalText


@dataclass(frozen=True, slots=True)
class Option:
    """One answer a firm can pick."""

    id: str
    text: LocalText
    score: int
    critical: bool = False
    exclusive: bool = False  # MULTI only: picking it clears the others ("none of these")


@dataclass(frozen=True, slots=True)
class ScoreBand:
    """NUMBER questions: values of ``min_value`` and above (up to the next band) score ``score``."""

    min_value: float
    score: int
    critical: bool = False


@dataclass(frozen=True, slots=True)
class Condition:
    """``show_if``: the question is shown only when an earlier answer matches.

    Exactly one of ``any_of`` (choice questions: one of these options picked) or
    ``at_least`` / ``below`` (number questions) is used.
    """

    question_id: str
    any_of: frozenset[str] = frozenset()
    at_least: float | None = None
    below: float | None = None


@dataclass(frozen=True, slots=True)
class FirmCondition:
    """``applies_if`` on the firm profile: the firm's ``field`` (only ``size_band`` so far)
    is one of ``any_of``. A profile field left empty counts as matching."""

    field: str
    any_of: frozenset[str]


#: Firm-profile fields an ``applies_if`` condition may name, with their allowed values.
FIRM_FIELDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "size_band": frozenset({"micro", "small", "medium", "large"}),
})


@dataclass(frozen=True, slots=True)
class Variant:
    """Texts that replace an item's own for firms in some nations and/or with some answers.

    ``nations`` empty: any nation; ``when`` empty: any answers (actions only; all must hold,
    like ``show_if``). ``texts`` maps a field name (``help``, ``why`` for questions;
    ``title``, ``what``, ``first_step`` for actions) to its text; ``sources`` (when given)
    replace the item's sources. An action's variant with a ``cost`` is a cheaper way to do
    it, used only when the plan's urgent actions cost more than the firm's budget.
    """

    texts: Mapping[str, LocalText]
    nations: frozenset[Nation] = frozenset()
    when: tuple[Condition, ...] = ()
    sources: tuple[Source, ...] | None = None
    cost: CostBand | None = None  # a cheaper way (actions only): see docs/action-plan.md

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", MappingProxyType(dict(self.texts)))

    def fits_nation(self, nation: Nation | None) -> bool:
        """True when the variant is for every nation, or for ``nation`` (which is known)."""
        return not self.nations or (nation is not None and nation in self.nations)


def pick_text(base: LocalText, variants: tuple[Variant, ...], name: str) -> LocalText:
    """The text ``name`` from the first of ``variants`` (already found to match) that gives
    it, else ``base``."""
    for variant in variants:
        text = variant.texts.get(name)
        if text is not None:
            return text
    return base


def pick_sources(base: tuple[Source, ...], variants: tuple[Variant, ...]
                 ) -> tuple[Source, ...]:
    """The sources of the first matching variant that gives its own, else ``base``."""
    for variant in variants:
        if variant.sources is not None:
            return variant.sources
    return base


@dataclass(frozen=True, slots=True)
class Question:
    """One question, with its options or number bands."""

    id: str
    area_id: str
    type: QuestionType
    text: LocalText
    help: LocalText
    why: LocalText
    sources: tuple[Source, ...]
    options: tuple[Option, ...] = ()
    bands: tuple[ScoreBand, ...] = ()
    allow_dont_know: bool = True
    scored: bool = True
    weight: float = 1.0
    show_if: tuple[Condition, ...] = ()  # all must hold
    unit: LocalText | None = None  # "people", shown after the number
    min_value: float | None = None
    max_value: float | None = None
    applies_if: tuple[Condition | FirmCondition, ...] = ()  # all must hold (unknown holds)
    variants: tuple[Variant, ...] = ()  # nation variants of help, why and sources

    def in_nation(self, nation: Nation | None) -> Question:
        """The question as a firm in ``nation`` reads it: its help, why and sources from
        the first variant for that nation (the question's own when there is none)."""
        found = tuple(v for v in self.variants if v.fits_nation(nation))
        if not found:
            return self
        return replace(self, help=pick_text(self.help, found, "help"),
                       why=pick_text(self.why, found, "why"),
                       sources=pick_sources(self.sources, found))

    @property
    def is_scored(self) -> bool:
        """True when an answer to this question counts towards the score."""
        from readiness_app.core.question_types import kind_of  # imports this module

        return kind_of(self.type).is_scored(self)

    @property
    def has_critical_answer(self) -> bool:
        """True when some answer to this question is a critical gap."""
        return any(o.critical for o in self.options) or any(b.critical for b in self.bands)

    def option(self, option_id: str) -> Option:
        """The option with this id (KeyError when there is none)."""
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)

    def option_ids(self) -> frozenset[str]:
        """Ids of every option."""
        return frozenset(o.id for o in self.options)

    def band_for(self, value: float) -> ScoreBand | None:
        """The band a number falls in, or None when it is below every band."""
        found: ScoreBand | None = None
        for band in sorted(self.bands, key=lambda b: b.min_value):
            if value >= band.min_value:
                found = band
        return found


@dataclass(frozen=True, slots=True)
class Trigger:
    """When an action belongs in the plan.

    ``answers``: the firm picked one of these options (``dont_know`` is allowed as an id);
    ``missing``: MULTI only, the firm answered but did not pick one of these options;
    ``score_below``: the answer scored fewer points than this (0-4 scale).
    """

    question_id: str
    answers: frozenset[str] = frozenset()
    missing: frozenset[str] = frozenset()
    score_below: int | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """Something a firm can do to close a gap."""

    id: str
    area_id: str
    title: LocalText
    what: LocalText
    first_step: LocalText
    effort: Effort
    cost: CostBand
    timeframe: Timeframe
    who: tuple[Actor, ...]
    topic: SupportTopic
    triggers: tuple[Trigger, ...]
    after: tuple[str, ...] = ()  # ids of actions that must come first
    sources: tuple[Source, ...] = ()
    urgency: Urgency = Urgency.NORMAL
    support_kinds: tuple[str, ...] = ()  # kinds of organisation to point to first (directory)
    nations: frozenset[Nation] = frozenset()  # empty: every nation
    variants: tuple[Variant, ...] = ()  # texts by nation and by the triggering answers
    outside_help: bool = False  # brings in outside help (an IT supplier, a managed service)

    def fits_nation(self, nation: Nation | None) -> bool:
        """True when the action is for every nation or for ``nation``; an action limited to
        some nations is left out only when the firm's nation is known and not one of them."""
        return not self.nations or nation is None or nation in self.nations


@dataclass(frozen=True, slots=True)
class Questionnaire:
    """A validated questionnaire: areas, questions in the order asked, and actions."""

    id: str
    version: str
    title: LocalText
    language: str
    languages: tuple[str, ...]
    description: LocalText
    areas: tuple[Area, ...]
    questions: tuple[Question, ...]
    actions: tuple[Action, ...]
    levels: tuple[Level, ...] = DEFAULT_LEVELS
    critical_cap: str = "developing"  # the highest level an area with a critical gap can reach
    checks: tuple[AnswerCheck, ...] = ()  # contradictions to flag
    source_name: str = field(default="", compare=False)
    _index: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = MappingProxyType({q.id: i for i, q in enumerate(self.questions)})
        object.__setattr__(self, "_index", index)

    @property
    def estimated_minutes(self) -> tuple[int, int]:
        """(fewest, most) minutes to answer: the questions every firm is asked, and every
        question. Seconds per question by type, see ``core.time_estimate``."""
        from readiness_app.core.time_estimate import minutes_range

        return minutes_range(self)

    def area(self, area_id: str) -> Area:
        """The area with this id (KeyError when there is none)."""
        for area in self.areas:
            if area.id == area_id:
                return area
        raise KeyError(area_id)

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError when there is none)."""
        return self.questions[self._index[question_id]]

    def has_question(self, question_id: str) -> bool:
        """True when the questionnaire asks this question."""
        return question_id in self._index

    def questions_in(self, area_id: str) -> tuple[Question, ...]:
        """The questions of one area, in the order asked."""
        return tuple(q for q in self.questions if q.area_id == area_id)

    def action(self, action_id: str) -> Action:
        """The action with this id (KeyError when there is none)."""
        for action in self.actions:
            if action.id == action_id:
                return action
        raise KeyError(action_id)

    def level(self, level_id: str) -> Level:
        """The level with this id (KeyError when there is none)."""
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    def level_for(self, score: float) -> Level:
        """The level a 0-100 score reaches."""
        reached = self.levels[0]
        for level in self.levels:
            if score >= level.min_score:
                reached = level
        return reached
