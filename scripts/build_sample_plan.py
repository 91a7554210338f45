"""Make docs/sample-action-plan.pdf and the page images the README shows (run by hand).

    .venv/bin/python scripts/build_sample_plan.py

The sample is the Welsh example firm's plan, dated so its bytes are repeatable. Each image
is the first page whose text starts a section, found with pdftotext, so the README keeps
showing the right pages when the plan grows or shrinks. Needs poppler-utils.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "wales-bakery-carmarthen.readiness"
PDF = ROOT / "docs" / "sample-action-plan.pdf"
IMAGES = ROOT / "docs" / "images"
DATE = "2026-11-29"
# image name -> text that begins the section's first page
SECTIONS = {
    "cover": "",
    "summary": "Your results at a glance",
    "area": "What is in place",
    "plan": "Your action plan",
    "support": "Support near you",
    "staff": "Involving your staff in the changes",
    "appendix": "Appendix: your answers",
}


def main() -> int:
    """Write the PDF and one PNG per section; exit 1 when a section cannot be found."""
    subprocess.run([sys.executable, "-m", "readiness_app", "report", str(EXAMPLE), "-o",
                    str(PDF), "--date", DATE], check=True)
    pages = _page_texts(PDF)
    IMAGES.mkdir(parents=True, exist_ok=True)
    for old in IMAGES.glob("plan-*.png"):
        old.unlink()
    missing = 0
    for name, marker in SECTIONS.items():
        number = next((i for i, text in enumerate(pages, start=1) if marker in text), None)
        if number is None:
            print(f"no page has {marker!r}", file=sys.stderr)
            missing += 1
            continue
        with tempfile.TemporaryDirectory() as temp:
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(number), "-l",
                            str(number), "-singlefile", str(PDF), f"{temp}/page"], check=True)
            (IMAGES / f"plan-{name}.png").write_bytes(Path(temp, "page.png").read_bytes())
        print(f"plan-{name}.png: page {number}")
    return 1 if missing else 0


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")


if __name__ == "__main__":
    raise SystemExit(main())
