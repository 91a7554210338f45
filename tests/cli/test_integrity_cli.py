"""The library commands on odd and damaged libraries (issue 13, items 7, 10 and 12)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import CAFE
from tests.helpers import run_cli as run

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "wales-bakery-carmarthen.readiness"
UPPER_ID = "ABCDEF0123456789ABCDEF0123456789"

pytestmark = pytest.mark.usefixtures("data_dir")  # tests/conftest.py: never the user's folder


def _upper(tmp_path: Path) -> Path:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["id"] = UPPER_ID
    path = tmp_path / "upper.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_upper_case_id_works_in_every_command(capsys, data_dir: Path,
                                                 tmp_path: Path) -> None:
    code, out, err = run(capsys, data_dir, "import", str(_upper(tmp_path)))
    assert code == 0, err
    for typed in (UPPER_ID, UPPER_ID[:8], UPPER_ID.lower()[:8]):
        code, out, err = run(capsys, data_dir, "export", typed, str(tmp_path / "out"))
        assert code == 0, err
    code, out, err = run(capsys, data_dir, "trash", UPPER_ID[:8])
    assert code == 0, err
    code, out, err = run(capsys, data_dir, "restore", UPPER_ID)
    assert code == 0, err
    code, out, _ = run(capsys, data_dir, "list", "--json")
    assert [a["id"] for a in json.loads(out)["assessments"]] == [UPPER_ID.lower()]


def test_a_damaged_row_is_named_and_the_rest_listed(capsys, data_dir: Path,
                                                    tmp_path: Path) -> None:
    code, _, err = run(capsys, data_dir, "import", "--on-conflict", "keep-both", str(CAFE),
                       str(CAFE))
    assert code == 0, err
    conn = sqlite3.connect(data_dir / "library.sqlite3")
    bad = conn.execute("SELECT id FROM assessment ORDER BY pk LIMIT 1").fetchone()[0]
    conn.execute("UPDATE assessment SET updated_at = 'soon' WHERE id = ?", (bad,))
    conn.commit()
    conn.close()
    code, out, err = run(capsys, data_dir, "list")
    assert code == 1
    assert "Traceback" not in err
    assert f"{data_dir / 'library.sqlite3'}: the stored assessment {bad} is damaged" in err
    assert "'soon'" in err
    assert "Harbour Café Ltd" in out and "DAMAGED" in out
    assert "1-2 of 2" in out
    code, out, err = run(capsys, data_dir, "list", "--json")
    assert code == 1
    items = json.loads(out)["assessments"]
    assert [bool(i["problem"]) for i in items].count(True) == 1


def _corrupt(db: Path) -> None:
    conn = sqlite3.connect(db)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'answer' "
                                         "AND pagetype = 'leaf'")]
    conn.close()
    with db.open("r+b") as handle:
        handle.seek((pages[-1] - 1) * 4096 + 8)
        handle.write(b"\x5a" * 4000)


def test_a_damaged_library_is_refused_and_can_be_recovered(capsys, data_dir: Path,
                                                           tmp_path: Path) -> None:
    files = []
    for n in range(40):
        data = json.loads(CAFE.read_text(encoding="utf-8"))
        data["assessment"]["id"] = f"{n:032x}"
        data["assessment"]["firm"]["name"] = f"Firm {n} " + "y" * 150
        path = tmp_path / f"f{n}.readiness"
        path.write_text(json.dumps(data), encoding="utf-8")
        files.append(str(path))
    assert run(capsys, data_dir, "import", *files)[0] == 0
    db = data_dir / "library.sqlite3"
    _corrupt(db)
    before = db.read_bytes()
    for args in (("list",), ("import", "--on-conflict", "keep-both", str(CAFE))):
        code, out, err = run(capsys, data_dir, *args)
        assert code == 1
        assert err.startswith(f"readiness-app: {db}: ") and "damaged" in err
        assert "readiness-app recover" in err and "Traceback" not in err
        assert db.read_bytes() == before
    rescued = tmp_path / "rescued"
    code, out, err = run(capsys, data_dir, "recover", "-o", str(rescued))
    assert code == 1  # some could not be read, and it says so
    assert "some were lost" in err and "could not be read or copied" in err
    assert "Recovered" in out and str(rescued) in out
    assert db.read_bytes() == before
    code, out, err = run(capsys, rescued, "list", "--json", "--limit", "0")
    assert code == 0, err
    assert json.loads(out)["total"] > 0


def test_recover_a_sound_library_copies_everything(capsys, data_dir: Path,
                                                   tmp_path: Path) -> None:
    run(capsys, data_dir, "import", str(CAFE))
    code, out, err = run(capsys, data_dir, "recover", "-o", str(tmp_path / "copy"))
    assert code == 0, err
    assert "Recovered 1 of 1" in out
    code, out, _ = run(capsys, tmp_path / "copy", "list", "--json")
    assert json.loads(out)["total"] == 1


def test_an_empty_library_file_is_refused(capsys, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "library.sqlite3").write_bytes(b"")
    code, _, err = run(capsys, data_dir, "list")
    assert code == 1 and "empty" in err
    assert (data_dir / "library.sqlite3").read_bytes() == b""


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_nothing_is_written_outside_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "stick" / "data"
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "READINESS_DATA_DIR"}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
                "XDG_CACHE_HOME": str(home / "cache"), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_STATE_HOME": str(home / "state"), "PYTHONPATH": str(ROOT),
                "PYTHONDONTWRITEBYTECODE": "1", "MPLCONFIGDIR": str(home / "mpl")})
    commands = [
        ["validate", str(EXAMPLE)],
        ["score", str(EXAMPLE)],
        ["plan", str(EXAMPLE)],
        ["report", str(EXAMPLE), "-o", str(work / "plan.pdf")],
        ["support", "SA31 1DL"],
        ["import", str(CAFE)],
        ["list"],
        ["export", "3f1c9a2e", str(work)],
        ["trash", "3f1c9a2e"],
        ["restore", "3f1c9a2e"],
        ["report", "--all", str(work / "all")],
        ["recover", "-o", str(tmp_path / "stick" / "rescued")],
    ]
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "readiness_app", "--data-dir", str(data),
                               *command], capture_output=True, text=True, env=env, cwd=work,
                              timeout=180, check=False)
        assert done.returncode == 0, (command, done.stderr)
        assert _tree(home) == [], command
    assert any(p.startswith("cache") for p in _tree(data))
