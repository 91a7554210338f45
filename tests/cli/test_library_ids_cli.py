"""`score`, `plan` and `report` take a library id as well as a file (issue 16, item 9):
the same answers as from the file, with --json; an id that is not there is a plain message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness_app.cli import main

DATA = Path(__file__).parents[1] / "data"
CAFE = DATA / "assessments" / "cafe_quick_check.readiness"
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READINESS_DATA_DIR", str(tmp_path / "env-data"))
    return tmp_path / "data"


def run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["score", "plan"])
def test_an_id_gives_what_the_file_gives(capsys, data_dir: Path, command: str) -> None:
    assert run(capsys, data_dir, "import", str(CAFE))[0] == 0
    code, from_file, err = run(capsys, data_dir, command, str(CAFE), "--json")
    assert code == 0, err
    for given in (CAFE_ID, CAFE_ID[:8].upper()):
        code, from_id, err = run(capsys, data_dir, command, given, "--json")
        assert code == 0, err
        assert json.loads(from_id) == json.loads(from_file)
    code, text, _ = run(capsys, data_dir, command, CAFE_ID[:8])
    assert code == 0 and "Harbour Café Ltd" in text


def test_report_takes_an_id(capsys, data_dir: Path, tmp_path: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    target = tmp_path / "plan.pdf"
    code, _, err = run(capsys, data_dir, "report", CAFE_ID[:8], "-o", str(target),
                       "--date", "2027-01-01")
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_an_unknown_id_is_a_plain_message(capsys, data_dir: Path) -> None:
    code, _, err = run(capsys, data_dir, "score", "deadbeef")
    assert code == 1
    assert "deadbeef" in err and "no such file" in err and "Traceback" not in err
    run(capsys, data_dir, "import", str(CAFE))
    code, _, err = run(capsys, data_dir, "plan", "deadbeef", "--json")
    assert code == 1 and "no assessment has the id 'deadbeef'" in err
    assert not (data_dir.parent / "env-data").exists()  # no library made anywhere else
