"""The app against odd library rows and bad files (issue 13): nothing reaches Qt, one bad file
never stops an import."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType

import pytest

from readiness_app.core.assessment import Status
from readiness_app.storage.library import AssessmentSummary
from readiness_app.storage.portable import import_files
from readiness_app.ui.models import AssessmentListModel, when
from tests.ui.conftest import CAFE

pytestmark = pytest.mark.gui

LAST_MOMENT = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
FIRST_MOMENT = datetime(1, 1, 1, 0, 0, 0, tzinfo=UTC)


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A time zone east of UTC, where the last moment of 9999 is in year 10000."""
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _summary(updated: datetime) -> AssessmentSummary:
    return AssessmentSummary(
        id="a" * 32, firm_name="Late Ltd", sector="", size_band=None, postcode="",
        questionnaire_id="quick-check", questionnaire_version="1.0", status=Status.COMPLETE,
        created_at=updated, updated_at=updated, deleted_at=None, overall_score=50.0,
        level_id=None, answered=3, area_scores=MappingProxyType({}), previous_id=None,
        series_id="a" * 32)


def test_when_never_raises_at_the_ends_of_the_calendar(tokyo, qapp) -> None:
    assert "9999" in when(LAST_MOMENT)
    assert "UTC" in when(LAST_MOMENT)  # shown in UTC when local time cannot be had


def test_when_never_raises_at_the_start_of_the_calendar(new_york, qapp) -> None:
    assert "0001" in when(FIRST_MOMENT) or " 1 " in when(FIRST_MOMENT)


def test_the_list_model_shows_a_row_dated_9999_east_of_utc(tokyo, qapp) -> None:
    model = AssessmentListModel()
    model.set_items([_summary(LAST_MOMENT), replace(_summary(FIRST_MOMENT), id="b" * 32)])
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in range(0, 16):
                model.data(model.index(row, column), role)  # never raises
    assert "9999" in str(model.data(model.index(0, model.CHANGED)))


def test_nothing_raised_inside_a_model_call_reaches_qt(qapp, monkeypatch) -> None:
    model = AssessmentListModel(level_name=lambda s: 1 / 0)  # type: ignore[arg-type,return-value]
    model.set_items([_summary(datetime(2026, 1, 1, tzinfo=UTC))])
    assert model.data(model.index(0, model.LEVEL)) == ""


def test_the_app_opens_on_a_library_with_a_row_dated_9999(open_window, data_folder, tokyo,
                                                          qtbot) -> None:
    window = open_window()
    import_files(window._library, [CAFE])
    window.close()
    conn = sqlite3.connect(data_folder / "library.sqlite3")
    with conn:
        conn.execute("UPDATE assessment SET updated_at = '9999-12-31T23:59:59.000000+00:00'")
    conn.close()
    window = open_window()
    page = window.library_page
    page.refresh()
    page.grab()  # paints every visible cell
    assert "9999" in str(page.model.data(page.model.index(0, page.model.CHANGED)))


def test_the_import_dialog_imports_the_good_files_beside_a_bad_one(
        open_window, qtbot, tmp_path: Path, no_real_dialogs) -> None:
    page = open_window().library_page
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    files = []
    for name, stamp in (("one", None), ("late", "9999-12-31T23:59:59-05:00"), ("two", None)):
        data["assessment"]["id"] = f"{name}-0000"
        data["assessment"]["updated_at"] = stamp or "2026-11-02T10:20:00+00:00"
        path = tmp_path / f"{name}.readiness"
        path.write_text(json.dumps(data), encoding="utf-8")
        files.append(path)
    page.start_import(files)
    qtbot.waitUntil(lambda: page._worker is None, timeout=10_000)
    title, text = no_real_dialogs[-1]
    assert title == "Import finished" and "Imported 2 of 3" in text
    assert str(files[1]) in text and "1970" in text
