"""Load and validate questionnaire files; every problem is collected and reported at once.

A questionnaire that has any problem raises :class:`QuestionnaireError` and is never used.
Checks, in order: the file is readable UTF-8 YAML of sensible size; the header, each question
and each action have the right shape (pydantic); then cross-references: duplicate ids,
unknown areas/questions/options/actions, show_if conditions that point at a later or missing
question or form a cycle, options and bands that cannot score, actions nobody can trigger,
action orderings that loop, and texts missing a declared language.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from readiness_app.core.assessment import DONT_KNOW
from readiness_app.core.cache_hash import cache_hash
from readiness_app.core.errors import Problem, QuestionnaireError
from readiness_app.core.file_shapes import QUESTIONNAIRE_SHAPES
from readiness_app.core.files import read_limited
from readiness_app.core.i18n import LANGUAGES as TRANSLATED
from readiness_app.core.json_shape import conform
from readiness_app.core.question_types import kind_of
from readiness_app.core.questionnaire import (
    DEFAULT_LANGUAGE,
    DEFAULT_LEVELS,
    FIRM_FIELDS,
    MAX_OPTION_SCORE,
    ORGANISATION_KINDS,
    Action,
    Actor,
    AnswerCheck,
    Area,
    Condition,
    CostBand,
    Effort,
    FirmCondition,
    Level,
    LocalText,
    Nation,
    NotApplicable,
    Option,
    Question,
    Questionnaire,
    QuestionType,
    ScoreBand,
    Source,
    SupportTopic,
    Timeframe,
    Trigger,
    Urgency,
    Variant,
)
from readiness_app.core.text import did_you_mean as _suggest
from readiness_app.core.translation_files import MAX_OVERLAY_BYTES, overlay_paths

if TYPE_CHECKING:  # pydantic loads only when a file has a problem to word (see json_shape)
    from pydantic import BaseModel

    from readiness_app.core.questionnaire_schema import (
        ActionSpec,
        AppliesIfSpec,
        AreaSpec,
        ConditionSpec,
        QuestionnaireHeaderSpec,
        QuestionSpec,
        SourceSpec,
        TriggerSpec,
        VariantSpec,
    )

    # YAML, overlays and variants are read only when a file is checked (not for a
    # checked questionnaire)
    from readiness_app.core.questionnaire_translation import Overlay
    from readiness_app.core.questionnaire_variant import BaseFinder, FindBase, ParsedFile
    from readiness_app.core.yaml_source import Path as DataPath

MAX_FILE_BYTES = 2 * 1024 * 1024
YES_NO_IDS = frozenset({"yes", "no"})
# The answers of a yes/no question that names no texts (Welsh: needs review, like all).
_YES_NO_TEXT = {"yes": {"en": "Yes", "cy": "Ie"}, "no": {"en": "No", "cy": "Na"}}


class ParsedCache(Protocol):
    """Somewhere to keep the parsed form of questionnaire files between runs.

    Parsing YAML with positions is the slow part of loading; the cache keeps the plain data
    (JSON text) keyed by a hash of the file's bytes. Cached data is validated again every
    time, exactly like freshly parsed data: only the parsing is skipped. The one exception
    is a questionnaire that passed every check: its checked form is kept too (``-checked``
    keys, see :func:`load_questionnaire`), for exactly the bytes that passed.
    """

    def get(self, key: str) -> str | None:
        """The text stored under ``key``, if any."""

    def put(self, key: str, text: str) -> None:
        """Store ``text`` under ``key`` (failures are ignored: a cache is optional)."""


# Part of every cache key: change it whenever the YAML-to-data conversion changes.
_PARSED_FORM_VERSION = "2"


def load_questionnaire(path: Path, cache: ParsedCache | None = None,
                       bases: FindBase | None = None) -> Questionnaire:
    """Read and validate one questionnaire file (``bases`` finds what a variant extends),
    with the translations kept beside it (:mod:`.questionnaire_translation`).

    With a ``cache``, a file that passed every check is kept in its checked form (see
    :mod:`.questionnaire_codec`) under a hash of its bytes, its overlays' bytes, its name
    and the loader's code: the next load of exactly those bytes skips the checks. A file
    that changed in any byte, a failing file, a variant (its base may change) or a damaged
    entry is checked in full, as without a cache.
    """
    if cache is None:
        from readiness_app.core.questionnaire_translation import read_overlay_file

        data = read_limited(path, MAX_FILE_BYTES, QuestionnaireError)
        overlays = tuple(read_overlay_file(p) for p in overlay_paths(path))
        return load_questionnaire_bytes(data, str(path), None, bases, overlays)
    found, data, overlay_data, key = _checked(path, cache)
    if found is not None:
        return found
    from readiness_app.core.questionnaire_variant import is_variant

    overlays = tuple(_read_overlay(p, d, cache) for p, d in overlay_data)
    questionnaire, raw = _load_bytes(data, str(path), cache, bases, overlays)
    if not is_variant(raw):
        from readiness_app.core.questionnaire_codec import encode

        with contextlib.suppress(TypeError, ValueError):  # a form it cannot hold: not kept
            cache.put(key, encode(questionnaire))
    return questionnaire


def _checked(path: Path, cache: ParsedCache) -> tuple[
        Questionnaire | None, bytes, list[tuple[Path, bytes]], str]:
    """The checked questionnaire of the file as it is now, if cached; with the bytes read
    (the file's, its overlays') and the checked-cache key."""
    data = read_limited(path, MAX_FILE_BYTES, QuestionnaireError)
    overlay_data = [(p, read_limited(p, MAX_OVERLAY_BYTES, QuestionnaireError))
                    for p in overlay_paths(path)]
    key = _checked_key(data, str(path), overlay_data)
    cached = cache.get(key)
    if cached is not None:
        from readiness_app.core.questionnaire_codec import decode

        found = decode(cached)
        if found is not None and found.source_name == str(path):
            return found, data, overlay_data, key
    return None, data, overlay_data, key


def _checked_key(data: bytes, source: str, overlays: Sequence[tuple[Path, bytes]]) -> str:
    """The checked-cache key of a questionnaire file: everything its checked form depends on
    (its bytes, its name, each overlay's name and bytes, the loader's code)."""
    from readiness_app.core.questionnaire_codec import code_stamp

    digest = cache_hash(b"checked\0" + code_stamp().encode() + b"\0")
    for part in (source.encode("utf-8", "surrogateescape"), data,
                 *(x for p, d in overlays
                   for x in (p.name.encode("utf-8", "surrogateescape"), d))):
        digest.update(len(part).to_bytes(8, "big") + cache_hash(part).digest())
    return f"{digest.hexdigest()}-checked"


def _read_overlay(path: Path, data: bytes, cache: ParsedCache) -> Overlay:
    """An overlay file, its parsed form cached like a questionnaire's (checked every time;
    a cached form that fails is parsed again, for messages with line numbers)."""
    from readiness_app.core.questionnaire_translation import overlay_from_data, read_overlay_file
    from readiness_app.core.yaml_source import YamlReadError, read_yaml

    key = f"{cache_hash(data).hexdigest()}-overlay-{_PARSED_FORM_VERSION}"
    cached = cache.get(key)
    if cached is not None:
        try:
            return overlay_from_data(json.loads(cached), {}, str(path))
        except (ValueError, RecursionError, QuestionnaireError):
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return read_overlay_file(path)  # which words the problem
    try:
        raw, positions = read_yaml(text, str(path))
    except YamlReadError as exc:
        raise QuestionnaireError(str(path), [exc.problem]) from None
    overlay = overlay_from_data(raw, positions, str(path))
    with contextlib.suppress(ValueError, TypeError):  # not cached: parsed again next time
        cache.put(key, json.dumps(raw, ensure_ascii=False))
    return overlay


def load_questionnaire_bytes(
    data: bytes, source: str, cache: ParsedCache | None = None,
    bases: FindBase | None = None, overlays: Sequence[Overlay] = (),
) -> Questionnaire:
    """Validate a questionnaire given as the bytes of a file; ``overlays`` add translations."""
    return _load_bytes(data, source, cache, bases, overlays)[0]


def _load_bytes(data: bytes, source: str, cache: ParsedCache | None, bases: FindBase | None,
                overlays: Sequence[Overlay]) -> tuple[Questionnaire, Any]:
    """The validated questionnaire and the file's parsed data (with the parsed cache)."""
    text = _decode(data, source)
    if cache is None:
        return _load_text(text, source, bases, overlays)
    key = f"{cache_hash(data).hexdigest()}-{_PARSED_FORM_VERSION}"
    cached = cache.get(key)
    if cached is not None:
        try:
            raw = json.loads(cached)
            return _validate(source, raw, {}, bases, overlays), raw
        except (ValueError, RecursionError, QuestionnaireError):
            pass  # parse the file itself below, which gives line numbers in messages
    questionnaire, raw = _load_text(text, source, bases, overlays)
    cache.put(key, json.dumps(raw, ensure_ascii=False))
    return questionnaire, raw


