"""Hub packs: which pack is in use, installing and removing packs, and checking one whole.

The pack in use is, in order: ``--pack FILE`` (a ``.readiness-pack`` file or a pack folder),
the ``READINESS_PACK`` environment variable, the pack the user installed most recently into
the data folder (``readiness-app pack install`` or the app's "Install hub pack..." menu), and
a pack placed next to an installed app (see :func:`readiness_app.resources.bundled_pack_paths`).
A zipped pack is checked, then unpacked into the data folder's cache, so that the loaders read
ordinary files; every time a pack is used its files are checked against its manifest again.

Questionnaires of every installed pack stay available, so an assessment made with another
installed pack still opens; branding, directory and default questionnaire come from the pack
in use.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from readiness_app import __version__, resources
from readiness_app.core.assessment import PackRef
from readiness_app.core.errors import InputFileError, Problem, ReadinessError, StorageError
from readiness_app.core.hub_pack import MANIFEST_NAME, HubPack, PackError, read_pack
from readiness_app.core.i18n import ENGLISH, T_, Messages
from readiness_app.storage import paths

if TYPE_CHECKING:
    from readiness_app.core.questionnaire import Questionnaire
    from readiness_app.core.questionnaire_loader import LoadedQuestionnaires
    from readiness_app.core.support_directory import SupportDirectory
    from readiness_app.report.branding import Branding

ENV_PACK = "READINESS_PACK"
INSTALL_RECORD = ".installed.json"
ORIGIN_OPTION = "--pack"
ORIGIN_ENV = ENV_PACK
ORIGIN_INSTALLED = "installed"
ORIGIN_BUNDLED = "next to the app"


@dataclass(frozen=True, slots=True)
class ActivePack:
    """A checked pack, unpacked in ``folder``, and where it came from."""

    pack: HubPack
    folder: Path
    origin: str

    @property
    def ref(self) -> PackRef:
        """What an assessment records about the pack."""
        return PackRef(self.pack.id, self.pack.version, self.pack.sha256)

    @property
    def name(self) -> str:
        """The hub's name."""
        return self.pack.manifest.name

    @property
    def window_title(self) -> str:
        """The app's window title with this pack."""
        return self.pack.manifest.window_title

    @property
    def branding_path(self) -> Path | None:
        """The pack's branding file, if it has one."""
        name = self.pack.manifest.branding
        return self.folder / name if name else None

    @property
    def directory_paths(self) -> tuple[Path, ...]:
        """The pack's support directory file, if it has one."""
        name = self.pack.manifest.directory
        return (self.folder / name,) if name else ()

    @property
    def replaces_directory(self) -> bool:
        """True when the pack's directory replaces the shipped one instead of extending it."""
        return bool(self.directory_paths) and self.pack.manifest.directory_mode == "replace"

    @property
    def questionnaire_paths(self) -> tuple[Path, ...]:
        """The pack's questionnaire files."""
        return tuple(self.folder / name for name in self.pack.manifest.questionnaires)

    @property
    def welcome_text(self) -> str:
        """The pack's welcome text ('' when it has none)."""
        name = self.pack.manifest.welcome
        return self.pack.text(name).strip() if name else ""

    def describe(self) -> str:
        """'Fellside Growth Hub pack fellside-growth-hub 1.0.0'."""
        return f"{self.name} pack {self.pack.id} {self.pack.version}"


@dataclass(frozen=True, slots=True)
class InstalledPack:
    """A pack in the data folder, as ``pack list`` shows it."""

    id: str
    name: str
    version: str
    sha256: str
    installed_at: str
    folder: Path
    active: bool
    problem: str = ""


# ----------------------------------------------------------------------------- finding


def open_pack(path: Path, data_dir: Path | None = None, origin: str = ORIGIN_OPTION
              ) -> ActivePack:
    """Check the pack at ``path``; a zip is unpacked into the data folder's cache."""
    pack = read_pack(path, __version__)
    if path.is_dir():
        return ActivePack(pack, path.absolute(), origin)
    return ActivePack(pack, _unpacked(pack, paths.data_dir(data_dir)), origin)


def active_pack(data_dir: Path | None = None, option: Path | None = None) -> ActivePack | None:
    """The pack in use (see the module docstring), or None; PackError when it is broken."""
    if option is not None:
        return open_pack(option, data_dir, ORIGIN_OPTION)
    from_env = os.environ.get(ENV_PACK, "").strip()
    if from_env:
        return open_pack(Path(from_env).expanduser(), data_dir, ORIGIN_ENV)
    installed = [p for p in installed_packs(data_dir) if p.active]
    if installed:
        return open_pack(installed[0].folder, data_dir, ORIGIN_INSTALLED)
    for bundled in resources.bundled_pack_paths():
        return open_pack(bundled, data_dir, ORIGIN_BUNDLED)
    return None


