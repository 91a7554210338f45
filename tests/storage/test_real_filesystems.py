"""A real full disk and a real read-only drive (Linux, when mount namespaces are allowed).

The simulated versions of these errors (test_atomic.py) run everywhere; this runs the real
thing on two small tmpfs mounts inside a private mount namespace (``unshare -m``), so
nothing outside the test sees them. Skipped where that is not permitted.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("realfs_probe.py")
ROOT = Path(__file__).parents[2]


def _namespaces_work() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    try:
        probe = subprocess.run(
            ["unshare", "-m", "--propagation", "private", "sh", "-c",
             "mount -t tmpfs -o size=64k tmpfs /mnt"],
            capture_output=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _namespaces_work(), reason="needs Linux mount namespaces (unshare -m)")
def test_full_and_read_only_drives(tmp_path: Path) -> None:
    full, read_only = tmp_path / "full", tmp_path / "ro"
    full.mkdir()
    read_only.mkdir()
    script = (f"mount -t tmpfs -o size=512k tmpfs '{full}' && "
              f"mount -t tmpfs -o size=512k tmpfs '{read_only}' && "
              f"exec '{sys.executable}' '{PROBE}' '{full}' '{read_only}'")
    run = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                         capture_output=True, text=True, timeout=120, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout)
    library = f"{full}/data/library.sqlite3"
    # a full disk: the change is refused with a clear message and nothing is lost
    assert seen["save_on_full"].startswith(f"StorageIOError: {library}: the disk is full")
    assert seen["export_on_full"].startswith(f"StorageIOError: {full}/exported.readiness: "
                                             "cannot be written: the disk is full")
    assert seen["export_after_full"] == "the old export"
    assert seen["answer_after_full"] == "none"
    assert seen["integrity_after_full"] == []
    # a read-only drive: the export and the library both say so, and nothing changes
    assert seen["export_on_ro"] == (f"StorageIOError: {read_only}/exported.readiness: cannot "
                                    "be written: the drive is read-only; choose another place")
    assert seen["export_after_ro"] == "the old export"
    # a library on a read-only drive is opened read-only: listed and exported, not changed
    assert seen["ro_opened_read_only"] is True
    assert seen["ro_list"] == ["Full Disk Ltd"]
    assert seen["ro_export"] is True
    assert seen["save_on_ro"].startswith(
        f"ReadOnlyLibraryError: {read_only}/data/library.sqlite3: the library was opened "
        "read-only")
    assert seen["ro_files"] == ["library.sqlite3"]
