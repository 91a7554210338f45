"""Fuzzing the import path: whatever the bytes, import either works or names the file and
the problem, and a failed import leaves the library exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.core.errors import AssessmentFileError
from readiness_app.storage.library import ConflictPolicy, Library
from readiness_app.storage.portable import ImportStatus, assessment_bytes, import_files

from .helpers import CAFE, dump

CAFE_BYTES = CAFE.read_bytes()
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                               max_size=4),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a JSON tree (a tuple of keys/indexes)."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    """The sample file with a few random changes: values replaced, keys removed or added."""
    data = json.loads(CAFE_BYTES)
    for _ in range(draw(st.integers(1, 4))):
        places = [p for p in _paths(data) if p]
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = data
        for step in place[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[place[-1]] = draw(json_values)
        elif action == "delete":
            del parent[place[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = draw(json_values)
        else:
            parent.append(draw(json_values))
    return json.dumps(data, ensure_ascii=draw(st.booleans())).encode("utf-8")


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    """The sample file cut short and with some bytes overwritten."""
    data = bytearray(CAFE_BYTES[: draw(st.integers(0, len(CAFE_BYTES)))])
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def _check_import(library: Library, folder: Path, data: bytes) -> None:
    path = folder / "fuzz.readiness"
    path.write_bytes(data)
    before = dump(library.path)
    (outcome,) = import_files(library, [path], ConflictPolicy.REPLACE, force=True).outcomes
    if outcome.status is ImportStatus.FAILED:
        assert isinstance(outcome.error, AssessmentFileError), outcome.error
        assert str(outcome.error).startswith(f"{path}: ")
        assert outcome.error.problems and all(p.source == str(path)
                                              for p in outcome.error.problems)
        assert dump(library.path) == before
        return
    assert outcome.status in (ImportStatus.IMPORTED, ImportStatus.REPLACED)
    # what was stored is what the file said, and it exports to a file that reads the same
    stored = library.get(outcome.assessment_id or "")
    find = library.questionnaire_finder()
    from_file, _ = read_assessment_bytes(data, str(path), find)
    assert stored == from_file
    again, _ = read_assessment_bytes(assessment_bytes(stored), "again", find)
    assert again == stored


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(library: Library, tmp_path: Path, data: bytes) -> None:
    _check_import(library, tmp_path, data)


@FUZZ
@given(data=mutated_files())
def test_mutated_json(library: Library, tmp_path: Path, data: bytes) -> None:
    _check_import(library, tmp_path, data)


@FUZZ
@given(data=damaged_files())
def test_truncated_and_damaged(library: Library, tmp_path: Path, data: bytes) -> None:
    _check_import(library, tmp_path, data)


@FUZZ
@given(depth=st.integers(1, 5000), opener=st.sampled_from(["[", '{"a":']))
def test_nesting(library: Library, tmp_path: Path, depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    _check_import(library, tmp_path, (opener * depth + "1" + closer * depth).encode())


@st.composite
def hostile_files(draw: st.DrawFn) -> bytes:
    """The sample file with one value replaced by an extreme timestamp or a huge number."""
    from tests.core.strategies import huge_numbers, timestamps

    data = json.loads(CAFE_BYTES)
    places = [p for p in _paths(data) if p]
    place = draw(st.sampled_from(places))
    parent = data
    for step in place[:-1]:
        parent = parent[step]
    parent[place[-1]] = "@@HOSTILE@@"
    if draw(st.booleans()):
        return json.dumps(data).replace('"@@HOSTILE@@"', draw(huge_numbers())).encode()
    return json.dumps(data).replace("@@HOSTILE@@", draw(timestamps())).encode()


@FUZZ
@given(data=hostile_files())
def test_extreme_dates_and_huge_numbers(library: Library, tmp_path: Path, data: bytes) -> None:
    _check_import(library, tmp_path, data)
