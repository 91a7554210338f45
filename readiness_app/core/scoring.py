"""Scores that explain themselves.

Method (also printed by ``readiness-app score`` and stated in the report):

* Each answered, shown, scored question earns 0-4 points: the option's score; for multiple
  choice the sum of the picked options' scores, at most 4; for numbers the score of the band
  the number falls in. "Don't know" earns 0 points and is listed for follow-up.
* An area's score is ``100 x sum(weight x points) / sum(weight x 4)`` over the questions the
  firm answered in that area. Unanswered questions are left out and show up as lower
  coverage instead; questions hidden by earlier answers do not apply.
* An area that does not apply to the firm (its ``applies_if`` fails, e.g. involving staff
  in a business of one) has no score and no level; it is shown as not applicable with the
  questionnaire's reason. The overall score is the mean of the scores of the areas that
  apply, weighted by the areas' weights.
* Levels follow the four bands of the EU Digital Maturity Assessment (0-25, 25-50, 50-75,
  75-100) unless the questionnaire names its own. A critical gap (an answer marked critical,
  or "don't know" to a question that has one) caps the area's level, and the overall level,
  at the questionnaire's ``critical_cap`` level, however high the score.
* The headline cannot mislead: while a critical gap holds the overall level down, the
  overall score is held inside that level's band too (at most one point below the next
  level's lowest score, e.g. 49 for Developing). ``overall_uncapped`` keeps the score the
  answers alone earn, and ``fixed_overall`` says what the overall score would be once every
  critical gap is fixed: the answers are scored again with each critical answer moved to the
  lowest answer that is not critical.
* Every question's result says how many area points it earned and how many it lost compared
  with the best answer; the earned points of an area add up to its score.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from readiness_app.core.assessment import (
    DONT_KNOW,
    Answer,
    AnswerValue,
    Assessment,
    FirmProfile,
    not_applicable_areas,
    note_applies,
    shown_questions,
)
from readiness_app.core.i18n import ENGLISH, Messages
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import (
    DEFAULT_LANGUAGE,
    MAX_OPTION_SCORE,
    Area,
    Level,
    LocalText,
    Question,
    Questionnaire,
)
from readiness_app.core.text import score_text

# Bump whenever the method above changes, so that scores stored elsewhere (the library's
# cached scores) are worked out again.
SCORING_VERSION = 3


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """How one answer scored and what it did to its area's score."""

    question_id: str
    area_id: str
    question_text: LocalText
    answer_text: LocalText
    points: float  # 0-4
    weight: float
    dont_know: bool
    critical: bool
    earned: float  # area score points (0-100 scale) this answer contributed
    lost: float  # area score points this answer missed compared with the best answer

    @property
    def is_top(self) -> bool:
        """True when the answer earned full points."""
        return self.points >= MAX_OPTION_SCORE


@dataclass(frozen=True, slots=True)
class AreaScore:
    """An area's score, level and the answers behind them."""

    area: Area
    score: float | None  # None until a scored question in the area is answered
    level: Level | None
    uncapped_level: Level | None
    capped_by: tuple[str, ...]  # ids of questions whose answers are critical gaps
    answered: int
    applicable: int
    results: tuple[QuestionResult, ...]
    unanswered: tuple[str, ...]
    applies: bool = True  # False when the area's applies_if rules it out for this firm
    not_applicable_reason: LocalText | None = None  # why, when it does not apply
    note: LocalText | None = None  # e.g. "when you take on staff", when it does not apply

    @property
    def coverage(self) -> float:
        """Share (0-1) of the area's shown questions that have an answer."""
        return self.answered / self.applicable if self.applicable else 1.0

    @property
    def is_capped(self) -> bool:
        """True when a critical gap holds the level below what the score reaches."""
        return self.level is not None and self.level != self.uncapped_level


@dataclass(frozen=True, slots=True)
class Score:
    """The whole result: overall score and level, each area, and lists for follow-up.

    ``overall`` is the headline, held inside the capped level's band while a critical gap
    holds the level down; ``overall_uncapped`` is what the answers alone earn;
    ``fixed_overall`` is the what-if once every critical gap is fixed (None when there is no
    critical gap or no score).
    """

    questionnaire_id: str
    questionnaire_version: str
    overall: float | None
    level: Level | None
    uncapped_level: Level | None
    areas: tuple[AreaScore, ...]
    overall_uncapped: float | None = None
    fixed_overall: float | None = None

    @property
    def is_held(self) -> bool:
        """True when the headline number is held below what the answers alone earn."""
        return (self.overall is not None and self.overall_uncapped is not None
                and self.overall < self.overall_uncapped)

    @property
    def coverage(self) -> float:
        """Share (0-1) of all shown questions that have an answer."""
        applicable = sum(a.applicable for a in self.areas)
        return sum(a.answered for a in self.areas) / applicable if applicable else 1.0

    @property
    def results(self) -> tuple[QuestionResult, ...]:
        """Every scored answer, in the order asked."""
        return tuple(r for a in self.areas for r in a.results)

    @property
    def dont_know(self) -> tuple[QuestionResult, ...]:
        """Answers given as "don't know", to check with someone who knows."""
        return tuple(r for r in self.results if r.dont_know)

    @property
    def critical_gaps(self) -> tuple[QuestionResult, ...]:
        """Answers that cap a level."""
        return tuple(r for r in self.results if r.critical)

    @property
    def strengths(self) -> tuple[QuestionResult, ...]:
        """Answers that earned full points."""
        return tuple(r for r in self.results if r.is_top)

    @property
    def unanswered(self) -> tuple[str, ...]:
        """Ids of shown questions not yet answered."""
        return tuple(q for a in self.areas for q in a.unanswered)

    @property
    def not_applicable(self) -> tuple[AreaScore, ...]:
        """Areas that do not apply to the firm."""
        return tuple(a for a in self.areas if not a.applies)

    def area(self, area_id: str) -> AreaScore:
        """The score of one area (KeyError when there is none)."""
        for area in self.areas:
            if area.area.id == area_id:
                return area
        raise KeyError(area_id)

    @property
    def is_capped(self) -> bool:
        """True when a critical gap holds the overall level down."""
        return self.level is not None and self.level != self.uncapped_level


