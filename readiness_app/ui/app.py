"""Start the desktop app: error handling, the main window, the event loop, the library.

The window is shown and painted first; the library is opened (and checked) on the turn of the
event loop after that first paint, and the questionnaires load on the turn after. Only what
that first window needs is imported and built before it is painted (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from readiness_app import __version__, resources
from readiness_app.core.errors import DamagedLibraryError, ReadinessError
from readiness_app.core.i18n import localized
from readiness_app.services.catalogue import LazyCatalogue, default_cache, load_catalogue
from readiness_app.storage import paths
from readiness_app.ui import errors, i18n, theme
from readiness_app.ui.i18n import error_text, messages, translate
from readiness_app.ui.main_window import APP_TITLE, MainWindow
from readiness_app.ui.settings import UiSettings

if TYPE_CHECKING:
    from readiness_app.services.hub_pack import ActivePack
    from readiness_app.storage.library import Library

EXIT_STORAGE = 4
# the library opens this long after the window is shown if the window has not been painted
# by then (e.g. started minimised, or a window manager that maps it late)
FIRST_PAINT_WAIT_MS = 1000


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options (Qt's are left for Qt)."""
    if not argv:  # started from the desktop: argparse's parser (gettext look-ups) not needed
        return argparse.Namespace(data_dir=None, pack=None, no_dialogs=False)
    parser = argparse.ArgumentParser(prog="readiness-app gui", add_help=True)
    parser.add_argument("--data-dir", help="folder for the library, settings and logs "
                        f"(default: ${paths.ENV_DATA_DIR} or the user data folder)")
    parser.add_argument("--pack", help="use this growth hub's pack (.readiness-pack file or "
                        "folder; also READINESS_PACK)")
    parser.add_argument("--no-dialogs", action="store_true",
                        help="log errors instead of showing dialogs")
    known, _qt_args = parser.parse_known_args(list(argv))
    return known


def run_gui(argv: Sequence[str] = ()) -> int:
    """Open the main window and run the event loop until it closes."""
    options = parse_args(argv)
    # High DPI: Qt 6 scales by the screen's exact factor (e.g. 1.25, not rounded to 1 or 2)
    # by default (HighDpiScaleFactorRoundingPolicy.PassThrough; tests/ui/test_first_window.py
    # checks it), so it is not set here: naming that enum would build all of Qt's ``Qt``
    # namespace enums before the first paint. The app icon is set just after that paint.
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_TITLE)
    app.setOrganizationName("readiness_app")
    app.setApplicationVersion(__version__)
    data_folder = paths.data_dir(options.data_dir)
    handling = errors.install_error_handling(data_folder, show_dialogs=not options.no_dialogs)
    held = _QtMessagesHeld()  # until the first paint
    i18n.install(app, i18n.choose(UiSettings(data_folder).language()))  # before any widget
    opened: list[Library] = []
    failed: list[int] = []
    try:
        pack = _pack(options, data_folder)
        extra = _pack_questionnaires(pack, data_folder)
        catalogue = LazyCatalogue(
            lambda: load_catalogue(extra, cache=default_cache(data_folder)))
        window = MainWindow(catalogue, None, data_folder, pack=pack)
        window.show()

        def start() -> None:
            library = _open_library(options, data_folder, catalogue)
            if library is not None:
                opened.append(library)
                try:
                    window.attach_library(library)
                    return
                except ReadinessError as exc:  # e.g. the library became unreadable meanwhile
                    errors.log.error("cannot show the library: %s", exc)
                    if not options.no_dialogs:
                        errors.show_problem(None, translate("app", "Cannot open the library"),
                                            error_text(exc) + "\n\n"
                                            + translate("app", "The app will close now."))
            failed.append(EXIT_STORAGE)
            window.hide()  # not closed: nothing is saved, not even the window's place
            app.quit()

        begun: list[bool] = []

        def begin() -> None:  # once: after the first paint, or if none comes in time
            if not begun:
                begun.append(True)
                held.release()
                _set_app_icon()
                start()

        window.first_painted.connect(begin)  # the user sees the window, then the library
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, window, begin)  # dropped with the window
        code = app.exec()
        return failed[0] if failed else code
    finally:
        held.release()
        for library in opened:
            library.close()
        handling.uninstall()


