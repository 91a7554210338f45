"""Make the PDF action plan of an assessment: plan, local support, content, pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import Assessment
from readiness_app.core.comparison import Comparison
from readiness_app.core.i18n import DEFAULT_LANGUAGE, ENGLISH, Messages
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.report_content import ReportContent, build_report_content
from readiness_app.core.support_directory import SupportDirectory
from readiness_app.report.branding import Branding, load_branding
from readiness_app.report.document import render_report
from readiness_app.services.language import report_messages
from readiness_app.services.local_support import (
    load_directory,
    organisation_descriptions,
    organisation_names,
    support_for_firm,
)


def report_content(
    questionnaire: Questionnaire,
    assessment: Assessment,
    *,
    today: dt.date,
    directory: SupportDirectory | None = None,
    since_last: Comparison | None = None,
    include_private_notes: bool = False,
    tr: Messages = ENGLISH,
) -> ReportContent:
    """Everything the PDF shows for ``assessment`` (local support in the firm's confirmed
    authority when it has one, else where its postcode is); ``since_last`` adds "Since your
    last check"; the adviser's private notes print only with ``include_private_notes``;
    texts in ``tr``'s language."""
    directory = directory or load_directory()
    firm_support = support_for_firm(assessment.firm, directory, today, tr)
    plan = build_plan(questionnaire, assessment, nation=firm_support.nation)
    return build_report_content(
        questionnaire,
        assessment,
        plan,
        firm_support.support,
        place=firm_support.place,
        today=today,
        directory_date=firm_support.directory_date,
        directory_stale=firm_support.directory_stale,
        attribution=firm_support.attribution,
        since_last=since_last,
        include_private_notes=include_private_notes,
        language=tr.language,
        tr=tr,
        organisation_names=organisation_names(tr.language),
        organisation_descriptions=organisation_descriptions(tr.language),
    )


def make_plan_pdf(
    questionnaire: Questionnaire,
    assessment: Assessment,
    *,
    today: dt.date | None = None,
    branding: Branding | None = None,
    branding_path: Path | None = None,
    directory: SupportDirectory | None = None,
    deterministic: bool = False,
    since_last: Comparison | None = None,
    include_private_notes: bool = False,
    language: str = DEFAULT_LANGUAGE,
) -> bytes:
    """The PDF bytes. With a fixed ``today`` and ``deterministic`` the bytes are repeatable.

    ``since_last`` (:func:`readiness_app.services.compare.compare_with_previous`) adds the
    "Since your last check" section; private notes print only with ``include_private_notes``.
    ``language`` is ``en``, ``cy`` or a bilingual ``cy+en`` (the whole plan in Welsh, then
    in English); a ValueError says when it is none of them.
    """
    languages = report_messages(language)
    day = today or dt.date.today()
    directory = directory or load_directory()
    contents = [report_content(questionnaire, assessment, today=day, directory=directory,
                               since_last=since_last,
                               include_private_notes=include_private_notes, tr=tr)
                for tr in languages]
    # the header and footer name the organisation in the plan's (first) language
    chosen = (branding or load_branding(branding_path)).in_language(languages[0].language)
    return render_report(contents[0], chosen,
                         deterministic=deterministic, tr=languages[0],
                         then=list(zip(contents[1:], languages[1:], strict=True)))
