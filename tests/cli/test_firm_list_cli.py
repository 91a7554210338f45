"""`readiness-app list` as an adviser uses it: one row per firm, filters by sector, local
authority, level and area below a level, sorting, and the same in --json."""

from __future__ import annotations

import json
from pathlib import Path

from readiness_app.cli import main
from readiness_app.cli.library import _LEVELS
from readiness_app.core.questionnaire import DEFAULT_LEVELS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _names(out: str) -> list[str]:
    return [a["firm"]["name"] for a in json.loads(out)["assessments"]]


def test_list_filters_and_sorts_firms_like_the_app(capsys, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    files = sorted(str(p) for p in EXAMPLES.glob("*.readiness"))
    code, _, err = run(capsys, data_dir, "import", *files)
    assert code == 0, err
    code, out, _ = run(capsys, data_dir, "list", "--json", "--latest-per-firm")
    rows = {a["firm"]["name"]: a for a in json.loads(out)["assessments"]}
    joinery = next(a for name, a in rows.items() if "Joinery" in name)
    assert joinery["firm"]["sector_section"] == "C"
    assert joinery["firm"]["local_authority"] == "Leeds"
    assert {"next_review", "change_since_previous", "level"} <= set(joinery)
    code, out, _ = run(capsys, data_dir, "list", "--json", "--authority", "Leeds")
    assert _names(out) == [joinery["firm"]["name"]]
    code, out, _ = run(capsys, data_dir, "list", "--json", "--sector", "q")
    assert [rows[n]["firm"]["sector_section"] for n in _names(out)] == ["Q"]
    code, out, _ = run(capsys, data_dir, "list", "--json", "--search", "leeds")
    assert _names(out) == [joinery["firm"]["name"]]
    level = joinery["level"]
    code, out, _ = run(capsys, data_dir, "list", "--json", "--level", level)
    assert joinery["firm"]["name"] in _names(out)
    assert all(rows[n]["level"] == level for n in _names(out))
    code, out, _ = run(capsys, data_dir, "list", "--json", "--area-below", "advanced",
                       "--area", "cyber")
    assert all(rows[n]["areas"]["cyber"] < 75 for n in _names(out)) and _names(out)
    code, out, _ = run(capsys, data_dir, "list", "--json", "--sort", "authority")
    authorities = [rows[n]["firm"]["local_authority"] for n in _names(out)]
    assert authorities == sorted(authorities)
    code, out, _ = run(capsys, data_dir, "list", "--sort", "sector")
    assert code == 0 and "Authority" in out.splitlines()[0]


def test_the_cli_levels_are_core_s_levels() -> None:
    assert tuple(level.id for level in DEFAULT_LEVELS) == _LEVELS


def test_an_unknown_section_is_a_usage_error(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path / "data", "list", "--sector", "Z")
    assert code == 2 and "--sector" in err
