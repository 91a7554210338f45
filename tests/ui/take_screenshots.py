"""Take the screenshots in docs/screenshots from the running app (not a test).

Run under Xvfb at the smallest supported screen size:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/take_screenshots.py

The app uses a throw-away data folder filled with the example assessments, so nothing of
the user's is touched or shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
LONG_NAME = ("Llanfair Pwllgwyngyll Community Bakery, Café and Outside Catering Co-operative "
             "for the Isle of Anglesey and Gwynedd Ltd")


def main(argv: list[str] | None = None) -> int:
    """Drive the app through every page and save one PNG per page.

    ``--size 1024x600`` sets the window size (default 1280x720) and ``--out DIR`` the folder
    (default docs/screenshots), e.g. to look at the smallest supported screen;
    ``--language cy`` runs the app in Welsh and names the files ``*-cy.png``.
    """
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--language", default="en", choices=("en", "cy"))
    options = parser.parse_args(argv)
    width, height = (int(x) for x in options.size.split("x"))
    out = options.out
    data = Path(tempfile.mkdtemp(prefix="readiness-shots-"))
    os.environ["READINESS_DATA_DIR"] = str(data)
    from PySide6.QtCore import Qt, QThreadPool
    from PySide6.QtWidgets import QApplication

    from readiness_app.core.assessment import DONT_KNOW
    from readiness_app.services.catalogue import load_catalogue
    from readiness_app.services.library import open_library
    from readiness_app.storage.portable import import_files
    from readiness_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    from readiness_app.ui import i18n

    i18n.install(app, options.language)
    suffix = "" if options.language == "en" else f"-{options.language}"
    catalogue = load_catalogue()
    library = open_library(data, catalogue=catalogue)  # as the app opens it
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(name: str) -> None:
        settle()
        name = name.replace(".png", f"{suffix}.png")
        window.grab().save(str(out / name))
        print("saved", out / name)

    # the empty library first
    window = MainWindow(catalogue, library, data)
    window.resize(width, height)
    window.show()
    shot("library-empty.png")
    window.close()

    import_files(library, sorted((ROOT / "examples").glob("*.readiness")))
    window = MainWindow(catalogue, library, data)
    window.resize(width, height)
    window.show()
    window.library_page.refresh()
    shot("library.png")

    window.show_new()
    page = window.new_page
    page.name.setText(LONG_NAME)
    page.sector.setCurrentText("Hospitality and food")
    page.size_band.setCurrentIndex(2)
    page.postcode.setText("TD15")
    shot("new-assessment.png")
    page.postcode.setText("CF99 9ZZ")  # not in the postcode data: choose by name instead
    page.authority_picker.setText("Cardiff (W06000015)")
    shot("new-assessment-by-name.png")

    page.postcode.setText("LL61 5UJ")
    page.questionnaire.setCurrentIndex(page.questionnaire.findData("quick-check"))
    page.submit()
    questions = window.questions_page
    session = window.session
    assert session is not None
    session.save_answer("investment.plan", session.questionnaire.question(
        "investment.plan").options[2].id)
    session.save_answer("investment.finance", session.questionnaire.question(
        "investment.finance").options[1].id)
    session.save_answer("cyber.cloud", "yes")
    session.save_answer("cyber.backups", DONT_KNOW)
    questions.go_to("investment.skills")
    questions.help_button.setChecked(True)
    questions.why_button.setChecked(True)
    questions.focus_answer()
    shot("questionnaire.png")

    questions.go_to("cyber.basics")
    shot("questionnaire-multi.png")

    window.show_review()
    shot("review.png")

    joinery = next(s for s in library.list_assessments().items if "Joinery" in s.firm_name)
    window.open_assessment(joinery.id)
    window.show_results()
    shot("results.png")
    window.results_page.scroll_area.verticalScrollBar().setValue(
        window.results_page.scroll_area.verticalScrollBar().maximum() // 2)
    shot("results-plan.png")

    window.show_cohort()
    cohort = window.cohort_page
    while cohort.busy:  # the cohort is read off the UI thread
        QThreadPool.globalInstance().waitForDone(200)
        settle()
    shot("cohort.png")
    chart = out / f"cohort-chart{suffix}.png"  # a chart as "Save charts as PNG" writes it
    chart.write_bytes(cohort.levels.chart.png())
    print("saved", chart)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.close()
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
