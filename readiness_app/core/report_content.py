"""Everything the PDF action plan shows, as plain data built from core's results.

The report renders a :class:`ReportContent` and nothing else: it never reads a
questionnaire, scores anything or looks up support itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from readiness_app.core.action_plan import ActionPlan, PlannedAction
from readiness_app.core.answer_checks import answers_to_check
from readiness_app.core.assessment import ActionRecord, Assessment, Status, shown_questions
from readiness_app.core.comparison import Comparison
from readiness_app.core.i18n import ENGLISH, N_, Messages, in_language
from readiness_app.core.progress import progress
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import (
    DEFAULT_LANGUAGE,
    MAX_OPTION_SCORE,
    Effort,
    Nation,
    Questionnaire,
    Source,
    SupportTopic,
    Timeframe,
)
from readiness_app.core.scoring import (
    AreaScore,
    QuestionResult,
    answer_points,
    critical_gap_summary,
)
from readiness_app.core.support_directory import (
    Organisation,
    SupportMatch,
    TopicSupport,
    help_label,
)

TOP_ACTIONS = 5
STRENGTHS = 3

#: The staff page's paragraph on consulting about big changes: the law differs in Northern
#: Ireland (10% of employees, at least 15 and at most 2,500) from Great Britain (2%, at least
#: 15). Sources: the ICE Regulations 2004 as amended (SI 2019/731); nibusinessinfo.co.uk on
#: the ICE Regulations (Northern Ireland) 2005.
_CONSULT = N_("Changes to terms and conditions need consultation and agreement. In a firm "
              "of 50 or more employees, a request from {who} means the law requires an "
              "arrangement to inform and consult them.")
_CONSULT_WHO: dict[Nation | None, str] = {
    None: N_("enough staff (in Great Britain 2% of them, at least 15 people; in Northern "
             "Ireland 10%, at least 15 and at most 2,500)"),
    Nation.NORTHERN_IRELAND: N_("10% of staff (at least 15 people, and never more than "
                                "2,500)"),
}
_STAFF_SOURCES = N_(
    "CIPD, Workplace technology: the employee experience (July 2020); Acas advice on "
    "introducing new technology and AI at work (2025); ICO, Employment practices and data "
    "protection: monitoring workers (October 2023); {ice}; IFOW, The Good Work Charter (2018)."
)
#: Northern Ireland's: the same without Acas, the employment relations service of Great
#: Britain only (Northern Ireland's is the Labour Relations Agency, in the support listed).
_STAFF_SOURCES_NI = N_(
    "CIPD, Workplace technology: the employee experience (July 2020); ICO, Employment "
    "practices and data protection: monitoring workers (October 2023); {ice}; IFOW, The Good "
    "Work Charter (2018)."
)
_ICE_LAW: dict[Nation | None, str] = {
    None: N_("the Information and Consultation of Employees Regulations 2004 as amended in "
             "2020, and the Northern Ireland Regulations of 2005"),
    Nation.NORTHERN_IRELAND: N_("the Information and Consultation of Employees Regulations "
                                "(Northern Ireland) 2005"),
}


@dataclass(frozen=True, slots=True)
class SupportContact:
    """An organisation to contact; ``phone`` is only given when it was checked."""

    name: str
    kind: str
    website: str
    phone: str | None
    scope: str  # "local", "regional" or "national"
    description: str = ""
    check_first: bool = False  # labelled CHECK_FIRST (Organisation.needs_check on the day)


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One action as the report shows it."""

    number: int
    title: str
    what: str
    first_step: str
    area_title: str
    timeframe: str
    effort: str
    cost: str
    who: str
    topic: str
    quick_win: bool
    critical: bool
    gain_area: float
    gain_overall: float
    follows: tuple[str, ...]  # titles of the actions to do first
    support: tuple[SupportContact, ...]
    why_later: str = ""  # for the later list: why it waits
    help_label: str = ""  # what the support is for: the kind of help asked for, else the topic
    status: str = ""  # where the action stands when tracked: "Done, 15 Jan 2027 (Sam)"


