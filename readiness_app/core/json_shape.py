"""Check plain data against the file formats without loading pydantic.

The file formats are defined once, as pydantic models (``questionnaire_schema`` and
``assessment_file_schema``); ``scripts/build_file_shapes.py`` writes their JSON schemas into
:mod:`readiness_app.core.file_shapes`. :func:`conform` checks data against such a schema and
builds plain records with the models' field names and defaults. It only ever says yes when
the pydantic model would accept the data and give the same values; for anything it is not
sure of (a problem, or a schema feature it does not know) it says no, and the caller then
asks the model itself, which also words the problems. Valid files, the usual case, are
therefore read without pydantic (about a fifth of a second of start-up).
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

_NO = object()  # the data does not surely fit
_KNOWN_KEYS = frozenset({
    "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems",
    "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "enum", "const", "default", "anyOf", "$ref", "$defs", "x-name",
})
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "null": (type(None),), "array": (list,), "object": (dict,),
}


def conform(schema: Mapping[str, Any], data: Any) -> Any | None:
    """``data`` as records (``SimpleNamespace``) if it surely fits ``schema``, else None."""
    result = _value(schema, data, schema.get("$defs", {}))
    return None if result is _NO else result


@lru_cache(maxsize=64)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _value(schema: Mapping[str, Any], value: Any, defs: Mapping[str, Any]) -> Any:
    if not _KNOWN_KEYS.issuperset(schema):
        return _NO
    if "$ref" in schema:
        name = str(schema["$ref"]).removeprefix("#/$defs/")
        return _value(defs[name], value, defs) if name in defs else _NO
    if "anyOf" in schema:
        branches = list(schema["anyOf"])
        if type(value) is int:  # pydantic prefers the exact type: 3 stays an int
            branches.sort(key=lambda b: b.get("type") != "integer")
        for branch in branches:
            result = _value(branch, value, defs)
            if result is not _NO:
                return result
        return _NO
    # Exact types: pydantic's strict mode takes no look-alikes (True is not 1, "1" is not 1).
    kind = schema.get("type")
    if kind not in _TYPES or type(value) not in _TYPES[kind]:
        return _NO
    if "const" in schema and (type(value) is not type(schema["const"])
                              or value != schema["const"]):
        return _NO
    if "enum" in schema and not any(type(value) is type(e) and value == e
                                    for e in schema["enum"]):
        return _NO
    if kind == "string":
        return value if _string_fits(schema, value) else _NO
    if kind in ("integer", "number"):
        if isinstance(value, float) and not math.isfinite(value):
            return _NO
        if not _number_fits(schema, value):
            return _NO
        return float(value) if kind == "number" else value
    if kind == "array":
        return _array(schema, value, defs)
    if kind == "object":
        return _object(schema, value, defs)
    return value  # boolean, null


def _string_fits(schema: Mapping[str, Any], value: str) -> bool:
    if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", math.inf):
        return False
    pattern = schema.get("pattern")
    # "$" also matches before a final newline in Python but not in pydantic: leave those out
    return pattern is None or ("\n" not in value and _pattern(pattern).search(value) is not None)


def _number_fits(schema: Mapping[str, Any], value: float) -> bool:
    low: float = schema.get("minimum", -math.inf)
    high: float = schema.get("maximum", math.inf)
    above: float = schema.get("exclusiveMinimum", -math.inf)
    below: float = schema.get("exclusiveMaximum", math.inf)
    return low <= value <= high and above < value < below


def _array(schema: Mapping[str, Any], value: list[Any], defs: Mapping[str, Any]) -> Any:
    if not schema.get("minItems", 0) <= len(value) <= schema.get("maxItems", math.inf):
        return _NO
    items = schema.get("items", {})
    if not items:
        return list(value)
    result = [_value(items, item, defs) for item in value]
    return _NO if any(r is _NO for r in result) else result


def _object(schema: Mapping[str, Any], value: dict[Any, Any], defs: Mapping[str, Any]) -> Any:
    if not all(type(key) is str for key in value):
        return _NO
    properties: Mapping[str, Any] | None = schema.get("properties")
    extra = schema.get("additionalProperties", True)
    if properties is None:
        if not isinstance(extra, Mapping) or schema.get("required"):
            return _NO
        result = {key: _value(extra, item, defs) for key, item in value.items()}
        return _NO if any(r is _NO for r in result.values()) else result
    if extra is not False or not set(value) <= set(properties):
        return _NO
    fields: dict[str, Any] = {}
    for key, field in properties.items():
        if key in value:
            fields[field.get("x-name", key)] = _value(field, value[key], defs)
        elif "default" in field:
            fields[field.get("x-name", key)] = copy.deepcopy(field["default"])
        else:
            return _NO  # required and missing
    if any(r is _NO for r in fields.values()):
        return _NO
    return SimpleNamespace(**fields)
