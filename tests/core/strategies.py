"""Hypothesis strategies: random but valid answers to a questionnaire, and hostile input
(extreme timestamps, huge numbers, YAML tags, special files)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from hypothesis import strategies as st

from readiness_app.core.assessment import DONT_KNOW, Answer
from readiness_app.core.questionnaire import Question, Questionnaire, QuestionType


def answer_values(question: Question) -> st.SearchStrategy[object]:
    """Any value the question accepts."""
    dont_know = [st.just(DONT_KNOW)] if question.allow_dont_know else []
    if question.type in (QuestionType.SCALE, QuestionType.YES_NO):
        return st.one_of(st.sampled_from([o.id for o in question.options]), *dont_know)
    if question.type is QuestionType.MULTI:
        plain = [o.id for o in question.options if not o.exclusive]
        exclusive = [frozenset({o.id}) for o in question.options if o.exclusive]
        return st.one_of(st.frozensets(st.sampled_from(plain)), st.sampled_from(exclusive),
                         *dont_know)
    if question.type is QuestionType.NUMBER:
        low = question.min_value if question.min_value is not None else 0
        return st.one_of(st.integers(int(low), 400).map(float), *dont_know)
    return st.text(max_size=30).filter(lambda t: t.isprintable())


@st.composite
def answer_sets(draw: st.DrawFn, questionnaire: Questionnaire) -> dict[str, Answer]:
    """Answers to a random subset of the questions (hidden ones included: they are ignored)."""
    answers: dict[str, Answer] = {}
    for question in questionnaire.questions:
        if draw(st.booleans()) or draw(st.booleans()):
            value = draw(answer_values(question))
            answers[question.id] = Answer(question.id, value)  # type: ignore[arg-type]
    return answers


# --------------------------------------------------------------------------- hostile input


def timestamps() -> st.SearchStrategy[str]:
    """ISO timestamps across the whole calendar (year 1 to 9999), with offsets up to +-23:59
    that push the first and last moments out of range in UTC, plus naive ones."""
    offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
        lambda m: f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}:{abs(m) % 60:02d}")
    moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31,
                                                                           23, 59, 59))
    edges = st.sampled_from(["9999-12-31T23:59:59", "0001-01-01T00:00:00",
                             "1969-12-31T23:59:59", "1970-01-01T00:00:00",
                             "2200-12-31T23:59:59", "2201-01-01T00:00:00"])
    return st.tuples(st.one_of(edges, moments.map(lambda d: d.isoformat())),
                     st.one_of(st.just(""), offsets)).map("".join)


def huge_numbers() -> st.SearchStrategy[str]:
    """JSON number text far beyond what a float or Python's int parsing limit takes."""
    digits = st.integers(16, 6000).map(lambda n: "9" * n)
    signed = st.tuples(st.sampled_from(["", "-"]), digits).map("".join)
    exponents = st.integers(300, 100_000).map(lambda e: f"1e{e}")
    return st.one_of(signed, exponents, digits.map(lambda d: f"{d}.5"))


def yaml_tags() -> st.SearchStrategy[str]:
    """Explicit YAML tags, standard and not: none of them is allowed in a questionnaire."""
    return st.sampled_from(["!!omap", "!!set", "!!pairs", "!!str", "!!int", "!!float",
                            "!!binary", "!!timestamp", "!!map", "!!seq", "!custom",
                            "!!python/object:os.system", "!!python/name:os.system",
                            "!<tag:example.org,2024:x>"])


SPECIAL_FILES = ("dev-zero", "dev-null", "fifo", "folder", "folder-link", "dangling-link")


def special_files() -> st.SearchStrategy[str]:
    """Kinds of path that are not regular files (made with :func:`make_special_file`)."""
    return st.sampled_from(SPECIAL_FILES)


def make_special_file(path: Path, kind: str) -> Path:
    """Make a special file of ``kind`` at ``path`` (an existing one is replaced)."""
    if path.is_dir() and not path.is_symlink():
        path.rmdir()
    elif os.path.lexists(path):
        path.unlink()
    if kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "dev-null":
        path.symlink_to("/dev/null")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "folder-link":
        path.symlink_to(path.parent)
    else:
        path.symlink_to(path.parent / "nowhere-at-all")
    return path