class _QtMessagesHeld:
    """Qt's messages (warnings) held from here to the window's first paint, then handed to the
    handler the error handling installed. That handler opens the log file on the first record,
    which imports ``logging.handlers`` (socket, pickle, selectors: 30-40 ms); the offscreen
    platform warns while the window is shown ("does not support propagateSizeHints()"). A fatal
    message is handed on at once: Qt aborts after it."""

    def __init__(self) -> None:
        self._held: list[tuple[QtMsgType, str]] = []
        self._released = False
        self._next = qInstallMessageHandler(self._hold)

    def _hold(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        self._held.append((kind, message))
        if kind == QtMsgType.QtFatalMsg:
            self.release()

    def release(self) -> None:
        """Put the error handling's handler back and hand it what was held (once)."""
        if self._released:
            return
        self._released = True
        qInstallMessageHandler(self._next)
        held, self._held = self._held, []
        for kind, message in held:
            if self._next is not None:
                self._next(kind, QMessageLogContext(), message)  # its context is gone
            else:  # no handler was installed: Qt's own would have printed it
                print(message, file=sys.stderr)


def _set_app_icon() -> None:
    """The app's icon (for its dialogs; the window draws its own in its accent colour)."""
    try:
        QApplication.setWindowIcon(theme.app_icon())
    except OSError as exc:  # the icon file missing: Qt's default icon
        errors.log.error("cannot draw the app icon: %s", exc)


def _open_library(options: argparse.Namespace, data_folder: Path,
                  catalogue: LazyCatalogue) -> Library | None:
    """The library, or a recovered copy of a damaged one; None (reported) when neither."""
    from readiness_app.services.library import open_library

    try:
        return open_library(data_folder, catalogue=catalogue)
    except DamagedLibraryError as exc:
        errors.log.error("the library is damaged: %s", exc)
        return None if options.no_dialogs else _offer_recovery(exc, data_folder, catalogue)
    except ReadinessError as exc:
        errors.log.error("cannot open the library: %s", exc)
        if not options.no_dialogs:
            errors.show_problem(None, translate("app", "Cannot open the library"),
                                error_text(exc) + "\n\n" + translate(
                                    "app", "The app will close now; nothing was changed."))
        return None


def _pack_may_be_in_use(option: str | None, data_folder: Path) -> bool:
    """False when no hub pack can be in use or installed, found without reading any (so the
    first window does not wait for the pack code): no --pack, no READINESS_PACK, nothing in
    the packs folder and no pack beside the app."""
    from_env = os.environ.get("READINESS_PACK", "").strip()  # hub_pack.ENV_PACK
    if option or from_env or resources.bundled_pack_paths():
        return True
    try:
        return any(True for _ in paths.packs_dir(data_folder).iterdir())
    except OSError:  # no packs folder (or none readable: the pack code reports that)
        return paths.packs_dir(data_folder).exists()


def _pack_questionnaires(pack: ActivePack | None, data_folder: Path) -> list[Path]:
    """The questionnaire files of the pack in use and the installed packs."""
    if pack is None and not _pack_may_be_in_use(None, data_folder):
        return []
    from readiness_app.services.hub_pack import pack_questionnaire_paths

    return pack_questionnaire_paths(pack, data_folder)


def _pack(options: argparse.Namespace, data_folder: Path) -> ActivePack | None:
    """The hub pack in use; a broken one is reported and the app runs without it."""
    if not _pack_may_be_in_use(options.pack, data_folder):
        return None
    from readiness_app.services.hub_pack import active_pack

    try:
        return active_pack(data_folder, Path(options.pack) if options.pack else None)
    except ReadinessError as exc:
        errors.log.error("cannot use the hub pack: %s", exc)
        if not options.no_dialogs:
            _set_app_icon()  # the dialog comes before the window
            errors.show_problem(None, translate("app", "Cannot use the hub pack"),
                                error_text(exc) + "\n\n" + translate(
                                    "app", "The app opens without the hub's pack."))
        return None


def _offer_recovery(exc: DamagedLibraryError, data_folder: Path,
                    catalogue: LazyCatalogue) -> Library | None:
    """Offer to copy what can be read into a new library; returns it opened, or None."""
    text = error_text(exc) + "\n\n" + translate(
        "app", "The app can copy every assessment that can still be read into a new library in "
               "the data folder and open that instead.")
    if not errors.ask_to_recover(None, text):
        return None
    from datetime import UTC, datetime

    from readiness_app.services.library import open_library, recover_library

    target = paths.recovery_dir(data_folder, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    try:
        report = recover_library(data_folder, target, catalogue=catalogue)
        library = open_library(target, catalogue=catalogue)
    except ReadinessError as failed:
        errors.log.error("recovery failed: %s", failed)
        errors.show_problem(None, translate("app", "Cannot recover the library"),
                            error_text(failed) + "\n\n" + translate(
                                "app", "The app will close now; the damaged library was not "
                                       "changed."))
        return None
    words = messages()  # the code's catalogue in the app's language
    lost = "\n".join(f"• {localized(p, words)}" for p in report.problems[:10])
    more = "\n" + translate("app", "… and {count} more").format(
        count=len(report.problems) - 10) if len(report.problems) > 10 else ""
    errors.log.warning("recovered %d of %d assessments into %s; problems: %s",
                       report.recovered, report.recovered + report.failed, report.target,
                       "; ".join(report.problems))
    errors.show_problem(
        None, translate("app", "Library recovered"),
        translate("app", "{recovered} of {count} assessments were copied into {target}, which "
                         "is open now.").format(recovered=report.recovered,
                                                count=report.recovered + report.failed,
                                                target=report.target) + "\n\n"
        + (translate("app", "What could not be read:") + f"\n{lost}{more}\n\n" if lost else "")
        + translate("app", "The damaged library {source} was left as it was. To keep using the "
                           "recovered one after closing the app, move its library.sqlite3 into "
                           "{folder} in place of the damaged file (keep the damaged file "
                           "somewhere safe).").format(source=report.source, folder=data_folder))
    return library

