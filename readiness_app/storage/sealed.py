"""Password-protected ``.readiness`` files: authenticated encryption with a memory-hard key.

A sealed file is one line of clear header, then the encrypted assessment file::

    READINESS-ENCRYPTED 1 {"kdf": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": "...",
                           "nonce": "..."}\\n
    <AES-256-GCM ciphertext and tag of the .readiness JSON>

The key comes from the password through scrypt (memory-hard: 32 MiB with these settings)
with a random 16-byte salt; AES-GCM (from the ``cryptography`` library) with a random 12-byte
nonce authenticates the content and the header line, so a wrong password and a changed file
are both refused, never half-read. The file is recognised by its header whatever its name;
the app names the files it writes ``*.readiness-encrypted``.
"""

from __future__ import annotations

import base64
import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

from readiness_app.core.errors import AssessmentFileError, InputFileError, ReadinessError
from readiness_app.core.i18n import T_
from readiness_app.core.strict_json import read_strict_json

MAGIC = b"READINESS-ENCRYPTED 1 "
SEALED_SUFFIX = ".readiness-encrypted"
MAX_PASSWORD_FILE_BYTES = 4096
PASSWORD_WAIT_SECONDS = 10  # the longest a password given through a pipe is waited for
OVERHEAD = 1024  # the most a sealed file may add to the content (header line and tag)
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
_MAX_N = 2**20  # the most work a file may ask for (a hostile header must not exhaust memory)


class PasswordError(ReadinessError):
    """A password file that cannot be used; the message names it."""


def is_sealed(data: bytes) -> bool:
    """True when ``data`` starts with the sealed-file header."""
    return data.startswith(MAGIC)


def read_password_file(path: Path) -> str:
    """The password: the file's first line (without its line ending); PasswordError if none."""
    try:
        raw = _password_bytes(path)
    except OSError as exc:
        raise PasswordError(T_("{path}: cannot read the password file ({reason})", path=path,
                               reason=exc.strerror or exc)) from None
    if len(raw) > MAX_PASSWORD_FILE_BYTES:
        raise PasswordError(T_("{path}: the password file is longer than {limit} bytes; put "
                               "the password on its first line only", path=path,
                               limit=MAX_PASSWORD_FILE_BYTES))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PasswordError(T_("{path}: the password file is not UTF-8 text",
                               path=path)) from None
    lines = text.splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise PasswordError(T_("{path}: the password file's first line is empty", path=path))
    return password


def _password_bytes(path: Path) -> bytes:
    """At most ``MAX_PASSWORD_FILE_BYTES + 1`` bytes of the password file. A pipe (``<(pass
    show x)``) is read as its writer writes, but never waited on for more than
    ``PASSWORD_WAIT_SECONDS``, nor at all when nobody has it open to write."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb", buffering=0) as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        if not stat.S_ISFIFO(mode):
            return handle.read(MAX_PASSWORD_FILE_BYTES + 1) or b""
        import select
        import time

        deadline = time.monotonic() + PASSWORD_WAIT_SECONDS
        raw = b""
        while len(raw) <= MAX_PASSWORD_FILE_BYTES:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError(errno.ETIMEDOUT, "nothing was written to it")
            try:
                chunk = os.read(fd, MAX_PASSWORD_FILE_BYTES + 1 - len(raw))
            except BlockingIOError:
                continue
            if not chunk:  # the writer closed it (or there never was one)
                break
            raw += chunk
        return raw


def _need_cryptography(source: str | None = None) -> None:
    """An error (naming ``source`` when given) if the ``cryptography`` package is missing."""
    try:
        import cryptography  # noqa: F401
    except ImportError:
        why = T_("password-protected files need the 'cryptography' package, which this "
                 "installation of the app does not have")
        if source is not None:
            raise AssessmentFileError.single(
                source, T_("cannot be opened: {why}", why=why)) from None
        raise PasswordError(why) from None


def _key(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def seal(content: bytes, password: str) -> bytes:
    """``content`` encrypted with ``password`` (header line, then ciphertext)."""
    _need_cryptography()
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    params: dict[str, Any] = {"kdf": "scrypt", **_SCRYPT,
                              "salt": base64.b64encode(salt).decode("ascii"),
                              "nonce": base64.b64encode(nonce).decode("ascii")}
    header = MAGIC + json.dumps(params, sort_keys=True).encode("ascii") + b"\n"
    key = _key(password, salt, _SCRYPT["n"], _SCRYPT["r"], _SCRYPT["p"])
    return header + AESGCM(key).encrypt(nonce, content, header)


def unseal(data: bytes, password: str, source: str) -> bytes:
    """The content of a sealed file; AssessmentFileError naming ``source`` when the header
    is damaged or the password is wrong (or the file was changed)."""
    _need_cryptography(source)
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    end = data.find(b"\n")
    if not is_sealed(data) or end < 0:
        raise AssessmentFileError.single(source,
                                         T_("is not a password-protected assessment file"))
    header = data[: end + 1]
    try:
        params = read_strict_json(header[len(MAGIC):], source, T_("a sealed file's header"))
        salt = base64.b64decode(params["salt"], validate=True)
        nonce = base64.b64decode(params["nonce"], validate=True)
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        if params["kdf"] != "scrypt" or len(salt) < 8 or len(nonce) != 12:
            raise ValueError("unknown settings")
        if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("settings out of range")
    except (InputFileError, ValueError, KeyError, TypeError):
        raise AssessmentFileError.single(
            source, T_("is a password-protected assessment file whose header is damaged; "
                       "ask for the file again")) from None
    try:
        return AESGCM(_key(password, salt, n, r, p)).decrypt(nonce, data[end + 1:], header)
    except InvalidTag:
        raise AssessmentFileError.single(
            source, T_("could not be opened: the password is wrong, or the file was changed "
                       "after it was protected")) from None
