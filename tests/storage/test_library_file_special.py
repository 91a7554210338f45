"""The library file is a pipe, a folder or a device (third round of hostile input): named at
once by every way in, never waited on."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from readiness_app.core.errors import NotALibraryError
from readiness_app.storage import paths
from readiness_app.storage.db import open_database
from readiness_app.storage.recover import recover_library


def _special(folder: Path, kind: str) -> Path:
    library = paths.library_path(folder)
    library.parent.mkdir(parents=True, exist_ok=True)
    if kind == "pipe":
        os.mkfifo(library)
    elif kind == "folder":
        library.mkdir()
    else:
        library.symlink_to("/dev/zero")
    return library


def _within(seconds: float, call: Callable[[], object], library: Path) -> BaseException:
    caught: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # handed to the test thread
            caught.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=seconds)
    if worker.is_alive():  # let SQLite's open go before failing
        with open(library, "wb"):
            pass
        pytest.fail(f"waited more than {seconds} s on {library}")
    assert caught, "the special file was opened as a library"
    return caught[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["pipe", "folder", "device"])
def test_recover_names_a_library_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    """`recover` opened a pipe named library.sqlite3 with SQLite and waited for ever."""
    library = _special(tmp_path / "old", kind)
    error = _within(10, lambda: recover_library(library, tmp_path / "new",
                                                questionnaires=lambda *_: None), library)
    assert isinstance(error, NotALibraryError) and str(library) in str(error)
    assert "not an ordinary file" in str(error)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("kind", ["pipe", "folder", "device"])
def test_opening_names_a_library_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    """A pipe or device was called 'empty (0 bytes)', a folder 'a disk error'."""
    library = _special(tmp_path, kind)
    error = _within(10, lambda: open_database(library), library)
    assert isinstance(error, NotALibraryError) and "not an ordinary file" in str(error)
