"""Where the app keeps its user files: the only module that decides.

The folder is, in order of preference: the ``--data-dir`` given on the command line, the
``READINESS_DATA_DIR`` environment variable (portable use from a USB stick, and tests), or the
platform's per-user data folder from platformdirs:

* Windows: ``%LOCALAPPDATA%\\Readiness\\readiness-app``
* macOS: ``~/Library/Application Support/readiness-app``
* Linux: ``$XDG_DATA_HOME/readiness-app`` (usually ``~/.local/share/readiness-app``)

Inside it: ``library.sqlite3``, ``backups/``, ``cache/questionnaires/``, ``settings/ui.ini``,
``logs/``, ``packs/`` (hub packs the user installed), ``cache/packs/`` (packs given as a zip
file, unpacked after checking), ``cache/library.sqlite3.check.json`` (the library's state at its
last clean check, so an unchanged library is not checked again) and, after the app recovered a
damaged library, ``recovered-<time>/``; each has its function below.

Keep the folder on a local disk: SQLite's write-ahead log does not work on network drives,
and a cloud-synced folder can copy the database half-written. Share assessments as
``.readiness`` files instead.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "readiness-app"
APP_AUTHOR = "Readiness"  # the Windows folder above the app's; never change it
ENV_DATA_DIR = "READINESS_DATA_DIR"
LIBRARY_FILE = "library.sqlite3"
BACKUP_FOLDER = "backups"
QUESTIONNAIRE_CACHE_FOLDER = "cache/questionnaires"
SETTINGS_FILE = "settings/ui.ini"
LOG_FOLDER = "logs"
PACKS_FOLDER = "packs"
PACK_CACHE_FOLDER = "cache/packs"
CHECK_CACHE_FOLDER = "cache"
LOG_FILE = "readiness-app.log"
CRASH_FILE = "crash.log"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else ``$READINESS_DATA_DIR``, else the user data dir."""
    if override is not None and str(override).strip():
        return Path(override).expanduser().absolute()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser().absolute()
    import platformdirs  # 5-12 ms of a command's start: only when the default folder is used

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def library_path(folder: Path) -> Path:
    """The library database inside a data folder."""
    return folder / LIBRARY_FILE


def backup_dir(folder: Path) -> Path:
    """Where copies of the library are written before it is upgraded."""
    return folder / BACKUP_FOLDER


def recovery_dir(folder: Path, stamp: str) -> Path:
    """A new data folder for what the desktop app recovered from a damaged library."""
    return folder / f"recovered-{stamp}"


def questionnaire_cache_dir(folder: Path) -> Path:
    """Where parsed questionnaire files are cached (safe to delete)."""
    return folder / QUESTIONNAIRE_CACHE_FOLDER


def check_stamp_file(library: Path) -> Path:
    """The state of the library file ``library`` at its last clean check (safe to delete)."""
    return library.parent / CHECK_CACHE_FOLDER / f"{library.name}.check.json"


def settings_file(folder: Path) -> Path:
    """The desktop app's window settings (INI, never the Windows registry)."""
    return folder / SETTINGS_FILE


def log_dir(folder: Path) -> Path:
    """The folder of the app's logs."""
    return folder / LOG_FOLDER


def log_file(folder: Path) -> Path:
    """The app's rotating log."""
    return log_dir(folder) / LOG_FILE


def crash_file(folder: Path) -> Path:
    """Where a hard crash's traceback is written (faulthandler)."""
    return log_dir(folder) / CRASH_FILE


def packs_dir(folder: Path) -> Path:
    """Where hub packs installed by the user live, one folder per pack id."""
    return folder / PACKS_FOLDER


def pack_cache_dir(folder: Path) -> Path:
    """Where zipped packs given with ``--pack`` (or found next to the app) are unpacked after
    they are checked (safe to delete)."""
    return folder / PACK_CACHE_FOLDER
