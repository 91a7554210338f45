"""The shipped examples tell themselves apart by short id (issue 13): lists show the first
eight characters of an id, so no two examples may share them."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_example_has_its_own_short_id() -> None:
    ids = [json.loads(p.read_text(encoding="utf-8"))["assessment"]["id"]
           for p in sorted((REPO / "examples").glob("*.readiness"))]
    assert len(ids) == 4
    assert len({i[:8] for i in ids}) == len(ids), ids
