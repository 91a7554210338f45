"""The assessment model: answers are checked against their questions; show_if chains."""

from __future__ import annotations

import re

import pytest

from readiness_app.core.assessment import (
    DONT_KNOW,
    Answer,
    Assessment,
    FirmProfile,
    shown_questions,
)
from readiness_app.core.errors import AnswerError


def start(q) -> Assessment:
    return Assessment.start(FirmProfile("Acme Ltd", "Retail"), q)


def test_answers_are_checked_against_their_question(quick_check) -> None:
    a = start(quick_check)
    a = a.with_answer(quick_check, Answer("cyber.backups", "tested"))
    assert a.answer("cyber.backups").value == "tested"
    assert a.answer("cyber.backups").answered_at is not None
    with pytest.raises(AnswerError, match="no option 'sometimes please'"):
        a.with_answer(quick_check, Answer("cyber.backups", "sometimes please"))
    with pytest.raises(AnswerError, match="takes a set of options"):
        a.with_answer(quick_check, Answer("cyber.basics", "firewall"))
    with pytest.raises(AnswerError, match="cannot be combined"):
        a.with_answer(quick_check, Answer("cyber.basics", frozenset({"none", "firewall"})))
    with pytest.raises(AnswerError, match="at least 1"):
        a.with_answer(quick_check, Answer("people.staff", 0.0))
    with pytest.raises(AnswerError, match="ordinary number"):
        a.with_answer(quick_check, Answer("people.staff", float("nan")))
    with pytest.raises(AnswerError, match="does not take \"don't know\""):
        a.with_answer(quick_check, Answer("people.staff", DONT_KNOW))
    with pytest.raises(AnswerError, match="no question"):
        a.with_answer(quick_check, Answer("cyber.nothing", "x"))


def test_a_rejected_answer_leaves_the_assessment_unchanged(quick_check) -> None:
    a = start(quick_check).with_answer(quick_check, Answer("cyber.backups", "none"))
    with pytest.raises(AnswerError):
        a.with_answer(quick_check, Answer("cyber.backups", "bogus"))
    assert a.answer("cyber.backups").value == "none"


def test_multi_answers_are_sets_and_numbers_floats(quick_check) -> None:
    a = start(quick_check)
    a = a.with_answer(quick_check, Answer("cyber.basics", ["firewall", "screen_lock"]))
    a = a.with_answer(quick_check, Answer("people.staff", 12))
    assert a.answer("cyber.basics").value == frozenset({"firewall", "screen_lock"})
    assert a.answer("people.staff").value == 12.0


def test_notes_are_kept_and_checked(quick_check) -> None:
    a = start(quick_check).with_answer(
        quick_check, Answer("cyber.backups", "none", note="Owner unsure;\nask IT supplier")
    )
    assert a.answer("cyber.backups").note.startswith("Owner unsure")
    with pytest.raises(AnswerError, match="control character"):
        a.with_answer(quick_check, Answer("cyber.backups", "none", note="bad\x00note"))


def test_conditional_questions_follow_earlier_answers(quick_check) -> None:
    a = start(quick_check)
    ids = {q.id for q in shown_questions(quick_check, a.answers)}
    assert "cyber.two_step" not in ids and "people.consultation_body" not in ids
    a = a.with_answer(quick_check, Answer("cyber.cloud", "yes"))
    a = a.with_answer(quick_check, Answer("people.staff", 50))
    ids = {q.id for q in shown_questions(quick_check, a.answers)}
    assert {"cyber.two_step", "people.consultation_body"} <= ids
    a = a.with_answer(quick_check, Answer("people.staff", 49))
    a = a.with_answer(quick_check, Answer("cyber.cloud", "no"))
    ids = {q.id for q in shown_questions(quick_check, a.answers)}
    assert "cyber.two_step" not in ids and "people.consultation_body" not in ids
    # an owner who does not know is asked about two-step sign-in (issue 15)
    a = a.with_answer(quick_check, Answer("cyber.cloud", DONT_KNOW))
    assert "cyber.two_step" in {q.id for q in shown_questions(quick_check, a.answers)}


@pytest.mark.parametrize(
    ("name", "message"),
    [("   ", "cannot be empty"), ("x" * 201, "limit is 200"), ("Evil\x07Corp", "control")],
)
def test_firm_names_are_checked(name: str, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        FirmProfile(name)


def test_odd_but_valid_firm_names_are_kept() -> None:
    name = "Tŷ Coffi <b>&amp; \"Sons\" ' ; DROP TABLE firms; -- " + "ŵ" * 60
    assert FirmProfile(name).name == name
    assert FirmProfile("  spaced   out  ").name == "spaced out"
    assert FirmProfile("Two\nlines").name == "Two lines"  # pasted line breaks are folded


def test_a_confirmed_authority_code_is_kept_in_the_profile() -> None:
    assert FirmProfile("Border Mill").authority_code is None
    assert FirmProfile("Border Mill", authority_code=" s12000026 ").authority_code == "S12000026"
    assert FirmProfile("Border Mill", authority_code="").authority_code is None


@pytest.mark.parametrize("code", ["Leeds", "E0800003", "E080000351", "108000035", "E08 000035",
                                  "E08000035X", "É08000035"])
def test_an_authority_code_must_look_like_one(code: str) -> None:
    with pytest.raises(AnswerError, match="a letter and eight digits"):
        FirmProfile("Border Mill", authority_code=code)


def test_answering_with_another_questionnaire_is_refused(quick_check) -> None:
    from dataclasses import replace

    other = replace(quick_check, version="9.9")
    with pytest.raises(AnswerError, match=r"uses questionnaire quick-check version "
                       + re.escape(quick_check.version)):
        start(quick_check).with_answer(other, Answer("cyber.backups", "none"))