@dataclass(frozen=True, slots=True)
class GapLine:
    """An answer below the top level, with why it matters."""

    question: str
    answer: str
    why: str
    critical: bool
    dont_know: bool


@dataclass(frozen=True, slots=True)
class AreaSection:
    """One area of the assessment."""

    title: str
    description: str
    score: float | None
    level: str
    level_capped: bool
    answered: int
    applicable: int
    in_place: tuple[str, ...]
    gaps: tuple[GapLine, ...]
    applies: bool = True
    not_applicable_reason: str = ""  # why it does not apply, when it does not
    note: str = ""  # e.g. "when you take on staff", when it does not apply


@dataclass(frozen=True, slots=True)
class AnswerLine:
    """One answer for the appendix, with the adviser's note."""

    area_title: str
    question: str
    answer: str
    note: str
    points: float | None  # None when the question is not scored
    private_note: str = ""  # the adviser's own note: only when the adviser chose to print it


@dataclass(frozen=True, slots=True)
class ReportContent:
    """The whole report, ready to render."""

    firm_name: str
    sector: str
    size: str
    postcode: str
    place: str  # local authority, region and nation, or a note that none was given
    questionnaire_title: str
    questionnaire_id: str
    questionnaire_version: str
    status: str
    generated_on: dt.date
    language: str
    overall: float | None
    level: str
    level_description: str
    level_capped: bool
    coverage: float
    level_names: tuple[tuple[str, float], ...]  # (title, min score), lowest first
    areas: tuple[AreaSection, ...]
    strengths: tuple[tuple[str, str, str], ...]  # (area, question, answer)
    top_actions: tuple[PlanRow, ...]
    plan: tuple[tuple[str, tuple[PlanRow, ...]], ...]  # (period heading, rows), year first
    later: tuple[PlanRow, ...]  # actions left for after the year's plan (shown separately)
    period_notes: tuple[tuple[str, str], ...]  # (period heading, "... is full" note)
    means: str  # the firm's time and budget the plan is fitted to, and where they came from
    overall_uncapped: float | None
    critical_gaps: int
    held_note: str  # core.scoring.critical_gap_summary: what holds the score, the what-if
    support: tuple[tuple[str, tuple[SupportContact, ...]], ...]  # (topic, contacts)
    dont_know: tuple[str, ...]
    answers: tuple[AnswerLine, ...]
    sources: tuple[Source, ...]
    directory_date: dt.date | None
    directory_stale: bool
    attribution: tuple[str, ...]
    staff_consult: str = ""  # the staff page's paragraph on consulting, for the firm's nation
    staff_page: bool = True  # False when the firm has no staff (the staff area does not apply)
    answers_to_check: tuple[str, ...] = ()  # answers that contradict each other
    staff_sources: str = ""  # the staff page's sources line
    since_last: Comparison | None = None  # the previous visit compared with this one
    notes_statement: str = ""  # which notes the report includes
    provisional: str = ""  # "Provisional: 11 of 22 answered" while the check is unfinished


NOTES_FOR_FIRM = N_("This report includes the notes written for the business. The "
                    "adviser's private notes are not included.")
NOTES_WITH_PRIVATE = N_("This report includes the notes written for the business and, marked "
                        "\u201cAdviser's private note\u201d, the adviser's private notes.")
_GB_CONSULT_WHO = N_("2% of staff (at least 15 people)")
_GB_ICE_LAW = N_("the Information and Consultation of Employees Regulations 2004 as amended "
                 "in 2020")
_NOT_SCORED = N_("Not yet scored")
_WORK = N_("{effort} of work")  # "A few hours of work"


def _effort_text(effort: Effort, tr: Messages) -> str:
    """The work an action takes in words, capitalised: "A few hours of work"."""
    words = tr(_WORK).format(effort=tr(effort.words))
    return words[:1].upper() + words[1:]


