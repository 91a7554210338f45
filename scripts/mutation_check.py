"""Check that the test suite catches known scoring and autosave slips (run by hand).

Each mutation is a small, deliberate bug in a copy of the source tree; the suite must fail
on every one. Usage, from the project folder:

    .venv/bin/python scripts/mutation_check.py            # all mutations, whole suite
    .venv/bin/python scripts/mutation_check.py M2 M5      # some of them

Exit status 0 when every mutation was caught, 1 when one survived or no longer applies (the
code it edits has moved: update the mutation here).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutation:
    """One deliberate bug: replace ``old`` with ``new`` in ``path``."""

    name: str
    what: str
    path: str
    old: str
    new: str


MUTATIONS = (
    Mutation("M1", "multiple-choice points not capped at 4",
             "readiness_app/core/question_types.py",
             "float(min(MAX_OPTION_SCORE, sum(o.score for o in picked)))",
             "float(sum(o.score for o in picked))"),
    Mutation("M2", "a number band's >= turned into >",
             "readiness_app/core/questionnaire.py",
             "if value >= band.min_value:", "if value > band.min_value:"),
    Mutation("M3", "the overall score as an unweighted mean of the areas",
             "readiness_app/core/scoring.py",
             "overall = sum(a.area.weight * (a.score or 0.0) for a in scored) / total_weight",
             "overall = sum((a.score or 0.0) for a in scored) / len(scored)"),
    Mutation("M4", "question weights ignored",
             "readiness_app/core/scoring.py",
             "score = 100.0 * sum(r.weight * r.points for r in results) / possible",
             "score = 100.0 * sum(r.points for r in results) / (MAX_OPTION_SCORE * len(results))"),
    Mutation("M5", "a half-typed note not saved when the user jumps to another question",
             "readiness_app/ui/pages/questionnaire_page.py",
             "        if self._question is not None:\n            self.flush()\n"
             "        self._question = session.questionnaire.question(question_id)",
             "        self._question = session.questionnaire.question(question_id)"),
    Mutation("M6", "a half-typed note not saved when the window closes",
             "readiness_app/ui/main_window.py",
             "        try:\n            self._flush_answers()\n        finally:",
             "        try:\n            pass\n        finally:"),
)


def run(mutation: Mutation) -> tuple[bool, str]:
    """Apply ``mutation`` to a copy of the tree and run the suite; (caught, summary)."""
    with tempfile.TemporaryDirectory(prefix="mutation-") as temp:
        copy = Path(temp) / "tree"
        shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
            ".venv", ".git", "__pycache__", "*.pyc", ".mypy_cache", ".ruff_cache", "build",
            "dist"))
        target = copy / mutation.path
        text = target.read_text(encoding="utf-8")
        if text.count(mutation.old) != 1:
            return False, "does not apply: the code it changes has moved"
        target.write_text(text.replace(mutation.old, mutation.new), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x"],
            cwd=copy, env=env, capture_output=True, text=True, check=False)
        failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
        last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
        return result.returncode != 0, (failed[0] if failed else last)


def main(argv: list[str]) -> int:
    """Run the chosen mutations and print what caught each."""
    chosen = [m for m in MUTATIONS if not argv or m.name in argv]
    survived = 0
    for mutation in chosen:
        caught, summary = run(mutation)
        survived += not caught
        print(f"{mutation.name} {'caught' if caught else 'SURVIVED'}: {mutation.what}\n"
              f"    {summary}", flush=True)
    return 1 if survived else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
