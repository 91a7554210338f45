"""The only module that knows where shipped data lives.

In a source checkout (or an editable install) the data sits at the top of the repository,
beside the package; in an installed wheel it is packed under ``readiness_app/_data``.
Callers ask for a name relative to one of the two roots and get a path back.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent
_ROOTS = ("questionnaires", "assets")


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
