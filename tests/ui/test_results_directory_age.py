"""The results page says how old the directory is and labels rows due a check."""

from __future__ import annotations

import datetime as dt

import pytest

from readiness_app.core.support_directory import CHECK_FIRST
from readiness_app.storage.portable import import_files
from tests.ui.conftest import EXAMPLES

pytestmark = pytest.mark.gui


def _open_results(window, today: dt.date):
    welsh = next(p for p in EXAMPLES if p.stem.startswith("wales"))
    import_files(window._library, [welsh])
    window.library_page.refresh()
    window.library_page.open_button.click()
    window.results_page.today = today
    window.show_results()
    return window.results_page


def test_support_lines_say_the_directory_age_and_label_old_rows(open_window) -> None:
    page = _open_results(open_window(), dt.date(2026, 11, 30))
    assert "Directory checked: November 2026." in page.place.text()
    support = page.support
    assert support is not None
    lines = [item.title for item in page.local_support.items()]  # not the description
    assert lines
    for line in lines:
        name = line.split(": ", 1)[1].split(" – ", 1)[0].rsplit(" (", 1)[0]
        ids = {m.organisation.id for found in support.support.values() for m in found.matches
               if m.organisation.name == name}
        assert line.endswith(f" – {CHECK_FIRST}") is bool(ids & support.check_first), line


def test_a_year_later_every_row_is_labelled(open_window) -> None:
    page = _open_results(open_window(), dt.date(2027, 12, 1))
    lines = [item.title for item in page.local_support.items()]  # not the description
    assert lines and all(line.endswith(f" – {CHECK_FIRST}") for line in lines)
