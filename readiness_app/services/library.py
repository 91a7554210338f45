"""Opening the library with the questionnaires this installation knows."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from readiness_app.services.catalogue import LazyCatalogue, default_cache, load_catalogue
from readiness_app.storage.library import Library


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
