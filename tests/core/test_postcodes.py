"""Postcode parsing: accepted spellings, out-of-scope places and hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readiness_app.core.errors import PostcodeError, ReadinessError
from readiness_app.core.postcodes import Postcode, normalise_postcode, parse_postcode


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SW1A 1AA", "SW1A 1AA"),  # England, AA9A format
        ("sw1a1aa", "SW1A 1AA"),
        ("  Sw1A \t  1aA  ", "SW1A 1AA"),
        ("cf10 1ep", "CF10 1EP"),  # Wales
        ("EH11YZ", "EH1 1YZ"),  # Scotland
        ("bt1 5gs", "BT1 5GS"),  # Northern Ireland
        ("M1 1AE", "M1 1AE"),  # A9
        ("m601nw", "M60 1NW"),  # A99
        ("CR2 6XH", "CR2 6XH"),  # AA9
        ("DN55 1PT", "DN55 1PT"),  # AA99
        ("W1A 0AX", "W1A 0AX"),  # A9A
        ("ＳＷ１Ａ　１ＡＡ", "SW1A 1AA"),  # full-width letters and ideographic space
        ("SW1A\u00a01AA", "SW1A 1AA"),  # non-breaking space
    ],
)
def test_full_postcodes_in_any_case_and_spacing(text: str, expected: str) -> None:
    postcode = parse_postcode(text)
    assert str(postcode) == expected
    assert postcode.is_full
    assert normalise_postcode(text) == expected


@pytest.mark.parametrize(
    ("text", "outward", "area"),
    [("ls1", "LS1", "LS"), (" EC1A ", "EC1A", "EC"), ("b33", "B33", "B"), ("ze1", "ZE1", "ZE")],
)
def test_outward_code_only(text: str, outward: str, area: str) -> None:
    postcode = parse_postcode(text)
    assert postcode == Postcode(outward)
    assert not postcode.is_full
    assert postcode.area == area
    assert postcode.sector is None


def test_parts_of_a_full_postcode() -> None:
    postcode = parse_postcode("ec1a1bb")
    assert (postcode.outward, postcode.inward) == ("EC1A", "1BB")
    assert postcode.area == "EC"
    assert postcode.district == "EC1A"
    assert postcode.sector == "EC1A 1"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("GY1 1AA", "Guernsey"),
        ("je2 4we", "Jersey"),
        ("IM1 1AE", "Isle of Man"),
        ("IM", "Isle of Man"),
        ("BFPO 1234", "BFPO"),
        ("bfpo1", "BFPO"),
        ("BF1 4FB", "BFPO"),
        ("STHL 1ZZ", "Saint Helena"),
        ("GX11 1AA", "Gibraltar"),
        ("FIQQ 1ZZ", "Falkland"),
    ],
)
def test_places_outside_the_uk_are_out_of_scope(text: str, words: str) -> None:
    with pytest.raises(PostcodeError) as caught:
        parse_postcode(text)
    assert caught.value.reason == "out_of_scope"
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "no postcode given"),
        ("   \t ", "no postcode given"),
        ("12345", "only digits"),
        ("XX1 1AA", "'XX' is not one"),
        ("QQ1", "not one"),
        ("SW1A OAA", "did you mean SW1A 0AA"),
        ("SW1A 1CA", "letter C"),
        ("SW1A 1", "incomplete"),
        ("SW1A 1AAA", "is not a UK postcode"),
        ("LS1 4AP LS1 4AP", "is not a UK postcode"),
        ("SW1A-1AA", "'-'"),
        ("Robert'); DROP TABLE postcodes;--", "only letters, digits"),
        ("' OR 1=1 --", "only letters, digits"),
        ("<script>alert(1)</script>", "only letters, digits"),
        ("SW1A\x001AA", "control character U+0000"),
        ("LS1\x1b[31m", "control character U+001B"),
        ("LS1 4AP \U0001F600", "'\U0001F600'"),
        ("A" * 41, "41 characters"),
        ("x" * 1_000_000, "1,000,000 characters"),
    ],
)
def test_bad_text_gets_a_clear_message(text: str, words: str) -> None:
    with pytest.raises(PostcodeError) as caught:
        parse_postcode(text)
    assert caught.value.reason == "invalid"
    message = str(caught.value)
    assert words in message
    assert len(message) < 300  # never echoes a huge input back


def test_non_geographic_girobank_code() -> None:
    with pytest.raises(PostcodeError) as caught:
        parse_postcode("gir 0aa")
    assert caught.value.reason == "non_geographic"


def test_non_text_is_refused() -> None:
    with pytest.raises(PostcodeError):
        parse_postcode(None)  # type: ignore[arg-type]


@given(st.text(max_size=60))
def test_any_text_parses_or_gives_a_readiness_error(text: str) -> None:
    try:
        postcode = parse_postcode(text)
    except ReadinessError as exc:
        assert str(exc)
    else:
        assert parse_postcode(str(postcode)) == postcode


@given(
    st.sampled_from(["SW1A", "M1", "B33", "CR2", "DN55", "W1A", "EH1", "BT7", "CF10"]),
    st.sampled_from("0123456789"),
    st.sampled_from("ABDEFGHJLNPQRSTUWXYZ"),
    st.sampled_from("ABDEFGHJLNPQRSTUWXYZ"),
    st.sampled_from(["", " ", "  ", "\t"]),
    st.booleans(),
)
def test_normalising_is_stable(outward: str, digit: str, first: str, second: str, gap: str,
                               lower: bool) -> None:
    text = f"{outward}{gap}{digit}{first}{second}"
    text = text.lower() if lower else text
    normal = normalise_postcode(text)
    assert normal == f"{outward} {digit}{first}{second}"
    assert normalise_postcode(normal) == normal
