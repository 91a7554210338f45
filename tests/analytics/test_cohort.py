"""The cohort table and its aggregates, checked against figures worked out by hand
(the library is described in conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from readiness_app.analytics import cohort as ac
from readiness_app.core.assessment import SizeBand
from readiness_app.services.cohort import CohortFilters, build_report, load_cohort

from .conftest import FORMULA_NAME

A_OVERALL = (75 + 0 + 50) / 3
A2_OVERALL = (100 + 75 + 100) / 3
B_OVERALL = C_OVERALL = (0 + 100 + 0) / 3
# D's answers earn (75 + 0 + 100) / 3 = 58.33, but its critical gap holds the headline
# inside the Developing band: one point below Established's 50.
D_OVERALL = 49.0


def _frame(library, **filters):
    cohort = load_cohort(library, CohortFilters(**filters))
    return cohort, ac.cohort_frame(cohort.records, cohort.meta)


def test_the_cohort_table_has_one_row_per_visit_oldest_first(cohort_library) -> None:
    library, ids = cohort_library
    _, frame = _frame(library)
    assert list(frame["assessment_id"]) == [ids[k] for k in ("E", "A", "B", "C", "A2", "D")]
    row = frame.set_index("assessment_id").loc[ids["A"]]
    assert row["firm"] == "Alpha Joinery" and row["size_band"] == "micro"
    assert (row["local_authority"], row["region"], row["nation"]) == \
        ("Leeds", "Yorkshire and The Humber", "England")
    assert row["overall_score"] == pytest.approx(A_OVERALL)
    assert (row["investment_score"], row["cyber_score"], row["people_score"]) == (75, 0, 50)
    assert (row["investment_level"], row["cyber_level"], row["people_level"]) == \
        ("advanced", "starting", "established")  # 75 is the start of Advanced
    assert row["overall_level"] == "developing"
    assert row["critical_gaps"] == ("cyber.backups",)
    assert set(row["actions"]) == {"review-technology-plan", "set-up-backups",
                                   "plan-training-time"}
    assert row["assessed_on"] == dt.datetime(2025, 1, 10)
    unknown = frame.set_index("assessment_id").loc[ids["E"]]
    assert unknown["local_authority"] == "Unknown" and unknown["size_band"] == "Not given"
    assert unknown["firm"] == FORMULA_NAME
    # one sector however it was typed, as first seen
    assert frame.set_index("assessment_id").loc[ids["D"], "sector"] == "Construction"
    # the re-assessment shares the firm's series
    assert frame.set_index("assessment_id").loc[ids["A2"], "series_id"] == \
        frame.set_index("assessment_id").loc[ids["A"], "series_id"]


def test_levels_by_area_counts_every_visit(cohort_library) -> None:
    library, _ = cohort_library
    cohort, frame = _frame(library)
    table = ac.levels_by_area(frame, cohort.meta).set_index("Area")
    levels = ["Starting", "Developing", "Established", "Advanced", "Not scored", "Assessments"]
    assert list(table.columns) == levels
    assert table.loc["Overall"].tolist() == [0, 4, 0, 2, 0, 6]  # D capped by its critical gap
    assert table.loc["Investing in technology"].tolist() == [1, 1, 0, 4, 0, 6]
    assert table.loc["Cyber security"].tolist() == [2, 1, 0, 3, 0, 6]
    assert table.loc["Involving your staff"].tolist() == [1, 0, 2, 3, 0, 6]


def test_area_summary(cohort_library) -> None:
    library, _ = cohort_library
    cohort, frame = _frame(library)
    table = ac.area_summary(frame, cohort.meta).set_index("Area")
    overall = [A_OVERALL, A2_OVERALL, B_OVERALL, C_OVERALL, D_OVERALL, 100.0]
    assert table.loc["Overall", "Mean score"] == pytest.approx(sum(overall) / 6)
    assert table.loc["Cyber security", "Median score"] == pytest.approx((25 + 75) / 2)
    assert table.loc["Cyber security", "Lowest"] == 0
    assert table.loc["Involving your staff", "Highest"] == 100
    assert table.loc["Investing in technology", "Scored"] == 6


def test_by_place_sector_and_size(cohort_library) -> None:
    library, _ = cohort_library
    cohort, frame = _frame(library)
    nations = ac.by_group(frame, cohort.meta, "nation").set_index("Nation")
    assert nations["Assessments"].to_dict() == {"England": 2, "Wales": 1, "Scotland": 1,
                                                "Northern Ireland": 1, "Unknown": 1}
    assert nations.loc["England", "Firms"] == 1
    assert nations.loc["England", "Mean overall"] == pytest.approx((A_OVERALL + A2_OVERALL) / 2)
    assert nations.loc["England", "With a critical gap"] == 1
    authorities = ac.by_group(frame, cohort.meta, "local_authority")
    assert list(authorities.columns[:3]) == ["Nation", "Region", "Local authority"]
    assert authorities.iloc[0]["Local authority"] == "Leeds"  # the largest group first
    sectors = ac.by_group(frame, cohort.meta, "sector").set_index("Sector")
    assert sectors.loc["Construction", "Assessments"] == 3
    assert sectors.loc["Construction", "Firms"] == 2
    assert sectors.loc["Construction", "Mean overall"] == \
        pytest.approx((A_OVERALL + A2_OVERALL + D_OVERALL) / 3)
    assert sectors.loc["Construction", "Mean Cyber security"] == pytest.approx(75 / 3)
    assert sectors.loc["Construction", "With a critical gap"] == 2
    sizes = ac.by_group(frame, cohort.meta, "size_band")
    assert list(sizes["Size band"]) == ["micro", "small", "Not given"]
    assert list(sizes["Assessments"]) == [3, 2, 1]
    with pytest.raises(ValueError, match="cannot group by 'firm'"):
        ac.by_group(frame, cohort.meta, "firm")


def test_most_common_gaps_and_actions(cohort_library) -> None:
    library, _ = cohort_library
    cohort, frame = _frame(library)
    gaps = ac.top_gaps(frame, cohort.meta)
    assert gaps[["Question", "Assessments"]].values.tolist() == [["cyber.backups", 2]]
    assert gaps.loc[0, "Share"] == pytest.approx(2 / 6)
    assert gaps.loc[0, "Title"].startswith("How do you keep copies")
    actions = ac.top_actions(frame, cohort.meta)
    assert actions[["Action", "Assessments"]].values.tolist() == [
        ["set-up-backups", 4], ["plan-training-time", 3],
        ["review-technology-plan", 2], ["write-technology-plan", 2]]
    assert ac.top_actions(frame, cohort.meta, limit=1)["Action"].tolist() == ["set-up-backups"]


def test_change_between_visits_for_the_re_assessed_firm(cohort_library) -> None:
    library, _ = cohort_library
    cohort, frame = _frame(library)
    changes = ac.changes_between_visits(frame, cohort.meta)
    assert len(changes) == 1
    row = changes.iloc[0]
    assert row["Firm"] == "Alpha Joinery" and row["Visits"] == 2
    assert row["Change overall"] == pytest.approx(A2_OVERALL - A_OVERALL)
    assert (row["Change Investing in technology"], row["Change Cyber security"],
            row["Change Involving your staff"]) == (25, 75, 50)
    assert (row["First level"], row["Latest level"]) == ("Developing", "Advanced")
    summary = ac.change_summary(changes, cohort.meta).set_index("Area")
    assert summary.loc["Cyber security", ["Firms", "Went up", "Went down"]].tolist() == [1, 1, 0]
    assert summary.loc["Overall", "Mean change"] == pytest.approx(50)


def test_latest_per_firm_and_date_ranges(cohort_library) -> None:
    library, ids = cohort_library
    cohort, frame = _frame(library, latest=True)
    assert set(frame["assessment_id"]) == {ids[k] for k in ("E", "B", "C", "A2", "D")}
    assert frame["overall_score"].mean() == pytest.approx(
        (A2_OVERALL + B_OVERALL + C_OVERALL + D_OVERALL + 100) / 5)
    full = ac.cohort_frame(load_cohort(library).records, cohort.meta)
    assert set(ac.latest_per_firm(full)["assessment_id"]) == set(frame["assessment_id"])
    _, february = _frame(library, date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 2, 15))
    assert set(february["assessment_id"]) == {ids["B"], ids["C"]}  # both ends included
    february2 = ac.between(full, dt.date(2025, 2, 1), dt.date(2025, 2, 15))
    assert set(february2["assessment_id"]) == {ids["B"], ids["C"]}
    # latest within the range: A's re-assessment is after it, so A itself is kept
    _, early = _frame(library, latest=True, date_to=dt.date(2025, 1, 31))
    assert set(early["assessment_id"]) == {ids["E"], ids["A"]}
    with pytest.raises(ValueError, match="starts"):
        CohortFilters(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 2, 1))


def test_library_filters_apply(cohort_library) -> None:
    library, ids = cohort_library
    _, small = _frame(library, size_band=SizeBand.SMALL)
    assert set(small["assessment_id"]) == {ids["B"], ids["C"]}
    _, alpha = _frame(library, search="alpha")
    assert set(alpha["assessment_id"]) == {ids["A"], ids["A2"]}


def test_the_report_has_every_table_and_a_cover(cohort_library) -> None:
    library, _ = cohort_library
    report = build_report(load_cohort(library, CohortFilters(latest=True)),
                          today=dt.date(2025, 4, 1))
    assert list(report.tables) == [
        "Assessments", "Levels by area", "Scores by area", "By local authority", "By region",
        "By nation", "By sector", "By size", "Top gaps", "Top actions",
        "Change between visits", "Change summary"]
    cover = dict(report.cover)
    assert cover["Assessments"] == "5" and cover["Firms"] == "5"
    assert cover["Visits"] == "latest visit of each firm"
    assert cover["Made on"] == "2025-04-01"
    assert report.tables["Change between visits"].empty  # one visit per firm


def test_an_empty_library_gives_empty_tables(library) -> None:
    report = build_report(load_cohort(library))
    assert report.tables["Assessments"].empty
    assert report.tables["Levels by area"]["Assessments"].eq(0).all() or \
        report.tables["Levels by area"].empty
    assert report.tables["Top gaps"].empty


def test_a_confirmed_local_authority_places_the_firm(library, quick_check) -> None:
    """TD15 reaches into England and Scotland; the profile's confirmed authority wins."""
    from readiness_app.core.assessment import FirmProfile

    main = library.create(FirmProfile("Tweed Mill", postcode="TD15 1AA"), quick_check)
    chosen = library.create(FirmProfile("Border Weavers", postcode="TD15 1AA",
                                        authority_code="S12000026"), quick_check)
    places = {r.assessment_id: (r.local_authority, r.nation)
              for r in load_cohort(library).records}
    assert places[chosen.id] == ("The Scottish Borders", "Scotland")
    assert places[main.id] != places[chosen.id]
