"""From gaps to a short, ordered plan the firm can carry out (the rule: docs/action-plan.md).

* An action is in the plan when one of its triggers fires on a shown, answered question,
  its area applies to the firm and it is meant for the firm's nation (``nations``).
* Its texts are the firm's: the first of its ``variants`` whose nations include the firm's
  nation and whose ``when`` conditions hold on the answers gives the title, what to do and
  the first step (each falls back to the next matching variant, then to the action's own).
* Risk = area weight x gap x (2 when the gap is critical, else 1), where the gap is the
  largest weighted share of points missed on a triggering question (0-1) (``priority``).
* The gain is computed, not guessed: the answers are re-scored with each triggering answer
  moved to the lowest answer that no longer triggers the action, and the difference in the
  overall (uncapped) and area scores is reported.
* Expert order: every action falls in a tier; tiers come first, then within a tier the
  basics that stop most attacks (``urgency: basic``), then legal duties (``urgency:
  legal``), then the rest; then risk, then gain:
  0. a legal duty with a clock running (``urgency: deadline``);
  1. a fix for an answer that fails a basic standard outright (``urgency: basic`` or
     ``essential``, triggered by a critical answer), such as Cyber Essentials' two-step
     sign-in;
  2. any other critical gap;
  3. everything else (so a basic only partly in place, such as backups never restored,
     heads it, and a legal duty partly met comes next).
  A prerequisite is lent the rank (tier and kind) of the most urgent action waiting for
  it, and no action ever comes before a prerequisite that is also in the plan; asking staff
  before new kit or a system is lent at most a legal duty's rank in tier 3 (never before
  the basics). An action set off by "don't know" about a basic (finding out) ranks as it.
* Basics beyond the budget: when the urgent actions cost more than the budget, actions
  with a cheaper way (a variant with a ``cost``) are done that way, and the first period's
  note says so. Money but not hours: outside help (``outside_help``) becomes a prerequisite
  of the urgent work an IT supplier can take on, brought forward to its period.
* Fitting the firm: walking the actions in that order, each goes in the earliest period
  allowed by its timeframe and its prerequisites that still has room: at most
  ``MAX_FIRST_PERIOD`` actions in the next 30 days and ``MAX_SCHEDULED`` over the year, and
  (for tier 3, basics and legal duties apart) within the firm's hours a month and budget
  (:class:`Means`). What does not fit goes to ``Timeframe.LATER``, with the reason; nothing
  is dropped.
* Quick wins are small-effort actions that close a critical gap or gain at least
  ``QUICK_WIN_MIN_GAIN`` points in their area.

The report and the UI only render an :class:`ActionPlan`; they compute nothing themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from readiness_app.core.assessment import (
    DONT_KNOW,
    Answer,
    AnswerValue,
    Assessment,
    BudgetBand,
    FirmProfile,
    SizeBand,
    condition_holds,
    shown_questions,
)
from readiness_app.core.i18n import ENGLISH, N_, T_, FirstLower, Messages
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import (
    MAX_OPTION_SCORE,
    Action,
    Actor,
    CostBand,
    Effort,
    LocalText,
    Nation,
    Question,
    Questionnaire,
    Source,
    SupportTopic,
    Timeframe,
    Trigger,
    Urgency,
    Variant,
    pick_sources,
    pick_text,
)
from readiness_app.core.scoring import Score, ScoringMemo, answer_points, score_answers

QUICK_WIN_MIN_GAIN = 5.0
CRITICAL_FACTOR = 2.0

MAX_FIRST_PERIOD = 5  # actions in the next 30 days
MAX_SCHEDULED = 15  # actions over the year (30 days + 3 months + 12 months)
SCHEDULED = (Timeframe.DAYS_30, Timeframe.MONTHS_3, Timeframe.MONTHS_12)

TIER_DEADLINE = 0
TIER_ESSENTIAL = 1
TIER_CRITICAL = 2
TIER_OTHER = 3
#: Within a tier: the basics that stop most attacks first, then legal duties, then the rest.
KIND_RANK = {Urgency.BASIC: 0, Urgency.LEGAL: 1}
KIND_OTHER = 2
#: The highest rank asking staff is lent by an action waiting for it: a legal duty's, tier 3.
CONSULT_RANK = (TIER_OTHER, KIND_RANK[Urgency.LEGAL])
TIER_LABELS = {
    TIER_DEADLINE: N_("a legal duty with a deadline"),
    TIER_ESSENTIAL: N_("fails a basic standard outright"),
    TIER_CRITICAL: N_("a critical gap"),
    TIER_OTHER: N_("ranked by risk and gain"),
}

#: Planning figures: the owner's hours an action takes, and pounds within its cost band.
EFFORT_HOURS = {Effort.S: 2, Effort.M: 8, Effort.L: 24}
COST_ESTIMATE = {CostBand.NONE: 0, CostBand.LOW: 250, CostBand.MEDIUM: 2_000,
                 CostBand.HIGH: 8_000}
#: What a year's budget band allows for the plan's actions.
BUDGET_LIMIT = {BudgetBand.UNDER_500: 500, BudgetBand.UP_TO_5000: 5_000,
                BudgetBand.OVER_5000: 25_000}
#: What the size band implies when the owner has not said (hours a month, budget).
DEFAULT_MEANS = {
    None: (8, BudgetBand.UP_TO_5000),
    SizeBand.MICRO: (8, BudgetBand.UP_TO_5000),
    SizeBand.SMALL: (16, BudgetBand.UP_TO_5000),
    SizeBand.MEDIUM: (32, BudgetBand.OVER_5000),
    SizeBand.LARGE: (60, BudgetBand.OVER_5000),
}


@dataclass(frozen=True, slots=True)
class Means:
    """The time and money a firm can give its plan; ``*_stated`` when the owner said so."""

    hours_per_month: int
    budget: BudgetBand
    hours_stated: bool = False
    budget_stated: bool = False

    @property
    def budget_limit(self) -> int:
        """Pounds a year the plan's actions may be estimated to cost."""
        return BUDGET_LIMIT[self.budget]

    def hours_in(self, timeframe: Timeframe) -> int:
        """Hours the firm can give within one period."""
        return self.hours_per_month * timeframe.months

    def describe(self, tr: Messages = ENGLISH) -> str:
        """One line for people, in ``tr``'s language, saying where the figures came from."""
        said = (tr("as you said") if self.hours_stated and self.budget_stated
                else tr("as assumed from the firm's size") if not (self.hours_stated
                                                                   or self.budget_stated)
                else tr("partly assumed from the firm's size"))
        budget = tr(self.budget.label)
        return tr("About {hours} hours a month and a budget of {budget} ({said}).").format(
            hours=self.hours_per_month, budget=budget[0].lower() + budget[1:], said=said)


