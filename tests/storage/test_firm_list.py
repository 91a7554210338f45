"""The library as firms: sector sections, local authorities, one row per firm, the new
filters and sort orders, and older libraries upgraded to them (migration 6)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from readiness_app.core.assessment import FirmProfile, SizeBand, Status
from readiness_app.services.library import FirmPlacer
from readiness_app.storage.library import Library, ListQuery, SortKey

DATA = Path(__file__).resolve().parents[1] / "data"
FORMAT2_LIBRARY = DATA / "libraries" / "library-format2.sqlite3"


@pytest.fixture
def placed(data_dir: Path, finder):
    with Library.open(data_dir, questionnaires=finder, place=FirmPlacer()) as lib:
        yield lib



def _names(lib: Library, **query) -> list[str]:
    return [s.firm_name for s in lib.list_assessments(ListQuery(**query)).items]


def test_firms_are_placed_and_searched_by_authority_and_section(placed, quick_check) -> None:
    placed.create(FirmProfile("Kerb Motors", "Retail (motor trade)", postcode="LS1 4AP"),
                  quick_check)
    placed.create(FirmProfile("Corner Shop", "Retail", postcode="CF10 1AA"), quick_check)
    placed.create(FirmProfile("Odd Co", "Bakery and café", postcode="LS11 5AA"), quick_check)
    rows = {s.firm_name: s for s in placed.list_assessments().items}
    assert rows["Kerb Motors"].authority == "Leeds"
    assert rows["Corner Shop"].authority == "Cardiff"
    assert (rows["Kerb Motors"].sector_section, rows["Corner Shop"].sector_section,
            rows["Odd Co"].sector_section) == ("G", "G", None)
    # "Retail" and "Retail (motor trade)" group together under G
    assert sorted(_names(placed, sector_section="G")) == ["Corner Shop", "Kerb Motors"]
    assert sorted(_names(placed, authority="Leeds")) == ["Kerb Motors", "Odd Co"]
    # search finds an authority (Leeds) and a Welsh one by name; a district stays exact
    assert sorted(_names(placed, search="leeds")) == ["Kerb Motors", "Odd Co"]
    assert _names(placed, search="cardiff retail") == ["Corner Shop"]
    assert _names(placed, search="LS1") == ["Kerb Motors"]


def test_sorting_by_each_column(placed, quick_check) -> None:
    a = placed.create(FirmProfile("Alpha", "Software", SizeBand.MEDIUM, "LS1 4AP"), quick_check)
    b = placed.create(FirmProfile("Bravo", "Joinery", SizeBand.MICRO, "CF10 1AA"), quick_check)
    c = placed.create(FirmProfile("Charlie", "Widgets"), quick_check)
    placed.save_answer(a.id, "cyber.backups", "tested")
    placed.save_answer(b.id, "cyber.backups", "none")
    placed.set_status(a.id, Status.COMPLETE)

    def order(sort: SortKey, descending: bool = False) -> list[str]:
        return _names(placed, sort=sort, descending=descending)

    assert order(SortKey.SECTOR) == ["Bravo", "Alpha", "Charlie"]  # C, J, then no section
    assert order(SortKey.SIZE) == ["Bravo", "Alpha", "Charlie"]  # micro, medium, no size
    assert order(SortKey.AUTHORITY) == ["Bravo", "Alpha", "Charlie"]  # Cardiff, Leeds, none
    assert order(SortKey.AUTHORITY, True) == ["Alpha", "Bravo", "Charlie"]
    assert order(SortKey.REVIEW)[0] == "Alpha"  # only the complete visit has a review date
    assert order(SortKey.LEVEL, True)[-1] == "Charlie"  # unscored last
    summary = placed.summary(a.id)
    assert summary.next_review == (summary.updated_at + timedelta(days=182)).date()
    assert placed.summary(b.id).next_review is None
    assert c.id


def test_change_since_last_visit_level_and_area_below_a_level(placed, quick_check) -> None:
    first = placed.create(FirmProfile("Harbour Café", "Cafe"), quick_check)
    placed.save_answer(first.id, "cyber.backups", "none")
    second = placed.copy_for_reassessment(first.id)
    placed.save_answer(second.id, "cyber.backups", "tested")
    other = placed.create(FirmProfile("Bravo", "Joinery"), quick_check)
    placed.save_answer(other.id, "cyber.backups", "tested")
    latest = placed.list_assessments(ListQuery(latest_per_firm=True)).items
    assert sorted(s.firm_name for s in latest) == ["Bravo", "Harbour Café"]
    again = placed.summary(second.id)
    before = placed.summary(first.id)
    assert again.overall_score is not None and before.overall_score is not None
    assert again.change == round(again.overall_score - before.overall_score, 1) > 0
    assert placed.summary(other.id).change is None
    by_change = _names(placed, sort=SortKey.CHANGE, latest_per_firm=True)
    assert by_change[0] == "Harbour Café"
    low = placed.summary(first.id).area_scores
    assert low  # the first visit has its cyber area scored low
    below = _names(placed, below_level="developing", below_area="cyber")
    assert "Harbour Café" in below and below.count("Harbour Café") == 1
    level = placed.summary(first.id).level_id
    assert level is not None
    assert first.id in [s.id for s in placed.list_assessments(ListQuery(level_id=level)).items]
    with pytest.raises(ValueError, match="unknown level"):
        placed.list_assessments(ListQuery(below_level="brilliant"))


def test_an_older_library_is_upgraded_with_sections_and_places(tmp_path: Path,
                                                               uk_default_1_0) -> None:
    def finder(questionnaire_id: str, version: str):
        ok = (questionnaire_id, version) == (uk_default_1_0.id, uk_default_1_0.version)
        return uk_default_1_0 if ok else None

    shutil.copyfile(FORMAT2_LIBRARY, tmp_path / "library.sqlite3")
    with Library.open(tmp_path, questionnaires=finder) as lib:  # no geography: not placed
        rows = {s.firm_name: s for s in lib.list_assessments().items}
        assert rows["Hartley & Sons Joinery Ltd"].sector_section == "C"
        assert rows["Kelvinside Dental Care"].sector_section == "Q"
        assert rows["Kelvinside Dental Care"].authority == ""
    with Library.open(tmp_path, questionnaires=finder, place=FirmPlacer()) as lib:
        rows = {s.firm_name: s for s in lib.list_assessments().items}
        assert rows["Hartley & Sons Joinery Ltd"].authority == "Leeds"
        assert rows["Kelvinside Dental Care"].authority == "Glasgow City"
        assert _names(lib, search="glasgow") == ["Kelvinside Dental Care"]
        with pytest.raises(sqlite3.IntegrityError):
            lib._conn.execute("UPDATE assessment SET sector_section = 'Z'")
