"""The questionnaires this installation can use: the shipped ones plus any extra files given."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from readiness_app import resources
from readiness_app.core.questionnaire_loader import LoadedQuestionnaires, load_questionnaires


def load_catalogue(extra: Iterable[Path] = ()) -> LoadedQuestionnaires:
    """Load every shipped questionnaire and the ``extra`` files; broken files are reported."""
    return load_questionnaires([*resources.questionnaire_paths(), *extra])
