"""The library fixtures the storage and analytics tests share (their conftests import them):
a fresh data folder per test, the shipped quick check found without a catalogue, and an open
library there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from readiness_app.core.assessment_file import FindQuestionnaire
from readiness_app.core.questionnaire import Questionnaire
from readiness_app.storage import paths
from readiness_app.storage.library import Library


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder, also set as READINESS_DATA_DIR for code that reads it."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def finder(quick_check: Questionnaire, quick_check_1_0: Questionnaire) -> FindQuestionnaire:
    """Finds only the shipped quick check, current and first version (no catalogue loading
    in unit tests)."""
    known = {(q.id, q.version): q for q in (quick_check, quick_check_1_0)}

    def find(questionnaire_id: str, version: str) -> Questionnaire | None:
        return known.get((questionnaire_id, version))

    return find


@pytest.fixture
def library(data_dir: Path, finder: FindQuestionnaire) -> Iterator[Library]:
    """The library in the test's data folder, open for the test."""
    with Library.open(data_dir, questionnaires=finder) as lib:
        yield lib
