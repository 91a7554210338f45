"""``cohort --language cy``: an assessment left out because its questionnaire is not
installed is named with the reason in Welsh (issue 20); English by default."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from readiness_app.cli import main
from tests.cli.test_welsh_cli import EXAMPLES, english_left


@pytest.fixture
def library(capsys, data_dir: Path) -> Path:
    """The four example firms, one of them made with a questionnaire version not installed."""
    assert main(["--data-dir", str(data_dir), "import", *map(str, EXAMPLES)]) == 0
    capsys.readouterr()
    with sqlite3.connect(data_dir / "library.sqlite3") as conn:
        conn.execute("UPDATE assessment SET questionnaire_version = '9.9' WHERE firm_name LIKE "
                     "'Becws%'")
    return data_dir


def _cohort(capsys, library: Path, tmp_path: Path, *language: str) -> tuple[int, str]:
    code = main(["--data-dir", str(library), "cohort", "--csv", str(tmp_path / "csv"),
                 *language])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_left_out_assessment_is_explained_in_welsh(capsys, library, tmp_path) -> None:
    code, text = _cohort(capsys, library, tmp_path, "--language", "cy")
    assert code == 0 and english_left(text) == [], text
    (line,) = [t for t in text.splitlines() if "gadawyd allan" in t]
    assert "Becws Tŷ Melyn Cyf (" in line and "fersiwn 9.9 wedi'i osod" in line


def test_in_english_by_default(capsys, library, tmp_path) -> None:
    code, text = _cohort(capsys, library, tmp_path)
    assert code == 0
    assert "warning: left out Becws Tŷ Melyn Cyf (" in text and "9.9 is not installed" in text
