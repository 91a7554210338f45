"""Questionnaire variants: a file with ``extends: uk-default`` that changes another questionnaire.

A variant names its base and says only what differs::

    format: 1
    extends: uk-default          # the base questionnaire's id
    base_version: "1.3"          # optional: refuse any other version of the base
    id: fellside-check
    version: "1"
    title: {en: Fellside readiness check}
    remove:
      questions: [investment.grants]
      actions: [apply-for-grant]
    questions:
      - id: cyber.backups        # an id the base has: the fields given replace the base's
        help: {en: "Ask Fellside Growth Hub for our backup checklist."}
      - id: fellside.broadband   # a new id: a new question, placed after place_after
        place_after: cyber.backups
        area: investment
        ...
    actions: [...]               # the same rules as questions
    areas: [...]                 # the same rules (override fields, or add an area)

Header fields given in the variant (title, description, languages, levels, ...) replace the
base's. The result is an ordinary questionnaire and is validated like one; a problem in a part
that came from the base names the base file and line, a problem in the variant's own part names
the variant's. Removing a question that a remaining question or action still refers to is
reported at the ``remove`` line, with the item that refers to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readiness_app.core.errors import Problem, QuestionnaireError
from readiness_app.core.text import did_you_mean
from readiness_app.core.yaml_source import Path as DataPath
from readiness_app.core.yaml_source import format_path, line_of

LISTS = ("areas", "questions", "actions")
VARIANT_KEYS = {"extends", "base_version", "remove"}
PLACE_KEY = "place_after"


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A questionnaire file's plain data, the line of each key and item, and its name."""

    raw: Any
    positions: Mapping[DataPath, int]
    source: str


@dataclass(slots=True)
class Merged:
    """A variant with its base applied: plain questionnaire data, lines and each part's file."""

    raw: dict[str, Any]
    positions: dict[DataPath, int] = field(default_factory=dict)
    origins: dict[DataPath, str] = field(default_factory=dict)

    def origin(self, path: DataPath) -> str | None:
        """The file the part at ``path`` came from (nearest part that knows)."""
        probe = tuple(path)
        while probe:
            if probe in self.origins:
                return self.origins[probe]
            probe = probe[:-1]
        return self.origins.get(())


FindBase = Callable[[str], ParsedFile | None]


def is_variant(raw: Any) -> bool:
    """True when the file's data says ``extends``."""
    return isinstance(raw, dict) and "extends" in raw


class BaseFinder:
    """Finds a base questionnaire by id among files, parsing each at most once.

    ``parse`` turns a path into a :class:`ParsedFile` (raising QuestionnaireError when it
    cannot); files that cannot be parsed, and other variants, are never bases.
    """

    def __init__(self, paths: Iterable[Path], parse: Callable[[Path], ParsedFile],
                 parse_with_lines: Callable[[Path], ParsedFile] | None = None) -> None:
        self._paths = list(paths)
        self._parse = parse
        self._parse_with_lines = parse_with_lines
        self._parsed: dict[Path, ParsedFile | None] = {}

    def with_lines(self) -> BaseFinder | None:
        """A finder that parses the files themselves (for line numbers in messages), when this
        one read some from a cache without them; None when it has nothing to add."""
        if self._parse_with_lines is None or all(
                p is None or p.positions for p in self._parsed.values()):
            return None
        return BaseFinder(self._paths, self._parse_with_lines)

    def __call__(self, questionnaire_id: str, version: str | None = None) -> ParsedFile | None:
        """The parsed file whose ``id`` is ``questionnaire_id`` (and ``version``, when given:
        an earlier version kept in the archive), if any; the first found otherwise."""
        for path in self._paths:
            if path not in self._parsed:
                try:
                    self._parsed[path] = self._parse(path)
                except QuestionnaireError:
                    self._parsed[path] = None
            parsed = self._parsed[path]
            if parsed is not None and isinstance(parsed.raw, dict) \
                    and parsed.raw.get("id") == questionnaire_id \
                    and (version is None or str(parsed.raw.get("version")) == version):
                return parsed
        return None

    def known_ids(self) -> list[str]:
        """Ids of the files parsed so far (for 'did you mean')."""
        return [p.raw["id"] for p in self._parsed.values()
                if p is not None and isinstance(p.raw, dict) and isinstance(p.raw.get("id"), str)]


def resolve_variant(raw: dict[str, Any], positions: Mapping[DataPath, int], source: str,
                    find_base: FindBase | None) -> Merged:
    """The variant ``raw`` applied to its base; QuestionnaireError lists every problem of the
    variant's own (unknown base, unknown ids to remove or override, dangling references)."""
    return _Resolver(raw, positions, source, find_base).run()


