"""Reading a whole user-supplied file safely: a regular file, never more than its limit."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from readiness_app.core.errors import InputFileError
from readiness_app.core.i18n import T_, Text

# O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just after opening).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


def read_limited(
    path: Path,
    limit: int,
    error: type[InputFileError] = InputFileError,
    describe: Callable[[OSError], str] | None = None,
) -> bytes:
    """The bytes of the regular file at ``path``; at most ``limit + 1`` bytes are ever read.

    Folders, devices and pipes are refused, and so is a file larger than ``limit``, with an
    ``error`` naming the file. ``describe`` turns an OS error into the reason shown (default: the
    system's own words).
    """
    source = str(path)
    try:
        if path.is_dir():
            raise error.single(source, T_("cannot be read: it is a folder, not a file"))
        fd = os.open(path, _OPEN_FLAGS)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise error.single(source, T_("cannot be read: it is not a regular file"))
            if info.st_size > limit:
                raise error.single(source, _too_big(info.st_size, limit))
            data = handle.read(limit + 1)
    except OSError as exc:
        reason = describe(exc) if describe else exc.strerror or str(exc)
        raise error.single(source, T_("cannot be read: {reason}", reason=reason)) from None
    if len(data) > limit:  # it grew after the size check
        raise error.single(source, _too_big(len(data), limit))
    return data


def _too_big(size: int, limit: int) -> Text:
    return T_("the file is {size} bytes; the limit is {limit}", size=f"{size:,}",
              limit=f"{limit:,}")
