"""The hash of the questionnaire cache's keys: BLAKE2b without loading OpenSSL.

A cache key needs a fast, strong hash of local files, not a particular algorithm. ``hashlib``
loads OpenSSL (``_hashlib``) when imported, 4-16 ms of every ``readiness-app`` command's
start on a busy machine; CPython's own BLAKE2 module (``_blake2``, the code behind
``hashlib.blake2b``) does not. Where a Python lacks it, ``hashlib`` gives the same hash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import blake2b
else:
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without its own BLAKE2: the same hash via OpenSSL
        from hashlib import blake2b

DIGEST_SIZE = 32  # 256 bits, as long as the SHA-256 keys it replaced


def cache_hash(data: bytes = b"") -> blake2b:
    """A new 256-bit BLAKE2b hash of ``data`` (``update`` adds more)."""
    return blake2b(data, digest_size=DIGEST_SIZE)
