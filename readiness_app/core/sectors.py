"""The firm's sector as a UK SIC 2007 section (A to U), with the owner's own words as detail.

The 21 sections and their titles are those of the UK Standard Industrial Classification of
Economic Activities 2007 (Office for National Statistics; "UK SIC 2007 ... is divided into 21
sections, each denoted by a single letter from A to U"). Sources, checked 2026-11-29:
https://www.ons.gov.uk/methodology/classificationsandstandards/ukstandardindustrialclassificationofeconomicactivities/operation2007
and https://www.gov.scot/Topics/Statistics/Browse/Business/SourcesandSuitability/SIC2007 .

Older libraries and files hold only free text ("Retail (motor trade)"). :func:`section_for`
maps such text to a section when a small keyword table makes it unambiguous, so "Retail" and
"Retail (motor trade)" both group under G; otherwise it returns None and the text is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from readiness_app.core.i18n import N_, T_

SOURCE = ("ONS, UK Standard Industrial Classification of Economic Activities 2007 "
          "(UK SIC 2007), sections A to U")
CHECKED = "2026-11-29"


@dataclass(frozen=True, slots=True)
class Section:
    """One UK SIC 2007 section: its letter and official title (an ``N_`` text: the Welsh is
    in the code's catalogue)."""

    code: str
    title: str

    @property
    def label(self) -> str:
        """``"G: Wholesale and retail trade; ..."``, for lists."""
        return f"{self.code}: {self.title}"


SECTIONS: tuple[Section, ...] = (
    Section("A", N_("Agriculture, forestry and fishing")),
    Section("B", N_("Mining and quarrying")),
    Section("C", N_("Manufacturing")),
    Section("D", N_("Electricity, gas, steam and air conditioning supply")),
    Section("E", N_("Water supply; sewerage, waste management and remediation activities")),
    Section("F", N_("Construction")),
    Section("G", N_("Wholesale and retail trade; repair of motor vehicles and motorcycles")),
    Section("H", N_("Transportation and storage")),
    Section("I", N_("Accommodation and food service activities")),
    Section("J", N_("Information and communication")),
    Section("K", N_("Financial and insurance activities")),
    Section("L", N_("Real estate activities")),
    Section("M", N_("Professional, scientific and technical activities")),
    Section("N", N_("Administrative and support service activities")),
    Section("O", N_("Public administration and defence; compulsory social security")),
    Section("P", N_("Education")),
    Section("Q", N_("Human health and social work activities")),
    Section("R", N_("Arts, entertainment and recreation")),
    Section("S", N_("Other service activities")),
    Section("T", N_("Activities of households as employers; undifferentiated goods- and "
                    "services-producing activities of households for own use")),
    Section("U", N_("Activities of extraterritorial organisations and bodies")),
)
BY_CODE: Mapping[str, Section] = MappingProxyType({s.code: s for s in SECTIONS})

# Words (or word starts, ending in "*") that place free text in one section. Text whose
# words point at two sections, or at none, is left unclassified.
KEYWORDS: Mapping[str, str] = MappingProxyType({
    "agricultur*": "A", "farm*": "A", "forestry": "A", "fishing": "A", "horticultur*": "A",
    "mining": "B", "quarry*": "B",
    "manufactur*": "C", "joinery": "C", "bakery": "C", "brewery": "C", "brewing": "C",
    "engineering": "C", "printing": "C", "fabrication": "C",
    "energy": "D", "electricity": "D",
    "waste": "E", "recycling": "E", "water": "E",
    "construction": "F", "builder*": "F", "building": "F", "plumb*": "F", "roofing": "F",
    "electrician*": "F",
    "retail*": "G", "shop": "G", "shops": "G", "wholesale*": "G", "motor": "G",
    "garage": "G",
    "transport*": "H", "logistics": "H", "haulage": "H", "courier*": "H", "storage": "H",
    "taxi*": "H",
    "hospitality": "I", "cafe*": "I", "restaurant*": "I", "hotel*": "I", "pub": "I",
    "catering": "I", "takeaway": "I", "accommodation": "I",
    "software": "J", "digital": "J", "publishing": "J", "media": "J", "telecom*": "J",
    "it": "J",
    "finance": "K", "financial": "K", "insurance": "K", "bank*": "K",
    "estate": "L", "property": "L", "letting*": "L",
    "accountan*": "M", "legal": "M", "solicitor*": "M", "architect*": "M",
    "consultan*": "M", "marketing": "M", "design": "M", "veterinary": "M",
    "cleaning": "N", "security": "N", "recruitment": "N", "travel": "N",
    "education": "P", "school*": "P", "training": "P", "tutor*": "P", "nursery": "P",
    "health*": "Q", "care": "Q", "dental": "Q", "pharmacy": "Q", "clinic": "Q",
    "arts": "R", "entertainment": "R", "recreation": "R", "sport*": "R", "gym": "R",
    "leisure": "R",
    "hairdress*": "S", "beauty": "S", "salon": "S", "repair": "S", "charity": "S",
})
_WORD = re.compile(r"[a-z]+")


def section_for(text: str) -> str | None:
    """The SIC section free text names unambiguously (``"Retail (motor trade)"`` -> G).

    A section letter or label itself (``"G"``, ``"G: Wholesale..."``) is read as that
    section; None when no keyword matches or keywords point at different sections.
    """
    stripped = text.strip()
    if stripped[:1].upper() in BY_CODE and (len(stripped) == 1 or stripped[1:2] == ":"):
        return stripped[0].upper()
    found = {section for word in _words(stripped) if (section := _keyword(word))}
    if "G" in found and found <= {"G", "S"}:
        return "G"  # "motor repair": repair of motor vehicles is in G
    return found.pop() if len(found) == 1 else None


def check_section(code: str | None) -> str | None:
    """``code`` as stored (an upper-case letter A to U; None when empty); ValueError when it
    is not a section."""
    if code is None or not code.strip():
        return None
    letter = code.strip().upper()
    if letter not in BY_CODE:
        raise ValueError(T_("'{code}' is not a UK SIC 2007 section (a letter from A to U)",
                            code=code))
    return letter


def section_title(code: str | None) -> str:
    """The section's title; empty for None or an unknown code."""
    section = BY_CODE.get(code or "")
    return section.title if section else ""


def _words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return _WORD.findall(plain)


def _keyword(word: str) -> str | None:
    exact = KEYWORDS.get(word)
    if exact is not None:
        return exact
    for key, section in KEYWORDS.items():
        if key.endswith("*") and word.startswith(key[:-1]):
            return section
    return None
