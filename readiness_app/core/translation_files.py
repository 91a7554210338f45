"""Where a questionnaire's translation overlays are, and how big one may be.

Apart from :mod:`.questionnaire_translation` (which reads and applies them) so that a
questionnaire whose checked form is cached, Welsh included, can be keyed by its overlays'
bytes without importing the code that reads overlays.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = "translations"
MAX_OVERLAY_BYTES = 2_000_000


def overlay_paths(questionnaire: Path) -> list[Path]:
    """The overlay files of a questionnaire file (``translations/<stem>.<lang>.yaml``)."""
    folder = questionnaire.parent / FOLDER
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{questionnaire.stem}.*.yaml"):
        language = path.name[len(questionnaire.stem) + 1:-len(".yaml")]
        if path.is_file() and language.isalpha():
            found.append(path)
    return sorted(found)
