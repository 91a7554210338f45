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
* Every open first checks the file through a read-only connection (``PRAGMA quick_check``):
  a damaged or empty file is refused (:class:`DamagedLibraryError`) and never written to;
  :mod:`.recover` copies what can be read into a new library. The check (about 0.6 s at
  100,000 assessments) is skipped when the library and its write-ahead log are exactly as the
  app left them after a clean check (same file, size, modification time and header, see
  :func:`remember_clean`), for at most :data:`CHECK_STAMP_DAYS` days.
* A new library is built in a temporary file and renamed into place, so a library file that
  exists is never empty; an empty one is refused, not silently re-created.
* A library that cannot be written (read-only folder or drive) is opened read-only (SQLite's
  ``mode=ro``, or ``immutable=1`` when not even the ``-wal``/``-shm`` files can be made).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from readiness_app import __version__
from readiness_app.core.errors import (
    DamagedLibraryError,
    DatabaseLockedError,
    DatabaseTooNewError,
    MigrationError,
    NotALibraryError,
    ReadOnlyLibraryError,
    StorageError,
    StorageIOError,
)
from readiness_app.core.i18n import T_
from readiness_app.storage import paths
from readiness_app.storage.atomic import fsync_dir, storage_io_error, write_bytes_atomic
from readiness_app.storage.migrations import MIGRATIONS, Migration, statements

APPLICATION_ID = 0x52444E31  # "RDN1": tells our libraries from other SQLite files
DEFAULT_TIMEOUT = 5.0  # seconds to wait for another program's write to finish
_NOT_A_LIBRARY = T_("this is a database, but not an assessment library; it has not been "
                    "changed. Choose another data folder.")
CACHE_KIB = 65536
MAX_REPORTED_PROBLEMS = 20  # quick_check stops after this many
CHECK_STAMP_DAYS = 7  # an unchanged library is checked again after this long anyway
_HEADER_BYTES = 100  # SQLite's file header: change counter, page count, schema cookie

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
        return DatabaseLockedError(where, T_("the library is being changed by another program "
                                             "(perhaps the app is open in another window). "
                                             "Wait a moment and try again; nothing was "
                                             "changed."))
    if code == _FULL or "disk is full" in text:
        return StorageIOError(where, T_("the disk is full, so the change could not be saved. "
                                        "Free some space and try again; the library is as it "
                                        "was before."))
    if code == _READONLY or "readonly" in text:
        return StorageIOError(where, T_("the library cannot be written: the folder or drive is "
                                        "read-only, or you do not have permission."))
    if code == _CANTOPEN or "unable to open" in text:
        return StorageIOError(where, T_("the library cannot be opened: the folder may be "
                                        "missing, read-only or not yours."))
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return NotALibraryError(where, T_("this file is damaged or is not an assessment "
                                          "library. It has not been changed; copies made before "
                                          "upgrades are in the 'backups' folder beside it."))
    if code == _IOERR:
        return StorageIOError(where, T_("the disk reported an error ({error}). Check the drive "
                                        "and try again.", error=text))
    return StorageError(where, T_("the library could not be used: {error}", error=text))


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
        raise storage_io_error(path.parent, exc, T_("the library folder cannot be created")) \
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
    read_only: bool = False,
) -> sqlite3.Connection:
    """Open (creating or upgrading) the library at ``path``; returns a ready connection.

    The file is checked first (format, then ``PRAGMA quick_check``) through a read-only
    connection. With ``read_only`` that connection is returned (it refuses every write) and
    nothing is created or upgraded. Raises DatabaseTooNewError, NotALibraryError (and its
    DamagedLibraryError), MigrationError, StorageIOError or DatabaseLockedError, each naming
    the file; in every case the file is left as it was.
    """
    try:
        found = path.stat()
        size: int | None = found.st_size
    except (FileNotFoundError, NotADirectoryError):
        size = None
    except OSError as exc:
        raise storage_io_error(path, exc, T_("the library cannot be opened")) from None
    else:
        _refuse_special(path, found.st_mode)
    if size is None:
        if read_only:
            raise ReadOnlyLibraryError(str(path), T_("there is no library in this folder and "
                                                     "the folder or drive is read-only, so "
                                                     "none can be made. Choose another "
                                                     "folder."))
        create_database(path, timeout, migrations)
    elif size == 0:
        raise NotALibraryError(str(path), T_("the library file is empty (0 bytes): it was cut "
                                             "short, perhaps by an interrupted copy. It has not "
                                             "been changed. Copy the library back from where "
                                             "it came from, or move this file away to start a "
                                             "new, empty library."))
    left_alone = [p for p in (wal_path(path), shm_path(path)) if not p.exists()]
    checker = connect_read_only(path, timeout)
    try:
        try:
            with translated(path):
                version = _check(checker, path, migrations)
            if not unchanged_since_check(path):
                check_integrity(checker, path)
                remember_clean(path)
        except StorageError:
            checker.close()
            _remove_empty_side_files(left_alone)
            raise
        if read_only:
            if version < latest_version(migrations):
                raise ReadOnlyLibraryError(str(path), T_(
                    "this library (format {version}) must be upgraded before this version of "
                    "the app can use it, and the folder or drive is read-only. Copy the folder "
                    "to a writable place and open it there.", version=version))
            with translated(path):
                checker.execute("PRAGMA query_only = ON")
                checker.execute(f"PRAGMA cache_size = -{CACHE_KIB:d}")
            return checker
    except BaseException:
        checker.close()
        raise
    checker.close()
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


