"""Loading and validating questionnaire files: good files load, bad files report every problem."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire import QuestionType
from readiness_app.core.questionnaire_loader import (
    MAX_FILE_BYTES,
    load_questionnaire,
    load_questionnaire_bytes,
    load_questionnaire_text,
    load_questionnaires,
)

SOURCE = """\
name: NCSC Small Business Guide
section: Backups
url: https://www.ncsc.gov.uk/collection/small-business-guide
version: "2020"
"""

BASE = """\
format: 1
id: mini
version: "1.0"
title: {en: Mini}
language: en
description: {en: A tiny questionnaire}
areas:
  - id: cyber
    title: {en: Cyber}
    weight: 1
    description: {en: Cyber things}
questions:
  - id: backups
    area: cyber
    type: scale
    text: {en: Backups?}
    help: {en: Copies}
    why: {en: Because}
    options:
      - {id: none, text: {en: None}, score: 0, critical: true}
      - {id: all, text: {en: All}, score: 4}
    sources:
      - name: NCSC Small Business Guide
        section: Backups
        url: https://www.ncsc.gov.uk/collection/small-business-guide
        version: "2020"
actions:
  - id: do-backups
    area: cyber
    title: {en: Do backups}
    what: {en: Set them up}
    first_step: {en: List files}
    effort: S
    cost: low
    timeframe: 30_days
    who: [owner]
    topic: cyber
    triggers:
      - {question: backups, score_below: 4}
"""


def load(text: str) -> object:
    return load_questionnaire_text(textwrap.dedent(text), "mini.yaml")


def problems_of(text: str) -> list[str]:
    with pytest.raises(QuestionnaireError) as info:
        load(text)
    return [str(p) for p in info.value.problems]


def test_minimal_questionnaire_loads() -> None:
    q = load(BASE)
    assert q.id == "mini" and q.version == "1.0"
    assert [x.id for x in q.questions] == ["backups"]
    assert q.question("backups").type is QuestionType.SCALE
    assert q.question("backups").option("none").critical
    assert q.action("do-backups").triggers[0].score_below == 4


def test_shipped_quick_check_loads(quick_check) -> None:
    assert quick_check.id == "quick-check"
    assert {a.id for a in quick_check.areas} == {"investment", "cyber", "people"}
    types = {q.type for q in quick_check.questions}
    assert types == set(QuestionType)  # the test questionnaire exercises every type


def test_yaml_12_keeps_yes_and_no_as_text() -> None:
    text = BASE.replace("  - id: backups\n    area: cyber\n    type: scale", """\
  - id: cloud
    area: cyber
    type: yes_no
    text: {en: Cloud?}
    help: {en: h}
    why: {en: w}
    options:
      - {id: yes, score: 4}
      - {id: no, score: 0}
    sources:
