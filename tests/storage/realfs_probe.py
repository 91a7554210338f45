"""Run inside a private mount namespace on a tiny tmpfs: real full and read-only disks.

Usage: python realfs_probe.py FULL READ_ONLY (each a freshly mounted, small tmpfs). Prints
one JSON object with what each step saw; test_real_filesystems.py checks it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from readiness_app import resources
from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import ReadinessError
from readiness_app.core.questionnaire_loader import load_questionnaire
from readiness_app.storage.library import Library
from readiness_app.storage.portable import export_assessment


def main(folder: Path, read_only: Path) -> dict[str, object]:
    quick = load_questionnaire(resources.questionnaires_dir() / "quick_check.yaml")
    seen: dict[str, object] = {}
    library = Library.open(folder / "data", questionnaires=lambda i, v: quick)
    a = library.create(FirmProfile("Full Disk Ltd"), quick)
    library.save_answer(a.id, "cyber.backups", "none")
    export = folder / "exported.readiness"
    export.write_bytes(b"the old export")

    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:  # fill the disk to the last byte
        for size in (65536, 4096, 1):
            try:
                while handle.write(b"\0" * size):
                    pass
            except OSError:
                pass
    long_note = "x" * 4000
    try:
        library.save_answer(a.id, "cyber.backups", "tested", note=long_note)
        seen["save_on_full"] = "saved"
    except ReadinessError as exc:
        seen["save_on_full"] = f"{type(exc).__name__}: {exc}"
    try:
        export_assessment(library, a.id, export)
        seen["export_on_full"] = "written"
    except ReadinessError as exc:
        seen["export_on_full"] = f"{type(exc).__name__}: {exc}"
    seen["export_after_full"] = export.read_bytes().decode()
    filler.unlink()
    seen["answer_after_full"] = library.get(a.id).answers["cyber.backups"].value
    seen["integrity_after_full"] = library.integrity_problems()
    library.save_answer(a.id, "cyber.cloud", "yes")
    library.close()

    # a read-only drive: a copy of the library and an old export on it, then remount it ro
    (read_only / "data").mkdir()
    shutil.copy2(folder / "data" / "library.sqlite3", read_only / "data" / "library.sqlite3")
    ro_export = read_only / "exported.readiness"
    ro_export.write_bytes(b"the old export")
    subprocess.run(["mount", "-o", "remount,ro", str(read_only)], check=True)
    with Library.open(folder / "data", questionnaires=lambda i, v: quick) as source:
        try:
            export_assessment(source, a.id, ro_export)
            seen["export_on_ro"] = "written"
        except ReadinessError as exc:
            seen["export_on_ro"] = f"{type(exc).__name__}: {exc}"
    seen["export_after_ro"] = ro_export.read_bytes().decode()
    try:
        with Library.open(read_only / "data", questionnaires=lambda i, v: quick) as ro_lib:
            seen["ro_opened_read_only"] = ro_lib.read_only
            seen["ro_list"] = [s.firm_name for s in ro_lib.list_assessments().items]
            rescued = export_assessment(ro_lib, ro_lib.resolve_id(a.id[:8].upper()),
                                        folder / "rescued.readiness")
            seen["ro_export"] = rescued.is_file()
            ro_lib.save_answer(a.id, "cyber.backups", "tested")
        seen["save_on_ro"] = "saved"
    except ReadinessError as exc:
        seen["save_on_ro"] = f"{type(exc).__name__}: {exc}"
    seen["ro_files"] = sorted(p.name for p in (read_only / "data").iterdir())
    return seen


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