def installed_packs(data_dir: Path | None = None) -> list[InstalledPack]:
    """The packs installed in the data folder, the one in use (newest install) first."""
    folder = paths.packs_dir(paths.data_dir(data_dir))
    if not folder.is_dir():
        return []
    found: list[InstalledPack] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or not entry.is_dir() or entry.is_symlink():
            continue
        installed_at = _install_time(entry)
        try:
            pack = read_pack(entry, __version__)
        except InputFileError as exc:
            found.append(InstalledPack(entry.name, entry.name, "?", "", installed_at, entry,
                                       False, str(exc)))
            continue
        found.append(InstalledPack(pack.id, pack.manifest.name, pack.version, pack.sha256,
                                   installed_at, entry, False))
    found.sort(key=lambda p: (not p.problem, p.installed_at), reverse=True)
    if found and not found[0].problem:
        first = found[0]
        found[0] = InstalledPack(first.id, first.name, first.version, first.sha256,
                                 first.installed_at, first.folder, True)
    return found


def _install_time(folder: Path) -> str:
    try:
        record = json.loads((folder / INSTALL_RECORD).read_text("utf-8"))
        return str(record.get("installed_at", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def _unpacked(pack: HubPack, data_dir: Path) -> Path:
    """A folder holding ``pack``'s files (made once per pack hash, in the cache)."""
    target = paths.pack_cache_dir(data_dir) / f"{pack.id}-{pack.sha256[:16]}"
    with contextlib.suppress(InputFileError):
        if read_pack(target, __version__).sha256 == pack.sha256:
            return target
    _write_pack_folder(pack, target, None)
    return target


def _write_pack_folder(pack: HubPack, target: Path, record: dict[str, str] | None) -> None:
    """Write the pack's files into ``target``, replacing it whole (never half written)."""
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=parent))
        try:
            (staging / MANIFEST_NAME).write_bytes(pack.manifest_bytes)
            for name, data in pack.files.items():
                path = staging.joinpath(*name.split("/"))
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            if record is not None:
                (staging / INSTALL_RECORD).write_text(json.dumps(record), "utf-8")
            old = parent / f".{target.name}-old-{uuid.uuid4().hex[:8]}"
            if target.exists():
                target.rename(old)
            staging.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        from readiness_app.storage.atomic import storage_io_error

        raise storage_io_error(target, exc, T_("cannot write the hub pack")) from None


# ----------------------------------------------------------------------------- building

SOURCE_MANIFEST = "pack-source.json"


def build_pack(folder: Path, output: Path, data_dir: Path | None = None) -> ActivePack:
    """Make a ``.readiness-pack`` from a folder: ``pack-source.json`` (the manifest without
    ``files``) and the files to ship. Every file's SHA-256 goes into the manifest, the whole
    pack is checked (as ``install`` would), and the zip is written atomically. The same folder
    gives the same bytes."""
    from readiness_app.core.files import read_limited
    from readiness_app.core.hub_pack import MAX_MANIFEST_BYTES, manifest_files, zip_pack
    from readiness_app.core.strict_json import read_strict_json
    from readiness_app.storage.atomic import write_bytes_atomic

    source = folder / SOURCE_MANIFEST
    raw = read_limited(source, MAX_MANIFEST_BYTES, PackError)
    manifest = read_strict_json(raw, str(source), T_("a pack source manifest"), PackError)
    if not isinstance(manifest, dict):
        raise PackError.single(str(source), T_("must be a JSON object"))
    files = {name: digest for name, digest in manifest_files(folder).items()
             if name != SOURCE_MANIFEST}
    manifest["files"] = files
    manifest_bytes = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()
    members = {MANIFEST_NAME: manifest_bytes}
    for name in files:
        members[name] = (folder / name).read_bytes()
    data = zip_pack(members)
    from readiness_app.core.hub_pack import read_pack_bytes

    pack = read_pack_bytes(data, str(output), __version__)
    candidate = ActivePack(pack, _unpacked(pack, paths.data_dir(data_dir)), ORIGIN_OPTION)
    check_pack_contents(candidate)
    write_bytes_atomic(output, data)
    return candidate