def action_status_text(record: ActionRecord | None, tr: Messages = ENGLISH) -> str:
    """Where a tracked action stands, for people: "Done, 15 Jan 2027 (Sam)"; "" if untracked.

    In another language than English the month is written in full (Ionawr, Rhagfyr)."""
    if record is None:
        return ""
    who = f" ({record.who})" if record.who else ""
    when = (f"{record.at.day} {record.at:%b %Y}" if tr.language == DEFAULT_LANGUAGE
            else tr.date(record.at.date()))
    return f"{tr(record.status.label)}, {when}{who}"


def build_report_content(
    questionnaire: Questionnaire,
    assessment: Assessment,
    plan: ActionPlan,
    support: Mapping[SupportTopic, TopicSupport] | None,
    *,
    place: str,
    today: dt.date,
    directory_date: dt.date | None = None,
    directory_stale: bool = False,
    attribution: Sequence[str] = (),
    language: str = DEFAULT_LANGUAGE,
    since_last: Comparison | None = None,
    include_private_notes: bool = False,
    tr: Messages = ENGLISH,
    organisation_names: Mapping[str, str] | None = None,
    organisation_descriptions: Mapping[str, tuple[str, str]] | None = None,
) -> ReportContent:
    """Assemble the report from the questionnaire, the assessment, its plan and local support.

    ``since_last`` adds the comparison with the previous visit; the adviser's private notes
    are left out unless ``include_private_notes``, and the report says which notes it has.
    The code's texts come from ``tr``, the questionnaire's in ``language`` (normally
    ``tr.language``; English where a text has no translation); ``organisation_names`` gives
    organisations' names in that language by id (Busnes Cymru), where they have one, and
    ``organisation_descriptions`` their descriptions (id -> the English translated and the
    translation: used only while the directory's English is still that English).
    """
    score = plan.score
    names = _OrganisationTexts(organisation_names or {}, organisation_descriptions or {})
    contacts = _action_contacts(support, plan, names, today)
    listed = _contacts(support, TopicSupport.listed, names, today)
    titles = {p.id: p.text_title().get(language) for p in plan.actions}
    rows: dict[str, PlanRow] = {}
    numbers = plan.numbers  # the one numbering, as the app shows it
    for planned in plan.actions:
        rows[planned.id] = replace(
            _row(numbers[planned.id], planned, questionnaire, titles, contacts, language, tr),
            status=action_status_text(assessment.actions.get(planned.id), tr))
    periods = tuple(
        (tr(period.label), tuple(rows[p.id] for p in plan.in_timeframe(period)))
        for period in Timeframe
        if plan.in_timeframe(period) and period is not Timeframe.LATER
    )
    firm = assessment.firm
    level = score.level
    counts = progress(questionnaire, assessment.answers, firm)  # the app's count
    provisional = (tr("Provisional: {answered} of {shown} answered").format(
        answered=counts.answered, shown=counts.shown)
                   if assessment.status is not Status.COMPLETE else "")
    return ReportContent(
        provisional=provisional,
        firm_name=firm.name,
        sector=firm.sector,
        size=tr(firm.size_band.label) if firm.size_band else "",
        postcode=firm.postcode,
        place=place,
        questionnaire_title=questionnaire.title.get(language),
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        status=tr(assessment.status.label),
        generated_on=today,
        language=language,
        overall=score.overall,
        level=level.title.get(language) if level else tr(_NOT_SCORED),
        level_description=(
            level.description.get(language) if level and level.description else ""
        ),
        level_capped=score.is_capped,
        coverage=score.coverage,
        level_names=tuple((lv.title.get(language), lv.min_score) for lv in questionnaire.levels),
        areas=tuple(_area(a, questionnaire, language, plan.nation, tr) for a in score.areas),
        strengths=_strengths(score.results, questionnaire, language),
        top_actions=tuple(rows[p.id] for p in plan.do_first(TOP_ACTIONS)),
        plan=periods,
        later=tuple(rows[p.id] for p in plan.later),
        period_notes=tuple((tr(load.timeframe.label), load.note(tr))
                           for load in plan.loads if load.note()),
        means=plan.means.describe(tr),
        overall_uncapped=score.overall_uncapped,
        critical_gaps=len(score.critical_gaps),
        held_note=critical_gap_summary(score, language, tr),
        support=tuple(
            (tr(topic.label), listed[topic]) for topic in SupportTopic if listed.get(topic)
        ),
        dont_know=tuple(r.question_text.get(language) for r in score.dont_know),
        answers=_answers(questionnaire, assessment, language, include_private_notes),
        sources=_sources(questionnaire, plan),
        directory_date=directory_date,
        directory_stale=directory_stale,
        attribution=tuple(attribution),
        answers_to_check=tuple(c.text.get(language) for c in answers_to_check(
            questionnaire, assessment.answers, assessment.firm)),
        staff_page=not any(  # the area whose actions involve staff does not apply
            action.topic is SupportTopic.WORKFORCE and action.area_id == area.area.id
            for area in score.not_applicable for action in questionnaire.actions),
        staff_consult=tr(_CONSULT).format(who=tr(_CONSULT_WHO.get(plan.nation,
                                                                  _GB_CONSULT_WHO))),
        staff_sources=tr(_STAFF_SOURCES_NI if plan.nation is Nation.NORTHERN_IRELAND
                         else _STAFF_SOURCES).format(ice=tr(_ICE_LAW.get(plan.nation,
                                                                    _GB_ICE_LAW))),
        since_last=since_last,
        notes_statement=tr(NOTES_WITH_PRIVATE if include_private_notes else NOTES_FOR_FIRM),
    )


