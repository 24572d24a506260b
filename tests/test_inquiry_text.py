"""Reading the visitor's answers in the contact form."""

import pytest

from bot.inquiries.contact import InvalidContact, parse_contact
from bot.inquiries.form_text import (
    first_name,
    is_bare_yes,
    is_only_punctuation,
    is_skip,
    ordinal_choice,
    wants_to_stop,
    yes_or_no,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("sam@example.com", ("email", "sam@example.com")),
        ("my email is Jo.Smith+ket@Example.org thanks", ("email", "jo.smith+ket@example.org")),
        ("404-555-0123", ("phone", "(404) 555-0123")),
        ("+1 (404) 555 0123", ("phone", "(404) 555-0123")),
        ("4045550123", ("phone", "(404) 555-0123")),
    ],
)
def test_valid_contact_details_are_normalised(text: str, expected: tuple) -> None:
    contact = parse_contact(text)
    assert (contact.kind, contact.value) == expected


@pytest.mark.parametrize(
    "text, hint",
    [
        ("sam@example", "e-mail address"),
        ("555-0123", "10-digit"),
        ("call me maybe", "e-mail address"),
        ("", "e-mail address"),
        ("123-456-7890", "10-digit"),  # area codes never start with 1
    ],
)
def test_malformed_contact_details_get_a_clear_message(text: str, hint: str) -> None:
    with pytest.raises(InvalidContact, match=hint):
        parse_contact(text)


@pytest.mark.parametrize(
    "text, count, index",
    [
        ("I'd like the second one to call me", 3, 1),
        ("contact number two", 3, 1),
        ("the last one please", 3, 2),
        ("#1", 3, 0),
        ("the 3rd clinic", 3, 2),
        ("the third one", 2, None),
        ("please have them call me", 3, None),
    ],
)
def test_ordinal_choice(text: str, count: int, index) -> None:
    assert ordinal_choice(text, count) == index


def test_names_skips_yes_no_and_stop() -> None:
    assert first_name("Sam") == "Sam" and first_name("i'm jo") == "Jo" and first_name("José") == "José"
    assert first_name("sam@example.com") is None and first_name("what does it cost here then") is None
    # Vowel signs and decomposed accents are part of the name.
    assert (
        first_name("राजेश कुमार") == "राजेश" and first_name("ரமேஷ்") == "ரமேஷ்" and first_name("Jose\u0301") == "Jose\u0301"
    )
    assert is_skip("any time") and is_skip("nothing") and not is_skip("weekday mornings")
    assert yes_or_no("yes, I agree") is True and yes_or_no("no thanks") is False and yes_or_no("maybe") is None
    assert wants_to_stop("never mind") and wants_to_stop("cancel that") and not wants_to_stop("Sam")
    assert is_only_punctuation("?") and is_only_punctuation(" ... ") and is_only_punctuation("¿?")
    assert not is_only_punctuation("ok?") and not is_only_punctuation("👍") and not is_only_punctuation("")


@pytest.mark.parametrize("text", ["yes", "Yeah!", "yes please", "sure", "ok", "y"])
def test_a_bare_yes(text: str) -> None:
    assert is_bare_yes(text)


@pytest.mark.parametrize("text", ["yes, I get claustrophobic", "sure hope they call soon", "nothing", "Yesenia"])
def test_not_a_bare_yes(text: str) -> None:
    assert not is_bare_yes(text)
