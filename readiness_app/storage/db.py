"""Opening the library database: connection settings, checks and forward migrations.

* stdlib ``sqlite3`` with ``isolation_level=None``: every transaction is explicit
  (``BEGIN IMMEDIATE`` ... ``COMMIT``); Python 3.11 has no ``autocommit`` attribute.
* ``journal_mode=WAL`` and ``synchronous=FULL``: a commit is on disk when it returns, and a
  process killed at any moment leaves the last committed state.
* ``foreign_keys=ON`` on every connection; one connection per thread.
* ``PRAGMA user_version`` is the schema version and ``application_id`` marks our files. A
  library newer than this app is refused untouched (:class:`DatabaseTooNewError`); an older one
  is copied to ``backups/`` first and then upgraded in one exclusive transaction, so a failure
  or a crash leaves it exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from readiness_app import __version__
from readiness_app.core.errors import (
    DatabaseLockedError,
    DatabaseTooNewError,
    MigrationError,
    NotALibraryError,
    StorageError,
    StorageIOError,
)
from readiness_app.storage.atomic import fsync_dir, storage_io_error
from readiness_app.storage.migrations import MIGRATIONS, Migration, statements

APPLICATION_ID = 0x52444E31  # "RDN1": tells our libraries from other SQLite files
DEFAULT_TIMEOUT = 5.0  # seconds to wait for another program's write to finish
CACHE_KIB = 65536

# Primary SQLite result codes (``sqlite_errorcode & 0xff``).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, \
    14, 26


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """The schema version this app writes."""
    return migrations[-1].version if migrations else 0


def now_text() -> str:
    """The current UTC time as stored in the library."""
    return time_text(datetime.now(UTC))


def time_text(moment: datetime) -> str:
    """A time as stored: UTC, ISO 8601, always with microseconds (so text order is time order).

    A naive time is taken to be UTC.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    """A time as stored (a naive one is taken to be UTC)."""
    stamp = datetime.fromisoformat(text)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def parse_optional_time(text: str | None) -> datetime | None:
    """A stored time, or None for NULL."""
    return None if text is None else parse_time(text)


def translate_error(path: Path | str, exc: sqlite3.Error) -> StorageError:
    """A user-facing StorageError for an sqlite3 error on the library at ``path``."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc)
    where = str(path)
    if code in (_BUSY, _LOCKED) or "locked" in text:
        return DatabaseLockedError(where, "the library is being changed by another program "
                                   "(perhaps the app is open in another window). Wait a moment "
                                   "and try again; nothing was changed.")
    if code == _FULL or "disk is full" in text:
        return StorageIOError(where, "the disk is full, so the change could not be saved. Free "
                              "some space and try again; the library is as it was before.")
    if code == _READONLY or "readonly" in text:
        return StorageIOError(where, "the library cannot be written: the folder or drive is "
                              "read-only, or you do not have permission.")
    if code == _CANTOPEN or "unable to open" in text:
        return StorageIOError(where, "the library cannot be opened: the folder may be missing, "
                              "read-only or not yours.")
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return NotALibraryError(where, "this file is damaged or is not an assessment library. "
                                "It has not been changed; copies made before upgrades are in "
                                "the 'backups' folder beside it.")
    if code == _IOERR:
        return StorageIOError(where, f"the disk reported an error ({text}). Check the drive "
                              "and try again.")
    return StorageError(where, f"the library could not be used: {text}")


@contextlib.contextmanager
def translated(path: Path | str) -> Iterator[None]:
    """Turn sqlite3 errors raised inside the block into StorageErrors naming ``path``."""
    try:
        yield
    except sqlite3.Error as exc:
        raise translate_error(path, exc) from None


def connect(path: Path, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """A raw connection with the library's settings, without any checks or migrations."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_io_error(path.parent, exc, "the library folder cannot be created") \
            from None
    with translated(path):
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None,
                               cached_statements=256)
    try:
        with translated(path):
            conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(
    path: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    migrations: Sequence[Migration] = MIGRATIONS,
    backup_folder: Path | None = None,
) -> sqlite3.Connection:
    """Open (creating or upgrading) the library at ``path``; returns a ready connection.

    Raises DatabaseTooNewError, NotALibraryError, MigrationError, StorageIOError or
    DatabaseLockedError, each naming the file; in every case the file is left as it was.
    """
    conn = connect(path, timeout)
    try:
        with translated(path):
            version = _check(conn, path, migrations)
            _set_journal(conn)
            if version < latest_version(migrations):
                backup = None
                if version > 0:
                    folder = backup_folder if backup_folder is not None \
                        else path.parent / "backups"
                    backup = write_backup(conn, path, folder, version)
                migrate(conn, path, migrations, backup)
    except BaseException:
        conn.close()
        raise
    return conn