def _contacts(
    support: Mapping[SupportTopic, TopicSupport] | None,
    pick: Callable[[TopicSupport], tuple[SupportMatch, ...]],
    names: _OrganisationTexts,
    today: dt.date,
) -> dict[SupportTopic, tuple[SupportContact, ...]]:
    found: dict[SupportTopic, tuple[SupportContact, ...]] = {}
    for topic, topic_support in (support or {}).items():
        found[topic] = tuple(_contact(m, names, today) for m in pick(topic_support))
    return found


def _action_contacts(
    support: Mapping[SupportTopic, TopicSupport] | None, plan: ActionPlan,
    names: _OrganisationTexts, today: dt.date,
) -> dict[str, tuple[SupportContact, ...]]:
    """Each planned action's contacts, by the one rule (:meth:`TopicSupport.for_action`)."""
    found: dict[str, tuple[SupportContact, ...]] = {}
    for planned in plan.actions:
        action = planned.action
        topic_support = (support or {}).get(action.topic)
        if topic_support is not None:
            found[planned.id] = tuple(
                _contact(m, names, today)
                for m in topic_support.for_action(action.support_kinds))
    return found


@dataclass(frozen=True, slots=True)
class _OrganisationTexts:
    """Organisations' names and descriptions in the report's language, by id."""

    names: Mapping[str, str]
    descriptions: Mapping[str, tuple[str, str]]  # id -> (the English translated, translation)

    def description(self, organisation: Organisation) -> str:
        """The translation while it is of the directory's current English, else the English."""
        english, translated = self.descriptions.get(organisation.id, ("", ""))
        if translated and english == organisation.description:
            return translated
        return organisation.description


def _contact(match: SupportMatch, names: _OrganisationTexts, today: dt.date) -> SupportContact:
    return SupportContact(
        name=names.names.get(match.organisation.id) or match.organisation.name,
        kind=match.organisation.kind,
        website=match.organisation.website,
        phone=match.organisation.checked_phone,
        scope=match.scope.value,
        description=names.description(match.organisation),
        check_first=match.organisation.needs_check(today),
    )


def _row(
    number: int,
    planned: PlannedAction,
    questionnaire: Questionnaire,
    titles: Mapping[str, str],
    contacts: Mapping[str, tuple[SupportContact, ...]],
    language: str,
    tr: Messages = ENGLISH,
) -> PlanRow:
    action = planned.action
    return PlanRow(
        number=number,
        title=planned.text_title().get(language),
        what=planned.text_what().get(language),
        first_step=planned.text_first_step().get(language),
        area_title=questionnaire.area(action.area_id).title.get(language),
        timeframe=tr(planned.timeframe.label),
        effort=_effort_text(action.effort, tr),
        cost=tr(action.cost.label),
        who=", ".join(tr(w.label) for w in action.who),
        topic=tr(action.topic.label),
        quick_win=planned.quick_win,
        critical=planned.critical,
        gain_area=planned.gain_area,
        gain_overall=planned.gain_overall,
        follows=tuple(titles[f] for f in planned.follows),
        support=contacts.get(planned.id, ()),
        why_later=in_language(planned.why_later, tr),
        help_label=tr(help_label(action.topic, action.support_kinds)),
    )


