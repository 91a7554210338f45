"""The questionnaires this installation can use: the shipped ones plus any extra files given.

Parsed questionnaire files are cached as JSON in the data folder (``cache/questionnaires``),
keyed by a hash of each file's bytes, so that start-up skips the slow YAML parsing; the
cached data is validated again on every load. A questionnaire that passed every check is
also kept in its checked form, keyed by a hash of everything it was built from (its bytes,
its translations', its name, the loader's code): the same bytes later skip the checks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from readiness_app import resources

if TYPE_CHECKING:
    from readiness_app.core.errors import QuestionnaireError
    from readiness_app.core.questionnaire import Questionnaire
    from readiness_app.core.questionnaire_loader import LoadedQuestionnaires

MAX_CACHED_BYTES = 4 * 1024 * 1024


class FolderCache:
    """A :class:`~readiness_app.core.questionnaire_loader.ParsedCache` in one folder.

    ``prebuilt`` is a read-only folder filled when an installer was built: it is read when
    the user's folder has no entry, so the first start of an installed app parses no YAML.
    """

    def __init__(self, folder: Path, prebuilt: Path | None = None) -> None:
        self.folder = folder
        self.prebuilt = prebuilt

    def get(self, key: str) -> str | None:
        """The cached text for ``key``, or None (missing, unreadable or too big)."""
        from readiness_app.core.errors import InputFileError
        from readiness_app.core.files import read_limited

        for folder in (self.folder, self.prebuilt):
            if folder is None:
                continue
            try:
                return read_limited(folder / f"{key}.json", MAX_CACHED_BYTES).decode("utf-8")
            except (InputFileError, UnicodeDecodeError):
                continue
        return None

    def put(self, key: str, text: str) -> None:
        """Store ``text``; a folder that cannot be written just means no cache."""
        from readiness_app.core.errors import ReadinessError
        from readiness_app.storage.atomic import write_bytes_atomic

        with contextlib.suppress(OSError, ReadinessError):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(self.folder / f"{key}.json", text.encode("utf-8"))


def default_cache(data_dir: str | Path | None = None) -> FolderCache:
    """The cache in the data folder (``--data-dir``, ``READINESS_DATA_DIR`` or the user's)."""
    from readiness_app.storage import paths

    return FolderCache(paths.questionnaire_cache_dir(paths.data_dir(data_dir)),
                       resources.prebuilt_cache_dir())


def load_catalogue(
    extra: Iterable[Path] = (), *, cache: FolderCache | None = None,
    only: tuple[str, str | None] | None = None,
) -> LoadedQuestionnaires:
    """Load every shipped questionnaire and the ``extra`` files; broken files are reported.
    ``only`` (an id and version, or None for all versions) skips cached files of other
    questionnaires (see ``load_questionnaires``).
    """
    from readiness_app.core.questionnaire_loader import load_questionnaires  # pydantic

    return load_questionnaires([*resources.questionnaire_paths(), *extra],
                               cache or default_cache(), only)


class LazyCatalogue:
    """A catalogue that is loaded the first time something asks for it.

    The desktop app shows its window first and loads (and validates) the questionnaires
    just after, so that validating them does not delay the first paint.
    """

    def __init__(self, load: Callable[[], LoadedQuestionnaires]) -> None:
        self._load = load
        self._loaded: LoadedQuestionnaires | None = None

    @classmethod
    def of(cls, catalogue: LoadedQuestionnaires | LazyCatalogue) -> LazyCatalogue:
        """``catalogue`` as a LazyCatalogue (one already loaded counts as loaded)."""
        if isinstance(catalogue, LazyCatalogue):
            return catalogue
        lazy = cls(lambda: catalogue)
        lazy._loaded = catalogue
        return lazy

    def reload(self, load: Callable[[], LoadedQuestionnaires]) -> None:
        """Load from ``load`` from now on (for instance after a hub pack was installed);
        everything holding this catalogue sees the new questionnaires."""
        self._load = load
        self._loaded = None

    @property
    def is_loaded(self) -> bool:
        """True once the questionnaires have been loaded."""
        return self._loaded is not None

    def get(self) -> LoadedQuestionnaires:
        """The loaded catalogue (loading it now if need be)."""
        if self._loaded is None:
            self._loaded = self._load()
        return self._loaded

    @property
    def questionnaires(self) -> list[Questionnaire]:
        """The questionnaires that loaded."""
        return self.get().questionnaires

    @property
    def errors(self) -> list[QuestionnaireError]:
        """Files that could not be used."""
        return self.get().errors

    def find(self, questionnaire_id: str, version: str | None = None) -> Questionnaire | None:
        """The questionnaire with this id and version (without one, its latest), if loaded."""
        return self.get().find(questionnaire_id, version)

    def current(self) -> list[Questionnaire]:
        """The latest version of each questionnaire: what new assessments use."""
        return self.get().current()
