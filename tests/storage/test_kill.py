"""The kill test: writers killed with SIGKILL at random moments lose at most the change in
flight, and the library is never corrupt.

A warm parent process (kill_writer.py) forks one writer per round; the writer autosaves
change after change, printing an acknowledgement after each save returns. The test kills it
after a random delay (sometimes while it is still opening or creating), reopens the library
and checks: ``PRAGMA integrity_check`` and ``foreign_key_check`` are clean; every
acknowledged change of this round is there (the state is the one after the last
acknowledged change, or after the one in flight); every earlier round is exactly as it was
left. The figures are printed at the end (run with ``-s`` to see them).
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from readiness_app.storage.library import Library

from .kill_writer import expected_state, stored_state

ROUNDS = 60
MAX_DELAY = 0.25  # seconds a writer runs before it is killed
EARLY_DELAY = 0.03
WRITER = Path(__file__).with_name("kill_writer.py")
ROOT = Path(__file__).parents[2]


class _Lines:
    """Reads the writer's output on a thread, so a full pipe never stalls the writer."""

    def __init__(self, stream) -> None:
        self._queue: queue.Queue[str] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))
        self._queue.put("")

    def join(self) -> None:
        """Wait for the output to end (after the writer has exited)."""
        self._thread.join(timeout=30)

    def until(self, prefix: str, timeout: float = 30.0) -> tuple[str, list[str]]:
        """Lines up to and including the first that starts with ``prefix``."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            line = self._queue.get(timeout=max(0.01, deadline - time.monotonic()))
            if line == "":
                raise AssertionError(f"the writer ended early; it said: {seen[-5:]}")
            if line.startswith(prefix):
                return line, seen
            seen.append(line)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX")
def test_kill_minus_nine_loses_at_most_the_change_in_flight(data_dir: Path, finder) -> None:
    rng = random.Random(os.environ.get("KILL_TEST_SEED", "readiness"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, str(WRITER), str(data_dir)], cwd=ROOT, env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              bufsize=1)
    assert parent.stdin is not None and parent.stdout is not None
    lines = _Lines(parent.stdout)
    rounds: dict[int, tuple[str, dict[str, object]]] = {}  # round -> id, state it must have
    kills = acked_total = lost = in_flight_saved = killed_before_created = 0
    try:
        lines.until("ready")
        for round_no in range(ROUNDS):
            parent.stdin.write(f"go {round_no}\n")
            line, _ = lines.until("child ")
            pid = int(line.split()[2])
            # one kill in four lands early: while opening the library or creating
            early = rng.random() < 0.25
            time.sleep(rng.uniform(0.0, EARLY_DELAY if early else MAX_DELAY))
            os.kill(pid, signal.SIGKILL)
            kills += 1
            parent.stdin.write(f"reap {pid}\n")
            _, output = lines.until(f"reaped {pid}")
            errors = [o for o in output if o.startswith("error")]
            assert not errors, errors
            created = [o.split()[2] for o in output if o.startswith(f"created {round_no} ")]
            acks = [int(o.split()[2]) for o in output if o.startswith(f"ack {round_no} ")]
            assert acks == list(range(len(acks)))

            with Library.open(data_dir, questionnaires=finder) as library:
                assert library.integrity_problems() == []
                if created:
                    (assessment_id,) = created
                    got = stored_state(library.get(assessment_id))
                    acked = len(acks)
                    acked_total += acked
                    if got == expected_state(round_no, acked):
                        pass
                    elif got == expected_state(round_no, acked + 1):
                        in_flight_saved += 1
                    else:
                        lost += 1
                        pytest.fail(f"round {round_no}: after {acked} acknowledged changes "
                                    f"the library holds {got}")
                    rounds[round_no] = (assessment_id, got)
                else:
                    killed_before_created += 1
                for earlier, (assessment_id, state) in rounds.items():
                    assert stored_state(library.get(assessment_id)) == state, earlier
        parent.stdin.write("quit\n")
        parent.stdin.flush()
        assert parent.wait(timeout=30) == 0
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(timeout=30)
        lines.join()
        parent.stdin.close()
        parent.stdout.close()
    print(f"\nkill test: {kills} kills (SIGKILL), {acked_total} acknowledged changes, "
          f"{lost} lost; the change in flight was saved {in_flight_saved} times; "
          f"{killed_before_created} kills before the assessment was created; "
          f"integrity_check clean after every kill")
    assert kills == ROUNDS and lost == 0
    assert len(rounds) >= ROUNDS // 3  # most rounds got as far as writing answers
    assert acked_total > ROUNDS  # and wrote many changes
