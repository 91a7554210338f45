"""The frozen Linux build, built and smoke-tested: slow, so only when asked for.

    READINESS_TEST_BUILD=1 pytest tests/test_frozen_build.py

builds with scripts/build_linux.sh (with the example hub pack baked in) and runs
scripts/smoke_build.sh on both builds. The ordinary test command skips it: the suite must run
on a bare machine in CI within its time limit.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from readiness_app import __version__

REPO = Path(__file__).resolve().parents[1]
PACK = REPO / "examples" / "fellside-growth-hub.readiness-pack"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("READINESS_TEST_BUILD") != "1",
                       reason="set READINESS_TEST_BUILD=1 to build and smoke-test the app"),
]


def test_linux_build_and_hub_build_pass_the_smoke_test() -> None:
    subprocess.run(["bash", "scripts/build_linux.sh", "--pack", str(PACK)], cwd=REPO,
                   check=True, timeout=3600)
    machine = os.uname().machine
    plain = REPO / "dist" / f"readiness-app-{__version__}-linux-{machine}"
    hub = REPO / "dist" / f"readiness-app-fellside-growth-hub-{__version__}-linux-{machine}"
    subprocess.run(["bash", "scripts/smoke_build.sh", str(plain)], cwd=REPO, check=True,
                   timeout=600)
    subprocess.run(["bash", "scripts/smoke_build.sh", str(hub), "Fellside Growth Hub"],
                   cwd=REPO, check=True, timeout=600)
    size = sum(f.lstat().st_size for f in plain.rglob("*")  # links counted once, as du does
               if f.is_file() and not f.is_symlink())
    assert size < 150 * 1024 * 1024, f"the build is {size / 2**20:.0f} MB unpacked"