def means_for(firm: FirmProfile | None) -> Means:
    """The firm's means: what the owner stated, else what its size band implies."""
    hours, budget = DEFAULT_MEANS[firm.size_band if firm else None]
    if firm is None:
        return Means(hours, budget)
    return Means(
        hours_per_month=firm.hours_per_month or hours,
        budget=firm.budget or budget,
        hours_stated=firm.hours_per_month is not None,
        budget_stated=firm.budget is not None,
    )


@dataclass(frozen=True, slots=True)
class TriggeringAnswer:
    """An answer that put an action in the plan."""

    question_id: str
    question: Question
    answer: Answer
    points: float
    critical: bool


@dataclass(frozen=True, slots=True)
class PlannedAction:
    """One action in the plan, with why it is there and what it would gain."""

    action: Action
    timeframe: Timeframe  # when it is scheduled (never before its prerequisites)
    priority: float
    gap: float  # 0-1
    critical: bool
    quick_win: bool
    gain_overall: float  # overall score points gained if done
    gain_area: float  # area score points gained if done
    lifts_cap: bool  # doing it removes a critical gap that holds a level down
    triggered_by: tuple[TriggeringAnswer, ...]
    follows: tuple[str, ...]  # ids of planned actions that must be done first
    tier: int = TIER_OTHER  # see the module docstring; lent by the actions that wait for it
    why_later: str = ""  # for Timeframe.LATER: why it did not fit in the year
    title: LocalText | None = None  # the texts for this firm (None: the action's own)
    what: LocalText | None = None
    first_step: LocalText | None = None
    sources: tuple[Source, ...] | None = None  # the sources for this firm (None: the action's)

    @property
    def id(self) -> str:
        """The action's id."""
        return self.action.id

    @property
    def hours(self) -> int:
        """The planning figure for the owner's hours it takes."""
        return EFFORT_HOURS[self.action.effort]

    @property
    def cost_estimate(self) -> int:
        """The planning figure in pounds within its cost band."""
        return COST_ESTIMATE[self.action.cost]

    @property
    def is_later(self) -> bool:
        """True when it waits until the year's plan is done."""
        return self.timeframe is Timeframe.LATER

    def text_title(self) -> LocalText:
        """The title this firm reads."""
        return self.title or self.action.title

    def text_what(self) -> LocalText:
        """What to do, as this firm reads it."""
        return self.what or self.action.what

    def text_first_step(self) -> LocalText:
        """The first step, as this firm reads it."""
        return self.first_step or self.action.first_step

    def text_sources(self) -> tuple[Source, ...]:
        """The sources behind the texts this firm reads."""
        return self.action.sources if self.sources is None else self.sources