""" + "\n".join("      " + ("- " if i == 0 else "  ") + line
                for i, line in enumerate(SOURCE.splitlines())) + """
  - id: backups
    area: cyber
    type: scale""")
    q = load(text)
    assert q.question("cloud").option_ids() == {"yes", "no"}
    assert str(q.question("cloud").option("yes").text) == "Yes"


def test_duplicate_yaml_key_is_refused_with_its_line() -> None:
    text = BASE.replace("version: \"1.0\"\n", "version: \"1.0\"\nversion: \"2.0\"\n")
    (problem,) = problems_of(text)
    assert problem.startswith("mini.yaml:4:") or problem.startswith("mini.yaml:3:")
    assert "duplicate" in problem.lower()


def test_all_problems_are_reported_together_with_lines() -> None:
    text = BASE.replace("area: cyber\n    type: scale", "area: cyberr\n    type: scale")
    text = text.replace("{id: all, text: {en: All}, score: 4}", "{id: all, text: {en: All}}")
    text = text.replace("{question: backups, score_below: 4}",
                        "{question: backup, score_below: 4}")
    text = text.replace("effort: S", "effort: XL")
    problems = problems_of(text)
    joined = "\n".join(problems)
    assert len(problems) >= 4, joined
    assert "questions[backups].area: unknown area 'cyberr' (did you mean 'cyber'?)" in joined
    assert "options[all].score: every option needs a score from 0 to 4" in joined
    assert "unknown question 'backup' (did you mean 'backups'?)" in joined
    assert "actions[do-backups].effort" in joined
    # each problem carries the line it is on
    assert all(p.split(":")[1].isdigit() for p in problems), joined
    assert any(p.startswith("mini.yaml:14: questions[backups].area") for p in problems), joined


def test_an_action_in_an_unknown_area_is_named_as_a_question_in_one_is() -> None:
    text = BASE.replace("area: cyber\n    title: {en: Do backups}",
                        "area: cyberr\n    title: {en: Do backups}")
    assert text != BASE
    joined = "\n".join(problems_of(text))
    assert "actions[do-backups].area: unknown area 'cyberr' (did you mean 'cyber'?)" in joined


def test_duplicate_ids_are_reported() -> None:
    text = BASE.replace("      - {id: all, text: {en: All}, score: 4}",
                        "      - {id: all, text: {en: All}, score: 4}\n"
                        "      - {id: all, text: {en: All again}, score: 3}")
    text = text.replace("actions:\n", "actions:\n" + _action_yaml("do-backups"))
    joined = "\n".join(problems_of(text))
    assert "duplicate option id 'all'" in joined
    assert "duplicate action id 'do-backups' (first at line" in joined


def _action_yaml(action_id: str, trigger: str = "{question: backups, score_below: 4}",
                 after: str = "[]") -> str:
    return textwrap.indent(textwrap.dedent(f"""\
        - id: {action_id}
          area: cyber
          title: {{en: T}}
          what: {{en: W}}
          first_step: {{en: F}}
          effort: S
          cost: none
          timeframe: 30_days
          who: [owner]
          topic: cyber
          after: {after}
          triggers:
            - {trigger}
        """), "  ")


def _question_yaml(question_id: str, show_if: str = "") -> str:
    extra = f"\n  show_if:\n    - {show_if}" if show_if else ""
    return textwrap.indent(textwrap.dedent(f"""\
        - id: {question_id}
          area: cyber
          type: scale
          text: {{en: Q}}
          help: {{en: H}}
          why: {{en: W}}
          options:
            - {{id: low, text: {{en: Low}}, score: 1}}
            - {{id: high, text: {{en: High}}, score: 4}}
          sources:
            - {{name: N, section: S, url: "https://example.org/x", version: "1"}}""")
        + extra + "\n", "  ")


def test_show_if_on_a_later_question_and_cycles_are_reported() -> None:
    questions = (_question_yaml("a", "{question: b, any_of: [high]}")
                 + _question_yaml("b", "{question: a, any_of: [high]}")
                 + _question_yaml("c", "{question: missing_q, any_of: [high]}")
                 + _question_yaml("d", "{question: a, any_of: [medium]}"))
    text = BASE.replace("questions:\n", "questions:\n" + questions)
    joined = "\n".join(problems_of(text))
    assert "'b' is asked later; show_if may only refer to questions asked earlier" in joined
    assert "show_if conditions form a cycle: a -> b -> a" in joined
    assert "unknown question 'missing_q'" in joined
    assert "'a' has no option 'medium'" in joined


def test_actions_nobody_can_trigger_are_reported() -> None:
    text = BASE.replace("actions:\n", "actions:\n"
                        + _action_yaml("never", "{question: backups, answers: []}")
                        + _action_yaml("loop-a", after="[loop-b]")
                        + _action_yaml("loop-b", after="[loop-a]")
                        + _action_yaml("ghost", after="[nothing]"))
    text = text.replace(
        "    triggers:\n      - {question: backups, score_below: 4}\n", "    triggers: []\n")
    joined = "\n".join(problems_of(text))
    assert "actions[do-backups].triggers: nobody can trigger this action" in joined
    assert "actions[never].triggers[0].answers: nobody can trigger this" in joined
    assert "actions must come after each other in a loop: loop-a -> loop-b -> loop-a" in joined
    assert "unknown action 'nothing'" in joined


def test_unknown_field_gets_a_suggestion() -> None:
    text = BASE.replace("    help: {en: Copies}", "    hlep: {en: Copies}")
    joined = "\n".join(problems_of(text))
    assert "unknown field 'hlep' (did you mean 'help'?)" in joined
    assert "questions[backups].help: required field is missing" in joined


def test_declared_language_must_be_present_in_every_text() -> None:
    text = BASE.replace("language: en\n", "language: en\nlanguages: [en, cy]\n")
    text = text.replace("title: {en: Mini}", "title: {en: Mini, cy: Bach}")
    joined = "\n".join(problems_of(text))
    assert "description: the text has no 'cy' version" in joined
    assert "title" not in joined.split("description")[0].split("\n")[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: &x [1]\nb: *x\n", "anchors and aliases"),
        ("- just\n- a list\n", "must be a mapping"),
        ("key: !python/object:os.system x\n", "tags"),
        ("key: [unclosed\n", "not valid YAML"),
        ("", "must be a mapping"),
    ],
)
def test_hostile_or_broken_yaml_is_refused(text: str, expected: str) -> None:
    joined = "\n".join(problems_of(text))
    assert expected in joined
    assert joined.startswith("mini.yaml")


def test_not_utf8_and_too_big_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireError, match="not UTF-8"):
        load_questionnaire_bytes(b"id: \xff\xfe\n", "bad.yaml")
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    with pytest.raises(QuestionnaireError, match="the limit is"):
        load_questionnaire(big)
    with pytest.raises(QuestionnaireError, match="cannot be read"):
        load_questionnaire(tmp_path / "missing.yaml")


def test_a_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(BASE, encoding="utf-8")
    clash = tmp_path / "clash.yaml"
    clash.write_text(BASE, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 2\n", encoding="utf-8")
    loaded = load_questionnaires([good, bad, clash])
    assert [q.id for q in loaded.questionnaires] == ["mini"]
    messages = [str(e) for e in loaded.errors]
    assert len(messages) == 2
    assert any("bad.yaml" in m for m in messages)
    assert any("already defined in" in m and "clash.yaml" in m for m in messages)
    assert loaded.find("mini", "1.0") is not None
    assert loaded.find("mini", "9.9") is None


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
yaml_like = st.recursive(
    yaml_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=8), children, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_only_ever_raises_questionnaire_error(text: str) -> None:
    try:
        load_questionnaire_text(text, "fuzz.yaml")
    except QuestionnaireError as exc:
        assert all(p.source == "fuzz.yaml" for p in exc.problems)
        assert exc.problems


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(BASE.splitlines()), st.integers(0, 40), yaml_like)
def test_mutated_questionnaires_never_crash(line: str, index: int, value: object) -> None:
    import json

    lines = BASE.splitlines()
    position = index % len(lines)
    key = lines[position].split(":")[0]
    lines[position] = f"{key}: {json.dumps(value)}" if ":" in lines[position] else line
    try:
        load_questionnaire_text("\n".join(lines), "mutated.yaml")
    except QuestionnaireError as exc:
        assert exc.problems


class _DictCache:
    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.items.get(key)

    def put(self, key: str, text: str) -> None:
        self.items[key] = text


def test_parsed_cache_is_used_and_still_validated() -> None:
    cache = _DictCache()
    data = BASE.encode("utf-8")
    first = load_questionnaire_bytes(data, "mini.yaml", cache)
    assert len(cache.items) == 1
    assert load_questionnaire_bytes(data, "mini.yaml", cache) == first
    # a cache entry that no longer validates is not trusted: the file is parsed again
    key = next(iter(cache.items))
    cache.items[key] = cache.items[key].replace('"score_below": 4', '"score_below": 9')
    assert load_questionnaire_bytes(data, "mini.yaml", cache) == first
    # a changed file never uses the old entry
    changed = BASE.replace("effort: S", "effort: XL").encode("utf-8")
    with pytest.raises(QuestionnaireError, match="effort"):
        load_questionnaire_bytes(changed, "mini.yaml", cache)
    assert len(cache.items) == 1  # failures are not cached


def test_only_loads_the_questionnaire_asked_for_and_still_reports_new_files(
        tmp_path: Path) -> None:
    from readiness_app import resources

    cache = _DictCache()
    shipped = resources.questionnaire_paths()
    everything = load_questionnaires(shipped, cache)  # warms the cache
    assert {q.id for q in everything.questionnaires} == {"quick-check", "uk-default"}
    bad = tmp_path / "bad.yaml"  # never cached: loaded, and its problem reported, as ever
    bad.write_text("format: 2\n", encoding="utf-8")
    one_id = load_questionnaires([*shipped, bad], cache, only=("uk-default", None))
    assert {q.id for q in one_id.questionnaires} == {"uk-default"}
    assert sorted(q.version for q in one_id.questionnaires) == sorted(
        q.version for q in everything.questionnaires if q.id == "uk-default")
    assert [e.source for e in one_id.errors] == [str(bad)]
    latest = everything.latest("uk-default")
    assert latest is not None
    exact = load_questionnaires(shipped, cache, only=("uk-default", latest.version))
    assert exact.questionnaires == [latest]


def test_translation_overlays_are_cached_and_give_the_same_texts(tmp_path: Path) -> None:
    from readiness_app import resources

    path = resources.questionnaires_dir() / "quick_check.yaml"
    cache = _DictCache()
    first = load_questionnaire(path, cache)
    assert "cy" in first.languages
    assert any("-overlay-" in key for key in cache.items)
    assert load_questionnaire(path, cache) == first
    # a cached overlay that no longer checks out is not trusted: the file is parsed again
    for key in [k for k in cache.items if "-overlay-" in k]:
        cache.items[key] = '{"format": 1, "texts": []}'
    for key in [k for k in cache.items if k.endswith("-checked")]:
        del cache.items[key]  # else the checked questionnaire is used, overlays unread
    assert load_questionnaire(path, cache) == first
    # a broken overlay is still reported with its file and line
    (tmp_path / "translations").mkdir()
    mini = tmp_path / "mini.yaml"
    mini.write_text(BASE, encoding="utf-8")
    (tmp_path / "translations" / "mini.cy.yaml").write_text(
        "format: 1\nquestionnaire: mini\nlanguage: cy\nstatus: x\ntexts: [\n",
        encoding="utf-8")
    with pytest.raises(QuestionnaireError, match=r"mini\.cy\.yaml"):
        load_questionnaire(mini, cache)


_STAFF = """\
  - id: staff
    area: cyber
    type: number
    text: {en: How many people work here?}
    help: {en: Everyone}
    why: {en: Size matters}
    unit: UNIT
    min: 1
    sources:
      - name: NCSC Small Business Guide
        section: Backups
        url: https://www.ncsc.gov.uk/collection/small-business-guide
        version: "2020"
