"""Hub packs, third round of odd input: what a zip tool writes must not be refused wrongly."""

from __future__ import annotations

import io
import stat
import zipfile

import pytest

from readiness_app.core.hub_pack import PackError, read_pack_bytes
from tests.hub.test_pack_reading import APP, _info, _zip, members, messages


def test_a_zip_whose_members_carry_only_permissions_is_read() -> None:
    """Python's ``ZipFile.writestr("name", data)`` (and other tools) store 0o600 with no file
    type; such a pack was refused as 'not an ordinary file' for every member."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members().items():
            archive.writestr(name, data)
    assert {i.external_attr >> 16 for i in zipfile.ZipFile(buffer).infolist()} == {0o600}
    pack = read_pack_bytes(buffer.getvalue(), "p.readiness-pack", APP)
    assert pack.id == "test-hub"


@pytest.mark.parametrize("kind", [stat.S_IFIFO, stat.S_IFCHR, stat.S_IFDIR | 0o755])
def test_a_member_marked_as_a_special_file_is_still_refused(kind: int) -> None:
    entries = [(_info(n), d) for n, d in members().items()]
    entries.append((_info("odd.txt", kind | 0o644), b"x"))
    with pytest.raises(PackError) as exc:
        read_pack_bytes(_zip(entries), "p.readiness-pack", APP)
    assert "p.readiness-pack/odd.txt: is not an ordinary file" in messages(exc)
