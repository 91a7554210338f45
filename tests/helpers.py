"""Helpers several test modules share: answers and firms for plans, the plan's text, small
questionnaires written in YAML, and running the command line on a data folder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

import pytest

from readiness_app.core.assessment import Answer, Assessment, FirmProfile
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.report_content import ReportContent

DATA = Path(__file__).parent / "data"
CAFE = DATA / "assessments" / "cafe_quick_check.readiness"
PLAN_DAY = dt.date(2026, 12, 1)  # the day test plans are made on

# ----------------------------------------------------------------------------- plans


def top_answers(questionnaire: Questionnaire, **changes: object) -> dict[str, Answer]:
    """The best answer to every scored question with options (every box but "none of
    these" on a tick-all question), then ``changes`` (``cyber__backups="none"`` answers
    cyber.backups)."""
    best: dict[str, Answer] = {}
    for q in questionnaire.questions:
        if q.options and q.is_scored:
            if q.type.value == "multi":
                value: object = frozenset(o.id for o in q.options if not o.exclusive)
            else:
                value = max(q.options, key=lambda o: o.score).id
            best[q.id] = Answer(q.id, value)  # type: ignore[arg-type]
    for key, value in changes.items():
        question_id = key.replace("__", ".")
        best[question_id] = Answer(question_id, value)  # type: ignore[arg-type]
    return best


def assessment_of(
    firm: FirmProfile, questionnaire: Questionnaire, answers: Mapping[str, Answer]
) -> Assessment:
    """A new assessment of ``firm`` holding ``answers`` as given (not checked one by one)."""
    return dataclasses.replace(Assessment.start(firm, questionnaire), answers=dict(answers))


def plan_content(questionnaire: Questionnaire, assessment: Assessment) -> ReportContent:
    """What the PDF plan says, made on :data:`PLAN_DAY`."""
    from readiness_app.services.plan_pdf import report_content

    return report_content(questionnaire, assessment, today=PLAN_DAY)


# ----------------------------------------------------------------------------- small questionnaires

SOURCES = (
    "    sources:\n"
    '      - {name: A guide, section: One, url: "https://example.org", version: "1"}\n'
)
AREA_A = "  - {id: a, title: {en: A}, weight: 1, description: {en: Area A}}\n"
DO_IT = """\
  - id: do-it
    area: a
    title: {en: "Do it"}
    what: {en: "Do it well"}
    first_step: {en: "Start"}
    effort: S
    cost: none
    timeframe: 30_days
    who: [owner]
    topic: cyber
    triggers:
      - {question: a.q, answers: ["no"]}
    # action-extra
"""


def yes_no_yaml(question_id: str, text: str, *, no_score: int = 0, extra: str = "") -> str:
    """A yes-or-no question (in the area its id starts with); ``extra`` lines go before
    its options."""
    return (
        f"  - id: {question_id}\n    area: {question_id.split('.')[0]}\n"
        f'    type: yes_no\n    text: {{en: "{text}"}}\n    help: {{en: "Help"}}\n'
        f'    why: {{en: "Why"}}\n{extra}    options:\n      - {{id: "yes", score: 4}}\n'
        f'      - {{id: "no", score: {no_score}}}\n{SOURCES}'
    )


def small_questionnaire_yaml(areas: str, questions: str, actions: str = "") -> str:
    """The YAML of questionnaire "small" version 1 with these areas, questions and actions
    (each the items of its list)."""
    head = (
        'format: 1\nid: small\nversion: "1"\ntitle: {en: Small}\nlanguage: en\n'
        "description: {en: A small questionnaire}\n"
    )
    text = f"{head}areas:\n{areas}questions:\n{questions}"
    return text + f"actions:\n{actions}" if actions else text


# ----------------------------------------------------------------------------- command line


def run_cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    """Run ``readiness-app --data-dir DATA_DIR ARGS``: exit code, output, errors."""
    from readiness_app.cli import main

    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def load_script(name: str) -> ModuleType:
    """The module of ``scripts/<name>.py`` (the scripts are not a package), loaded once."""
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def renamed_copy(source: Path, folder: Path, name: str) -> Path:
    """A copy of the assessment file ``source`` in ``folder`` whose firm is called ``name``
    (the same assessment id: importing it meets the stored one)."""
    data = json.loads(source.read_text(encoding="utf-8"))
    data["assessment"]["firm"]["name"] = name
    copy = folder / f"renamed-{source.name}"
    copy.write_text(json.dumps(data), encoding="utf-8")
    return copy
