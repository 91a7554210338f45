"""The local library of assessments (SQLite), autosave and portable files.

The GUI and the command line use :class:`Library` (open, list, autosave each change, trash,
re-assess) and the functions of :mod:`.portable` (import and export ``.readiness`` files).
They are imported when first used, so ``from readiness_app.storage import paths`` stays cheap
(the desktop app's first window needs only that).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readiness_app.storage.library import (
        AddAction,
        AddResult,
        AssessmentSummary,
        ConflictPolicy,
        Library,
        ListPage,
        ListQuery,
        SortKey,
    )
    from readiness_app.storage.portable import (
        ImportCandidate,
        ImportOutcome,
        ImportReport,
        ImportStatus,
        export_all,
        export_assessment,
        export_assessments,
        export_file_name,
        import_candidate,
        import_files,
        prepare_import,
        read_file,
    )

_PORTABLE = {"ImportCandidate", "ImportOutcome", "ImportReport", "ImportStatus", "export_all",
             "export_assessment", "export_assessments", "export_file_name", "import_candidate",
             "import_files", "prepare_import", "read_file"}


def __getattr__(name: str) -> object:
    """The names below, from :mod:`.library` or :mod:`.portable`, on first use."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = "portable" if name in _PORTABLE else "library"
    return getattr(import_module(f"readiness_app.storage.{module}"), name)


__all__ = [
    "AddAction",
    "AddResult",
    "AssessmentSummary",
    "ConflictPolicy",
    "ImportCandidate",
    "ImportOutcome",
    "ImportReport",
    "ImportStatus",
    "Library",
    "ListPage",
    "ListQuery",
    "SortKey",
    "export_all",
    "export_assessment",
    "export_assessments",
    "export_file_name",
    "import_candidate",
    "import_files",
    "prepare_import",
    "read_file",
]
