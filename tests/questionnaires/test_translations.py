"""Questionnaire translations kept in overlay files: merged by the loader, stale ones left
out, and the quick check complete in Welsh."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.core.questionnaire_translation import (
    NEEDS_REVIEW,
    read_overlay_file,
    status_of,
)
from tests.helpers import load_script

REPO = Path(__file__).resolve().parents[2]
QUESTIONNAIRES = REPO / "questionnaires"


def _script() -> ModuleType:
    return load_script("check_translations")


def test_quick_check_is_complete_in_welsh(capsys) -> None:
    check = _script()
    statuses = {p.stem: s for p, s in check.statuses("cy").items()}
    quick = statuses["quick_check"]
    assert (quick.missing, quick.stale, quick.same, quick.unknown) == ((), (), (), ())
    assert quick.translated == quick.total > 100
    assert check.main([]) == 0
    out = capsys.readouterr().out
    assert f"quick_check.yaml [cy]: {quick.total} of {quick.total} texts translated" in out
    assert "uk_default.yaml [cy]:" in out  # counted too, complete or not


def test_every_shipped_overlay_awaits_review() -> None:
    for path in (QUESTIONNAIRES / "translations").glob("*.yaml"):
        assert read_overlay_file(path).status == NEEDS_REVIEW


def test_loader_merges_the_welsh(quick_check) -> None:
    assert "cy" in quick_check.languages
    question = quick_check.question("cyber.backups")
    assert question.text.get("cy").startswith("Sut ydych chi'n cadw copïau")
    assert question.text.get("en").startswith("How do you keep copies")
    assert quick_check.title.get("cy") == "Gwiriad cyflym o barodrwydd technoleg"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "q"
    (folder / "translations").mkdir(parents=True)
    shutil.copy(QUESTIONNAIRES / "quick_check.yaml", folder / "quick_check.yaml")
    shutil.copy(QUESTIONNAIRES / "translations" / "quick_check.cy.yaml",
                folder / "translations" / "quick_check.cy.yaml")
    return folder


def test_changed_english_makes_the_translation_stale(tmp_path) -> None:
    folder = _copy(tmp_path)
    source = folder / "quick_check.yaml"
    text = source.read_text(encoding="utf-8")
    changed = text.replace('"Nobody"', '"No one at all"')
    assert changed != text
    source.write_text(changed, encoding="utf-8")
    questionnaire = load_questionnaire(source)
    option = next(o for o in questionnaire.question("investment.skills").options
                  if o.id == "nobody")
    assert option.text.get("cy") == "No one at all"  # the stale Welsh is not shown
    check = _script()
    raw = check.raw_of(source)
    status = check.status_of(raw, read_overlay_file(
        folder / "translations" / "quick_check.cy.yaml"))
    assert status.stale == ("questions/investment.skills/options/nobody/text",)


def test_welsh_same_as_english_needs_the_intended_marker(tmp_path) -> None:
    folder = _copy(tmp_path)
    overlay = folder / "translations" / "quick_check.cy.yaml"
    text = overlay.read_text(encoding="utf-8")
    same = text.replace('cy: "Neb"', 'cy: "Nobody"')
    overlay.write_text(same, encoding="utf-8")
    check = _script()
    raw = check.raw_of(folder / "quick_check.yaml")
    assert check.status_of(raw, read_overlay_file(overlay)).same == (
        "questions/investment.skills/options/nobody/text",)
    overlay.write_text(same.replace('cy: "Nobody"', 'cy: "Nobody"\n    intended: true'),
                       encoding="utf-8")
    assert check.status_of(raw, read_overlay_file(overlay)).same == ()


def test_a_broken_overlay_is_named_with_its_line(tmp_path) -> None:
    folder = _copy(tmp_path)
    overlay = folder / "translations" / "quick_check.cy.yaml"
    text = overlay.read_text(encoding="utf-8")
    overlay.write_text(text.replace('  "title":\n    en:', '  "title":\n    eng:', 1),
                       encoding="utf-8")
    with pytest.raises(QuestionnaireError) as exc:
        load_questionnaire(folder / "quick_check.yaml")
    message = str(exc.value)
    assert "quick_check.cy.yaml:10" in message and "unknown key 'eng'" in message


def test_an_overlay_for_another_questionnaire_is_refused(tmp_path) -> None:
    folder = _copy(tmp_path)
    overlay = folder / "translations" / "quick_check.cy.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8").replace(
        'questionnaire: "quick-check"', 'questionnaire: "uk-default"'), encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="translates questionnaire 'uk-default'"):
        load_questionnaire(folder / "quick_check.yaml")


def test_assessments_on_version_1_1_still_read_in_welsh() -> None:
    """1.2 changed or removed texts; the 1.1 file keeps its own Welsh for them."""
    old = load_questionnaire(QUESTIONNAIRES / "archive" / "quick_check-1.1.yaml")
    removed = {o.id: o for o in old.question("cyber.basics").options}["antivirus"]
    assert removed.text.get("cy") == "Mae diogelwch rhag feirysau ymlaen ac yn gyfredol"
    changed = {o.id: o for o in old.question("investment.plan").options}["reviewed"]
    assert changed.text.get("en") == "Yes, a written plan that we check and update every year"
    assert (changed.text.get("cy") or "").startswith("Oes, cynllun ysgrifenedig rydym yn ei wirio")
    check = _script()
    for stem in ("quick_check-1.1", "uk_default-1.1"):
        path = QUESTIONNAIRES / "archive" / f"{stem}.yaml"
        overlay = read_overlay_file(QUESTIONNAIRES / "archive" / "translations" / f"{stem}.cy.yaml")
        status = status_of(check.raw_of(path), overlay)
        assert (status.stale, status.same, status.unknown) == ((), (), ())
    assert status_of(check.raw_of(QUESTIONNAIRES / "archive" / "quick_check-1.1.yaml"),
                     read_overlay_file(QUESTIONNAIRES / "archive" / "translations"
                                       / "quick_check-1.1.cy.yaml")).missing == ()


def test_two_variants_for_the_same_nations_get_keys_of_their_own() -> None:
    """An action with a 'request pending' variant and a plain variant for the same nations:
    each text has its own key, so each can carry its own Welsh."""
    from readiness_app.core.questionnaire_translation import text_maps

    raw = {"actions": [{"id": "forum", "variants": [
        {"nations": ["wales"], "when": [{"question": "q", "any_of": ["x"]}],
         "first_step": {"en": "Call an adviser this week."}},
        {"nations": ["wales"], "first_step": {"en": "Read the guidance."}},
    ]}]}
    keys = [key for key, _text in text_maps(raw)]
    assert keys == ["actions/forum/variants/wales/first_step",
                    "actions/forum/variants/wales#2/first_step"]
