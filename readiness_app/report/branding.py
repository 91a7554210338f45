"""Branding on the report: organisation name, colours and logo, replaceable by a growth hub.

A branding file is JSON::

    {"organisation": "Anytown Growth Hub", "tagline": "...", "primary_colour": "#1F4E79",
     "accent_colour": "#E3A21A", "logo": "logo.png", "contact": "01234 567890",
     "website": "https://example.org",
     "organisation_cy": "Hwb Twf Anytown", "tagline_cy": "..."}

``organisation_cy`` and ``tagline_cy`` (optional) are the Welsh forms, used on a plan made in
Welsh; without them the Welsh plan shows ``organisation`` and ``tagline`` as they are.
``logo`` is a PNG or JPEG file next to the branding file (or null). Every problem in the
file is reported at once, naming the file.

The JSON is read strictly (no duplicate keys, no NaN, no absurd numbers or nesting; colours
exactly ``#RRGGBB``; no control or invisible characters in texts). The logo is read once: its
size in pixels is checked from the file's header before anything is decoded (at most
``MAX_LOGO_SIDE`` pixels a side and ``MAX_LOGO_PIXELS`` in all), then it is decoded, scaled
down to at most ``LOGO_SIDE`` pixels on its long side and kept in memory as PNG bytes: the
PDF embeds that copy, so it does not depend on where the logo file is or what it holds later.
"""

from __future__ import annotations

import io
import re
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from readiness_app import resources
from readiness_app.core.errors import InputFileError, Problem
from readiness_app.core.files import read_limited
from readiness_app.core.i18n import T_
from readiness_app.core.strict_json import read_strict_json
from readiness_app.core.text import unsafe_char

MAX_BRANDING_BYTES = 64 * 1024
MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_SIDE = 4000  # pixels on either side of the logo file
MAX_LOGO_PIXELS = 16_000_000
LOGO_SIDE = 600  # the long side of the copy embedded in the PDF
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_FIELDS = {"organisation", "tagline", "primary_colour", "accent_colour", "logo", "contact",
           "website", "organisation_cy", "tagline_cy"}
#: The Welsh form of each text field that may have one (the key in the file).
WELSH_FIELDS = {"organisation": "organisation_cy", "tagline": "tagline_cy"}


class BrandingError(InputFileError):
    """A branding file cannot be used."""


@dataclass(frozen=True, slots=True)
class Logo:
    """A checked logo, scaled down: PNG bytes and their size in pixels."""

    data: bytes
    width: int
    height: int
    source: str  # the file it came from, for messages


@dataclass(frozen=True, slots=True)
class Branding:
    """How the report looks and whose it is."""

    organisation: str
    tagline: str
    primary_colour: str
    accent_colour: str
    logo: Logo | None
    contact: str
    website: str
    organisation_cy: str = ""  # the Welsh forms, "" when the file gives none
    tagline_cy: str = ""

    def in_language(self, language: str) -> Branding:
        """The branding as a plan in ``language`` shows it: in Welsh, the Welsh forms where
        the file gives them."""
        if language != "cy":
            return self
        return replace(self, organisation=self.organisation_cy or self.organisation,
                       tagline=self.tagline_cy or self.tagline)


def default_branding_path() -> Path:
    """The branding file shipped with the app."""
    return resources.asset_path("branding/branding.json")


