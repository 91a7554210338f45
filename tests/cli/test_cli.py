"""The command line, run as a user would: exit codes, text and JSON output."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from readiness_app.cli import build_parser, main
from readiness_app.core.action_plan import build_plan
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.scoring import score_assessment

DATA = Path(__file__).parents[1] / "data"
CAFE = DATA / "assessments" / "cafe_quick_check.readiness"
ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_works_for_every_command(capsys) -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"validate", "score", "plan"} <= set(commands)
    for command in commands:
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and "usage: readiness-app" in out


def test_unknown_command_is_a_usage_error(capsys) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "invalid choice" in err


def test_validate_good_files(capsys) -> None:
    code, out, err = run(capsys, "validate", str(ROOT / "questionnaires" / "quick_check.yaml"),
                         str(CAFE))
    assert code == 0, err
    assert "questionnaire quick-check version 1.2" in out
    assert "assessment of 'Harbour Café Ltd'" in out


def test_validate_lists_every_problem_and_exits_1(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = (ROOT / "questionnaires" / "quick_check.yaml").read_text(encoding="utf-8")
    text = text.replace("area: investment\n    type: scale", "area: investmant\n    type: scale", 1)
    text = text.replace("effort: S\n", "effort: XS\n", 1)
    bad.write_text(text, encoding="utf-8")
    broken = tmp_path / "broken.readiness"
    broken.write_bytes(CAFE.read_bytes()[:200])
    code, _, err = run(capsys, "validate", str(bad), str(broken))
    assert code == 1
    assert f"{bad}:" in err and "unknown area 'investmant' (did you mean 'investment'?)" in err
    assert "effort" in err and "XS" in err
    assert f"{broken}" in err and "cut short" in err
    assert "2 of 2 file(s) failed validation" in err


def test_score_json_is_what_core_computes(capsys, quick_check_1_0) -> None:
    code, out, _ = run(capsys, "score", str(CAFE), "--json")
    assert code == 0
    data = json.loads(out)
    assessment, _ = read_assessment_bytes(CAFE.read_bytes(), str(CAFE),
                                          lambda i, v: quick_check_1_0)
    expected = score_assessment(quick_check_1_0, assessment)  # the file's own version
    assert data["overall"] == pytest.approx(expected.overall, abs=0.01)
    assert data["level"]["id"] == expected.level.id
    assert [a["id"] for a in data["areas"]] == ["investment", "cyber", "people"]
    assert data["dont_know"] == ["people.monitoring_told"]
    assert data["firm"] == "Harbour Café Ltd"


def test_score_text_explains_the_answers(capsys) -> None:
    code, out, _ = run(capsys, "score", str(CAFE))
    assert code == 0
    assert "Overall: 29 / 100, Developing" in out
    assert "cyber.two_step: No  [0/4, +0.0, -25.0]" in out
    assert "! critical gap" in out


def test_plan_json_follows_prerequisites(capsys, quick_check_1_0) -> None:
    code, out, _ = run(capsys, "plan", str(CAFE), "--json")
    assert code == 0
    data = json.loads(out)
    ids = [a["id"] for a in data["actions"]]
    assessment, _ = read_assessment_bytes(CAFE.read_bytes(), str(CAFE),
                                          lambda i, v: quick_check_1_0)
    assert ids == [a.id for a in build_plan(quick_check_1_0, assessment).actions]
    for index, action in enumerate(data["actions"]):
        for before in action["follows"]:
            assert ids.index(before) < index
    assert ids.index("set-up-backups") < ids.index("get-cyber-essentials")


def test_plan_text_has_periods_and_first_steps(capsys) -> None:
    code, out, _ = run(capsys, "plan", str(CAFE))
    assert code == 0
    assert "Next 30 days" in out and "Next 12 months" in out
    assert "First step:" in out and "[quick win" in out
    assert "Gain if done: +25.0 in Cyber security" in out
    assert "To check (answered \"don't know\")" in out


def test_plan_text_names_what_an_action_waits_for_by_its_number_and_title(capsys) -> None:
    code, out, _ = run(capsys, "plan", str(EXAMPLES / "wales-bakery-carmarthen.readiness"))
    assert code == 0
    numbered = dict(re.findall(r"^(\d+)\. (.+?)(?:  \[.*\])?$", out, re.MULTILINE))
    waits = re.findall(r"^   After: (.+)$", out, re.MULTILINE)
    assert waits, "the bakery's plan has actions that wait for others"
    for line in waits:
        for item in line.split("; "):
            number, title = item.split(". ", 1)
            assert numbered[number] == title  # never an internal id


def test_missing_file_is_a_clear_error(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "nope.readiness"
    code, _, err = run(capsys, "score", str(missing))
    assert code == 1
    assert str(missing) in err and "cannot be read" in err


@pytest.mark.parametrize(("name", "limit"), [("big.readiness", 5 * 1024 * 1024),
                                             ("big.yaml", 2 * 1024 * 1024)])
def test_each_kind_of_file_is_refused_at_its_own_limit(capsys, tmp_path: Path, name: str,
                                                       limit: int) -> None:
    big = tmp_path / name
    big.write_bytes(b" " * (limit + 1))
    code, _, err = run(capsys, "validate", str(big))
    assert code == 1
    assert f"{big}: the file is {limit + 1:,} bytes; the limit is {limit:,}" in err


def test_extra_questionnaire_option(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "variant.yaml"
    bad.write_text("format: 1\nid: x\n", encoding="utf-8")
    code, _, err = run(capsys, "score", str(CAFE), "--questionnaire", str(bad))
    assert code == 1 and str(bad) in err


def test_installed_console_script_runs() -> None:
    script = Path(sys.executable).parent / "readiness-app"
    result = subprocess.run([str(script), "score", str(CAFE)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "Harbour Café Ltd" in result.stdout


def test_score_json_gives_the_held_headline_and_the_what_if(capsys, tmp_path: Path,
                                                           uk_default) -> None:
    """A nearly perfect firm without backups and two-step sign-in is not "94, Developing"."""
    from dataclasses import replace as copy

    from readiness_app.core.assessment import Assessment, FirmProfile
    from readiness_app.core.assessment_file import assessment_to_json
    from tests.core.test_scoring import _nearly_perfect

    assessment = copy(Assessment.start(FirmProfile("Nearly Perfect Ltd"), uk_default),
                      answers=_nearly_perfect(uk_default))
    path = tmp_path / "nearly.readiness"
    path.write_text(assessment_to_json(assessment), encoding="utf-8")
    code, out, _ = run(capsys, "score", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["overall"] == 49.0 and data["overall_uncapped"] > 90
    assert data["level"]["id"] == "developing" and data["level_capped"] is True
    assert sorted(data["critical_gaps"]) == ["cyber.backups", "cyber.two_step"]
    assert data["overall_if_critical_gaps_fixed"] > 80
    code, out, _ = run(capsys, "score", str(path))
    assert "Overall: 49 / 100, Developing (held down by a critical gap)" in out
    assert "2 critical gaps hold the score at 49 (Developing)" in out


def test_plan_json_is_the_documented_interface(capsys) -> None:
    """docs/plan-json.md: every action has these keys; periods are the four names."""
    code, out, _ = run(capsys, "plan", str(EXAMPLES / "wales-bakery-carmarthen.readiness"),
                       "--json")
    assert code == 0
    data = json.loads(out)
    assert data["plan_format"] == 1
    assert {"hours_per_month", "budget"} <= set(data["means"])
    assert [p["period"] for p in data["periods"]] == ["30_days", "3_months", "12_months"]
    for action in data["actions"]:
        assert {"id", "title", "period", "critical", "triggered_by", "topic", "support",
                "effort", "cost", "gain_overall", "gain_area", "why_later"} <= set(action)
        assert action["period"] in {"30_days", "3_months", "12_months", "later"}
        for contact in action["support"]:
            assert {"id", "name", "topic", "scope"} <= set(contact)
    periods = [a["period"] for a in data["actions"]]
    assert periods == sorted(periods, key=["30_days", "3_months", "12_months",
                                           "later"].index)
    cyber = next(a for a in data["actions"] if a["topic"] == "cyber")
    assert cyber["support"][0]["id"] == "crc-wales"  # not Business Wales's general line


def test_the_command_table_matches_what_each_module_registers() -> None:
    """--help lists commands from a table, without importing their modules: it must say
    what the modules themselves register, in order."""
    import argparse
    from importlib import import_module

    from readiness_app.cli import _COMMAND_HELP, _COMMANDS

    found: dict[str, tuple[str, str]] = {}
    for name in _COMMANDS:
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers()
        import_module(f"readiness_app.cli.{name}").register(subparsers)
        for action in subparsers._choices_actions:
            found[action.dest] = (name, str(action.help))
    assert list(found.items()) == list(_COMMAND_HELP.items())


def test_help_and_one_command_import_only_what_they_need() -> None:
    """`--help` imports no command module; `score FILE` only the score command's."""
    import subprocess
    import sys

    probe = ("import sys; from readiness_app.cli import main; main(sys.argv[1:]); "
             "print(sorted(m for m in sys.modules if m.startswith('readiness_app.cli.')))")

    def imported(*args: str) -> str:
        done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True,
                              text=True, cwd=ROOT, check=False)
        return done.stdout.strip().splitlines()[-1]

    assert imported("--help") == "['readiness_app.cli._common']"
    assert imported("score", str(CAFE)) == \
        "['readiness_app.cli._common', 'readiness_app.cli.score']"


