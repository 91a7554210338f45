"""Build the desktop app's Qt catalogues: pyside6-lupdate the .ts, pyside6-lrelease the .qm.

The texts are those the UI marks ``self.tr("...")`` or ``QCoreApplication.translate(ctx,
"...")`` in ``readiness_app/ui``. They go to ``assets/locale/ui/readiness_app_<lang>.ts``
(new ones appear unfinished, to translate, e.g. with pyside6-linguist; ones no longer used are
dropped; no line numbers, so an unrelated edit does not make the file stale); the ``.qm``
beside it is compiled from it. Every Welsh text is a draft that needs review by a Welsh
speaker: each says so in its translator comment until a reviewer removes the comment.

Usage (from the repository root)::

    .venv/bin/python scripts/build_ui_translations.py          # update the .ts, compile .qm
    .venv/bin/python scripts/build_ui_translations.py --check  # exit 1 if a .ts or .qm is
                                                               # stale or a text lacks Welsh
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "readiness_app" / "ui"
FOLDER = REPO / "assets" / "locale" / "ui"
LANGUAGES = {"cy": "cy_GB"}
BIN = Path(sys.executable).parent
REVIEW = "draft: needs review by a Welsh speaker"


def ts_path(lang: str, folder: Path | None = None) -> Path:
    """The .ts source of ``lang``."""
    return (folder or FOLDER) / f"readiness_app_{lang}.ts"


def _shown(path: Path) -> str:
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def _tool(name: str) -> str:
    for found in (BIN / name, BIN / f"{name}.exe"):  # .exe: a Windows virtual environment
        if found.exists():
            return str(found)
    return shutil.which(name) or name


def sources() -> list[str]:
    """Every UI module, sorted, as paths relative to the repository."""
    return sorted(str(p.relative_to(REPO)) for p in UI.rglob("*.py"))


def lupdate(ts: Path) -> None:
    """Merge the UI's current texts into ``ts`` (created when missing)."""
    lang = ts.stem.rsplit("_", 1)[-1]
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    "-target-language", LANGUAGES[lang], *sources(), "-ts", str(ts)],
                   cwd=REPO, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm",
                    str(qm)], cwd=REPO, check=True)


@dataclass
class Counts:
    """What a .ts holds: texts, those without a translation, identical ones not marked."""

    total: int
    missing: list[str]
    identical: list[str]
    broken: list[str] = field(default_factory=list)  # a {placeholder} the English lacks


def count(ts: Path) -> Counts:
    """Texts, untranslated ones and Welsh identical to the English without an ``intended``
    translator comment (names, acronyms)."""
    total, missing, identical, broken = 0, [], [], []
    for message in ET.parse(ts).getroot().iter("message"):
        total += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        comment = message.findtext("translatorcomment") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete") \
                or not (translation.text or translation.findall("numerusform")):
            missing.append(source)
        elif translation.text == source and "intended" not in comment:
            identical.append(source)
        elif set(re.findall(r"{\w*}", translation.text or "")) - set(re.findall(r"{\w*}",
                                                                              source)):
            broken.append(source)
    return Counts(total, missing, identical, broken)


def main(argv: list[str] | None = None) -> int:
    """Update and compile, or only check (``--check``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if anything is stale or untranslated")
    args = parser.parse_args(argv)
    ok = True
    for lang in LANGUAGES:
        ts = ts_path(lang)
        qm = ts.with_suffix(".qm")
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / ts.name
                if ts.exists():
                    shutil.copyfile(ts, fresh)
                lupdate(fresh)
                if not ts.exists() or fresh.read_bytes() != ts.read_bytes():
                    print(f"{_shown(ts)}: stale (run scripts/build_ui_translations.py)")
                    ok = False
                built = Path(tmp) / qm.name
                lrelease(ts if ts.exists() else fresh, built)
                if not qm.exists() or built.read_bytes() != qm.read_bytes():
                    print(f"{_shown(qm)}: stale (run scripts/build_ui_translations.py)")
                    ok = False
                counts = count(fresh)
        else:
            FOLDER.mkdir(parents=True, exist_ok=True)
            lupdate(ts)
            lrelease(ts, qm)
            counts = count(ts)
        print(f"{lang}: {counts.total} texts, {len(counts.missing)} missing, "
              f"{len(counts.identical)} identical to the English")
        for text in counts.missing:
            print(f"  missing: {text}")
        for text in counts.identical:
            print(f"  identical (add 'intended' to its translator comment if so): {text}")
        for text in counts.broken:
            print(f"  a placeholder the English does not have: {text}")
        ok = ok and not counts.missing and not counts.identical and not counts.broken
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