def score_assessment(questionnaire: Questionnaire, assessment: Assessment) -> Score:
    """Score an assessment against the questionnaire it was made with."""
    return score_answers(questionnaire, assessment.answers, firm=assessment.firm)


Points = tuple[float, bool, LocalText]


@dataclass(slots=True)
class ScoringMemo:
    """What scorings of one questionnaire can share: an area's score keyed by the area, its
    shown questions and their answers, and a question's points keyed by its id and value.
    The same key always gives the same result."""

    areas: dict[tuple[str, tuple[str, ...], tuple[Answer | None, ...]], AreaScore] = field(
        default_factory=dict)
    points: dict[tuple[str, AnswerValue], Points] = field(default_factory=dict)

    def answer_points(self, question: Question, answer: Answer) -> Points:
        """``answer_points``, worked out once per question and value."""
        key = (question.id, answer.value)
        found = self.points.get(key)
        if found is None:
            found = self.points[key] = answer_points(question, answer)
        return found


def score_answers(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], *, what_if: bool = True,
    firm: FirmProfile | None = None, memo: ScoringMemo | None = None,
) -> Score:
    """Score a set of answers (keyed by question id) against ``questionnaire``.

    ``what_if=False`` skips working out ``fixed_overall`` (one more scoring when a critical
    gap exists); the plan's own re-scorings use it. ``firm`` decides the ``applies_if``
    conditions on the firm profile (None: every such condition holds). ``memo`` (only ever
    with one questionnaire) reuses the scores of areas whose shown questions and answers
    are unchanged since an earlier scoring: the plan re-scores once per action, and most
    actions change one area.
    """
    closed = not_applicable_areas(questionnaire, answers, firm)
    shown = shown_questions(questionnaire, answers, firm, closed=closed)
    by_id = {q.id: q for q in shown}
    cap = questionnaire.level(questionnaire.critical_cap)
    area_scores: list[AreaScore] = []
    for area in questionnaire.areas:
        area_questions = [q for q in shown if q.area_id == area.id]
        if area.id in closed:
            na = area.not_applicable
            asked = [q.id for q in area_questions if not kind_of(q.type).optional]
            waiting = tuple(q for q in asked if q not in answers)
            area_scores.append(AreaScore(
                area, None, None, None, (), len(asked) - len(waiting), len(asked), (),
                waiting, applies=False,
                not_applicable_reason=na.reason if na else None,
                note=na.note if na and note_applies(area, by_id, answers) else None))
            continue
        if memo is None:
            area_scores.append(_score_area(questionnaire, area, area_questions, answers, cap))
            continue
        key = (area.id, tuple(q.id for q in area_questions),
               tuple(answers.get(q.id) for q in area_questions))
        area_score = memo.areas.get(key)
        if area_score is None:
            area_score = memo.areas[key] = _score_area(
                questionnaire, area, area_questions, answers, cap, memo.answer_points)
        area_scores.append(area_score)
    scored = [a for a in area_scores if a.score is not None]
    overall: float | None = None
    uncapped_overall: float | None = None
    level: Level | None = None
    uncapped: Level | None = None
    fixed: float | None = None
    if scored:
        total_weight = sum(a.area.weight for a in scored)
        uncapped_overall = sum(a.area.weight * (a.score or 0.0) for a in scored) / total_weight
        overall = uncapped_overall
        uncapped = questionnaire.level_for(uncapped_overall)
        level = uncapped
        if any(a.capped_by for a in scored):
            level = _lower(questionnaire, uncapped, cap)
            overall = held_score(questionnaire, uncapped_overall, level)
            if what_if:
                fixed = score_answers(questionnaire, answers_with_gaps_fixed(
                    questionnaire, answers, firm), what_if=False, firm=firm,
                    memo=memo).overall_uncapped
    return Score(
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        overall=overall,
        level=level,
        uncapped_level=uncapped,
        areas=tuple(area_scores),
        overall_uncapped=uncapped_overall,
        fixed_overall=fixed,
    )


