"""How an answer value is stored in the library's ``answer.value`` column: JSON text.

The JSON is core's (:func:`readiness_app.core.question_types.encode_answer_value`, the same as
in a ``.readiness`` file). Reading it back needs no questionnaire, so that a library opens
even when a questionnaire is missing; core checks each value against its question later.
"""

from __future__ import annotations

import json

from readiness_app.core.assessment import DONT_KNOW, AnswerValue
from readiness_app.core.question_types import encode_answer_value


def encode_value(value: AnswerValue) -> str:
    """An answer value as stored: core's JSON form, as compact text."""
    return json.dumps(encode_answer_value(value), ensure_ascii=False, allow_nan=False,
                      separators=(",", ":"))


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
