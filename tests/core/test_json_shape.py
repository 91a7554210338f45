"""The pydantic-free check of valid files (core.json_shape) agrees with the pydantic models.

It may say "not sure" (and let pydantic decide) as often as it likes, but whenever it accepts
data, the model must accept it too and give exactly the same values.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from readiness_app import resources
from readiness_app.core import assessment_file_schema, questionnaire_schema
from readiness_app.core.file_shapes import ASSESSMENT_FILE_SHAPE, QUESTIONNAIRE_SHAPES
from readiness_app.core.json_shape import conform
from readiness_app.core.yaml_source import read_yaml
from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]
ASSESSMENT_FILES = sorted((REPO / "examples").glob("*.readiness")) + sorted(
    (REPO / "tests" / "data" / "assessments").glob("*.readiness"))


def _script() -> ModuleType:
    return load_script("build_file_shapes")


def _typed(value: Any) -> Any:
    """Plain data with every leaf's type, so that 1 and 1.0 (or True) do not compare equal."""
    if isinstance(value, SimpleNamespace):
        value = vars(value)
    if isinstance(value, BaseModel):
        value = {name: getattr(value, name) for name in type(value).model_fields}
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_typed(item) for item in value]
    return (type(value).__name__, value)


def _samples() -> list[tuple[str, Any]]:
    """(model name, data) for every part of every shipped questionnaire and example file."""
    samples: list[tuple[str, Any]] = []
    for path in resources.questionnaire_paths():
        raw, _ = read_yaml(path.read_text(encoding="utf-8"), str(path))
        samples.append(("QuestionnaireHeaderSpec", raw))
        samples += [("QuestionSpec", item) for item in raw["questions"]]
        samples += [("ActionSpec", item) for item in raw["actions"]]
    for path in ASSESSMENT_FILES:
        samples.append(("FileSpec", json.loads(path.read_text(encoding="utf-8"))))
    return samples


SAMPLES = _samples()


def _check(name: str, data: Any) -> Any:
    """What conform says about ``data``, after checking it against the model."""
    if name == "FileSpec":
        schema, model = ASSESSMENT_FILE_SHAPE, assessment_file_schema.FileSpec
    else:
        schema, model = QUESTIONNAIRE_SHAPES[name], getattr(questionnaire_schema, name)
    shaped = conform(schema, data)
    if shaped is not None:
        try:
            validated = model.model_validate(data)
        except ValidationError as exc:  # pragma: no cover - the failure being tested for
            pytest.fail(f"conform accepted what {name} rejects: {exc}")
        assert _typed(shaped) == _typed(validated)
    return shaped


def test_the_committed_shapes_are_those_of_the_models() -> None:
    current = (REPO / "readiness_app" / "core" / "file_shapes.py").read_text(encoding="utf-8")
    assert current == _script().build(), (
        "readiness_app/core/file_shapes.py is out of date: run "
        ".venv/bin/python scripts/build_file_shapes.py")


def test_every_shipped_file_part_is_accepted_with_the_models_values() -> None:
    assert len(SAMPLES) > 50
    for name, data in SAMPLES:
        assert _check(name, data) is not None, name


@pytest.mark.parametrize(("name", "change", "why"), [
    ("QuestionSpec", {"id": "backups\n"}, "Python's $ matches before a final newline"),
    ("QuestionSpec", {"weight": True}, "True is not a number in strict mode"),
    ("QuestionSpec", {"weight": math.nan}, "NaN"),
    ("QuestionSpec", {"weight": 0}, "weight must be above 0"),
    ("QuestionSpec", {"min_value": 1}, "the field name instead of its alias"),
    ("QuestionSpec", {"colour": "red"}, "unknown field"),
    ("QuestionSpec", {"type": "date"}, "unknown question type"),
    ("QuestionSpec", {"text": {1: "x"}}, "a text keyed by a number"),
    ("ActionSpec", {"who": []}, "at least one actor"),
])
def test_doubtful_or_wrong_data_is_left_to_pydantic(name: str, change: dict[str, Any],
                                                   why: str) -> None:
    base = next(data for kind, data in SAMPLES if kind == name)
    assert _check(name, base) is not None
    assert _check(name, {**copy.deepcopy(base), **change}) is None, why


def test_answer_values_keep_their_json_type() -> None:
    data = next(copy.deepcopy(d) for kind, d in SAMPLES if kind == "FileSpec")
    answers = data["assessment"]["answers"]
    answers[:4] = [{"question": "a", "value": 3}, {"question": "b", "value": 2.5},
                   {"question": "c", "value": ["x"]}, {"question": "d", "value": None}]
    shaped = _check("FileSpec", data)
    assert shaped is not None
    values = [a.value for a in shaped.assessment.answers[:4]]
    assert values == [3, 2.5, ["x"], None]
    assert type(values[0]) is int and type(values[1]) is float


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=True)
    | st.text(max_size=5) | st.sampled_from(["yes", "no", "S", "owner", "cyber", "1.0", "en"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                max_size=3),
    max_leaves=6,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_changed_part_is_accepted_only_when_the_model_agrees(data: st.DataObject) -> None:
    name, original = data.draw(st.sampled_from(SAMPLES))
    changed = copy.deepcopy(original)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(_paths(changed)[1:] or [()]))
        if not path:
            break
        parent = changed
        for part in path[:-1]:
            parent = parent[part]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = data.draw(_JSON)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[data.draw(st.text(max_size=6))] = data.draw(_JSON)
    _check(name, changed)
