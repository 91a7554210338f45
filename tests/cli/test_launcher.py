"""`readiness-app` picks the GUI or the command line from its arguments."""

from __future__ import annotations

import pytest

from readiness_app import launcher


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], "gui"),
        (["gui"], "gui"),
        (["--data-dir", "/tmp/x"], "gui"),
        (["--data-dir=/tmp/x", "--no-dialogs"], "gui"),
        (["--data-dir", "/tmp/x", "gui"], "gui"),
        (["--help"], "cli"),
        (["--version"], "cli"),
        (["score", "f.readiness"], "cli"),
        (["--data-dir", "/tmp/gui", "list"], "cli"),  # a directory named like a command
    ],
)
def test_launcher_routes_arguments(argv, expected, monkeypatch) -> None:
    seen: list[tuple[str, list[str]]] = []
    import readiness_app.cli as cli
    import readiness_app.ui.app as app

    monkeypatch.setattr(app, "run_gui", lambda a: seen.append(("gui", list(a))) or 0)
    monkeypatch.setattr(cli, "main", lambda a: seen.append(("cli", list(a))) or 0)
    assert launcher.main(argv) == 0
    assert seen[0][0] == expected
    if expected == "gui":
        assert "gui" not in seen[0][1]
        assert [a for a in argv if a != "gui"] == seen[0][1]


def test_installed_command_goes_through_the_launcher() -> None:
    from importlib.metadata import entry_points

    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "readiness-app"]
    assert script.value == "readiness_app.launcher:main"
    assert script.load() is launcher.main
