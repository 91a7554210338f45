"""The desktop app's Qt catalogue: every UI text has its Welsh, the .ts and .qm are current,
and the Welsh keeps the English's placeholders."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    return load_script("build_ui_translations")


def test_every_ui_text_has_its_welsh_and_the_files_are_current(capsys) -> None:
    assert _script().main(["--check"]) == 0, capsys.readouterr().out
    assert "0 missing, 0 identical" in capsys.readouterr().out


def test_the_catalogue_holds_the_pages_texts() -> None:
    ts = (REPO / "assets" / "locale" / "ui" / "readiness_app_cy.ts").read_text("utf-8")
    for text in ("Save a&amp;nd continue", "Question {number} of {total}", "&amp;See results",
                 "Save the &amp;PDF action plan…", "&amp;Language"):
        assert f"<source>{text}</source>" in ts
    assert ts.count("needs review by a Welsh speaker") >= ts.count("<message>")


@pytest.fixture
def copy_of_catalogue(tmp_path, monkeypatch) -> tuple[ModuleType, Path]:
    build = _script()
    folder = tmp_path / "ui"
    shutil.copytree(build.FOLDER, folder)
    monkeypatch.setattr(build, "FOLDER", folder)
    return build, build.ts_path("cy", folder)


def test_a_text_without_welsh_fails_the_check(copy_of_catalogue, capsys) -> None:
    build, ts = copy_of_catalogue
    text = ts.read_text("utf-8")
    cut = text.replace("<translation>&amp;Gweld y canlyniadau</translation>",
                       '<translation type="unfinished"></translation>')
    assert cut != text
    ts.write_text(cut, "utf-8")
    assert build.main(["--check"]) == 1
    assert "missing: &See results" in capsys.readouterr().out


def test_a_stale_qm_or_a_lost_placeholder_fails_the_check(copy_of_catalogue, capsys) -> None:
    build, ts = copy_of_catalogue
    ts.write_text(ts.read_text("utf-8").replace("Cwestiwn {number} o {total}",
                                                "Cwestiwn {rhif} o {total}"), "utf-8")
    assert build.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "readiness_app_cy.qm: stale" in out
    assert "a placeholder the English does not have: Question {number} of {total}" in out
