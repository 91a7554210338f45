"""Hub packs on the command line: install, list, remove, build, validate, --pack, --version."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.cli import main
from readiness_app.services import hub_pack

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "hub-pack" / "fellside"
SHIPPED_PACK = ROOT / "examples" / "fellside-growth-hub.readiness-pack"
LEEDS = ROOT / "examples" / "england-joinery-leeds.readiness"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("READINESS_DATA_DIR", str(folder))
    monkeypatch.delenv(hub_pack.ENV_PACK, raising=False)
    return folder


def test_the_shipped_example_pack_is_what_its_folder_builds(data: Path, tmp_path: Path,
                                                            capsys) -> None:
    out = tmp_path / "again.readiness-pack"
    code, _, err = run(capsys, "pack", "build", str(EXAMPLE), "-o", str(out))
    assert code == 0, err
    assert out.read_bytes() == SHIPPED_PACK.read_bytes(), \
        "rebuild examples/fellside-growth-hub.readiness-pack with scripts/build_pack.py"


def test_install_list_version_and_remove(data: Path, capsys) -> None:
    code, out, err = run(capsys, "pack", "install", str(SHIPPED_PACK))
    assert code == 0, err
    assert "Window title: Fellside Business Readiness Check" in out
    assert "Questionnaire: Fellside business technology check (fellside-check 1.0" in out
    code, out, _ = run(capsys, "pack", "list")
    assert out.startswith("in use  fellside-growth-hub 1.0.0  Fellside Growth Hub")
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert "readiness-app 0.1.0" in out
    assert "hub pack: Fellside Growth Hub (fellside-growth-hub) version 1.0.0" in out
    code, out, _ = run(capsys, "pack", "remove", "fellside-growth-hub")
    assert code == 0 and "Removed Fellside Growth Hub" in out
    code, _, err = run(capsys, "pack", "remove", "fellside-growth-hub")
    assert code == 1 and "no installed pack has the id 'fellside-growth-hub'" in err


def test_a_tampered_pack_is_not_installed(data: Path, tmp_path: Path, capsys) -> None:
    import zipfile

    bad = tmp_path / "bad.readiness-pack"
    with zipfile.ZipFile(SHIPPED_PACK) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "welcome.txt":
                body += b"Send your bank details to ...\n"
            target.writestr(info, body)
    code, out, err = run(capsys, "pack", "install", str(bad))
    assert code == 1 and out == ""
    assert f"{bad}/welcome.txt: its SHA-256 does not match pack.json" in err
    assert not (data / "packs" / "fellside-growth-hub").exists()


def test_validate_takes_packs_branding_and_directories(data: Path, tmp_path: Path,
                                                       capsys) -> None:
    bad_csv = tmp_path / "hub.csv"
    bad_csv.write_text("id,name\nBad Id!,x\n", "utf-8")
    bad_branding = tmp_path / "branding.json"
    bad_branding.write_text('{"organisation": "", "primary_colour": "blue"}', "utf-8")
    code, out, err = run(capsys, "validate", str(SHIPPED_PACK),
                         str(EXAMPLE / "branding" / "branding.json"),
                         str(EXAMPLE / "support" / "fellside.csv"),
                         str(EXAMPLE / "questionnaires" / "fellside_check.yaml"),
                         str(bad_csv), str(bad_branding))
    assert code == 1
    assert f"OK  {SHIPPED_PACK}: hub pack fellside-growth-hub version 1.0.0" in out
    assert "questionnaires: fellside-check 1.0" in out
    assert "branding for 'Fellside Growth Hub'" in out
    assert "support directory, 3 organisation(s)" in out
    assert "questionnaire fellside-check version 1.0 (3 areas, 44 questions, 48 actions)" in out
    assert f"{bad_csv}:" in err and "unknown column" not in out
    assert f"{bad_branding}: " in err and "primary_colour" in err
    assert "2 of 6 file(s) failed validation" in err


def test_a_pack_with_a_bad_variant_names_the_file_and_line(data: Path, tmp_path: Path,
                                                           capsys) -> None:
    import shutil

    folder = tmp_path / "hub"
    shutil.copytree(EXAMPLE, folder)
    variant = folder / "questionnaires" / "fellside_check.yaml"
    variant.write_text(variant.read_text("utf-8").replace("area: cyber\n", "area: cyberr\n"),
                       "utf-8")
    code, _, err = run(capsys, "pack", "build", str(folder), "-o", str(tmp_path / "x.pack"))
    assert code == 1
    line = next(i for i, text in enumerate(variant.read_text().splitlines(), 1)
                if "cyberr" in text)
    assert f"questionnaires/fellside_check.yaml:{line}: questions[fellside.broadband].area: " \
           "unknown area 'cyberr'" in err
    assert not (tmp_path / "x.pack").exists()


def test_report_with_pack_is_branded_and_env_works_too(data: Path, tmp_path: Path, capsys,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out_pdf = tmp_path / "plan.pdf"
    code, _, err = run(capsys, "--pack", str(SHIPPED_PACK), "report", str(LEEDS), "-o",
                       str(out_pdf), "--date", "2026-06-01")
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Fellside Growth Hub" in text.split("\f")[0]
    monkeypatch.setenv(hub_pack.ENV_PACK, str(SHIPPED_PACK))
    again = tmp_path / "again.pdf"
    code, _, err = run(capsys, "report", str(LEEDS), "-o", str(again), "--date", "2026-06-01")
    assert code == 0, err
    assert again.read_bytes() == out_pdf.read_bytes()


def test_a_pack_next_to_the_installed_app_is_used(data: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / SHIPPED_PACK.name).write_bytes(SHIPPED_PACK.read_bytes())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "readiness-app"))
    assert resources.bundled_pack_paths() == [app / SHIPPED_PACK.name]
    found = hub_pack.active_pack(data)
    assert found is not None and found.origin == hub_pack.ORIGIN_BUNDLED
    assert found.window_title == "Fellside Business Readiness Check"


def test_a_broken_pack_option_is_an_error_naming_it(data: Path, tmp_path: Path,
                                                    capsys) -> None:
    missing = tmp_path / "nowhere.readiness-pack"
    code, out, err = run(capsys, "--pack", str(missing), "score", str(LEEDS))
    assert code == 1 and out == ""
    assert str(missing) in err
