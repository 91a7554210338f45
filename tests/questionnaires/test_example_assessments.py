"""The sample assessments in examples/ read back cleanly and cover what issue 4 asks for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.assessment import Assessment, Status, shown_questions
from readiness_app.core.assessment_file import FILE_SUFFIX, read_assessment_bytes
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.questionnaire_loader import load_questionnaires
from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob(f"*{FILE_SUFFIX}"))
CATALOGUE = load_questionnaires(resources.questionnaire_paths())

# Postcode areas (the letters at the start of the outward code) by nation; the examples
# need one firm in each. Scottish and Welsh lists are the areas wholly in those nations.
NATION_AREAS = {
    "Northern Ireland": {"BT"},
    "Scotland": {"AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA",
                 "PH", "TD", "ZE"},
    "Wales": {"CF", "LD", "LL", "NP", "SA"},
}
POSTCODE = re.compile(r"^([A-Z]{1,2})[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}$")


def _find(questionnaire_id: str, version: str) -> Questionnaire | None:
    return CATALOGUE.find(questionnaire_id, version)


def _read(path: Path) -> tuple[Assessment, Questionnaire]:
    return read_assessment_bytes(path.read_bytes(), str(path), _find)


def _nation(postcode: str) -> str:
    match = POSTCODE.match(postcode)
    assert match, f"{postcode!r} does not look like a UK postcode"
    for nation, areas in NATION_AREAS.items():
        if match.group(1) in areas:
            return nation
    return "England"


def test_there_are_four_examples() -> None:
    assert not CATALOGUE.errors
    assert len(EXAMPLES) == 4, [p.name for p in EXAMPLES]


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_reads_back_without_problems(path: Path) -> None:
    assessment, questionnaire = _read(path)
    assert assessment.answers
    assert questionnaire.id == assessment.questionnaire_id
    shown = {q.id for q in shown_questions(questionnaire, assessment.answers)}
    hidden_answers = set(assessment.answers) - shown
    assert not hidden_answers, f"answers to questions the firm is not asked: {hidden_answers}"
    if assessment.status is Status.COMPLETE:
        missing = shown - set(assessment.answers)
        assert not missing, f"complete, but unanswered: {sorted(missing)}"


def test_examples_cover_the_nations_sizes_and_questionnaires() -> None:
    read = [_read(p)[0] for p in EXAMPLES]
    assert {_nation(a.firm.postcode) for a in read} == {
        "England", "Scotland", "Wales", "Northern Ireland"}
    assert len({a.firm.size_band for a in read}) >= 3
    assert len({a.firm.sector for a in read}) == len(read)
    ids = [a.questionnaire_id for a in read]
    assert ids.count("uk-default") >= 2 and ids.count("quick-check") >= 1
    assert {a.status for a in read} == {Status.COMPLETE, Status.IN_PROGRESS}
    welsh = [a for a in read if _nation(a.firm.postcode) == "Wales"]
    assert any(set(a.firm.name) & set("ŵŷŴŶ") for a in welsh)


def test_examples_match_the_script_that_builds_them() -> None:
    module = load_script("build_examples")
    for name, text in module.render_all().items():
        assert (REPO / "examples" / name).read_text(encoding="utf-8") == text, (
            f"examples/{name} is out of date: run .venv/bin/python scripts/build_examples.py")
