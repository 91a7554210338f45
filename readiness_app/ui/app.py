"""Start the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from readiness_app import __version__
from readiness_app.catalogue import load_catalogue
from readiness_app.ui.main_window import MainWindow


def run_gui(argv: Sequence[str] = ()) -> int:
    """Open the main window and run the event loop until it closes."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Technology Readiness")
    app.setOrganizationName("readiness_app")
    app.setApplicationVersion(__version__)
    window = MainWindow(load_catalogue())
    window.show()
    return app.exec()
