"""Content checks on every shipped questionnaire (questionnaires/*.yaml).

The loader already refuses files that break the format. These tests check what an adviser
would check: every question cites a source, every gap leads to an action, actions point to a
support topic we know, conditions only look back, the text stays close to plain English,
and each questionnaire asks about as many questions as issue 4 asks for.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from readiness_app import resources
from readiness_app.core.assessment import DONT_KNOW, AnswerValue, DontKnow
from readiness_app.core.questionnaire import (
    MAX_OPTION_SCORE,
    Question,
    Questionnaire,
    QuestionType,
    Trigger,
)
from readiness_app.core.questionnaire_loader import load_questionnaires

KNOWN_TOPICS = {"finance", "cyber", "workforce", "digital_adoption"}

# Question counts wanted by issue 4: the default questionnaire asks "about 12-16 questions
# per area"; the quick check asks "about 10 questions across the three areas" (the brief for
# this work allows 10-15), with every area represented. Issue 15 added topics and bounds the
# full check by time instead (20-30 minutes for a typical firm, tests/questionnaires/
# test_content_2026.py), so an area may now hold more questions, most asked only when they
# apply. The quick check's optional comment box is not counted.
FULL_PER_AREA = (12, 22)
QUICK_TOTAL = (10, 15)
QUICK_MIN_PER_AREA = 3


def _is_quick(questionnaire: Questionnaire) -> bool:
    return questionnaire.id.startswith("quick")


PATHS = resources.questionnaire_paths()
LOADED = load_questionnaires(PATHS)
SHIPPED = LOADED.questionnaires


def _raw(path: Path) -> dict[str, Any]:
    """The file as plain data, read without the app's validation."""
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    return data


def test_every_shipped_questionnaire_loads() -> None:
    assert PATHS, "no questionnaires are shipped"
    assert not LOADED.errors, "\n".join(str(e) for e in LOADED.errors)
    assert len(SHIPPED) == len(PATHS)


@pytest.fixture(params=SHIPPED, ids=[q.id for q in SHIPPED])
def questionnaire(request: pytest.FixtureRequest) -> Questionnaire:
    return request.param


def test_the_default_and_quick_questionnaires_are_shipped() -> None:
    assert {"uk-default", "quick-check"} <= {q.id for q in SHIPPED}


# ----------------------------------------------------------------------------- sources


def test_every_question_cites_a_complete_source(questionnaire: Questionnaire) -> None:
    problems = []
    for q in questionnaire.questions:
        if not q.sources:
            problems.append(f"{q.id}: no source")
        for s in q.sources:
            for field in ("name", "section", "url", "version"):
                if not getattr(s, field).strip():
                    problems.append(f"{q.id}: a source has an empty {field}")
            if not re.match(r"^https?://[^\s/]+\.[^\s/]+/?\S*$", s.url):
                problems.append(f"{q.id}: source URL {s.url!r} is not a web address")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_every_question_in_the_file_lists_a_source(path: Path) -> None:
    # Read from the file itself, so the check holds even if the loader's rules change.
    missing = [q.get("id") for q in _raw(path).get("questions", [])
               if not isinstance(q.get("sources"), list) or not q["sources"]]
    assert not missing, f"questions without a source: {missing}"


@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_show_if_in_the_file_refers_to_earlier_questions(path: Path) -> None:
    seen: set[str] = set()
    problems = []
    for q in _raw(path).get("questions", []):
        for c in q.get("show_if") or []:
            if c.get("question") not in seen:
                problems.append(f"{q.get('id')} depends on {c.get('question')!r}, "
                                "which is missing or asked later")
        seen.add(q.get("id"))
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- gaps


def _multi_answers(q: Question) -> Iterator[frozenset[str]]:
    """Every set of options a firm can pick (an exclusive option stands alone)."""
    normal = [o.id for o in q.options if not o.exclusive]
    for size in range(len(normal) + 1):
        for combo in itertools.combinations(normal, size):
            yield frozenset(combo)
    for o in q.options:
        if o.exclusive:
            yield frozenset({o.id})


