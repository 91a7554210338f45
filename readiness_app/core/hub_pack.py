"""A growth hub's pack: one file (a zip ending ``.readiness-pack``) or a folder.

The pack holds ``pack.json`` (the manifest) and the files it lists, each with its SHA-256::

    {
      "format": 1,
      "id": "fellside-growth-hub", "name": "Fellside Growth Hub", "version": "1.0.0",
      "min_app_version": "0.1.0",
      "window_title": "Fellside Business Readiness Check",
      "branding": "branding/branding.json",
      "directory": {"file": "support/fellside.csv", "mode": "extend"},
      "authorities": ["E06000063"],
      "questionnaires": ["questionnaires/fellside.yaml"],
      "default_questionnaire": "fellside-check",
      "welcome": "welcome.txt",
      "files": {"branding/branding.json": "<sha256>", ...}
    }

Reading a pack treats it as hostile: a zip may not hold absolute paths, ``..``, backslashes,
links, encrypted or oddly compressed members, more than :data:`MAX_MEMBERS` members, a member
over :data:`MAX_MEMBER_BYTES`, more than :data:`MAX_TOTAL_BYTES` in all, or a member that
unpacks more than :data:`MAX_RATIO` times its packed size; each member is read within its
declared size and its SHA-256 is checked against the manifest, which is read as strict JSON
(:mod:`readiness_app.core.strict_json`). Every problem is collected and
reported at once, each naming the file (and the manifest's line where there is one).

The pack's hash is the SHA-256 of ``pack.json``; as the manifest holds the hash of every other
file, it stands for the whole pack, whether zipped or a folder.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readiness_app.core.errors import InputFileError, Problem
from readiness_app.core.files import read_limited
from readiness_app.core.i18n import T_, Text
from readiness_app.core.strict_json import read_strict_json

PACK_SUFFIX = ".readiness-pack"
MANIFEST_NAME = "pack.json"
PACK_FORMAT = 1
MAX_PACK_BYTES = 24 * 1024 * 1024  # the zip file itself
MAX_MEMBERS = 100
MAX_MEMBER_BYTES = 6 * 1024 * 1024
MAX_TOTAL_BYTES = 24 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_RATIO = 100  # unpacked / packed size of one member; text rarely passes 10
MAX_NAME_LENGTH = 200
_RATIO_FLOOR = 64 * 1024  # members smaller than this may compress as they like

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
_VERSION = re.compile(r"^[0-9]{1,4}(\.[0-9]{1,4}){0,2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_LAD = re.compile(r"^[EWSN][0-9]{8}$")
_NAME_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
_FIELDS = {"format", "id", "name", "version", "min_app_version", "window_title", "branding",
           "directory", "authorities", "questionnaires", "default_questionnaire", "welcome",
           "contact", "files"}
_DIRECTORY_FIELDS = {"file", "mode"}
DIRECTORY_MODES = ("extend", "replace")


class PackError(InputFileError):
    """A hub pack cannot be used; lists every problem found in it."""


@dataclass(frozen=True, slots=True)
class PackManifest:
    """What ``pack.json`` says (checked)."""

    id: str
    name: str
    version: str
    min_app_version: str
    window_title: str
    files: Mapping[str, str]
    branding: str | None = None
    directory: str | None = None
    directory_mode: str = "extend"
    authorities: tuple[str, ...] = ()
    questionnaires: tuple[str, ...] = ()
    default_questionnaire: str | None = None
    welcome: str | None = None
    contact: str = ""


@dataclass(frozen=True, slots=True)
class HubPack:
    """A checked pack: its manifest, the bytes of every listed file, and its hash."""

    manifest: PackManifest
    manifest_bytes: bytes
    files: Mapping[str, bytes] = field(repr=False)
    source: str

    @property
    def sha256(self) -> str:
        """The pack's hash (the SHA-256 of its manifest, which lists every file's hash)."""
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def id(self) -> str:
        """The pack's id."""
        return self.manifest.id

    @property
    def version(self) -> str:
        """The pack's version."""
        return self.manifest.version

    def text(self, name: str) -> str:
        """A listed file as UTF-8 text."""
        return self.files[name].decode("utf-8-sig")


