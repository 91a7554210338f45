"""Fonts for the PDF: DejaVu Sans, which covers Welsh (ŵ ŷ) and other accented letters.

reportlab's built-in fonts (Helvetica and the bundled Vera) lack ŵ and ŷ, so the report
never uses them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from readiness_app import resources

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    REGULAR: "fonts/DejaVuSans.ttf",
    BOLD: "fonts/DejaVuSans-Bold.ttf",
    ITALIC: "fonts/DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "fonts/DejaVuSans-BoldOblique.ttf",
}


_ASTRAL_ENTRY = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


def _utf16_cmap(original: Callable[[str, Sequence[int]], str]
                ) -> Callable[[str, Sequence[int]], str]:
    """Wrap reportlab's ToUnicode CMap writer so characters beyond U+FFFF (most emoji)
    are written as UTF-16 surrogate pairs, as the PDF format requires. reportlab writes
    them as five hex digits, so text extraction and copy-paste turned 😀 into another
    character even though the right glyph was drawn."""

    def fixed(fontname: str, subset: Sequence[int]) -> str:
        return _ASTRAL_ENTRY.sub(
            lambda m: f"<{m[1]}> <{chr(int(m[2], 16)).encode('utf-16-be').hex().upper()}>",
            original(fontname, subset),
        )

    fixed.fixes_astral = True  # type: ignore[attr-defined]
    return fixed


def register_fonts() -> None:
    """Register the report fonts with reportlab (safe to call more than once)."""
    if not getattr(ttfonts.makeToUnicodeCMap, "fixes_astral", False):
        ttfonts.makeToUnicodeCMap = _utf16_cmap(ttfonts.makeToUnicodeCMap)
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, asset in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resources.asset_path(asset))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
