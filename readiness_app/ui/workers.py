"""Long work off the UI thread: a ``QRunnable`` with progress, cancel and result signals.

A job is a plain function that takes a :class:`Progress` and returns its result. It runs on
``QThreadPool.globalInstance()``; its signals arrive on the UI thread (queued), so slots may
touch widgets. Jobs never touch widgets themselves, and open their own ``Library`` when they
need one (sqlite3 connections belong to one thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job by :meth:`Progress.check` when the user pressed Cancel."""


class Progress:
    """Handed to a job: report how far it got, and check whether to stop."""

    def __init__(self, signals: WorkerSignals, stop: threading.Event) -> None:
        self._signals = signals
        self._stop = stop

    def report(self, done: int, total: int, text: str = "") -> None:
        """Say that ``done`` of ``total`` steps are finished."""
        self._signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._stop.is_set():
            raise Cancelled


class WorkerSignals(QObject):
    """What a worker tells the UI thread."""

    progress = Signal(int, int, str)  # done, total, what is happening
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the exception the job raised
    cancelled = Signal()
    done = Signal()  # always last, whatever happened


Job = Callable[[Progress], Any]


class Worker(QRunnable):
    """Runs one job on a pool thread (see the module docstring)."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self._job = job
        self._stop = threading.Event()
        self._finished = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; its result, if it still arrives, is thrown away."""
        self._stop.set()

    def run(self) -> None:
        """Run the job and emit exactly one of finished, failed or cancelled, then done."""
        progress = Progress(self.signals, self._stop)
        try:
            result = self._job(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:
            if self._stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc)
        else:
            if self._stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self._finished.set()
            self.signals.done.emit()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has ended (for tests and for closing the window)."""
        return self._finished.wait(timeout)


def start(worker: Worker) -> Worker:
    """Run ``worker`` on the global thread pool."""
    QThreadPool.globalInstance().start(worker)
    return worker