def version_tuple(version: str) -> tuple[int, ...]:
    """``"1.2"`` -> ``(1, 2, 0)``, for comparing versions."""
    parts = [int(p) for p in re.findall(r"[0-9]+", version)[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def is_pack_path(path: Path) -> bool:
    """True when ``path`` looks like a pack: a ``.readiness-pack`` file or a folder with a
    ``pack.json``."""
    if path.suffix.lower() == PACK_SUFFIX:
        return True
    return path.is_dir() and (path / MANIFEST_NAME).is_file()


def read_pack(path: Path, app_version: str) -> HubPack:
    """Read and check the pack at ``path`` (zip or folder); PackError lists every problem."""
    if path.is_dir():
        members, problems = _folder_members(path)
    else:
        data = read_limited(path, MAX_PACK_BYTES, PackError)
        members, problems = _zip_members(data, str(path))
    return check_pack(members, str(path), app_version, problems)


def read_pack_bytes(data: bytes, source: str, app_version: str) -> HubPack:
    """Check a zipped pack given as bytes."""
    if len(data) > MAX_PACK_BYTES:
        raise PackError.single(source, T_("the file is {size} bytes; the limit is {limit}",
                                          size=f"{len(data):,}", limit=f"{MAX_PACK_BYTES:,}"))
    members, problems = _zip_members(data, source)
    return check_pack(members, source, app_version, problems)


def check_pack(members: Mapping[str, bytes], source: str, app_version: str,
               problems: list[Problem] | None = None) -> HubPack:
    """Check a pack's members (name -> bytes): the manifest, then every file's hash."""
    problems = list(problems or [])
    raw_manifest = members.get(MANIFEST_NAME)
    if raw_manifest is None:
        problems.append(Problem(source, "", T_("has no {manifest} (the pack's manifest) at its "
                                               "top level; is this a hub pack?",
                                               manifest=MANIFEST_NAME)))
        raise PackError(source, problems)
    manifest_source = f"{source}/{MANIFEST_NAME}"
    manifest = _Manifest(manifest_source, raw_manifest, app_version).check()
    problems.extend(manifest.problems)
    checked: dict[str, bytes] = {}
    if manifest.result is not None:
        listed = manifest.result.files
        for name, digest in listed.items():
            data = members.get(name)
            if data is None:
                problems.append(Problem(f"{source}/{name}", "", T_("is listed in pack.json but "
                                                                   "is not in the pack"), None))
            elif hashlib.sha256(data).hexdigest() != digest:
                problems.append(Problem(f"{source}/{name}", "", T_(
                    "its SHA-256 does not match pack.json: the file was changed after the "
                    "pack was built (rebuild the pack)")))
            else:
                checked[name] = data
        for name in sorted(set(members) - set(listed) - {MANIFEST_NAME}):
            problems.append(Problem(f"{source}/{name}", "", T_("is in the pack but not listed "
                                                               "in pack.json's files")))
    if problems or manifest.result is None:
        raise PackError(source, problems)
    return HubPack(manifest.result, raw_manifest, checked, source)


def manifest_files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` except the manifest, with its SHA-256 (for building)."""
    members, problems = _folder_members(folder)
    if problems:
        raise PackError(str(folder), problems)
    return {name: hashlib.sha256(data).hexdigest()
            for name, data in sorted(members.items()) if name != MANIFEST_NAME}


def zip_pack(members: Mapping[str, bytes]) -> bytes:
    """The bytes of a zipped pack holding ``members``; the same members give the same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members, key=lambda n: (n != MANIFEST_NAME, n)):
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, members[name])
    return buffer.getvalue()


# ----------------------------------------------------------------------------- names


def member_name_problem(name: str) -> Text | None:
    """Why ``name`` may not be a pack member's name, or None when it may."""
    if not name or len(name) > MAX_NAME_LENGTH:
        return T_("names must be 1 to {most} characters", most=MAX_NAME_LENGTH)
    if "\\" in name:
        return T_("backslashes are not allowed in names")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return T_("absolute paths are not allowed")
    parts = name.split("/")
    if any(p in {"..", "."} for p in parts) or "//" in name:
        return T_("'..' and '.' are not allowed in names (path traversal)")
    if any(not _NAME_PART.match(p) for p in parts):
        return T_("names may use letters, digits, '_', '-' and '.' only, in folders "
                  "separated by '/'")
    return None


# ----------------------------------------------------------------------------- zip


def _zip_members(data: bytes, source: str) -> tuple[dict[str, bytes], list[Problem]]:
    problems: list[Problem] = []
    members: dict[str, bytes] = {}

    def bad(name: str, message: str) -> None:
        problems.append(Problem(f"{source}/{name}" if name else source, "", message))

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError.single(source, T_("is not a readable zip file ({detail})",
                                          detail=exc)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise PackError.single(source, T_("holds {count} files; a pack holds at most "
                                              "{most}", count=f"{len(infos):,}",
                                              most=MAX_MEMBERS))
        total = sum(max(i.file_size, 0) for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise PackError.single(source, T_("unpacks to {size} bytes; the limit is {limit} "
                                              "(a zip bomb?)", size=f"{total:,}",
                                              limit=f"{MAX_TOTAL_BYTES:,}"))
        seen: dict[str, str] = {}
        for info in infos:
            name = info.filename
            shown = name if len(name) <= 80 else name[:77] + "..."
            if info.is_dir():
                reason = member_name_problem(name.rstrip("/"))
                if reason:
                    bad(shown, reason)
                continue
            reason = member_name_problem(name)
            mode = info.external_attr >> 16
            if reason:
                bad(shown, reason)
            elif stat.S_ISLNK(mode):
                bad(name, T_("is a symbolic link; a pack holds ordinary files only"))
            elif stat.S_IFMT(mode) and not stat.S_ISREG(mode):  # permissions alone: a file
                bad(name, T_("is not an ordinary file"))
            elif info.flag_bits & 0x1:
                bad(name, T_("is encrypted; packs are not encrypted"))
            elif info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                bad(name, T_("uses a compression method other than deflate"))
            elif info.file_size > MAX_MEMBER_BYTES:
                bad(name, T_("is {size} bytes; a file in a pack is at most {limit}",
                             size=f"{info.file_size:,}", limit=f"{MAX_MEMBER_BYTES:,}"))
            elif info.file_size > _RATIO_FLOOR and \
                    info.file_size > MAX_RATIO * max(info.compress_size, 1):
                bad(name, T_("unpacks to more than {ratio} times its packed size (a zip bomb?)",
                             ratio=MAX_RATIO))
            elif name.lower() in seen:
                bad(name, T_("is in the pack twice (also as {other})", other=seen[name.lower()]))
            else:
                seen[name.lower()] = name
                content = _read_member(archive, info, source, problems)
                if content is not None:
                    members[name] = content
    return members, problems


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str,
                 problems: list[Problem]) -> bytes | None:
    where = f"{source}/{info.filename}"
    try:
        with archive.open(info) as handle:
            content = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        problems.append(Problem(where, "", f"cannot be unpacked: {exc}"))
        return None
    except Exception as exc:  # zlib.error and the like: still the file's fault
        problems.append(Problem(where, "", f"cannot be unpacked: {type(exc).__name__}"))
        return None
    if len(content) != info.file_size:
        problems.append(Problem(where, "", T_("its size differs from what the zip says")))
        return None
    return content


# ----------------------------------------------------------------------------- folder


def _folder_members(folder: Path) -> tuple[dict[str, bytes], list[Problem]]:
    """Every file under ``folder`` (names starting with '.' are skipped), read within limits;
    links and anything but ordinary files and folders are refused."""
    problems: list[Problem] = []
    members: dict[str, bytes] = {}
    total = 0
    pending: list[tuple[Path, str]] = [(folder, "")]
    while pending:
        current, prefix = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(str(current), "", f"cannot be read: {exc.strerror}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = f"{prefix}{entry.name}"
            if entry.is_symlink():
                problems.append(Problem(entry.path, "", T_("is a symbolic link; a pack holds "
                                                           "ordinary files only")))
            elif entry.is_dir(follow_symlinks=False):
                pending.append((Path(entry.path), f"{name}/"))
            elif len(members) >= MAX_MEMBERS:
                raise PackError.single(str(folder), f"holds more than {MAX_MEMBERS} files")
            else:
                reason = member_name_problem(name)
                if reason:
                    problems.append(Problem(entry.path, "", reason))
                    continue
                try:
                    data = read_limited(Path(entry.path), MAX_MEMBER_BYTES, PackError)
                except PackError as exc:
                    problems.extend(exc.problems)
                    continue
                total += len(data)
                if total > MAX_TOTAL_BYTES:
                    raise PackError.single(str(folder), f"holds more than {MAX_TOTAL_BYTES:,} "
                                           "bytes")
                members[name] = data
    return members, problems


# ----------------------------------------------------------------------------- manifest


class _Manifest:
    """Checks ``pack.json``; ``problems`` holds every finding, ``result`` the manifest."""

    def __init__(self, source: str, data: bytes, app_version: str) -> None:
        self.source = source
        self.data = data
        self.app_version = app_version
        self.problems: list[Problem] = []
        self.result: PackManifest | None = None
        self._lines: dict[tuple[str | int, ...], int] | None = None

    def problem(self, path: tuple[str | int, ...], message: str) -> None:
        location = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in path)
        self.problems.append(Problem(self.source, location.replace(".[", "["), message,
                                     self._line(path)))

    def _line(self, path: tuple[str | int, ...]) -> int | None:
        if self._lines is None:  # YAML 1.2 reads JSON and knows every key's line
            from readiness_app.core.yaml_source import YamlReadError, read_yaml

            try:
                self._lines = read_yaml(self.data.decode("utf-8-sig"), self.source)[1]
            except (YamlReadError, UnicodeDecodeError):
                self._lines = {}
        probe = tuple(path)
        while probe:
            if probe in self._lines:
                return self._lines[probe]
            probe = probe[:-1]
        return None

    def check(self) -> _Manifest:
        if len(self.data) > MAX_MANIFEST_BYTES:
            self.problem((), f"is {len(self.data):,} bytes; the limit is {MAX_MANIFEST_BYTES:,}")
            return self
        try:
            raw: Any = read_strict_json(self.data, self.source, T_("a pack manifest"))
        except InputFileError as exc:
            self.problems.extend(exc.problems)
            return self
        if not isinstance(raw, dict):
            self.problem((), T_("must be a JSON object"))
            return self
        for key in sorted(set(raw) - _FIELDS):
            self.problem((key,), T_("unknown field{hint}", hint=_hint(key, _FIELDS)))
        if raw.get("format") != PACK_FORMAT:
            if isinstance(raw.get("format"), int) and raw["format"] > PACK_FORMAT:
                self.problem(("format",), T_("is pack format {found}; this app reads format "
                                             "{supported}. Update the app to use this pack.",
                                             found=raw["format"], supported=PACK_FORMAT))
            else:
                self.problem(("format",), T_("must be {format}", format=PACK_FORMAT))
        pack_id = self._match(raw, "id", _ID, "2 to 63 lower-case letters, digits and hyphens")
        name = self._text(raw, "name", required=True)
        version = self._match(raw, "version", _VERSION, "a version like 1, 1.2 or 1.2.3")
        minimum = self._match(raw, "min_app_version", _VERSION, "a version like 0.1.0")
        if minimum and version_tuple(minimum) > version_tuple(self.app_version):
            self.problem(("min_app_version",), T_("the pack needs app version {minimum} or "
                                                  "newer; this app is version {app}. Update "
                                                  "the app.", minimum=minimum,
                                                  app=self.app_version))
        title = self._text(raw, "window_title", limit=80) or name
        contact = self._text(raw, "contact", limit=200)
        files = self._files(raw.get("files"))
        branding = self._reference(raw, ("branding",), files, (".json",))
        directory, mode = None, "extend"
        spec = raw.get("directory")
        if spec is not None:
            if not isinstance(spec, dict):
                self.problem(("directory",), 'must be {"file": "...csv", "mode": "extend"}')
            else:
                for key in sorted(set(spec) - _DIRECTORY_FIELDS):
                    self.problem(("directory", key), "unknown field"
                                 + _hint(key, _DIRECTORY_FIELDS))
                directory = self._reference(spec, ("directory", "file"), files, (".csv",),
                                            required=True)
                mode = spec.get("mode", "extend")
                if mode not in DIRECTORY_MODES:
                    self.problem(("directory", "mode"), "must be extend (add to the shipped "
                                 "directory) or replace (use only the pack's)")
                    mode = "extend"
        authorities = self._list(raw, "authorities")
        for i, code in enumerate(authorities):
            if not _LAD.match(code):
                self.problem(("authorities", i), f"must be an ONS local authority code like "
                             f"E06000063 (got {code[:20]!r})")
        questionnaires = self._list(raw, "questionnaires")
        for i, name_ in enumerate(questionnaires):
            self._check_reference(name_, ("questionnaires", i), files, (".yaml", ".yml"))
        default = raw.get("default_questionnaire")
        if default is not None and (not isinstance(default, str) or not default.strip()):
            self.problem(("default_questionnaire",), "must be a questionnaire id")
            default = None
        welcome = self._reference(raw, ("welcome",), files, (".txt", ".md"))
        if self.problems or pack_id is None or version is None or minimum is None:
            return self
        self.result = PackManifest(
            id=pack_id, name=name, version=version, min_app_version=minimum,
            window_title=title, files=files, branding=branding, directory=directory,
            directory_mode=mode, authorities=tuple(authorities),
            questionnaires=tuple(questionnaires), default_questionnaire=default,
            welcome=welcome, contact=contact)
        return self

    def _match(self, raw: dict[str, Any], key: str, pattern: re.Pattern[str],
               what: str) -> str | None:
        value = raw.get(key)
        if value is None:
            self.problem((key,), T_("required field is missing"))
            return None
        if not isinstance(value, str) or not pattern.match(value):
            self.problem((key,), f"must be {what} (got {str(value)[:40]!r})")
            return None
        return value

    def _text(self, raw: dict[str, Any], key: str, *, required: bool = False,
              limit: int = 120) -> str:
        value = raw.get(key)
        if value is None:
            if required:
                self.problem((key,), T_("required field is missing"))
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem((key,), "must be text" + (" and not empty" if required else ""))
            return ""
        if len(value) > limit:
            self.problem((key,), f"must be at most {limit} characters")
        if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value):
            self.problem((key,), "must not hold control characters")
        return " ".join(value.split())

    def _list(self, raw: dict[str, Any], key: str) -> list[str]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem((key,), "must be a list of text")
            return []
        if len(value) > MAX_MEMBERS:
            self.problem((key,), f"must list at most {MAX_MEMBERS} items")
            return []
        return list(value)

    def _files(self, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            self.problem(("files",), "must map each file in the pack to its SHA-256 "
                         "(scripts/build_pack.py writes it)")
            return {}
        files: dict[str, str] = {}
        for name, digest in value.items():
            reason = member_name_problem(name)
            if reason:
                self.problem(("files", name), reason)
            elif name == MANIFEST_NAME:
                self.problem(("files", name), "the manifest does not list itself")
            elif not isinstance(digest, str) or not _SHA256.match(digest):
                self.problem(("files", name), "must be a SHA-256 in lower-case hex "
                             "(64 characters)")
            else:
                files[name] = digest
        return files

    def _reference(self, raw: dict[str, Any], path: tuple[str, ...], files: Mapping[str, str],
                   suffixes: tuple[str, ...], *, required: bool = False) -> str | None:
        value = raw.get(path[-1])
        if value is None:
            if required:
                self.problem(path, "required field is missing")
            return None
        if not isinstance(value, str):
            self.problem(path, "must be the name of a file in the pack")
            return None
        return value if self._check_reference(value, path, files, suffixes) else None

    def _check_reference(self, name: str, path: tuple[str | int, ...],
                         files: Mapping[str, str], suffixes: tuple[str, ...]) -> bool:
        if not name.lower().endswith(suffixes):
            self.problem(path, f"'{name[:80]}' must end with {' or '.join(suffixes)}")
            return False
        if name not in files:
            self.problem(path, f"'{name[:80]}' is not listed in files")
            return False
        return True


def _hint(key: str, known: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
