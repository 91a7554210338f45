"""Helpers shared by the CLI commands: loading files and printing.

Importing this module stays cheap (``--help`` needs it); what a command needs to do its work
is imported when the command runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from readiness_app.core.text import INVISIBLE_CHARS, printable

if TYPE_CHECKING:
    from readiness_app.core.assessment import Assessment
    from readiness_app.core.i18n import Messages
    from readiness_app.core.questionnaire import Questionnaire
    from readiness_app.core.questionnaire_loader import LoadedQuestionnaires
    from readiness_app.services.hub_pack import ActivePack


def add_assessment_command(
    subparsers: Any, name: str, help_text: str, description: str
) -> argparse.ArgumentParser:
    """A command that reads one assessment: FILE (a file, or the id of an assessment in the
    library), ``--json`` and ``--questionnaire``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=description
    )
    parser.add_argument("file", type=Path, metavar="FILE",
                        help="a .readiness assessment file, or the id (or its first "
                             "characters) of an assessment in the library")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--upgrade", action="store_true",
                        help="carry the answers to the latest version of the questionnaire "
                             "first (the file is not changed; what did not carry over is "
                             "listed on standard error)")
    add_questionnaire_option(parser)
    add_language_option(parser)
    return parser


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--language en|cy``: the language of the command's text output (JSON stays as is)."""
    parser.add_argument("--language", default="en", choices=("en", "cy"), metavar="LANG",
                        help="the language of the text printed: en or cy (Cymraeg); "
                             "default en")


def load_assessment(args: argparse.Namespace) -> tuple[Assessment, Questionnaire]:
    """The assessment named by ``args.file`` and its questionnaire (with ``--upgrade``, the
    latest version of it, carrying the answers over)."""
    if is_library_id(args.file):
        loaded = catalogue(args.questionnaire, data_dir_of(args))
        assessment, questionnaire = read_from_library(str(args.file), loaded,
                                                      data_dir_of(args))
    else:
        needed = NeededCatalogue(args.questionnaire, data_dir_of(args))
        assessment, questionnaire = read_assessment(args.file, needed)
        if getattr(args, "upgrade", False):  # every version, to find the latest
            return upgraded(assessment, questionnaire, needed.of(questionnaire.id),
                            _language(args))
        return assessment, questionnaire
    if getattr(args, "upgrade", False):
        return upgraded(assessment, questionnaire, loaded, _language(args))
    return assessment, questionnaire


class NeededCatalogue:
    """The catalogue for reading assessment files: each look-up loads (and validates) only
    the questionnaire asked for, not every shipped one."""

    def __init__(self, extra: list[Path], data_dir: Path | None = None) -> None:
        self._extra = extra
        self._data_dir = data_dir
        self._loaded: dict[tuple[str, str | None], LoadedQuestionnaires] = {}

    def of(self, questionnaire_id: str, version: str | None = None) -> LoadedQuestionnaires:
        """This version of the questionnaire (None: every version), with any file that has
        no cached form."""
        key = (questionnaire_id, version)
        if key not in self._loaded:
            self._loaded[key] = catalogue(self._extra, self._data_dir, only=key)
        return self._loaded[key]

    def find(self, questionnaire_id: str, version: str | None = None) -> Questionnaire | None:
        """The questionnaire with this id and version (without one, its latest)."""
        return self.of(questionnaire_id, version).find(questionnaire_id, version)


def _language(args: argparse.Namespace) -> Messages:
    """The catalogue of the command's ``--language`` (English when it has none)."""
    from readiness_app.services.language import messages

    return messages(getattr(args, "language", "en") or "en")


def upgraded(assessment: Assessment, questionnaire: Questionnaire,
             loaded: LoadedQuestionnaires,
             tr: Messages | None = None) -> tuple[Assessment, Questionnaire]:
    """``assessment`` carried to the latest version of its questionnaire, saying what
    happened on standard error in ``tr``'s language; unchanged when it is already on the
    latest."""
    from readiness_app.core.i18n import ENGLISH
    from readiness_app.core.upgrade import carry_answers, is_newer

    tr = tr or ENGLISH
    latest = loaded.latest(questionnaire.id)
    if latest is None or not is_newer(latest, questionnaire):
        echo("readiness-app: " + tr("{id} {version} is already the latest version").format(
            id=questionnaire.id, version=questionnaire.version), file=sys.stderr)
        return assessment, questionnaire
    result = carry_answers(questionnaire, latest, assessment)
    echo(f"readiness-app: {result.describe(tr)}", file=sys.stderr)
    return result.assessment, latest


def add_questionnaire_option(parser: argparse.ArgumentParser) -> None:
    """``--questionnaire FILE``: use a questionnaire that is not shipped with the app."""
    parser.add_argument(
        "--questionnaire",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="also use this questionnaire file (may be given more than once)",
    )


_pack_options: tuple[Path | None, Path | None] = (None, None)
_pack_found: list[ActivePack | None] = []