@dataclass(frozen=True, slots=True)
class PeriodLoad:
    """How full one period of the plan is against the firm's means."""

    timeframe: Timeframe
    actions: int
    hours: int  # planning hours of the actions scheduled in it
    hours_available: int
    cost: int  # planning pounds of the actions scheduled in it
    moved_on: int  # actions that wanted this period but did not fit
    #: Set on the first period when the urgent actions alone cost more than the budget: the
    #: budget, and what the urgent actions come to once done the cheaper way where offered.
    over_budget: BudgetBand | None = None
    urgent_cost: int = 0
    help_first: bool = False  # outside help is lined up first in it (money, not hours)

    @property
    def full(self) -> bool:
        """True when something had to wait or the hours are all taken."""
        return self.moved_on > 0 or self.hours >= self.hours_available

    @property
    def over_hours(self) -> bool:
        """True when urgent actions take more hours than the firm said it has."""
        return self.hours > self.hours_available

    def note(self, tr: Messages = ENGLISH) -> str:
        """A line for people (in ``tr``'s language) on the period, or "" when it has room and
        nothing else needs saying."""
        extra = self._budget_note(tr) + self._help_note(tr)
        if not self.full:
            return extra.strip()
        parts = [tr.plural("{period} is full: {count} action, about {hours} of {available} "
                           "hours", "{period} is full: {count} actions, about {hours} of "
                           "{available} hours", self.actions).format(
            period=tr(self.timeframe.label), count=self.actions, hours=self.hours,
            available=self.hours_available)]
        if self.over_hours:
            parts.append(tr(" (urgent fixes take more time than you have: ask for help)"))
        if self.moved_on:
            parts.append(tr.plural("; {count} more waits for a later period",
                                   "; {count} more wait for a later period",
                                   self.moved_on).format(count=self.moved_on))
        return "".join(parts) + "." + extra

    def _budget_note(self, tr: Messages) -> str:
        if self.over_budget is None:
            return ""
        budget = FirstLower(self.over_budget.label)
        if self.urgent_cost > BUDGET_LIMIT[self.over_budget]:
            return " " + tr(
                "The urgent fixes alone come to about £{cost}, more than your budget "
                "({budget}): they stay first, done the free or cheaper way where there is "
                "one; spread the cost over time or ask about free help.").format(
                cost=f"{self.urgent_cost:,}", budget=budget.translated(tr))
        return " " + tr(
            "Done the usual way, the urgent fixes would cost more than your budget "
            "({budget}), so the plan gives the free or cheaper way where there is one.").format(
            budget=budget.translated(tr))

    def _help_note(self, tr: Messages) -> str:
        if not self.help_first:
            return ""
        return " " + tr("You have more money than time, so lining up outside help comes "
                        "first: they can take on the fixes that follow it.")


