"""How an answer value is stored in the library's ``answer.value`` column: JSON text."""

from __future__ import annotations

import json

from readiness_app.core.assessment import DONT_KNOW, AnswerValue


def encode_value(value: AnswerValue) -> str:
    """An answer value as stored: JSON text (a list for multiple choice)."""
    if value is DONT_KNOW:
        return '{"dont_know":true}'
    if isinstance(value, frozenset):
        return json.dumps(sorted(value), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def decode_value(text: str) -> AnswerValue:
    """The answer value stored as ``text``; ValueError when it is not one."""
    data = json.loads(text)
    if isinstance(data, dict) and data == {"dont_know": True}:
        return DONT_KNOW
    if isinstance(data, list) and all(isinstance(v, str) for v in data):
        return frozenset(data)
    if isinstance(data, bool):
        raise ValueError("a stored answer is never true or false")
    if isinstance(data, int | float):
        return float(data)
    if isinstance(data, str):
        return data
    raise ValueError(f"not an answer value: {text[:40]!r}")
