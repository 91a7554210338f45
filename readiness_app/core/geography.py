"""Where a firm is: postcode or authority name -> local authority district, region and nation.

Three ways in, most exact first:

* a **full postcode** is looked up in the full-postcode index (ONS Postcode Directory): the
  answer is exact;
* an **outward code** alone (or a full postcode the index does not know) uses the district
  table. About half of all districts reach into more than one authority; the match then lists
  every candidate with its share of the district's postcodes, and asks for confirmation when
  the main authority holds less than 95% of them;
* a **local authority name** (or ONS code) when no postcode is given, matched without regard
  to case, accents, "&"/"and", "St."/"Saint" or words such as "Council" and "Borough".

:meth:`Geography.load` reads the files in ``assets/geography`` (see ``assets/README.md``);
the full-postcode index is optional, and without it full postcodes fall back to districts.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from types import MappingProxyType

from readiness_app.core.errors import AreaError, GeographyDataError, PostcodeError, Problem
from readiness_app.core.files import read_limited
from readiness_app.core.i18n import T_
from readiness_app.core.postcode_index import PostcodeIndex
from readiness_app.core.postcodes import Postcode, parse_postcode
from readiness_app.core.text import percent

#: Below this share of a district's postcodes the main authority must be confirmed.
CONFIRM_BELOW = 0.95
MAX_NAME_LENGTH = 100
MAX_METADATA_BYTES = 1024 * 1024

AUTHORITIES_FILE = "local_authorities.csv"
REGIONS_FILE = "regions.csv"
DISTRICTS_FILE = "postcode_districts.csv"
INDEX_FILE = "postcode_lad.bin"
#: Welsh names of the Welsh authorities (lad_code,name_cy); optional.
WELSH_NAMES_FILE = "local_authority_names_cy.csv"
METADATA_FILE = "metadata.json"

NATION_CODES = {
    "E92000001": "England",
    "W92000004": "Wales",
    "S92000003": "Scotland",
    "N92000002": "Northern Ireland",
}
#: ONS codes wider than one nation, with the nations inside them.
MULTI_NATION_CODES: Mapping[str, frozenset[str]] = MappingProxyType({
    "K02000001": frozenset(NATION_CODES),  # United Kingdom
    "K03000001": frozenset({"E92000001", "W92000004", "S92000003"}),  # Great Britain
    "K04000001": frozenset({"E92000001", "W92000004"}),  # England and Wales
})

_LA_COLUMNS = ("lad_code", "lad_name", "official_name", "region_code", "region_name",
               "country_code", "country_name")
_DISTRICT_COLUMNS = ("postcode_district", "rank", "lad_code", "postcodes")
_LAD_CODE = re.compile(r"[EWSN]\d{8}")
#: Other names people use: Welsh and Gaelic names, and common short forms.
ALIASES: Mapping[str, str] = MappingProxyType({
    "Na h-Eileanan Siar": "S12000013", "Western Isles": "S12000013",
    "Ynys Môn": "W06000001", "Anglesey": "W06000001", "Sir Ddinbych": "W06000004",
    "Sir y Fflint": "W06000005", "Wrecsam": "W06000006", "Sir Benfro": "W06000009",
    "Sir Gaerfyrddin": "W06000010", "Sir Gâr": "W06000010", "Abertawe": "W06000011",
    "Castell-nedd Port Talbot": "W06000012", "Pen-y-bont ar Ogwr": "W06000013",
    "Bro Morgannwg": "W06000014", "Caerdydd": "W06000015", "Rhondda Cynon Taf": "W06000016",
    "Caerffili": "W06000018", "Tor-faen": "W06000020", "Sir Fynwy": "W06000021",
    "Casnewydd": "W06000022", "Merthyr Tudful": "W06000024", "Hull": "E06000010",
})
_DIGIT_FOR = {"O": "0", "I": "1"}
_NAME_NOISE = frozenset({"council", "borough", "district", "county", "city", "of", "the",
                         "metropolitan", "royal", "and", "mbc", "unitary", "authority"})


@dataclass(frozen=True, slots=True)
class Area:
    """A region or nation: ONS code and name."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class LocalAuthority:
    """A local authority district (LAD) with the region and nation it lies in."""

    code: str
    name: str
    official_name: str
    region: Area  # the English region, or the nation itself outside England
    nation: Area
    la_type: str = ""
    county_name: str = ""
    combined_authority: str = ""
    name_cy: str = ""  # the Welsh name, for the Welsh authorities (Sir Gaerfyrddin)

    def name_in(self, language: str) -> str:
        """The name to show in ``language``: the Welsh one in Welsh where there is one."""
        return self.name_cy if language == "cy" and self.name_cy else self.name


