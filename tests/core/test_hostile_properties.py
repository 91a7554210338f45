"""Property tests with hostile input (issue 13): extreme timestamps, huge numbers, YAML tags and
special files never end in a traceback; each is accepted or refused naming the file."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness_app.core.assessment_file import (
    FIRST_YEAR,
    LAST_YEAR,
    read_assessment_bytes,
    read_assessment_file,
)
from readiness_app.core.errors import AssessmentFileError, InputFileError, QuestionnaireError
from readiness_app.core.questionnaire_loader import load_questionnaire, load_questionnaire_text
from readiness_app.core.support_directory import read_directory_file
from tests.core.strategies import (
    huge_numbers,
    make_special_file,
    special_files,
    timestamps,
    yaml_tags,
)
from tests.core.test_questionnaire_loader import BASE

ROOT = Path(__file__).parents[2]
CAFE = ROOT / "tests" / "data" / "assessments" / "cafe_quick_check.readiness"
SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def finder(quick_check_1_0):
    return lambda qid, version: quick_check_1_0 if (qid, version) == (
        quick_check_1_0.id, quick_check_1_0.version) else None


def _in_range(text: str) -> bool:
    stamp = datetime.fromisoformat(text)
    stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    try:
        return FIRST_YEAR <= stamp.astimezone(UTC).year <= LAST_YEAR
    except OverflowError:
        return False


@SETTINGS
@given(stamp=timestamps(), field=st.sampled_from(["created_at", "updated_at", "answered_at"]))
def test_any_timestamp_is_kept_or_refused_by_name(finder, stamp: str, field: str) -> None:
    data = json.loads(CAFE.read_text(encoding="utf-8"))
    if field == "answered_at":
        data["assessment"]["answers"][0][field] = stamp
    else:
        data["assessment"][field] = stamp
    try:
        assessment, _ = read_assessment_bytes(json.dumps(data).encode(), "t.readiness", finder)
    except AssessmentFileError as exc:
        assert not _in_range(stamp), str(exc)
        assert "1970 to 2200" in str(exc) and str(exc).startswith("t.readiness:")
        return
    assert _in_range(stamp)
    assessment.updated_at.astimezone(UTC)  # a time the library can store


@SETTINGS
@given(number=huge_numbers(), place=st.integers(0, 3))
def test_huge_numbers_anywhere_are_refused_by_name(finder, number: str, place: int) -> None:
    text = CAFE.read_text(encoding="utf-8")
    target = ['"value": 14', '"schema_version": 1', '"value": "sometimes"',
              '"note": "Owner thinks the till supplier does this; check."'][place]
    key = target.split(":")[0]
    changed = text.replace(target, f"{key}: {number}", 1)
    with pytest.raises(AssessmentFileError) as info:
        read_assessment_bytes(changed.encode(), "n.readiness", finder)
    assert str(info.value).startswith("n.readiness:")


@settings(max_examples=60, deadline=None)
@given(tag=yaml_tags(), line=st.sampled_from([3, 4, 6, 8, 13, 15, 20, 28]))
def test_yaml_tags_anywhere_are_refused_with_the_line(tag: str, line: int) -> None:
    lines = BASE.splitlines()
    key, sep, value = lines[line].partition(": ")
    if not sep:
        key, value = lines[line].rstrip(":"), "{}"
        sep = ": "
    lines[line] = f"{key}{sep}{tag} {value}"
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire_text("\n".join(lines) + "\n", "tagged.yaml")
    assert "tags" in str(info.value), str(info.value)


READERS = {
    "assessment": lambda path: read_assessment_file(path, lambda q, v: None),
    "questionnaire": load_questionnaire,
    "directory": read_directory_file,
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=special_files(), reader=st.sampled_from(sorted(READERS)))
def test_special_files_are_refused_by_every_reader(tmp_path: Path, kind: str,
                                                   reader: str) -> None:
    path = make_special_file(tmp_path / "special", kind)
    with pytest.raises(InputFileError) as info:
        READERS[reader](path)
    assert str(info.value).startswith(str(path)) and "cannot be read" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=special_files())
def test_special_branding_files_and_logos_are_refused(tmp_path: Path, kind: str) -> None:
    from readiness_app.report.branding import BrandingError, load_branding

    special = make_special_file(tmp_path / "special", kind)
    with pytest.raises(BrandingError):
        load_branding(special)
    branding = tmp_path / "branding.json"
    branding.write_text(json.dumps({"organisation": "Hub", "primary_colour": "#1F4E79",
                                    "accent_colour": "#E3A21A", "logo": "special"}))
    with pytest.raises(BrandingError) as info:
        load_branding(branding)
    assert str(special) in str(info.value)