def _score(q: Question, value: AnswerValue) -> int:
    """Points (0-4) an answer earns, as the issue defines scoring."""
    if isinstance(value, DontKnow):
        return 0
    if q.type is QuestionType.MULTI:
        assert isinstance(value, frozenset)
        return min(MAX_OPTION_SCORE, sum(q.option(i).score for i in value))
    if q.type is QuestionType.NUMBER:
        assert isinstance(value, float)
        band = q.band_for(value)
        return band.score if band is not None else 0
    assert isinstance(value, str)
    return q.option(value).score


def _possible_answers(q: Question) -> Iterator[tuple[str, AnswerValue]]:
    """Each distinct answer to a scored question, with a label for messages."""
    if q.type is QuestionType.MULTI:
        for picked in _multi_answers(q):
            yield "{" + ", ".join(sorted(picked)) + "}", picked
    elif q.type is QuestionType.NUMBER:
        starts = sorted(b.min_value for b in q.bands)
        values = list(starts)
        if q.min_value is None or q.min_value < starts[0]:
            values.append(starts[0] - 1 if q.min_value is None else q.min_value)
        for v in values:
            yield f"{v:g}", float(v)
    else:
        for o in q.options:
            yield o.id, o.id
    if q.allow_dont_know:
        yield "dont_know", DONT_KNOW


def _fires(trigger: Trigger, q: Question, value: AnswerValue) -> bool:
    """The trigger rules: picked answers, options left unpicked, or a score below N.

    ``missing`` fires when at least one listed option was not picked; we do not count a
    "don't know" as leaving options unpicked, so that a gap is only counted as covered when
    the rule cannot be read two ways.
    """
    if trigger.score_below is not None:
        return _score(q, value) < trigger.score_below
    if trigger.missing:
        return isinstance(value, frozenset) and bool(trigger.missing - value)
    if isinstance(value, DontKnow):
        return "dont_know" in trigger.answers
    if isinstance(value, frozenset):
        return bool(value & trigger.answers)
    return isinstance(value, str) and value in trigger.answers


@dataclass(frozen=True)
class Gap:
    """An answer scoring below the question's best, with no action to close it."""

    question: str
    answer: str
    score: int


def uncovered_gaps(questionnaire: Questionnaire) -> list[Gap]:
    """Answers below the top score of their question that trigger no action."""
    gaps: list[Gap] = []
    for q in questionnaire.questions:
        if not q.is_scored:
            continue
        answers = list(_possible_answers(q))
        top = max(_score(q, v) for _, v in answers)
        triggers = [t for a in questionnaire.actions for t in a.triggers if t.question_id == q.id]
        for label, value in answers:
            score = _score(q, value)
            if score < top and not any(_fires(t, q, value) for t in triggers):
                gaps.append(Gap(q.id, label, score))
    return gaps


def test_every_answer_below_the_top_triggers_an_action(questionnaire: Questionnaire) -> None:
    gaps = uncovered_gaps(questionnaire)
    assert not gaps, "answers with no action:\n" + "\n".join(
        f"  {g.question} = {g.answer} (scores {g.score})" for g in gaps
    )


def test_the_top_answer_of_every_scored_question_scores_four(
    questionnaire: Questionnaire,
) -> None:
    short = [
        q.id for q in questionnaire.questions
        if q.is_scored and max(_score(q, v) for _, v in _possible_answers(q)) < MAX_OPTION_SCORE
    ]
    assert not short, f"no answer reaches {MAX_OPTION_SCORE} points: {short}"


def test_every_action_has_a_known_topic_and_concrete_first_step(
    questionnaire: Questionnaire,
) -> None:
    problems = []
    for a in questionnaire.actions:
        if a.topic.value not in KNOWN_TOPICS:
            problems.append(f"{a.id}: unknown support topic {a.topic.value!r}")
        if len(_words(a.first_step.get())) < 4:
            problems.append(f"{a.id}: the first step is too short to act on")
    assert not problems, "\n".join(problems)


def test_prerequisites_never_point_at_the_action_itself_or_nowhere(
    questionnaire: Questionnaire,
) -> None:
    ids = {a.id for a in questionnaire.actions}
    bad = [(a.id, p) for a in questionnaire.actions for p in a.after if p not in ids or p == a.id]
    assert not bad


