"""The writer for the kill test: a parent that forks writers to be killed with SIGKILL.

Started as ``python kill_writer.py DATA_DIR``. It loads everything once, prints ``ready``,
then reads commands on stdin:

* ``go ROUND`` forks a writer and prints ``child ROUND PID``. The writer opens the library,
  creates an assessment (``created ROUND ID``) and then makes change after change, printing
  ``ack ROUND STEP`` only after each change has been committed (the save call returned).
* ``reap PID`` waits for a killed writer and prints ``reaped PID``.
* ``quit`` (or end of input) ends it.

Forking from one warm process keeps each round to milliseconds, so the test can kill many
writers in a few seconds. The changes cycle through every kind of autosave (text answer,
number answer, note, firm profile, option answer); :func:`expected_state` says what the
assessment must hold after any number of them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from readiness_app.core.assessment import Assessment, FirmProfile
from readiness_app.core.questionnaire import Questionnaire

BACKUP_OPTIONS = ("none", "sometimes", "automatic", "tested")
KINDS = 5


def expected_state(round_no: int, steps: int) -> dict[str, object]:
    """What the assessment holds after ``steps`` committed changes."""
    state: dict[str, object] = {
        "firm": f"Round {round_no}",
        "people.comments": None,
        "people.staff": None,
        "note": "",
        "cyber.backups": "none",
    }
    for step in range(steps):
        kind = step % KINDS
        if kind == 0:
            state["people.comments"] = f"comment {step}"
        elif kind == 1:
            state["people.staff"] = float(step + 1)
        elif kind == 2:
            state["note"] = f"note {step}"
        elif kind == 3:
            state["firm"] = f"Round {round_no} v{step}"
        else:
            state["cyber.backups"] = BACKUP_OPTIONS[(step // KINDS) % len(BACKUP_OPTIONS)]
    return state


def stored_state(assessment: Assessment) -> dict[str, object]:
    """The same fields read from a stored assessment."""
    answers = assessment.answers

    def value(qid: str) -> object:
        answer = answers.get(qid)
        return None if answer is None else answer.value

    backups = answers.get("cyber.backups")
    return {
        "firm": assessment.firm.name,
        "people.comments": value("people.comments"),
        "people.staff": value("people.staff"),
        "note": backups.note if backups is not None else None,
        "cyber.backups": value("cyber.backups"),
    }


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _write_forever(data_dir: Path, round_no: int, questionnaire: Questionnaire) -> None:
    from readiness_app.storage.library import Library

    library = Library.open(data_dir, questionnaires=lambda i, v: questionnaire)
    created = library.create(FirmProfile(f"Round {round_no}"), questionnaire)
    library.save_answer(created.id, "cyber.backups", "none")
    _say(f"created {round_no} {created.id}")
    step = 0
    while True:
        kind = step % KINDS
        if kind == 0:
            library.save_answer(created.id, "people.comments", f"comment {step}")
        elif kind == 1:
            library.save_answer(created.id, "people.staff", float(step + 1))
        elif kind == 2:
            library.save_note(created.id, "cyber.backups", f"note {step}")
        elif kind == 3:
            library.save_profile(created.id, FirmProfile(f"Round {round_no} v{step}"))
        else:
            option = BACKUP_OPTIONS[(step // KINDS) % len(BACKUP_OPTIONS)]
            library.save_answer(created.id, "cyber.backups", option)
        _say(f"ack {round_no} {step}")
        step += 1


def main() -> None:
    """Serve commands until told to stop."""
    from readiness_app import resources
    from readiness_app.core.questionnaire_loader import load_questionnaire
    from readiness_app.storage import library  # noqa: F401  (import before forking)

    data_dir = Path(sys.argv[1])
    questionnaire = load_questionnaire(resources.questionnaires_dir() / "quick_check.yaml")
    _say("ready")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "go":
            round_no = int(words[1])
            pid = os.fork()
            if pid == 0:
                try:
                    _write_forever(data_dir, round_no, questionnaire)
                except BaseException as exc:
                    _say(f"error {round_no} {type(exc).__name__}: {exc}".replace("\n", " "))
                finally:
                    os._exit(3)
            _say(f"child {round_no} {pid}")
        elif words[0] == "reap":
            pid = int(words[1])
            os.waitpid(pid, 0)
            _say(f"reaped {pid}")


if __name__ == "__main__":
    main()
