"""An import that would replace another firm, refused, in Welsh (issue 20): with
``--language cy`` the reasons and both versions' lines come from the catalogue; English by
default (tests/cli/test_library_cli.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_welsh_cli import english_left
from tests.helpers import CAFE
from tests.helpers import run_cli as run


def test_a_refused_replace_says_why_in_welsh(capsys, data_dir: Path, tmp_path: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["firm"]["name"] = "Garej y Cei"
    data["assessment"]["firm"]["postcode"] = "SA31 1DL"
    other = tmp_path / "arall.readiness"
    other.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, data_dir, "import", "--on-conflict", "replace", "--language",
                       "cy", str(other))
    assert code == 1 and str(other) in err
    assert english_left(err) == [], err
    assert "mae enw'r busnes yn wahanol ('Harbour Café Ltd' yn y llyfrgell, 'Garej y Cei' yn " \
           "y ffeil)" in err
    assert "mae'r cod post yn wahanol" in err and "SA31 1DL" in err
    assert "yn y llyfrgell: 'Harbour Café Ltd', dechreuwyd 2026-" in err
    assert "yn y ffeil:     'Garej y Cei', dechreuwyd" in err and "--force" in err