def _check(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration]) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    latest = latest_version(migrations)
    if version == 0:
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if objects or app_id not in (0, APPLICATION_ID):
            raise NotALibraryError(str(path), "this is a database, but not an assessment "
                                   "library; it has not been changed. Choose another data "
                                   "folder.")
        return 0
    if app_id != APPLICATION_ID:
        raise NotALibraryError(str(path), "this is a database, but not an assessment library; "
                               "it has not been changed. Choose another data folder.")
    if version > latest:
        raise DatabaseTooNewError(str(path), version, latest, _written_by(conn))
    return version


def _written_by(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_app_version'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def _set_journal(conn: sqlite3.Connection) -> None:
    # WAL cannot be used on some network drives; SQLite then keeps its rollback journal, which
    # is just as safe, only slower with several readers.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    # Up to 64 MB of page cache (used only as pages are read): keeps the list of a
    # 100,000-assessment library in memory once it has been read.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB:d}")


def write_backup(conn: sqlite3.Connection, path: Path, folder: Path, version: int) -> Path:
    """Copy the library into ``folder`` (atomically) before an upgrade; returns the copy."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-format{version}-{stamp}.sqlite3"
    temp = folder / f".{target.name}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_io_error(folder, exc, "the backup folder cannot be created; the library "
                               "was not upgraded") from None
    try:
        copy = sqlite3.connect(str(temp), isolation_level=None)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise storage_io_error(target, exc, "the backup copy cannot be written, so the library "
                               "was not upgraded") from None
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        error = translate_error(target, exc)
        raise StorageIOError(str(target), f"the backup copy cannot be written, so the library "
                             f"was not upgraded ({error.reason})") from None
    return target


def migrate(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration],
            backup: Path | None = None) -> None:
    """Apply every step newer than the library, in one exclusive transaction."""
    latest = latest_version(migrations)
    conn.execute("BEGIN EXCLUSIVE")
    try:
        # Read again under the lock: another process may have upgraded it meanwhile.
        current = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if current > latest:
            raise DatabaseTooNewError(str(path), current, latest, _written_by(conn))
        now = now_text()
        for step in migrations:
            if step.version <= current:
                continue
            for statement in statements(step.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_history (version, name, applied_at, app_version) "
                         "VALUES (?, ?, ?, ?)", (step.version, step.name, now, __version__))
        if current == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            conn.execute("INSERT INTO meta (key, value) VALUES ('created_by_app_version', ?)",
                         (__version__,))
        conn.execute("INSERT OR REPLACE INTO meta (key, value) "
                     "VALUES ('schema_app_version', ?)", (__version__,))
        conn.execute(f"PRAGMA user_version = {latest:d}")
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, StorageError):
            raise
        if isinstance(exc, sqlite3.Error):
            error = translate_error(path, exc)
            if isinstance(error, StorageIOError | NotALibraryError):
                raise error from None
            saved = f" A copy made before the upgrade is at {backup}." if backup else ""
            raise MigrationError(str(path), f"the library could not be upgraded to format "
                                 f"{latest} ({exc}); it was left as it was.{saved}") from None
        raise
