"""Build a demonstration library of 30 firms and screenshot the library page and a history.

Deterministic: the same firms, answers and dates every run (a seeded generator and fixed
dates), in a throw-away data folder, so nothing of the user's is touched or shown. Eight of
the firms were re-assessed about six months after their first visit, and a few visits are
still in progress.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/library_screenshots.py \\
        [--out docs/images] [--size 1366x768]

writes ``library-firms.png`` (the library, one row per firm) and ``firm-history.png`` (one
firm's visits). ``--data DIR`` keeps the library there instead (to look at it in the app
with ``--data-dir DIR``).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# name, sector (the owner's words), size, postcode (real districts across the UK)
FIRMS = (
    ("Harbour Café Ltd", "Hospitality", "micro", "PL1 2AA"),
    ("Hartley & Sons Joinery Ltd", "Joinery and shopfitting", "small", "LS11 8PZ"),
    ("Kelvinside Dental Care", "Dental practice", "small", "G12 9LU"),
    ("Becws Tŷ Melyn Cyf", "Bakery and café", "micro", "SA31 1DL"),
    ("Lagan Freight Services Ltd", "Haulage and logistics", "medium", "BT28 2SA"),
    ("Kerb Motors", "Retail (motor trade)", "small", "LS1 4AP"),
    ("Corner Shop Cardiff", "Retail", "micro", "CF10 1AA"),
    ("Pennine Print Works", "Printing", "small", "HX1 1AA"),
    ("Severn Accountancy LLP", "Accountancy", "small", "GL1 1AA"),
    ("Tyne Tech Solutions", "IT support", "micro", "NE1 4LP"),
    ("Meadow Farm Dairy", "Farming (dairy)", "small", "EX17 1AA"),
    ("Clyde Builders Ltd", "Construction", "medium", "G2 1AA"),
    ("Brecon Beacons Lodge", "Hotel", "small", "LD3 7AA"),
    ("Northgate Pharmacy", "Pharmacy", "micro", "CH1 2AA"),
    ("Solent Marine Repairs", "Boat repair", "small", "SO14 2AA"),
    ("Fenland Growers Co-op", "Horticulture", "medium", "PE13 1AA"),
    ("Stirling Legal Services", "Solicitors", "small", "FK8 1AA"),
    ("Mersey Cleaning Co", "Cleaning", "medium", "L1 8JQ"),
    ("Cotswold Wool Studio", "Knitwear manufacturing", "micro", "GL54 1AA"),
    ("Derry Software House", "Software", "small", "BT48 6AA"),
    ("Highland Tours", "Travel", "micro", "IV1 1AA"),
    ("Aberdeen Subsea Engineering", "Engineering", "medium", "AB10 1AA"),
    ("Leicester Lettings", "Property lettings", "micro", "LE1 5AA"),
    ("Norwich Care at Home", "Home care", "medium", "NR2 1AA"),
    ("Bristol Climbing Wall", "Sport and leisure", "small", "BS1 4AA"),
    ("Swansea Hair Studio", "Hairdressing", "micro", "SA1 1AA"),
    ("Canterbury Tutors", "Tutoring", "micro", "CT1 2AA"),
    ("Wrexham Recycling Ltd", "Waste and recycling", "small", "LL11 1AA"),
    ("Luton Couriers", "Courier services", "small", "LU1 2AA"),
    ("York Design Collective", "Graphic design", "micro", "YO1 7AA"),
)
REASSESSED = (0, 1, 2, 5, 7, 9, 13, 21)  # firms visited twice, about six months apart
IN_PROGRESS = (3, 16, 27)  # latest visit not finished yet
FIRST_VISIT = datetime(2025, 10, 6, 9, 30, tzinfo=UTC)


def build(data: Path) -> str:
    """Fill the library in ``data`` with the 30 firms; returns the id of a re-assessed visit
    (the one the history screenshot shows)."""
    from readiness_app.core.assessment import Answer, Assessment, FirmProfile, SizeBand, Status
    from readiness_app.core.errors import AnswerError
    from readiness_app.core.questionnaire import QuestionType
    from readiness_app.services.catalogue import load_catalogue
    from readiness_app.services.library import open_library

    catalogue = load_catalogue()
    questionnaire = catalogue.find("quick-check", "1.1") or next(
        q for q in catalogue.current() if q.id == "quick-check")
    rng = random.Random(16)

    def visit(firm: FirmProfile, skill: float, start: datetime, done: bool) -> Assessment:
        made = replace(Assessment.start(firm, questionnaire), id=f"{rng.getrandbits(128):032x}")
        questions = questionnaire.questions if done else questionnaire.questions[:5]
        for question in questions:
            value: object
            if question.type is QuestionType.MULTI:
                value = frozenset(o.id for o in question.options if rng.random() < skill)
            elif question.type.is_choice and question.options:
                top = len(question.options) - 1
                value = question.options[min(top, max(0, round(rng.gauss(skill * top, 1))))].id
            elif question.type is QuestionType.NUMBER:
                value = float(rng.randint(2, 40))
            else:
                continue
            try:
                made = made.with_answer(questionnaire, Answer(question.id, value))  # type: ignore[arg-type]
            except AnswerError:
                continue
        end = start + timedelta(minutes=rng.randint(20, 50))
        answers = {k: replace(a, answered_at=end) for k, a in made.answers.items()}
        return replace(made, answers=answers, created_at=start, updated_at=end,
                       status=Status.COMPLETE if done else Status.IN_PROGRESS)

    shown = ""
    with open_library(data, catalogue=catalogue) as library:
        for n, (name, sector, size, postcode) in enumerate(FIRMS):
            firm = FirmProfile(name, sector, SizeBand(size), postcode)
            skill = 0.2 + 0.6 * rng.random()
            start = FIRST_VISIT + timedelta(days=5 * n, hours=n % 5)
            again = n in REASSESSED
            first = visit(firm, skill, start, done=again or n not in IN_PROGRESS)
            library.add(first)
            if again:
                later = visit(firm, min(0.95, skill + 0.2), start + timedelta(days=185),
                              done=n not in IN_PROGRESS)
                library.add(later, previous_id=first.id)
                if n == 0:
                    shown = later.id
    return shown


def main(argv: list[str] | None = None) -> int:
    """Build the library and save the two screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--data", type=Path, help="keep the library in this folder")
    options = parser.parse_args(argv)
    width, height = (int(x) for x in options.size.split("x"))
    data = options.data or Path(tempfile.mkdtemp(prefix="readiness-firms-"))
    os.environ["READINESS_DATA_DIR"] = str(data)
    from PySide6.QtWidgets import QApplication

    from readiness_app.services.catalogue import load_catalogue
    from readiness_app.services.library import open_library
    from readiness_app.ui.firm_history import FirmHistoryDialog
    from readiness_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    shown = build(data)
    catalogue = load_catalogue()
    library = open_library(data, catalogue=catalogue)
    options.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if options.size == "1366x768" else f"-{options.size}"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    window = MainWindow(catalogue, library, data)
    window.resize(width, height)
    window.show()
    window.library_page.refresh(select_id=shown)
    settle()
    target = options.out / f"library-firms{suffix}.png"
    window.grab().save(str(target))
    print("saved", target)
    page = window.library_page
    dialog = FirmHistoryDialog(library.history(shown), page.model.level_name, shown, window)
    dialog.show()
    settle()
    target = options.out / f"firm-history{suffix}.png"
    dialog.grab().save(str(target))
    print("saved", target)
    dialog.close()
    window.close()
    library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
