"""Golden files: the score and plan of every example, exactly as `--json` prints them.

Any change to scoring, the plan, the shipped questionnaires or the examples changes one of
tests/data/golden/*.json. If the change is intended, run

    .venv/bin/python scripts/update_golden.py

and review ``git diff tests/data/golden`` before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "data" / "golden"
EXAMPLES = sorted((REPO / "examples").glob("*.readiness"))
HOW_TO_UPDATE = ("if this change is intended, run .venv/bin/python scripts/update_golden.py "
                 "and review `git diff tests/data/golden` before committing")


def _script() -> ModuleType:
    return load_script("update_golden")


update_golden = _script()


def test_every_example_has_golden_files_and_no_golden_file_is_stale() -> None:
    assert EXAMPLES, "no examples/*.readiness"
    expected = {f"{p.stem}.{c}.json" for p in EXAMPLES for c in ("score", "plan")}
    present = {p.name for p in GOLDEN.glob("*.json")}
    assert present == expected, HOW_TO_UPDATE


@pytest.mark.parametrize("command", ["score", "plan"])
@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_json_output_matches_the_golden_file(example: Path, command: str) -> None:
    golden = GOLDEN / f"{example.stem}.{command}.json"
    assert golden.is_file(), f"{golden.name} is missing: {HOW_TO_UPDATE}"
    printed = update_golden.cli_json(command, example)
    expected_text = golden.read_text(encoding="utf-8")
    if printed != expected_text:
        # compare the parsed data first, so pytest shows which value moved
        assert json.loads(printed) == json.loads(expected_text), HOW_TO_UPDATE
        assert printed == expected_text, f"same data, different layout: {HOW_TO_UPDATE}"


def test_golden_plans_start_from_the_golden_scores() -> None:
    # the plan's starting point is the score command's result (the files agree with each other)
    for example in EXAMPLES:
        score = json.loads((GOLDEN / f"{example.stem}.score.json").read_text(encoding="utf-8"))
        plan = json.loads((GOLDEN / f"{example.stem}.plan.json").read_text(encoding="utf-8"))
        firm = score.pop("firm")
        assert plan["firm"] == firm
        assert plan["answers_to_check"] == score.pop("answers_to_check")
        assert plan["score"] == score
