"""Read YAML 1.2 text into plain Python data, remembering the line of every key and item.

ruamel.yaml's round-trip loader keeps positions, refuses duplicate keys and reads ``no``
as the string "no" (YAML 1.2). We convert its result to plain dicts, lists and scalars so
that nothing downstream depends on ruamel types, and we refuse what a questionnaire never
needs: anchors/aliases (which can blow up in size), custom tags and non-text keys.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readiness_app.core.errors import Problem

Path = tuple[str | int, ...]
MAX_NODES = 200_000


class YamlReadError(Exception):
    """The text is not usable YAML; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_yaml(text: str, source: str) -> tuple[Any, dict[Path, int]]:
    """Parse ``text``; return the data and a map from each key/item path to its 1-based line."""
    from ruamel.yaml import YAML  # imported here: start-up usually reads parsed files
    from ruamel.yaml.error import YAMLError

    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        raw = yaml.load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem_text = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        message = f"not valid YAML: {problem_text}"
        if context and "duplicate" in str(context):
            message = f"not valid YAML: {context} ({problem_text})"
        raise YamlReadError(Problem(source, "", message, line)) from None
    except RecursionError:
        raise YamlReadError(Problem(source, "", "the file is nested too deeply")) from None
    positions: dict[Path, int] = {}
    converter = _Converter(source, positions)
    try:
        data = converter.convert(raw, ())
    except RecursionError:
        raise YamlReadError(Problem(source, "", "the file is nested too deeply")) from None
    return data, positions


class _Converter:
    def __init__(self, source: str, positions: dict[Path, int]) -> None:
        self.source = source
        self.positions = positions
        self.seen: set[int] = set()
        self.nodes = 0

    def _fail(self, path: Path, message: str) -> YamlReadError:
        return YamlReadError(
            Problem(self.source, format_path(path), message, line_of(self.positions, path))
        )

    def convert(self, value: Any, path: Path) -> Any:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq
        from ruamel.yaml.scalarbool import ScalarBoolean

        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self._fail(path, f"the file has more than {MAX_NODES} entries")
        if isinstance(value, CommentedMap | CommentedSeq):
            if id(value) in self.seen:
                raise self._fail(path, "anchors and aliases (& and *) are not supported")
            self.seen.add(id(value))
            if getattr(value, "tag", None) is not None and value.tag.value is not None:
                raise self._fail(path, f"tags such as {value.tag.value} are not supported")
        if isinstance(value, CommentedMap):
            result: dict[str, Any] = {}
            for key in value:
                line = value.lc.key(key)[0] + 1
                if not isinstance(key, str):
                    self.positions[(*path, str(key))] = line
                    raise self._fail((*path, str(key)), "keys must be text")
                self.positions[(*path, key)] = line
                result[key] = self.convert(value[key], (*path, key))
            return result
        if isinstance(value, CommentedSeq):
            items: list[Any] = []
            for index, item in enumerate(value):
                self.positions[(*path, index)] = value.lc.item(index)[0] + 1
                items.append(self.convert(item, (*path, index)))
            return items
        if value is None or type(value) in (str, int, float, bool):
            return value
        if isinstance(value, ScalarBoolean):
            return bool(value)
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, int):
            return int(value)
        if isinstance(value, float):
            return float(value)
        if isinstance(value, str):
            if getattr(value, "tag", None) is not None:  # a TaggedScalar-like string
                raise self._fail(path, "tags (!...) are not supported")
            return str(value)
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()[:10] if not isinstance(value, dt.datetime) else str(value)
        raise self._fail(path, "tags (!...) and special values are not supported")


def line_of(positions: dict[Path, int], path: Path) -> int | None:
    """The line of ``path`` or of its nearest ancestor that has one."""
    probe = tuple(path)
    while probe:
        if probe in positions:
            return positions[probe]
        probe = probe[:-1]
    return None


def format_path(path: Path) -> str:
    """``("questions", 2, "options")`` -> ``questions[2].options``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
