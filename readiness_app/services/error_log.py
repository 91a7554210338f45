"""Where the command line keeps the details of a failure nobody foresaw (a bug).

The user gets one line saying what failed and where the details are; the traceback goes to
``cli-errors.log`` in the data folder's log folder, the same folder as the desktop app's log.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Sequence
from pathlib import Path

from readiness_app.storage import paths

CLI_LOG_FILE = "cli-errors.log"
MAX_LOG_BYTES = 1_000_000  # past this the log starts again; it is for a bug report


def record_unforeseen(exc: BaseException, data_dir: Path | None,
                      command: Sequence[str]) -> Path | None:
    """Append ``exc``'s traceback to the log; the log's path, or None if it cannot be written."""
    try:
        folder = paths.log_dir(paths.data_dir(data_dir))
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / CLI_LOG_FILE
        mode = "w" if log.is_file() and log.stat().st_size > MAX_LOG_BYTES else "a"
        with log.open(mode, encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} "
                         f"readiness-app {' '.join(repr(part) for part in command)}\n")
            handle.write("".join(traceback.format_exception(exc)))
    except (OSError, ValueError):
        return None
    return log
