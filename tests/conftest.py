"""Shared test setup: Qt runs offscreen; shipped questionnaires are loaded once."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user data folder (library, questionnaire cache, logs) from tests.
os.environ["READINESS_DATA_DIR"] = tempfile.mkdtemp(prefix="readiness-tests-")

from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.core.questionnaire_loader import load_questionnaire

DATA = Path(__file__).parent / "data"


def pytest_configure(config: pytest.Config) -> None:
    """Parse the shipped questionnaires once for the whole run, as an installer's build does,
    so that each test's fresh data folder (and each command run in a subprocess) reads the
    parsed form instead of the YAML; tests of the cache itself pass their own folders."""
    if resources.PREBUILT_CACHE_ENV in os.environ:
        return
    from readiness_app.services.catalogue import FolderCache, load_catalogue

    folder = Path(tempfile.mkdtemp(prefix="readiness-test-cache-"))
    load_catalogue(cache=FolderCache(folder))
    os.environ[resources.PREBUILT_CACHE_ENV] = str(folder)


@pytest.fixture(scope="session")
def quick_check() -> Questionnaire:
    """The shipped quick-check questionnaire."""
    return load_questionnaire(resources.questionnaires_dir() / "quick_check.yaml")


@pytest.fixture(scope="session")
def uk_default() -> Questionnaire:
    """The shipped full questionnaire."""
    return load_questionnaire(resources.questionnaires_dir() / "uk_default.yaml")


@pytest.fixture(scope="session")
def quick_check_1_0() -> Questionnaire:
    """The quick check as first shipped (kept in questionnaires/archive/ so that assessments
    made on it stay readable)."""
    return load_questionnaire(resources.questionnaires_dir() / "archive" / "quick_check-1.0.yaml")


@pytest.fixture(scope="session")
def uk_default_1_0() -> Questionnaire:
    """The full check as first shipped (kept in questionnaires/archive/)."""
    return load_questionnaire(resources.questionnaires_dir() / "archive" / "uk_default-1.0.yaml")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder a command-line test passes with --data-dir; READINESS_DATA_DIR points
    at another one, so a command that ignored --data-dir would be caught. (The storage and
    analytics tests have their own: one folder, also in READINESS_DATA_DIR.)"""
    monkeypatch.setenv("READINESS_DATA_DIR", str(tmp_path / "env-data"))
    return tmp_path / "data"


@pytest.fixture(scope="session")
def uk_default_1_1() -> Questionnaire:
    """The full check as shipped before issue 15 (kept in questionnaires/archive/)."""
    return load_questionnaire(resources.questionnaires_dir() / "archive" / "uk_default-1.1.yaml")


@pytest.fixture(scope="session")
def quick_check_1_1() -> Questionnaire:
    """The quick check as shipped before issue 15 (kept in questionnaires/archive/)."""
    return load_questionnaire(resources.questionnaires_dir() / "archive" / "quick_check-1.1.yaml")
