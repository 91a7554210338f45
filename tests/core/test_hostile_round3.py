"""Hostile input, third round: what a fuzz run over every file reader still found.

Each test is the smallest file that broke a reader before its fix."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.errors import AssessmentFileError, SupportDirectoryError
from readiness_app.core.strict_json import read_strict_json
from readiness_app.core.support_directory import COLUMNS, read_directory_text
from readiness_app.core.text import printable
from readiness_app.core.yaml_source import YamlReadError, read_yaml

CAFE = Path(__file__).parents[1] / "data" / "assessments" / "cafe_quick_check.readiness"


@pytest.fixture(scope="module")
def finder(quick_check_1_0):
    return lambda qid, version: (
        quick_check_1_0 if (qid, version) == (quick_check_1_0.id, quick_check_1_0.version) else None
    )


# ------------------------------------------------- lone surrogates ("\ud800" escapes)
# Python's json and YAML readers turn such an escape into a string no UTF-8 file, SQLite
# database, PDF or terminal can take: the PDF, the import and printing all failed on it.


@pytest.mark.parametrize("escape", ["\\ud800", "\\uDFFF", "\\udc00x"])
def test_a_lone_surrogate_in_an_assessment_is_refused_by_name(finder, escape: str) -> None:
    text = CAFE.read_text(encoding="utf-8")
    name = json.loads(text)["assessment"]["firm"]["name"]
    hostile = text.replace(json.dumps(name, ensure_ascii=False), f'"Cafe {escape}"')
    with pytest.raises(AssessmentFileError) as info:
        read_assessment_bytes(hostile.encode(), "odd.readiness", finder)
    assert "odd.readiness" in str(info.value) and "surrogate" in str(info.value)


def test_a_lone_surrogate_in_a_key_is_refused() -> None:
    with pytest.raises(AssessmentFileError, match="surrogate"):
        read_strict_json('{"a": [{"\\ud800": 1}]}', "k.json", "a file", AssessmentFileError)


def test_a_real_pair_of_surrogates_is_one_character_and_kept() -> None:
    assert read_strict_json('{"a": "\\ud83d\\ude00"}', "k.json", "a file") == {"a": "\U0001f600"}


def test_a_lone_surrogate_in_yaml_is_refused_with_its_line() -> None:
    with pytest.raises(YamlReadError) as info:
        read_yaml('id: q\ntitle: "Cafe \\ud800"\n', "q.yaml")
    assert info.value.problem.line == 2 and "surrogate" in info.value.problem.message


def test_a_lone_surrogate_is_printed_as_an_escape() -> None:
    shown = printable("Cafe \ud800")
    assert shown == "Cafe \\ud800"
    shown.encode("utf-8")  # a terminal can take it


# ------------------------------------------------- support directory: linear-time checks


def test_a_cell_of_thousands_of_bad_codes_is_refused_quickly() -> None:
    """Thousands of repeated, invalid area codes in one cell took half a minute a row (every
    code compared with every other); a hostile file must be judged at once."""
    row = {
        "id": "hub-test",
        "name": "Test Hub",
        "kind": "growth_hub",
        "coverage_level": "lad",
        "coverage_codes": ";".join(["E0"] * 20_000),
        "website": "https://hub.example.org",
        "topics": "finance",
        "verified": "yes",
        "source": "hub's own page",
        "source_date": "2026-10",
        "compiled": "2026-11-01",
        "front_door": "yes",
    }
    text = ",".join(COLUMNS) + "\n" + ",".join(row.get(c, "") for c in COLUMNS) + "\n"
    start = time.monotonic()
    with pytest.raises(SupportDirectoryError) as info:
        read_directory_text(text, "hub.csv")
    assert time.monotonic() - start < 5
    assert "hub.csv" in str(info.value) and "listed twice: E0" in str(info.value)


# ------------------------------------------------- YAML: a date that does not exist


@pytest.mark.parametrize("day", ["2026-02-30", "2025-13-01", "2026-01-01 25:00:00"])
def test_a_date_that_does_not_exist_in_yaml_is_refused_by_name(day: str) -> None:
    """ruamel raised a bare ValueError (a traceback from `validate`)."""
    with pytest.raises(YamlReadError) as info:
        read_yaml(f"id: q\nreviewed: {day}\n", "q.yaml")
    assert info.value.problem.source == "q.yaml"
    assert "not valid YAML" in info.value.problem.message
