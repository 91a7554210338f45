"""Question types: one kind per type, the JSON codec, typed numbers and the exclusive rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readiness_app.core.assessment import Answer, Assessment, FirmProfile, condition_holds
from readiness_app.core.assessment_file import (
    SCHEMA_VERSION,
    assessment_to_json,
    read_assessment_bytes,
)
from readiness_app.core.errors import AnswerError
from readiness_app.core.question_types import (
    DONT_KNOW,
    DONT_KNOW_ID,
    KINDS,
    MultiKind,
    QuestionKind,
    decode_answer_value,
    encode_answer_value,
    kind_of,
    parse_number,
)
from readiness_app.core.questionnaire import Condition, QuestionType
from tests.core.strategies import answer_values

ROOT = Path(__file__).parents[2]
SAVED_FILES = [*sorted((ROOT / "examples").glob("*.readiness")),
               *sorted((ROOT / "tests" / "data" / "assessments").glob("*.readiness"))]


def test_every_question_type_has_exactly_one_kind() -> None:
    assert set(KINDS) == set(QuestionType)
    for qtype in QuestionType:
        kind = kind_of(qtype)
        assert isinstance(kind, QuestionKind)
        assert kind.question_type is qtype
        assert kind.description  # the question docs print it


def test_the_model_asks_the_kinds(quick_check) -> None:
    choice = {t for t in QuestionType if t.is_choice}
    assert choice == {QuestionType.SCALE, QuestionType.YES_NO, QuestionType.MULTI}
    by_type = {q.type: q for q in quick_check.questions}
    assert not by_type[QuestionType.TEXT].is_scored
    assert by_type[QuestionType.SCALE].is_scored


# ----------------------------------------------------------------------------- codec


@pytest.mark.parametrize("path", SAVED_FILES, ids=lambda p: p.name)
def test_saved_files_load_and_write_back_byte_for_byte(path: Path) -> None:
    from readiness_app.services.catalogue import load_catalogue

    data = path.read_bytes()
    assessment, _ = read_assessment_bytes(data, path.name, load_catalogue().find)
    raw = json.loads(data)
    written = assessment_to_json(assessment, raw.get("app_version")).encode("utf-8")
    if raw["schema_version"] == SCHEMA_VERSION:
        assert written == data
    else:  # an older format is written in today's: the answers' JSON is the same
        assert json.loads(written)["assessment"]["answers"] == raw["assessment"]["answers"]


def test_the_json_forms_of_each_type() -> None:
    assert encode_answer_value("tested") == "tested"
    assert encode_answer_value(frozenset({"b", "a"})) == ["a", "b"]
    assert encode_answer_value(12.0) == 12
    assert isinstance(encode_answer_value(12.0), int)
    assert encode_answer_value(12.5) == 12.5
    assert encode_answer_value(DONT_KNOW) == {"dont_know": True}
    assert decode_answer_value(QuestionType.MULTI, ["a", "b"]) == frozenset({"a", "b"})
    assert decode_answer_value(QuestionType.NUMBER, 12) == 12.0
    assert isinstance(decode_answer_value(QuestionType.NUMBER, 12), float)
    assert decode_answer_value(QuestionType.SCALE, "tested") == "tested"
    assert decode_answer_value(QuestionType.TEXT, {"dont_know": True}) is DONT_KNOW


@pytest.mark.parametrize(("qtype", "data", "message"), [
    (QuestionType.MULTI, "firewall", "takes a list of options"),
    (QuestionType.MULTI, ["a", "a"], "listed twice"),
    (QuestionType.NUMBER, True, "takes a number"),
    (QuestionType.NUMBER, "12", "takes a number"),
    (QuestionType.SCALE, 3, "text or an option id"),
    (QuestionType.YES_NO, ["yes"], "text or an option id"),
    (QuestionType.TEXT, None, "has no value"),
    (QuestionType.TEXT, {"dont_know": False}, "dont_know"),
])
def test_values_a_type_cannot_hold_are_refused(qtype, data, message) -> None:
    with pytest.raises(AnswerError, match=message):
        decode_answer_value(qtype, data)


@given(data=st.data())
def test_every_valid_answer_survives_the_codec(quick_check, data) -> None:
    question = data.draw(st.sampled_from(quick_check.questions))
    value = data.draw(answer_values(question))
    value = kind_of(question.type).check(question, value)
    encoded = json.loads(json.dumps(encode_answer_value(value)))
    assert decode_answer_value(question.type, encoded) == value


# ----------------------------------------------------------------------------- typed numbers


@pytest.mark.parametrize(("text", "number"), [
    ("12", 12.0), ("12.5", 12.5), ("1,200", 1200.0), ("1,200.75", 1200.75),
    ("  60 ", 60.0), ("-3", -3.0), ("0", 0.0),
])
def test_numbers_typed_the_uk_way_are_read(text: str, number: float) -> None:
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["", "   "])
def test_a_blank_number_means_no_answer(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["twelve", "12 staff", "£12", "nan", "inf", "1.2.3", "-"])
def test_what_is_not_a_number_gets_a_clear_message(text: str) -> None:
    with pytest.raises(AnswerError) as info:
        parse_number(text)
    assert str(info.value) == f"'{text}' is not a number; type digits only, such as 12."


# ----------------------------------------------------------------------------- the exclusive rule


def multi(quick_check):
    question = quick_check.question("cyber.basics")
    kind = kind_of(question.type)
    assert isinstance(kind, MultiKind)
    exclusive = next(o.id for o in question.options if o.exclusive)
    plain = [o.id for o in question.options if not o.exclusive]
    return question, kind, exclusive, plain


def test_ticking_an_exclusive_option_clears_the_others(quick_check) -> None:
    question, kind, exclusive, plain = multi(quick_check)
    assert kind.selection_after(question, frozenset(plain[:2]), exclusive, True) == \
        frozenset({exclusive})


def test_ticking_an_ordinary_option_clears_exclusive_and_dont_know(quick_check) -> None:
    question, kind, exclusive, plain = multi(quick_check)
    assert kind.selection_after(question, frozenset({exclusive}), plain[0], True) == \
        frozenset({plain[0]})
    assert kind.selection_after(question, DONT_KNOW, plain[0], True) == frozenset({plain[0]})
    assert kind.selection_after(question, frozenset({plain[0]}), plain[1], True) == \
        frozenset(plain[:2])


def test_dont_know_and_unticking(quick_check) -> None:
    question, kind, _, plain = multi(quick_check)
    assert kind.selection_after(question, frozenset(plain[:2]), DONT_KNOW_ID, True) is DONT_KNOW
    assert kind.selection_after(question, DONT_KNOW, DONT_KNOW_ID, False) is None
    assert kind.selection_after(question, frozenset(plain[:2]), plain[0], False) == \
        frozenset({plain[1]})
    assert kind.selection_after(question, frozenset({plain[0]}), plain[0], False) is None
    assert kind.selection_after(question, None, plain[0], True) == frozenset({plain[0]})


@given(data=st.data())
def test_every_selection_the_rule_gives_is_an_answer_core_accepts(quick_check, data) -> None:
    question, kind, _, _ = multi(quick_check)
    value = None
    for _ in range(data.draw(st.integers(1, 8))):
        option_id = data.draw(st.sampled_from([*sorted(question.option_ids()), DONT_KNOW_ID]))
        value = kind.selection_after(question, value, option_id, data.draw(st.booleans()))
        if value is not None:
            assert kind.check(question, value) == value


# ----------------------------------------------------------------------------- conditions


def test_conditions_ask_the_type_of_the_question_they_name(quick_check) -> None:
    staff = quick_check.question("people.staff")
    fifty = Condition(staff.id, at_least=50.0)
    assert condition_holds(fifty, Answer(staff.id, 60.0), staff)
    assert not condition_holds(fifty, Answer(staff.id, 12.0), staff)
    assert not condition_holds(fifty, Answer(staff.id, DONT_KNOW), staff)
    assert not condition_holds(fifty, None, staff)
    cloud = quick_check.question("cyber.cloud")
    uses = Condition(cloud.id, any_of=frozenset({"yes"}))
    assert condition_holds(uses, Answer(cloud.id, "yes"), cloud)
    assert not condition_holds(uses, Answer(cloud.id, "no"), cloud)


def test_text_answers_are_optional_and_printed_as_typed(quick_check) -> None:
    comments = quick_check.question("people.comments")
    kind = kind_of(comments.type)
    assert kind.optional and not kind.takes_dont_know
    assert kind.describe_answer(comments, "Likes the till", "cy") == "Likes the till"
    with pytest.raises(AnswerError):
        Assessment.start(FirmProfile("Firm"), quick_check).with_answer(
            quick_check, Answer(comments.id, "x" * 5001))
