"""One numbering of the plan: the results page, the PDF and ``readiness-app plan`` show the
same actions under the same numbers, in the same order (the PDF once said 1, 2, 17, 3, 4)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from readiness_app.cli import main
from readiness_app.storage.portable import import_files
from tests.ui.conftest import EXAMPLES

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils"),
]

NUMBERED = re.compile(r"^(\d+)\. (.+)$")


def pdf_first_actions(path: Path) -> list[tuple[int, str]]:
    """The numbered lines under "Do these first" in the PDF's text."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    section = text.split("Do these first", 1)[1].split("\f", 1)[0]
    found = []
    for line in section.splitlines():
        match = NUMBERED.match(line.strip())
        if match:
            found.append((int(match.group(1)), match.group(2).strip()))
    return found


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_app_and_the_pdf_number_the_first_actions_alike(open_window, qtbot, tmp_path,
                                                            example: Path, capsys) -> None:
    window = open_window()
    import_files(window._library, [example])
    window.library_page.refresh()
    window.library_page.open_button.click()
    window.show_results()
    page = window.results_page
    on_page = []
    for row in range(page.priorities.count()):
        match = NUMBERED.match(page.priorities.items()[row].title)
        assert match is not None
        on_page.append((int(match.group(1)), match.group(2)))
    assert on_page, "the results page lists actions to do first"
    page.today = dt.date(2026, 11, 23)
    worker = page.start_pdf(tmp_path / "plan.pdf")
    assert worker is not None
    with qtbot.waitSignal(worker.signals.done, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: page._worker is None)
    in_pdf = pdf_first_actions(tmp_path / "plan.pdf")
    assert [n for n, _ in in_pdf] == [n for n, _ in on_page]
    for (_, pdf_title), (_, app_title) in zip(in_pdf, on_page, strict=True):
        assert app_title.startswith(pdf_title[:30].rstrip()), (pdf_title, app_title)
    # every card on the page carries the number the command line prints for it
    assert main(["plan", str(example)]) == 0
    printed = {m.group(2).split("  [")[0]: int(m.group(1))
               for m in map(NUMBERED.match, capsys.readouterr().out.splitlines()) if m}
    cards = [*page.priorities.items(), *page.rest.items(), *page.later.items()]
    numbered = [NUMBERED.match(c.title) for c in cards]
    # and the action tracker further down uses the same numbers
    tracked = [NUMBERED.match(label.text()) for label in page.tracker.findChildren(QLabel)]
    numbered += [m for m in tracked if m is not None]
    for match in numbered:
        if match is not None:
            assert printed[match.group(2)] == int(match.group(1)), match.group(0)
