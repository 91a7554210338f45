"""What to tell the user about a postcode they typed: one answer for the app and the CLI.

The new-assessment page and ``readiness-app support`` both call :func:`check_postcode`, so a
postcode the postcode data does not hold (new, mistyped, or made up like "CF99 9ZZ") reads
the same in both: not found, with the district's authority offered as a guess, never
"Found".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from readiness_app.core.errors import AreaError, PostcodeError
from readiness_app.core.geography import AreaMatch, Geography, MatchMethod
from readiness_app.core.i18n import ENGLISH, Messages, localized
from readiness_app.core.text import percent
from readiness_app.services.local_support import place_name


class PostcodeStatus(Enum):
    """The kind of answer a postcode gets."""

    EXACT = "exact"  # the full postcode is in the postcode data
    DISTRICT = "district"  # only the district was given; one authority (or a main one)
    SPLIT = "split"  # the district reaches into several authorities: pick one
    NOT_IN_DATA = "not_in_data"  # a full postcode the data does not hold; district guessed
    NON_GEOGRAPHIC = "non_geographic"  # a PO box or large-user code: no authority
    NOT_FOUND = "not_found"  # no such district
    OUTSIDE_UK = "outside_uk"  # Channel Islands, Isle of Man, BFPO, overseas: no UK authority
    INVALID = "invalid"  # not shaped like a UK postcode


#: Answers after which the user should choose the local authority by name.
PICK_BY_NAME = frozenset({PostcodeStatus.NOT_IN_DATA, PostcodeStatus.NON_GEOGRAPHIC,
                          PostcodeStatus.NOT_FOUND, PostcodeStatus.INVALID,
                          PostcodeStatus.OUTSIDE_UK})


@dataclass(frozen=True, slots=True)
class PostcodeCheck:
    """The answer for one typed postcode: its status, the match (if any) and the sentence
    both front ends show."""

    status: PostcodeStatus
    message: str
    match: AreaMatch | None = None

    @property
    def found(self) -> bool:
        """True when the postcode itself places the firm (exactly or by its district)."""
        return self.status in (PostcodeStatus.EXACT, PostcodeStatus.DISTRICT,
                               PostcodeStatus.SPLIT)

    @property
    def offer_name_choice(self) -> bool:
        """True when the user should be led to choose the authority by name."""
        return self.status in PICK_BY_NAME


def check_postcode(geography: Geography, text: str, tr: Messages = ENGLISH) -> PostcodeCheck:
    """Check ``text`` as a postcode and say what was found, in one plain sentence in ``tr``'s
    language (the place in its Welsh name in Welsh)."""
    try:
        match = geography.locate(text)
    except PostcodeError as exc:
        status = {"non_geographic": PostcodeStatus.NON_GEOGRAPHIC,
                  "not_found": PostcodeStatus.NOT_FOUND,
                  "out_of_scope": PostcodeStatus.OUTSIDE_UK}.get(exc.reason or "",
                                                                 PostcodeStatus.INVALID)
        if status is PostcodeStatus.OUTSIDE_UK:  # never "not recognised", never England
            return PostcodeCheck(status, tr("Outside the UK: {reason}.").format(
                reason=localized(_reason(exc), tr)).replace("?.", "?"))
        return PostcodeCheck(status, _unplaced(_reason(exc), tr))
    except AreaError as exc:
        return PostcodeCheck(PostcodeStatus.INVALID, _unplaced(_reason(exc), tr))
    postcode = match.postcode
    place = place_name(match.authority, tr)
    if match.method is MatchMethod.POSTCODE:
        return PostcodeCheck(PostcodeStatus.EXACT, tr("Found: {place}.").format(place=place),
                             match)
    assert postcode is not None  # locate always parses a postcode
    if postcode.inward is not None and geography.has_postcode_index:
        vintage = f" ({geography.vintage})" if geography.vintage else ""
        sentence = (tr("Not found: {postcode} is not in the postcode data{vintage}, so it may "
                       "be new or mistyped. Its district {district} is mostly in {place}. "
                       "Check the postcode, or choose the local authority by name.")
                    if match.straddles else
                    tr("Not found: {postcode} is not in the postcode data{vintage}, so it may "
                       "be new or mistyped. Its district {district} is in {place}. Check the "
                       "postcode, or choose the local authority by name."))
        return PostcodeCheck(PostcodeStatus.NOT_IN_DATA, sentence.format(
            postcode=postcode, vintage=vintage, district=postcode.outward, place=place), match)
    if match.straddles and not match.exact:
        listed = ", ".join(f"{c.authority.name_in(tr.language)} ({tr(percent(c.share))})"
                           for c in match.candidates)
        return PostcodeCheck(
            PostcodeStatus.SPLIT,
            tr("The postcode district {district} reaches into {count} local authorities: "
               "{listed}. Pick the firm's, or type the full postcode for an exact answer.")
            .format(district=postcode.outward, count=len(match.candidates), listed=listed),
            match)
    return PostcodeCheck(PostcodeStatus.DISTRICT,
                         tr("Found: {place} (from the postcode district {district}).").format(
                             place=place, district=postcode.outward), match)


def _reason(exc: AreaError) -> str:
    """The error's reason, kept a ``T_`` text when it is one (so it can be translated)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def _unplaced(reason: str, tr: Messages = ENGLISH) -> str:
    """The sentence for a postcode that places nothing: why, and the way on."""
    text = tr("Not recognised: {reason}.").format(reason=localized(reason, tr))
    text = text.replace("?.", "?")  # a reason that asks "did you mean ...?" ends there
    if "by name" not in reason:
        text += " " + tr("Check the postcode, or choose the local authority by name.")
    return text