def use_pack_options(option: Path | None, data_dir: Path | None) -> None:
    """Remember ``--pack`` and ``--data-dir``; the pack is read when a command first needs it."""
    global _pack_options
    _pack_options = (option, data_dir)
    _pack_found.clear()


def current_pack() -> ActivePack | None:
    """The hub pack in use (``--pack``, ``READINESS_PACK``, installed, next to the app), read
    and checked once; a broken pack is an error naming the file."""
    if not _pack_found:
        from readiness_app.services.hub_pack import active_pack

        option, data_dir = _pack_options
        _pack_found.append(active_pack(data_dir, option))
    return _pack_found[0]


def pack_questionnaires() -> list[Path]:
    """Questionnaire files of the pack in use and of the installed packs."""
    if not _pack_may_be_in_use():
        return []
    from readiness_app.services.hub_pack import pack_questionnaire_paths

    return pack_questionnaire_paths(current_pack(), _pack_options[1])


def _pack_may_be_in_use() -> bool:
    """False when no hub pack can be in use or installed, found without importing the pack
    code (the rule of ``ui.app``): no --pack, no READINESS_PACK, nothing in the packs folder
    and no pack beside the app."""
    from readiness_app import resources
    from readiness_app.storage import paths

    option, data_dir = _pack_options
    if option or os.environ.get("READINESS_PACK", "").strip() or resources.bundled_pack_paths():
        return True
    folder = paths.packs_dir(paths.data_dir(data_dir))
    try:
        return any(True for _ in folder.iterdir())
    except OSError:  # no packs folder (or none readable: the pack code reports that)
        return folder.exists()


def data_dir_of(args: argparse.Namespace) -> Path | None:
    """The ``--data-dir`` given (None: ``READINESS_DATA_DIR`` or the user's folder)."""
    found: Path | None = getattr(args, "data_dir", None)
    return found


def catalogue(extra: list[Path], data_dir: Path | None = None,
              only: tuple[str, str | None] | None = None) -> LoadedQuestionnaires:
    """Shipped questionnaires, the packs' and ``extra``; an unusable non-shipped file is an
    error. Parsed questionnaires are cached in ``data_dir``'s cache folder (never elsewhere).
    ``only`` (an id and version, or None for every version) skips cached files of others.
    """
    from readiness_app import resources
    from readiness_app.services.catalogue import default_cache, load_catalogue

    # realpath, not Path.resolve: a symlink loop given as a file must reach the loader,
    # which names it, not raise RuntimeError here
    shipped = {os.path.realpath(p) for p in resources.questionnaire_paths()}
    extra = [p for p in dict.fromkeys([*pack_questionnaires(), *extra])
             if os.path.realpath(p) not in shipped]
    loaded = load_catalogue(extra, cache=default_cache(data_dir), only=only)
    extra_names = {str(p) for p in extra}
    for error in loaded.errors:
        if error.source in extra_names:
            raise error
        echo(f"readiness-app: warning: skipped a shipped questionnaire:\n{error}",
             file=sys.stderr)
    return loaded


def is_library_id(path: Path) -> bool:
    """True when a FILE argument is no file but can only be a library id (the rule
    ``report`` uses: no such file, and no suffix)."""
    return not path.exists() and not path.suffix and len(path.parts) == 1


def read_from_library(text: str, loaded: LoadedQuestionnaires, data_dir: Path | None
                      ) -> tuple[Assessment, Questionnaire]:
    """The assessment with this id (or start of one) in the library and its questionnaire;
    an error saying so when there is no such file and no library to look in."""
    from readiness_app.core.errors import AssessmentNotFoundError
    from readiness_app.services.catalogue import LazyCatalogue
    from readiness_app.services.compare import visit_from_library
    from readiness_app.services.library import open_library
    from readiness_app.storage import paths

    folder = paths.data_dir(data_dir)
    if not paths.library_path(folder).exists():
        raise AssessmentNotFoundError(text, "no such file, and there is no library in "
                                      f"{folder} to look for an assessment with this id")
    with open_library(folder, catalogue=LazyCatalogue.of(loaded)) as library:
        questionnaire, assessment = visit_from_library(library, text)
    return assessment, questionnaire


def read_assessment(path: Path, loaded: LoadedQuestionnaires | NeededCatalogue
                    ) -> tuple[Assessment, Questionnaire]:
    """Read an assessment file and find its questionnaire."""
    from readiness_app.core.assessment_file import read_assessment_file

    return read_assessment_file(path, loaded.find)


# json.dumps escapes C0 controls itself; these it would write raw (they occur only in strings).
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{INVISIBLE_CHARS}]")


def echo(*values: object, file: TextIO | None = None, sep: str = " ", end: str = "\n") -> None:
    """``print`` for anything that may hold text from a file: control characters (terminal
    escapes, NUL) and invisible ones (bidi overrides) are shown as escapes, never sent raw."""
    text = sep.join(str(value) for value in values)
    print(printable(text), file=file if file is not None else sys.stdout, end=end)


def print_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON (control and invisible characters escaped)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")

