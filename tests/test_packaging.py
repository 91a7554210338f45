"""The wheel ships questionnaires/ and assets/, and an installed copy finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_installed_wheel_finds_its_questionnaires(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("readiness_app-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    from readiness_app import __version__

    assert wheel.name.startswith(f"readiness_app-{__version__}-")
    (metadata,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    assert f"\nVersion: {__version__}\n" in zipfile.ZipFile(wheel).read(metadata).decode()
    assert "readiness_app/_data/questionnaires/quick_check.yaml" in names
    assert not any(n.startswith(("tests/", "questionnaires/")) for n in names)
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target",
         str(target), str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from readiness_app import resources; from readiness_app.services import catalogue;"
        "print(resources.questionnaires_dir());"
        "print([q.id for q in catalogue.load_catalogue().questionnaires])"
    )
    run = subprocess.run([sys.executable, "-I", "-c", probe, str(target)], cwd=tmp_path,
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    folder, ids = run.stdout.splitlines()
    assert folder.startswith(str(target))
    assert "quick-check" in ids


def test_resources_refuse_paths_that_leave_their_folder() -> None:
    from readiness_app import resources

    for bad in ("../pyproject.toml", "/etc/passwd", ""):
        with pytest.raises(ValueError, match="relative"):
            resources.asset_path(bad)


def test_the_built_metadata_takes_its_version_from_the_package() -> None:
    from hatchling.metadata.core import ProjectMetadata
    from hatchling.plugin.manager import PluginManager

    import readiness_app

    metadata = ProjectMetadata(str(ROOT), PluginManager())
    assert "version" in metadata.dynamic
    assert metadata.version == readiness_app.__version__


def test_the_lock_file_pins_every_dependency_with_hashes() -> None:
    """The installer is built from packaging/requirements.lock: a dependency added to
    pyproject.toml without regenerating the lock would be missing from the built app."""
    import re
    import tomllib

    def name(text: str) -> str:
        return re.sub(r"[-_.]+", "-", text).lower()

    root = Path(__file__).resolve().parents[1]
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {name(re.split(r"[\[<>=!~; ]", spec, maxsplit=1)[0])
              for spec in project["dependencies"]}
    lock = (root / "packaging" / "requirements.lock").read_text(encoding="utf-8")
    entries = re.split(r"^(?=[A-Za-z0-9])", lock, flags=re.MULTILINE)
    pinned = {name(entry.split("==", 1)[0]) for entry in entries if "==" in entry}
    assert wanted <= pinned, f"regenerate the lock (see its header): {sorted(wanted - pinned)}"
    assert all("--hash=sha256:" in entry for entry in entries if "==" in entry)
