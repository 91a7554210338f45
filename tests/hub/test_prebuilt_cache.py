"""The questionnaire cache made at build time is read when the user's cache is empty."""

from __future__ import annotations

from pathlib import Path

from readiness_app import resources
from readiness_app.core.questionnaire_loader import load_questionnaires
from readiness_app.services.catalogue import FolderCache


def test_the_prebuilt_cache_is_read_and_never_written(tmp_path: Path, monkeypatch) -> None:
    prebuilt = tmp_path / "prebuilt"
    load_questionnaires(resources.questionnaire_paths(), FolderCache(prebuilt))
    built = sorted(p.name for p in prebuilt.iterdir())
    assert built
    user = FolderCache(tmp_path / "user", prebuilt)
    key = built[0].removesuffix(".json")
    assert user.get(key) == (prebuilt / built[0]).read_text("utf-8")

    def no_yaml(*args: object) -> None:
        raise AssertionError("parsed YAML although the prebuilt cache had it")

    # the loader imports the YAML reader when it parses: patch it where it lives
    monkeypatch.setattr("readiness_app.core.yaml_source.read_yaml", no_yaml)
    loaded = load_questionnaires(resources.questionnaire_paths(), user)
    assert not loaded.errors
    assert len(loaded.questionnaires) == len(resources.questionnaire_paths())  # with archive
    assert sorted(p.name for p in prebuilt.iterdir()) == built
