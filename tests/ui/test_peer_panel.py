"""Peer comparison on the results page: shown beside the median of 5 similar firms, and only
a one-line note with 4 (k >= 5)."""

from __future__ import annotations

import pytest

from readiness_app.core.assessment import SizeBand
from readiness_app.services.peers import peer_comparison
from readiness_app.ui.peer_panel import NO_PROFILE, TOO_FEW, comparison_rows
from tests.analytics.conftest import Visit, add_visit
from tests.ui.conftest import focusable_without_names

pytestmark = pytest.mark.gui


def _v(key: str, name: str, plan: str, backups: str, training: str = "some", *,
       size: SizeBand | None = SizeBand.MICRO) -> Visit:
    return Visit(key, name, "Construction", size, "LS1 4AP", (2025, 1, 1), plan, backups,
                 training)


TARGET = _v("T", "Target Ltd", "written", "automatic", "planned")
PEERS = (
    _v("P1", "Peer One", "none", "tested"),
    _v("P2", "Peer Two", "ideas", "tested"),
    _v("P3", "Peer Three", "written", "automatic"),
    _v("P4", "Peer Four", "reviewed", "sometimes"),
    _v("P5", "Peer Five", "reviewed", "none"),
    _v("X1", "Bigger Builders", "none", "none", size=SizeBand.SMALL),  # not similar
)


@pytest.fixture
def peers_window(open_window, quick_check):
    window = open_window()
    ids: dict[str, str] = {}
    for visit in (TARGET, *PEERS):
        add_visit(window._library, quick_check, visit, ids)
    return window, ids


def open_results(qtbot, window, assessment_id: str) -> None:
    with qtbot.waitSignal(window.results_page.peers.shown, timeout=60_000):
        assert window.open_assessment(assessment_id)
    assert window.pages.currentWidget() is window.results_page


def test_five_similar_firms_are_compared(qtbot, peers_window) -> None:
    window, ids = peers_window
    open_results(qtbot, window, ids["T"])
    panel = window.results_page.peers
    assert panel.table.isVisibleTo(window.results_page)
    expected = peer_comparison(window._library, ids["T"])
    assert expected is not None and expected.peers == 5
    shown = [[panel.model.text(r, c) for c in range(4)] for r in range(panel.model.rowCount())]
    assert shown == [[str(v) for v in row] for row in comparison_rows(expected)]
    areas = {row[0]: row for row in shown}
    # the firm: 75, 75, 100; peers: investment 0, 25, 75, 100, 100 -> 75
    assert areas["Investing in technology"][1:3] == ["75", "75"]
    assert areas["Cyber security"][1:3] == ["75", "75"]  # 100, 100, 75, 25, 0
    assert areas["Involving your staff"][1] == "100"
    assert "5 other micro firms in Construction" in panel.note.text()
    assert "Investing in technology: this firm 75, median of similar firms 75" in \
        panel.table.accessibleDescription()
    assert focusable_without_names(window.results_page) == []


def test_four_similar_firms_give_only_a_note(qtbot, peers_window) -> None:
    window, ids = peers_window
    window._library.trash(ids["P5"])
    open_results(qtbot, window, ids["T"])
    panel = window.results_page.peers
    assert panel.note.text() == TOO_FEW.format(count=5)
    assert panel.note.text().startswith("Fewer than 5 similar firms")
    assert not panel.table.isVisibleTo(window.results_page)
    assert panel.comparison is None
    assert TOO_FEW.format(count=5) in panel.accessibleDescription()


def test_a_firm_without_a_size_band_is_asked_for_one(qtbot, peers_window, quick_check) -> None:
    window, ids = peers_window
    add_visit(window._library, quick_check, _v("N", "No Size", "none", "none", size=None), ids)
    open_results(qtbot, window, ids["N"])
    assert window.results_page.peers.note.text() == NO_PROFILE