@dataclass(frozen=True, slots=True)
class ActionPlan:
    """The whole plan: actions in the order to do them (the year's plan, then the later
    list), the score it starts from, and how full each period is for the firm's means."""

    score: Score
    actions: tuple[PlannedAction, ...]
    means: Means = field(default_factory=lambda: means_for(None))
    loads: tuple[PeriodLoad, ...] = ()
    nation: Nation | None = None  # the nation whose texts and actions the plan uses

    def in_timeframe(self, timeframe: Timeframe) -> tuple[PlannedAction, ...]:
        """The actions scheduled for one period, in order."""
        return tuple(a for a in self.actions if a.timeframe is timeframe)

    @property
    def scheduled(self) -> tuple[PlannedAction, ...]:
        """The year's plan: every action not left for later, in order."""
        return tuple(a for a in self.actions if not a.is_later)

    @property
    def later(self) -> tuple[PlannedAction, ...]:
        """Actions that wait until the year's plan is done, in order."""
        return self.in_timeframe(Timeframe.LATER)

    def load(self, timeframe: Timeframe) -> PeriodLoad | None:
        """How full one scheduled period is."""
        return next((x for x in self.loads if x.timeframe is timeframe), None)

    def top_priorities(self, count: int = 5) -> tuple[PlannedAction, ...]:
        """The first actions to do, in plan order (the expert order)."""
        return self.scheduled[:count]

    @property
    def numbers(self) -> Mapping[str, int]:
        """Each action's number (1, 2, …) as every front end shows it: period by period in
        plan order, the later list last. The app, the PDF and ``readiness-app plan`` all use
        these, so "3." is the same action everywhere."""
        ordered = [a for timeframe in Timeframe for a in self.in_timeframe(timeframe)]
        return MappingProxyType({a.id: n for n, a in enumerate(ordered, start=1)})

    def do_first(self, count: int = 5) -> tuple[PlannedAction, ...]:
        """"Do these first": the first 30 days' actions (at most ``count``), or the first
        ``count`` of the plan when none is due that soon; the app's results page and the
        PDF list the same ones."""
        return self.in_timeframe(Timeframe.DAYS_30)[:count] or self.top_priorities(count)

    def get(self, action_id: str) -> PlannedAction | None:
        """The planned action with this id, if it is in the plan."""
        for planned in self.actions:
            if planned.id == action_id:
                return planned
        return None


def build_plan(questionnaire: Questionnaire, assessment: Assessment,
               nation: Nation | None = None) -> ActionPlan:
    """The action plan for an assessment, fitted to the firm's means and nation.

    ``nation`` is where the firm is, as services work it out from the postcode; None falls
    back to the nation the user picked (``FirmProfile.nation``), else no nation is known
    and the actions' own texts (which name every nation's route) are used.
    """
    firm = assessment.firm
    return build_plan_for_answers(questionnaire, assessment.answers, means=means_for(firm),
                                  firm=firm, nation=nation or firm.nation)


