"""``recover --language cy``: each row that could not be read or copied is named with the
reason in Welsh (issue 20); English by default. Names, ids and SQLite's own words stay."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from readiness_app.cli import main
from tests.cli.test_welsh_cli import EXAMPLES, english_left


@pytest.fixture
def damaged(capsys, data_dir: Path) -> Path:
    """The example firms, one with a damaged answer and one whose status is unreadable."""
    assert main(["--data-dir", str(data_dir), "import", *map(str, EXAMPLES)]) == 0
    capsys.readouterr()
    with sqlite3.connect(data_dir / "library.sqlite3") as conn:
        becws = "(SELECT pk FROM assessment WHERE firm_name LIKE 'Becws%')"
        conn.execute(f"UPDATE answer SET value = '{{not json' WHERE assessment_pk = {becws} "
                     f"AND question_id = (SELECT MIN(question_id) FROM answer WHERE "
                     f"assessment_pk = {becws})")
        conn.execute("PRAGMA ignore_check_constraints = ON")  # damage past the checks
        conn.execute("UPDATE assessment SET status = 'lost' WHERE firm_name NOT LIKE 'Becws%' "
                     "AND pk = (SELECT MIN(pk) FROM assessment WHERE firm_name NOT LIKE "
                     "'Becws%')")
    return data_dir


def _recover(capsys, folder: Path, target: Path, *language: str) -> tuple[int, str]:
    code = main(["--data-dir", str(folder), "recover", "-o", str(target), *language])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_rows_left_behind_are_named_in_welsh(capsys, damaged, tmp_path) -> None:
    code, text = _recover(capsys, damaged, tmp_path / "rescued", "--language", "cy")
    assert code == 1 and english_left(text) == [], text
    assert "Becws Tŷ Melyn Cyf" in text and "wedi'i ddifrodi" in text
    assert "; fe'i gadawyd allan" in text  # the damaged answer
    assert "gyda 18 ateb; roedd y llyfrgell a ddifrodwyd yn cyfrif 19" in text
    code, text = _recover(capsys, damaged, tmp_path / "rescued", "--language", "cy")
    assert code == 1 and "mae gan y ffolder hwn lyfrgell eisoes" in text  # nothing overwritten
    assert english_left(text) == [], text


def test_in_english_by_default(capsys, damaged, tmp_path) -> None:
    code, text = _recover(capsys, damaged, tmp_path / "rescued")
    assert code == 1 and "is damaged" in text and "it was left out" in text
