"""Reading hub packs: a good pack loads; hostile or damaged packs list every problem."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from readiness_app.core.hub_pack import (
    MANIFEST_NAME,
    MAX_MEMBERS,
    PackError,
    check_pack,
    member_name_problem,
    read_pack,
    read_pack_bytes,
    zip_pack,
)

APP = "0.1.0"


def manifest(files: dict[str, bytes], **extra: object) -> bytes:
    data: dict[str, object] = {
        "format": 1, "id": "test-hub", "name": "Test Hub", "version": "1.0",
        "min_app_version": "0.1", "window_title": "Test Hub readiness",
        "files": {n: hashlib.sha256(b).hexdigest() for n, b in files.items()},
    }
    data.update(extra)
    return json.dumps(data, indent=2).encode()


def members(**extra: object) -> dict[str, bytes]:
    files = {"welcome.txt": b"Hello from the hub.\n"}
    return {MANIFEST_NAME: manifest(files, welcome="welcome.txt", **extra), **files}


def messages(exc: pytest.ExceptionInfo[PackError]) -> str:
    return "\n".join(str(p) for p in exc.value.problems)


def test_a_good_pack_reads_the_same_zipped_or_as_a_folder(tmp_path: Path) -> None:
    parts = members()
    zipped = tmp_path / "hub.readiness-pack"
    zipped.write_bytes(zip_pack(parts))
    folder = tmp_path / "hub"
    folder.mkdir()
    for name, data in parts.items():
        (folder / name).write_bytes(data)
    a, b = read_pack(zipped, APP), read_pack(folder, APP)
    assert a.id == b.id == "test-hub"
    assert a.sha256 == b.sha256 == hashlib.sha256(parts[MANIFEST_NAME]).hexdigest()
    assert a.text("welcome.txt") == "Hello from the hub.\n"
    assert zip_pack(parts) == zip_pack(parts)  # building is repeatable


def test_a_changed_file_fails_its_hash_and_is_named() -> None:
    parts = members()
    parts["welcome.txt"] = b"tampered"
    with pytest.raises(PackError) as exc:
        check_pack(parts, "hub.readiness-pack", APP)
    assert "hub.readiness-pack/welcome.txt: its SHA-256 does not match" in messages(exc)


def test_unlisted_and_missing_files_are_both_reported() -> None:
    parts = members()
    parts["extra.txt"] = b"x"
    del parts["welcome.txt"]
    with pytest.raises(PackError) as exc:
        check_pack(parts, "p", APP)
    text = messages(exc)
    assert "p/welcome.txt: is listed in pack.json but is not in the pack" in text
    assert "p/extra.txt: is in the pack but not listed" in text


def test_manifest_problems_are_all_listed_with_lines() -> None:
    files = {"welcome.txt": b"hi"}
    raw = manifest(files, id="Bad Id", version="one", min_app_version="99.0",
                   colour="red", welcome="missing.txt")
    with pytest.raises(PackError) as exc:
        check_pack({MANIFEST_NAME: raw, **files}, "p", APP)
    text = messages(exc)
    lines = raw.decode().splitlines()
    id_line = next(i for i, line in enumerate(lines, 1) if '"id"' in line)
    assert f"p/pack.json:{id_line}: id: must be 2 to 63" in text
    assert "version: must be a version like 1" in text
    assert "needs app version 99.0 or newer; this app is version 0.1.0" in text
    assert "colour: unknown field" in text
    assert "welcome: 'missing.txt' is not listed in files" in text


def test_a_newer_pack_format_says_to_update_the_app() -> None:
    with pytest.raises(PackError) as exc:
        check_pack(members(format=2), "p", APP)
    assert "Update the app" in messages(exc)


def test_no_manifest_is_not_a_pack() -> None:
    with pytest.raises(PackError, match=r"has no pack\.json"):
        check_pack({"a.txt": b"x"}, "p", APP)


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "a/../../b", "C:/x.txt",
                                  "a\\b.txt", "a//b", "./a", "we ird.txt", ""])
def test_unsafe_member_names_are_refused(name: str) -> None:
    assert member_name_problem(name) is not None


def _zip(entries: list[tuple[zipfile.ZipInfo, bytes]], level: int = 6) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def _info(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = mode << 16
    return info


def test_path_traversal_and_links_in_a_zip_are_refused() -> None:
    parts = members()
    entries = [(_info(n), d) for n, d in parts.items()]
    entries.append((_info("../../outside.txt"), b"x"))
    entries.append((_info("link", stat.S_IFLNK | 0o777), b"/etc/passwd"))
    with pytest.raises(PackError) as exc:
        read_pack_bytes(_zip(entries), "p.readiness-pack", APP)
    text = messages(exc)
    assert "p.readiness-pack/../../outside.txt: '..' and '.' are not allowed" in text
    assert "p.readiness-pack/link: is a symbolic link" in text


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    parts = members()
    entries = [(_info(n), d) for n, d in parts.items()]
    entries.append((_info("bomb.txt"), b"\0" * (5 * 1024 * 1024)))
    with pytest.raises(PackError) as exc:
        read_pack_bytes(_zip(entries, level=9), "p", APP)
    assert "p/bomb.txt: unpacks to more than 100 times its packed size" in messages(exc)


def test_too_many_members_are_refused() -> None:
    entries = [(_info(f"f{i}.txt"), b"x") for i in range(MAX_MEMBERS + 1)]
    with pytest.raises(PackError, match="a pack holds at most"):
        read_pack_bytes(_zip(entries), "p", APP)


def test_a_lying_size_header_is_caught() -> None:
    parts = members()
    data = bytearray(zip_pack(parts))
    # corrupt the packed bytes of welcome.txt: the CRC or inflate check fails on reading
    start = data.find(b"welcome.txt") + len("welcome.txt")
    data[start + 2] ^= 0xFF
    with pytest.raises(PackError) as exc:
        read_pack_bytes(bytes(data), "p", APP)
    assert "p/welcome.txt" in messages(exc)


def test_not_a_zip_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "hub.readiness-pack"
    path.write_bytes(b"not a zip")
    with pytest.raises(PackError, match=r"hub.readiness-pack: .*not a readable zip"):
        read_pack(path, APP)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_in_a_pack_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "hub"
    folder.mkdir()
    for name, data in members().items():
        (folder / name).write_bytes(data)
    (folder / "sneaky.txt").symlink_to("/etc/hostname")
    with pytest.raises(PackError) as exc:
        read_pack(folder, APP)
    assert "sneaky.txt: is a symbolic link" in messages(exc)
