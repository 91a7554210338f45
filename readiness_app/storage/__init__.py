"""The local library of assessments (SQLite), autosave and portable files.

The GUI and the command line use :class:`Library` (open, list, autosave each change, trash,
re-assess) and the functions of :mod:`.portable` (import and export ``.readiness`` files).
"""

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