class _Resolver:
    def __init__(self, raw: dict[str, Any], positions: Mapping[DataPath, int], source: str,
                 find_base: FindBase | None) -> None:
        self.raw = raw
        self.positions = positions
        self.source = source
        self.find_base = find_base
        self.problems: list[Problem] = []
        self.own = ParsedFile(raw, positions, source)
        self._groups: dict[int, dict[DataPath, list[tuple[DataPath, int]]]] = {}

    def problem(self, path: DataPath, message: str) -> None:
        self.problems.append(Problem(self.source, format_path(path), message,
                                     line_of(dict(self.positions), path)))

    def fail(self) -> QuestionnaireError:
        return QuestionnaireError(self.source, self.problems)

    def run(self) -> Merged:
        base = self._base()
        if base is None:
            raise self.fail()
        merged = Merged({})
        merged.origins[()] = self.source
        base_raw: dict[str, Any] = base.raw
        # the header: the base's, then the variant's fields on top
        for key, value in base_raw.items():
            if key not in LISTS:
                merged.raw[key] = value
                self._copy(merged, base, (key,), (key,))
        for key, value in self.raw.items():
            if key not in LISTS and key not in VARIANT_KEYS:
                merged.raw[key] = value
                self._copy(merged, self.own, (key,), (key,))
        if self.raw.get("id") == base_raw.get("id"):
            self.problem(("id",), f"a variant needs its own id, not its base's "
                         f"('{base_raw.get('id')}')")
        removed = self._removals(base_raw)
        for name in LISTS:
            self._merge_list(name, base, removed.get(name, {}), merged)
        self._dangling(merged, removed)
        if self.problems:
            raise self.fail()
        return merged

    def _base(self) -> ParsedFile | None:
        base_id = self.raw.get("extends")
        if not isinstance(base_id, str) or not base_id.strip():
            self.problem(("extends",), "must be the id of the questionnaire this one changes, "
                         "e.g. uk-default")
            return None
        wanted = self.raw.get("base_version")
        base = None
        if self.find_base is not None:
            # a variant pinned to an earlier version keeps extending it while the app ships it
            if wanted is not None and isinstance(self.find_base, BaseFinder):
                base = self.find_base(base_id, str(wanted))
            base = base or self.find_base(base_id)
        if base is None:
            known = self.find_base.known_ids() if isinstance(self.find_base, BaseFinder) else []
            self.problem(("extends",), f"unknown questionnaire '{base_id}'"
                         + did_you_mean(base_id, known))
            return None
        if is_variant(base.raw):
            self.problem(("extends",), f"'{base_id}' is itself a variant; extend the "
                         "questionnaire it is made from instead")
            return None
        if wanted is not None and str(wanted) != str(base.raw.get("version")):
            self.problem(("base_version",), f"this variant was made for {base_id} version "
                         f"{wanted}, but this app has version {base.raw.get('version')}; "
                         "check the changes and update base_version")
            return None
        for key in ("questions", "actions", "areas"):
            if key in self.raw and not isinstance(self.raw[key], list):
                self.problem((key,), "must be a list")
        return base

    def _removals(self, base_raw: dict[str, Any]) -> dict[str, dict[str, DataPath]]:
        """For each list, the ids removed and where the variant says so."""
        spec = self.raw.get("remove")
        removed: dict[str, dict[str, DataPath]] = {}
        if spec is None:
            return removed
        if not isinstance(spec, dict):
            self.problem(("remove",), "must map questions, actions or areas to lists of ids")
            return removed
        for key, ids in spec.items():
            if key not in LISTS:
                self.problem(("remove", key), f"unknown field '{key}'"
                             + did_you_mean(str(key), list(LISTS)))
                continue
            if not isinstance(ids, list):
                self.problem(("remove", key), "must be a list of ids")
                continue
            existing = _ids(base_raw.get(key))
            for i, item in enumerate(ids):
                if not isinstance(item, str) or item not in existing:
                    self.problem(("remove", key, i), f"the base has no {key[:-1]} '{item}'"
                                 + did_you_mean(str(item), list(existing)))
                else:
                    removed.setdefault(key, {})[item] = ("remove", key, i)
        return removed

    def _merge_list(self, name: str, base: ParsedFile, removed: Mapping[str, DataPath],
                    merged: Merged) -> None:
        # each item: (data, [(from file, from path, fields from it or None for all)])
        items: list[_Item] = []
        base_items = base.raw.get(name)
        for j, item in enumerate(base_items if isinstance(base_items, list) else []):
            if isinstance(item, dict) and item.get("id") in removed:
                continue
            items.append((dict(item) if isinstance(item, dict) else item,
                          [(base, (name, j), None)]))
        own_items = self.raw.get(name)
        for k, item in enumerate(own_items if isinstance(own_items, list) else []):
            path: DataPath = (name, k)
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                self.problem(path, "each item needs an id: an id the base has changes that "
                             "item, a new id adds one")
                continue
            fields = {key: value for key, value in item.items() if key != PLACE_KEY}
            index = next((i for i, (data, _) in enumerate(items)
                          if isinstance(data, dict) and data.get("id") == item["id"]), None)
            if index is not None:
                if PLACE_KEY in item:
                    self.problem((*path, PLACE_KEY), "place_after is for new items; this id "
                                 "is already in the base")
                data, sources = items[index]
                data.update(fields)
                sources.append((self.own, path, set(fields)))
                continue
            if item["id"] in removed:
                self.problem((*path, "id"), f"'{item['id']}' is removed above; remove it or "
                             "change it, not both")
                continue
            entry: _Item = (fields, [(self.own, path, None)])
            place = item.get(PLACE_KEY)
            if place is None:
                items.insert(_after_area(items, fields.get("area")), entry)
                continue
            target = next((i for i, (data, _) in enumerate(items)
                           if isinstance(data, dict) and data.get("id") == place), None)
            if target is None:
                self.problem((*path, PLACE_KEY), f"there is no {name[:-1]} '{place}' to place "
                             "this after" + did_you_mean(str(place), list(_ids(
                                 [d for d, _ in items]))))
                items.append(entry)
            else:
                items.insert(target + 1, entry)
        merged.raw[name] = [data for data, _ in items]
        if name in base.raw or name in self.raw:
            self._copy(merged, base if name in base.raw else self.own, (name,), (name,),
                       deep=False)
        for i, (_data, sources) in enumerate(items):
            for parsed, from_path, only in sources:
                if only is None:
                    self._copy(merged, parsed, from_path, (name, i))
                else:
                    for key in only:
                        self._copy(merged, parsed, (*from_path, key), (name, i, key))

    def _copy(self, merged: Merged, parsed: ParsedFile, from_path: DataPath,
              to_path: DataPath, deep: bool = True) -> None:
        """Record that the part at ``to_path`` came from ``parsed`` at ``from_path``."""
        merged.origins[to_path] = parsed.source
        if deep and len(to_path) > 2:  # a field replaced by the variant: forget the base's
            for key in [k for k in merged.positions if k[:len(to_path)] == to_path]:
                del merged.positions[key]
        size = len(from_path)
        for key, line in self._group(parsed).get(from_path[:2], ()):
            if key[:size] == from_path and (deep or len(key) == size):
                merged.positions[(*to_path, *key[size:])] = line

    def _group(self, parsed: ParsedFile) -> dict[DataPath, list[tuple[DataPath, int]]]:
        """``parsed``'s lines grouped by the first two parts of their path (fast copying)."""
        groups = self._groups.get(id(parsed))
        if groups is None:
            groups = {}
            for key, line in parsed.positions.items():
                groups.setdefault(key[:2], []).append((key, line))
                if len(key) > 1:
                    groups.setdefault(key[:1], []).append((key, line))
            self._groups[id(parsed)] = groups
        return groups

    def _dangling(self, merged: Merged, removed: Mapping[str, Mapping[str, DataPath]]) -> None:
        """A removed question or action that a remaining item still refers to."""
        gone_questions = removed.get("questions", {})
        gone_actions = removed.get("actions", {})
        gone_areas = removed.get("areas", {})
        for q in _dicts(merged.raw.get("questions")):
            for c in _dicts(q.get("show_if")):
                if c.get("question") in gone_questions:
                    self._still_used(gone_questions[c["question"]], "question", q)
            if q.get("area") in gone_areas:
                self._still_used(gone_areas[q["area"]], "question", q)
        for a in _dicts(merged.raw.get("actions")):
            for t in _dicts(a.get("triggers")):
                if t.get("question") in gone_questions:
                    self._still_used(gone_questions[t["question"]], "action", a)
            for after in a.get("after") or []:
                if after in gone_actions:
                    self._still_used(gone_actions[after], "action", a)
            if a.get("area") in gone_areas:
                self._still_used(gone_areas[a["area"]], "action", a)

    def _still_used(self, where: DataPath, kind: str, item: dict[str, Any]) -> None:
        self.problem(where, f"'{where and self._removed_id(where)}' is still used by {kind} "
                     f"'{item.get('id')}'; remove that {kind} too, or change it")

    def _removed_id(self, where: DataPath) -> str:
        spec = self.raw["remove"][where[1]]
        return str(spec[where[2]]) if isinstance(where[2], int) else ""


_Item = tuple[Any, list[tuple[ParsedFile, DataPath, "set[str] | None"]]]


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _ids(items: Any) -> dict[str, int]:
    return {item["id"]: i for i, item in enumerate(_dicts(items))
            if isinstance(item.get("id"), str)}


def _after_area(items: Sequence[tuple[Any, Any]], area: Any) -> int:
    """Where a new item of ``area`` goes: after the last item of that area, else at the end."""
    last = None
    for i, (data, _) in enumerate(items):
        if isinstance(data, dict) and area is not None and data.get("area") == area:
            last = i
    return len(items) if last is None else last + 1
