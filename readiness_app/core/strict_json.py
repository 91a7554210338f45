"""Reading JSON from a user's file strictly: one reader for every such file.

The text must be UTF-8 (a byte-order mark is allowed) and plain JSON: no duplicate keys in
an object, no NaN or Infinity, no number longer than ``MAX_DIGITS`` digits or too large to
use, nesting at most ``MAX_DEPTH`` levels deep (refused before the parser recurses into it).
Anything else raises the caller's error type with one problem naming the file.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from readiness_app.core.errors import InputFileError
from readiness_app.core.i18n import T_, Text

MAX_DEPTH = 32  # the deepest nesting of objects and lists
MAX_DIGITS = 30  # the most digits a number may have
_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair: no character at all


class _Refused(ValueError):
    """The JSON is well formed but holds something a user's file may not."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)
        self.message = message


def read_strict_json(
    data: bytes | str, source: str, what: str, error_type: type[InputFileError] = InputFileError
) -> Any:
    """The JSON value in ``data``, read strictly; ``error_type`` naming ``source`` when it
    cannot be used. ``what`` names the kind of file in messages (``T_("an assessment file")``
    so that it is translated with them)."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise error_type.single(
                source,
                T_("is not UTF-8 text (bad byte at position {position}); it may be damaged or "
                   "not {what}", position=exc.start, what=what),
            ) from None
    elif data.startswith("\ufeff"):
        data = data[1:]
    if _too_deep(data):
        raise error_type.single(
            source, T_("is nested more than {depth} levels deep; it is not {what}",
                       depth=MAX_DEPTH, what=what)
        )

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise _Refused(T_('has the key "{key}" twice in one object', key=key[:40]))
            result[key] = value
        return result

    def no_constant(name: str) -> Any:
        raise _Refused(T_("contains {name}, which is not a number {what} may hold",
                          name=name, what=what))

    def integer(text: str) -> int:
        digits = len(text.lstrip("-"))
        if digits > MAX_DIGITS:
            raise _Refused(T_("contains a number with {digits} digits; numbers in {what} have "
                              "at most {most}", digits=f"{digits:,}", what=what,
                              most=MAX_DIGITS))
        return int(text)

    def finite(text: str) -> float:
        number = float(text)
        if not math.isfinite(number):
            raise _Refused(T_("contains the number {number}, which is too large to use",
                              number=text[:40]))
        return number

    try:
        value = json.loads(
            data,
            object_pairs_hook=no_duplicates,
            parse_constant=no_constant,
            parse_int=integer,
            parse_float=finite,
        )
        if "\\u" in data and _has_surrogate(value):  # only a \uXXXX escape can make one
            raise _Refused(T_("contains a \\u escape that is half of a character (a lone "
                              "surrogate); it may be damaged or not {what}", what=what))
        return value
    except json.JSONDecodeError as exc:
        end = data.rstrip()
        cut = exc.pos >= len(end) or not end.endswith(("}", "]"))
        fields = {"line": exc.lineno, "column": exc.colno, "detail": exc.msg}
        message = (T_("is not valid JSON at line {line}, column {column}: {detail} (the file "
                      "seems to be cut short)", **fields) if cut else
                   T_("is not valid JSON at line {line}, column {column}: {detail}", **fields))
    except _Refused as exc:
        message = exc.message
    except RecursionError:
        message = T_("is nested too deeply; it is not {what}", what=what)
    raise error_type.single(source, message) from None


def _has_surrogate(value: Any) -> bool:
    """Whether a string anywhere in ``value`` (keys too) holds a lone surrogate, which no
    file, database or terminal can store as UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(item) for item in value)
    return False


def _too_deep(text: str) -> bool:
    """Whether objects and lists outside strings nest more than ``MAX_DEPTH`` levels."""
    depth = 0
    in_string = False
    escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif char in "]}":
            depth -= 1
    return False
