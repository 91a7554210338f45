"""Correcting a firm's details after its assessment was started.

An adviser fixes a misspelt name, a wrong postcode or the sector on any visit. The visit
edited takes the whole profile; with ``all_visits`` the firm's other visits take who and where
the firm is (name, sector, postcode, local authority, nation) but keep their own size, hours
and budget, which describe the firm at the time of each visit. Each visit changed is placed
again from its postcode (the library's list, the nation and the local support the plan names
follow) and re-scored; no visit's date changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from readiness_app.core.assessment import Assessment, FirmProfile
from readiness_app.storage.library import Library


@dataclass(frozen=True, slots=True)
class FirmCorrection:
    """What a correction did: the visit as now stored and how many visits changed."""

    assessment: Assessment
    visits_changed: int


def firm_visits(library: Library, assessment_id: str) -> int:
    """How many visits of this assessment's firm are in the library (not in the trash)."""
    return len(library.history(assessment_id))


def correct_firm(library: Library, assessment_id: str, firm: FirmProfile, *,
                 all_visits: bool) -> FirmCorrection:
    """Save ``firm`` as the firm of ``assessment_id`` (and, with ``all_visits``, its name
    and place on the firm's other visits); ReadinessError when it cannot be saved."""
    assessment, changed = library.correct_firm(assessment_id, firm, all_visits=all_visits)
    return FirmCorrection(assessment, changed)
