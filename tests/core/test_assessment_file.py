"""The portable assessment file: round trips, and refuses corrupt or hostile files clearly."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readiness_app.core.assessment import DONT_KNOW, Answer, Assessment, FirmProfile, SizeBand
from readiness_app.core.assessment_file import (
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    assessment_to_json,
    read_assessment_bytes,
)
from readiness_app.core.errors import AssessmentFileError
from readiness_app.services.catalogue import load_catalogue

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def finder(quick_check):
    def find(qid: str, version: str):
        if (qid, version) == (quick_check.id, quick_check.version):
            return quick_check
        return None

    return find


@pytest.fixture(scope="module")
def sample(quick_check) -> Assessment:
    a = Assessment.start(
        FirmProfile("Tŷ Coffi <b>&amp;", "Hospitality", SizeBand.SMALL, "SA1 1AA"), quick_check
    )
    for qid, value in [
        ("cyber.backups", "none"),
        ("cyber.basics", frozenset({"firewall", "screen_lock"})),
        ("people.staff", 12.0),
        ("investment.plan", DONT_KNOW),
        ("people.comments", "Staff like the new till; worried about \"tracking\"."),
    ]:
        a = a.with_answer(quick_check, Answer(qid, value, note="ŵ note" if qid == "cyber.backups"
                                                    else ""))
    return a


def read(data: bytes | str, finder):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return read_assessment_bytes(raw, "firm.readiness", finder)


def test_round_trip_keeps_everything(sample, finder) -> None:
    text = assessment_to_json(sample, app_version="0.1.0")
    back, questionnaire = read(text, finder)
    assert back == sample
    assert questionnaire.id == "quick-check"
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION == 5


def messages(data, finder) -> str:
    with pytest.raises(AssessmentFileError) as info:
        read(data, finder)
    text = str(info.value)
    assert text.startswith("firm.readiness")  # every message names the file
    return text


def mutate(sample, change) -> str:
    data = json.loads(assessment_to_json(sample))
    change(data)
    return json.dumps(data)


def test_unknown_questionnaire_version_is_a_clear_error(sample, finder) -> None:
    text = mutate(sample, lambda d: d["assessment"]["questionnaire"].update(version="7.0"))
    assert "uses questionnaire 'quick-check' version 7.0, which this app does not have" in \
        messages(text, finder)


def test_newer_file_format_says_update_the_app(sample, finder) -> None:
    text = mutate(sample, lambda d: d.update(schema_version=99))
    assert "newer version of the app" in messages(text, finder)


def test_the_next_file_format_says_update_the_app(sample, finder) -> None:
    text = mutate(sample, lambda d: d.update(schema_version=SCHEMA_VERSION + 1))
    assert "newer version of the app" in messages(text, finder)
    assert f"this app reads up to {SCHEMA_VERSION}" in messages(text, finder)


def test_the_confirmed_authority_round_trips_in_format_2(sample, finder) -> None:
    confirmed = replace(sample, firm=replace(sample.firm, authority_code="S12000026"))
    text = assessment_to_json(confirmed)
    assert json.loads(text)["assessment"]["firm"]["authority_code"] == "S12000026"
    back, _ = read(text, finder)
    assert back == confirmed and back.firm.authority_code == "S12000026"
    assert json.loads(assessment_to_json(sample))["assessment"]["firm"]["authority_code"] is None


def _as_format_1(data: dict) -> None:
    data["schema_version"] = 1
    for name in ("authority_code", "hours_per_month", "budget", "nation", "sector_section"):
        del data["assessment"]["firm"][name]


def test_a_format_1_file_still_opens_without_an_authority(sample, finder) -> None:
    back, _ = read(mutate(sample, _as_format_1), finder)
    assert back == sample and back.firm.authority_code is None
    find = load_catalogue().find  # format1_wales_bakery uses the uk-default questionnaire
    # files written before format 3 (the wales bakery is examples/ as it was before format
    # 2, the joinery as it was before format 3)
    old_files = sorted((ROOT / "tests" / "data" / "assessments").glob("*.readiness"))
    versions = {json.loads(p.read_text(encoding="utf-8"))["schema_version"] for p in old_files}
    assert versions == {1, 2}
    for path in old_files:
        assessment, _ = read_assessment_bytes(path.read_bytes(), path.name, find)
        if json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1:
            assert assessment.firm.authority_code is None
        assert assessment.firm.hours_per_month is None and assessment.firm.budget is None
        assert assessment.firm.nation is None
        again, _ = read(assessment_to_json(assessment), find)  # and is written as format 3
        assert again == assessment


def test_the_sector_section_round_trips_in_format_5_and_older_files_get_it_from_the_text(
        sample, finder) -> None:
    chosen = replace(sample, firm=replace(sample.firm, sector="Pop-up stall",
                                          sector_section="G"))
    text = assessment_to_json(chosen)
    assert json.loads(text)["assessment"]["firm"]["sector_section"] == "G"
    assert read(text, finder)[0].firm.sector_section == "G"

    def as_format_4(data: dict) -> None:
        data["schema_version"] = 4
        data["assessment"]["firm"]["sector"] = "Retail (motor trade)"
        del data["assessment"]["firm"]["sector_section"]

    old, _ = read(mutate(sample, as_format_4), finder)
    assert (old.firm.sector, old.firm.sector_section) == ("Retail (motor trade)", "G")


def test_a_format_4_file_cannot_carry_a_sector_section(sample, finder) -> None:
    text = mutate(sample, lambda d: d.update(schema_version=4))
    assert ("assessment.firm.sector_section: unknown field in file format 4 (it came in "
            "format 5)") in messages(text, finder)


def test_the_firm_s_means_and_nation_round_trip_in_format_3(sample, finder) -> None:
    from readiness_app.core.assessment import BudgetBand
    from readiness_app.core.questionnaire import Nation

    firm = replace(sample.firm, hours_per_month=6, budget=BudgetBand.UNDER_500,
                   nation=Nation.WALES)
    text = assessment_to_json(replace(sample, firm=firm))
    stored = json.loads(text)["assessment"]["firm"]
    assert (stored["hours_per_month"], stored["budget"], stored["nation"]) == (
        6, "under_500", "wales")
    back, _ = read(text, finder)
    assert back.firm == firm


@pytest.mark.parametrize(("field", "value"), [("hours_per_month", 6), ("budget", "under_500"),
                                              ("nation", "wales")])
def test_a_format_2_file_cannot_carry_the_means(sample, finder, field, value) -> None:
    def old_with_means(data: dict) -> None:
        data["schema_version"] = 2
        for name in ("hours_per_month", "budget", "nation"):
            del data["assessment"]["firm"][name]
        data["assessment"]["firm"][field] = value

    text = messages(mutate(sample, old_with_means), finder)
    assert f"assessment.firm.{field}" in text and "came in format 3" in text


@pytest.mark.parametrize(("field", "value"), [("hours_per_month", 0), ("hours_per_month", 401),
                                              ("hours_per_month", "6"), ("budget", "lots"),
                                              ("nation", "cornwall")])
def test_bad_means_are_refused(sample, finder, field, value) -> None:
    text = mutate(sample, lambda d: d["assessment"]["firm"].update({field: value}))
    assert f"assessment.firm.{field}" in messages(text, finder)


def test_a_format_1_file_cannot_carry_an_authority(sample, finder) -> None:
    def old_with_code(data: dict) -> None:
        _as_format_1(data)
        data["assessment"]["firm"]["authority_code"] = "S12000026"

    text = messages(mutate(sample, old_with_code), finder)
    assert "assessment.firm.authority_code" in text and "came in format 2" in text


@pytest.mark.parametrize("code", ["Leeds", "s12000026", "S1200002", 12000026])
def test_a_badly_shaped_authority_code_is_refused(sample, finder, code) -> None:
    text = mutate(sample, lambda d: d["assessment"]["firm"].update(authority_code=code))
    assert "assessment.firm.authority_code" in messages(text, finder)


@pytest.mark.parametrize("version", [0, -1])
def test_a_format_older_than_any_is_refused(sample, finder, version) -> None:
    text = mutate(sample, lambda d: d.update(schema_version=version))
    assert f"has file format {version}, which this app cannot read" in messages(text, finder)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[" * 10_000 + b"]" * 10_000, "nested more than"),
        (b'{"format": "readiness-assessment", "schema_version": NaN}', "NaN"),
        (b'{"format": "x", "format": "y"}', "twice"),
        (b'{"format": "readiness-assessment", "schema_version": 1, "assessment": {', "cut short"),
        (b"PK\x03\x04 not json", "not valid JSON at line 1"),
        (b'{"hello": "world"}', "not a readiness assessment file"),
        (b'"just a string"', "not a readiness assessment file"),
    ],
)
def test_corrupt_files_are_refused(data: bytes, expected: str, finder) -> None:
    assert expected in messages(data, finder)


def test_oversized_file_is_refused_before_parsing(finder) -> None:
    assert "at most" in messages(b" " * (MAX_FILE_BYTES + 1), finder)


def test_wrong_types_and_unknown_fields_are_all_listed(sample, finder) -> None:
    def change(d):
        d["assessment"]["status"] = "done"
        d["assessment"]["firm"]["size_band"] = 3
        d["assessment"]["surprise"] = True
        d["assessment"]["answers"][0]["value"] = {"$gt": 1}

    text = messages(mutate(sample, change), finder)
    assert "assessment.status" in text
    assert "assessment.firm.size_band" in text
    assert "assessment.surprise: unknown field" in text
    assert "assessment.answers[0]" in text


def test_answers_that_do_not_fit_are_all_listed(sample, finder) -> None:
    def change(d):
        answers = d["assessment"]["answers"]
        answers.append({"question": "cyber.nope", "value": "x"})
        answers.append({"question": "cyber.updates", "value": "sometimes"})
        answers.append({"question": "cyber.backups", "value": "tested"})  # answered twice
        answers.append({"question": "people.training", "value": "none", "dont_know": True})
        answers.append({"question": "people.consult", "value": "told",
                        "answered_at": "yesterday"})

    text = messages(mutate(sample, change), finder)
    assert "(cyber.nope): questionnaire quick-check 1.2 has no such question" in text
    assert "(cyber.updates): 'cyber.updates' has no option 'sometimes'" in text
    assert "(cyber.backups): the question is answered twice" in text
    assert "both a value and dont_know" in text
    assert "is not a date and time" in text


def test_hostile_firm_name_is_refused_cleanly(sample, finder) -> None:
    text = mutate(sample, lambda d: d["assessment"]["firm"].update(name="a\x1bb"))
    assert "control character" in messages(text, finder)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_only_raise_assessment_file_error(data: bytes) -> None:
    try:
        read_assessment_bytes(data, "fuzz.readiness", lambda *_: None)
    except AssessmentFileError as exc:
        assert exc.problems and all(p.source == "fuzz.readiness" for p in exc.problems)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=10)),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_mutated_valid_files_only_raise_assessment_file_error(sample, finder, data) -> None:
    document = json.loads(assessment_to_json(sample))
    # pick a random place in the document and replace it with random JSON
    node = document
    path = []
    while isinstance(node, dict | list) and node and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(list(node) if isinstance(node, dict)
                                        else list(range(len(node)))))
        path.append(key)
        node = node[key]
    replacement = data.draw(json_values)
    if not path:
        document = replacement
    else:
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = replacement
    try:
        read(json.dumps(document), finder)
    except AssessmentFileError as exc:
        assert exc.problems