"""


def _with_staff(unit: str) -> str:
    return BASE.replace("questions:\n", "questions:\n" + _STAFF.replace("UNIT", unit), 1)


def test_a_number_questions_unit_loads_as_a_plain_string_as_older_files_write_it(
        tmp_path: Path) -> None:
    """``unit: people`` (every questionnaire before the unit was translatable) still loads,
    and a Welsh overlay reaches it under the question's own key."""
    from readiness_app.core.question_types import kind_of
    from readiness_app.services.language import messages

    assert load(_with_staff("people")).question("staff").unit.get("cy") == "people"
    mini = tmp_path / "mini.yaml"
    mini.write_text(_with_staff("people"), encoding="utf-8")
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "mini.cy.yaml").write_text(
        "format: 1\nquestionnaire: mini\nlanguage: cy\nstatus: x\ntexts:\n"
        "  questions/staff/unit: {en: people, cy: o bobl}\n", encoding="utf-8")
    staff = load_questionnaire(mini).question("staff")
    assert staff.unit.get("cy") == "o bobl" and staff.unit.get("en") == "people"
    kind = kind_of(staff.type)
    assert kind.points(staff, 12.0)[2].get("cy") == "12 o bobl"
    assert kind.points(staff, 12.0)[2].get("en") == "12 people"
    assert kind.describe_limits(staff, messages("cy")) == \
        "Ystod a dderbynnir: 1 i unrhyw nifer o bobl."
    assert kind.describe_limits(staff) == "Accepted range: 1 to any people."


def test_a_unit_written_as_a_text_map_is_checked_as_other_texts_are() -> None:
    undeclared = "\n".join(problems_of(_with_staff("{en: people, cy: o bobl}")))
    assert "questions[staff].unit.cy: language 'cy' is not declared" in undeclared
    declared = _with_staff("{en: people}").replace("language: en\n",
                                                    "language: en\nlanguages: [en, cy]\n")
    assert "questions[staff].unit: the text has no 'cy' version" in "\n".join(problems_of(declared))


def test_the_archived_quick_check_keeps_its_string_unit_and_gets_the_welsh(
        quick_check_1_0) -> None:
    staff = quick_check_1_0.question("people.staff")
    assert staff.unit.get("en") == "people" and staff.unit.get("cy") == "o bobl"
