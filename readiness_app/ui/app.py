"""Start the desktop app: error handling, the library, the main window, the event loop."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from readiness_app import __version__
from readiness_app.core.errors import ReadinessError
from readiness_app.services.catalogue import LazyCatalogue, default_cache, load_catalogue
from readiness_app.services.library import open_library
from readiness_app.storage import paths
from readiness_app.ui import errors, theme
from readiness_app.ui.main_window import APP_TITLE, MainWindow

EXIT_STORAGE = 4


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options (Qt's are left for Qt)."""
    parser = argparse.ArgumentParser(prog="readiness-app gui", add_help=True)
    parser.add_argument("--data-dir", help="folder for the library, settings and logs "
                        f"(default: ${paths.ENV_DATA_DIR} or the user data folder)")
    parser.add_argument("--no-dialogs", action="store_true",
                        help="log errors instead of showing dialogs")
    known, _qt_args = parser.parse_known_args(list(argv))
    return known


def run_gui(argv: Sequence[str] = ()) -> int:
    """Open the main window and run the event loop until it closes."""
    options = parse_args(argv)
    if QApplication.instance() is None:
        # high-DPI: scale by the screen's exact factor (e.g. 1.25), not rounded to 1 or 2
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setWindowIcon(theme.app_icon())
    app.setApplicationName(APP_TITLE)
    app.setOrganizationName("readiness_app")
    app.setApplicationVersion(__version__)
    data_folder = paths.data_dir(options.data_dir)
    handling = errors.install_error_handling(data_folder, show_dialogs=not options.no_dialogs)
    try:
        catalogue = LazyCatalogue(lambda: load_catalogue(cache=default_cache(data_folder)))
        try:
            library = open_library(data_folder, catalogue=catalogue)
        except ReadinessError as exc:
            errors.log.error("cannot open the library: %s", exc)
            if not options.no_dialogs:
                errors.show_problem(None, "Cannot open the library",
                                    f"{exc}\n\nThe app will close now; nothing was changed.")
            return EXIT_STORAGE
        try:
            window = MainWindow(catalogue, library, data_folder)
            window.show()
            return app.exec()
        finally:
            library.close()
    finally:
        handling.uninstall()
