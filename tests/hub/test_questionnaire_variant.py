"""Questionnaire variants (``extends``): remove, add and override, validated with file and line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from readiness_app import resources
from readiness_app.core.assessment import Answer, Assessment, FirmProfile
from readiness_app.core.questionnaire_loader import (
    load_questionnaire,
    load_questionnaires,
    questionnaire_bases,
)
from readiness_app.core.scoring import score_assessment

EXAMPLE = (Path(__file__).parents[2]
           / "examples/hub-pack/fellside/questionnaires/fellside_check.yaml")
UK_DEFAULT = resources.questionnaires_dir() / "uk_default.yaml"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "variant.yaml"
    path.write_text(textwrap.dedent(text), "utf-8")
    return path


class Cache:
    """An in-memory parsed-file cache, so each test parses the base YAML only once."""

    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.items.get(key)

    def put(self, key: str, text: str) -> None:
        self.items[key] = text


SHARED = Cache()
load_questionnaires(resources.questionnaire_paths(), SHARED)


def load(path: Path):
    return load_questionnaire(
        path, bases=questionnaire_bases(resources.questionnaire_paths(), SHARED))


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_the_example_variant_removes_adds_and_overrides() -> None:
    base = load_questionnaire(UK_DEFAULT)
    variant = load(EXAMPLE)
    assert variant.id == "fellside-check"
    ids = [q.id for q in variant.questions]
    assert "investment.ai" not in ids and "investment.ai" in [q.id for q in base.questions]
    assert ids[ids.index("cyber.backups") + 1] == "fellside.broadband"
    assert "Fellside Growth Hub lends" in variant.question("cyber.backups").help.get()
    assert variant.question("cyber.backups").options == base.question("cyber.backups").options
    actions = [a.id for a in variant.actions]
    assert "try-ai-with-care" not in actions and "plan-broadband-backup" in actions
    assert variant.title.get() == "Fellside business technology check"
    # inherited from the base version the variant names (1.0, kept in the archive)
    assert variant.description == load_questionnaire(
        UK_DEFAULT.parent / "archive" / "uk_default-1.0.yaml").description


def test_a_variant_scores_and_plans_like_any_questionnaire() -> None:
    variant = load(EXAMPLE)
    assessment = Assessment.start(FirmProfile("Fell Farm Ltd"), variant)
    assessment = assessment.with_answer(variant, Answer("fellside.broadband", "no_plan"))
    assessment = assessment.with_answer(variant, Answer("cyber.backups", "tested"))
    score = score_assessment(variant, assessment)
    cyber = next(a for a in score.areas if a.area.id == "cyber")
    assert cyber.score == pytest.approx(50.0)
    from readiness_app.core.action_plan import build_plan

    plan = build_plan(variant, assessment)
    assert "plan-broadband-backup" in {p.action.id for p in plan.actions}


def test_variant_problems_name_the_variant_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        format: 1
        extends: uk-default
        id: bad-check
        version: "1"
        remove:
          questions: [cyber.backups, cyber.nothing]
        questions:
          - id: cyber.firewall
            area: cyberr
          - id: new.q
            place_after: cyber.nope
            area: cyber
            type: scale
            text: {en: "x"}
        """)
    with pytest.raises(Exception) as exc:
        load(path)
    text = str(exc.value)
    assert f"{path}:{line_of(path, 'cyber.nothing')}: remove.questions[1]: the base has no " \
           "question 'cyber.nothing'" in text
    assert f"{path}:{line_of(path, 'cyber.nope')}: questions[1].place_after: there is no " \
           "question 'cyber.nope'" in text
    assert "'cyber.backups' is still used by action 'set-up-backups'" in text


def test_validator_problems_point_to_the_file_each_part_came_from(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        format: 1
        extends: uk-default
        id: bad-check
        version: "1"
        questions:
          - id: cyber.firewall
            area: cyberr
          - id: people.consultation_body
            options:
              - {id: never, text: {en: "No"}, score: 0}
              - {id: yes_we_have, text: {en: "Yes"}, score: 4}
        """)
    with pytest.raises(Exception) as exc:
        load(path)
    text = str(exc.value)
    assert f"{path}:{line_of(path, 'cyberr')}: questions[cyber.firewall].area: unknown area " \
           "'cyberr'" in text
    base_line = line_of(UK_DEFAULT, "answers: [request_pending]")
    assert f"{UK_DEFAULT}:{base_line}: actions[respond-to-consultation-request]" in text


def test_an_unknown_base_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        format: 1
        extends: uk-defualt
        id: x-check
        version: "1"
        """)
    with pytest.raises(Exception, match=r"variant.yaml:2: extends: unknown questionnaire "
                                        r"'uk-defualt' \(did you mean 'uk-default'\?\)"):
        load(path)


def test_base_version_pins_the_base(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        format: 1
        extends: uk-default
        base_version: "9.9"
        id: x-check
        version: "1"
        """)
    with pytest.raises(Exception, match=r"made for uk-default version 9\.9"):
        load(path)


def test_a_variant_may_not_reuse_its_base_id(tmp_path: Path) -> None:
    path = write(tmp_path, """\
        format: 1
        extends: uk-default
        id: uk-default
        version: "9"
        """)
    with pytest.raises(Exception, match="a variant needs its own id"):
        load(path)


def test_the_catalogue_resolves_variants_and_the_cache_keeps_them_right(tmp_path: Path) -> None:
    cache = Cache()
    paths = [*resources.questionnaire_paths(), EXAMPLE]
    first = load_questionnaires(paths, cache)
    second = load_questionnaires(paths, cache)  # from the cache
    assert not first.errors and not second.errors
    assert first.find("fellside-check") == second.find("fellside-check")
