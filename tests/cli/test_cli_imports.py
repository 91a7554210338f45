"""The command line loads only what a command needs: help and validate load no heavy library.

Each case runs in a fresh interpreter, as `readiness-app` would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readiness_app.cli.library import _ON_CONFLICT
from readiness_app.storage.library import ConflictPolicy

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pydantic", "PySide6")
_PROBE = """
import json, sys
from readiness_app.launcher import main
try:
    code = main(sys.argv[2:])
except SystemExit as exc:
    code = exc.code
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1].split(",")))
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def _run(tmp_path: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "READINESS_DATA_DIR": str(tmp_path / "data")}
    command = [sys.executable, "-c", _PROBE, ",".join(HEAVY), *args]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120, check=False)
    result: dict[str, object] = json.loads(done.stderr.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("args", [
    ["--help"],
    ["validate", str(REPO / "questionnaires" / "quick_check.yaml")],
    ["validate", str(REPO / "examples" / "wales-bakery-carmarthen.readiness")],
    ["validate", str(REPO / "tests" / "data" / "assessments" / "cafe_quick_check.readiness")],
])
def test_help_and_validate_load_no_heavy_library(tmp_path: Path, args: list[str]) -> None:
    result = _run(tmp_path, *args)
    assert result == {"code": 0, "loaded": []}


def test_the_probe_sees_a_heavy_import(tmp_path: Path) -> None:
    """A bad file is worded by pydantic: proof that the probe would notice it loading."""
    bad = tmp_path / "bad.readiness"
    bad.write_text('{"format": "readiness-assessment", "schema_version": 1}', encoding="utf-8")
    result = _run(tmp_path, "validate", str(bad))
    assert result == {"code": 1, "loaded": ["pydantic"]}


def test_import_conflict_choices_are_the_storage_policies() -> None:
    assert set(_ON_CONFLICT) == {policy.value for policy in ConflictPolicy}


_CHECKS_PROBE = """
import json, sys
from readiness_app.launcher import main
code = main(sys.argv[1:])
loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("ruamel", "pydantic")
                or name == "readiness_app.core.questionnaire_variant")
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


@pytest.mark.parametrize("command", ["score", "validate"])
def test_a_file_whose_questionnaire_was_checked_before_skips_its_checks(
        tmp_path: Path, command: str) -> None:
    """The second run reads the checked questionnaire: no YAML parser, no pydantic, not
    even the code that checks variants."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "READINESS_DATA_DIR": str(tmp_path / "data")}
    example = str(REPO / "examples" / "england-joinery-leeds.readiness")
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", _CHECKS_PROBE, command, example],
                              capture_output=True, text=True, env=env, cwd=tmp_path,
                              timeout=120, check=False)
    result = json.loads(done.stderr.strip().splitlines()[-1])
    assert result == {"code": 0, "loaded": []}


#: What a cached ``score`` or ``validate`` of an assessment file must not load: OpenSSL (the
#: cache keys use Python's own BLAKE2), platformdirs (the data folder is given), the atomic
#: writer (nothing is written), the overlay and YAML readers (the checked form holds the
#: Welsh), the plan and support-directory code (only ``--json`` needs it), and ``shutil``
#: with bz2 and lzma (argparse measures the terminal only to print help).
_NOT_ON_A_CACHE_HIT = (
    "_hashlib", "hashlib", "platformdirs", "ruamel", "pydantic", "shutil", "bz2", "lzma",
    "readiness_app.storage.atomic", "readiness_app.core.questionnaire_translation",
    "readiness_app.core.yaml_source", "readiness_app.core.questionnaire_variant",
    "readiness_app.core.result_data",
)
_HIT_PROBE = """
import json, sys
from readiness_app.launcher import main
code = main(sys.argv[2:])
unwanted = sys.argv[1].split(",")
loaded = sorted(name for name in sys.modules
                if any(name == u or name.startswith(u + ".") for u in unwanted))
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


@pytest.mark.parametrize("command", ["score", "validate"])
def test_a_cache_hit_loads_only_what_it_reads(tmp_path: Path, command: str) -> None:
    """The third run (the first writes the cache, the second may note which file is which)
    loads none of the modules only a cache miss, a write or the default folder needs."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "READINESS_DATA_DIR": str(tmp_path / "data")}
    example = str(REPO / "examples" / "england-joinery-leeds.readiness")
    runs = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", _HIT_PROBE, ",".join(_NOT_ON_A_CACHE_HIT),
                               command, example], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=120, check=False)
        runs.append(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "readiness_app.storage.atomic" in runs[0]["loaded"]  # the first run writes the cache
    assert runs[2] == {"code": 0, "loaded": []}
