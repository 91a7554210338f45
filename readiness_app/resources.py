"""The only module that knows where shipped data lives.

In a source checkout (or an editable install) the data sits at the top of the repository,
beside the package; in an installed wheel it is packed under ``readiness_app/_data``.
Callers ask for a name relative to one of the two roots and get a path back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent
_ROOTS = ("questionnaires", "assets")
PACK_SUFFIX = ".readiness-pack"
BUNDLED_PACK_FOLDER = "hub-pack"


def _root(kind: str) -> Path:
    if kind not in _ROOTS:
        raise ValueError(f"unknown data root {kind!r}")
    packed = _PACKAGE_DIR / "_data" / kind
    if packed.is_dir():
        return packed
    return _PACKAGE_DIR.parent / kind


def _resolve(kind: str, name: str) -> Path:
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ValueError(f"data names must be relative and stay inside {kind}/: {name!r}")
    return _root(kind).joinpath(*relative.parts)


def questionnaires_dir() -> Path:
    """Folder holding the shipped questionnaire definitions."""
    return _root("questionnaires")


def asset_path(name: str) -> Path:
    """Path of one shipped asset, e.g. ``asset_path("support/organisations.csv")``."""
    return _resolve("assets", name)


def questionnaire_paths() -> list[Path]:
    """Every shipped questionnaire file, sorted by name: the current versions, then the
    earlier versions kept in ``archive/`` so that assessments made on them stay readable."""
    folder = questionnaires_dir()
    found: list[Path] = []
    for place in (folder, folder / "archive"):
        if place.is_dir():
            found += sorted(p for p in place.iterdir()
                            if p.suffix in {".yaml", ".yml"} and p.is_file())
    return found


PREBUILT_CACHE_ENV = "READINESS_PREBUILT_CACHE"


def prebuilt_cache_dir() -> Path | None:
    """Parsed questionnaires made when an installer was built (``_data/cache/questionnaires``),
    read-only; None when this installation has none. ``READINESS_PREBUILT_CACHE`` names another
    such folder (a package built outside PyInstaller; the test suite shares one this way)."""
    override = os.environ.get(PREBUILT_CACHE_ENV)
    folder = Path(override) if override else _PACKAGE_DIR / "_data" / "cache" / "questionnaires"
    return folder if folder.is_dir() else None


def app_dir() -> Path | None:
    """The folder of an installed (frozen) app's executable; None when run from Python."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def bundled_pack_paths() -> list[Path]:
    """Hub packs placed next to an installed app: ``*.readiness-pack`` files and a
    ``hub-pack`` folder beside the executable, sorted by name."""
    folder = app_dir()
    if folder is None or not folder.is_dir():
        return []
    found = sorted(p for p in folder.iterdir()
                   if p.suffix.lower() == PACK_SUFFIX and p.is_file())
    unpacked = folder / BUNDLED_PACK_FOLDER
    if (unpacked / "pack.json").is_file():
        found.append(unpacked)
    return found


def message_catalogue(language: str) -> Path:
    """The compiled catalogue of the code's texts in ``language`` (gettext ``.mo``)."""
    return asset_path(f"locale/{language}/LC_MESSAGES/readiness.mo")
