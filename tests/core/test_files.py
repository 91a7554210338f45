"""read_limited: one safe way to read a whole user file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readiness_app.core.errors import InputFileError, QuestionnaireError
from readiness_app.core.files import read_limited


def test_a_small_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert read_limited(path, 5) == b"hello"


def test_a_file_over_its_limit_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"x" * 11)
    with pytest.raises(QuestionnaireError) as caught:
        read_limited(path, 10, QuestionnaireError)
    assert str(caught.value).startswith(f"{path}: 1 problem found")
    assert "the file is 11 bytes; the limit is 10" in str(caught.value)


def test_no_more_than_the_limit_and_one_byte_is_read(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows after the size check is still cut off at limit + 1 bytes."""
    path = tmp_path / "growing.bin"
    path.write_bytes(b"x" * 4)
    real_fstat = os.fstat

    def fstat_before_growth(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        path.write_bytes(b"x" * 1000)
        return info

    sizes: list[int] = []
    real_fdopen = os.fdopen

    def fdopen(fd: int, mode: str) -> object:
        handle = real_fdopen(fd, mode)
        real_read = handle.read

        class Spy:
            def __enter__(self) -> Spy:
                return self

            def __exit__(self, *exc: object) -> None:
                handle.close()

            def fileno(self) -> int:
                return handle.fileno()

            def read(self, size: int = -1) -> bytes:
                sizes.append(size)
                return real_read(size)

        return Spy()

    monkeypatch.setattr(os, "fstat", fstat_before_growth)
    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(InputFileError, match="the file is 11 bytes; the limit is 10"):
        read_limited(path, 10)
    assert sizes == [11]


def test_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="it is a folder, not a file"):
        read_limited(tmp_path, 10)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputFileError, match="not a regular file"):
        read_limited(fifo, 10)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused() -> None:
    with pytest.raises(InputFileError, match="not a regular file"):
        read_limited(Path("/dev/zero"), 10)


def test_a_missing_file_says_why_in_the_callers_words(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    with pytest.raises(InputFileError, match="cannot be read: No such file"):
        read_limited(missing, 10)
    with pytest.raises(InputFileError, match="cannot be read: gone"):
        read_limited(missing, 10, describe=lambda exc: "gone")
