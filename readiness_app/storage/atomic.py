"""Atomic file writes: a file is either the old one or the complete new one, never half.

The data goes to a temporary file in the destination folder, is flushed and fsynced, and is
then renamed over the destination with ``os.replace``; on POSIX the folder is fsynced too so
the rename survives a power cut. On any failure the temporary file is removed and the
destination is left as it was. OS errors become :class:`StorageIOError` with a plain reason
that names the file (disk full, read-only, permission denied, open in another program).

Only ordinary files are replaced: a destination that is a folder, a device, a FIFO or a socket
is refused and left alone. A destination that is a symbolic link to an ordinary file is
followed: the file it points to is replaced and the link stays; a link to anything else (or
to nothing) is refused. Temporary files left behind by a write that was killed are removed by
the next write of the same file once they are an hour old.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from readiness_app.core.errors import StorageIOError
from readiness_app.core.i18n import T_

# Windows error codes for a file that another program holds open or locked.
_WINDOWS_SHARING_VIOLATION = 32
_WINDOWS_LOCK_VIOLATION = 33
STALE_TEMP_SECONDS = 3600  # a temporary file this old belongs to a write that was killed


def describe_os_error(exc: OSError) -> str:
    """A plain reason for an OS error, with what to do about it (a ``T_`` text: shown in the
    reader's language where the error is shown)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in (_WINDOWS_SHARING_VIOLATION, _WINDOWS_LOCK_VIOLATION):
        return T_("the file is open in another program; close it there and try again, "
                  "or choose another name")
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return T_("the disk is full; free some space or choose another place")
    if code == errno.EROFS:
        return T_("the drive is read-only; choose another place")
    if code in (errno.EACCES, errno.EPERM):
        return T_("permission denied: the folder may be read-only, or the file may be open "
                  "in another program")
    if code == errno.ENOENT:
        return T_("the folder does not exist")
    if code == errno.EISDIR:
        return T_("it is a folder, not a file")
    if code == errno.ENOTDIR:
        return T_("part of the path is a file, not a folder")
    if code == errno.ENAMETOOLONG:
        return T_("the name is too long; choose a shorter name or folder")
    if code == errno.EFBIG:
        return T_("the file is too large for this drive")
    if code == errno.EBUSY:
        return T_("the file is in use by another program; close it and try again")
    return exc.strerror or str(exc)


def storage_io_error(path: str | os.PathLike[str], exc: OSError,
                     doing: str = "") -> StorageIOError:
    """A StorageIOError naming ``path`` for an OS error; ``doing`` (a ``T_`` text) says what
    failed, "cannot be written" by default."""
    return StorageIOError(str(path), T_("{doing}: {reason}",
                                        doing=doing or T_("cannot be written"),
                                        reason=describe_os_error(exc)))


def make_folder(folder: Path, doing: str = "") -> None:
    """Make ``folder`` and its parents (nothing when it is there); a StorageIOError naming it
    when that fails, ``doing`` (a ``T_`` text) saying what failed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_io_error(folder, exc, doing) from None


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Write ``path`` atomically: yields a binary file; the result appears only on success."""
    shown = path
    path = writable_destination(path)
    folder = path.parent
    prefix = _temp_prefix(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise storage_io_error(shown, exc) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, temp)
        os.replace(temp, path)
    except OSError as exc:
        _remove_quietly(temp)
        raise storage_io_error(shown, exc) from None
    except BaseException:
        _remove_quietly(temp)
        raise
    fsync_dir(folder)
    _remove_stale_temps(folder, prefix)


def writable_destination(path: Path) -> Path:
    """The ordinary file to replace for ``path`` (a link is followed); refuses anything else.

    Raises StorageIOError naming ``path`` when it is a folder, a device, a FIFO or a socket,
    or a link to one of those or to nothing.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise storage_io_error(path, exc) from None
    target = path
    if stat.S_ISLNK(info.st_mode):
        target = Path(os.path.realpath(path))
        try:
            info = os.stat(target)
        except FileNotFoundError:
            raise StorageIOError(str(path), T_("cannot be written: it is a link to a file "
                                               "that does not exist; choose another name")) \
                from None
        except OSError as exc:
            raise storage_io_error(path, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise StorageIOError(str(path), T_("cannot be written: it is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise StorageIOError(str(path), T_("cannot be written: it is a device or special "
                                           "file, not an ordinary file; choose another name"))
    return target


def _temp_prefix(path: Path) -> str:
    return f".{path.name[:40]}."


def _remove_stale_temps(folder: Path, prefix: str) -> None:
    """Remove this file's temporary files left by killed writes (an hour old or more)."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    info = entry.stat(follow_symlinks=False)
                    if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                        os.unlink(entry.path)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (see the module docstring)."""
    with atomic_writer(path) as handle:
        handle.write(data)


def write_files_atomic(folder: Path, files: Iterable[tuple[str, bytes]],
                       joiner: str = "-") -> list[Path]:
    """Write each ``(file name, data)`` into ``folder`` (made if need be), each atomically;
    a name met again gets a number before its suffix (``a.csv``, then ``a-2.csv``, with
    ``joiner`` before the number). Returns the files written, in order."""
    make_folder(folder)
    written: list[Path] = []
    used: set[str] = set()
    for name, data in files:
        stem, suffix = os.path.splitext(name)
        number = 2
        while name in used:
            name, number = f"{stem}{joiner}{number}{suffix}", number + 1
        used.add(name)
        path = folder / name
        write_bytes_atomic(path, data)
        written.append(path)
    return written


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only; a no-op where unsupported)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the data itself is already safe
    finally:
        os.close(fd)


def _copy_mode(target: Path, temp: Path) -> None:
    # mkstemp creates 0600; keep an existing file's permissions, else the usual 0644.
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