def _area(area_score: AreaScore, questionnaire: Questionnaire, language: str,
          nation: Nation | None, tr: Messages = ENGLISH) -> AreaSection:
    area = area_score.area
    in_place = tuple(
        f"{r.question_text.get(language)} {r.answer_text.get(language)}"
        for r in area_score.results
        if r.is_top
    )
    gaps = tuple(
        GapLine(
            question=r.question_text.get(language),
            answer=r.answer_text.get(language),
            why=questionnaire.question(r.question_id).in_nation(nation).why.get(language),
            critical=r.critical,
            dont_know=r.dont_know,
        )
        for r in sorted(area_score.results, key=lambda r: (not r.critical, -r.lost))
        if not r.is_top
    )
    return AreaSection(
        title=area.title.get(language),
        description=area.description.get(language),
        score=area_score.score,
        level=area_score.level.title.get(language) if area_score.level else tr(_NOT_SCORED),
        level_capped=area_score.is_capped,
        answered=area_score.answered,
        applicable=area_score.applicable,
        in_place=in_place,
        gaps=gaps,
        applies=area_score.applies,
        not_applicable_reason=(area_score.not_applicable_reason.get(language)
                               if area_score.not_applicable_reason else ""),
        note=area_score.note.get(language) if area_score.note else "",
    )


def _strengths(
    results: Sequence[QuestionResult], questionnaire: Questionnaire, language: str
) -> tuple[tuple[str, str, str], ...]:
    """The best answers, heaviest questions first, spread across areas where possible."""
    good = [r for r in results if r.points >= MAX_OPTION_SCORE - 1 and not r.dont_know]
    good.sort(key=lambda r: (-r.points, -r.weight))
    chosen: list[QuestionResult] = []
    for result in good:  # first one per area, then the rest
        if result.area_id not in {c.area_id for c in chosen}:
            chosen.append(result)
    for result in good:
        if result not in chosen:
            chosen.append(result)
    return tuple(
        (
            questionnaire.area(r.area_id).title.get(language),
            r.question_text.get(language),
            r.answer_text.get(language),
        )
        for r in chosen[:STRENGTHS]
    )


def _answers(
    questionnaire: Questionnaire, assessment: Assessment, language: str,
    include_private_notes: bool = False,
) -> tuple[AnswerLine, ...]:
    lines: list[AnswerLine] = []
    for question in shown_questions(questionnaire, assessment.answers, assessment.firm):
        answer = assessment.answer(question.id)
        if answer is None:
            continue
        points, _, _ = answer_points(question, answer)
        shown = kind_of(question.type).describe_answer(question, answer.value, language)
        lines.append(
            AnswerLine(
                area_title=questionnaire.area(question.area_id).title.get(language),
                question=question.text.get(language),
                answer=shown,
                note=answer.note,
                points=points if question.is_scored else None,
                private_note=answer.private_note if include_private_notes else "",
            )
        )
    return tuple(lines)


def _sources(questionnaire: Questionnaire, plan: ActionPlan) -> tuple[Source, ...]:
    """Every source cited, one entry per document with the sections used joined."""
    cited = [s for q in questionnaire.questions for s in q.in_nation(plan.nation).sources]
    cited += [s for p in plan.actions for s in p.text_sources()]
    sections: dict[tuple[str, str, str], list[str]] = {}
    for source in cited:
        parts = sections.setdefault((source.name, source.url, source.version), [])
        if source.section not in parts:
            parts.append(source.section)
    merged = [Source(name, "; ".join(parts), url, version)
              for (name, url, version), parts in sections.items()]
    return tuple(sorted(merged, key=lambda s: (s.name.lower(), s.url)))
