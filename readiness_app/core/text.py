"""Small text helpers used by every layer: suggestions, percentages, scores, file names."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from readiness_app.core.i18n import T_

# Letters that Unicode does not decompose into an ASCII letter plus accents.
_NO_DECOMPOSITION = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ı": "i", "ŀ": "l", "Ŀ": "L",
})
_WORD = re.compile(r"[A-Za-z0-9]+")
# Characters that change how text looks without being seen: bidirectional controls (an
# override can make "exe.txt" read "txt.exe") and zero-width characters.
INVISIBLE_CHARS = (
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")
# Control characters (C0 but tab and newline, DEL, C1), the invisible ones, and lone
# surrogates (a "\\ud800" escape in JSON or YAML: no character, and no UTF-8 output takes it).
_SURROGATES = "\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{INVISIBLE_CHARS}{_SURROGATES}]")
_UNSAFE_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{INVISIBLE_CHARS}{_SURROGATES}]")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or "" when none is close."""
    close = closest(word, choices)
    return f" (did you mean '{close}'?)" if close is not None else ""


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The one of ``choices`` closest to ``word`` (a likely typing slip), or None."""
    import difflib  # imported when a message needs it: every command imports this module

    close = difflib.get_close_matches(word, list(choices), n=1)
    return close[0] if close else None


def percent(share: float) -> str:
    """A share from 0 to 1 as a whole percentage; never rounds a part to 0% or 100%."""
    if 0 < share < 0.01:
        return "under 1%"
    if 0.99 < share < 1:
        return "over 99%"
    return f"{share * 100:.0f}%"


def score_text(score: float | None, missing: str = "-") -> str:
    """A 0-100 score for people, or ``missing`` when there is none.

    Whole points, rounded down, so the number shown never reaches a level the score has not
    (49.6 is shown as 49, not as 50 beside "Developing" when Established starts at 50).
    """
    return missing if score is None else str(math.floor(score))


def score_change(before: float | None, after: float | None) -> int | None:
    """The change between two scores as people see it: the difference of the whole points
    shown (:func:`score_text`), so "29 then, 36 now" is +7, never +6; None without both."""
    if before is None or after is None:
        return None
    return math.floor(after) - math.floor(before)


def to_ascii(text: str) -> str:
    """``text`` with accented letters as plain ASCII letters (Tŷ Café -> Ty Cafe).

    Letters that cannot be written in ASCII at all (other scripts) are left out.
    """
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
    return decomposed.encode("ascii", "ignore").decode("ascii")


def file_name_stem(text: str, fallback: str, limit: int = 60) -> str:
    """A safe, portable file-name stem: ASCII letters and digits joined by ``-``."""
    stem = "-".join(_WORD.findall(to_ascii(text)))[:limit].strip("-")
    return stem or fallback


def without_invisible(text: str) -> str:
    """``text`` without bidirectional controls and zero-width characters (see INVISIBLE_CHARS)."""
    return _INVISIBLE.sub("", text)


def unsafe_char(text: str, *, one_line: bool = False) -> str | None:
    """A description of the first control or invisible character in ``text``, or None.

    Tab and newline are allowed unless ``one_line``.
    """
    found = (_UNSAFE_ONE_LINE if one_line else _UNSAFE).search(text)
    if found is None:
        return None
    char = found.group()
    kind = (T_("an invisible character") if char in INVISIBLE_CHARS else
            T_("half of a character (a lone surrogate)") if "\ud800" <= char <= "\udfff" else
            T_("a control character"))
    return T_("{kind} (U+{code})", kind=kind, code=f"{ord(char):04X}")


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` safe for a terminal: control and invisible characters as escapes (``\\x1b``).

    Tab and newline are kept unless ``one_line``; backslashes are left as they are.
    """
    pattern = _UNSAFE_ONE_LINE if one_line else _UNSAFE
    return pattern.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