def _refuse_special(path: Path, mode: int) -> None:
    """NotALibraryError unless ``mode`` is a regular file's: SQLite would wait for ever on a
    pipe and call a folder or device a disk error."""
    if not stat.S_ISREG(mode):
        raise NotALibraryError(str(path), T_("the library file is not an ordinary file (it is "
                                             "a folder, a pipe or a device). It has not been "
                                             "changed. Move it away to start a new, empty "
                                             "library."))


def can_write(path: Path) -> bool:
    """False when the library (or, if it does not exist yet, its folder) cannot be written.

    SQLite needs to make ``-wal`` and ``-shm`` files beside the library, so the folder must be
    writable too.
    """
    folder = path.parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def connect_read_only(path: Path, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """A connection that cannot write: ``mode=ro``, or ``immutable=1`` on read-only media.

    ``immutable=1`` is used only when SQLite cannot make the ``-wal``/``-shm`` files it needs
    to read a library in WAL mode; it is refused when a ``-wal`` file with changes exists,
    since those would not be read.
    """
    with contextlib.suppress(OSError):  # a missing file is SQLite's to report
        _refuse_special(path, path.stat().st_mode)
    uri = path.absolute().as_uri()
    try:
        conn = _probe(f"{uri}?mode=ro", timeout)
    except sqlite3.Error as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == _READONLY and path.is_file() and can_write(path):
            return _after_recovery(path, uri, timeout, exc)
        if code != _CANTOPEN or not path.is_file():
            raise translate_error(path, exc) from None
        wal = wal_path(path)
        if wal.exists() and wal.stat().st_size > 0:
            raise ReadOnlyLibraryError(str(path), T_(
                "the latest changes are in {file}, which cannot be read from a read-only "
                "folder or drive. Copy the folder to a writable place and open it there.",
                file=wal.name)) from None
        try:
            conn = _probe(f"{uri}?immutable=1", timeout)
        except sqlite3.Error as again:
            raise translate_error(path, again) from None
    return conn


def _after_recovery(path: Path, uri: str, timeout: float,
                    first: sqlite3.Error) -> sqlite3.Connection:
    """Read-only again once a writing connection has rebuilt the write-ahead log's index.

    After a writer was killed mid-save, a read-only connection cannot rebuild that index
    (SQLITE_READONLY_RECOVERY); opening the file for writing does it without changing data.
    """
    try:
        _probe(uri, timeout).close()
        return _probe(f"{uri}?mode=ro", timeout)
    except sqlite3.Error:
        raise translate_error(path, first) from None


def _probe(uri: str, timeout: float) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                           cached_statements=256)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check``; DamagedLibraryError (with what to do) when the file fails it."""
    try:
        rows = conn.execute(f"PRAGMA quick_check({MAX_REPORTED_PROBLEMS:d})").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
    except sqlite3.Error as exc:
        error = translate_error(path, exc)
        if not isinstance(error, NotALibraryError):
            raise error from None
        problems = [str(exc)]
    if problems:
        raise damaged(path, problems[0], len(problems))


def file_state(path: Path) -> dict[str, object] | None:
    """What tells whether the library at ``path`` changed: its identity, size, modification
    time and SQLite header, and the size and time of a non-empty write-ahead log; None if the
    library cannot be read."""
    try:
        found = os.stat(path)
        with open(path, "rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError:
        return None
    try:
        log = os.stat(wal_path(path))
    except OSError:
        log = None
    # an empty log holds nothing: a reader (the check's own connection) may have just made it
    wal = [log.st_size, log.st_mtime_ns] if log is not None and log.st_size else None
    return {"file": [found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns],
            "header": header.hex(), "wal": wal}


def remember_clean(path: Path) -> None:
    """Record the library's present state as checked clean (quietly does nothing when the
    stamp cannot be written, e.g. on a read-only drive: the next open just checks again)."""
    state = file_state(path)
    if state is None:
        return
    stamp = {**state, "checked_at": datetime.now(UTC).isoformat()}
    with contextlib.suppress(OSError, StorageError):
        target = paths.check_stamp_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, json.dumps(stamp).encode("utf-8"))


def unchanged_since_check(path: Path) -> bool:
    """True when the library is exactly as it was recorded after its last clean check, less
    than :data:`CHECK_STAMP_DAYS` ago (a missing or unreadable stamp means False)."""
    try:
        stamp = json.loads(paths.check_stamp_file(path).read_bytes())
        checked = datetime.fromisoformat(stamp.pop("checked_at"))
        age = (datetime.now(UTC) - checked).total_seconds()
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return False
    return 0 <= age < CHECK_STAMP_DAYS * 86400 and stamp == file_state(path)


def damaged(path: Path, first: str, count: int = 1) -> DamagedLibraryError:
    """The error for a library that fails SQLite's check."""
    more = T_("; {count} problems found", count=count) if count > 1 else ""
    more = T_("{problems} or more", problems=more) if count >= MAX_REPORTED_PROBLEMS else more
    return DamagedLibraryError(
        str(path), T_("the library is damaged (SQLite's check says: {first}{more}). It has not "
                      "been changed and nothing will be saved into it. Copy what can still be "
                      "read into a new library with: {command} (the desktop app offers the "
                      "same when it starts); copies made before upgrades are in the 'backups' "
                      "folder beside it.", first=first, more=more,
                      command=f"readiness-app recover --data-dir \"{path.parent}\" "
                              "-o NEW_FOLDER"))


