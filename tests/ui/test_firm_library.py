"""The library page as an adviser's list of firms: one row per firm with its history,
sorting by a column header, filters by sector, local authority and level, and search by
town or local authority."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from readiness_app.ui import models
from readiness_app.ui.firm_history import FirmHistoryDialog

pytestmark = pytest.mark.gui


def names(page) -> list[str]:
    m = page.model
    return [m.data(m.index(r, m.FIRM)) for r in range(m.rowCount())]


def column(page, col: int) -> list[str]:
    m = page.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def click_header(page, qtbot, col: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_clicking_a_column_header_sorts_the_whole_library(filled, qtbot) -> None:
    page = filled.library_page
    page.show()
    qtbot.waitExposed(page)
    m = page.model
    click_header(page, qtbot, m.FIRM)
    first = names(page)
    assert first == sorted(first, key=str.casefold) and len(first) == 5
    click_header(page, qtbot, m.FIRM)  # again: the other way round
    assert names(page) == first[::-1]
    click_header(page, qtbot, m.AUTHORITY)
    authorities = column(page, m.AUTHORITY)
    assert authorities == sorted(authorities)
    assert "Leeds" in authorities and "Glasgow City" in authorities


def test_filters_by_sector_authority_and_level(filled, qtbot) -> None:
    page = filled.library_page
    page.sector_filter.setCurrentIndex(page.sector_filter.findData("C"))
    assert all(text.startswith("C · ") for text in column(page, page.model.SECTOR))
    assert any("Joinery" in n for n in names(page))
    page.sector_filter.setCurrentIndex(0)
    page.authority_filter.setCurrentIndex(page.authority_filter.findData("Leeds"))
    assert len(names(page)) == 1 and "Joinery" in names(page)[0]
    assert page.count_label.text() == "1 firm"
    page.reset_filters()
    assert len(names(page)) == 5
    page.level_filter.setCurrentIndex(page.level_filter.findData("developing"))
    assert sorted(names(page)) == ["Harbour Café Ltd", "Hartley & Sons Joinery Ltd"]
    assert set(column(page, page.model.LEVEL)) == {"Developing"}
    page.level_filter.setCurrentIndex(page.level_filter.findData("established"))
    assert page.views.currentWidget() is page.no_match  # nobody is established


def test_one_row_per_firm_and_its_history(filled, qtbot, monkeypatch) -> None:
    page = filled.library_page
    library = filled._library
    cafe_row = names(page).index("Harbour Café Ltd")
    first = page.model.summary_at(cafe_row)
    again = library.copy_for_reassessment(first.id)
    library.save_answer(again.id, "cyber.backups", "tested")
    page.refresh()
    assert names(page).count("Harbour Café Ltd") == 1  # one row per firm: the latest visit
    row = names(page).index("Harbour Café Ltd")
    latest = page.model.summary_at(row)
    assert latest.id == again.id
    change = page.model.data(page.model.index(row, page.model.CHANGE))
    assert change.startswith("+")
    page.latest_only.setChecked(False)  # every visit
    assert names(page).count("Harbour Café Ltd") == 2
    page.latest_only.setChecked(True)
    page.table.selectRow(names(page).index("Harbour Café Ltd"))

    dialog = FirmHistoryDialog(library.history(again.id), page.model.level_name, again.id)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    m = dialog.model
    assert m.data(m.index(1, 4)) == change  # the same change as the list shows
    assert m.data(m.index(0, 4)) == ""  # the first visit has nothing before it
    assert dialog.selected_id() == again.id
    dialog.table.selectRow(0)
    assert dialog.selected_id() == first.id

    monkeypatch.setattr(FirmHistoryDialog, "choose",
                        classmethod(lambda cls, *args: first.id))
    page.history_button.click()  # opening a visit from the history opens it
    assert filled.session is not None and filled.session.assessment.id == first.id


def test_search_finds_a_town_or_local_authority(filled, qtbot) -> None:
    page = filled.library_page
    for town, firm in (("Leeds", "Joinery"), ("Carmarthen", "Becws"),
                       ("glasgow", "Dental"), ("Lisburn", "Freight")):
        page.search.setText(town)
        qtbot.waitUntil(lambda firm=firm: len(names(page)) == 1 and firm in names(page)[0])
    page.search.setText("LS11")  # a postcode district finds that district exactly
    qtbot.waitUntil(lambda: len(names(page)) == 1 and "Joinery" in names(page)[0])
    page.search.setText("LS1")  # ... and LS1 is not LS11
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.no_match)


def test_the_new_firm_form_offers_sic_sections_and_suggests_one(open_window, qtbot) -> None:
    window = open_window()
    window.show_new()
    page = window.new_page
    page.sector.setCurrentText("Retail (motor trade)")
    assert page.section.currentData() == "G"  # suggested from the words
    page.sector.setCurrentText("Bakery and café")
    assert page.section.currentData() is None  # ambiguous: not sure
    page.section.setCurrentIndex(page.section.findData("C"))
    page.section.activated.emit(page.section.currentIndex())  # the user picked it
    page.sector.setCurrentText("Bakery and café shop")
    assert page.section.currentData() == "C"  # a choice is not overridden by typing


def test_a_review_that_has_come_round_reads_due(filled, monkeypatch) -> None:
    """Six months after a completed visit the library says the firm's review is due."""
    page = filled.library_page
    model = page.model
    reviews = lambda: [model.data(model.index(row, model.REVIEW))  # noqa: E731
                       for row in range(model.rowCount())]
    monkeypatch.setattr(models, "today", lambda: dt.date(2026, 11, 30))
    page.refresh()
    shown = [r for r in reviews() if r]
    assert shown and not any("due" in r for r in shown)
    monkeypatch.setattr(models, "today", lambda: dt.date(2027, 6, 1))  # all six months on
    page.refresh()
    assert [r for r in reviews() if r] and all(r.endswith(" · due") for r in reviews() if r)
