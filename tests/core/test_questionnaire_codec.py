"""The checked-questionnaire cache: a later load of the very same bytes skips the checks and
gives the same questionnaire; anything changed, failing, damaged or from other code is
checked in full."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core import questionnaire_codec, questionnaire_loader
from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire_codec import decode, encode
from readiness_app.core.questionnaire_loader import load_questionnaire, load_questionnaires
from readiness_app.services.catalogue import FolderCache


@pytest.mark.parametrize("path", resources.questionnaire_paths(), ids=lambda p: p.name)
def test_every_shipped_questionnaire_comes_back_the_same(path: Path) -> None:
    questionnaire = load_questionnaire(path)
    text = encode(questionnaire)
    back = decode(text)
    assert back == questionnaire
    assert back is not None
    assert back.source_name == questionnaire.source_name
    assert back.languages == questionnaire.languages == ("en", "cy")
    assert encode(back) == text  # the same types too: a weight of 1 stays 1, not 1.0


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        "null",
        '{"$Questionnaire": [1]}',
        '{"$Questionnaire": "abc"}',
        '{"$Path": []}',
        '{"#Source": "x"}',
        '{"$Nation": ["wales"]}',
        '{"~x": []}',
        '{"~s": [[1]]}',
        '{"$LocalText": [{"en": "a"}]}',
        "[" * 100_000,
    ],
)
def test_anything_else_decodes_to_nothing(text: str) -> None:
    assert decode(text) is None


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The quick check and its Welsh overlay, copied to a folder the test may change."""
    folder = tmp_path / "q"
    (folder / "translations").mkdir(parents=True)
    shipped = resources.questionnaires_dir()
    shutil.copy(shipped / "quick_check.yaml", folder)
    shutil.copy(shipped / "translations" / "quick_check.cy.yaml", folder / "translations")
    return folder / "quick_check.yaml"


def _checked(cache: Path) -> list[Path]:
    return sorted(cache.glob("*-checked.json"))


class _Checks:
    """Counts the full checks (the validator's runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs = 0
        real = questionnaire_loader._Validator.run

        def run(validator: questionnaire_loader._Validator) -> object:
            self.runs += 1
            return real(validator)

        monkeypatch.setattr(questionnaire_loader._Validator, "run", run)


def test_the_same_bytes_load_again_without_their_checks(
    copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = FolderCache(tmp_path / "cache")
    checks = _Checks(monkeypatch)
    first = load_questionnaire(copy, cache)
    assert checks.runs == 1
    assert len(_checked(cache.folder)) == 1
    again = load_questionnaire(copy, cache)
    assert checks.runs == 1  # not checked again
    assert again == first
    assert again.source_name == first.source_name == str(copy)
    assert "cy" in again.languages
    # the same bytes under another name are checked (messages name the file)
    other = copy.with_name("quick_check_copy.yaml")
    shutil.copy(copy, other)
    load_questionnaire(other, cache)
    assert checks.runs == 2


def test_a_changed_file_is_checked_in_full(copy: Path, tmp_path: Path) -> None:
    cache = FolderCache(tmp_path / "cache")
    load_questionnaire(copy, cache)
    text = copy.read_text("utf-8")
    assert "area: cyber" in text
    copy.write_text(text.replace("area: cyber", "area: cyberr", 1), "utf-8")
    with pytest.raises(QuestionnaireError, match="unknown area 'cyberr'"):
        load_questionnaire(copy, cache)
    assert len(_checked(cache.folder)) == 1  # a failing file gets no entry
    # a changed file that passes gives its own questionnaire, not the cached one
    copy.write_text(text.replace('version: "1.2"', 'version: "9.2"', 1), "utf-8")
    assert load_questionnaire(copy, cache).version == "9.2"


def test_a_changed_translation_is_checked_in_full(copy: Path, tmp_path: Path) -> None:
    cache = FolderCache(tmp_path / "cache")
    load_questionnaire(copy, cache)
    overlay = copy.parent / "translations" / "quick_check.cy.yaml"
    overlay.write_text(
        overlay.read_text("utf-8").replace(
            'questionnaire: "quick-check"', "questionnaire: other", 1
        ),
        "utf-8",
    )
    with pytest.raises(QuestionnaireError, match=r"translates questionnaire 'other'"):
        load_questionnaire(copy, cache)
    overlay.unlink()  # and one taken away: the questionnaire is English only
    assert load_questionnaire(copy, cache).languages == ("en",)


def test_a_damaged_or_foreign_entry_is_not_trusted(
    copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = FolderCache(tmp_path / "cache")
    first = load_questionnaire(copy, cache)
    (entry,) = _checked(cache.folder)
    foreign = encode(load_questionnaire(resources.questionnaire_paths()[1]))
    checks = _Checks(monkeypatch)
    for text in ("not json", '{"$Questionnaire": []}', foreign):
        entry.write_text(text, "utf-8")
        assert load_questionnaire(copy, cache) == first
    assert checks.runs == 3
    assert decode(entry.read_text("utf-8")) == first  # written again after its checks


def test_other_loader_code_checks_again(
    copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = FolderCache(tmp_path / "cache")
    load_questionnaire(copy, cache)
    checks = _Checks(monkeypatch)
    monkeypatch.setattr(questionnaire_codec, "_stamp", ["another version of the code"])
    load_questionnaire(copy, cache)
    assert checks.runs == 1
    assert len(_checked(cache.folder)) == 2


def test_a_variant_is_always_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a variant extends may change without the variant's bytes changing."""
    variant = tmp_path / "hub.yaml"
    variant.write_text(
        "format: 1\nextends: quick-check\nid: hub-check\nversion: '1'\n", encoding="utf-8"
    )
    cache = FolderCache(tmp_path / "cache")
    paths = [*resources.questionnaire_paths(), variant]
    first = load_questionnaires(paths, cache)
    assert not first.errors
    checks = _Checks(monkeypatch)
    again = load_questionnaires(paths, cache)
    assert again.questionnaires == first.questionnaires
    assert checks.runs == 1  # the variant only


def test_a_questionnaire_the_encoding_cannot_hold_still_loads(
    copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(questionnaire: object) -> str:
        raise TypeError("a mapping key this encoding cannot hold")

    monkeypatch.setattr(questionnaire_codec, "encode", refuse)
    cache = FolderCache(tmp_path / "cache")
    assert load_questionnaire(copy, cache).id == "quick-check"
    assert _checked(cache.folder) == []
