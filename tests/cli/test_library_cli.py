"""The library commands, run as a user would: list, import, export, trash, restore."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.core.assessment_file import read_assessment_bytes
from tests.helpers import CAFE
from tests.helpers import run_cli as run

CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"
ROOT = Path(__file__).parents[2]

pytestmark = pytest.mark.usefixtures("data_dir")  # tests/conftest.py: never the user's folder


def _other(tmp_path: Path, name: str, firm: str) -> Path:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["firm"]["name"] = firm
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_list_and_json(capsys, data_dir: Path) -> None:
    code, out, err = run(capsys, data_dir, "import", str(CAFE))
    assert code == 0, err
    assert f"{CAFE}: imported 'Harbour Café Ltd' as 3f1c9a2e" in out
    assert (data_dir / "library.sqlite3").is_file()
    code, out, _ = run(capsys, data_dir, "list")
    assert code == 0
    header, row = out.splitlines()[:2]
    assert header.split() == ["Id", "Firm", "Sector", "Authority", "Status", "Score", "Level",
                              "Change", "Answered", "Updated", "Review"]
    assert row.startswith("3f1c9a2e  Harbour Café Ltd  I       ")
    assert "1-1 of 1 in the library" in out
    code, out, _ = run(capsys, data_dir, "list", "--json")
    data = json.loads(out)
    assert data["total"] == 1
    (item,) = data["assessments"]
    assert item["id"] == CAFE_ID and item["firm"]["name"] == "Harbour Café Ltd"
    assert item["overall"] == pytest.approx(29.86, abs=0.01)
    assert set(item["areas"]) == {"investment", "cyber", "people"}
    assert item["status"] == "complete" and item["deleted_at"] is None


def test_list_search_filter_sort_and_pages(capsys, data_dir: Path, tmp_path: Path) -> None:
    files = [_other(tmp_path, f"f{n}.readiness", name) for n, name in
             enumerate(["Anchor Engineering", "Bright Sparks", "Tŷ Coffi"])]
    run(capsys, data_dir, "import", "--on-conflict", "keep-both", str(CAFE), *map(str, files))
    code, out, _ = run(capsys, data_dir, "list", "--search", "ty coffi", "--json")
    assert [a["firm"]["name"] for a in json.loads(out)["assessments"]] == ["Tŷ Coffi"]
    code, out, _ = run(capsys, data_dir, "list", "--sort", "firm", "--ascending", "--json")
    names = [a["firm"]["name"] for a in json.loads(out)["assessments"]]
    assert names == ["Anchor Engineering", "Bright Sparks", "Harbour Café Ltd", "Tŷ Coffi"]
    code, out, _ = run(capsys, data_dir, "list", "--sort", "firm", "--limit", "3")
    assert "1-3 of 4 in the library" in out and "More: add --page 2" in out
    code, out, _ = run(capsys, data_dir, "list", "--sort", "firm", "--limit", "3", "--page",
                       "2")
    assert "Tŷ Coffi" in out and "4-4 of 4" in out
    code, out, _ = run(capsys, data_dir, "list", "--area", "cyber", "--min-score", "50")
    assert "No assessments in the library match." in out
    code, out, _ = run(capsys, data_dir, "list", "--area", "cyber", "--max-score", "50",
                       "--status", "complete", "--size", "small", "--json")
    assert json.loads(out)["total"] == 4
    code, out, err = run(capsys, data_dir, "list", "--page", "0")
    assert code == 2 and "--page" in err


def test_import_conflicts_need_a_choice(capsys, data_dir: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    db = data_dir / "library.sqlite3"
    before = _rows(db)
    code, out, err = run(capsys, data_dir, "import", str(CAFE))
    assert code == 1
    assert f"{CAFE}" in err and "already in the library" in err
    assert "--on-conflict keep-both, replace or skip" in err
    assert _rows(db) == before
    code, out, _ = run(capsys, data_dir, "import", "--on-conflict", "skip", str(CAFE))
    assert code == 0 and "skipped 'Harbour Café Ltd'" in out and _rows(db) == before
    code, out, _ = run(capsys, data_dir, "import", "--on-conflict", "replace", str(CAFE))
    assert code == 0 and "replaced 'Harbour Café Ltd'" in out
    code, out, _ = run(capsys, data_dir, "import", "--on-conflict", "keep-both", str(CAFE))
    assert code == 0 and "kept both" in out
    assert json.loads(run(capsys, data_dir, "list", "--json")[1])["total"] == 2


def test_replacing_another_firm_needs_force(capsys, data_dir: Path, tmp_path: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["firm"]["name"] = "Quayside Garage"
    other = tmp_path / "other.readiness"
    other.write_text(json.dumps(data), encoding="utf-8")
    db = data_dir / "library.sqlite3"
    before = _rows(db)
    code, _, err = run(capsys, data_dir, "import", "--on-conflict", "replace", str(other))
    assert code == 1 and _rows(db) == before
    assert str(other) in err and "the firm's name differs" in err and "--force" in err
    assert "in the library: 'Harbour Café Ltd'" in err and "in the file:    'Quayside" in err
    code, out, _ = run(capsys, data_dir, "import", "--on-conflict", "replace", "--force",
                       str(other))
    assert code == 0 and "replaced 'Quayside Garage'" in out


def _rows(db: Path) -> list:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_bad_files_are_named_and_change_nothing(capsys, data_dir: Path,
                                                tmp_path: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    before = _rows(data_dir / "library.sqlite3")
    cut = tmp_path / "cut.readiness"
    cut.write_bytes(CAFE.read_bytes()[:250])
    latin = tmp_path / "latin.readiness"
    latin.write_bytes(CAFE.read_bytes().replace("é".encode(), b"\xe9"))
    code, _out, err = run(capsys, data_dir, "import", str(cut), str(latin),
                         str(tmp_path / "missing.readiness"))
    assert code == 1
    assert f"{cut}" in err and "cut short" in err
    assert f"{latin}" in err and "not UTF-8" in err
    assert "missing.readiness" in err and "cannot be read" in err
    assert "0 of 3 file(s)" in err
    assert _rows(data_dir / "library.sqlite3") == before


def test_export_one_and_all(capsys, data_dir: Path, tmp_path: Path, quick_check_1_0) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    target = tmp_path / "out.readiness"
    code, out, err = run(capsys, data_dir, "export", "3f1c9a", str(target))
    assert code == 0, err
    assert f"Exported to {target}" in out
    original, _ = read_assessment_bytes(CAFE.read_bytes(), "a", lambda i, v: quick_check_1_0)
    exported, _ = read_assessment_bytes(target.read_bytes(), "b", lambda i, v: quick_check_1_0)
    assert exported == original
    code, out, _ = run(capsys, data_dir, "export", "--all", str(tmp_path / "all"))
    assert code == 0 and "Exported 1 assessment(s)" in out
    assert [p.name for p in (tmp_path / "all").iterdir()] == \
        ["Harbour-Cafe-Ltd_2026-11-02_3f1c9a2e.readiness"]
    code, _, err = run(capsys, data_dir, "export", "3f1c9a", "--all", str(tmp_path))
    assert code == 2 and "unrecognized arguments" in err
    code, _, err = run(capsys, data_dir, "export", str(tmp_path / "y.readiness"))
    assert code == 2 and "give either an assessment ID or --all" in err
    code, _, err = run(capsys, data_dir, "export", "beef", str(tmp_path / "x.readiness"))
    assert code == 1 and "no assessment has the id 'beef'" in err
    code, _, err = run(capsys, data_dir, "export", "3f1c9a", str(tmp_path / "no" / "x"))
    assert code == 1 and "the folder does not exist" in err


def test_trash_restore_and_empty(capsys, data_dir: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    code, out, _ = run(capsys, data_dir, "trash")
    assert code == 0 and "The trash is empty." in out
    code, out, _ = run(capsys, data_dir, "trash", "3f1c")
    assert code == 0 and "Moved to the trash: 3f1c9a2e Harbour Café Ltd" in out
    assert "No assessments in the library match." in run(capsys, data_dir, "list")[1]
    code, out, _ = run(capsys, data_dir, "trash", "--json")
    assert [a["id"] for a in json.loads(out)["assessments"]] == [CAFE_ID]
    code, out, _ = run(capsys, data_dir, "list", "--trash")
    assert "3f1c9a2e" in out and "in the trash" in out
    code, out, err = run(capsys, data_dir, "trash", "3f1c")
    assert code == 1 and "already in the trash" in err
    code, out, _ = run(capsys, data_dir, "restore", "3f1c")
    assert code == 0 and "Restored: 3f1c9a2e" in out
    code, out, err = run(capsys, data_dir, "restore", "3f1c", "dead")
    assert code == 1 and "is not in the trash" in err and "'dead'" in err
    run(capsys, data_dir, "trash", "3f1c")
    code, out, _ = run(capsys, data_dir, "trash", "--empty")
    assert code == 0 and "Deleted 1 assessment(s)" in out
    assert json.loads(run(capsys, data_dir, "list", "--json", "--trash")[1])["total"] == 0


def test_data_dir_after_the_command_and_from_the_environment(capsys, tmp_path: Path,
                                                             monkeypatch) -> None:
    code, _out, _ = run(capsys, tmp_path / "ignored", "import", "--data-dir",
                       str(tmp_path / "after"), str(CAFE))
    assert code == 0 and (tmp_path / "after" / "library.sqlite3").is_file()
    assert not (tmp_path / "ignored").exists()
    monkeypatch.setenv("READINESS_DATA_DIR", str(tmp_path / "env"))
    assert main(["import", str(CAFE)]) == 0
    assert (tmp_path / "env" / "library.sqlite3").is_file()


def test_a_library_from_a_newer_app_gives_a_clear_error(capsys, data_dir: Path) -> None:
    run(capsys, data_dir, "list")
    conn = sqlite3.connect(data_dir / "library.sqlite3")
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    code, _out, err = run(capsys, data_dir, "list")
    assert code == 1
    assert f"{data_dir / 'library.sqlite3'}" in err and "library format 7" in err
    assert "Update the app" in err


def test_the_installed_command_uses_the_environment_folder(tmp_path: Path) -> None:
    env_dir = tmp_path / "portable"
    result = subprocess.run(
        [sys.executable, "-m", "readiness_app", "import", str(CAFE)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
        env={**__import__("os").environ, "READINESS_DATA_DIR": str(env_dir)})
    assert result.returncode == 0, result.stderr
    assert (env_dir / "library.sqlite3").is_file()
