"""Peer comparison: one firm's area scores beside the median of similar firms in the library.

Similar firms have the same sector (ignoring case and spacing) and size band; each counts once
(its latest visit), and the firm itself never counts. Nothing is shown unless at least ``k``
(5) such firms exist, and an area's median only when at least ``k`` of them have a score
there, so no single firm's score can be read from the comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

from readiness_app.analytics.privacy import DEFAULT_K
from readiness_app.core.assessment import SizeBand
from readiness_app.services.cohort import CohortFilters, Placer, load_cohort
from readiness_app.storage.library import Library


@dataclass(frozen=True, slots=True)
class PeerArea:
    """One area (or 'overall'): the firm's score and the peers' median."""

    area_id: str
    title: str
    score: float | None
    peer_median: float | None  # None when fewer than k peers have a score here
    peers_scored: int


@dataclass(frozen=True, slots=True)
class PeerComparison:
    """The firm against firms like it."""

    sector: str
    size_band: SizeBand
    peers: int
    areas: tuple[PeerArea, ...]

    def describe(self) -> str:
        """The comparison in words (for a screen reader or a report)."""
        parts = [f"{a.title}: {_fmt(a.score)} against a median of {_fmt(a.peer_median)}"
                 for a in self.areas]
        return (f"Compared with {self.peers} other {self.size_band.value} firms in "
                f"{self.sector}: " + "; ".join(parts) + ".")


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def peer_comparison(library: Library, assessment_id: str, *, k: int = DEFAULT_K,
                    placer: Placer | None = None) -> PeerComparison | None:
    """The comparison for this assessment, or None when the firm has no sector or size band
    or fewer than ``k`` similar firms are in the library."""
    from readiness_app.analytics import cohort as ac

    if k < DEFAULT_K:
        raise ValueError(f"a peer group must have at least {DEFAULT_K} firms")
    summary = library.summary(assessment_id)
    if summary.size_band is None or not " ".join(summary.sector.split()):
        return None
    cohort = load_cohort(library, CohortFilters(size_band=summary.size_band), placer=placer)
    frame = ac.cohort_frame(cohort.records, cohort.meta)
    own = frame[frame["assessment_id"] == assessment_id]
    if own.empty:  # in the trash, or its questionnaire is missing
        return None
    count, medians = ac.peer_medians(frame, cohort.meta, sector=summary.sector,
                                     size_band=summary.size_band.value,
                                     exclude_series=summary.series_id, k=k)
    if count < k:
        return None
    row = own.iloc[0]
    areas = []
    for area_id, title in [(ac.OVERALL, "Overall"), *cohort.meta.areas]:
        score = row[ac.score_column(area_id)]
        median, scored = medians[area_id]
        areas.append(PeerArea(area_id, title, None if score != score else float(score),
                              median, scored))
    return PeerComparison(" ".join(summary.sector.split()), summary.size_band, count,
                          tuple(areas))