def build_plan_for_answers(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    *,
    means: Means | None = None,
    firm: FirmProfile | None = None,
    nation: Nation | None = None,
) -> ActionPlan:
    """The action plan for a set of answers keyed by question id."""
    means = means or means_for(firm)
    memo = ScoringMemo()
    score = score_answers(questionnaire, answers, firm=firm, memo=memo)
    shown = {q.id: q for q in shown_questions(questionnaire, answers, firm)}
    closed = {a.area.id for a in score.not_applicable}
    candidates: dict[str, PlannedAction] = {}
    cheaper: dict[str, PlannedAction] = {}  # the cheaper way, for a budget the basics exceed
    finds_out: set[str] = set()
    basic_questions = {t.question_id for a in questionnaire.actions
                       if a.urgency is Urgency.BASIC for t in a.triggers}
    caps_before = {q for a in score.areas for q in a.capped_by}
    for action in questionnaire.actions:
        if action.area_id in closed or not action.fits_nation(nation):
            continue
        hits = _hits(action, shown, answers)
        if not hits:
            continue
        area = questionnaire.area(action.area_id)
        gap = max(
            h.question.weight * (MAX_OPTION_SCORE - h.points) / MAX_OPTION_SCORE for h in hits
        )
        gap = min(1.0, gap)
        critical = any(h.critical for h in hits)
        priority = area.weight * gap * (CRITICAL_FACTOR if critical else 1.0)
        improved = _improved_answers(action, hits, answers, memo)
        after = score_answers(questionnaire, improved, what_if=False, firm=firm, memo=memo)
        gain_overall = _difference(after.overall_uncapped, score.overall_uncapped)
        gain_area = _difference(
            after.area(action.area_id).score, score.area(action.area_id).score
        )
        caps_after = {q for a in after.areas for q in a.capped_by}
        lifts_cap = bool(caps_before - caps_after)
        quick_win = action.effort.rank == 0 and (lifts_cap or gain_area >= QUICK_WIN_MIN_GAIN)
        # every matching variant once: the cheaper ways first, then the usual ones in order
        ways = matching_variants(action.variants, nation, shown, answers, cheaper=True)
        variants = tuple(v for v in ways if v.cost is None)
        # Finding out whether a basic is in place ("don't know") is part of that basic.
        if action.urgency is not Urgency.BASIC and any(
                h.answer.value is DONT_KNOW and h.question_id in basic_questions for h in hits):
            finds_out.add(action.id)
        candidates[action.id] = PlannedAction(
            action=action,
            timeframe=action.timeframe,
            priority=round(priority, 6),
            gap=round(gap, 6),
            critical=critical,
            quick_win=quick_win,
            gain_overall=round(gain_overall, 6),
            gain_area=round(gain_area, 6),
            lifts_cap=lifts_cap,
            triggered_by=tuple(hits),
            follows=(),
            tier=_own_tier(action, critical, action.id in finds_out),
            title=pick_text(action.title, variants, "title") if variants else None,
            what=pick_text(action.what, variants, "what") if variants else None,
            first_step=pick_text(action.first_step, variants, "first_step") if variants
            else None,
            sources=pick_sources(action.sources, variants) if variants else None,
        )
        cheap = _cheaper_way(candidates[action.id], ways)
        if cheap is not None:
            cheaper[action.id] = cheap
    actions, loads = _schedule(questionnaire, candidates, means, cheaper, finds_out)
    return ActionPlan(score=score, actions=actions, means=means, loads=loads, nation=nation)


def matching_variants(
    variants: tuple[Variant, ...], nation: Nation | None,
    shown: Mapping[str, Question], answers: Mapping[str, Answer], *, cheaper: bool = False,
) -> tuple[Variant, ...]:
    """The variants for ``nation`` whose ``when`` conditions all hold on shown answers; a
    cheaper way (a variant with a ``cost``) only when ``cheaper``, and then first."""
    found = [
        v for v in variants
        if v.fits_nation(nation) and all(
            c.question_id in shown
            and condition_holds(c, answers.get(c.question_id), shown[c.question_id])
            for c in v.when)
    ]
    if not cheaper:
        return tuple(v for v in found if v.cost is None)
    return tuple(sorted(found, key=lambda v: v.cost is None))


def _cheaper_way(planned: PlannedAction, variants: tuple[Variant, ...]) -> PlannedAction | None:
    """The action done the cheaper way its first matching cheaper variant gives, if any."""
    way = next((v for v in variants if v.cost is not None), None)
    if way is None or way.cost is None or COST_ESTIMATE[way.cost] >= planned.cost_estimate:
        return None
    action = planned.action
    return replace(
        planned, action=replace(action, cost=way.cost),
        title=pick_text(action.title, variants, "title"),
        what=pick_text(action.what, variants, "what"),
        first_step=pick_text(action.first_step, variants, "first_step"),
        sources=pick_sources(action.sources, variants))


