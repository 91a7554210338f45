"""docs/questions.md must be exactly what scripts/build_question_docs.py writes today."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "build_question_docs.py"
PAGE = REPO / "docs" / "questions.md"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_question_docs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_docs_questions_page_is_up_to_date() -> None:
    build = _script()
    expected = build.render(build.shipped_questionnaires())
    current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
    assert current == expected, (
        "docs/questions.md is out of date: run .venv/bin/python scripts/build_question_docs.py"
    )


def test_docs_page_lists_every_question_and_source_url() -> None:
    build = _script()
    questionnaires = build.shipped_questionnaires()
    page = PAGE.read_text(encoding="utf-8")
    for q in questionnaires:
        for question in q.questions:
            assert f"`{question.id}`" in page
            for source in question.sources:
                assert f"<{source.url}>" in page
        for action in q.actions:
            assert f"`{action.id}`" in page
