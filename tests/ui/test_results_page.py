"""Results: core's numbers, the chart and its text, the PDF made off the UI thread."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QImage

from readiness_app.core.questionnaire import Timeframe
from readiness_app.core.scoring import score_assessment
from readiness_app.storage.portable import import_files
from readiness_app.ui import dialogs
from readiness_app.ui.chart import AreaChart
from readiness_app.ui.models import AreaScoreModel, AssessmentListModel
from readiness_app.ui.pages.results_page import documents_folder, pdf_file_name
from tests.ui.conftest import CAFE, EXAMPLES, clipped_labels

pytestmark = pytest.mark.gui


@pytest.fixture
def results(open_window):
    window = open_window()
    import_files(window._library, [CAFE])
    window.library_page.refresh()
    window.library_page.open_button.click()
    window.show_results()
    assert window.pages.currentWidget() is window.results_page
    return window


def test_results_show_core_score_strengths_priorities_and_support(results, catalogue) -> None:
    page = results.results_page
    session = results.session
    score = score_assessment(session.questionnaire, session.assessment)
    plan = session.plan()
    assert page.area_model.rowCount() == len(score.areas)
    for row, area in enumerate(score.areas):
        assert page.area_model.data(page.area_model.index(row, 1)) == f"{int(area.score)}"
        assert f"{area.area.title.get()}: {int(area.score)}" in page.chart.accessibleDescription()
    first = plan.in_timeframe(Timeframe.DAYS_30) or plan.top_priorities(5)
    assert page.priorities.count() == len(first)
    for number, planned in enumerate(first, start=1):  # the plan's own numbering
        text = page.priorities.item_text(number - 1)
        assert text.startswith(f"{number}. {planned.text_title().get()}")
        assert planned.text_first_step().get() in text
        assert "Who can help: " in text and "hours of your time" in text
    rest = [p for p in plan.scheduled if p not in first]
    assert page.rest.count() == len(rest)
    assert page.later.count() == len(plan.later) or (not plan.later
                                                     and page.later.count() == 0)
    assert page.strengths.count() == (min(len(score.strengths), 8)
                                      + (1 if len(score.strengths) > 8 else 0))
    assert page.support is not None and page.local_support.count() >= 4
    assert page.score_number.text() == f"{int(score.overall)}"


def test_results_page_and_pdf_plan_point_to_the_same_organisations(open_window) -> None:
    """One rule picks an action's organisations: the page's list and the plan rows agree."""
    from readiness_app.services.plan_pdf import report_content

    window = open_window()
    welsh = next(p for p in EXAMPLES if p.stem.startswith("wales"))
    import_files(window._library, [welsh])
    window.library_page.refresh()
    window.library_page.open_button.click()
    window.show_results()
    page = window.results_page
    session = window.session
    assert page.support is not None
    content = report_content(session.questionnaire, session.assessment, today=page.today,
                             directory=page._directory)
    shown = [page.local_support.item_text(i) for i in range(page.local_support.count())]
    rows = [row for _, period in content.plan for row in period]
    assert any(len(row.support) == 2 for row in rows)  # Wales: two national cyber services
    for row in rows:
        names = [contact.name for contact in row.support]
        assert names, row.title
        on_page = [line for line in shown if line.startswith(f"{row.help_label}: ")]
        # "Cyber security: Name (scope) – website"
        assert [line.split(": ", 1)[1].split(" – ")[0].rsplit(" (", 1)[0]
                for line in on_page] == names


def test_pdf_is_made_in_the_background_and_saved(results, qtbot, tmp_path) -> None:
    page = results.results_page
    target = tmp_path / "plan.pdf"
    worker = page.start_pdf(target)
    assert worker is not None
    assert page.progress.isVisible() and not page.pdf_button.isEnabled()
    with qtbot.waitSignal(worker.signals.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page.pdf_button.isEnabled())
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.message.text()
    assert not page.progress.isVisible()


def test_pdf_button_asks_where_and_adds_the_suffix(results, qtbot, tmp_path,
                                                   monkeypatch) -> None:
    page = results.results_page
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: tmp_path / "plan")
    page.pdf_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "plan.pdf").exists() and page._worker is None,
                    timeout=30_000)


def test_cancelled_pdf_writes_nothing(results, qtbot, tmp_path) -> None:
    page = results.results_page
    target = tmp_path / "plan.pdf"
    worker = page.start_pdf(target)
    page.progress.cancel_button.click()
    with qtbot.waitSignal(worker.signals.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page._worker is None)
    assert not target.exists()
    assert "no PDF was saved" in page.message.text()


def test_pdf_to_an_unwritable_place_is_a_calm_message(results, qtbot, tmp_path,
                                                      no_real_dialogs) -> None:
    page = results.results_page
    target = tmp_path / "no-such-folder" / "plan.pdf"
    worker = page.start_pdf(target)
    with qtbot.waitSignal(worker.signals.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: page._worker is None)
    title, text = no_real_dialogs[-1]
    assert title == "Cannot save the action plan"
    assert str(target) in text and "Nothing was lost" in text


def test_export_from_results(results, monkeypatch, tmp_path) -> None:
    target = tmp_path / "cafe.readiness"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: target)
    results.results_page.export_button.click()
    assert target.exists()


def test_chart_draws_offscreen_and_describes_itself(results, qtbot) -> None:
    chart = results.results_page.chart
    image = chart.grab().toImage()
    assert not image.isNull()
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 5)}
    assert len(colours) > 2  # something was drawn
    empty = AreaChart()
    qtbot.addWidget(empty)
    assert empty.describe() == "No scores yet."
    assert isinstance(empty.grab().toImage(), QImage)


def test_models_pass_the_model_tester(open_window, qtmodeltester, qapp) -> None:
    window = open_window()
    import_files(window._library, [CAFE, *EXAMPLES])
    model = AssessmentListModel()
    model.set_items(window._library.list_assessments().items)
    qtmodeltester.check(model)
    areas = AreaScoreModel()
    window.library_page.refresh()
    window.library_page.open_button.click()
    areas.set_score(window.session.score())
    qtmodeltester.check(areas)
    areas.set_score(None)
    qtmodeltester.check(areas)


def test_the_pdf_name_keeps_the_letters_of_a_welsh_name() -> None:
    assert pdf_file_name("Tŷ Café", dt.date(2026, 3, 1)) == "Ty-Cafe_action-plan_2026-03-01.pdf"


def test_after_saving_open_and_show_in_folder(results, qtbot, tmp_path, monkeypatch) -> None:
    page = results.results_page
    opened = []
    monkeypatch.setattr(dialogs, "open_path", lambda path: opened.append(path) or True)
    suggested = []
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda parent, title, path, kind: suggested.append(path)
                        or tmp_path / "plan.pdf")
    assert not page.open_pdf_button.isVisibleTo(page)
    page.pdf_button.click()
    qtbot.waitUntil(lambda: page._worker is None and page.open_pdf_button.isVisibleTo(page),
                    timeout=30_000)
    assert suggested[0].parent == documents_folder()  # the dialog starts in Documents
    page.open_pdf_button.click()
    page.show_folder_button.click()
    assert opened == [tmp_path / "plan.pdf", tmp_path]


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_results_fit_with_no_scroll_box_inside_the_page_and_no_cut_text(open_window, size,
                                                                        qtbot) -> None:
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QHeaderView, QListWidget

    window = open_window()
    window.resize(*size)
    import_files(window._library, [CAFE, *EXAMPLES])
    for summary in window._library.list_assessments().items:
        window.open_assessment(summary.id)
        window.show_results()
        page = window.results_page
        QApplication.processEvents()
        assert window.width() <= size[0] and window.height() <= size[1]
        assert page.findChildren(QListWidget) == []
        inner = [w for w in page.scroll_area.widget().findChildren(QAbstractScrollArea)
                 if w.isVisibleTo(page) and not isinstance(w, QHeaderView)]
        assert inner == [page.area_table]  # a table as tall as its rows, never scrolling
        table = page.area_table
        rows = sum(table.rowHeight(r) for r in range(page.area_model.rowCount()))
        assert table.height() >= rows + table.horizontalHeader().height()
        assert clipped_labels(page) == [], summary.firm_name


def test_a_sole_trader_sees_the_staff_area_as_not_applicable_and_answers_to_check(
        open_window, catalogue) -> None:
    from readiness_app.core.assessment import FirmProfile

    window = open_window()
    questionnaire = catalogue.find("uk-default")
    library = window._library
    made = library.create(FirmProfile("Ledger & Co"), questionnaire)
    for question_id, value in (("people.staff", 1.0), ("people.hiring", "yes"),
                               ("cyber.online_services", frozenset({"email"})),
                               ("cyber.two_step", "none"),
                               ("cyber.certification", "certified"),
                               ("cyber.backups", "tested")):
        library.save_answer(made.id, question_id, value)
    window.library_page.refresh(select_id=made.id)
    window.library_page.open_button.click()
    window.show_review()
    review = window.review_page
    assert review.to_check.isVisibleTo(review)
    assert "You hold Cyber Essentials, but two-step" in review.to_check.item(0).text()
    window.show_results()
    page = window.results_page
    row = [a.area.id for a in window.session.score().areas].index("people")
    assert page.area_model.data(page.area_model.index(row, 1)) == "Not applicable"
    assert page.not_applicable.isVisibleTo(page)
    assert "work on your own" in page.not_applicable.text()
    assert "When you take on staff" in page.not_applicable.text()
    assert "not applicable" in page.chart.accessibleDescription()
