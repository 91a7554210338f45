"""Opening the library with the questionnaires this installation knows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from readiness_app.core.assessment import FirmProfile
from readiness_app.core.errors import ReadinessError
from readiness_app.services.catalogue import LazyCatalogue, default_cache, load_catalogue
from readiness_app.storage.library import Library

if TYPE_CHECKING:
    from readiness_app.core.geography import Geography
    from readiness_app.storage.recover import RecoveryReport


class FirmPlacer:
    """A firm's local authority (ONS code, name), from its confirmed authority or its
    postcode; the shipped geography is loaded the first time it is needed."""

    def __init__(self, geography: Geography | None = None) -> None:
        self._geography = geography
        self._failed = False
        self._seen: dict[tuple[str, str | None], tuple[str, str] | None] = {}

    def __call__(self, firm: FirmProfile) -> tuple[str, str] | None:
        """The firm's local authority (code, name); None when it cannot be placed."""
        key = (firm.postcode.strip().upper(), firm.authority_code)
        if key not in self._seen:
            self._seen[key] = self._find(*key)
        return self._seen[key]

    def _find(self, postcode: str, code: str | None) -> tuple[str, str] | None:
        geography = self._load()
        if geography is None:
            return None
        authority = geography.authorities.get(code or "")
        if authority is None and postcode:
            try:
                authority = geography.locate(postcode).authority
            except ReadinessError:
                authority = None
        return (authority.code, authority.name) if authority is not None else None

    def _load(self) -> Geography | None:
        if self._geography is None and not self._failed:
            from readiness_app.services.local_support import shipped_geography

            try:
                self._geography = shipped_geography()
            except ReadinessError:
                self._failed = True  # the list then shows no authority; nothing else fails
        return self._geography


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
        return Library.open(data_dir, questionnaires=found.find, place=FirmPlacer())
    return Library.open(data_dir, questionnaires=found.find, timeout=timeout,
                        place=FirmPlacer())


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
