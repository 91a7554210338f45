"""Read YAML 1.2 text into plain Python data, remembering the line of every key and item.

ruamel.yaml's round-trip loader keeps positions, refuses duplicate keys and reads ``no``
as the string "no" (YAML 1.2). We convert its result to plain dicts, lists and scalars so
that nothing downstream depends on ruamel types, and we refuse what a questionnaire never
needs: anchors/aliases and merge keys (which can blow up in size), tags (``!!omap``,
``!python/...``), non-text keys, and control or invisible characters in text (terminal escapes,
bidirectional overrides). The limits on entries and nesting are enforced while parsing, one
node at a time, so a huge or deep file is refused before it is built in memory.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from readiness_app.core.errors import Problem
from readiness_app.core.text import unsafe_char

Path = tuple[str | int, ...]
MAX_NODES = 50_000  # keys, values and items in the whole file (uk_default has about 6,000)
MAX_DEPTH = 50  # levels of nesting
_MERGE_TAG = "tag:yaml.org,2002:merge"


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
    yaml.Composer = _limited_composer()
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
    except _Refused as exc:
        raise YamlReadError(Problem(source, "", exc.message, exc.line)) from None
    except RecursionError:
        raise YamlReadError(Problem(source, "", "the file is nested too deeply")) from None
    except (ValueError, OverflowError) as exc:  # a date that does not exist: 2026-02-30
        raise YamlReadError(Problem(source, "", f"not valid YAML: a value cannot be read "
                                                f"({str(exc)[:100]}); put quotes around a "
                                                "date that is meant as text")) from None
    positions: dict[Path, int] = {}
    converter = _Converter(source, positions)
    try:
        data = converter.convert(raw, ())
    except RecursionError:
        raise YamlReadError(Problem(source, "", "the file is nested too deeply")) from None
    return data, positions


class _Refused(Exception):
    """Raised by the composer as soon as the file breaks a rule."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.line: int | None = mark.line + 1 if mark is not None else None


if TYPE_CHECKING:
    from ruamel.yaml.composer import Composer


@lru_cache(maxsize=1)
def _limited_composer() -> type[Composer]:
    """ruamel's composer, refusing what the rules forbid as each node is read."""
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.events import AliasEvent
    from ruamel.yaml.nodes import MappingNode

    class LimitedComposer(Composer):
        nodes = 0
        levels = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            event = self.parser.peek_event()
            mark = event.start_mark
            if isinstance(event, AliasEvent) or event.anchor is not None:
                raise _Refused("anchors and aliases (& and *) are not supported", mark)
            tag = getattr(event, "ctag", None)
            if tag is not None and str(getattr(tag, "value", tag)) not in ("!", "None"):
                raise _Refused(f"tags such as {getattr(tag, 'value', tag)} are not supported",
                               mark)
            self.nodes += 1
            if self.nodes > MAX_NODES:
                raise _Refused(f"the file has more than {MAX_NODES:,} entries", mark)
            self.levels += 1
            if self.levels > MAX_DEPTH:
                raise _Refused(f"the file is nested more than {MAX_DEPTH} levels deep", mark)
            node = super().compose_node(parent, index)
            self.levels -= 1
            if isinstance(node, MappingNode):
                for key, _ in node.value:
                    if str(getattr(key.tag, "value", key.tag)) == _MERGE_TAG:
                        raise _Refused("merge keys (<<) are not supported", key.start_mark)
            return node

    return LimitedComposer


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

    def _check_text(self, text: str, path: Path) -> None:
        bad = unsafe_char(text)
        if bad is not None:
            raise self._fail(path, f"the text contains {bad}; write it without")

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
                self._check_text(key, (*path, key))
                result[key] = self.convert(value[key], (*path, key))
            return result
        if isinstance(value, CommentedSeq):
            items: list[Any] = []
            for index, item in enumerate(value):
                self.positions[(*path, index)] = value.lc.item(index)[0] + 1
                items.append(self.convert(item, (*path, index)))
            return items
        if type(value) is str:
            self._check_text(value, path)
            return value
        if value is None or type(value) in (int, float, bool):
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
            self._check_text(value, path)
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
