"""How errors reach the user: calm dialogs for the environment, a crash dialog for bugs.

* A :class:`~readiness_app.core.errors.ReadinessError` (disk full, file locked, a broken file)
  is the user's environment, not a bug: :func:`show_problem` says what happened, naming the
  file, and what to do.
* Anything else is a bug: :func:`install_error_handling` puts a ``sys.excepthook`` in place
  (PySide6 calls it for exceptions raised in slots and keeps the event loop running) that
  writes the traceback to a log file and shows :class:`CrashDialog` with the log's path and
  a "Copy details" button. The window stays open: answers are already saved, so the user
  can carry on or close the app themselves.

``faulthandler`` writes hard crashes to the same folder, and Qt's own warnings go to the log.
With ``show_dialogs=False`` (``--no-dialogs``) errors are only logged.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readiness_app.core.errors import ReadinessError, StorageIOError, missing_feature
from readiness_app.storage import paths
from readiness_app.ui.i18n import error_text, translate

log = logging.getLogger("readiness_app.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_folder(data_folder: Path) -> Path:
    """The folder of the app's logs inside a data folder."""
    return paths.log_dir(data_folder)


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user calmly that something in their environment stopped an action."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setAccessibleName(title)
    box.exec()


def ask_to_recover(parent: QWidget | None, text: str) -> bool:
    """Offer to copy what can be read from a damaged library into a new one."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("errors", "The library is damaged"),
                      text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(translate("errors", "The library is damaged"))
    recover = box.addButton(translate(
            "errors", "Recover into a new library"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("errors", "Close the app"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    return box.clickedButton() is recover


def describe_problem(exc: ReadinessError) -> str:
    """Plain text for an environment error: what happened (naming the file) and what to do."""
    text = error_text(exc)
    if isinstance(exc, StorageIOError):
        return text + "\n\n" + translate(
            "errors", "Nothing was lost: your answers are saved in the library. Fix the "
                      "problem above and try again.")
    return text


def report_problem(parent: QWidget | None, title: str, exc: ReadinessError) -> None:
    """Log an environment error and show it calmly."""
    log.warning("%s: %s", title, exc)
    show_problem(parent, title, describe_problem(exc))


class CrashDialog(QDialog):
    """Something went wrong inside the app: say so plainly, point to the saved log."""

    def __init__(self, parent: QWidget | None, summary: str, details: str,
                 log_path: Path | None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # not at import: see ui.app on Qt's enums

        self.setWindowTitle(translate("errors", "Something went wrong"))
        self.setAccessibleName(translate("errors", "Something went wrong"))
        layout = QVBoxLayout(self)
        where = (translate("errors", "The details were saved in {path}.").format(path=log_path)
                 if log_path is not None else translate("errors", "The details are below."))
        message = QLabel(translate(
            "errors", "The app hit a problem it did not expect. Your answers are saved as you "
                      "go, so nothing you entered before this has been lost. You can carry on, "
                      "or close the app and start it again.\n\n{where} If it keeps happening, "
                      "please send that file to whoever gave you the app.\n\nProblem: "
                      "{summary}").format(where=where, summary=summary))
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("errors", "Technical details"))
        self.copy_button = QPushButton(translate("errors", "&Copy details"))
        self.copy_button.setAccessibleName(translate("errors", "Copy details"))
        self.copy_button.clicked.connect(self._copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(message)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _copy(self) -> None:
        clipboard = QApplication.clipboard()
        clipboard.setText(self.details.toPlainText())

    @classmethod
    def show_crash(cls, parent: QWidget | None, summary: str, details: str,
                   log_path: Path | None) -> None:
        """Show the dialog and wait until it is closed."""
        cls(parent, summary, details, log_path).exec()


class ErrorHandler:
    """The installed excepthook: logs every error and shows the right dialog."""

    def __init__(self, log_path: Path | None, *, show_dialogs: bool = True) -> None:
        self.log_path = log_path
        self.show_dialogs = show_dialogs
        self._showing = False

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        """Log the error and show the calm dialog or the crash dialog."""
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        parent = QApplication.activeWindow()
        if isinstance(exc, ImportError):
            exc = missing_feature(exc) or exc  # a library this installation leaves out
        if isinstance(exc, ReadinessError):
            log.warning("problem: %s", exc)
            if self.show_dialogs and not self._showing:
                self._guarded(lambda: show_problem(parent, translate("errors", "Cannot do that"),
                                                   describe_problem(exc)))
            return
        log.error("unexpected error\n%s", details)
        if self.show_dialogs and not self._showing:
            summary = f"{kind.__name__}: {exc}"
            self._guarded(lambda: CrashDialog.show_crash(parent, summary, details,
                                                         self.log_path))

    def _guarded(self, show: Callable[[], None]) -> None:
        # an error raised while a dialog is open must not open dialogs forever
        self._showing = True
        try:
            show()
        finally:
            self._showing = False


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    # the levels are looked up here, not in a module-level table: touching a Qt enum first
    # makes shiboken build it, which would delay the first window
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    logging.getLogger("qt").log(levels.get(kind, logging.WARNING), "%s", message)


class _RotatingLog(logging.Handler):
    """The log file (1 MB, three old ones kept), opened on the first record:
    ``logging.handlers`` (socket, pickle, selectors) is imported then, not before the
    first window. A log that cannot be opened is reported once on standard error."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record`` through the rotating file handler, opening it first if need be."""
        if self._file is None and not self._failed:
            import logging.handlers

            try:
                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            except OSError as exc:
                self._failed = True
                print(f"readiness-app: cannot write logs in {self.path.parent}: {exc}",
                      file=sys.stderr)
            else:
                self._file.setFormatter(self.formatter)
        if self._file is not None:
            self._file.handle(record)

    def close(self) -> None:
        """Close the file, if it was opened."""
        if self._file is not None:
            self._file.close()
        super().close()


