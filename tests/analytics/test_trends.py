"""Mean scores by month, against the figures worked out by hand in conftest.py."""

from __future__ import annotations

import pytest

from readiness_app.analytics import cohort as ac
from readiness_app.analytics.trends import means_by_month
from readiness_app.services.cohort import CohortFilters, load_cohort


def test_means_by_month_of_the_small_library(cohort_library) -> None:
    library, _ = cohort_library
    cohort = load_cohort(library)
    table = means_by_month(ac.cohort_frame(cohort.records, cohort.meta), cohort.meta)
    assert list(table.columns) == ["Month", "Assessments", "Mean overall",
                                   "Mean Investing in technology", "Mean Cyber security",
                                   "Mean Involving your staff"]
    assert table["Month"].tolist() == ["2024-12", "2025-01", "2025-02", "2025-03"]
    assert table["Assessments"].tolist() == [1, 1, 2, 2]
    rows = table.set_index("Month")
    # February: B (0, 100, 0) and C (25, 25, 50); March: A2 (100, 75, 100) and D (75, 0, 100)
    assert rows.loc["2025-02", "Mean Investing in technology"] == pytest.approx(12.5)
    assert rows.loc["2025-02", "Mean Cyber security"] == pytest.approx(62.5)
    assert rows.loc["2025-03", "Mean Involving your staff"] == pytest.approx(100)
    # D's headline is held at 49 by its critical gap
    assert rows.loc["2025-03", "Mean overall"] == pytest.approx((275 / 3 + 49) / 2)


def test_no_assessments_no_months(cohort_library) -> None:
    library, _ = cohort_library
    cohort = load_cohort(library, CohortFilters(search="no such firm"))
    table = means_by_month(ac.cohort_frame(cohort.records, cohort.meta), cohort.meta)
    assert table.empty and "Month" in table.columns


def test_a_month_without_assessments_is_listed_empty(cohort_library) -> None:
    library, _ = cohort_library
    cohort = load_cohort(library, CohortFilters(search="alpha"))  # January and March 2025
    table = means_by_month(ac.cohort_frame(cohort.records, cohort.meta), cohort.meta)
    assert table["Month"].tolist() == ["2025-01", "2025-02", "2025-03"]
    assert table["Assessments"].tolist() == [1, 0, 1]
    assert table["Mean overall"].isna().tolist() == [False, True, False]
