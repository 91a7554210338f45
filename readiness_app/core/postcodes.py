"""Parse and normalise UK postcodes: a full postcode (``SW1A 1AA``) or its outward code (``SW1A``).

Parsing accepts any case and spacing, and full-width or non-breaking characters that normalise
to plain letters and digits. Anything else is refused with a :class:`PostcodeError` whose
message says what is wrong in plain words; the error's ``reason`` is ``invalid`` for text that
is not a postcode and ``out_of_scope`` for the Channel Islands, the Isle of Man, BFPO and
the overseas territories, which have postcodes but no UK local authority.

Whether a postcode exists is not decided here: that needs the data (see
:mod:`readiness_app.core.geography`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from readiness_app.core.errors import PostcodeError
from readiness_app.core.i18n import T_

#: Longest text we try to read as a postcode; anything longer is refused before any work.
MAX_INPUT_LENGTH = 40

#: The postcode areas (leading letters) of the UK's geographic postcodes, from the ONS
#: Postcode Directory (November 2025), less the Crown Dependencies.
UK_AREAS = frozenset({
    "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH",
    "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E",
    "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "HA", "HD", "HG", "HP", "HR", "HS", "HU",
    "HX", "IG", "IP", "IV", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU",
    "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH",
    "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP",
    "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA",
    "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
})

#: Postcode areas that hold only non-geographic postcodes (organisations' mail, such as HMRC's
#: BX postcodes and Royal Mail's XM4 5HQ): real postcodes, but no place and no authority.
NON_GEOGRAPHIC_AREAS = frozenset({"BX", "XM"})

_OUT_OF_SCOPE_AREAS = {
    "GY": "Guernsey (Channel Islands)",
    "JE": "Jersey (Channel Islands)",
    "IM": "the Isle of Man",
}

#: Single-postcode territories outside the UK that use UK-style postcodes.
_OVERSEAS = {
    "ASCN": "Ascension Island",
    "BBND": "the British Indian Ocean Territory",
    "BIQQ": "the British Antarctic Territory",
    "FIQQ": "the Falkland Islands",
    "GX11": "Gibraltar",
    "PCRN": "the Pitcairn Islands",
    "SIQQ": "South Georgia and the South Sandwich Islands",
    "STHL": "Saint Helena",
    "TDCU": "Tristan da Cunha",
    "TKCA": "the Turks and Caicos Islands",
}

_OUTWARD = re.compile(r"([A-Z]{1,2})([0-9])([0-9A-Z]?)")
_INWARD = re.compile(r"[0-9][A-Z]{2}")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_UNIT_LETTERS_NOT_USED = frozenset("CIKMOV")


@dataclass(frozen=True, slots=True)
class Postcode:
    """A parsed postcode: the outward code and, for a full postcode, the inward code."""

    outward: str
    inward: str | None = None

    @property
    def area(self) -> str:
        """The leading letters: ``SW`` for ``SW1A 1AA``."""
        return self.outward[:2] if self.outward[1:2].isalpha() else self.outward[:1]

    @property
    def district(self) -> str:
        """The outward code, which names the postcode district: ``SW1A``."""
        return self.outward

    @property
    def sector(self) -> str | None:
        """The outward code plus the inward digit (``SW1A 1``), for a full postcode."""
        return None if self.inward is None else f"{self.outward} {self.inward[0]}"

    @property
    def is_full(self) -> bool:
        """True when both parts were given, so the answer can be exact."""
        return self.inward is not None

    def __str__(self) -> str:
        return self.outward if self.inward is None else f"{self.outward} {self.inward}"


def normalise_postcode(text: str) -> str:
    """The canonical spelling of a postcode, ``SW1A 1AA`` or ``SW1A``; raises PostcodeError."""
    return str(parse_postcode(text))


def parse_postcode(text: str) -> Postcode:
    """Read a full postcode or an outward code typed in any case and spacing.

    Raises :class:`PostcodeError` with a message fit to show the user.
    """
    compact = _clean(text)
    _refuse_out_of_scope(compact)
    if compact in {"GIR", "GIR0AA"}:
        raise PostcodeError(
            T_("GIR 0AA is a non-geographic postcode (a large-user code) with no local "
               "authority; choose the local authority where the business is based instead"),
            reason="non_geographic")
    if len(compact) >= 5 and _INWARD.fullmatch(compact[-3:]) and _OUTWARD.fullmatch(
            compact[:-3]):
        outward, inward = compact[:-3], compact[-3:]
        _refuse_non_geographic(outward, inward)
        _check_outward(outward)
        _check_inward(inward)
        return Postcode(outward, inward)
    if _OUTWARD.fullmatch(compact):
        _refuse_non_geographic(compact, None)
        _check_outward(compact)
        return Postcode(compact)
    raise PostcodeError(_explain_shape(compact, text))


# ----------------------------------------------------------------------------- helpers


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise PostcodeError(T_("a postcode must be given as text"))
    if len(text) > 4 * MAX_INPUT_LENGTH:
        raise PostcodeError(T_("that is {length} characters long; a UK postcode has at most 8 "
                               "(for example SW1A 1AA)", length=f"{len(text):,}"))
    folded = unicodedata.normalize("NFKC", text)
    compact = _SPACES.sub("", folded).upper()
    if not compact:
        raise PostcodeError(T_("no postcode given: type a postcode such as SW1A 1AA, or its "
                               "first part such as SW1A"))
    if len(compact) > MAX_INPUT_LENGTH:
        raise PostcodeError(T_("that is {length} characters long; a UK postcode has at most 8 "
                               "(for example SW1A 1AA)", length=str(len(compact))))
    bad = [c for c in compact if not ("A" <= c <= "Z" or "0" <= c <= "9")]
    if bad:
        shown = ", ".join(dict.fromkeys(_show_char(c) for c in bad))
        raise PostcodeError(T_("a postcode has only letters, digits and a space; this text "
                               "also has {characters}", characters=shown))
    return compact


def _show_char(char: str) -> str:
    if char.isprintable():
        return f"'{char}'"
    return T_("the control character {code}", code=f"U+{ord(char):04X}")


def _refuse_out_of_scope(compact: str) -> None:
    if compact.startswith("BFPO") or compact.startswith("BF1"):
        raise PostcodeError(
            T_("BFPO (British Forces Post Office) addresses have no UK local authority, so "
               "the app cannot find local support for them; choose the local authority where "
               "the business is based instead"), reason="out_of_scope")
    for prefix, place in _OVERSEAS.items():
        if compact.startswith(prefix):
            raise PostcodeError(
                T_("this looks like a postcode in {place}, which is outside the UK; the app "
                   "only covers England, Scotland, Wales and Northern Ireland", place=place),
                reason="out_of_scope")
    match = _OUTWARD.match(compact)
    area = match.group(1) if match else compact[:2]
    if area in _OUT_OF_SCOPE_AREAS:
        raise PostcodeError(
            T_("{area} postcodes are in {place}, a Crown Dependency outside the UK's local "
               "authorities, so the app has no local support to offer there; it covers "
               "England, Scotland, Wales and Northern Ireland", area=area,
               place=_OUT_OF_SCOPE_AREAS[area]), reason="out_of_scope")


def _refuse_non_geographic(outward: str, inward: str | None) -> None:
    """BX1 1LT and the like are real postcodes without a place: say so, not "not a postcode"."""
    match = _OUTWARD.fullmatch(outward)
    if match is None or match.group(1) not in NON_GEOGRAPHIC_AREAS:
        return
    if inward is None:
        raise PostcodeError(
            T_("{district} holds only non-geographic postcodes (PO boxes and large-user codes) "
               "with no local authority; choose the local authority where the business is "
               "based instead", district=outward), reason="non_geographic")
    raise PostcodeError(
        T_("{postcode} is a non-geographic postcode (a PO box or large-user code) with no "
           "local authority; choose the local authority where the business is based instead",
           postcode=f"{outward} {inward}"), reason="non_geographic")


def _check_outward(outward: str) -> None:
    match = _OUTWARD.fullmatch(outward)
    if match is None:  # pragma: no cover - callers match first
        raise PostcodeError(T_("'{outward}' is not the first part of a UK postcode",
                               outward=outward))
    area = match.group(1)
    if area not in UK_AREAS:
        raise PostcodeError(T_("'{outward}' does not start with a UK postcode area ('{area}' "
                               "is not one); check the letters at the start", outward=outward,
                               area=area))


def _check_inward(inward: str) -> None:
    unused = [c for c in inward[1:] if c in _UNIT_LETTERS_NOT_USED]
    if unused:
        letters = " or ".join(dict.fromkeys(unused))
        raise PostcodeError(T_("the last part '{inward}' uses the letter {letters}, which UK "
                               "postcodes never use there; check the postcode", inward=inward,
                               letters=letters))


def _explain_shape(compact: str, original: str) -> str:
    example = T_("a UK postcode looks like SW1A 1AA, M1 1AE or B33 8TH (or just SW1A, M1, "
                 "B33)")
    if compact.isdigit():
        return T_("'{text}' is only digits; {example}", text=compact, example=example)
    tail = compact[-3:]
    if len(compact) >= 5 and tail[0] == "O" and tail[1:].isalpha() and _OUTWARD.fullmatch(
            compact[:-3]):
        return T_("the last part '{tail}' starts with the letter O; did you mean {postcode} "
                  "(with a zero)?", tail=tail, postcode=f"{compact[:-3]} 0{tail[1:]}")
    if len(compact) >= 5 and tail[0] in "IL" and tail[1:].isalpha() and _OUTWARD.fullmatch(
            compact[:-3]):
        return T_("the last part '{tail}' starts with the letter {letter}; did you mean "
                  "{postcode} (with a one)?", tail=tail, letter=tail[0],
                  postcode=f"{compact[:-3]} 1{tail[1:]}")
    parts = original.split()
    if len(parts) == 2 and _OUTWARD.fullmatch(parts[0].upper()) and len(parts[1]) < 3:
        return T_("'{text}' is incomplete: give the whole postcode (such as {example}) or "
                  "only its first part ({outward})", text=original.strip(),
                  example=f"{parts[0].upper()} 1AA", outward=parts[0].upper())
    shown = compact if len(compact) <= 12 else compact[:12] + "…"
    return T_("'{text}' is not a UK postcode; {example}", text=shown, example=example)