def load_questionnaire_text(text: str, source: str,
                            bases: FindBase | None = None) -> Questionnaire:
    """Validate questionnaire YAML text; ``source`` names it in messages."""
    return _load_text(text, source, bases)[0]


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise _single(source, f"the file is {len(data):,} bytes; the limit is {MAX_FILE_BYTES:,}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _single(source, f"is not UTF-8 text (bad byte at position {exc.start})") from None


def _load_text(text: str, source: str, bases: FindBase | None = None,
               overlays: Sequence[Overlay] = ()) -> tuple[Questionnaire, Any]:
    from readiness_app.core.yaml_source import YamlReadError, read_yaml

    try:
        raw, positions = read_yaml(text, source)
    except YamlReadError as exc:
        raise QuestionnaireError(source, [exc.problem]) from None
    return _validate(source, raw, positions, bases, overlays), raw


def _validate(source: str, raw: Any, positions: dict[DataPath, int],
              bases: FindBase | None, overlays: Sequence[Overlay] = ()) -> Questionnaire:
    """Validate parsed data; a variant (``extends``) is first applied to its base. The
    overlays' translations are merged into a copy (the cache keeps the file's own data)."""
    from readiness_app.core.questionnaire_variant import BaseFinder, is_variant, resolve_variant

    if is_variant(raw):
        merged = resolve_variant(raw, positions, source, bases)
        try:
            return _translated(source, merged.raw, merged.positions, overlays, merged.origin)
        except QuestionnaireError:
            exact = bases.with_lines() if isinstance(bases, BaseFinder) else None
            if exact is None:
                raise
            merged = resolve_variant(raw, positions, source, exact)  # the base's lines too
            return _translated(source, merged.raw, merged.positions, overlays, merged.origin)
    return _translated(source, raw, positions, overlays)


def _translated(source: str, raw: Any, positions: dict[DataPath, int],
                overlays: Sequence[Overlay],
                origin: Callable[[DataPath], str | None] | None = None) -> Questionnaire:
    """Validate ``raw`` with the overlays' translations merged in."""
    from readiness_app.core.questionnaire_translation import apply_overlays, text_maps

    ident = raw.get("id") if isinstance(raw, dict) else None
    for overlay in overlays:
        if ident is not None and overlay.questionnaire != ident:
            raise QuestionnaireError.single(
                overlay.source, f"translates questionnaire '{overlay.questionnaire}', but "
                                f"{source} is '{ident}'")
    merged, _ = apply_overlays(raw, overlays)
    validator = _Validator(source, merged, positions, origin)
    validator.extra_languages = {o.language for o in overlays}
    if origin is not None:  # a variant: its base's translations came with the base
        validator.extra_languages |= {lang for _, text_map in text_maps(merged)
                                      for lang in text_map if lang in TRANSLATED}
    questionnaire = validator.run()
    if not overlays:
        return questionnaire
    languages = tuple(dict.fromkeys([*questionnaire.languages, *validator.extra_languages]))
    return replace(questionnaire, languages=languages)


def questionnaire_bases(paths: Iterable[Path], cache: ParsedCache | None = None) -> BaseFinder:
    """Finds the questionnaire a variant extends among ``paths`` (each parsed at most once),
    with the base's translations (a variant inherits the Welsh of what it does not change)."""
    from readiness_app.core.questionnaire_translation import apply_overlays, read_overlay_file
    from readiness_app.core.questionnaire_variant import BaseFinder, ParsedFile
    from readiness_app.core.yaml_source import YamlReadError, read_yaml

    def parse(path: Path, use_cache: bool = True) -> ParsedFile:
        data = read_limited(path, MAX_FILE_BYTES, QuestionnaireError)
        source = str(path)
        overlays = [read_overlay_file(p) for p in overlay_paths(path)]
        if cache is not None and use_cache:
            cached = cache.get(f"{cache_hash(data).hexdigest()}-{_PARSED_FORM_VERSION}")
            if cached is not None:
                try:
                    return ParsedFile(apply_overlays(json.loads(cached), overlays)[0], {},
                                      source)
                except (ValueError, RecursionError):
                    pass
        try:
            raw, positions = read_yaml(_decode(data, source), source)
        except YamlReadError as exc:
            raise QuestionnaireError(source, [exc.problem]) from None
        return ParsedFile(apply_overlays(raw, overlays)[0], positions, source)

    return BaseFinder(paths, parse, lambda path: parse(path, use_cache=False))


@dataclass
class LoadedQuestionnaires:
    """The result of loading a set of files: the good ones and the errors of the others."""

    questionnaires: list[Questionnaire] = field(default_factory=list)
    errors: list[QuestionnaireError] = field(default_factory=list)

    def find(self, questionnaire_id: str, version: str | None = None) -> Questionnaire | None:
        """The questionnaire with this id and version; without a version, its latest."""
        if version is None:
            return self.latest(questionnaire_id)
        for q in self.questionnaires:
            if q.id == questionnaire_id and q.version == version:
                return q
        return None

    def latest(self, questionnaire_id: str) -> Questionnaire | None:
        """The highest version of the questionnaire with this id, if any is loaded."""
        found = [q for q in self.questionnaires if q.id == questionnaire_id]
        return max(found, key=lambda q: version_key(q.version)) if found else None

    def current(self) -> list[Questionnaire]:
        """The latest version of each questionnaire, in the order first loaded: what a new
        assessment is made with."""
        ids = list(dict.fromkeys(q.id for q in self.questionnaires))
        return [q for i in ids if (q := self.latest(i)) is not None]


def version_key(version: str) -> tuple[int, ...]:
    """A questionnaire version ("1", "1.2", "1.2.3") as numbers, for comparing."""
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def load_questionnaires(
    paths: Iterable[Path], cache: ParsedCache | None = None,
    only: tuple[str, str | None] | None = None,
) -> LoadedQuestionnaires:
    """Load every file; a bad file is reported and skipped, never half-used.

    ``only`` (a questionnaire id and a version, or None for every version) skips the files
    whose cached parsed form names another: they validated when cached, and a command that
    reads one assessment needs one questionnaire. Files with no cached form (or one that
    does not say) are loaded, and any problem reported, as ever.
    """
    result = LoadedQuestionnaires()
    paths = list(paths)
    bases: BaseFinder | None = None  # made for the first file with no checked form
    for path in paths:
        if only is not None and cache is not None and _is_other(path, cache, *only):
            continue
        try:
            questionnaire = _checked(path, cache)[0] if cache is not None else None
            if questionnaire is None:
                if bases is None:
                    bases = questionnaire_bases(paths, cache)
                questionnaire = load_questionnaire(path, cache, bases)
        except QuestionnaireError as exc:
            result.errors.append(exc)
            continue
        clash = result.find(questionnaire.id, questionnaire.version)
        if clash is not None:
            result.errors.append(
                _single(
                    str(path),
                    f"questionnaire {questionnaire.id} version {questionnaire.version} "
                    f"is already defined in {clash.source_name}",
                )
            )
            continue
        result.questionnaires.append(questionnaire)
    return result


def _is_other(path: Path, cache: ParsedCache, wanted: str, version: str | None) -> bool:
    """True when a file's cached parsed form names another questionnaire (or, with
    ``version``, another version); False when not cached, unreadable or it does not say.
    The id and version are kept apart too (``-ident-``), so most runs read only those."""
    try:
        data = read_limited(path, MAX_FILE_BYTES, QuestionnaireError)
        digest = cache_hash(data).hexdigest()
        cached = cache.get(f"{digest}-ident-{_PARSED_FORM_VERSION}")
        if cached is None:
            parsed = cache.get(f"{digest}-{_PARSED_FORM_VERSION}")
            if parsed is None:
                return False
            raw = json.loads(parsed)
            named = {k: raw.get(k) for k in ("id", "version")} if isinstance(raw, dict) else {}
            cached = json.dumps(named, ensure_ascii=False)
            with contextlib.suppress(ValueError, TypeError):
                cache.put(f"{digest}-ident-{_PARSED_FORM_VERSION}", cached)
        raw = json.loads(cached)
    except (QuestionnaireError, ValueError, RecursionError):
        return False
    if not isinstance(raw, dict):
        return False
    ident, found = raw.get("id"), raw.get("version")
    return (isinstance(ident, str) and ident != wanted) or (
        version is not None and isinstance(found, str) and found != version)


_single = QuestionnaireError.single


# ----------------------------------------------------------------------------- validation


class _Validator:
    def __init__(self, source: str, raw: Any, positions: dict[DataPath, int],
                 origin: Callable[[DataPath], str | None] | None = None) -> None:
        self.source = source
        self.raw = raw
        self.positions = positions
        self.origin = origin  # for a variant: which file each part came from
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = (DEFAULT_LANGUAGE,)
        self.extra_languages: set[str] = set()  # translated by overlays, maybe in part

    # -- reporting

    def problem(self, path: DataPath, message: str) -> None:
        from readiness_app.core.yaml_source import line_of

        source = (self.origin(path) if self.origin else None) or self.source
        self.problems.append(
            Problem(source, self._describe(path), message, line_of(self.positions, path))
        )

    def _known_area(self, path: DataPath, area_id: str, areas: Mapping[str, Area]) -> None:
        """A problem at ``path``'s ``area`` when ``area_id`` is not one of ``areas``."""
        if area_id not in areas:
            self.problem((*path, "area"), f"unknown area '{area_id}'"
                         + _suggest(area_id, list(areas)))

    def _describe(self, path: DataPath) -> str:
        """Path text with list items named by their id where they have one."""
        parts: list[str] = []
        node: Any = self.raw
        for part in path:
            if isinstance(part, int):
                item = node[part] if isinstance(node, list) and part < len(node) else None
                ident = item.get("id") if isinstance(item, dict) else None
                parts.append(f"[{ident}]" if isinstance(ident, str) and ident else f"[{part}]")
                node = item
            else:
                parts.append(f".{part}" if parts else part)
                node = node.get(part) if isinstance(node, dict) else None
        return "".join(parts)

    def _pydantic(self, model_name: str, data: Any, base: DataPath) -> Any:
        shaped = conform(QUESTIONNAIRE_SHAPES[model_name], data)
        if shaped is not None:
            return shaped
        from pydantic import ValidationError

        from readiness_app.core import questionnaire_schema

        model: type[BaseModel] = getattr(questionnaire_schema, model_name)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                loc: DataPath = (*base, *error["loc"])
                self.problem(loc, _explain(error, model, loc))
            return None

    # -- the run

    def run(self) -> Questionnaire:
        if not isinstance(self.raw, dict):
            self.problem((), "the file must be a mapping with id, version, areas and questions")
            raise QuestionnaireError(self.source, self.problems)
        header = self._pydantic("QuestionnaireHeaderSpec", self.raw, ())
        raw_questions = self.raw.get("questions")
        raw_actions = self.raw.get("actions")
        questions: list[tuple[int, QuestionSpec]] = []
        actions: list[tuple[int, ActionSpec]] = []
        broken_actions: list[tuple[int, Any]] = []
        if isinstance(raw_questions, list):
            for index, item in enumerate(raw_questions):
                spec = self._pydantic("QuestionSpec", item, ("questions", index))
                if spec is not None:
                    questions.append((index, spec))
        if isinstance(raw_actions, list):
            for index, item in enumerate(raw_actions):
                spec = self._pydantic("ActionSpec", item, ("actions", index))
                if spec is not None:
                    actions.append((index, spec))
                else:
                    broken_actions.append((index, item))
        if header is not None:
            self.languages = tuple(dict.fromkeys([DEFAULT_LANGUAGE, *(header.languages or [])]))
            if header.language not in self.languages:
                self.problem(("language",), f"'{header.language}' is not in languages")
        # Ids written in the file, valid or not, so that a broken item does not also produce
        # a cascade of "unknown id" messages elsewhere.
        written_questions = _written_ids(raw_questions)
        written_actions = _written_ids(raw_actions)
        levels = self._levels(header) if header is not None else DEFAULT_LEVELS
        areas = self._areas(header) if header is not None else {}
        built_questions = self._questions(questions, areas, written_questions, header is None)
        built_actions = self._actions(actions, areas, built_questions, written_actions,
                                      written_questions, header is None)
        for index, item in broken_actions:
            self._partial_action(index, item, built_questions, written_questions)
        checks: tuple[AnswerCheck, ...] = ()
        if header is not None:
            areas = self._area_rules(header, areas, built_questions, written_questions)
            checks = self._checks(header, built_questions, written_questions)
            self._check_texts()
            asked_areas = {
                item.get("area") for item in raw_questions or []
                if isinstance(item, dict) and isinstance(item.get("area"), str)
            }
            for area_id in areas:
                if area_id not in asked_areas:
                    self.problem(self._area_path(header, area_id), "the area has no questions")
            cap = header.critical_cap or "developing"
            if cap not in {lv.id for lv in levels}:
                self.problem(("critical_cap",), f"unknown level '{cap}'" + _suggest(
                    cap, [lv.id for lv in levels]))
        if self.problems or header is None:
            raise QuestionnaireError(self.source, self.problems)
        return Questionnaire(
            id=header.id,
            version=header.version,
            title=_text(header.title),
            language=header.language,
            languages=self.languages,
            description=_text(header.description),
            areas=tuple(areas.values()),
            questions=tuple(built_questions.values()),
            actions=tuple(built_actions.values()),
            levels=levels,
            critical_cap=header.critical_cap or "developing",
            checks=checks,
            source_name=self.source,
        )

    # -- header parts

    def _levels(self, header: QuestionnaireHeaderSpec) -> tuple[Level, ...]:
        if header.levels is None:
            return DEFAULT_LEVELS
        specs = header.levels
        self._duplicates([(("levels", i), s.id) for i, s in enumerate(specs)], "level")
        if len(specs) != len(DEFAULT_LEVELS):
            self.problem(("levels",), f"there must be exactly {len(DEFAULT_LEVELS)} levels")
        if specs and specs[0].min_score != 0:
            self.problem(("levels", 0, "min_score"), "the first level must start at 0")
        for i in range(1, len(specs)):
            if specs[i].min_score <= specs[i - 1].min_score:
                self.problem(("levels", i, "min_score"),
                             "levels must be listed from lowest to highest min_score")
        return tuple(
            Level(s.id, _text(s.title), s.min_score,
                  _text(s.description) if s.description else None)
            for s in specs
        )

    def _areas(self, header: QuestionnaireHeaderSpec) -> dict[str, Area]:
        self._duplicates([(("areas", i), a.id) for i, a in enumerate(header.areas)], "area")
        areas: dict[str, Area] = {}
        for spec in header.areas:
            areas.setdefault(
                spec.id, Area(spec.id, _text(spec.title), spec.weight, _text(spec.description))
            )
        return areas

    def _area_path(self, header: QuestionnaireHeaderSpec, area_id: str) -> DataPath:
        for i, a in enumerate(header.areas):
            if a.id == area_id:
                return ("areas", i)
        return ("areas",)

    def _duplicates(self, items: Sequence[tuple[DataPath, str]], what: str) -> None:
        from readiness_app.core.yaml_source import line_of

        first: dict[str, DataPath] = {}
        for path, ident in items:
            if ident in first:
                line = line_of(self.positions, first[ident])
                where = f" (first at line {line})" if line else ""
                self.problem((*path, "id"), f"duplicate {what} id '{ident}'{where}")
            else:
                first[ident] = path

    # -- questions

    def _questions(
        self,
        specs: list[tuple[int, QuestionSpec]],
        areas: Mapping[str, Area],
        written: set[str],
        header_broken: bool,
    ) -> dict[str, Question]:
        self._duplicates([(("questions", i), s.id) for i, s in specs], "question")
        built: dict[str, Question] = {}
        order = {s.id: i for i, s in reversed(specs)}
        for index, spec in specs:
            path: DataPath = ("questions", index)
            if spec.id in built:
                continue
            if not header_broken:
                self._known_area(path, spec.area, areas)
            qtype = QuestionType(spec.type)
            kind = kind_of(qtype)
            options = self._options(spec, qtype, path)
            bands = self._bands(spec, qtype, path)
            conditions = self._conditions(spec, path, order, built, written, index)
            applies = self._question_applies(spec, path, order, built, written, index)
            variants = self._variants(spec.variants, path, built, written,
                                      fields=("help", "why"), answers_allowed=False)
            if not spec.scored and not qtype.is_choice:
                self.problem((*path, "scored"), "scored: false is for choice questions; number "
                             "questions are scored only when they have bands")
            if qtype is not QuestionType.NUMBER:
                for key in ("unit", "min_value", "max_value"):
                    if getattr(spec, key) is not None:
                        self.problem((*path, key.removesuffix("_value")),
                                     "only number questions have a unit, min or max")
            if spec.min_value is not None and spec.max_value is not None \
                    and spec.min_value >= spec.max_value:
                self.problem((*path, "max"), "max must be greater than min")
            built[spec.id] = Question(
                id=spec.id,
                area_id=spec.area,
                type=qtype,
                text=_text(spec.text),
                help=_text(spec.help),
                why=_text(spec.why),
                sources=tuple(_source(s) for s in spec.sources),
                options=options,
                bands=bands,
                allow_dont_know=spec.dont_know and kind.takes_dont_know,
                scored=spec.scored,  # Question.is_scored asks the type whether it counts
                weight=spec.weight,
                show_if=conditions,
                unit=_unit(spec.unit),
                min_value=spec.min_value,
                max_value=spec.max_value,
                applies_if=applies,
                variants=variants,
            )
        self._condition_cycles(specs)
        return built

    def _options(self, spec: QuestionSpec, qtype: QuestionType, path: DataPath
                 ) -> tuple[Option, ...]:
        if not qtype.is_choice:
            if spec.options:
                self.problem((*path, "options"), f"{qtype.value} questions do not have options")
            return ()
        opts = spec.options or []
        if len(opts) < 2:
            self.problem((*path, "options"), "a choice question needs at least two options")
        self._duplicates([((*path, "options", i), o.id) for i, o in enumerate(opts)], "option")
        if qtype is QuestionType.YES_NO and {o.id for o in opts} != YES_NO_IDS:
            self.problem((*path, "options"),
                         "a yes_no question has exactly two options, with ids yes and no")
        if spec.dont_know and any(o.id == DONT_KNOW.value for o in opts):
            self.problem((*path, "options"), f"'{DONT_KNOW.value}' is added by the app when "
                         "dont_know is true; do not list it as an option")
        result: list[Option] = []
        for i, o in enumerate(opts):
            opath: DataPath = (*path, "options", i)
            if o.text is None and qtype is not QuestionType.YES_NO:
                self.problem((*opath, "text"), "required field is missing")
            if spec.scored and o.score is None:
                self.problem((*opath, "score"), "every option needs a score from 0 to 4")
            if not spec.scored and (o.score is not None or o.critical):
                self.problem((*opath, "score"), "the question has scored: false, so its "
                             "options take no score and cannot be critical")
            score = o.score or 0
            if o.critical and score >= MAX_OPTION_SCORE:
                self.problem((*opath, "critical"),
                             "a critical answer marks a gap, so it must score below 4")
            if o.exclusive and qtype is not QuestionType.MULTI:
                self.problem((*opath, "exclusive"), "only multi questions have exclusive options")
            text = _text(o.text) if o.text else LocalText(_YES_NO_TEXT.get(o.id, {"en": o.id}))
            result.append(Option(o.id, text, score, o.critical, o.exclusive))
        if spec.scored and opts and qtype is QuestionType.MULTI and \
                sum(o.score or 0 for o in opts) == 0:
            self.problem((*path, "options"), "no combination of options scores any points")
        return tuple(result)

    def _bands(self, spec: QuestionSpec, qtype: QuestionType, path: DataPath
               ) -> tuple[ScoreBand, ...]:
        if spec.bands is None:
            return ()
        if qtype is not QuestionType.NUMBER:
            self.problem((*path, "bands"), "only number questions have score bands")
            return ()
        seen: set[float] = set()
        for i, b in enumerate(spec.bands):
            if b.min_value in seen:
                self.problem((*path, "bands", i, "min"), f"two bands start at {b.min_value:g}")
            seen.add(b.min_value)
            if b.critical and b.score >= MAX_OPTION_SCORE:
                self.problem((*path, "bands", i, "critical"),
                             "a critical band marks a gap, so it must score below 4")
        if spec.bands and spec.min_value is not None and \
                min(b.min_value for b in spec.bands) > spec.min_value:
            self.problem((*path, "bands"),
                         "the lowest band must start at or below the question's min")
        return tuple(ScoreBand(b.min_value, b.score, b.critical) for b in spec.bands)

    def _conditions(
        self,
        spec: QuestionSpec,
        path: DataPath,
        order: Mapping[str, int],
        built: Mapping[str, Question],
        written: set[str],
        index: int,
    ) -> tuple[Condition, ...]:
        conditions: list[Condition] = []
        for i, c in enumerate(spec.show_if or []):
            cpath: DataPath = (*path, "show_if", i)
            forms = sum(x is not None for x in (c.any_of, c.at_least, c.below))
            if forms == 0:
                self.problem(cpath, "a condition needs any_of, at_least or below")
                continue
            if c.any_of is not None and forms > 1:
                self.problem(cpath, "any_of cannot be combined with at_least or below")
                continue
            if c.question == spec.id:
                self.problem((*cpath, "question"), "a question cannot depend on itself")
                continue
            target_index = order.get(c.question)
            if target_index is None:
                if c.question not in written:
                    self.problem((*cpath, "question"), f"unknown question '{c.question}'"
                                 + _suggest(c.question, list(order)))
                continue
            if target_index > index:
                self.problem((*cpath, "question"),
                             f"'{c.question}' is asked later; show_if may only refer to "
                             "questions asked earlier")
                continue
            target = built.get(c.question)
            if target is None:
                continue  # the target itself is broken and already reported
            self._check_condition_target(c, target, cpath)
            conditions.append(Condition(c.question, frozenset(c.any_of or ()),
                                        c.at_least, c.below))
        return tuple(conditions)

    def _check_condition_target(self, c: ConditionSpec | AppliesIfSpec, target: Question,
                                cpath: DataPath) -> None:
        if c.any_of is not None:
            if not target.type.is_choice:
                self.problem((*cpath, "any_of"), f"'{target.id}' is a {target.type.value} "
                             "question; use at_least or below")
                return
            valid = set(target.option_ids())
            if target.allow_dont_know:
                valid.add(DONT_KNOW.value)
            for j, option_id in enumerate(c.any_of):
                if option_id not in valid:
                    self.problem((*cpath, "any_of", j), f"'{target.id}' has no option "
                                 f"'{option_id}'" + _suggest(option_id, sorted(valid)))
            if not c.any_of:
                self.problem((*cpath, "any_of"), "list at least one option")
        elif target.type is not QuestionType.NUMBER:
            self.problem(cpath, f"'{target.id}' is not a number question; use any_of")

    def _condition_cycles(self, specs: list[tuple[int, QuestionSpec]]) -> None:
        graph = {s.id: [c.question for c in (s.show_if or [])] for _, s in specs}
        where = {s.id: i for i, s in specs}
        for cycle in _cycles(graph):
            self.problem(("questions", where[cycle[0]], "show_if"),
                         "show_if conditions form a cycle: " + " -> ".join([*cycle, cycle[0]]))

    def _question_applies(
        self,
        spec: QuestionSpec,
        path: DataPath,
        order: Mapping[str, int],
        built: Mapping[str, Question],
        written: set[str],
        index: int,
    ) -> tuple[Condition | FirmCondition, ...]:
        """``applies_if`` of a question: the firm profile, or questions asked earlier."""
        found: list[Condition | FirmCondition] = []
        for i, c in enumerate(spec.applies_if or []):
            cpath: DataPath = (*path, "applies_if", i)
            if c.question is not None and c.question == spec.id:
                self.problem((*cpath, "question"), "a question cannot depend on itself")
                continue
            if c.question is not None and order.get(c.question, -1) > index:
                self.problem((*cpath, "question"), f"'{c.question}' is asked later; "
                             "applies_if may only refer to questions asked earlier")
                continue
            condition = self._applies_condition(c, cpath, built, written)
            if condition is not None:
                found.append(condition)
        return tuple(found)

    def _applies_condition(
        self, c: AppliesIfSpec, cpath: DataPath, questions: Mapping[str, Question],
        written: set[str],
    ) -> Condition | FirmCondition | None:
        if (c.question is None) == (c.firm is None):
            self.problem(cpath, "a condition names either a question or a firm field")
            return None
        if c.firm is not None:
            allowed = FIRM_FIELDS.get(c.firm)
            if allowed is None:
                self.problem((*cpath, "firm"), f"unknown firm field '{c.firm}'"
                             + _suggest(c.firm, sorted(FIRM_FIELDS)))
                return None
            if c.any_of is None or c.at_least is not None or c.below is not None:
                self.problem(cpath, "a firm condition needs any_of (and nothing else)")
                return None
            if not c.any_of:
                self.problem((*cpath, "any_of"), "list at least one value")
            for j, value in enumerate(c.any_of):
                if value not in allowed:
                    self.problem((*cpath, "any_of", j), f"'{c.firm}' has no value '{value}'"
                                 + _suggest(value, sorted(allowed)))
            return FirmCondition(c.firm, frozenset(c.any_of))
        return self._plain_condition(c, cpath, questions, written)

    def _plain_condition(
        self, c: ConditionSpec | AppliesIfSpec, cpath: DataPath,
        questions: Mapping[str, Question], written: set[str],
    ) -> Condition | None:
        """A condition on any question of the file (no order rule), checked like show_if."""
        forms = sum(x is not None for x in (c.any_of, c.at_least, c.below))
        if forms == 0:
            self.problem(cpath, "a condition needs any_of, at_least or below")
            return None
        if c.any_of is not None and forms > 1:
            self.problem(cpath, "any_of cannot be combined with at_least or below")
            return None
        question = c.question or ""
        target = questions.get(question)
        if target is None:
            if question not in written:
                self.problem((*cpath, "question"), f"unknown question '{question}'"
                             + _suggest(question, list(questions)))
            return None
        self._check_condition_target(c, target, cpath)
        return Condition(question, frozenset(c.any_of or ()), c.at_least, c.below)

    def _nations(self, names: Sequence[str] | None, path: DataPath) -> frozenset[Nation]:
        found: set[Nation] = set()
        known = [n.value for n in Nation]
        for i, name in enumerate(names or []):
            if name in known:
                found.add(Nation(name))
            else:
                self.problem((*path, i), f"unknown nation '{name}'" + _suggest(name, known)
                             + f" (nations: {', '.join(known)})")
        return frozenset(found)

    def _variants(
        self,
        specs: Sequence[VariantSpec] | None,
        path: DataPath,
        questions: Mapping[str, Question],
        written: set[str],
        *,
        fields: tuple[str, ...],
        answers_allowed: bool,
    ) -> tuple[Variant, ...]:
        variants: list[Variant] = []
        all_fields = ("title", "what", "first_step", "help", "why")
        for i, v in enumerate(specs or []):
            vpath: DataPath = (*path, "variants", i)
            nations = self._nations(v.nations, (*vpath, "nations"))
            when: list[Condition] = []
            if v.when is not None and not answers_allowed:
                self.problem((*vpath, "when"), "a question's variants vary by nation only; "
                             "use nations")
            elif v.when is not None:
                for j, c in enumerate(v.when):
                    condition = self._plain_condition(c, (*vpath, "when", j), questions, written)
                    if condition is not None:
                        when.append(condition)
            if not v.nations and not v.when:
                self.problem(vpath, "a variant needs nations" + (" or when" if answers_allowed
                                                                 else ""))
            texts: dict[str, LocalText] = {}
            for name in all_fields:
                value = getattr(v, name)
                if value is None:
                    continue
                if name not in fields:
                    self.problem((*vpath, name), f"'{name}' cannot vary here; use "
                                 + ", ".join(fields))
                    continue
                texts[name] = _text(value)
            if not texts and v.sources is None:
                self.problem(vpath, "a variant needs at least one text: " + ", ".join(fields))
            sources = tuple(_source(s) for s in v.sources) if v.sources is not None else None
            if v.cost is not None and not answers_allowed:
                self.problem((*vpath, "cost"), "only an action's variant can give a cost")
            cost = CostBand(v.cost) if v.cost is not None else None
            variants.append(Variant(texts, nations, tuple(when), sources, cost))
        return tuple(variants)

    def _area_rules(
        self,
        header: QuestionnaireHeaderSpec,
        areas: dict[str, Area],
        questions: Mapping[str, Question],
        written: set[str],
    ) -> dict[str, Area]:
        """Areas with their ``applies_if`` and ``not_applicable`` (they name questions, so
        they are checked once the questions are built)."""
        result = dict(areas)
        done: set[str] = set()
        for i, spec in enumerate(header.areas):
            if spec.id not in areas or spec.id in done:
                continue  # a duplicate id, already reported
            done.add(spec.id)
            area = self._area_rule(spec, ("areas", i), areas[spec.id], questions, written)
            result[spec.id] = area
            deciding = area.deciding_questions
            for qid in deciding:
                question = questions.get(qid)
                if question is None or question.area_id != area.id:
                    continue
                for c in question.show_if:
                    target = questions.get(c.question_id)
                    if target is not None and target.area_id == area.id \
                            and target.id not in deciding:
                        self.problem(("areas", i, "applies_if"), f"'{qid}' decides whether "
                                     f"the area applies, so its show_if cannot depend on "
                                     f"'{target.id}', which the area hides")
        return result

    def _area_rule(self, spec: AreaSpec, path: DataPath, area: Area,
                   questions: Mapping[str, Question], written: set[str]) -> Area:
        if spec.applies_if is None and spec.not_applicable is None:
            return area
        applies = [c for i, raw in enumerate(spec.applies_if or [])
                   if (c := self._applies_condition(raw, (*path, "applies_if", i), questions,
                                                    written)) is not None]
        if spec.applies_if is not None and not spec.applies_if:
            self.problem((*path, "applies_if"), "list at least one condition")
        not_applicable: NotApplicable | None = None
        if spec.not_applicable is None:
            self.problem(path, "an area with applies_if needs not_applicable: a reason the "
                         "firm reads when it does not apply")
        else:
            na = spec.not_applicable
            if spec.applies_if is None:
                self.problem((*path, "not_applicable"), "not_applicable needs applies_if")
            note_if = [c for j, raw in enumerate(na.note_if or [])
                       if (c := self._plain_condition(raw, (*path, "not_applicable", "note_if",
                                                             j), questions, written))]
            if na.note_if is not None and na.note is None:
                self.problem((*path, "not_applicable", "note_if"), "note_if needs a note")
            not_applicable = NotApplicable(_text(na.reason),
                                           _text(na.note) if na.note else None, tuple(note_if))
        return replace(area, applies_if=tuple(applies), not_applicable=not_applicable)

    def _checks(self, header: QuestionnaireHeaderSpec, questions: Mapping[str, Question],
                written: set[str]) -> tuple[AnswerCheck, ...]:
        self._duplicates([(("checks", i), c.id) for i, c in enumerate(header.checks)], "check")
        found: dict[str, AnswerCheck] = {}
        for i, spec in enumerate(header.checks):
            when = [c for j, raw in enumerate(spec.when)
                    if (c := self._plain_condition(raw, ("checks", i, "when", j), questions,
                                                   written))]
            if len({c.question_id for c in when}) < len(when):
                self.problem(("checks", i, "when"), "name each question once")
            found.setdefault(spec.id, AnswerCheck(spec.id, tuple(when), _text(spec.text)))
        return tuple(found.values())

    # -- actions

    def _actions(
        self,
        specs: list[tuple[int, ActionSpec]],
        areas: Mapping[str, Area],
        questions: Mapping[str, Question],
        written_actions: set[str],
        written_questions: set[str],
        header_broken: bool,
    ) -> dict[str, Action]:
        self._duplicates([(("actions", i), s.id) for i, s in specs], "action")
        built: dict[str, Action] = {}
        for index, spec in specs:
            path: DataPath = ("actions", index)
            if spec.id in built:
                continue
            if not header_broken:
                self._known_area(path, spec.area, areas)
            if not spec.triggers:
                self.problem((*path, "triggers"), "nobody can trigger this action: "
                             "list at least one trigger")
            triggers = [
                t for i, ts in enumerate(spec.triggers)
                if (t := self._trigger(ts, (*path, "triggers", i), questions, written_questions))
            ]
            for i, kind in enumerate(spec.support_kinds):
                if kind not in ORGANISATION_KINDS:
                    self.problem((*path, "support_kinds", i), f"unknown kind of organisation "
                                 f"'{kind}'" + _suggest(kind, sorted(ORGANISATION_KINDS)))
            for i, after in enumerate(spec.after):
                if after == spec.id:
                    self.problem((*path, "after", i), "an action cannot come after itself")
                elif after not in written_actions:
                    self.problem((*path, "after", i), f"unknown action '{after}'"
                                 + _suggest(after, sorted(written_actions)))
            nations = self._nations(spec.nations, (*path, "nations"))
            if spec.nations is not None and not spec.nations:
                self.problem((*path, "nations"), "list at least one nation, or leave nations out")
            variants = self._variants(spec.variants, path, questions, written_questions,
                                      fields=("title", "what", "first_step"),
                                      answers_allowed=True)
            built[spec.id] = Action(
                id=spec.id,
                area_id=spec.area,
                title=_text(spec.title),
                what=_text(spec.what),
                first_step=_text(spec.first_step),
                effort=Effort(spec.effort),
                cost=CostBand(spec.cost),
                timeframe=Timeframe(spec.timeframe),
                who=tuple(Actor(w) for w in dict.fromkeys(spec.who)),
                topic=SupportTopic(spec.topic),
                triggers=tuple(triggers),
                after=tuple(dict.fromkeys(spec.after)),
                sources=tuple(_source(s) for s in spec.sources),
                urgency=Urgency(spec.urgency),
                support_kinds=tuple(dict.fromkeys(spec.support_kinds)),
                nations=nations,
                variants=variants,
                outside_help=spec.outside_help,
            )
        graph = {a.id: list(a.after) for a in built.values()}
        where = {s.id: i for i, s in specs}
        for cycle in _cycles(graph):
            self.problem(("actions", where[cycle[0]], "after"),
                         "actions must come after each other in a loop: "
                         + " -> ".join([*cycle, cycle[0]]))
        return built

    def _partial_action(
        self, index: int, item: Any, questions: Mapping[str, Question], written: set[str]
    ) -> None:
        """Check the triggers of an action whose other fields are broken, so that one bad
        field does not hide the rest of the action's problems."""
        if not isinstance(item, dict) or not isinstance(item.get("triggers"), list):
            return
        from pydantic import ValidationError

        from readiness_app.core.questionnaire_schema import TriggerSpec

        for i, raw in enumerate(item["triggers"]):
            try:
                trigger = TriggerSpec.model_validate(raw)
            except ValidationError:
                continue  # already reported by the action's own validation
            self._trigger(trigger, ("actions", index, "triggers", i), questions, written)

    def _trigger(
        self,
        t: TriggerSpec,
        path: DataPath,
        questions: Mapping[str, Question],
        written: set[str],
    ) -> Trigger | None:
        forms = sum(x is not None for x in (t.answers, t.missing, t.score_below))
        if forms != 1:
            self.problem(path, "a trigger needs exactly one of answers, missing or score_below")
            return None
        question = questions.get(t.question)
        if question is None:
            if t.question not in written:
                self.problem((*path, "question"), f"unknown question '{t.question}'"
                             + _suggest(t.question, list(questions)))
            return None
        valid = set(question.option_ids())
        if question.allow_dont_know:
            valid.add(DONT_KNOW.value)
        if t.answers is not None:
            if not question.type.is_choice and not question.allow_dont_know:
                self.problem((*path, "answers"), f"'{question.id}' has no options to pick; "
                             "use score_below")
                return None
            if not t.answers:
                self.problem((*path, "answers"), "nobody can trigger this: the list is empty")
            for j, option_id in enumerate(t.answers):
                if option_id not in valid:
                    self.problem((*path, "answers", j), f"'{question.id}' has no option "
                                 f"'{option_id}'" + _suggest(option_id, sorted(valid)))
            return Trigger(question.id, answers=frozenset(t.answers))
        if t.missing is not None:
            if question.type is not QuestionType.MULTI:
                self.problem((*path, "missing"), "missing is for multi questions; use answers")
                return None
            if not t.missing:
                self.problem((*path, "missing"), "nobody can trigger this: the list is empty")
            for j, option_id in enumerate(t.missing):
                if option_id not in question.option_ids():
                    self.problem((*path, "missing", j), f"'{question.id}' has no option "
                                 f"'{option_id}'" + _suggest(option_id, sorted(valid)))
            return Trigger(question.id, missing=frozenset(t.missing))
        assert t.score_below is not None
        if not question.is_scored:
            self.problem((*path, "score_below"), f"'{question.id}' is not scored, so "
                         "score_below can never trigger")
            return None
        if not question.allow_dont_know and \
                kind_of(question.type).lowest_score(question) >= t.score_below:
            self.problem((*path, "score_below"), f"nobody can trigger this: no answer to "
                         f"'{question.id}' scores below {t.score_below}")
        return Trigger(question.id, score_below=t.score_below)

    # -- languages

    def _check_texts(self) -> None:
        """Every text map has every declared language and no undeclared one."""
        for path, value in _text_maps(self.raw, ()):
            for lang in value:
                if lang not in self.languages and lang not in self.extra_languages:
                    self.problem((*path, lang), f"language '{lang}' is not declared in languages")
            for lang in self.languages:
                if lang not in value:
                    self.problem(path, f"the text has no '{lang}' version")


# ----------------------------------------------------------------------------- helpers

_TEXT_KEYS = {"title", "description", "text", "help", "why", "what", "first_step", "reason",
              "note", "unit"}


def _text_maps(node: Any, path: DataPath) -> Iterable[tuple[DataPath, dict[str, Any]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _TEXT_KEYS and isinstance(value, dict):
                yield (*path, key), value
            else:
                yield from _text_maps(value, (*path, key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _text_maps(item, (*path, i))


def _written_ids(items: Any) -> set[str]:
    if not isinstance(items, list):
        return set()
    return {i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)}


def _cycles(graph: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Each cycle once, as the list of its members starting from the earliest listed."""
    order = list(graph)
    state: dict[str, int] = {}
    found: list[list[str]] = []
    seen_sets: set[frozenset[str]] = set()

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in graph:
                continue
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):]
                key = frozenset(cycle)
                if key not in seen_sets:
                    seen_sets.add(key)
                    start = min(cycle, key=order.index)
                    k = cycle.index(start)
                    found.append(cycle[k:] + cycle[:k])
            elif state.get(nxt) is None:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for node in order:
        if node not in state:
            visit(node, [])
    return found


def _unit(value: Mapping[str, str] | str | None) -> LocalText | None:
    """A number question's unit: a text map, or a plain English string (older files)."""
    if value is None:
        return None
    return LocalText.english(value) if isinstance(value, str) else _text(value)


def _text(value: Mapping[str, str]) -> LocalText:
    if DEFAULT_LANGUAGE not in value:  # reported by _check_texts; keep building
        return LocalText({DEFAULT_LANGUAGE: next(iter(value.values()), ""), **value})
    return LocalText(value)


def _source(spec: SourceSpec) -> Source:
    return Source(spec.name, spec.section, spec.url, spec.version)


_FRIENDLY = {
    "missing": "required field is missing",
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "dict_type": "must be a map of language to text, e.g. {en: ...}",
    "model_type": "must be a mapping of fields",
    "model_attributes_type": "must be a mapping of fields",
    "string_too_short": "must not be empty",
}


def _explain(error: Any, model: type[BaseModel], loc: DataPath) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        return f"unknown field '{key}'" + _suggest(key, _field_names(model, error["loc"][:-1]))
    if kind == "missing" and error["loc"] and error["loc"][-1] == "score":
        return "every option needs a score from 0 to 4"
    if kind == "string_pattern_mismatch":
        field_name = str(error["loc"][-1]) if error["loc"] else ""
        got = _shorten(error.get("input"))
        if field_name == "url":
            return f"must be a web address starting with https:// (got {got})"
        if field_name == "version":
            return f"must look like 1, 1.2 or 1.2.3 (got {got})"
        return f"must use lower-case letters, digits, '.', '-' or '_' (got {got})"
    message = str(_FRIENDLY.get(kind, error["msg"]))
    if kind in {"missing", "extra_forbidden"}:
        return message
    return f"{message} (got {_shorten(error.get('input'))})"


def _field_names(model: type[BaseModel], loc: Sequence[Any]) -> list[str]:
    """Field names (and aliases) of the nested model that ``loc`` points into."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        info = getattr(current, "model_fields", {}).get(part)
        current = _inner_model(info.annotation) if info is not None else None
    if current is None or not hasattr(current, "model_fields"):
        return []
    names: list[str] = []
    for name, info in current.model_fields.items():
        names.append(info.alias or name)
    return names


def _inner_model(annotation: Any) -> Any:
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        inner = _inner_model(arg)
        if inner is not None:
            return inner
    return None


def _shorten(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


__all__ = [
    "LoadedQuestionnaires",
    "ParsedCache",
    "load_questionnaire",
    "load_questionnaire_bytes",
    "load_questionnaire_text",
    "load_questionnaires",
    "questionnaire_bases",
    "version_key",
]
