"""Peer comparison: the median of similar firms, shown only when k >= 5 of them exist."""

from __future__ import annotations

import pytest

from readiness_app.core.assessment import SizeBand
from readiness_app.services.peers import peer_comparison

from .conftest import Visit, add_visit

MICRO = SizeBand.MICRO


def _v(key, name, plan, backups, training="some", *, sector="Construction", size=MICRO,
       day=(2025, 1, 1), again=None):
    return Visit(key, name, sector, size, "LS1 4AP", day, plan, backups, training, again)


PEERS = (
    _v("T", "Target Ltd", "written", "automatic", "planned", sector="construction "),
    _v("P1", "Peer One", "reviewed", "tested"),
    _v("P1b", "Peer One", "none", "tested", day=(2025, 2, 1), again="P1"),  # the latest counts
    _v("P2", "Peer Two", "ideas", "tested"),
    _v("P3", "Peer Three", "written", "automatic"),
    _v("P4", "Peer Four", "reviewed", "sometimes"),
    _v("P5", "Peer Five", "reviewed", "none"),
    _v("X1", "Bigger Builders", "none", "none", size=SizeBand.SMALL),  # another size
    _v("X2", "Corner Shop", "none", "none", sector="Retail"),  # another sector
)


@pytest.fixture
def peer_library(library, quick_check):
    ids: dict[str, str] = {}
    for visit in PEERS:
        add_visit(library, quick_check, visit, ids)
    return library, ids


def test_medians_of_five_similar_firms(peer_library) -> None:
    library, ids = peer_library
    result = peer_comparison(library, ids["T"])
    assert result is not None
    assert result.peers == 5 and result.size_band is MICRO
    areas = {a.area_id: a for a in result.areas}
    # investment: P1's latest 0, 25, 75, 100, 100 -> 75 (P1's first visit would make it 100)
    assert areas["investment"].peer_median == 75
    assert areas["cyber"].peer_median == 75  # 100, 100, 75, 25, 0
    assert areas["people"].peer_median == 50
    assert areas["overall"].peer_median == pytest.approx((25 + 100 + 50) / 3)  # P2 and P4
    assert (areas["investment"].score, areas["cyber"].score, areas["people"].score) == \
        (75, 75, 100)
    assert "Compared with 5 other micro firms in construction" in result.describe()


def test_nothing_below_five_peers(peer_library) -> None:
    library, ids = peer_library
    library.trash(ids["P5"])
    assert peer_comparison(library, ids["T"]) is None
    with pytest.raises(ValueError, match="at least 5"):
        peer_comparison(library, ids["T"], k=2)


def test_a_firm_without_size_band_has_no_peers(peer_library, quick_check) -> None:
    library, ids = peer_library
    add_visit(library, quick_check, _v("N", "No Size", "none", "none", size=None), ids)
    assert peer_comparison(library, ids["N"]) is None