class InstalledHandling:
    """What :func:`install_error_handling` changed, so it can be undone."""

    def __init__(self, handler: ErrorHandler, previous_hook: ExceptHook,
                 crash_file: TextIO | None, log_handler: logging.Handler | None,
                 previous_qt_handler: object, faulthandler_was_on: bool) -> None:
        self.handler = handler
        self._previous_hook = previous_hook
        self._crash_file = crash_file
        self._log_handler = log_handler
        self._previous_qt_handler = previous_qt_handler
        self._faulthandler_was_on = faulthandler_was_on

    def uninstall(self) -> None:
        """Put the previous hook back and close the files."""
        sys.excepthook = self._previous_hook
        if self._crash_file is not None:
            faulthandler.disable()
            self._crash_file.close()
            if self._faulthandler_was_on:
                faulthandler.enable()
        if self._log_handler is not None:
            logging.getLogger().removeHandler(self._log_handler)
            self._log_handler.close()
        qInstallMessageHandler(self._previous_qt_handler)  # type: ignore[arg-type]


def install_error_handling(data_folder: Path, *, show_dialogs: bool = True) -> InstalledHandling:
    """Log to the data folder and show dialogs for uncaught errors (see the module docstring)."""
    folder = log_folder(data_folder)
    log_path: Path | None = paths.log_file(data_folder)
    crash_file: TextIO | None = None
    log_handler: logging.Handler | None = None
    faulthandler_was_on = faulthandler.is_enabled()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log_handler = _RotatingLog(paths.log_file(data_folder))
        log_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: "
                                                   "%(message)s"))
        root = logging.getLogger()
        root.addHandler(log_handler)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        crash_file = paths.crash_file(data_folder).open("a", encoding="utf-8")
        faulthandler.enable(crash_file)
    except OSError as exc:
        # a read-only data folder must not stop the app: errors still get their dialog
        log_path = None
        print(f"readiness-app: cannot write logs in {folder}: {exc}", file=sys.stderr)
    handler = ErrorHandler(log_path, show_dialogs=show_dialogs)
    previous = sys.excepthook
    sys.excepthook = handler
    previous_qt = qInstallMessageHandler(_qt_message)
    return InstalledHandling(handler, previous, crash_file, log_handler, previous_qt,
                             faulthandler_was_on)