def load_branding(path: Path | None = None) -> Branding:
    """Read and check a branding file (the shipped one when ``path`` is None)."""
    path = path or default_branding_path()
    source = str(path)
    data = read_limited(path, MAX_BRANDING_BYTES, BrandingError)
    problems: list[Problem] = []
    raw = read_strict_json(data, source, T_("a branding file"), BrandingError)
    if not isinstance(raw, dict):
        raise BrandingError(source, [Problem(source, "", "must be a JSON object")])
    for key in sorted(set(raw) - _FIELDS):
        problems.append(Problem(source, str(key), "unknown field"))

    def text(key: str, required: bool = False, limit: int = 120) -> str:
        value = raw.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            problems.append(Problem(source, key, "must be text"))
            return ""
        if required and not value.strip():
            problems.append(Problem(source, key, "must not be empty"))
        if len(value) > limit:
            problems.append(Problem(source, key, f"must be at most {limit} characters"))
        elif (bad := unsafe_char(value, one_line=True)) is not None:
            problems.append(Problem(source, key, f"contains {bad}"))
        return value.strip()

    def colour(key: str) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or not _COLOUR.fullmatch(value):
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            problems.append(Problem(source, key, f"must be a colour like #1F4E79 (got {shown})"))
            return "#000000"
        return value

    organisation = text("organisation", required=True)
    tagline = text("tagline", limit=200)
    organisation_cy = text("organisation_cy")
    tagline_cy = text("tagline_cy", limit=200)
    if tagline_cy and not tagline:
        problems.append(Problem(source, "tagline_cy", "needs the English tagline too"))
    primary = colour("primary_colour")
    accent = colour("accent_colour")
    contact = text("contact")
    website = text("website", limit=300)
    if website and not website.startswith(("https://", "http://")):
        problems.append(Problem(source, "website", "must start with https://"))
    logo: Logo | None = None
    logo_name = raw.get("logo")
    if logo_name is not None:
        if not isinstance(logo_name, str) or "/" in logo_name or "\\" in logo_name \
                or logo_name.startswith(".") or unsafe_char(logo_name, one_line=True):
            problems.append(Problem(source, "logo", "must be the name of a file next to the "
                                                    "branding file"))
        else:
            logo, problem = _read_logo(path.parent / logo_name)
            if problem is not None:
                problems.append(Problem(source, "logo", problem))
    if problems:
        raise BrandingError(source, problems)
    return Branding(organisation, tagline, primary, accent, logo, contact, website,
                    organisation_cy, tagline_cy)


def _read_logo(logo: Path) -> tuple[Logo | None, str | None]:
    """The checked, scaled-down logo, or why it cannot be used (naming the file)."""
    try:
        data = read_limited(logo, MAX_LOGO_BYTES, BrandingError)
    except BrandingError as exc:
        return None, f"{logo}: {exc.problems[0].message}"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        size = _png_size(data)
    elif data.startswith(b"\xff\xd8\xff"):
        size = _jpeg_size(data)
    else:
        return None, f"{logo} is not a PNG or JPEG image"
    if size is None or min(size) < 1:
        return None, f"{logo} cannot be read as an image: its header is damaged"
    width, height = size
    if max(width, height) > MAX_LOGO_SIDE or width * height > MAX_LOGO_PIXELS:
        return None, (f"{logo} is {width:,} x {height:,} pixels; a logo may be at most "
                      f"{MAX_LOGO_SIDE:,} pixels a side and {MAX_LOGO_PIXELS:,} pixels in all "
                      f"(it is shown about {LOGO_SIDE} pixels wide at most)")
    try:
        return _scaled(data, logo, size), None
    except Exception as exc:  # Pillow raises many kinds for damaged data; all mean the same
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        return None, f"{logo} cannot be read as an image ({reason})"


def _scaled(data: bytes, logo: Path, size: tuple[int, int]) -> Logo:
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=("PNG", "JPEG")) as image:
        if image.size != size:
            raise ValueError("the header and the image disagree about its size")
        image.draft("RGB", (LOGO_SIDE, LOGO_SIDE))  # JPEG: decode at a smaller scale
        image.load()
        alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        picture = image.convert("RGBA" if alpha else "RGB")
    picture.thumbnail((LOGO_SIDE, LOGO_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=False)
    return Logo(out.getvalue(), picture.width, picture.height, str(logo))


def _png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the PNG's IHDR chunk (the first chunk), or None."""
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                  0xCF})


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the JPEG's first start-of-frame marker, or None."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if marker in _SOF:
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5:at + 9])
            return int(width), int(height)
        if length < 2:
            return None
        at += 2 + length
    return None
