"""Atomic writes: the destination is the old file or the whole new one, never half."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from readiness_app.core.errors import StorageIOError
from readiness_app.storage import atomic
from readiness_app.storage.atomic import atomic_writer, describe_os_error, write_bytes_atomic


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "out.readiness"
    write_bytes_atomic(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert _leftovers(tmp_path) == []
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o644


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.readiness"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_bytes_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o600


def test_an_error_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.readiness"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half")
        raise RuntimeError("the caller failed half way")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def _fail_with(code: int):
    def fail(*_args, **_kwargs):
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(("code", "where", "expected"), [
    (errno.ENOSPC, "fsync", "the disk is full"),
    (errno.EDQUOT, "fsync", "the disk is full"),
    (errno.EROFS, "mkstemp", "the drive is read-only"),
    (errno.EACCES, "mkstemp", "permission denied"),
    (errno.EACCES, "replace", "open in another program"),
    (errno.EFBIG, "fsync", "too large"),
])
def test_disk_errors_are_explained_and_keep_the_old_file(tmp_path: Path, monkeypatch,
                                                         code: int, where: str,
                                                         expected: str) -> None:
    target = tmp_path / "out.readiness"
    target.write_bytes(b"old")
    if where == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", _fail_with(code))
    elif where == "replace":
        monkeypatch.setattr(atomic.os, "replace", _fail_with(code))
    else:
        monkeypatch.setattr(atomic.tempfile, "mkstemp", _fail_with(code))
    with pytest.raises(StorageIOError) as caught:
        write_bytes_atomic(target, b"new")
    message = str(caught.value)
    assert message.startswith(f"{target}: cannot be written: ")
    assert expected in message
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_file_locked_by_another_program_on_windows_is_explained() -> None:
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]
    assert "open in another program; close it" in describe_os_error(exc)


def test_a_missing_folder_or_a_folder_in_the_way(tmp_path: Path) -> None:
    with pytest.raises(StorageIOError, match="the folder does not exist"):
        write_bytes_atomic(tmp_path / "nowhere" / "out.readiness", b"x")
    (tmp_path / "taken").mkdir()
    with pytest.raises(StorageIOError, match="it is a folder"):
        write_bytes_atomic(tmp_path / "taken", b"x")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="needs POSIX permissions, which root ignores")
def test_a_read_only_folder_keeps_the_old_file(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "out.readiness"
    target.write_bytes(b"old")
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageIOError, match="permission denied"):
            write_bytes_atomic(target, b"new")
    finally:
        folder.chmod(0o700)
    assert target.read_bytes() == b"old"


def test_describe_falls_back_to_the_system_text() -> None:
    assert describe_os_error(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert "too long" in describe_os_error(OSError(errno.ENAMETOOLONG, "x"))


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and links are POSIX")
def test_a_fifo_or_a_link_to_one_is_refused_and_left_alone(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)
    link = tmp_path / "link.pdf"
    link.symlink_to(fifo)
    for target in (fifo, link):
        with pytest.raises(StorageIOError, match="special file") as caught:
            write_bytes_atomic(target, b"%PDF")
        assert str(target) in str(caught.value)
    assert fifo.is_fifo() and link.is_symlink()
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(sys.platform == "win32", reason="links are POSIX here")
def test_a_link_to_a_file_replaces_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.readiness"
    real.write_bytes(b"old")
    link = tmp_path / "shortcut.readiness"
    link.symlink_to(real)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    dangling = tmp_path / "dangling.readiness"
    dangling.symlink_to(tmp_path / "gone")
    with pytest.raises(StorageIOError, match="does not exist"):
        write_bytes_atomic(dangling, b"x")
    assert dangling.is_symlink() and not (tmp_path / "gone").exists()


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageIOError, match="folder"):
        write_bytes_atomic(tmp_path, b"x")


def test_temporary_files_of_killed_writes_are_cleaned_up(tmp_path: Path) -> None:
    target = tmp_path / "out.readiness"
    old = tmp_path / ".out.readiness.killed.tmp"
    fresh = tmp_path / ".out.readiness.writing.tmp"
    other = tmp_path / ".other.readiness.killed.tmp"
    for leftover in (old, fresh, other):
        leftover.write_bytes(b"half")
    hour_ago = old.stat().st_mtime - atomic.STALE_TEMP_SECONDS - 5
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    write_bytes_atomic(target, b"done")
    assert not old.exists()  # a killed write's leftover goes
    assert fresh.exists()  # another writer may still be using a recent one
    assert other.exists()  # another file's are left for that file's next write
