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
    INVALID = "invalid"  # not shaped like a UK postcode


#: Answers after which the user should choose the local authority by name.
PICK_BY_NAME = frozenset({PostcodeStatus.NOT_IN_DATA, PostcodeStatus.NON_GEOGRAPHIC,
                          PostcodeStatus.NOT_FOUND, PostcodeStatus.INVALID})


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


def check_postcode(geography: Geography, text: str) -> PostcodeCheck:
    """Check ``text`` as a postcode and say what was found, in one plain sentence."""
    try:
        match = geography.locate(text)
    except PostcodeError as exc:
        status = {"non_geographic": PostcodeStatus.NON_GEOGRAPHIC,
                  "not_found": PostcodeStatus.NOT_FOUND}.get(exc.reason or "",
                                                             PostcodeStatus.INVALID)
        return PostcodeCheck(status, _unplaced(str(exc)))
    except AreaError as exc:
        return PostcodeCheck(PostcodeStatus.INVALID, _unplaced(str(exc)))
    postcode = match.postcode
    place = place_name(match.authority)
    if match.method is MatchMethod.POSTCODE:
        return PostcodeCheck(PostcodeStatus.EXACT, f"Found: {place}.", match)
    assert postcode is not None  # locate always parses a postcode
    if postcode.inward is not None and geography.has_postcode_index:
        vintage = f" ({geography.vintage})" if geography.vintage else ""
        mostly = "mostly " if match.straddles else ""
        return PostcodeCheck(
            PostcodeStatus.NOT_IN_DATA,
            f"Not found: {postcode} is not in the postcode data{vintage}, so it may be new "
            f"or mistyped. Its district {postcode.outward} is {mostly}in {place}. Check the "
            "postcode, or choose the local authority by name.", match)
    if match.straddles and not match.exact:
        listed = ", ".join(f"{c.authority.name} ({percent(c.share)})"
                           for c in match.candidates)
        return PostcodeCheck(
            PostcodeStatus.SPLIT,
            f"The postcode district {postcode.outward} reaches into {len(match.candidates)} "
            f"local authorities: {listed}. Pick the firm's, or type the full postcode for "
            "an exact answer.", match)
    return PostcodeCheck(PostcodeStatus.DISTRICT,
                         f"Found: {place} (from the postcode district {postcode.outward}).",
                         match)


def _unplaced(reason: str) -> str:
    """The sentence for a postcode that places nothing: why, and the way on."""
    text = f"Not recognised: {reason}."
    if "by name" not in reason:
        text += " Check the postcode, or choose the local authority by name."
    return text
