"""Hostile values at the file boundary (issue 13): extreme dates, huge numbers, control and
invisible characters. Each is refused with a message naming the file, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness_app.core.assessment import Answer, Assessment, FirmProfile
from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.errors import AssessmentFileError, QuestionnaireError, SupportDirectoryError
from readiness_app.core.questionnaire_loader import load_questionnaire_text
from readiness_app.core.support_directory import (
    COLUMNS,
    DirectoryFile,
    read_directory_text,
)
from tests.core.test_questionnaire_loader import BASE

ROOT = Path(__file__).parents[2]
CAFE = ROOT / "tests" / "data" / "assessments" / "cafe_quick_check.readiness"


@pytest.fixture(scope="module")
def finder(quick_check_1_0):
    return lambda qid, version: quick_check_1_0 if (qid, version) == (
        quick_check_1_0.id, quick_check_1_0.version) else None


def printable(text: str, one_line: bool = False) -> str:
    from readiness_app.core.text import printable as shown

    return shown(text, one_line=one_line)


def _cafe() -> dict:
    return json.loads(CAFE.read_text(encoding="utf-8"))


def _read(text: str, finder) -> tuple[Assessment, object]:
    return read_assessment_bytes(text.encode("utf-8"), "odd.readiness", finder)


# --------------------------------------------------------------------------- dates (items 1, 2)


@pytest.mark.parametrize("field", ["created_at", "updated_at", "answered_at"])
@pytest.mark.parametrize("stamp", [
    "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59+00:00",
    "1969-12-31T23:59:59+00:00", "2201-01-01T00:00:00+00:00",
])
def test_dates_outside_1970_to_2200_are_refused(finder, field: str, stamp: str) -> None:
    data = _cafe()
    if field == "answered_at":
        data["assessment"]["answers"][0][field] = stamp
    else:
        data["assessment"][field] = stamp
    with pytest.raises(AssessmentFileError) as info:
        _read(json.dumps(data), finder)
    message = str(info.value)
    assert message.startswith("odd.readiness:")
    assert "1970" in message and "2200" in message and stamp[:10] in message


def test_dates_at_the_edges_of_the_range_are_kept(finder) -> None:
    data = _cafe()
    data["assessment"]["created_at"] = "1970-01-01T00:00:00+00:00"
    data["assessment"]["updated_at"] = "2200-12-31T23:59:59+00:00"
    assessment, _ = _read(json.dumps(data), finder)
    assert assessment.updated_at.year == 2200


# --------------------------------------------------------------------------- numbers (item 2)


@pytest.mark.parametrize(("number", "words"), [
    ("9" * 400, "400 digits"),
    ("9" * 5000, "5,000 digits"),
    ("-" + "9" * 4301, "4,301 digits"),
    ("1e400", "too large"),
    ("-1e999", "too large"),
])
def test_huge_numbers_are_refused_with_the_file_named(finder, number: str, words: str) -> None:
    text = CAFE.read_text(encoding="utf-8").replace('"value": 14', f'"value": {number}')
    assert number in text
    with pytest.raises(AssessmentFileError) as info:
        _read(text, finder)
    assert str(info.value).startswith("odd.readiness:")
    assert words in str(info.value)


# ---------------------------------------------------------------- invisible characters (13)


@pytest.mark.parametrize("char", ["\u202e", "\u202a", "\u2066", "\u2069", "\u200f", "\u061c",
                                  "\u200b", "\u200d", "\u2060", "\ufeff"])
def test_bidi_and_zero_width_characters_are_removed_from_firm_details(char: str) -> None:
    firm = FirmProfile(f"Acme{char} Ltd{char}", f"Retail{char}", postcode=f"LS1{char} 1AA")
    assert (firm.name, firm.sector, firm.postcode) == ("Acme Ltd", "Retail", "LS1 1AA")


def test_a_name_of_only_invisible_characters_is_empty() -> None:
    from readiness_app.core.errors import AnswerError

    with pytest.raises(AnswerError, match="cannot be empty"):
        FirmProfile("\u202e\u200b")


def test_spoofed_firm_name_in_a_file_is_neutralised(finder) -> None:
    data = _cafe()
    data["assessment"]["firm"]["name"] = "Harbour \u202eeeffoC\u202c Ltd"
    data["assessment"]["answers"][0]["note"] = "check\u200b this\u2066"
    assessment, _ = _read(json.dumps(data), finder)
    assert assessment.firm.name == "Harbour eeffoC Ltd"
    assert assessment.answers["cyber.backups"].note == "check this"


def test_notes_and_text_answers_lose_invisible_characters(quick_check) -> None:
    start = Assessment.start(FirmProfile("Acme"), quick_check)
    after = start.with_answer(quick_check, Answer("people.comments", "fine\u202e ok",
                                                  note="n\u200bote"))
    answer = after.answers["people.comments"]
    assert (answer.value, answer.note) == ("fine ok", "note")


# --------------------------------------------------------------------------- printing (item 6)


def test_printable_escapes_control_bidi_and_zero_width_characters() -> None:
    raw = "a\x1b[2J\x1b]8;;https://x\x07b\x00\x9b\u202e\u200b\x7fc\nd\te"
    shown = printable(raw)
    assert shown == ("a\\x1b[2J\\x1b]8;;https://x\\x07b\\x00\\x9b\\u202e\\u200b\\x7fc\nd\te")
    assert printable("Tŷ Coffi — café") == "Tŷ Coffi — café"
    assert printable("a\nb", one_line=True) == "a\\x0ab"


# --------------------------------------------------------------------------- questionnaires (6)

MINI = BASE.replace("title: {en: Mini}", "title: {en: {TITLE}}")


def test_the_mini_questionnaire_loads() -> None:
    assert load_questionnaire_text(MINI.replace("{TITLE}", "Mini"), "mini.yaml").id == "mini"


@pytest.mark.parametrize("escape", [r"\e[2J", r"\e]8;;https://evil.example\a", r"\0",
                                    r"\x9b31m", r"\u202e", r"\u200b", r"\r"])
def test_control_characters_in_questionnaire_texts_are_refused(escape: str) -> None:
    text = MINI.replace("{TITLE}", f'"Mini {escape} x"')
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire_text(text, "mini.yaml")
    message = str(info.value)
    assert "mini.yaml:4" in message and "character" in message
    assert printable(message) == message  # the message itself holds none raw


# --------------------------------------------------------------------------- directories (6, 9)


def _directory(**values: str) -> str:
    row = {
        "id": "hub-test", "name": "Test Hub", "kind": "growth_hub", "coverage_level": "lad",
        "coverage_codes": "E08000035", "website": "https://hub.example.org",
        "topics": "finance", "verified": "yes", "source": "hub's own page",
        "source_date": "2026-10", "compiled": "2026-11-01", "front_door": "yes",
    }
    row.update(values)
    return ",".join(COLUMNS) + "\n" + ",".join(row.get(c, "") for c in COLUMNS) + "\n"


@pytest.mark.parametrize("value", ["Hub \x1b[2J", "Hub \x9b2J", "Hub \u202ebuH", "Hub\u200b"])
def test_control_and_invisible_characters_in_directory_cells_are_refused(value: str) -> None:
    with pytest.raises(SupportDirectoryError) as info:
        read_directory_text(_directory(name=value), "hub.csv")
    assert "hub.csv" in str(info.value) and "name" in str(info.value)
    assert printable(str(info.value)) == str(info.value)


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1969-12-31", "2201-01-01"])
def test_a_directory_compiled_outside_1970_to_2200_is_refused(day: str) -> None:
    with pytest.raises(SupportDirectoryError) as info:
        read_directory_text(_directory(compiled=day), "hub.csv")
    assert "compiled" in str(info.value) and "1970" in str(info.value)


def test_staleness_never_fails_at_the_end_of_the_calendar() -> None:
    import datetime as dt

    file = DirectoryFile("x.csv", dt.date(9999, 12, 31), 1, "default")
    assert file.is_stale(dt.date(9999, 12, 31)) is False
