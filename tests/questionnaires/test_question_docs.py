"""docs/questions.md must be exactly what scripts/build_question_docs.py writes today."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "docs" / "questions.md"


def _script() -> ModuleType:
    return load_script("build_question_docs")


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
