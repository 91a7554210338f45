"""Start the desktop app: error handling, the library, the main window, the event loop."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from readiness_app import __version__, resources
from readiness_app.core.errors import ReadinessError
from readiness_app.services.catalogue import LazyCatalogue, default_cache, load_catalogue
from readiness_app.services.hub_pack import ActivePack, active_pack, pack_questionnaire_paths
from readiness_app.services.library import open_library
from readiness_app.storage import paths
from readiness_app.ui import errors
from readiness_app.ui.main_window import APP_TITLE, MainWindow

EXIT_STORAGE = 4


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options (Qt's are left for Qt)."""
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
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_TITLE)
    app.setOrganizationName("readiness_app")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.asset_path("icons/readiness-app-256.png"))))
    data_folder = paths.data_dir(options.data_dir)
    handling = errors.install_error_handling(data_folder, show_dialogs=not options.no_dialogs)
    try:
        pack = _pack(options, data_folder)
        extra = pack_questionnaire_paths(pack, data_folder)
        catalogue = LazyCatalogue(
            lambda: load_catalogue(extra, cache=default_cache(data_folder)))
        try:
            library = open_library(data_folder, catalogue=catalogue)
        except ReadinessError as exc:
            errors.log.error("cannot open the library: %s", exc)
            if not options.no_dialogs:
                errors.show_problem(None, "Cannot open the library",
                                    f"{exc}\n\nThe app will close now; nothing was changed.")
            return EXIT_STORAGE
        try:
            window = MainWindow(catalogue, library, data_folder, pack=pack)
            window.show()
            return app.exec()
        finally:
            library.close()
    finally:
        handling.uninstall()


def _pack(options: argparse.Namespace, data_folder: Path) -> ActivePack | None:
    """The hub pack in use; a broken one is reported and the app runs without it."""
    try:
        return active_pack(data_folder, Path(options.pack) if options.pack else None)
    except ReadinessError as exc:
        errors.log.error("cannot use the hub pack: %s", exc)
        if not options.no_dialogs:
            errors.show_problem(None, "Cannot use the hub pack",
                                f"{exc}\n\nThe app opens without the hub's pack.")
        return None
