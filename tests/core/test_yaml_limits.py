"""YAML limits are enforced while parsing (issue 13, item 8): huge or deep documents stop at
the limit, and tags, anchors, aliases and merge keys are refused as the loader says."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire_loader import (
    load_questionnaire_bytes,
    load_questionnaire_text,
)
from readiness_app.core.yaml_source import MAX_DEPTH, MAX_NODES, YamlReadError, read_yaml

ROOT = Path(__file__).parents[2]


def _refused(text: str) -> str:
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire_text(text, "odd.yaml")
    message = str(info.value)
    assert message.startswith("odd.yaml:") and "Traceback" not in message
    return message


def test_a_deep_sequence_is_refused_at_the_depth_limit() -> None:
    message = _refused("x: " + "[" * 10_000 + "]" * 10_000 + "\n")
    assert f"nested more than {MAX_DEPTH} levels" in message


def test_deep_block_mappings_are_refused_too() -> None:
    text = "".join(f"{'  ' * depth}k{depth}:\n" for depth in range(200)) + "  " * 200 + "v\n"
    assert f"nested more than {MAX_DEPTH} levels" in _refused(text)


def test_too_many_items_are_refused_with_the_line_where_the_limit_was_reached() -> None:
    items = ",".join(["1"] * 40) + ",\n"
    text = "x: [\n" + items * (MAX_NODES // 40 + 10) + "]\n"
    message = _refused(text)
    assert f"more than {MAX_NODES:,} entries" in message
    line = MAX_NODES // 40 + 2
    assert any(f"odd.yaml:{n}:" in message for n in range(line - 1, line + 2)), message


@pytest.mark.skipif(sys.platform != "linux", reason="uses RLIMIT_AS")
def test_a_million_flow_items_are_refused_within_a_modest_memory_limit(tmp_path: Path) -> None:
    """2 MB of ``[1,1,1,...]`` used to take 1.2 GB before it was refused."""
    path = tmp_path / "million.yaml"
    path.write_bytes(b"x: [" + b"1," * 1_048_000 + b"]\n")
    script = textwrap.dedent(f"""
        import resource, sys
        from pathlib import Path
        from readiness_app.core.errors import QuestionnaireError
        from readiness_app.core.questionnaire_loader import load_questionnaire
        limit = 400 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            load_questionnaire(Path({str(path)!r}))
        except QuestionnaireError as exc:
            print(exc)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT)}, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "entries" in done.stdout and "million.yaml" in done.stdout


@pytest.mark.parametrize(("text", "words"), [
    ("languages: !!omap [{en: English}]\n", "tags"),
    ("languages: !!set {en: null}\n", "tags"),
    ("a: !!str x\n", "tags"),
    ("a: !!python/name:os.system x\n", "tags"),
    ("base: &b {x: 1}\nother:\n  <<: *b\n", "anchors and aliases"),
    ("other:\n  <<: {x: 1}\n  y: 2\n", "merge keys"),
    ("a: &s text\nb: *s\n", "anchors and aliases"),
    ("a: &s text\n", "anchors and aliases"),
    ("[*x]\n", "alias"),
])
def test_tags_anchors_aliases_and_merge_keys_are_refused(text: str, words: str) -> None:
    with pytest.raises(YamlReadError) as info:
        read_yaml(text, "odd.yaml")
    assert words in str(info.value) and str(info.value).startswith("odd.yaml")


def test_omap_languages_in_a_questionnaire_give_a_clear_error() -> None:
    from tests.core.test_questionnaire_loader import BASE

    text = BASE.replace("language: en", "language: en\nlanguages: !!omap [{en: English}]")
    assert "tags" in _refused(text)


def test_the_shipped_questionnaires_are_well_inside_the_limits() -> None:
    for path in sorted((ROOT / "questionnaires").glob("*.yaml")):
        load_questionnaire_bytes(path.read_bytes(), str(path))
