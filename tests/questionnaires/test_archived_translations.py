"""The archived questionnaire versions in Welsh (issue 20): the check reports their overlays,
every archived version is complete, and ``--update`` reuses the Welsh of the same English
from another version instead of leaving it empty."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.core.questionnaire_translation import read_overlay_file
from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = REPO / "questionnaires"
ARCHIVED = ("quick_check-1.0", "quick_check-1.1", "uk_default-1.0", "uk_default-1.1")


def _script() -> ModuleType:
    return load_script("check_translations")


def test_the_check_reports_and_requires_every_archived_version(capsys) -> None:
    check = _script()
    statuses = {p.stem: s for p, s in check.statuses("cy").items()}
    for stem in ARCHIVED:
        status = statuses[stem]
        assert (status.missing, status.stale, status.same, status.unknown) == ((), (), (), ())
        assert status.translated == status.total > 100
        assert "cy" in check.COMPLETE[stem]
    assert check.main([]) == 0
    out = capsys.readouterr().out
    assert "archive/uk_default-1.0.yaml [cy]: 468 of 468 texts translated" in out
    for path in (QUESTIONNAIRES / "archive" / "translations").glob("*.yaml"):
        assert read_overlay_file(path).status == "needs review by a Welsh speaker"


def test_an_assessment_on_1_0_reads_in_welsh_where_1_0_differs() -> None:
    old = load_questionnaire(QUESTIONNAIRES / "archive" / "uk_default-1.0.yaml")
    # a 1.0 text the later versions changed: drafted for 1.0 itself
    question = next(q for q in old.questions
                    if q.help and q.help.get("en").startswith("Tick each one that is true for "
                                                              "all devices"))
    assert question.help is not None
    assert question.help.get("cy").startswith("Ticiwch bob un sy'n wir am bob dyfais")


@pytest.fixture
def archive_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ModuleType, Path]:
    """The script working on a copy of the questionnaires, with one archived Welsh text
    removed (its English is the same in 1.1 and 1.2)."""
    folder = tmp_path / "questionnaires"
    shutil.copytree(QUESTIONNAIRES, folder)
    check = _script()
    monkeypatch.setattr(check, "QUESTIONNAIRES", folder)
    monkeypatch.setattr(check, "ARCHIVE", folder / "archive")
    monkeypatch.setattr(check, "REPO", tmp_path)
    overlay = folder / "archive" / "translations" / "uk_default-1.1.cy.yaml"
    text = overlay.read_text("utf-8")
    welsh = '    cy: "Buddsoddi mewn technoleg"'
    assert welsh in text
    overlay.write_text(text.replace(welsh, '    cy: ""', 1), "utf-8")
    return check, overlay


def test_update_reuses_the_welsh_of_the_same_english(archive_copy) -> None:
    check, overlay = archive_copy
    status = {p.stem: s for p, s in check.statuses("cy").items()}["uk_default-1.1"]
    assert status.missing == ("areas/investment/title",)
    assert check.main([]) == 1  # an archived version is incomplete
    check.update("cy")
    assert '    cy: "Buddsoddi mewn technoleg"' in overlay.read_text("utf-8")
    assert check.main([]) == 0