@pytest.mark.parametrize("argv", [["--help"], ["report", "--help"], ["pack", "install", "--help"]])
def test_help_fits_the_terminal(argv: list[str], monkeypatch, capsys) -> None:
    """Help is wrapped at the terminal's width (the parser is built without measuring it)."""
    shown = {}
    for columns in (50, 150):
        monkeypatch.setenv("COLUMNS", str(columns))
        assert main(argv) == 0
        shown[columns] = capsys.readouterr().out.splitlines()
    assert len(shown[50]) > len(shown[150])
    assert max(len(line) for line in shown[50]) <= 55  # argparse lets a long option run over
    assert max(len(line) for line in shown[150]) > 80


@pytest.mark.parametrize("language, said", [
    ("en", "this is a bug, please report it"), ("cy", "nam yw hwn, rhowch wybod amdano")])
def test_a_bug_is_one_line_and_its_details_go_to_the_log(language: str, said: str,
                                                         tmp_path: Path, monkeypatch,
                                                         capsys) -> None:
    """A failure nobody foresaw prints no traceback: one line saying so and where the
    details are; the traceback is in the data folder's log."""
    import readiness_app.cli.score as score_command

    def broken(args) -> int:
        raise RuntimeError("boom in the scorer")

    monkeypatch.setattr(score_command, "run", broken)
    example = EXAMPLES / "england-joinery-leeds.readiness"
    code = main(["--data-dir", str(tmp_path), "score", str(example), "--language", language])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert said in err and "RuntimeError: boom in the scorer" in err
    log = tmp_path / "logs" / "cli-errors.log"
    assert str(log) in err
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert "boom in the scorer" in log.read_text(encoding="utf-8")
