"""Translations of a questionnaire kept beside it, one overlay file per language.

``questionnaires/translations/quick_check.cy.yaml`` holds the Welsh of ``quick_check.yaml``.
Each text is keyed by where it sits, named by ids (``questions/cyber.backup/options/none/text``)
and stores the English it was translated from: when the English changes, the translation is
*stale* and is not used (the English shows) until a translator updates it. A translation
identical to its English is reported unless marked ``intended: true`` (names, acronyms).
The loader merges what fits into the questionnaire's texts; ``status`` counts what is
missing, stale or suspicious (``scripts/check_translations.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readiness_app.core.errors import Problem, QuestionnaireError
from readiness_app.core.files import read_limited
from readiness_app.core.questionnaire import DEFAULT_LANGUAGE
from readiness_app.core.translation_files import FOLDER as FOLDER
from readiness_app.core.translation_files import MAX_OVERLAY_BYTES as MAX_OVERLAY_BYTES
from readiness_app.core.translation_files import overlay_paths as overlay_paths
from readiness_app.core.yaml_source import YamlReadError, read_yaml

FORMAT = 1
#: What every shipped overlay says until a Welsh speaker has reviewed it.
NEEDS_REVIEW = "needs review by a Welsh speaker"
TEXT_KEYS = frozenset({"title", "description", "text", "help", "why", "what", "first_step",
                       "reason", "note", "unit"})
#: Keys whose text may also be written as a plain English string ("unit: people").
_PLAIN_KEYS = frozenset({"unit"})
_ENTRY_KEYS = {DEFAULT_LANGUAGE, "intended", "note"}


@dataclass(frozen=True, slots=True)
class Overlay:
    """One language's texts for one questionnaire, as read from its file."""

    source: str
    questionnaire: str
    language: str
    status: str
    texts: Mapping[str, Mapping[str, Any]]  # key -> {en, <language>, intended?}


@dataclass(frozen=True, slots=True)
class TranslationStatus:
    """How complete one overlay is for the questionnaire it translates."""

    language: str
    total: int
    translated: int
    missing: tuple[str, ...] = ()  # keys with no translation
    stale: tuple[str, ...] = ()  # the English changed since the translation was made
    same: tuple[str, ...] = ()  # identical to the English without ``intended: true``
    unknown: tuple[str, ...] = ()  # keys that match no text of the questionnaire
    status: str = ""