def create_database(path: Path, timeout: float = DEFAULT_TIMEOUT,
                    migrations: Sequence[Migration] = MIGRATIONS) -> None:
    """Make a new, empty library at ``path``: built in a temporary file, then linked into
    place, so ``path`` never exists half made. Another process that makes it first wins."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_io_error(folder, exc, T_("the library folder cannot be created")) from None
    temp = folder / f".{path.name}.{os.getpid()}.new"
    try:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        conn = sqlite3.connect(str(temp), timeout=timeout, isolation_level=None)
        try:
            migrate(conn, path, migrations)
        finally:
            conn.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        try:
            os.link(temp, path)
        except FileExistsError:
            pass  # another process made the library meanwhile: use that one
        except OSError:  # no hard links here (FAT on a USB stick): a rename will do
            if not path.exists():
                os.replace(temp, path)
        fsync_dir(folder)
    except OSError as exc:
        raise storage_io_error(path, exc, T_("the new library cannot be written")) from None
    except sqlite3.Error as exc:
        raise translate_error(path, exc) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def wal_path(path: Path) -> Path:
    """The write-ahead log beside the library."""
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    """The shared-memory index of the write-ahead log."""
    return path.with_name(path.name + "-shm")


def _remove_empty_side_files(made: list[Path]) -> None:
    """Remove the ``-wal``/``-shm`` files a refused check made (only if the log is empty)."""
    wal = [p for p in made if p.name.endswith("-wal")]
    if wal and wal[0].exists() and wal[0].stat().st_size > 0:
        return
    for side in made:
        with contextlib.suppress(OSError):
            side.unlink()


def file_identity(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of a file, or None when it does not exist."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def _check(conn: sqlite3.Connection, path: Path, migrations: Sequence[Migration]) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    latest = latest_version(migrations)
    if version == 0:
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if objects or app_id not in (0, APPLICATION_ID):
            raise NotALibraryError(str(path), _NOT_A_LIBRARY)
        return 0
    if app_id != APPLICATION_ID:
        raise NotALibraryError(str(path), _NOT_A_LIBRARY)
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
        raise storage_io_error(folder, exc, T_("the backup folder cannot be created; the "
                                                   "library was not upgraded")) from None
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
        raise storage_io_error(target, exc, T_("the backup copy cannot be written, so the "
                                                   "library was not upgraded")) from None
    except sqlite3.Error as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        error = translate_error(target, exc)
        raise StorageIOError(str(target), T_("the backup copy cannot be written, so the "
                                             "library was not upgraded ({reason})",
                                             reason=error.reason)) from None
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
            saved = T_(" A copy made before the upgrade is at {backup}.", backup=str(backup)) \
                if backup else ""
            raise MigrationError(str(path), T_("the library could not be upgraded to format "
                                               "{format} ({error}); it was left as it "
                                               "was.{saved}", format=latest, error=str(exc),
                                               saved=saved)) from None
        raise