def _own_tier(action: Action, critical: bool, finds_out: bool = False) -> int:
    if action.urgency is Urgency.DEADLINE:
        return TIER_DEADLINE
    if critical:
        urgent = finds_out or action.urgency in {Urgency.BASIC, Urgency.ESSENTIAL}
        return TIER_ESSENTIAL if urgent else TIER_CRITICAL
    return TIER_OTHER


def trigger_fires(trigger: Trigger, question: Question, answer: Answer) -> bool:
    """True when ``answer`` to ``question`` sets off ``trigger``."""
    return kind_of(question.type).trigger_fires(trigger, question, answer.value)


def _hits(
    action: Action, shown: Mapping[str, Question], answers: Mapping[str, Answer]
) -> list[TriggeringAnswer]:
    hits: dict[str, TriggeringAnswer] = {}
    for trigger in action.triggers:
        question = shown.get(trigger.question_id)
        answer = answers.get(trigger.question_id)
        if question is None or answer is None or trigger.question_id in hits:
            continue
        if trigger_fires(trigger, question, answer):
            points, critical, _ = answer_points(question, answer)
            hits[question.id] = TriggeringAnswer(question.id, question, answer, points, critical)
    return list(hits.values())


def _improved_answers(
    action: Action, hits: list[TriggeringAnswer], answers: Mapping[str, Answer],
    memo: ScoringMemo,
) -> dict[str, Answer]:
    """The answers as they would be once the action is done."""
    improved = dict(answers)
    for hit in hits:
        triggers = [t for t in action.triggers if t.question_id == hit.question_id]
        value = _resolving_value(hit.question, hit.answer, triggers, memo)
        if value is not None:
            improved[hit.question_id] = replace(hit.answer, value=value)
    return improved


def _resolving_value(
    question: Question, current: Answer, triggers: list[Trigger], memo: ScoringMemo
) -> AnswerValue | None:
    """The lowest-scoring answer that sets off none of ``triggers`` and beats ``current``."""
    current_points, _, _ = memo.answer_points(question, current)

    def clears(value: AnswerValue) -> bool:
        probe = replace(current, value=value)
        points, _, _ = memo.answer_points(question, probe)
        return points >= current_points and not any(
            trigger_fires(t, question, probe) for t in triggers
        )

    return kind_of(question.type).resolving_value(question, current.value, triggers, clears)


def _difference(after: float | None, before: float | None) -> float:
    if after is None:
        return 0.0
    return max(0.0, after - (before or 0.0))


