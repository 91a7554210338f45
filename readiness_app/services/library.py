"""Opening the library with the questionnaires this installation knows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from readiness_app.services.catalogue import LazyCatalogue, default_cache, load_catalogue
from readiness_app.storage.library import Library

if TYPE_CHECKING:
    from readiness_app.storage.recover import RecoveryReport


def open_library(data_dir: str | Path | None = None, *,
                 catalogue: LazyCatalogue | None = None,
                 extra_questionnaires: Iterable[Path] = (), timeout: float | None = None
                 ) -> Library:
    """The library in ``data_dir`` (see :mod:`readiness_app.storage.paths`).

    Questionnaires come from ``catalogue``, or from the shipped ones and
    ``extra_questionnaires``, loaded the first time an assessment needs one.
    """
    extra = tuple(extra_questionnaires)
    found = catalogue or LazyCatalogue(
        lambda: load_catalogue(extra, cache=default_cache(data_dir)))
    if timeout is None:
        return Library.open(data_dir, questionnaires=found.find)
    return Library.open(data_dir, questionnaires=found.find, timeout=timeout)


def recover_library(data_dir: str | Path | None, target_dir: Path, *,
                    catalogue: LazyCatalogue | None = None,
                    progress: Callable[[int, int], None] | None = None) -> RecoveryReport:
    """Copy what can be read from the (damaged) library in ``data_dir`` into a new library in
    ``target_dir``; the damaged file is only read."""
    from readiness_app.storage import paths
    from readiness_app.storage.recover import recover_library as recover

    found = catalogue or LazyCatalogue(lambda: load_catalogue(cache=default_cache(data_dir)))
    source = paths.library_path(paths.data_dir(data_dir))
    return recover(source, paths.data_dir(target_dir), questionnaires=found.find,
                   progress=progress)