# ----------------------------------------------------------------------------- install


def install_pack(source: Path, data_dir: Path | None = None) -> ActivePack:
    """Check ``source`` whole (manifest, hashes, branding, directory, questionnaires) and
    install it into the data folder, where it becomes the pack in use."""
    folder = paths.data_dir(data_dir)
    candidate = open_pack(source, folder, ORIGIN_OPTION)
    check_pack_contents(candidate)
    target = paths.packs_dir(folder) / candidate.pack.id
    record = {"installed_at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
              "source": source.name}
    _write_pack_folder(candidate.pack, target, record)
    return open_pack(target, folder, ORIGIN_INSTALLED)


def remove_pack(pack_id: str, data_dir: Path | None = None) -> InstalledPack:
    """Remove an installed pack; StorageError when no pack has that id."""
    for installed in installed_packs(data_dir):
        if installed.id == pack_id or installed.folder.name == pack_id:
            try:
                shutil.rmtree(installed.folder)
            except OSError as exc:
                from readiness_app.storage.atomic import storage_io_error

                raise storage_io_error(installed.folder, exc, T_("cannot remove the pack")) \
                    from None
            return installed
    known = ", ".join(p.id for p in installed_packs(data_dir)) or "none"
    raise StorageError(str(paths.packs_dir(paths.data_dir(data_dir))),
                       T_("no installed pack has the id '{id}' (installed: {known})",
                          id=pack_id, known=known))


# ----------------------------------------------------------------------------- using


def pack_accent(active: ActivePack | None) -> str | None:
    """The hub's primary colour for the app's accent ("#RRGGBB"), None without a pack or
    branding; a branding file that cannot be read gives None (the PDF reports it)."""
    if active is None or active.branding_path is None:
        return None
    from readiness_app.core.errors import InputFileError

    try:
        return pack_branding(active).primary_colour
    except InputFileError:
        return None


def pack_branding(active: ActivePack | None) -> Branding:
    """The branding for the PDF: the pack's, else the shipped one."""
    from readiness_app.report.branding import load_branding

    return load_branding(active.branding_path if active else None)


def pack_directory(active: ActivePack | None, extra: Sequence[Path] = ()) -> SupportDirectory:
    """The support directory: shipped, extended (or replaced) by the pack's, then ``extra``."""
    from readiness_app.services.local_support import load_directory

    if active is None or not active.directory_paths:
        return load_directory(extra)
    return load_directory([*active.directory_paths, *extra],
                          replace=active.replaces_directory)


def pack_questionnaire_paths(active: ActivePack | None,
                             data_dir: Path | None = None) -> list[Path]:
    """Questionnaire files of the pack in use and of every installed pack (no repeats)."""
    found: list[Path] = list(active.questionnaire_paths) if active else []
    seen_ids = {active.pack.id} if active else set()
    for installed in installed_packs(data_dir):
        if installed.problem or installed.id in seen_ids:
            continue
        seen_ids.add(installed.id)
        with contextlib.suppress(InputFileError):
            other = read_pack(installed.folder, __version__)
            found.extend(installed.folder / n for n in other.manifest.questionnaires)
    return found


def ordered_questionnaires(questionnaires: Iterable[Questionnaire],
                           active: ActivePack | None) -> list[Questionnaire]:
    """The questionnaires to offer for a new assessment: the pack's default first, then the
    pack's others, then the shipped ones."""
    items = list(questionnaires)
    if active is None:
        return items
    pack_files = {str(p) for p in active.questionnaire_paths}
    default = active.pack.manifest.default_questionnaire

    def rank(q: Questionnaire) -> int:
        if q.id == default:
            return 0
        return 1 if q.source_name in pack_files else 2

    return sorted(items, key=rank)


def version_text(active: ActivePack | None) -> str:
    """What ``--version`` prints: the app's version and the pack's, if one is in use."""
    text = f"readiness-app {__version__}"
    if active is not None:
        text += (f"\nhub pack: {active.name} ({active.pack.id}) version {active.pack.version}"
                 f", sha256 {active.pack.sha256[:16]}…, {active.origin}")
    return text


# ----------------------------------------------------------------------------- checking


