"""Branding on the report: organisation name, colours and logo, replaceable by a growth hub.

A branding file is JSON::

    {"organisation": "Anytown Growth Hub", "tagline": "...", "primary_colour": "#1F4E79",
     "accent_colour": "#E3A21A", "logo": "logo.png", "contact": "01234 567890",
     "website": "https://example.org"}

``logo`` is a PNG or JPEG file next to the branding file (or null). Every problem in the
file is reported at once, naming the file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readiness_app import resources
from readiness_app.core.errors import InputFileError, Problem
from readiness_app.core.files import read_limited

MAX_BRANDING_BYTES = 64 * 1024
MAX_LOGO_BYTES = 2 * 1024 * 1024
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_FIELDS = {"organisation", "tagline", "primary_colour", "accent_colour", "logo", "contact",
           "website"}


class BrandingError(InputFileError):
    """A branding file cannot be used."""


@dataclass(frozen=True, slots=True)
class Branding:
    """How the report looks and whose it is."""

    organisation: str
    tagline: str
    primary_colour: str
    accent_colour: str
    logo: Path | None
    contact: str
    website: str


def default_branding_path() -> Path:
    """The branding file shipped with the app."""
    return resources.asset_path("branding/branding.json")


def load_branding(path: Path | None = None) -> Branding:
    """Read and check a branding file (the shipped one when ``path`` is None)."""
    path = path or default_branding_path()
    source = str(path)
    data = read_limited(path, MAX_BRANDING_BYTES, BrandingError)
    problems: list[Problem] = []
    try:
        raw: Any = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BrandingError(source, [Problem(source, "", f"is not valid JSON: {exc}")]) from None
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
        return value.strip()

    def colour(key: str) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or not _COLOUR.match(value):
            problems.append(Problem(source, key, f"must be a colour like #1F4E79 (got {value!r})"))
            return "#000000"
        return value

    organisation = text("organisation", required=True)
    tagline = text("tagline", limit=200)
    primary = colour("primary_colour")
    accent = colour("accent_colour")
    contact = text("contact")
    website = text("website", limit=300)
    if website and not website.startswith(("https://", "http://")):
        problems.append(Problem(source, "website", "must start with https://"))
    logo: Path | None = None
    logo_name = raw.get("logo")
    if logo_name is not None:
        if not isinstance(logo_name, str) or "/" in logo_name or "\\" in logo_name \
                or logo_name.startswith("."):
            problems.append(Problem(source, "logo", "must be the name of a file next to the "
                                                    "branding file"))
        else:
            logo = path.parent / logo_name
            problems.extend(_check_logo(source, logo))
    if problems:
        raise BrandingError(source, problems)
    return Branding(organisation, tagline, primary, accent, logo, contact, website)


def _check_logo(source: str, logo: Path) -> list[Problem]:
    try:
        head = read_limited(logo, MAX_LOGO_BYTES, BrandingError)
    except BrandingError as exc:
        return [Problem(source, "logo", f"{logo}: {exc.problems[0].message}")]
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        return [Problem(source, "logo", f"{logo} is not a PNG or JPEG image")]
    return []
