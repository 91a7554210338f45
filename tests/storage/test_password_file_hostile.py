"""A password file that is a pipe (third round of hostile input): never a hang."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from readiness_app.storage import sealed
from readiness_app.storage.sealed import PasswordError, read_password_file

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_a_pipe_nobody_writes_to_is_refused_after_a_short_wait(tmp_path: Path,
                                                               monkeypatch) -> None:
    """`import --password-file PIPE` waited for ever for a writer."""
    monkeypatch.setattr(sealed, "PASSWORD_WAIT_SECONDS", 0.5, raising=False)
    pipe = tmp_path / "password"
    os.mkfifo(pipe)
    outcome: list[object] = []

    def read() -> None:
        try:
            outcome.append(read_password_file(pipe))
        except PasswordError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    start = time.monotonic()
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # let the stuck reader go before failing
        with pipe.open("wb"):
            pass
        pytest.fail("reading a pipe nobody writes to did not stop")
    assert time.monotonic() - start < 5
    assert isinstance(outcome[0], PasswordError) and str(pipe) in str(outcome[0])


def test_a_pipe_with_a_writer_gives_its_first_line(tmp_path: Path) -> None:
    """What `--password-file <(pass show hub)` passes: still read."""
    pipe = tmp_path / "password"
    os.mkfifo(pipe)

    def write() -> None:
        with pipe.open("wb") as handle:
            time.sleep(0.2)
            handle.write(b"s3cret\nignored\n")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    time.sleep(0.1)  # the writer has the pipe open, as a shell's process substitution has
    assert read_password_file(pipe) == "s3cret"
    writer.join(timeout=5)


def test_a_folder_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(PasswordError, match="cannot read the password file"):
        read_password_file(tmp_path)
