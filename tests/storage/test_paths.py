"""Where the data folder is: --data-dir, then READINESS_DATA_DIR, then the user data dir."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from readiness_app.storage import paths


def test_the_option_wins_over_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.data_dir(tmp_path / "option") == tmp_path / "option"
    assert paths.data_dir() == tmp_path / "env"
    assert paths.data_dir("  ") == tmp_path / "env"  # a blank option is no option


def test_without_either_it_is_the_platform_user_data_dir(monkeypatch) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    expected = Path(platformdirs.user_data_dir("readiness-app", "Readiness", roaming=False))
    assert paths.data_dir() == expected
    assert expected.name == "readiness-app" or "readiness-app" in expected.parts
    monkeypatch.setenv(paths.ENV_DATA_DIR, "   ")
    assert paths.data_dir() == expected  # a blank variable is ignored


def test_relative_and_home_paths_are_made_absolute(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.data_dir("rel") == tmp_path / "rel"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir("~/lib") == tmp_path / "home" / "lib"


def test_files_inside_the_data_dir(tmp_path: Path) -> None:
    assert paths.library_path(tmp_path) == tmp_path / "library.sqlite3"
    assert paths.backup_dir(tmp_path) == tmp_path / "backups"