def read_overlay_file(path: Path) -> Overlay:
    """Read and check an overlay file; a QuestionnaireError names the file and line."""
    data = read_limited(path, MAX_OVERLAY_BYTES, QuestionnaireError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QuestionnaireError.single(
            str(path), f"is not UTF-8 text (bad byte at position {exc.start})") from None
    return read_overlay(text, str(path))


def read_overlay(text: str, source: str) -> Overlay:
    """Check the shape of an overlay given as YAML text; every problem is listed."""
    try:
        raw, positions = read_yaml(text, source)
    except YamlReadError as exc:
        raise QuestionnaireError(source, [exc.problem]) from None
    return overlay_from_data(raw, positions, source)


def overlay_from_data(raw: Any, positions: Mapping[tuple[str | int, ...], int],
                      source: str) -> Overlay:
    """Check the shape of parsed overlay data (``positions``: lines, when known)."""
    problems: list[Problem] = []

    def problem(path: tuple[str | int, ...], message: str) -> None:
        where = "/".join(str(p) for p in path)
        problems.append(Problem(source, where, message, positions.get(path)))

    if not isinstance(raw, dict):
        raise QuestionnaireError.single(source, "an overlay must be a mapping with format, "
                                                "questionnaire, language and texts")
    if raw.get("format") != FORMAT:
        problem(("format",), f"must be {FORMAT}")
    for name in ("questionnaire", "language", "status"):
        if not isinstance(raw.get(name), str) or not raw.get(name):
            problem((name,), "must be a non-empty text")
    language = raw.get("language")
    texts = raw.get("texts")
    if not isinstance(texts, dict):
        problem(("texts",), "must be a mapping of keys to {en, <language>}")
        texts = {}
    for key, entry in texts.items():
        if not isinstance(entry, dict):
            problem(("texts", key), "must be a mapping with en and the translation")
            continue
        for name in entry:
            if name not in _ENTRY_KEYS and name != language:
                problem(("texts", key, name), f"unknown key '{name}'")
        for lang in (DEFAULT_LANGUAGE, language):
            value = entry.get(lang)
            if value is not None and not isinstance(value, str):
                problem(("texts", key, str(lang)), "must be text")
        if not isinstance(entry.get(DEFAULT_LANGUAGE), str):
            problem(("texts", key), "has no 'en': the English the translation was made from")
        if "intended" in entry and not isinstance(entry["intended"], bool):
            problem(("texts", key, "intended"), "must be true or false")
    if problems:
        raise QuestionnaireError(source, problems)
    return Overlay(source, str(raw["questionnaire"]), str(language), str(raw["status"]),
                   texts)


def text_maps(raw: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every translatable text of parsed questionnaire data, with its overlay key."""
    yield from _walk(raw, ())


def _walk(node: Any, path: tuple[str, ...]) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in TEXT_KEYS and isinstance(value, dict):
                yield "/".join((*path, str(key))), value
            elif key in _PLAIN_KEYS and isinstance(value, str):  # read only: not in the data
                yield "/".join((*path, str(key))), {DEFAULT_LANGUAGE: value}
            else:
                yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        seen: dict[str, int] = {}
        for index, item in enumerate(node):
            name = _item_name(item, index)
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:  # two variants for the same nations: "england+wales#2"
                name = f"{name}#{seen[name]}"
            yield from _walk(item, (*path, name))


def _item_name(item: Any, index: int) -> str:
    if isinstance(item, dict):
        ident = item.get("id")
        if isinstance(ident, str) and ident:
            return ident
        nations = item.get("nations")
        if isinstance(nations, list) and nations and all(isinstance(n, str) for n in nations):
            return "+".join(nations)
    return str(index)


def apply_overlays(raw: Any, overlays: Iterable[Overlay]) -> tuple[Any, list[TranslationStatus]]:
    """A copy of parsed questionnaire data with each overlay's current translations added."""
    overlays = list(overlays)
    if not overlays or not isinstance(raw, dict):
        return raw, []
    merged = _plain_as_maps(copy.deepcopy(raw))
    found = dict(text_maps(merged))
    statuses = [_apply(found, overlay) for overlay in overlays]
    return merged, statuses


def status_of(raw: Any, overlay: Overlay) -> TranslationStatus:
    """How complete ``overlay`` is for the parsed questionnaire ``raw`` (raw is not changed)."""
    return _apply(dict(text_maps(_plain_as_maps(copy.deepcopy(raw)))), overlay)


def _plain_as_maps(node: Any) -> Any:
    """``node`` with each plain-string text (``unit: people``) made a text map in place, so
    that a translation can be added to it."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _PLAIN_KEYS and isinstance(value, str):
                node[key] = {DEFAULT_LANGUAGE: value}
            else:
                _plain_as_maps(value)
    elif isinstance(node, list):
        for item in node:
            _plain_as_maps(item)
    return node


def _apply(found: dict[str, dict[str, Any]], overlay: Overlay) -> TranslationStatus:
    language = overlay.language
    missing: list[str] = []
    stale: list[str] = []
    same: list[str] = []
    translated = 0
    for key, text_map in found.items():
        english = text_map.get(DEFAULT_LANGUAGE)
        entry = overlay.texts.get(key)
        if not isinstance(english, str) or language in text_map:
            translated += isinstance(english, str) and language in text_map
            continue  # written in the questionnaire itself
        welsh = entry.get(language) if entry else None
        if not isinstance(welsh, str) or not welsh.strip():
            missing.append(key)
            continue
        if entry is not None and entry.get(DEFAULT_LANGUAGE) != english:
            stale.append(key)
            continue
        if welsh.strip() == english.strip() and not (entry or {}).get("intended"):
            same.append(key)
        text_map[language] = welsh
        translated += 1
    unknown = tuple(k for k in overlay.texts if k not in found)
    return TranslationStatus(language, len(found), translated, tuple(missing), tuple(stale),
                             tuple(same), unknown, overlay.status)
