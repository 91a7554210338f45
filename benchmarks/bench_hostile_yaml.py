"""How fast hostile questionnaires are refused: the parser limits act while reading.

    .venv/bin/python benchmarks/bench_hostile_yaml.py

Cases (issue 13, item 8): 2 MB of one flow list (about a million items: it used to take
84 s and 1.2 GB before it was refused) and a sequence nested 10,000 deep (16 s). The
baseline, timed in the same run, is loading the shipped quick-check questionnaire. Peak
memory is the peak of the Python heap (tracemalloc, in a second, untimed run). A script, not a test.
"""

from __future__ import annotations

import contextlib
import time
import tracemalloc

from _common import ROOT

from readiness_app.core.errors import QuestionnaireError
from readiness_app.core.questionnaire_loader import load_questionnaire_bytes

CASES = {
    "a million flow items (2 MB)": b"x: [" + b"1," * 1_048_000 + b"]\n",
    "a sequence 10,000 deep": b"x: " + b"[" * 10_000 + b"]" * 10_000 + b"\n",
}


def _time(data: bytes, name: str) -> tuple[float, float, str]:
    """Seconds (measured without tracing), peak traced MB (a second run) and the outcome."""
    outcome = "accepted"
    start = time.perf_counter()
    try:
        load_questionnaire_bytes(data, name)
    except QuestionnaireError as exc:
        outcome = exc.problems[0].message
    seconds = time.perf_counter() - start
    tracemalloc.start()
    with contextlib.suppress(QuestionnaireError):
        load_questionnaire_bytes(data, name)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak, outcome


def main() -> None:
    """Print each case against the baseline."""
    shipped = (ROOT / "questionnaires" / "quick_check.yaml").read_bytes()
    base, base_peak, _ = _time(shipped, "quick_check.yaml")
    print(f"baseline: the quick-check questionnaire loads in {base:.2f} s, {base_peak:.0f} MB")
    for name, data in CASES.items():
        seconds, peak, outcome = _time(data, name)
        print(f"{name}: refused in {seconds:.2f} s ({seconds / base:.1f}x the baseline), "
              f"peak {peak:.0f} MB: {outcome}")


if __name__ == "__main__":
    main()
