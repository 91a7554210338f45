"""Local support for the firm's area, and the PDF plan, honouring a confirmed authority.

A postcode district that reaches into several local authorities is placed in the main one by
:func:`readiness_app.services.local_support.support_for_postcode`. When the user picked another
authority on the new-assessment page, the results page and the PDF use that choice; the UI
keeps the choice in its settings because the library has no field for it.
"""

from __future__ import annotations

import datetime as dt

from readiness_app.core.assessment import Assessment
from readiness_app.core.geography import LocalAuthority
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.support_directory import SupportDirectory
from readiness_app.services.local_support import (
    FirmSupport,
    place_name,
    shipped_geography,
    support_for_postcode,
)

__all__ = ["confirmed", "firm_support", "place_name", "plan_pdf_bytes"]


def confirmed(code: str | None) -> LocalAuthority | None:
    """The authority with this code in the shipped geography, if any."""
    if not code:
        return None
    return shipped_geography().authorities.get(code)


def firm_support(postcode: str, confirmed_code: str | None, directory: SupportDirectory,
                 today: dt.date) -> FirmSupport:
    """Support for the firm: the confirmed authority's, else the postcode's."""
    return support_for_postcode(postcode, directory, today, confirmed_code)


def plan_pdf_bytes(questionnaire: Questionnaire, assessment: Assessment,
                   confirmed_code: str | None, today: dt.date,
                   directory: SupportDirectory | None = None) -> bytes:
    """The PDF action plan, made by the report code, for the firm's (confirmed) area."""
    from readiness_app.services.plan_pdf import make_plan_pdf  # reportlab loads only when needed

    return make_plan_pdf(questionnaire, assessment, today=today, directory=directory,
                         authority_code=confirmed_code)
