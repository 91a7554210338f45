"""Take the adviser's screenshots in docs/screenshots (not a test): the comparison with the
last visit, the share dialog and batch PDFs, in a throw-away data folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/take_adviser_screenshots.py \\
        [--size 1024x600] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CAFE = ROOT / "tests" / "data" / "assessments" / "cafe_quick_check.readiness"
CAFE_ID = "3f1c9a2e5b7d4c1a8e6f0b2d4a6c8e01"


def main(argv: list[str] | None = None) -> int:
    """Drive the app to each view and save one PNG per view."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    options = parser.parse_args(argv)
    width, height = (int(x) for x in options.size.split("x"))
    out: Path = options.out
    data = Path(tempfile.mkdtemp(prefix="readiness-shots-"))
    os.environ["READINESS_DATA_DIR"] = str(data)
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from readiness_app.core.assessment import ActionStatus
    from readiness_app.services.catalogue import load_catalogue
    from readiness_app.storage.library import Library
    from readiness_app.storage.portable import import_files
    from readiness_app.ui import dialogs
    from readiness_app.ui.main_window import MainWindow

    dialogs.ask_upgrade = lambda *args: False  # keep the file's questionnaire version
    dialogs.show_info = lambda *args: None

    app = QApplication(sys.argv[:1])
    catalogue = load_catalogue()
    library = Library.open(data, questionnaires=catalogue.find)
    out.mkdir(parents=True, exist_ok=True)
    import_files(library, [CAFE, *sorted((ROOT / "examples").glob("*.readiness"))])
    window = MainWindow(catalogue, library, data)
    window.resize(width, height)
    window.show()

    def shot(widget: object, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print("saved", out / name)

    window.open_assessment(CAFE_ID)
    window.show_results()
    session = window.session
    assert session is not None
    session.track_action("set-up-backups", ActionStatus.DONE)
    session.track_action("switch-on-two-step", ActionStatus.IN_PROGRESS)
    window.copy_assessment(CAFE_ID)
    session = window.session
    session.save_answer("cyber.backups", "tested")
    session.save_answer("investment.plan", "written")
    window.show_results()
    window.show_comparison()
    shot(window, "compare.png")
    window.compare_page.scroll_area.verticalScrollBar().setValue(
        window.compare_page.scroll_area.verticalScrollBar().maximum())
    shot(window, "compare-actions.png")
    from readiness_app.ui.share_dialog import ShareDialog

    dialog = ShareDialog(library.get(CAFE_ID), False, window)
    dialog.scrub.setChecked(True)
    dialog.protect.setChecked(True)
    dialog.password.setText("correct horse battery staple")
    dialog.again.setText("correct horse battery staple")
    dialog.show()
    shot(dialog, "share-dialog.png")
    dialog.close()
    from readiness_app.ui.batch_dialog import BatchPdfDialog

    batch = BatchPdfDialog(library, window._open_library, Path(tempfile.mkdtemp()) / "plans",
                           parent=window)
    batch.list.item(1).setCheckState(batch.list.item(1).checkState().Unchecked)
    batch.show()
    batch.start()
    QThreadPool.globalInstance().waitForDone(120_000)
    shot(batch, "batch-pdfs.png")
    batch.close()
    window.close()
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
