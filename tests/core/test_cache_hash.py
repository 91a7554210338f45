"""The cache keys' hash is BLAKE2b-256 with or without Python's own BLAKE2 module."""

from __future__ import annotations

import hashlib
import importlib
import sys

import pytest

from readiness_app.core import cache_hash


def test_it_is_blake2b_256_whichever_module_gives_it(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = hashlib.blake2b(b"quick_check.yaml\0data", digest_size=32).hexdigest()
    assert cache_hash.cache_hash(b"quick_check.yaml\0data").hexdigest() == expected
    monkeypatch.setitem(sys.modules, "_blake2", None)  # a Python without it: hashlib's
    fallback = importlib.reload(cache_hash)
    try:
        digest = fallback.cache_hash(b"quick_check.yaml\0")
        digest.update(b"data")
        assert digest.hexdigest() == expected
    finally:
        monkeypatch.undo()
        importlib.reload(cache_hash)


def test_different_bytes_give_different_keys() -> None:
    assert cache_hash.cache_hash(b"a").digest() != cache_hash.cache_hash(b"b").digest()
