"""The cohort view: the services' figures in the tables and the charts' text, filters,
exports read back, an empty library, and no exception escaping into Qt.

The library is the small one of tests/analytics/conftest.py, whose figures were worked out by
hand (six visits of five firms, December 2024 to March 2025).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage

from readiness_app.core.assessment import Status
from readiness_app.core.errors import StorageIOError
from readiness_app.services.cohort import CohortFilters, build_report, load_cohort
from readiness_app.storage.library import Library
from readiness_app.ui.pages.cohort_page import CHART_FILES, CohortPage
from readiness_app.ui.plain_table import RowsModel
from tests.analytics.conftest import FORMULA_NAME, VISITS, add_visit
from tests.ui.conftest import focusable_without_names

pytestmark = pytest.mark.gui

LEVEL_HEADERS = ["Area", "Starting", "Developing", "Established", "Advanced", "Not scored",
                 "Assessments"]


@pytest.fixture
def filled(data_folder: Path, catalogue, quick_check) -> dict[str, str]:
    """The hand-worked library; the id of each visit by its key."""
    ids: dict[str, str] = {}
    with Library.open(data_folder, questionnaires=catalogue.find) as library:
        for visit in VISITS:
            add_visit(library, quick_check, visit, ids)
    return ids


@pytest.fixture
def make_page(qtbot, data_folder: Path, catalogue):
    def make(open_library=None) -> CohortPage:
        page = CohortPage(open_library or (lambda: Library.open(
            data_folder, questionnaires=catalogue.find)))
        qtbot.addWidget(page)
        page.resize(1200, 900)
        page.show()
        return page

    return make


def load(qtbot, page: CohortPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.refresh()


def rows(model: RowsModel) -> list[list[str]]:
    return [[model.text(r, c) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_tables_and_chart_text_hold_the_services_figures(qtbot, make_page, filled,
                                                         data_folder, catalogue) -> None:
    page = make_page()
    load(qtbot, page)
    assert page.views.currentWidget() is page.report_area
    assert page.summary.text() == "6 assessments of 5 firms."
    levels = rows(page.levels.model)
    assert levels == [  # worked out by hand (tests/analytics/test_cohort.py)
        ["Overall", "0", "4", "0", "2", "0", "6"],
        ["Investing in technology", "1", "1", "0", "4", "0", "6"],
        ["Cyber security", "2", "1", "0", "3", "0", "6"],
        ["Involving your staff", "1", "0", "2", "3", "0", "6"]]
    months = rows(page.months.model)
    assert [r[:2] for r in months] == [["2024-12", "1"], ["2025-01", "1"], ["2025-02", "2"],
                                       ["2025-03", "2"]]
    assert months[2][2:] == ["33.3", "12.5", "62.5", "25.0"]
    assert months[3][2:] == [f"{(275 / 3 + 49) / 2:.1f}", "87.5", "37.5", "100.0"]
    gaps = rows(page.gaps.model)
    assert [g[0] for g in gaps] == ["cyber.backups"]
    assert gaps[0][2:] == ["2", "33%"]
    # the same figures as the service's own report
    with Library.open(data_folder, questionnaires=catalogue.find) as library:
        report = build_report(load_cohort(library))
    expected = report.tables["Levels by area"]
    assert [int(v) for v in expected.iloc[0, 1:]] == [int(v) for v in levels[0][1:]]
    assert report.tables["Top gaps"].iloc[0]["Title"] == gaps[0][1]
    # the accessible text lists the numbers
    text = page.levels.chart.accessibleDescription()
    assert "Overall: Starting 0, Developing 4, Established 0, Advanced 2, Not scored 0 (of 6)" \
        in text
    assert "Cyber security: Starting 2, Developing 1" in text
    month_text = page.months.chart.accessibleDescription()
    assert "2025-02 (2 assessments): Overall 33.3, Investing in technology 12.5, " \
        "Cyber security 62.5, Involving your staff 25.0" in month_text
    assert "How do you keep copies" in page.gaps.chart.accessibleDescription()
    assert ": 2 (33%)" in page.gaps.chart.accessibleDescription()
    for section in page.sections:
        assert section.chart.accessibleName().startswith("Chart: ")
        assert section.table.accessibleName().endswith("(table)")
    assert focusable_without_names(page) == []


def test_filters_change_what_is_shown(qtbot, make_page, filled) -> None:
    page = make_page()
    load(qtbot, page)
    page.search.setText("alpha")
    load(qtbot, page)
    assert page.summary.text() == "2 assessments of 1 firm."
    assert rows(page.levels.model)[0][-1] == "2"
    page.search.clear()
    page.latest.setChecked(True)
    load(qtbot, page)
    assert page.summary.text() == "5 assessments of 5 firms."
    assert rows(page.levels.model)[0] == ["Overall", "0", "3", "0", "2", "0", "5"]
    page.latest.setChecked(False)
    page.from_check.setChecked(True)
    page.from_date.setDate(QDate(2025, 2, 1))
    page.to_check.setChecked(True)
    page.to_date.setDate(QDate(2025, 2, 15))
    assert page.filters() == CohortFilters(date_from=dt.date(2025, 2, 1),
                                           date_to=dt.date(2025, 2, 15))
    load(qtbot, page)
    assert page.summary.text() == "2 assessments of 2 firms."  # both ends included
    assert [r[0] for r in rows(page.months.model)] == ["2025-02"]
    page.from_date.setDate(QDate(2025, 3, 1))  # after the end: said, not raised
    load(qtbot, page)
    assert "Check the dates" in page.message.text()
    page.from_check.setChecked(False)
    page.to_check.setChecked(False)
    page.status.setCurrentIndex(page.status.findData(Status.IN_PROGRESS))
    load(qtbot, page)
    assert page.views.currentWidget() is page.no_match
    assert not page.xlsx_button.isEnabled()


def test_exports_write_readable_files(qtbot, make_page, filled, tmp_path: Path) -> None:
    page = make_page()
    load(qtbot, page)
    target = tmp_path / "out" / "cohort.xlsx"
    (tmp_path / "out").mkdir()
    worker = page.export_xlsx_to(target)
    assert worker is not None
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    book = openpyxl.load_workbook(target)
    assert {"Levels by area", "Scores by month", "Top gaps"} <= set(book.sheetnames)
    sheet = book["Levels by area"]
    assert [c.value for c in sheet[1]] == LEVEL_HEADERS
    assert [c.value for c in sheet[2]] == ["Overall", 0, 4, 0, 2, 0, 6]
    months = book["Scores by month"]
    assert [c.value for c in months["A"]][1:] == ["2024-12", "2025-01", "2025-02", "2025-03"]
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]  # no formulas, ever
    assert FORMULA_NAME in [c.value for c in cells]  # the firm's name stays text
    assert str(target) in page.message.text()

    folder = tmp_path / "csv"
    page.export_csv_to(folder)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    with (folder / "levels-by-area.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == LEVEL_HEADERS and table[1] == ["Overall", "0", "4", "0", "2", "0", "6"]
    assert (folder / "scores-by-month.csv").is_file()
    assert (folder / "about-this-report.csv").is_file()

    pictures = page.export_png_to(tmp_path / "png")
    assert [p.name for p in pictures] == list(CHART_FILES.values())
    for path, section in zip(pictures, page.sections, strict=True):
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 900
        assert image.height() > section.chart.sizeHint().height()  # the chart under a title
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        assert len(colours) > 3  # drawn, not blank


def test_an_export_problem_is_shown_calmly(qtbot, make_page, filled, tmp_path: Path,
                                           no_real_dialogs) -> None:
    page = make_page()
    load(qtbot, page)
    folder = tmp_path / "a-folder.xlsx"
    folder.mkdir()  # a folder where the file should go: atomic writes refuse it
    page.export_xlsx_to(folder)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert no_real_dialogs and no_real_dialogs[-1][0] == "Cannot export the cohort report"
    assert "not exported" in page.message.text()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert page.export_png_to(blocker / "png") == []  # a file where the folder should be
    assert page.message.text()


def test_an_empty_library_has_a_friendly_message(qtbot, make_page) -> None:
    page = make_page()
    load(qtbot, page)
    assert page.views.currentWidget() is page.empty_page
    assert "no assessments in the library yet" in page.empty.text()
    assert not page.xlsx_button.isVisibleTo(page) and not page.png_button.isVisibleTo(page)
    assert focusable_without_names(page) == []
    with qtbot.waitSignal(page.library_requested, timeout=1000):
        page.empty_button.click()


def test_a_failing_load_never_escapes_into_qt(qtbot, make_page, no_real_dialogs) -> None:
    def broken() -> Library:
        raise RuntimeError("disk on fire")

    page = make_page(broken)
    load(qtbot, page)  # pytest-qt fails the test if an exception reaches Qt
    assert "disk on fire" in page.message.text()

    def unreadable() -> Library:
        raise StorageIOError("/nowhere/library.sqlite3", "cannot be read: permission denied")

    page = make_page(unreadable)
    load(qtbot, page)
    assert no_real_dialogs[-1][0] == "Cannot read the library"
    assert "permission denied" in page.message.text()


def test_the_window_opens_the_cohort_report_and_goes_back(qtbot, open_window,
                                                          quick_check) -> None:
    window = open_window()
    add_visit(window._library, quick_check, VISITS[1], {})
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "&Cohort report")
    assert action.shortcut().toString() == "Ctrl+R"
    with qtbot.waitSignal(window.cohort_page.loaded, timeout=60_000):
        action.trigger()
    assert window.pages.currentWidget() is window.cohort_page
    assert window.cohort_page.summary.text() == "1 assessment of 1 firm."
    window.cohort_page.library_button.click()
    assert window.pages.currentWidget() is window.library_page


def test_loading_runs_off_the_ui_thread_and_a_newer_filter_wins(qtbot, make_page,
                                                                 filled) -> None:
    page = make_page()
    page.search.setText("alpha")
    first = page.refresh()
    assert first is not None and page.busy  # refresh returned before the cohort was read
    assert page.progress.isVisible() and not page.xlsx_button.isEnabled()
    page.search.clear()
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.refresh()  # replaces the first load: its result is thrown away
    assert first.wait(30)
    qtbot.wait(50)  # let any late signal of the first load arrive
    assert page.summary.text() == "6 assessments of 5 firms."
    assert page.view is not None and page.view.filters.search == ""
    assert not page.progress.isVisible() and page.xlsx_button.isEnabled()


def test_a_chart_never_raises_while_painting(qtbot, caplog) -> None:
    from readiness_app.services.cohort_view import Table
    from readiness_app.ui.cohort_chart import LevelsChart

    chart = LevelsChart()
    qtbot.addWidget(chart)
    chart._describe = lambda table: "unused"  # type: ignore[method-assign]
    chart.set_table(Table("Levels by area", ("Area", "Starting"), (("Overall", 1),)))
    chart.resize(600, 200)
    chart.grab()  # no "Assessments" column: logged, not raised into Qt
    assert "cannot draw the chart" in caplog.text