@dataclass(frozen=True, slots=True)
class Candidate:
    """One authority a postcode district reaches into, with its share of the postcodes."""

    authority: LocalAuthority
    share: float
    postcodes: int


class MatchMethod(Enum):
    """How the authority was found."""

    POSTCODE = "postcode"  # exact: the full postcode is in the postcode index
    DISTRICT = "district"  # from the outward code: may need confirming
    NAME = "authority_name"  # chosen by name or code


@dataclass(frozen=True, slots=True)
class AreaMatch:
    """The answer to "where is this firm?"."""

    method: MatchMethod
    authority: LocalAuthority  # the best answer (the main authority of a split district)
    candidates: tuple[Candidate, ...]  # every authority it could be, most likely first
    postcode: Postcode | None = None
    needs_confirmation: bool = False
    note: str = ""

    @property
    def straddles(self) -> bool:
        """True when the district reaches into more than one authority."""
        return len(self.candidates) > 1

    @property
    def exact(self) -> bool:
        """True when the authority is certain (full postcode found, or chosen by name)."""
        return self.method is not MatchMethod.DISTRICT and not self.straddles


@dataclass(frozen=True)
class Geography:
    """Local authorities, the district table and (optionally) the full-postcode index."""

    authorities: Mapping[str, LocalAuthority]
    districts: Mapping[str, tuple[Candidate, ...]]
    index: PostcodeIndex | None = None
    vintage: str = ""
    attribution: tuple[str, ...] = ()
    _names: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = [(a.code, t) for a in self.authorities.values()
                 for t in (a.name, a.official_name, a.name_cy)]
        names += [(code, alias) for alias, code in ALIASES.items() if code in self.authorities]
        for code, text in names:
            key = _name_key(text)
            if key and code not in self._names.setdefault(key, []):
                self._names[key].append(code)

    # -- loading

    @classmethod
    def load(cls, folder: Path, *, use_postcode_index: bool = True) -> Geography:
        """Read the geography files in ``folder``; the postcode index is used when present."""
        authorities = _read_authorities(folder / AUTHORITIES_FILE)
        if (folder / WELSH_NAMES_FILE).is_file():
            for code, name in _read_welsh_names(folder / WELSH_NAMES_FILE, authorities).items():
                authorities[code] = replace(authorities[code], name_cy=name)
        districts = _read_districts(folder / DISTRICTS_FILE, authorities)
        index_path = folder / INDEX_FILE
        index = PostcodeIndex(index_path) if use_postcode_index and index_path.is_file() else None
        if index is not None:
            unknown = sorted(set(index.lads[1:]) - set(authorities))
            if unknown:
                raise _data_error(index_path, "uses local authority codes missing from "
                                  f"{AUTHORITIES_FILE}: {', '.join(unknown[:5])}")
        vintage, attribution = _read_metadata(folder / METADATA_FILE)
        return cls(MappingProxyType(authorities), MappingProxyType(districts), index,
                   vintage, attribution)

    @property
    def has_postcode_index(self) -> bool:
        """True when full postcodes can be matched exactly."""
        return self.index is not None

    # -- postcodes

    def locate(self, text: str) -> AreaMatch:
        """Parse a postcode (full or outward) and find its authority; raises PostcodeError."""
        return self.locate_postcode(parse_postcode(text))

    def locate_postcode(self, postcode: Postcode) -> AreaMatch:
        """The authority of a parsed postcode: exact for a known full postcode."""
        note = ""
        if postcode.inward is not None:
            if self.index is None:
                note = T_("exact postcode data is not installed, so the answer comes from "
                          "the district {district}", district=postcode.outward)
            else:
                code = self.index.lookup(postcode.outward, postcode.inward)
                if code:
                    authority = self.authorities[code]
                    return AreaMatch(MatchMethod.POSTCODE, authority,
                                     (Candidate(authority, 1.0, 1),), postcode)
                if code == "":
                    raise PostcodeError(
                        T_("{postcode} is a non-geographic postcode (a PO box or large-user "
                           "code) with no local authority; choose the local authority where "
                           "the business is based instead", postcode=str(postcode)),
                        reason="non_geographic")
                note = T_("{postcode} is not in the {data}; it may be new or mistyped, so the "
                          "answer comes from the district {district}", postcode=str(postcode),
                          data=self._vintage_words(), district=postcode.outward)
        return self._district_match(postcode, note)

    def _district_match(self, postcode: Postcode, note: str) -> AreaMatch:
        candidates = self.districts.get(postcode.outward)
        if not candidates:
            if self.index is not None and postcode.outward in self.index:
                raise PostcodeError(
                    T_("{district} holds only non-geographic postcodes (PO boxes and "
                       "large-user codes) with no local authority; choose the local authority "
                       "where the business is based instead", district=postcode.outward),
                    reason="non_geographic")
            likely = self._digit_for_letter(postcode)
            if likely is not None:
                guess, digit, letter = likely
                raise PostcodeError(
                    T_("there is no postcode district {district}; did you mean {postcode} (the "
                       "digit {digit}, not the letter {letter})?", district=postcode.outward,
                       postcode=guess, digit=digit, letter=letter), reason="not_found")
            raise PostcodeError(
                T_("there is no postcode district {district} in the {data}; check the "
                   "postcode, or choose the local authority by name instead",
                   district=postcode.outward, data=self._vintage_words()), reason="not_found")
        main = candidates[0]
        needs = len(candidates) > 1 and main.share < CONFIRM_BELOW
        if len(candidates) > 1:
            listed = ", ".join(f"{c.authority.name} ({percent(c.share)})" for c in candidates)
            split: str = T_("district {district} covers {count} local authorities: {listed}",
                            district=postcode.outward, count=len(candidates), listed=listed)
            if needs:
                split = T_("{split}; confirm the authority, or give the full postcode for an "
                           "exact answer", split=split)
            note = T_("{note}; {split}", note=note, split=split) if note else split
        return AreaMatch(MatchMethod.DISTRICT, main.authority, candidates, postcode, needs,
                         note)

    def _digit_for_letter(self, postcode: Postcode) -> tuple[str, str, str] | None:
        """The postcode with O read as 0 and I as 1 after the area letters ("CF1O" -> "CF10"),
        with the digit and letter swapped, when that names a real district; else None."""
        area = postcode.area
        rest = postcode.outward[len(area):]
        fixed = rest.replace("O", "0").replace("I", "1")
        if fixed == rest or area + fixed not in self.districts:
            return None
        letter = next(c for c, d in zip(rest, fixed, strict=True) if c != d)
        outward = area + fixed
        guess = outward if postcode.inward is None else f"{outward} {postcode.inward}"
        return guess, _DIGIT_FOR[letter], letter

    def _vintage_words(self) -> str:
        if self.vintage:
            return T_("postcode data ({vintage})", vintage=self.vintage)
        return T_("postcode data")

    # -- names

    def find_authorities(self, text: str) -> list[LocalAuthority]:
        """Authorities whose name or code matches ``text``, best first (may be empty)."""
        query = _checked_name(text)
        code = query.strip().upper()
        if code in self.authorities:
            return [self.authorities[code]]
        key = _name_key(query)
        if not key:
            return []
        if key in self._names:
            return [self.authorities[c] for c in self._names[key]]
        words = key.split()
        found: list[str] = []
        for name_key, codes in self._names.items():
            name_words = name_key.split()
            if _words_prefix(words, name_words):
                found.extend(c for c in codes if c not in found)
        if not found:
            for close in difflib.get_close_matches(key, list(self._names), n=5, cutoff=0.85):
                found.extend(c for c in self._names[close] if c not in found)
        return sorted((self.authorities[c] for c in found), key=lambda a: a.name)

    def locate_authority(self, text: str) -> AreaMatch:
        """The one authority named by ``text``; raises AreaError if none or several match."""
        found = self.find_authorities(text)
        if len(found) == 1:
            authority = found[0]
            return AreaMatch(MatchMethod.NAME, authority, (Candidate(authority, 1.0, 0),))
        shown = _shown(text)
        if not found:
            near = difflib.get_close_matches(_name_key(text), list(self._names), n=3,
                                             cutoff=0.6)
            near_names = sorted({self.authorities[c].name for k in near for c in self._names[k]})
            hint = f"; did you mean {' or '.join(near_names)}?" if near_names else \
                "; give the name of a UK local authority (council), such as Leeds or Fife"
            raise AreaError(f"no local authority matches '{shown}'{hint}")
        names = ", ".join(a.name for a in found[:8]) + (" …" if len(found) > 8 else "")
        raise AreaError(f"'{shown}' matches {len(found)} local authorities ({names}); "
                        "give more of the name")

    def confirm(self, match: AreaMatch, text: str) -> AreaMatch:
        """Settle a postcode match on the authority named by ``text``.

        The authority must be one the postcode can be in; raises AreaError otherwise.
        """
        chosen = self.locate_authority(text).authority
        for candidate in match.candidates:
            if candidate.authority.code == chosen.code:
                note = f"{chosen.name} confirmed by the user"
                if match.postcode is not None:
                    note = f"{chosen.name} confirmed for {match.postcode} by the user"
                return AreaMatch(MatchMethod.NAME, chosen, (Candidate(chosen, 1.0, 0),),
                                 match.postcode, False, note)
        where = str(match.postcode) if match.postcode is not None else "this place"
        allowed = " or ".join(c.authority.name for c in match.candidates)
        raise AreaError(f"{where} is not in {chosen.name}; it is in {allowed}")