HOLD_BELOW_NEXT_LEVEL = 1.0


def held_score(questionnaire: Questionnaire, score: float, level: Level) -> float:
    """``score`` held inside ``level``'s band: at most one point below the next level."""
    levels = list(questionnaire.levels)
    position = levels.index(level)
    if position + 1 >= len(levels):
        return score
    ceiling = levels[position + 1].min_score - HOLD_BELOW_NEXT_LEVEL
    return min(score, max(ceiling, level.min_score))


def answers_with_gaps_fixed(
    questionnaire: Questionnaire, answers: Mapping[str, Answer],
    firm: FirmProfile | None = None,
) -> dict[str, Answer]:
    """The answers with each critical one moved to the lowest answer that is not critical
    and scores at least as well (the what-if behind ``fixed_overall``)."""
    fixed = dict(answers)
    for question in shown_questions(questionnaire, answers, firm):
        answer = answers.get(question.id)
        if answer is None or not question.is_scored:
            continue
        points, critical, _ = answer_points(question, answer)
        if not critical:
            continue

        def clears(value: AnswerValue, current: Answer = answer, floor: float = points,
                   asked: Question = question) -> bool:
            probe = replace(current, value=value)
            new_points, still_critical, _ = answer_points(asked, probe)
            return new_points >= floor and not still_critical

        value = kind_of(question.type).resolving_value(question, answer.value, [], clears)
        if value is not None:
            fixed[question.id] = replace(answer, value=value)
    return fixed


def critical_gap_summary(score: Score, language: str = DEFAULT_LANGUAGE,
                         tr: Messages = ENGLISH) -> str:
    """One line for people on what holds the headline down and the score once fixed;
    "" when no critical gap holds anything. The app, the PDF and the CLI all show it."""
    gaps = len(score.critical_gaps)
    if not gaps or score.overall is None or score.level is None:
        return ""
    level = score.level.title.get(language)
    if score.is_held:
        text = tr.plural(
            "{count} critical gap holds the score at {score} ({level}); the answers alone "
            "earn {uncapped}.",
            "{count} critical gaps hold the score at {score} ({level}); the answers alone "
            "earn {uncapped}.", gaps)
    elif score.is_capped:
        text = tr.plural("{count} critical gap holds the level at {level}.",
                         "{count} critical gaps hold the level at {level}.", gaps)
    else:
        text = tr.plural("{count} critical gap to fix.", "{count} critical gaps to fix.", gaps)
    if score.fixed_overall is not None:
        text += tr.plural(" Once it is fixed the score would be about {fixed}.",
                          " Once they are fixed the score would be about {fixed}.", gaps)
    return text.format(count=gaps, score=score_text(score.overall), level=level,
                       uncapped=score_text(score.overall_uncapped),
                       fixed=score_text(score.fixed_overall))


def answer_points(question: Question, answer: Answer) -> Points:
    """Points (0-4), whether the answer is a critical gap, and the answer's text."""
    return kind_of(question.type).points(question, answer.value)


def _score_area(
    questionnaire: Questionnaire,
    area: Area,
    questions: list[Question],
    answers: Mapping[str, Answer],
    cap: Level,
    points_of: Callable[[Question, Answer], Points] | None = None,
) -> AreaScore:
    answerable = [q for q in questions if not kind_of(q.type).optional]
    answered_ids = [q.id for q in answerable if q.id in answers]
    unanswered = tuple(q.id for q in answerable if q.id not in answers)
    scored = [q for q in questions if q.is_scored and q.id in answers]
    possible = sum(q.weight * MAX_OPTION_SCORE for q in scored)
    results: list[QuestionResult] = []
    points_of = points_of or answer_points
    for question in scored:
        points, critical, text = points_of(question, answers[question.id])
        results.append(
            QuestionResult(
                question_id=question.id,
                area_id=area.id,
                question_text=question.text,
                answer_text=text,
                points=points,
                weight=question.weight,
                dont_know=answers[question.id].value is DONT_KNOW,
                critical=critical,
                earned=100.0 * question.weight * points / possible,
                lost=100.0 * question.weight * (MAX_OPTION_SCORE - points) / possible,
            )
        )
    if not results:
        return AreaScore(area, None, None, None, (), len(answered_ids), len(answerable),
                         (), unanswered)
    score = 100.0 * sum(r.weight * r.points for r in results) / possible
    uncapped = questionnaire.level_for(score)
    capped_by = tuple(r.question_id for r in results if r.critical)
    level = _lower(questionnaire, uncapped, cap) if capped_by else uncapped
    return AreaScore(
        area=area,
        score=score,
        level=level,
        uncapped_level=uncapped,
        capped_by=capped_by,
        answered=len(answered_ids),
        applicable=len(answerable),
        results=tuple(results),
        unanswered=unanswered,
    )


def _lower(questionnaire: Questionnaire, a: Level, b: Level) -> Level:
    levels = list(questionnaire.levels)
    return a if levels.index(a) <= levels.index(b) else b