def check_pack_contents(active: ActivePack) -> LoadedQuestionnaires:
    """Check everything the pack holds, beyond its manifest: branding, directory (with the
    shipped one), questionnaires (variants against the shipped questionnaires), the default
    questionnaire and the authorities. PackError lists every problem, naming pack files."""
    from readiness_app.report.branding import load_branding
    from readiness_app.services.local_support import shipped_geography

    problems: list[Problem] = []
    manifest = active.pack.manifest
    if active.branding_path is not None:
        try:
            load_branding(active.branding_path)
        except InputFileError as exc:
            problems.extend(exc.problems)
    if active.directory_paths:
        try:
            pack_directory(active)
        except InputFileError as exc:
            problems.extend(exc.problems)
    from readiness_app.core.questionnaire_loader import load_questionnaires

    # no cache: checking a pack must not write anywhere (nor into the user's folder)
    loaded = load_questionnaires([*resources.questionnaire_paths(),
                                  *active.questionnaire_paths], None)
    own = {str(p) for p in active.questionnaire_paths}
    for error in loaded.errors:
        if error.source in own:
            problems.extend(error.problems)
    if manifest.default_questionnaire is not None and \
            loaded.find(manifest.default_questionnaire) is None:
        problems.append(Problem(f"{active.pack.source}/{MANIFEST_NAME}",
                                "default_questionnaire",
                                T_("no questionnaire has the id '{id}'",
                                   id=manifest.default_questionnaire)))
    try:
        authorities = shipped_geography().authorities
    except ReadinessError:
        authorities = {}
    for code in manifest.authorities:
        if authorities and code not in authorities:
            problems.append(Problem(f"{active.pack.source}/{MANIFEST_NAME}", "authorities",
                                    T_("unknown local authority code '{code}'", code=code)))
    if problems:
        raise PackError(active.pack.source, _named(problems, active))
    return loaded


def _named(problems: list[Problem], active: ActivePack) -> list[Problem]:
    """Problems with the unpacked folder's path replaced by the pack's own name."""
    folder = str(active.folder)
    out: list[Problem] = []
    for p in problems:
        source = p.source
        if source.startswith(folder):
            source = active.pack.source + source[len(folder):].replace(os.sep, "/")
        out.append(Problem(source, p.location, p.message, p.line))
    return out


def preview_lines(active: ActivePack, tr: Messages = ENGLISH) -> list[str]:
    """What installing the pack changes, in plain words in ``tr``'s language (for the install
    dialog and CLI); the pack's own names and texts stay as the pack gives them."""
    manifest = active.pack.manifest
    loaded = check_pack_contents(active)
    lines = [tr("{name}, pack {id} version {version} (SHA-256 {hash}…)").format(
                 name=manifest.name, id=manifest.id, version=manifest.version,
                 hash=active.pack.sha256[:16]),
             tr("Window title: {title}").format(title=manifest.window_title)]
    if active.branding_path is not None:
        branding = pack_branding(active).in_language(tr.language)
        carry = (tr("Action plans carry: {organisation}, colours {primary} and {accent}, with "
                    "a logo") if branding.logo else
                 tr("Action plans carry: {organisation}, colours {primary} and {accent}"))
        lines.append(carry.format(organisation=branding.organisation,
                                  primary=branding.primary_colour,
                                  accent=branding.accent_colour))
    else:
        lines.append(tr("Action plans keep the app's own branding"))
    if active.directory_paths:
        from readiness_app.core.support_directory import read_directory_file
        from readiness_app.services.local_support import shipped_geography

        rows = read_directory_file(active.directory_paths[0], shipped_geography())
        how = (tr("Local support: {count} organisation(s) that replace the shipped directory: "
                  "{names}") if active.replaces_directory else
               tr("Local support: {count} organisation(s) that are added to the shipped "
                  "directory: {names}"))
        lines.append(how.format(count=len(rows), names=", ".join(r.name for r in rows[:5])
                                + (" …" if len(rows) > 5 else "")))
    own = {str(p) for p in active.questionnaire_paths}
    for q in loaded.questionnaires:
        if q.source_name in own:
            line = (tr("Questionnaire: {title} ({id} {version}, {count} questions) (the "
                       "default for new assessments)")
                    if q.id == manifest.default_questionnaire else
                    tr("Questionnaire: {title} ({id} {version}, {count} questions)"))
            lines.append(line.format(title=q.title.get(tr.language), id=q.id,
                                     version=q.version, count=len(q.questions)))
    if manifest.authorities:
        lines.append(tr("For local authorities: {codes}").format(
            codes=", ".join(manifest.authorities)))
    if active.welcome_text:
        lines.append(tr("Welcome text: {first_line}").format(
            first_line=active.welcome_text.splitlines()[0][:100]))
    return lines