def _schedule(
    questionnaire: Questionnaire, candidates: Mapping[str, PlannedAction], means: Means,
    cheaper: Mapping[str, PlannedAction] | None = None,
    finds_out: frozenset[str] | set[str] = frozenset(),
) -> tuple[tuple[PlannedAction, ...], tuple[PeriodLoad, ...]]:
    """Order the actions (expert order), then fit them into the periods and the means."""
    follows = {a: _planned_prerequisites(questionnaire, a, candidates) for a in candidates}
    ranks = _lent_ranks(candidates, follows, finds_out)

    def is_urgent(action_id: str) -> bool:
        return ranks[action_id] < (TIER_OTHER, KIND_OTHER)  # tiers 0-2, basics, legal

    # The basics alone cost more than the budget: the cheaper way where the questionnaire
    # offers one, and the plan says so.
    over_budget: BudgetBand | None = None
    urgent_cost = sum(candidates[a].cost_estimate for a in candidates if is_urgent(a))
    if urgent_cost > means.budget_limit:
        over_budget = means.budget
        candidates = {a: (cheaper or {}).get(a, planned) for a, planned in candidates.items()}
        urgent_cost = sum(candidates[a].cost_estimate for a in candidates if is_urgent(a))
    # Money but not hours: outside help comes before the work it would take on.
    helpers = _help_first(candidates, follows, means, is_urgent, urgent_cost)
    if helpers:
        ranks = _lent_ranks(candidates, follows, finds_out)
    tiers = {a: tier for a, (tier, _) in ranks.items()}
    earliest_allowed = _earliest_periods(candidates, follows, helpers)
    # Within a place, the actions that hold it in their own right come first; then those
    # lent it: finding out whether a basic is in place, asking staff before a purchase,
    # lining up outside help.
    own = {a: (candidates[a].tier, KIND_RANK.get(candidates[a].action.urgency, KIND_OTHER))
           for a in candidates}
    asked_before = {p for a in candidates for p in follows[a]
                    if _asks_staff_before(candidates[p], candidates[a])}
    lent_place = {a for a in candidates if ranks[a] < own[a]
                  and (a in finds_out or a in helpers or a in asked_before)}
    order: list[str] = []
    done: set[str] = set()
    remaining = set(candidates)
    while remaining:
        ready = [a for a in remaining if follows[a] <= done]
        best = min(
            ready,
            key=lambda a: (
                ranks[a],
                a in lent_place,
                -candidates[a].priority,
                -candidates[a].gain_overall,
                candidates[a].action.effort.rank,
                _position(questionnaire, a),
            ),
        )
        order.append(best)
        done.add(best)
        remaining.remove(best)

    period: dict[str, Timeframe] = {}
    why_later: dict[str, str] = {}
    count = dict.fromkeys(SCHEDULED, 0)
    hours = dict.fromkeys(SCHEDULED, 0)
    cost = dict.fromkeys(SCHEDULED, 0)
    moved_on = dict.fromkeys(SCHEDULED, 0)
    for action_id in order:
        planned = candidates[action_id]
        urgent = is_urgent(action_id)
        earliest = max([earliest_allowed[action_id],
                        *(period[p].rank for p in follows[action_id])])
        placed = Timeframe.LATER
        reason = ""
        if earliest >= len(SCHEDULED):
            reason = N_("It waits for an action left for later.")
        elif sum(count.values()) >= MAX_SCHEDULED:
            reason = T_("The year's plan already holds {count} actions.", count=MAX_SCHEDULED)
        elif (not urgent and planned.cost_estimate
              and sum(cost.values()) + planned.cost_estimate > means.budget_limit):
            reason = T_("It would take the year's spending beyond your budget ({budget}).",
                        budget=FirstLower(means.budget.label))
        else:
            for timeframe in SCHEDULED[earliest:]:
                if timeframe is Timeframe.DAYS_30 and count[timeframe] >= MAX_FIRST_PERIOD:
                    moved_on[timeframe] += 1
                    continue
                if not urgent and hours[timeframe] + planned.hours > means.hours_in(timeframe):
                    moved_on[timeframe] += 1
                    continue
                placed = timeframe
                break
            else:
                reason = N_("There is no time left for it this year within the hours you have.")
        period[action_id] = placed
        if placed is Timeframe.LATER:
            why_later[action_id] = reason
        else:
            count[placed] += 1
            hours[placed] += planned.hours
            cost[placed] += planned.cost_estimate

    position = {a: i for i, a in enumerate(order)}
    ordered = sorted(order, key=lambda a: (period[a].rank, position[a]))
    placed_actions = tuple(
        replace(
            candidates[a],
            timeframe=period[a],
            tier=tiers[a],
            why_later=why_later.get(a, ""),
            follows=tuple(sorted(follows[a], key=lambda p: _position(questionnaire, p))),
        )
        for a in ordered
    )
    first = next((t for t in SCHEDULED if count[t]), SCHEDULED[0])
    helped = {period[h] for h in helpers}
    loads = tuple(
        PeriodLoad(t, count[t], hours[t], means.hours_in(t), cost[t], moved_on[t],
                   over_budget=over_budget if t is first else None,
                   urgent_cost=urgent_cost if t is first else 0,
                   help_first=t in helped)
        for t in SCHEDULED
    )
    return placed_actions, loads


