"""Local support for the firm's area, and the PDF plan (reportlab loads only when needed).

A postcode district that reaches into several local authorities is placed in the main one
unless the user confirmed another on the new-assessment page; that choice is part of the
firm's profile (``FirmProfile.authority_code``), so the results page, the PDF saved here and
``readiness-app report`` all use it (see :func:`readiness_app.services.local_support.
support_for_firm`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from readiness_app.core.assessment import Assessment, FirmProfile
from readiness_app.core.comparison import Comparison
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.support_directory import SupportDirectory
from readiness_app.services.local_support import FirmSupport, place_name, support_for_firm
from readiness_app.ui.i18n import language, messages

__all__ = ["firm_support", "place_name", "plan_pdf_bytes"]


def firm_support(firm: FirmProfile, directory: SupportDirectory,
                 today: dt.date) -> FirmSupport:
    """Support for the firm: its confirmed authority's, else its postcode's."""
    return support_for_firm(firm, directory, today, messages())


def plan_pdf_bytes(questionnaire: Questionnaire, assessment: Assessment, today: dt.date,
                   directory: SupportDirectory | None = None,
                   branding_path: Path | None = None, *,
                   since_last: Comparison | None = None,
                   include_private_notes: bool = False) -> bytes:
    """The PDF action plan in the app's language, made by the report code, for the firm's
    (confirmed) area, with the hub pack's branding when ``branding_path`` names it, "Since
    your last check" when ``since_last`` is given and the adviser's private notes only when
    chosen."""
    from readiness_app.services.plan_pdf import make_plan_pdf  # reportlab loads only when needed

    return make_plan_pdf(questionnaire, assessment, today=today, directory=directory,
                         branding_path=branding_path, since_last=since_last,
                         include_private_notes=include_private_notes, language=language())
