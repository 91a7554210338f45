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


def _same_firm_file(folder: Path) -> Path:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"].update({"id": "9a8b7c6d5e4f40318293a4b5c6d7e8f9",
                               "created_at": "2027-05-03T10:00:00+00:00",
                               "updated_at": "2027-05-03T10:30:00+00:00"})
    path = folder / "later.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_of_the_same_firm_under_another_id(capsys, data_dir: Path,
                                                  tmp_path: Path) -> None:
    """Without --same-firm the match is pointed out; with it, a new visit or kept apart."""
    run(capsys, data_dir, "import", str(CAFE))
    later = _same_firm_file(tmp_path)
    code, out, err = run(capsys, data_dir, "import", str(later), "--same-firm", "new-visit")
    assert code == 0, err
    assert "a new visit of the firm already in the library" in out
    code, out, _ = run(capsys, data_dir, "list", "--json")
    by_id = {a["id"]: a for a in json.loads(out)["assessments"]}
    assert by_id["9a8b7c6d5e4f40318293a4b5c6d7e8f9"]["previous_id"] == CAFE_ID

    other = tmp_path / "other"
    code, _, err = run(capsys, other, "import", str(CAFE))
    code, out, err = run(capsys, other, "import", str(later))
    assert code == 0 and "--same-firm new-visit" in out and "'Harbour Café Ltd'" in out
    assert "--same-firm" not in err  # a note, not an error
    third = tmp_path / "third"
    run(capsys, third, "import", str(CAFE))
    code, out, err = run(capsys, third, "import", str(later), "--same-firm", "separate")
    assert code == 0, err
    code, out, _ = run(capsys, third, "list", "--json")
    names = sorted(a["firm"]["name"] for a in json.loads(out)["assessments"])
    assert names == ["Harbour Café Ltd", "Harbour Café Ltd (imported copy, 2027-05-03)"]