# ----------------------------------------------------------------------------- reading


def _data_error(path: Path, message: str, line: int | None = None) -> GeographyDataError:
    return GeographyDataError(str(path), [Problem(str(path), "", message, line)])


def _read_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise _data_error(path, f"missing columns: {', '.join(missing)}", 1)
            return [(reader.line_num, row) for row in reader]
    except OSError as exc:
        raise _data_error(path, f"cannot be read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _data_error(path, f"is not a valid UTF-8 CSV file ({exc})") from None


def _read_authorities(path: Path) -> dict[str, LocalAuthority]:
    problems: list[Problem] = []
    result: dict[str, LocalAuthority] = {}
    for line, row in _read_rows(path, _LA_COLUMNS):
        code = row["lad_code"]
        if not _LAD_CODE.fullmatch(code) or code in result:
            problems.append(Problem(str(path), "lad_code", f"bad or repeated code {code!r}",
                                    line))
            continue
        if row["country_code"] not in NATION_CODES:
            problems.append(Problem(str(path), "country_code",
                                    f"unknown nation {row['country_code']!r}", line))
            continue
        result[code] = LocalAuthority(
            code=code,
            name=row["lad_name"],
            official_name=row["official_name"] or row["lad_name"],
            region=Area(row["region_code"], row["region_name"]),
            nation=Area(row["country_code"], row["country_name"]),
            la_type=row.get("la_type") or "",
            county_name=row.get("county_name") or "",
            combined_authority=row.get("cauth_name") or "",
        )
    if problems:
        raise GeographyDataError(str(path), problems)
    if not result:
        raise _data_error(path, "lists no local authorities")
    return result


def _read_districts(path: Path, authorities: Mapping[str, LocalAuthority]
                    ) -> dict[str, tuple[Candidate, ...]]:
    counts: dict[str, list[tuple[str, int]]] = {}
    problems: list[Problem] = []
    for line, row in _read_rows(path, _DISTRICT_COLUMNS):
        code = row["lad_code"]
        if code not in authorities:
            problems.append(Problem(str(path), "lad_code", f"unknown authority {code!r}", line))
            continue
        try:
            number = int(row["postcodes"])
        except ValueError:
            number = -1
        if number <= 0:
            problems.append(Problem(str(path), "postcodes", "must be a positive whole number",
                                    line))
            continue
        counts.setdefault(row["postcode_district"], []).append((code, number))
    if problems:
        raise GeographyDataError(str(path), problems[:50])
    result: dict[str, tuple[Candidate, ...]] = {}
    for district, pairs in counts.items():
        total = sum(n for _, n in pairs)
        ranked = sorted(pairs, key=lambda p: (-p[1], p[0]))
        result[district] = tuple(Candidate(authorities[c], n / total, n) for c, n in ranked)
    return result


def _read_metadata(path: Path) -> tuple[str, tuple[str, ...]]:
    if not path.is_file():
        return "", ()
    try:
        data = json.loads(read_limited(path, MAX_METADATA_BYTES, GeographyDataError))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _data_error(path, f"cannot be read as JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _data_error(path, "must be a JSON object")
    lines = data.get("attribution", [])
    if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
        raise _data_error(path, "attribution must be a list of texts")
    return str(data.get("vintage", "")), tuple(lines)


# ----------------------------------------------------------------------------- names


def _read_welsh_names(path: Path, authorities: Mapping[str, LocalAuthority]) -> dict[str, str]:
    """Welsh names by authority code; every problem is named with its line."""
    problems: list[Problem] = []
    names: dict[str, str] = {}
    for line, row in _read_rows(path, ("lad_code", "name_cy")):
        code, name = row["lad_code"], row["name_cy"].strip()
        if code not in authorities or code in names:
            problems.append(Problem(str(path), "lad_code", f"unknown or repeated code {code!r}",
                                    line))
        elif not name:
            problems.append(Problem(str(path), "name_cy", "is empty", line))
        else:
            names[code] = name
    if problems:
        raise GeographyDataError(str(path), problems)
    return names


def _checked_name(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise AreaError("no local authority given: type the name of the council area, such "
                        "as Leeds or Fife")
    if len(text) > MAX_NAME_LENGTH:
        raise AreaError(f"that name is {len(text):,} characters long; local authority names "
                        f"have fewer than {MAX_NAME_LENGTH}")
    if any(unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co"} for c in text):
        raise AreaError("the local authority name contains control characters")
    return text


def _name_key(text: str) -> str:
    """Lower-case words without accents, punctuation or filler: "St. Helens" -> "saint helens"."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = folded.replace("&", " and ").replace("'", "").replace("’", "")
    words = re.sub(r"[^a-z0-9]+", " ", folded).split()
    words = ["saint" if w in {"st", "saint"} else w for w in words]
    return " ".join(w for w in words if w not in _NAME_NOISE)


def _words_prefix(query: list[str], name: list[str]) -> bool:
    """True when the query words begin consecutive words of the name (in order)."""
    for start in range(len(name) - len(query) + 1):
        if all(name[start + i].startswith(q) for i, q in enumerate(query)):
            return True
    return False


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:40] + "…"


