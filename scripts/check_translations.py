"""Count the missing and stale translations of each shipped questionnaire.

For every questionnaire in ``questionnaires/`` and each overlay in
``questionnaires/translations/``, and every archived version in ``questionnaires/archive/``
with its overlay in ``questionnaires/archive/translations/`` (assessments made on an earlier
version still read in Welsh), it prints how many texts there are, how many are translated,
and lists what is missing, stale (the English changed since it was translated), identical to
the English without ``intended: true``, or keyed to no text at all.

``--update`` also fills a missing translation whose English is exactly the English of a text
already translated in another overlay (the same sentence in another version: reused, not
re-translated), and drops entries keyed to no text.

Usage (from the repository root)::

    .venv/bin/python scripts/check_translations.py                # report; exit 1 if the
                                                                  # quick check is incomplete
    .venv/bin/python scripts/check_translations.py --update cy    # add every text not yet in
                                                                  # the overlays (empty, to
                                                                  # translate) and refresh
                                                                  # the English of stale ones
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from readiness_app.core.questionnaire_translation import (  # noqa: E402
    FOLDER,
    FORMAT,
    NEEDS_REVIEW,
    Overlay,
    TranslationStatus,
    read_overlay_file,
    status_of,
    text_maps,
)
from readiness_app.core.yaml_source import read_yaml  # noqa: E402

QUESTIONNAIRES = REPO / "questionnaires"
ARCHIVE = QUESTIONNAIRES / "archive"
#: Questionnaires that must be fully translated (the test fails otherwise); archived
#: versions by their file name (``uk_default-1.0``).
COMPLETE = {"quick_check": ("cy",), "quick_check-1.0": ("cy",), "quick_check-1.1": ("cy",),
            "uk_default-1.0": ("cy",), "uk_default-1.1": ("cy",)}


def shipped() -> list[Path]:
    """The current questionnaire files (not the archive)."""
    return sorted(QUESTIONNAIRES.glob("*.yaml"))


def archived() -> list[Path]:
    """The earlier versions kept so that old assessments still open."""
    return sorted(ARCHIVE.glob("*.yaml"))


def every_questionnaire() -> list[Path]:
    """The current questionnaires, then the archived versions."""
    return shipped() + archived()


def known_translations(language: str) -> dict[str, str]:
    """English -> translation of every text translated (and not stale) in any overlay, the
    current ones first: what ``--update`` reuses for the same sentence in another version."""
    found: dict[str, str] = {}
    for path in every_questionnaire():
        target = overlay_file(path, language)
        if not target.is_file():
            continue
        english_now = {key: text_map.get("en") for key, text_map in text_maps(raw_of(path))}
        for key, entry in read_overlay_file(target).texts.items():
            english, translation = entry.get("en"), entry.get(language)
            if (isinstance(english, str) and isinstance(translation, str)
                    and translation.strip() and english_now.get(key) == english):
                found.setdefault(english, translation)
    return found


def overlay_file(questionnaire: Path, language: str) -> Path:
    """Where a questionnaire's overlay for ``language`` lives."""
    return questionnaire.parent / FOLDER / f"{questionnaire.stem}.{language}.yaml"


def raw_of(path: Path) -> dict[str, object]:
    """The questionnaire's parsed data."""
    raw, _ = read_yaml(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(raw, dict):
        raise SystemExit(f"{path}: not a questionnaire")
    return raw


def report(path: Path, status: TranslationStatus) -> list[str]:
    """Lines for people about one overlay."""
    lines = [f"{path.name} [{status.language}]: {status.translated} of {status.total} texts "
             f"translated; missing {len(status.missing)}, stale {len(status.stale)}, "
             f"same as English {len(status.same)}, unknown keys {len(status.unknown)}"
             f" ({status.status})"]
    for label, keys in (("stale", status.stale), ("same as English", status.same),
                        ("unknown key", status.unknown), ("missing", status.missing)):
        lines += [f"  {label}: {key}" for key in keys[:10]]
        if len(keys) > 10:
            lines.append(f"  ... and {len(keys) - 10} more {label}")
    return lines


def statuses(language: str = "cy") -> dict[Path, TranslationStatus]:
    """Each shipped questionnaire's status in ``language`` (all missing when no overlay)."""
    found: dict[Path, TranslationStatus] = {}
    for path in every_questionnaire():
        raw = raw_of(path)
        target = overlay_file(path, language)
        overlay = (read_overlay_file(target) if target.is_file()
                   else Overlay(str(target), str(raw.get("id")), language, "no overlay", {}))
        found[path] = status_of(raw, overlay)
    return found


def update(language: str) -> None:
    """Add every untranslated text to the overlays, keeping what is translated and reusing
    the translation of the same English from another overlay."""
    reuse = known_translations(language)
    for path in every_questionnaire():
        raw = raw_of(path)
        target = overlay_file(path, language)
        old = read_overlay_file(target).texts if target.is_file() else {}
        lines = [f"# {language} texts of {path.name}, keyed by where each text sits (ids).",
                 "# 'en' is the English each text was translated from: when the English",
                 "# changes the translation is stale and the app shows the English.",
                 "# 'intended: true' marks a text meant to be the same in both languages.",
                 f"format: {FORMAT}", f"questionnaire: {json.dumps(raw.get('id'))}",
                 f"language: {language}", f"status: {json.dumps(NEEDS_REVIEW)}", "texts:"]
        for key, text_map in text_maps(raw):
            english = text_map.get("en")
            if not isinstance(english, str):
                continue
            entry = dict(old.get(key, {}))
            translation = entry.get(language, "")
            if not translation and english in reuse:
                entry = {"en": english}
                translation = reuse[english]
            lines.append(f"  {json.dumps(key, ensure_ascii=False)}:")
            lines.append(f"    en: {json.dumps(english, ensure_ascii=False)}")
            lines.append(f"    {language}: {json.dumps(translation, ensure_ascii=False)}")
            if entry.get("intended"):
                lines.append("    intended: true")
            if entry.get("en") not in (None, english):
                lines.append(f"    note: {json.dumps('stale: was ' + str(entry['en']))}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(REPO)}")


def main(argv: list[str] | None = None) -> int:
    """Report (or update) the overlays; exit 1 when a must-be-complete one is not."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", metavar="LANG",
                        help="add the untranslated texts of every questionnaire to its overlay")
    parser.add_argument("--language", default="cy", help="the language to report (cy)")
    args = parser.parse_args(argv)
    if args.update:
        update(args.update)
        return 0
    failed = False
    for path, status in statuses(args.language).items():
        print("\n".join(report(path, status)).replace(
            path.name, str(path.relative_to(QUESTIONNAIRES)), 1))
        if args.language in COMPLETE.get(path.stem, ()):
            failed |= bool(status.missing or status.stale or status.same or status.unknown)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