def test_show_if_only_refers_to_earlier_questions(questionnaire: Questionnaire) -> None:
    seen: set[str] = set()
    problems = []
    for q in questionnaire.questions:
        for c in q.show_if:
            if c.question_id not in seen:
                problems.append(f"{q.id} depends on {c.question_id}, which is not asked before it")
        seen.add(q.id)
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- plain English
#
# Measures (no extra dependency): words per sentence, and the share of long words, taken as
# words of seven letters or more, as in the LIX readability index (Björnsson, 1968). LIX adds
# the two: words per sentence + 100 x long-word share. Rough LIX bands: under 30 very easy,
# 30-40 easy (popular fiction), 40-50 medium (newspapers), 50-60 hard (official reports),
# over 60 very hard. LIX needs no syllable counting, so it is stable and easy to reason about.
#
# Thresholds:
# * whole questionnaire: average sentence length at most 20 words (the Plain English
#   Campaign suggests an average of 15-20) and LIX at most 45 (no harder than a newspaper);
# * one sentence: at most 32 words (GOV.UK's style guide advises keeping sentences to 25
#   words; the margin allows a sentence that carries a short list);
# * one text field of 20 words or more: LIX at most 60, so no single help text reads like
#   an official report. Shorter fields are too short for LIX to mean much.
# * Acronyms: any word in capitals must be a common one owners know, or be spelt out
#   somewhere in the questionnaire with the acronym in brackets after it.

MAX_AVG_SENTENCE = 20.0
MAX_QUESTIONNAIRE_LIX = 45.0
MAX_SENTENCE_WORDS = 32
MAX_FIELD_LIX = 60.0
FIELD_LIX_MIN_WORDS = 20
LONG_WORD_LETTERS = 7
COMMON_ACRONYMS = {"UK", "EU", "IT", "PIN", "VAT", "USB", "OK", "PC", "CV", "HR", "TV"}

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*%?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“‘(£])")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if _words(s)]


def _is_long(word: str) -> bool:
    if word[0].isdigit():
        return False
    return len(re.sub(r"['’-]", "", word)) >= LONG_WORD_LETTERS


@dataclass(frozen=True)
class Readability:
    """Counts for a body of text."""

    words: int
    sentences: int
    long_words: int

    @property
    def avg_sentence(self) -> float:
        """Words per sentence."""
        return self.words / max(self.sentences, 1)

    @property
    def long_share(self) -> float:
        """Share (0-1) of words with seven letters or more."""
        return self.long_words / max(self.words, 1)

    @property
    def lix(self) -> float:
        """The LIX index: words per sentence plus the percentage of long words."""
        return self.avg_sentence + 100 * self.long_share


def readability(texts: list[str]) -> Readability:
    """Readability counts over several texts (each counts as at least one sentence)."""
    words = sentences = long_words = 0
    for text in texts:
        ws = _words(text)
        words += len(ws)
        sentences += len(_sentences(text))
        long_words += sum(_is_long(w) for w in ws)
    return Readability(words, sentences, long_words)


def user_texts(questionnaire: Questionnaire) -> list[tuple[str, str]]:
    """Every text an owner reads, labelled with where it comes from (sources excluded)."""
    out = [("title", questionnaire.title.get()), ("description", questionnaire.description.get())]
    for area in questionnaire.areas:
        out += [(f"{area.id}.title", area.title.get()),
                (f"{area.id}.description", area.description.get())]
        if area.not_applicable is not None:
            out.append((f"{area.id}.not_applicable.reason", area.not_applicable.reason.get()))
            if area.not_applicable.note is not None:
                out.append((f"{area.id}.not_applicable.note", area.not_applicable.note.get()))
    for q in questionnaire.questions:
        out += [(f"{q.id}.text", q.text.get()), (f"{q.id}.help", q.help.get()),
                (f"{q.id}.why", q.why.get())]
        out += [(f"{q.id}.options.{o.id}", o.text.get()) for o in q.options]
        out += [(f"{q.id}.variants[{i}].{name}", text.get())
                for i, v in enumerate(q.variants) for name, text in v.texts.items()]
    for a in questionnaire.actions:
        out += [(f"{a.id}.title", a.title.get()), (f"{a.id}.what", a.what.get()),
                (f"{a.id}.first_step", a.first_step.get())]
        out += [(f"{a.id}.variants[{i}].{name}", text.get())
                for i, v in enumerate(a.variants) for name, text in v.texts.items()]
    for check in questionnaire.checks:
        out.append((f"checks.{check.id}.text", check.text.get()))
    return out


