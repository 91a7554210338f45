"""Shared helpers for the benchmark scripts: timing, results and the table."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@dataclass
class Result:
    """One measurement against its baseline from the same run."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    goal: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """value / baseline, when there is a baseline."""
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def timings(action: Callable[[], object], repeats: int) -> list[float]:
    """Wall-clock seconds of ``repeats`` runs of ``action``."""
    found = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        found.append(time.perf_counter() - start)
    return found


def median(values: Sequence[float]) -> float:
    """The median."""
    return statistics.median(values)


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0-1) percentile, nearest-rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def run_python(code: str, env: dict[str, str] | None = None) -> float:
    """Seconds to run ``code`` in a fresh interpreter (fails loudly if it fails)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, **(env or {})},
                   cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def machine() -> dict[str, object]:
    """What the numbers were measured on."""
    memory = 0
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            memory = int(handle.readline().split()[1]) // 1024
    except OSError:
        pass
    return {"cores": os.cpu_count(), "memory_mb": memory, "python": platform.python_version(),
            "platform": platform.platform()}


def table(results: Sequence[Result]) -> str:
    """A Markdown table of results."""
    lines = ["| measure | value | baseline | ratio | goal | met |",
             "| --- | --- | --- | --- | --- | --- |"]
    for r in results:
        base = "" if r.baseline is None else f"{_fmt(r.baseline, r.unit)} ({r.baseline_name})"
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}x"
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        value = _fmt(r.value, r.unit)
        lines.append(f"| {r.name} | {value} | {base} | {ratio} | {r.goal} | {met} |")
    return "\n".join(lines)


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:.2f} {unit}"


def save(results: Sequence[Result], path: Path) -> None:
    """Write results and the machine as JSON."""
    data = {"date": time.strftime("%Y-%m-%d"), "machine": machine(),
            "results": [{**asdict(r), "ratio": r.ratio} for r in results]}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
