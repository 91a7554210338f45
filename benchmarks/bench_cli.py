"""The command line's start: ``--help``, ``validate FILE`` and ``score FILE`` of one example,
against a bare ``python -c "import json"`` process, all started alternately the same way
(``python -m readiness_app``), with a data folder whose questionnaire cache is warm.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time

from _common import ROOT, Result, median

EXAMPLE = str(ROOT / "examples" / "england-joinery-leeds.readiness")
BARE = ["-c", "import json"]
COMMANDS = {
    "--help": (["-m", "readiness_app", "--help"], "<= 3x"),
    "validate": (["-m", "readiness_app", "validate", EXAMPLE], "<= 5x"),
    "score": (["-m", "readiness_app", "score", EXAMPLE], "<= 5x"),
}


def _run(args: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    """Wall-clock seconds of one process; its CPU seconds (user + system) go to ``cpu``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def measure(repeats: int) -> list[Result]:
    """Median times of each command and of the bare process, interleaved."""
    with tempfile.TemporaryDirectory() as data_dir:
        env = {**os.environ, "READINESS_DATA_DIR": data_dir}
        for args, _goal in COMMANDS.values():  # warm the file cache and questionnaire cache
            _run(args, env)
        bare: list[float] = []
        bare_cpu: list[float] = []
        times: dict[str, list[float]] = {name: [] for name in COMMANDS}
        cpu: dict[str, list[float]] = {name: [] for name in COMMANDS}
        for _ in range(repeats):
            bare.append(_run(BARE, env, bare_cpu))
            for name, (args, _goal) in COMMANDS.items():
                times[name].append(_run(args, env, cpu[name]))
    baseline = median(bare)
    results = []
    for name, (_args, goal) in COMMANDS.items():
        value = median(times[name])
        limit = float(goal.strip("<= x"))
        results.append(Result(f"CLI `{name}`" + (" of one file" if name != "--help" else ""),
                              value, "s", baseline, 'bare python -c "import json"', goal,
                              value / baseline <= limit, f"median of {repeats}"))
    for name in COMMANDS:  # CPU time: what a loaded machine disturbs less than the wall clock
        results.append(Result(f"CLI `{name}`, CPU time", median(cpu[name]), "s",
                              median(bare_cpu), 'bare python -c "import json", CPU time',
                              note=f"user + system, median of {repeats}"))
    return results


if __name__ == "__main__":
    from _common import table

    print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 11)))