def test_the_questionnaire_as_a_whole_reads_as_plain_english(
    questionnaire: Questionnaire,
) -> None:
    # Titles and option labels are phrases, not sentences; measure the running text only.
    prose = [t for where, t in user_texts(questionnaire)
             if where.endswith((".help", ".why", ".what", ".first_step", "description", ".text"))]
    r = readability(prose)
    assert r.avg_sentence <= MAX_AVG_SENTENCE, f"average sentence {r.avg_sentence:.1f} words"
    assert r.lix <= MAX_QUESTIONNAIRE_LIX, (
        f"LIX {r.lix:.1f} ({r.avg_sentence:.1f} words per sentence, "
        f"{100 * r.long_share:.0f}% long words)"
    )


def test_no_sentence_or_field_is_far_above_plain_english(questionnaire: Questionnaire) -> None:
    problems = []
    for where, text in user_texts(questionnaire):
        for sentence in _sentences(text):
            n = len(_words(sentence))
            if n > MAX_SENTENCE_WORDS:
                problems.append(f"{where}: a sentence of {n} words: {sentence[:60]}...")
        r = readability([text])
        if r.words >= FIELD_LIX_MIN_WORDS and r.lix > MAX_FIELD_LIX:
            problems.append(f"{where}: LIX {r.lix:.0f} ({r.words} words)")
    assert not problems, "\n".join(problems)


def test_acronyms_are_common_or_spelt_out(questionnaire: Questionnaire) -> None:
    texts = [t for _, t in user_texts(questionnaire)]
    explained = set(re.findall(r"\(([A-Z]{2,})\)", " ".join(texts)))
    problems = []
    for where, text in user_texts(questionnaire):
        for word in re.findall(r"\b[A-Z]{2,}s?\b", text):
            acronym = word.rstrip("s") if word.endswith("s") and word[:-1].isupper() else word
            if acronym not in COMMON_ACRONYMS and acronym not in explained:
                problems.append(f"{where}: '{acronym}' is not explained")
    assert not problems, "\n".join(problems)


def test_readability_measure_tells_plain_from_dense_text() -> None:
    plain = readability(["Back up your files every day. Check you can get one back."])
    dense = readability([
        "Organisations should institutionalise comprehensive, continuously monitored "
        "vulnerability remediation procedures, notwithstanding operational constraints "
        "attributable to heterogeneous infrastructure configurations and contractual "
        "interdependencies between multiple third-party managed service providers."
    ])
    assert plain.lix < 30 < MAX_FIELD_LIX < dense.lix
    assert len(_sentences("One. Two words here. Three")) == 3


# ----------------------------------------------------------------------------- length


def test_each_questionnaire_asks_the_number_of_questions_the_issue_wants(
    questionnaire: Questionnaire,
) -> None:
    per_area = {a.id: len(questionnaire.questions_in(a.id)) for a in questionnaire.areas}
    if _is_quick(questionnaire):
        total = len([q for q in questionnaire.questions if q.type is not QuestionType.TEXT])
        assert QUICK_TOTAL[0] <= total <= QUICK_TOTAL[1], f"{total} questions"
        assert min(per_area.values()) >= QUICK_MIN_PER_AREA, per_area
    else:
        low, high = FULL_PER_AREA
        assert all(low <= n <= high for n in per_area.values()), per_area


def test_the_default_covers_three_areas_with_conditional_questions() -> None:
    default = next(q for q in SHIPPED if q.id == "uk-default")
    assert [a.id for a in default.areas] == ["investment", "cyber", "people"]
    conditions = {(c.question_id, c.at_least) for q in default.questions for c in q.show_if}
    staff_gate = [q for q in default.questions
                  if any(c.at_least == 50 for c in q.show_if)]
    assert staff_gate, "the information and consultation question must be for 50+ staff"
    assert any(qid == "cyber.online_services" for qid, _ in conditions)
    assert all(q.why.get().strip() and q.help.get().strip() for q in default.questions)
