"""``--upgrade --language cy``: what happened to the answers is said in Welsh (issue 20);
English by default (tests/questionnaires/test_variants_checks_upgrade.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from readiness_app.cli import main
from readiness_app.core.upgrade import LeftBehind, Upgrade
from readiness_app.services.language import messages
from tests.cli.test_welsh_cli import english_left

CAFE = Path(__file__).parents[1] / "data" / "assessments" / "cafe_quick_check.readiness"


def test_the_upgrade_note_is_in_welsh(capsys) -> None:
    assert main(["score", str(CAFE), "--upgrade", "--language", "cy"]) == 0
    err = capsys.readouterr().err
    assert "O fersiwn 1.0 i 1.2: atebion wedi'u trosglwyddo: 15; cwestiynau newydd i'w " \
           "hateb: 0." in err
    assert english_left(err) == [], err


def test_answers_left_behind_are_listed_in_welsh() -> None:
    from readiness_app.core.assessment import Assessment, FirmProfile
    from readiness_app.core.questionnaire_loader import load_questionnaire
    from readiness_app.resources import questionnaires_dir

    quick = load_questionnaire(questionnaires_dir() / "quick_check.yaml")
    made = Assessment.start(FirmProfile("Becws Tŷ Gwyn"), quick)
    question = quick.questions[0]
    result = Upgrade(dataclasses.replace(made, questionnaire_version="1.2"), "1.0", (), (
        LeftBehind(question.id, question.text.get(), "Ydy", "no longer asked", question.text),
        LeftBehind("x.q", "Old question?", "Na", "asked differently now")), ("x.new",))
    welsh = result.describe(messages("cy"))
    assert english_left(welsh) == [], welsh
    assert f"Heb ei drosglwyddo (ni ofynnir mwyach): {question.text.get('cy')} Yr ateb a " \
           "roddwyd: Ydy" in welsh
    assert "(gofynnir yn wahanol bellach)" in welsh and "fersiwn 1.0, sy'n cael" in welsh
    assert question.text.get("cy") != question.text.get()  # the question's own Welsh
    assert "Not carried (no longer asked)" in result.describe()  # English by default
