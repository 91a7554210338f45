"""Every platform's build compiles the Welsh catalogues (issue 20): the gettext .mo and the
Qt .qm are made from their sources with the same commands before PyInstaller bundles the
assets, so a Windows or macOS build is no less Welsh than the Linux one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import load_script

ROOT = Path(__file__).parents[1]
SCRIPTS = ("build_linux.sh", "build_windows.sh", "build_macos.sh")
CATALOGUES = ("scripts/build_catalogues.py", "scripts/build_ui_translations.py")


def _commands(script: str) -> list[str]:
    text = (ROOT / "scripts" / script).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("script", SCRIPTS)
def test_each_build_compiles_both_catalogues_before_bundling(script: str) -> None:
    lines = _commands(script)
    bundling = next(i for i, line in enumerate(lines) if "PyInstaller" in line)
    for catalogue in CATALOGUES:
        found = [i for i, line in enumerate(lines) if catalogue in line]
        assert found, f"{script} does not run {catalogue}"
        assert found[0] < bundling, f"{script} runs {catalogue} after PyInstaller"


def test_the_builds_use_the_same_catalogue_commands() -> None:
    def catalogue_lines(script: str) -> list[str]:
        # the same command whatever the script calls its Python ("$PYTHON", "$PY")
        return [re.sub(r'"\$PY(THON)?"', "PY", line) for line in _commands(script)
                if any(c in line for c in CATALOGUES)]

    linux = catalogue_lines("build_linux.sh")
    assert len(linux) == 2
    for script in SCRIPTS[1:]:
        assert catalogue_lines(script) == linux


def test_the_qt_tools_are_found_in_a_windows_virtual_environment(tmp_path: Path,
                                                                monkeypatch) -> None:
    build = load_script("build_ui_translations")
    (tmp_path / "pyside6-lupdate.exe").write_bytes(b"")
    monkeypatch.setattr(build, "BIN", tmp_path)
    assert build._tool("pyside6-lupdate") == str(tmp_path / "pyside6-lupdate.exe")
