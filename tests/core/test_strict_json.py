"""The one strict JSON reader: every user's JSON file refuses the same tricks, naming the file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from readiness_app.core.errors import InputFileError
from readiness_app.core.hub_pack import MANIFEST_NAME, PackError, read_pack_bytes, zip_pack
from readiness_app.core.strict_json import MAX_DEPTH, read_strict_json
from readiness_app.services.hub_pack import build_pack
from readiness_app.services.pooling import read_share

HOSTILE = [
    ('{"a": 1, "a": 2}', 'has the key "a" twice in one object'),
    ('{"a": NaN}', "contains NaN, which is not a number a test file may hold"),
    ('{"a": -Infinity}', "contains -Infinity"),
    ('{"a": ' + "9" * 400 + "}", "a number with 400 digits; numbers in a test file have at most"),
    ('{"a": 1e999}', "contains the number 1e999, which is too large to use"),
    ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), f"nested more than {MAX_DEPTH} levels deep"),
    ("[" * 100_000, "nested more than"),
    ('{"a": 1', "is not valid JSON at line 1, column 8"),
    ('{"a": 1', "(the file seems to be cut short)"),
]


@pytest.mark.parametrize(("text", "expected"), HOSTILE)
def test_hostile_json_is_refused_with_one_message_naming_the_file(text, expected) -> None:
    for data in (text, text.encode()):
        with pytest.raises(InputFileError) as info:
            read_strict_json(data, "in/some.json", "a test file")
        assert str(info.value.problems[0]).startswith("in/some.json: ")
        assert expected in str(info.value)


def test_plain_json_reads_as_json_with_or_without_a_byte_order_mark() -> None:
    text = '{"a": [1, 2.5, "x", null, true], "b": {"c": "\\u00e9"}}'
    expected = {"a": [1, 2.5, "x", None, True], "b": {"c": "é"}}
    assert read_strict_json(text, "f", "a file") == expected
    assert read_strict_json("\ufeff" + text, "f", "a file") == expected
    assert read_strict_json(b"\xef\xbb\xbf" + text.encode(), "f", "a file") == expected
    nested = "[" * MAX_DEPTH + "]" * MAX_DEPTH  # exactly the limit is fine
    assert read_strict_json(nested, "f", "a file") is not None
    assert read_strict_json('["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]', "f", "a file")  # in text


def test_bad_utf8_and_the_callers_error_type() -> None:
    with pytest.raises(PackError, match=r"f.json: is not UTF-8 text \(bad byte at position 1\)"):
        read_strict_json(b"{\xff}", "f.json", "a pack manifest", PackError)


def test_a_pack_manifest_with_a_key_twice_is_refused() -> None:
    welcome = b"Hello\n"
    digest = hashlib.sha256(welcome).hexdigest()
    manifest = (
        '{"format": 1, "id": "test-hub", "name": "Test Hub", "version": "1.0", '
        '"min_app_version": "0.1", "window_title": "Test Hub", "id": "other-hub", '
        f'"welcome": "welcome.txt", "files": {{"welcome.txt": "{digest}"}}}}'
    )
    data = zip_pack({MANIFEST_NAME: manifest.encode(), "welcome.txt": welcome})
    with pytest.raises(PackError) as info:
        read_pack_bytes(data, "hub.readiness-pack", "0.1.0")
    assert 'has the key "id" twice in one object' in str(info.value)


def test_a_pack_source_manifest_is_read_strictly(tmp_path: Path) -> None:
    (tmp_path / "pack-source.json").write_text('{"format": 1, "version": NaN}', "utf-8")
    with pytest.raises(PackError, match=r"pack-source\.json: contains NaN"):
        build_pack(tmp_path, tmp_path / "out.readiness-pack", tmp_path / "data")


def test_a_share_file_with_nan_or_absurd_nesting_is_refused_naming_it(tmp_path: Path) -> None:
    nan = tmp_path / "nan.json"
    nan.write_text(
        '{"format": "readiness-anonymised-share", "version": 1, "records": '
        '[{"overall_score": NaN}]}',
        "utf-8",
    )
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 50_000 + "]" * 50_000, "utf-8")
    with pytest.raises(InputFileError, match=r"nan\.json: contains NaN"):
        read_share(nan)
    with pytest.raises(InputFileError, match=r"deep\.json: is nested more than"):
        read_share(deep)


def test_a_sealed_file_whose_header_nests_absurdly_is_damaged_not_a_crash() -> None:
    pytest.importorskip("cryptography")
    from readiness_app.core.errors import AssessmentFileError
    from readiness_app.storage.sealed import MAGIC, unseal

    data = MAGIC + b"[" * 100_000 + b"\n" + b"x" * 40
    with pytest.raises(
        AssessmentFileError,
        match=r"deep\.readiness-encrypted: is a password-"
        r"protected assessment file whose header",
    ):
        unseal(data, "password", "deep.readiness-encrypted")