def _help_first(
    candidates: Mapping[str, PlannedAction], follows: dict[str, set[str]], means: Means,
    is_urgent: Callable[[str], bool], urgent_cost: int,
) -> set[str]:
    """When the urgent actions need more hours than the firm has in its first three months
    and the budget covers them and outside help, an action that brings in outside help
    (``outside_help``) becomes a prerequisite of the urgent work an IT supplier can take on
    (``who``). Returns the helpers so placed; ``follows`` is changed in place."""
    urgent = [a for a in candidates if is_urgent(a)]
    hours_needed = sum(candidates[a].hours for a in urgent)
    hours_had = means.hours_in(Timeframe.DAYS_30) + means.hours_in(Timeframe.MONTHS_3)
    placed: set[str] = set()
    if hours_needed <= hours_had:
        return placed
    for helper in (a for a in candidates if candidates[a].action.outside_help):
        if urgent_cost + candidates[helper].cost_estimate > means.budget_limit:
            continue
        before_it = _all_prerequisites(helper, follows)
        for action_id in urgent:
            if (action_id != helper and action_id not in before_it
                    and Actor.IT_SUPPLIER in candidates[action_id].action.who):
                follows[action_id].add(helper)
                placed.add(helper)
    return placed


def _all_prerequisites(action_id: str, follows: Mapping[str, set[str]]) -> set[str]:
    found: set[str] = set()
    stack = list(follows[action_id])
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(follows[current])
    return found


def _earliest_periods(
    candidates: Mapping[str, PlannedAction], follows: Mapping[str, set[str]],
    helpers: set[str],
) -> dict[str, int]:
    """The earliest period (rank) each action may go in: its own timeframe; outside help
    lined up first is brought forward to the earliest work it takes on."""
    earliest = {a: candidates[a].action.timeframe.rank for a in candidates}
    for helper in helpers:
        earliest[helper] = min([earliest[helper], *(
            earliest[a] for a in candidates if helper in follows[a])])
    return earliest


def _lent_ranks(
    candidates: Mapping[str, PlannedAction], follows: Mapping[str, set[str]],
    finds_out: frozenset[str] | set[str] = frozenset(),
) -> dict[str, tuple[int, int]]:
    """Each action's rank (its tier, then its kind: a basic that stops most attacks, a legal
    duty, anything else), raised to that of the most urgent action waiting for it. Finding
    out whether a basic is in place ranks as that basic. Asking staff (a ``workforce``
    prerequisite, such as asking before a purchase) is lent at most ``CONSULT_RANK``: it
    comes with the legal duties after every basic, never before two-step sign-in, updates
    or backups, and is never pushed out for time or money."""
    def own_kind(action_id: str) -> int:
        if action_id in finds_out:
            return KIND_RANK[Urgency.BASIC]
        return KIND_RANK.get(candidates[action_id].action.urgency, KIND_OTHER)

    ranks = {a: (candidates[a].tier, own_kind(a)) for a in candidates}
    changed = True
    while changed:
        changed = False
        for action_id, prerequisites in follows.items():
            for prerequisite in prerequisites:
                lent = ranks[action_id]
                if _asks_staff_before(candidates[prerequisite], candidates[action_id]):
                    lent = max(lent, CONSULT_RANK)
                if ranks[prerequisite] > lent:
                    ranks[prerequisite] = lent
                    changed = True
    return ranks


def _asks_staff_before(prerequisite: PlannedAction, waiting: PlannedAction) -> bool:
    """True when ``prerequisite`` asks staff (``topic: workforce``) before a change of kit or
    systems (an action that is not about staff)."""
    return (prerequisite.action.topic is SupportTopic.WORKFORCE
            and waiting.action.topic is not SupportTopic.WORKFORCE)


def _planned_prerequisites(
    questionnaire: Questionnaire, action_id: str, candidates: Mapping[str, PlannedAction]
) -> set[str]:
    """Prerequisites that are in the plan, looking through ones the firm has already done."""
    found: set[str] = set()
    stack = list(questionnaire.action(action_id).after)
    seen: set[str] = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        if current in candidates:
            found.add(current)
        else:
            stack.extend(questionnaire.action(current).after)
    return found


def _position(questionnaire: Questionnaire, action_id: str) -> int:
    for index, action in enumerate(questionnaire.actions):
        if action.id == action_id:
            return index
    return len(questionnaire.actions)
