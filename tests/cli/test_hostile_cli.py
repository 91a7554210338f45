"""The command line against hostile input (issue 13): one bad file never stops a batch,
special files are refused at once, and no raw control character reaches the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readiness_app.cli import main
from readiness_app.core.assessment_file import read_assessment_file
from readiness_app.services.catalogue import load_catalogue

DATA = Path(__file__).parents[1] / "data"
CAFE = DATA / "assessments" / "cafe_quick_check.readiness"
ROOT = Path(__file__).parents[2]
ESCAPES = ("\x1b", "\x07", "\x00", "\x9b", "\u202e")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _variant(folder: Path, name: str, change) -> Path:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["id"] = name.replace("_", "-") + "-0000"
    text = change(data) if change else None
    path = folder / f"{name}.readiness"
    path.write_text(text if isinstance(text, str) else json.dumps(data), encoding="utf-8")
    return path


def _set(field: str, value: str):
    def change(data: dict) -> None:
        data["assessment"][field] = value
    return change


def _number(digits: str):
    def change(data: dict) -> str:
        return json.dumps(data).replace('"value": 14', f'"value": {digits}')
    return change


BAD = {
    "big_float": _number("9" * 400),
    "big_int": _number("9" * 5000),
    "late": _set("updated_at", "9999-12-31T23:59:59-05:00"),
    "early": _set("created_at", "0001-01-01T00:00:00+05:00"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_import_reports_the_bad_file_and_imports_the_others(capsys, tmp_path: Path,
                                                            kind: str) -> None:
    first = _variant(tmp_path, "first", None)
    bad = _variant(tmp_path, kind, BAD[kind])
    last = _variant(tmp_path, "last", None)
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "lib"), "import", str(first),
                         str(bad), str(last))
    assert code == 1
    assert "Traceback" not in err
    assert f"{bad}:" in err and str(first) not in err and str(last) not in err
    assert "2 of 3 file(s) imported" in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "lib"), "list", "--json")
    assert code == 0
    assert sorted(item["id"] for item in json.loads(out)["assessments"]) == [
        "first-0000", "last-0000"]


@pytest.mark.parametrize("kind", sorted(BAD))
def test_report_jobs_1_writes_the_good_files(capsys, tmp_path: Path, kind: str) -> None:
    first = _variant(tmp_path, "first", None)
    bad = _variant(tmp_path, kind, BAD[kind])
    last = _variant(tmp_path, "last", None)
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "report", str(first), str(bad), str(last), "-o", str(out_dir),
                         "--jobs", "1", "--date", "2026-11-23")
    assert code == 1
    assert "Traceback" not in err and f"{bad}:" in err
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "first-action-plan.pdf", "last-action-plan.pdf"]


def test_a_failure_the_code_did_not_foresee_still_names_the_file(
        capsys, tmp_path: Path, monkeypatch) -> None:
    """Defence in depth: whatever goes wrong with one file, the batch goes on."""
    from readiness_app.storage import portable

    real = portable.read_assessment_bytes
    odd = _variant(tmp_path, "odd", None)

    def flaky(data: bytes, source: str, find):
        if source.endswith("odd.readiness"):
            raise OverflowError("something nobody expected")
        return real(data, source, find)

    monkeypatch.setattr(portable, "read_assessment_bytes", flaky)
    first = _variant(tmp_path, "first", None)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "lib"), "import", str(odd),
                       str(first))
    assert code == 1 and f"{odd}:" in err and "1 of 2 file(s) imported" in err


# --------------------------------------------------------------------------- special files (3)


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"special-{kind}"
    if kind == "zero":
        path.symlink_to("/dev/zero")
    else:
        os.mkfifo(path)
    return path


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "READINESS_DATA_DIR": str(tmp_path / "d")}
    return subprocess.run([sys.executable, "-m", "readiness_app", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def _branding(tmp_path: Path, logo: str | None) -> Path:
    path = tmp_path / "branding.json"
    path.write_text(json.dumps({
        "organisation": "Hub", "primary_colour": "#1F4E79", "accent_colour": "#E3A21A",
        "logo": logo}), encoding="utf-8")
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["zero", "fifo"])
@pytest.mark.parametrize("role", ["questionnaire", "directory", "branding", "logo",
                                  "assessment"])
def test_special_files_are_refused_at_once(tmp_path: Path, kind: str, role: str) -> None:
    special = _special(tmp_path, kind)
    if role == "questionnaire":
        result = _cli(tmp_path, "score", str(CAFE), "--questionnaire", str(special))
    elif role == "directory":
        result = _cli(tmp_path, "support", "LS1 1UR", "--directory", str(special))
    elif role == "branding":
        result = _cli(tmp_path, "report", str(CAFE), "-o", str(tmp_path / "p.pdf"),
                      "--branding", str(special))
    elif role == "logo":
        result = _cli(tmp_path, "report", str(CAFE), "-o", str(tmp_path / "p.pdf"),
                      "--branding", str(_branding(tmp_path, special.name)))
    else:
        result = _cli(tmp_path, "validate", str(special))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert str(special) in result.stderr or special.name in result.stderr
    assert "not a regular file" in result.stderr
    assert not (tmp_path / "p.pdf").exists()


# --------------------------------------------------------------------------- terminal escapes (6)


def test_no_raw_control_character_is_printed(capsys, tmp_path: Path) -> None:
    """Text from files is escaped on output, whatever the command."""
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    data["assessment"]["id"] = "evil\u202e-0000"
    path = tmp_path / "evil\x1b[2J.readiness"
    path.write_text(json.dumps(data), encoding="utf-8")
    for args in (("validate", str(path)), ("score", str(path)), ("plan", str(path)),
                 ("--data-dir", str(tmp_path / "lib"), "import", str(path))):
        _, out, err = run(capsys, *args)
        for char in ESCAPES:
            assert char not in out + err, (args, char)
        assert "\\x1b[2J" in out + err, args


def test_plan_output_escapes_text_from_the_data(capsys, monkeypatch) -> None:
    """Even text that got past the checks (a future bug) is printed escaped."""
    from readiness_app.cli import plan as plan_cli

    real = plan_cli.render_plan if hasattr(plan_cli, "render_plan") else None
    assert real is not None
    monkeypatch.setattr(plan_cli, "render_plan",
                        lambda plan, *_args: "step \x1b]8;;https://x\x07 one")
    code, out, _ = run(capsys, "plan", str(CAFE))
    assert code == 0
    assert "\x1b" not in out and "\\x1b]8;;https://x\\x07 one" in out


def test_the_examples_still_read(tmp_path: Path) -> None:
    find = load_catalogue().find
    for path in sorted((ROOT / "examples").glob("*.readiness")):
        read_assessment_file(path, find)
