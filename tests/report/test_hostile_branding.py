"""Branding files and logos against hostile input (issue 13, items 4 and 9): bombs, damaged
images and odd JSON are refused with the file named; a usable logo is scaled down and the
PDF holds the scaled copy."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from readiness_app.core.assessment_file import read_assessment_bytes
from readiness_app.report.branding import BrandingError, load_branding
from readiness_app.services.catalogue import load_catalogue
from readiness_app.services.plan_pdf import make_plan_pdf

ROOT = Path(__file__).parents[2]
CAFE = ROOT / "tests" / "data" / "assessments" / "cafe_quick_check.readiness"
TODAY = dt.date(2026, 11, 23)


def _branding(folder: Path, logo: str | None = None, **fields: object) -> Path:
    data: dict[str, object] = {"organisation": "Anytown Hub", "primary_colour": "#1F4E79",
                               "accent_colour": "#E3A21A", "logo": logo}
    data.update(fields)
    path = folder / "branding.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a size; its pixel data is a few hundred bytes of zeros."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    idat = zlib.compress(b"\0" * 4096, 9)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat)
            + _chunk(b"IEND", b""))


def _jpeg_claiming(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "#336699").save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.find(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@pytest.mark.parametrize(("name", "content"), [
    ("bomb.png", _png_header_only(13000, 13000)),
    ("huge.png", _png_header_only(30000, 30000)),
    ("wide.png", _png_header_only(100_000, 10)),
    ("bomb.jpg", _jpeg_claiming(20000, 20000)),
], ids=["13000px", "30000px", "100000-wide", "jpeg-20000px"])
def test_logos_too_large_in_pixels_are_refused_before_decoding(tmp_path: Path, name: str,
                                                               content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(BrandingError) as info:
        load_branding(_branding(tmp_path, name))
    message = str(info.value)
    assert name in message and "pixels" in message


def _real_png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#AA3300").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "content"), [
    ("cut.png", _real_png(300, 200)[:200]),
    ("cut.jpg", _jpeg_claiming(16, 16)[:120]),
    ("garbage.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 300),
    ("noise.jpg", b"\xff\xd8\xff" + b"\x13" * 500),
    ("zero.png", _png_header_only(0, 0)),
], ids=["cut-png", "cut-jpeg", "garbage-png", "noise-jpeg", "zero-size"])
def test_damaged_logos_are_refused_with_the_file_named(tmp_path: Path, name: str,
                                                       content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(BrandingError) as info:
        load_branding(_branding(tmp_path, name))
    assert name in str(info.value) and "logo" in str(info.value)


def test_a_large_logo_is_scaled_down_and_embedded_from_memory(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(_real_png(3000, 1500))
    branding = load_branding(_branding(tmp_path, "logo.png"))
    assert branding.logo is not None
    with Image.open(io.BytesIO(branding.logo.data)) as image:
        assert max(image.size) <= 600 and image.size == (600, 300)


def test_pdf_bytes_do_not_depend_on_where_the_logo_is(tmp_path: Path) -> None:
    catalogue = load_catalogue()
    assessment, questionnaire = read_assessment_bytes(CAFE.read_bytes(), str(CAFE),
                                                      catalogue.find)
    pdfs = []
    for folder in ("one", "two"):
        place = tmp_path / folder
        place.mkdir()
        (place / "logo.png").write_bytes(_real_png(900, 900))
        branding = load_branding(_branding(place, "logo.png"))
        (place / "logo.png").unlink()  # the PDF needs only what was checked
        pdfs.append(make_plan_pdf(questionnaire, assessment, today=TODAY, branding=branding,
                                  deterministic=True))
    assert pdfs[0] == pdfs[1]
    widths = [int(w) for w in re.findall(rb"/Width (\d+)", pdfs[0])]
    assert widths and max(widths) <= 600


# --------------------------------------------------------------------------- the JSON (item 9)


@pytest.mark.parametrize(("content", "words"), [
    ("[" * 30000 + "]" * 30000, "nested"),
    ('{"organisation": "Hub", "primary_colour": "#1F4E79", "accent_colour": "#E3A21A", '
     '"contact": ' + "9" * 5000 + "}", "5,000 digits"),
    ('{"organisation": "Hub", "organisation": "Other", "primary_colour": "#1F4E79", '
     '"accent_colour": "#E3A21A"}', "twice"),
    ('{"organisation": "Hub", "primary_colour": "#1F4E79\\n", "accent_colour": "#E3A21A"}',
     "primary_colour"),
    ('{"organisation": "Hub\\u001b[2J", "primary_colour": "#1F4E79", '
     '"accent_colour": "#E3A21A"}', "organisation"),
    ('{"organisation": "Hub", "tagline": "a\\u202eb", "primary_colour": "#1F4E79", '
     '"accent_colour": "#E3A21A"}', "tagline"),
    ('{"organisation": "Hub", "primary_colour": "#1F4E79", "accent_colour": NaN}',
     "NaN"),
], ids=["deep", "huge-int", "duplicate", "colour-newline", "escape", "bidi", "nan"])
def test_odd_branding_json_is_refused_clearly(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "branding.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BrandingError) as info:
        load_branding(path)
    assert str(info.value).startswith(f"{path}:") and words in str(info.value)
