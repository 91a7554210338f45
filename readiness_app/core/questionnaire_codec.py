"""A validated :class:`~.questionnaire.Questionnaire` as JSON text and back.

The loader keeps this form of a questionnaire that passed every check (the *checked* cache),
so that a later run reading the same bytes skips the checks. Only the questionnaire model's
own classes can come out of it; anything else in the text (a damaged or edited entry) makes
:func:`decode` return None, and the loader then checks the file in full.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from readiness_app.core import questionnaire as model
from readiness_app.core.cache_hash import cache_hash

# Part of every checked-cache key: change it whenever this encoding changes.
FORM_VERSION = "2"

_DATACLASSES: dict[str, type[Any]] = {
    name: cls
    for name, cls in vars(model).items()
    if isinstance(cls, type) and cls.__module__ == model.__name__ and dataclasses.is_dataclass(cls)
}
_ENUMS: dict[str, type[Enum]] = {
    name: cls
    for name, cls in vars(model).items()
    if isinstance(cls, type) and cls.__module__ == model.__name__ and issubclass(cls, Enum)
}
# A one-key JSON object whose key starts so is a tagged value: "$Class": [its fields in
# order, trailing defaults left out], "#Enum": value, "~s": [a frozenset's items]. Any other
# object is a mapping of text to text (its keys never start so: such a questionnaire is just
# not cached); a list is a tuple.
_TAGS = ("$", "#", "~")

# The modules whose code decides what a questionnaire file becomes (the checks, the model,
# the translations, this encoding): a change to any of them makes every checked entry stale.
_CODE = (
    "questionnaire_loader",
    "questionnaire",
    "question_types",
    "questionnaire_schema",
    "questionnaire_translation",
    "translation_files",
    "questionnaire_variant",
    "file_shapes",
    "json_shape",
    "yaml_source",
    "i18n",
    "assessment",
    "errors",
    "files",
    "text",
    "questionnaire_codec",
)
_stamp: list[str] = []


def code_stamp() -> str:
    """A hash of the loader's code files (name, size and modification time of each, as
    Python's own bytecode cache does) and of the program running them (a frozen build has
    no such files: its executable and the app's version stand for them), worked out once
    per process."""
    if not _stamp:
        import sys

        from readiness_app import __version__

        parts = [FORM_VERSION, __version__]
        folder = Path(__file__).parent
        for path in (*(folder / f"{name}.py" for name in _CODE), Path(sys.executable)):
            try:
                found = path.stat()
                parts.append(f"{path.name}:{found.st_size}:{found.st_mtime_ns}")
            except OSError:
                parts.append(f"{path.name}:?")
        _stamp.append(cache_hash("\0".join(parts).encode()).hexdigest())
    return _stamp[0]


def encode(questionnaire: model.Questionnaire) -> str:
    """The questionnaire as JSON text (its ``source_name`` too); TypeError for a value this
    encoding cannot hold (the questionnaire is then just not cached)."""
    return json.dumps(_encode(questionnaire), ensure_ascii=False, separators=(",", ":"))


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return {f"#{type(value).__name__}": value.value}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [f for f in dataclasses.fields(value) if f.init]
        values = [getattr(value, f.name) for f in fields]
        while fields and _is_default(fields[-1], values[-1]):
            fields.pop()
            values.pop()
        return {f"${type(value).__name__}": [_encode(item) for item in values]}
    if isinstance(value, tuple):
        if any(isinstance(item, tuple | list) for item in value):
            raise TypeError("a tuple of tuples")
        return [_encode(item) for item in value]
    if isinstance(value, frozenset):
        return {"~s": sorted((_encode(item) for item in value), key=json.dumps)}
    if isinstance(value, Mapping):
        if any(not isinstance(key, str) or key.startswith(_TAGS) for key in value):
            raise TypeError("a mapping key this encoding cannot hold")
        return {key: _encode(item) for key, item in value.items()}
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def _is_default(field: dataclasses.Field[Any], value: Any) -> bool:
    """True when ``value`` is the field's default, of the very same type (1 is not 1.0)."""
    default = field.default
    return default is not dataclasses.MISSING and type(value) is type(default) and value == default


def decode(text: str) -> model.Questionnaire | None:
    """The questionnaire :func:`encode` wrote; None when the text is anything else."""
    try:
        found = json.loads(text, object_hook=_object)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None
    return found if isinstance(found, model.Questionnaire) else None


def _object(value: dict[str, Any]) -> Any:
    """One JSON object, innermost first: a tagged one becomes what its tag names."""
    if len(value) != 1:
        return value
    for tag, item in value.items():
        first = tag[:1]
        if first == "$":
            if type(item) is not list:
                raise TypeError(tag)
            if tag == "$LocalText":  # a third of all objects: no tuple among its fields
                return model.LocalText(*item)
            return _DATACLASSES[tag[1:]](*[tuple(a) if type(a) is list else a for a in item])
        if first == "#":
            return _ENUMS[tag[1:]](item)
        if tag == "~s":
            if type(item) is not list:
                raise TypeError(tag)
            return frozenset(item)
        if first == "~":
            raise KeyError(tag)
    return value


__all__ = ["FORM_VERSION", "code_stamp", "decode", "encode"]
