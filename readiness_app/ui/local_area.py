"""Local support for the firm's area, and the PDF plan, honouring a confirmed authority.

A postcode district that reaches into several local authorities is placed in the main one by
:func:`readiness_app.local_support.support_for_postcode`. When the user picked another
authority on the new-assessment page, the results page and the PDF use that choice; the UI
keeps the choice in its settings because the library has no field for it.
"""

from __future__ import annotations

import datetime as dt

from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment import Assessment
from readiness_app.core.geography import LocalAuthority
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.report_content import build_report_content
from readiness_app.core.support_directory import SupportDirectory
from readiness_app.local_support import (
    FirmSupport,
    load_directory,
    shipped_geography,
    support_for_postcode,
)
from readiness_app.plan_pdf import make_plan_pdf


def place_name(authority: LocalAuthority) -> str:
    """'Leeds, Yorkshire and The Humber, England' (the nation only when it adds something)."""
    place = f"{authority.name}, {authority.region.name}"
    if authority.region.name != authority.nation.name:
        place += f", {authority.nation.name}"
    return place


def confirmed(code: str | None) -> LocalAuthority | None:
    """The authority with this code in the shipped geography, if any."""
    if not code:
        return None
    return shipped_geography().authorities.get(code)


def firm_support(postcode: str, confirmed_code: str | None, directory: SupportDirectory,
                 today: dt.date) -> FirmSupport:
    """Support for the firm: the confirmed authority's, else the postcode's."""
    found = support_for_postcode(postcode, directory, today)
    authority = confirmed(confirmed_code)
    if authority is None:
        return found
    return FirmSupport(f"{place_name(authority)} (chosen for postcode {postcode})",
                       directory.for_authority(authority), found.directory_date,
                       found.directory_stale, found.attribution)


def plan_pdf_bytes(questionnaire: Questionnaire, assessment: Assessment,
                   confirmed_code: str | None, today: dt.date) -> bytes:
    """The PDF action plan, made by the report code, for the firm's (confirmed) area."""
    if confirmed(confirmed_code) is None:
        return make_plan_pdf(questionnaire, assessment, today=today)
    from readiness_app.report.branding import load_branding
    from readiness_app.report.document import render_report

    directory = load_directory()
    support = firm_support(assessment.firm.postcode, confirmed_code, directory, today)
    content = build_report_content(
        questionnaire, assessment, build_plan(questionnaire, assessment), support.support,
        place=support.place, today=today, directory_date=support.directory_date,
        directory_stale=support.directory_stale, attribution=support.attribution)
    return render_report(content, load_branding())
